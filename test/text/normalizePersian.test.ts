import { describe, expect, it } from "vitest";
import { normalizePersian } from "../../src/text/normalizePersian";

const ZWNJ = "\u200c";

describe("normalizePersian", () => {
  it("follows its @example", () => {
    expect(normalizePersian("  اداره  كل بهزيستي ")).toBe("اداره کل بهزیستی");
    expect(normalizePersian("سال ۱۳۹۹")).toBe("سال 1399");
    expect(normalizePersian("می\u200c\u200cشود \u200cاست")).toBe("می\u200cشود است");
    expect(normalizePersian("\u001b]0;title\u0007 x")).toBe("]0;title x");
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

  it("removes control characters: C0 other than whitespace, DEL and C1", () => {
    // ESC ] 0 ; … BEL sets a terminal's title; ESC [ 2 J and the one-byte CSI U+009B 2 J clear
    // its screen.
    expect(normalizePersian("\u001b]0;pwned\u0007 x")).toBe("]0;pwned x");
    expect(normalizePersian("\u001b[2Jنام\u009b2J")).toBe("[2Jنام2J");
    expect(normalizePersian("a\u0000b\u007fc\u0085d\u009fe\u0001")).toBe("abcde");
    // Removed characters count as absent, next to spaces and ZWNJ too.
    expect(normalizePersian("الف \u0007 ب\u0007\u200c\u0007ج")).toBe("الف ب\u200cج");
  });

  it("makes one line: tabs, line breaks, form and line feeds become one space", () => {
    expect(normalizePersian("الف\r\n\tب\u000b\u000cج\u2028د\u2029")).toBe("الف ب ج د");
  });
});
