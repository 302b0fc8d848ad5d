import { describe, expect, it } from "vitest";
import { normalizePersian } from "../../src/text/normalizePersian";

const ZWNJ = "\u200c";

describe("normalizePersian", () => {
  it("follows its @example", () => {
    expect(normalizePersian("  اداره  كل بهزيستي ")).toBe("اداره کل بهزیستی");
    expect(normalizePersian("سال ۱۳۹۹")).toBe("سال 1399");
    expect(normalizePersian("می\u200c\u200cشود \u200cاست")).toBe("می\u200cشود است");
  });

  it("maps Arabic yeh, alef maksura and kaf to Persian letters", () => {
    expect(normalizePersian("\u064a\u0649\u0643")).toBe("\u06cc\u06cc\u06a9");
    expect(normalizePersian("شهربابك")).toBe("شهربابک");
  });

  it("keeps teh marbuta and other Persian letters", () => {
    expect(normalizePersian("دولة")).toBe("دولة");
    expect(normalizePersian("خانهٔ ما")).toBe("خانهٔ ما");
  });

  it("converts Persian and Arabic-Indic digits", () => {
    expect(normalizePersian("۱۴۰۳ ٠٩")).toBe("1403 09");
  });

  it("keeps a ZWNJ inside a word and drops it at edges and next to spaces", () => {
    expect(normalizePersian(`می${ZWNJ}شود`)).toBe(`می${ZWNJ}شود`);
    expect(normalizePersian(`${ZWNJ}می${ZWNJ}${ZWNJ}${ZWNJ}شود${ZWNJ}`)).toBe(`می${ZWNJ}شود`);
    expect(normalizePersian(`الف ${ZWNJ} ${ZWNJ}ب`)).toBe("الف ب");
    expect(normalizePersian(`الف${ZWNJ} ب`)).toBe("الف ب");
  });

  it("removes other invisible and bidi characters and the tatweel", () => {
    const dirty = "\ufeff\u200fفر\u200bما\u200dندار\u202bی\u202c\u2067ـ\u2069\u00ad\u061c";
    expect(normalizePersian(dirty)).toBe("فرمانداری");
  });

  it("collapses whitespace of every kind and trims", () => {
    expect(normalizePersian("\t الف\n\n\u00a0ب\u2003ج  ")).toBe("الف ب ج");
    expect(normalizePersian("   ")).toBe("");
    expect(normalizePersian("")).toBe("");
  });

  it("leaves Latin text alone apart from spacing", () => {
    expect(normalizePersian("Shahr-e  Babak")).toBe("Shahr-e Babak");
  });
});
