import { describe, expect, it } from "vitest";
import { maskMobile } from "../../src/text/maskMobile";
import { normalizeMobile } from "../../src/text/normalizeMobile";
import { errorOf } from "../_support/errorOf";

describe("normalizeMobile", () => {
  it("follows its @example", () => {
    expect(normalizeMobile("+98 912 345 6789")).toBe("09123456789");
    expect(normalizeMobile("۰۹۱۲-۳۴۵-۶۷۸۹")).toBe("09123456789");
    expect(normalizeMobile("00989123456789")).toBe("09123456789");
    expect(errorOf(() => normalizeMobile("021 8888 7777")).code).toBe("invalid_mobile");
  });

  it.each([
    "09123456789",
    "+989123456789",
    "00989123456789",
    "989123456789",
    "9123456789",
    "+98 (912) 345-6789",
    "+98 0912 345 6789",
    "٠٩١٢٣٤٥٦٧٨٩",
    "0912.345.6789",
  ])("reads %s", (input) => {
    expect(normalizeMobile(input)).toBe("09123456789");
  });

  it.each([
    "",
    "0912345678",
    "091234567890",
    "02188887777",
    "08123456789",
    "+19123456789",
    "09123456789x",
    "+ 98",
  ])("rejects %j without echoing it", (input) => {
    const error = errorOf(() => normalizeMobile(input));
    expect(error.code).toBe("invalid_mobile");
    if (input.length > 3) {
      expect(JSON.stringify([error.message, error.issues])).not.toContain(input);
    }
    expect(error.message).not.toMatch(/\d{5,}/);
  });
});

describe("maskMobile", () => {
  it("follows its @example", () => {
    expect(maskMobile("09123456789")).toBe("0912***6789");
    expect(maskMobile("+98 935 111 2233")).toBe("0935***2233");
  });

  it("throws invalid_mobile without echoing the input", () => {
    const error = errorOf(() => maskMobile("علی رضایی"));
    expect(error.code).toBe("invalid_mobile");
    expect(error.message).not.toContain("رضایی");
  });
});
