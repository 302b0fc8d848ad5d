import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { shahrBabak } from "../../src/testing/scenario/seeds";
import { cli as peygir } from "./inProcess";
import { listDir, removeWorkDirs, workDir } from "./run";

afterAll(removeWorkDirs);

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

describe("peygir report", () => {
  it("writes the built-in Shahr-e Babak report in Persian, right to left", async () => {
    const dir = workDir();
    const out = join(dir, "report.html");
    const run = await peygir(["report", "--demo", "--out", out]);
    expect(run.code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/<html[^>]* dir="rtl"/);
    expect(html).toMatch(/<html[^>]* lang="fa"/);
    expect(html).toContain("شورای اداری شهرستان شهربابک");
    expect(countMatches(html, /<script/g)).toBe(0);
    // No household's national ID reaches the page.
    for (const household of shahrBabak.households) {
      expect(html).not.toContain(household.head.nationalId);
    }
    expect(listDir(dir)).toEqual(["report.html"]);
  });

  it("reads a data directory of JSON files and renders the named meeting in English", async () => {
    const dir = workDir();
    const data = join(dir, "data");
    mkdirSync(data);
    writeFileSync(join(data, "meetings.json"), JSON.stringify(shahrBabak.meetings));
    writeFileSync(join(data, "directives.json"), JSON.stringify(shahrBabak.directives));
    writeFileSync(join(data, "agencies.json"), JSON.stringify(shahrBabak.agencies));
    writeFileSync(join(data, "tasks.json"), "[]");
    const out = join(dir, "en.html");
    const run = await peygir([
      "report",
      "--meeting",
      shahrBabak.council.id,
      "--data",
      data,
      "--now",
      "2020-05-19T11:00:00+04:30",
      "--lang",
      "en",
      "--out",
      out,
    ]);
    expect(run.stderr).toBe(`wrote ${out}\n`);
    expect(run.code).toBe(0);
    expect(readFileSync(out, "utf8")).toMatch(/<html[^>]* dir="ltr"/);
  });

  it("reads ids as every input format does: Persian digits match, a formula-like id is refused", async () => {
    const dir = workDir();
    const data = join(dir, "data");
    mkdirSync(data);
    const [meeting] = shahrBabak.meetings;
    const persian = (id: string) => id.replace(/[0-9]/g, (d) => "۰۱۲۳۴۵۶۷۸۹"[Number(d)] ?? d);
    // The meeting's id in Persian digits, the directives pointing at it in Latin digits.
    writeFileSync(
      join(data, "meetings.json"),
      JSON.stringify([{ ...meeting, id: persian("sb-council-1399") }]),
    );
    writeFileSync(
      join(data, "directives.json"),
      JSON.stringify(shahrBabak.directives.map((d) => ({ ...d, meetingId: "sb-council-1399" }))),
    );
    writeFileSync(join(data, "agencies.json"), JSON.stringify(shahrBabak.agencies));
    writeFileSync(join(data, "tasks.json"), "[]");
    const args = ["report", "--data", data, "--now", "1399/02/30", "--lang", "en"];
    const out = join(dir, "ids.html");
    const run = await peygir([...args, "--meeting", "sb-council-1399", "--out", out]);
    expect([run.code, run.stderr]).toEqual([0, `wrote ${out}\n`]);
    expect(readFileSync(out, "utf8")).toContain("پایبندی به اجرای مصوبات جلسات");

    writeFileSync(
      join(data, "agencies.json"),
      JSON.stringify([{ ...shahrBabak.agencies[0], id: "=1+1" }]),
    );
    const refused = await peygir([...args, "--meeting", "sb-council-1399", "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("column agencies.0.id: an id cannot start with");
    expect(refused.stderr).not.toContain("=1+1");
  });

  it("reports invalid data with paths, exit 1, and writes nothing", async () => {
    const dir = workDir();
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({ meetings: [{ id: "m" }], directives: [], tasks: [], agencies: [] }),
    );
    const out = join(dir, "out.html");
    const run = await peygir([
      "report",
      "--meeting",
      "m",
      "--data",
      file,
      "--now",
      "1399/02/30",
      "--out",
      out,
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("meetings.0.body");
    expect(listDir(dir)).toEqual(["bad.json"]);
  });

  it("exits 2 with the usage when --out is missing", async () => {
    const run = await peygir(["report", "--demo"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Usage: peygir report");
  });
});
