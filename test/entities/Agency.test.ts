import { describe, expect, it } from "vitest";
import { Agency } from "../../src/entities/Agency";

describe("Agency", () => {
  it("follows its @example", () => {
    expect(
      Agency.parse({
        id: "sb-welfare",
        name: "اداره بهزيستي شهربابك",
        region: { province: "کرمان", county: "شهربابک" },
        sponsorshipQuota: 5,
      }),
    ).toEqual({
      id: "sb-welfare",
      name: "اداره بهزیستی شهربابک",
      region: { province: "کرمان", county: "شهربابک" },
      sponsorshipQuota: 5,
      active: true,
    });
  });

  it("keeps an explicit active: false and rejects bad quotas and empty ids", () => {
    const base = { id: "a", name: "اداره", region: { province: "تهران" } };
    expect(Agency.parse({ ...base, active: false }).active).toBe(false);
    expect(Agency.safeParse({ ...base, sponsorshipQuota: -1 }).success).toBe(false);
    expect(Agency.safeParse({ ...base, sponsorshipQuota: 2.5 }).success).toBe(false);
    expect(Agency.safeParse({ ...base, id: "" }).success).toBe(false);
  });
});
