import { describe, expectTypeOf, it } from "vitest";
import type {
  Agency,
  AgencyInput,
  DeadlineSpec,
  Directive,
  Household,
  HouseholdInput,
  IranProvince,
  JalaliDate,
  Meeting,
  Region,
} from "../../src/index";

describe("entity types", () => {
  it("optional fields are exactly optional (no explicit undefined)", () => {
    expectTypeOf<Region>().toEqualTypeOf<{
      province: IranProvince;
      county?: string;
      district?: string;
    }>();
  });

  it("defaults are required on output and optional on input", () => {
    expectTypeOf<Agency["active"]>().toEqualTypeOf<boolean>();
    expectTypeOf<AgencyInput>().toHaveProperty("active");
    expectTypeOf<{
      id: string;
      name: string;
      region: { province: string };
    }>().toExtend<AgencyInput>();
    // The province goes in as any string (checked when read: Persian or English names).
    expectTypeOf<AgencyInput["region"]["province"]>().toEqualTypeOf<string>();
  });

  it("calendar days are plain strings, so a date literal fits", () => {
    expectTypeOf<Meeting["date"]>().toEqualTypeOf<JalaliDate>();
    expectTypeOf<JalaliDate>().toEqualTypeOf<string>();
  });

  it("DeadlineSpec is a union discriminated by type", () => {
    expectTypeOf<DeadlineSpec["type"]>().toEqualTypeOf<
      "date" | "hours" | "working-days" | "none"
    >();
    expectTypeOf<Extract<DeadlineSpec, { type: "hours" }>>().toEqualTypeOf<{
      type: "hours";
      hours: number;
    }>();
  });

  it("assignees are a list of agency ids or all-agencies", () => {
    expectTypeOf<Directive["assignees"]>().toEqualTypeOf<
      { agencyIds: string[] } | "all-agencies"
    >();
  });

  it("households take loose input and give canonical strings", () => {
    expectTypeOf<Household["head"]["nationalId"]>().toEqualTypeOf<string>();
    expectTypeOf<HouseholdInput["head"]["mobile"]>().toEqualTypeOf<string | undefined>();
  });
});
