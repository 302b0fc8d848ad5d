import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { quickstart } from "../examples/quickstart";

describe("README quick start", () => {
  it("is the code in examples/quickstart.ts, which compiles and runs", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const example = readFileSync(new URL("../examples/quickstart.ts", import.meta.url), "utf8");
    const body = example
      .split("\n")
      .slice(1)
      .join("\n")
      .replace(/\nexport const quickstart.*\n$/s, "\n");
    expect(readme).toContain(body.trim());
    expect(quickstart).toEqual({
      meetingDay: "1397/03/21",
      today: "1403/04/26",
      closing: "2024-07-15T14:30:00+03:30",
      ok: false,
    });
  });
});
