import { describe, expect, it } from "vitest";
import { MobileNumber } from "../../src/entities/MobileNumber";
import { NationalId } from "../../src/entities/NationalId";

describe("NationalId", () => {
  it("follows its @example", () => {
    expect(NationalId.parse("۰۰۱-۰۳۵۰۸۲-۹")).toBe("0010350829");
    expect(NationalId.safeParse("0010350828").success).toBe(false);
  });

  it("says which rule failed", () => {
    expect(NationalId.safeParse("0010350828").error?.issues[0]?.message).toBe(
      "national ID check digit does not match",
    );
    expect(NationalId.safeParse("12345").error?.issues[0]?.message).toBe("must be 10 digits");
    expect(NationalId.safeParse(12345).success).toBe(false);
  });
});

describe("MobileNumber", () => {
  it("follows its @example", () => {
    expect(MobileNumber.parse("+98 912 345 6789")).toBe("09123456789");
    expect(MobileNumber.safeParse("02188887777").success).toBe(false);
  });
});
