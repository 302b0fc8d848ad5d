import { afterAll, describe, expect, it } from "vitest";
import { WRONG_NATIONAL_ID } from "../../src/cli/demo/validation";
import { shahrBabak } from "../../src/testing/scenario/seeds";
import { cli as peygir } from "./inProcess";
import { removeWorkDirs } from "./run";

afterAll(removeWorkDirs);

describe("peygir demo", () => {
  it("tours the seeds, the same on every run", async () => {
    const first = await peygir(["demo"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect((await peygir(["demo"])).stdout).toBe(first.stdout);
    const titles = first.stdout.split("\n").filter((line) => /^\d+\. /.test(line));
    expect(titles).toEqual([
      "1. Meetings",
      "2. Jalali dates",
      "3. Validation",
      "4. Directives fanned out to agencies",
      "5. Where every task stands",
      "6. Weekly reports (every Thursday)",
      "7. Five needy families for every Shahr-e Babak agency",
      "8. Agency scorecards",
    ]);
  });

  it("shows the meetings, the Region 4 date and the validation error", async () => {
    const { stdout } = await peygir(["demo"]);
    expect(stdout).toContain("Quds county: ستاد ساماندهی قرارگاه خدمات اجتماعی شهرستان قدس");
    expect(stdout).toContain("session: 3");
    expect(stdout).toContain("Shahr-e Babak county: شورای اداری شهرستان شهربابک");
    expect(stdout).toMatch(/agency head \(11\):/);
    expect(stdout).toContain('parseJalaliDate("1397/3/21")\n    => 1397/03/21');
    expect(stdout).toContain("=> دوشنبه ۲۱ خرداد ۱۳۹۷");
    expect(stdout).toContain("- head.nationalId: national ID check digit does not match");
    expect(stdout).toContain("- members: must be at least 1");
  });

  it("allocates five families to every Shahr-e Babak agency and never shows an identity", async () => {
    const { stdout } = await peygir(["demo"]);
    expect(stdout).toContain("11 agencies × 5 = 55 places; 55 sponsored");
    const section = stdout.slice(stdout.indexOf("7. Five"), stdout.indexOf("8. Agency"));
    for (const agency of shahrBabak.agencies) {
      expect(section.split("\n").filter((line) => line.includes(` ${agency.name} `)).length).toBe(
        5,
      );
    }
    expect(section).toMatch(/\*{6}\d{4}/);
    for (const household of shahrBabak.households) {
      expect(stdout).not.toContain(household.head.nationalId);
      expect(stdout).not.toContain(household.head.name);
      if (household.head.mobile !== undefined) expect(stdout).not.toContain(household.head.mobile);
    }
    expect(stdout).not.toContain(WRONG_NATIONAL_ID);
  });

  it("prints every task's state at --now", async () => {
    const { stdout } = await peygir(["demo"]);
    expect(stdout).toContain("Shahr-e Babak, at 1399/02/25 12:00 (Asia/Tehran)");
    expect(stdout).toContain("Quds, at 1401/08/24 12:00 (Asia/Tehran)");
    // A month later, Shahr-e Babak's five-families deadline (1399/03/03) has passed too.
    const later = await peygir(["demo", "--now", "2020-06-14T12:00:00+04:30"]);
    expect(later.code).toBe(0);
    expect(later.stdout).toContain("Shahr-e Babak, at 1399/03/25 12:00 (Asia/Tehran)");
    const before = stdout.slice(stdout.indexOf("Shahr-e Babak, at"));
    const after = later.stdout.slice(later.stdout.indexOf("Shahr-e Babak, at"));
    const overdue = (text: string) =>
      (text.slice(0, text.indexOf("\n\n")).match(/OVERDUE/g) ?? []).length;
    expect(overdue(after)).toBeGreaterThan(overdue(before));
  });

  it("speaks Persian with --lang fa", async () => {
    const run = await peygir(["demo", "--lang", "fa"]);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("۱. جلسه‌ها\n")).toBe(true);
    expect(run.stdout).toContain("رئیس جلسه: سعید قائینی (فرماندار)");
    expect(run.stdout).toContain("تحت پوشش قرار نگرفت");
  });

  it("exits 2 on a bad --lang or --now", async () => {
    expect((await peygir(["demo", "--lang", "de"])).code).toBe(2);
    expect((await peygir(["demo", "--now", "soon"])).code).toBe(2);
  });
});
