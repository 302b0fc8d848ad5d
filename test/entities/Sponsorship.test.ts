import { describe, expect, it } from "vitest";
import { Sponsorship } from "../../src/entities/Sponsorship";

describe("Sponsorship", () => {
  it("follows its @example", () => {
    expect(
      Sponsorship.parse({
        id: "sp-1",
        agencyId: "sb-education",
        householdId: "sb-hh-01",
        since: "1399/2/20",
        status: "active",
      }),
    ).toEqual({
      id: "sp-1",
      agencyId: "sb-education",
      householdId: "sb-hh-01",
      since: "1399/02/20",
      status: "active",
    });
  });

  it("rejects until before since, with the issue on until", () => {
    const result = Sponsorship.safeParse({
      id: "sp-1",
      agencyId: "a",
      householdId: "h",
      since: "1399/02/20",
      until: "1399/2/19",
      status: "ended",
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["until"]);
  });
});
