import { describe, expect, it } from "vitest";
import { PeygirError } from "../../src/errors/PeygirError";
import { maskNationalId } from "../../src/text/maskNationalId";

describe("maskNationalId", () => {
  it("follows its @example", () => {
    expect(maskNationalId("0010350829")).toBe("******0829");
    expect(maskNationalId("۱۲۳۴۵۶۷۸۹۱")).toBe("******7891");
  });

  it("accepts dashes and spaces and does not check the check digit", () => {
    expect(maskNationalId("123-456789-0")).toBe("******7890");
  });

  it("throws invalid_national_id without echoing the input", () => {
    for (const input of ["علی رضایی", "12345", "09123456789"]) {
      try {
        maskNationalId(input);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(PeygirError);
        expect((error as PeygirError).code).toBe("invalid_national_id");
        expect(
          JSON.stringify([(error as Error).message, (error as PeygirError).issues]),
        ).not.toContain(input);
      }
    }
  });
});
