import { describe, expect, it } from "vitest";
import { isValidNationalId } from "../../src/text/isValidNationalId";

describe("isValidNationalId", () => {
  it("follows its @example", () => {
    expect(isValidNationalId("0010350829")).toBe(true);
    expect(isValidNationalId("۰۰۱-۰۳۵۰۸-۲۹")).toBe(true);
    expect(isValidNationalId("0010350828")).toBe(false);
    expect(isValidNationalId("1111111111")).toBe(false);
  });

  it("agrees with check digits computed by hand", () => {
    // 0010350829: 0·10 + 0·9 + 1·8 + 0·7 + 3·6 + 5·5 + 0·4 + 8·3 + 2·2 = 79;
    //   79 mod 11 = 2 ≥ 2, so the check digit is 11 − 2 = 9.
    expect(isValidNationalId("0010350829")).toBe(true);
    // 1234567891: 10 + 18 + 24 + 28 + 30 + 30 + 28 + 24 + 18 = 210; 210 mod 11 = 1 < 2,
    //   so the check digit is 1.
    expect(isValidNationalId("1234567891")).toBe(true);
    expect(isValidNationalId("1234567890")).toBe(false);
    // 0000000010: 1·2 = 2; 2 mod 11 = 2, check = 9 → 0000000019.
    expect(isValidNationalId("0000000019")).toBe(true);
    expect(isValidNationalId("0000000010")).toBe(false);
    // 2000000000 → 2·10 = 20; 20 mod 11 = 9, check = 2 → 2000000002.
    expect(isValidNationalId("2000000002")).toBe(true);
    // 0000000100: 1·3 = 3; check = 8 → 0000000108.
    expect(isValidNationalId("0000000108")).toBe(true);
    // 5000000000: 50 mod 11 = 6, check = 5 → 5000000005.
    expect(isValidNationalId("5000000005")).toBe(true);
    // 0000000060: 6·2 = 12; 12 mod 11 = 1 < 2, so check = 1 → 0000000061.
    expect(isValidNationalId("0000000061")).toBe(true);
    // 0000000110: 1·3 + 1·2 = 5; check = 6 → 0000000116.
    expect(isValidNationalId("0000000116")).toBe(true);
  });

  it("rejects the ten codes of one repeated digit, though their checksums pass", () => {
    for (let d = 0; d <= 9; d++) expect(isValidNationalId(String(d).repeat(10))).toBe(false);
  });

  it("accepts Persian and Arabic-Indic digits, spaces and dashes", () => {
    expect(isValidNationalId("۱۲۳۴۵۶۷۸۹۱")).toBe(true);
    expect(isValidNationalId("١٢٣٤٥٦٧٨٩١")).toBe(true);
    expect(isValidNationalId(" 123 456 789-1 ")).toBe(true);
  });

  it("rejects wrong lengths, letters and non-strings", () => {
    expect(isValidNationalId("010350829")).toBe(false);
    expect(isValidNationalId("00010350829")).toBe(false);
    expect(isValidNationalId("001035082x")).toBe(false);
    expect(isValidNationalId("")).toBe(false);
    expect(isValidNationalId(12345678 as unknown as string)).toBe(false);
  });
});

describe("isValidNationalId blind spot", () => {
  it("cannot tell remainders 1 and 10 apart (both give check digit 1)", () => {
    // 1234567891: sum 210, remainder 1, check 1. Changing the first digit 1 → 3 adds 20:
    // sum 230, remainder 10, check 11 − 10 = 1 again, so the changed code still validates.
    expect(isValidNationalId("3234567891")).toBe(true);
  });
});
