// Pins the runtime names of `peygir/testing`, and keeps the kit out of `import "peygir"`.
import { build } from "esbuild";
import * as kit from "peygir/testing";
import { describe, expect, it } from "vitest";

const EXPECTED = [
  "TEST_NATIONAL_ID_MAX",
  "createTestAgency",
  "createTestDirective",
  "createTestHousehold",
  "createTestMeeting",
  "createTestPerson",
  "createTestSponsorship",
  "createTestTask",
  "createTestWeeklyReport",
  "eastAzarbaijanWelfare",
  "qods",
  "region4",
  "seeds",
  "shahrBabak",
  "testInstants",
  "testNationalId",
];

describe("peygir/testing", () => {
  it("exports exactly the documented kit", () => {
    expect(Object.keys(kit).sort()).toEqual(EXPECTED);
  });

  it("is not part of the main entry: src/index.ts reaches no file of src/testing", async () => {
    const result = await build({
      entryPoints: [new URL("../../src/index.ts", import.meta.url).pathname],
      bundle: true,
      format: "esm",
      platform: "neutral",
      write: false,
      metafile: true,
      logLevel: "error",
      external: ["zod", "date-fns-jalali", "nanoid"],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes("src/index.ts"))).toBe(true);
    expect(
      inputs.filter((path) => path.includes("/testing/") || path.includes("scenario")),
    ).toEqual([]);
    // Nor any of its data: a seed-only string.
    expect(result.outputFiles[0]?.text).not.toContain("خانوار نمونه");
  });
});
