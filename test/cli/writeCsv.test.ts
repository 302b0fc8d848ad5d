import { describe, expect, it } from "vitest";
import { csvCell, startsLikeFormula } from "../../src/cli/io/writeCsv";

describe("spreadsheet safety of CSV cells", () => {
  it("startsLikeFormula and csvCell follow their @example", () => {
    expect(startsLikeFormula('=HYPERLINK("http://x","y")')).toBe(true);
    expect(startsLikeFormula(" -1")).toBe(true);
    expect(startsLikeFormula("hh-1")).toBe(false);
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(undefined)).toBe("");
  });

  it("neutralises the attack run's cells, also after white space and in full width", () => {
    const cases: [string, string][] = [
      ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
      ["+1+1", "'+1+1"],
      ["-1+1", "'-1+1"],
      ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
      ["\t=1", `'\t=1`],
      ["\r=1", `"'\r=1"`],
      ["\tx", `'\tx`],
      ["  =1", "'  =1"],
      ["\u00a0+1", "'\u00a0+1"],
      ["＝1+1", "'＝1+1"],
      ["＠x", "'＠x"],
      ["a=1", "a=1"],
      ["'=1", "'=1"],
      ["1399/05/01", "1399/05/01"],
    ];
    for (const [text, cell] of cases) expect(csvCell(text), JSON.stringify(text)).toBe(cell);
  });

  it("writes numbers and booleans as they are", () => {
    expect([csvCell(-2), csvCell(0), csvCell(1.5), csvCell(true)]).toEqual([
      "-2",
      "0",
      "1.5",
      "true",
    ]);
    expect([csvCell(Number.NaN), csvCell(Number.NEGATIVE_INFINITY)]).toEqual(["NaN", "'-Infinity"]);
  });
});
