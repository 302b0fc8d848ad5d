// The @examples of the seed scenario's exports (test/testing/seeds.test.ts checks the data).
import {
  eastAzarbaijanWelfare,
  qods,
  region4,
  type SeedScenario,
  seeds,
  shahrBabak,
  TEST_NATIONAL_ID_MAX,
  testNationalId,
} from "peygir/testing";
import { describe, expect, it } from "vitest";

describe("peygir/testing seed scenario", () => {
  it("follows the @examples", () => {
    const place: SeedScenario = seeds.region4;
    expect(place.agencies.length).toBe(10);
    expect(qods.headquartersThirdSession.session).toBe(3);
    expect(qods.directives.length > 0).toBe(true);
    expect(shahrBabak.agencies.length).toBe(11);
    expect(shahrBabak.households.length).toBe(72);
    expect(shahrBabak.familiesPerAgency).toBe(5);
    expect(region4.meeting.date).toBe("1397/03/21");
    expect(eastAzarbaijanWelfare.meetings).toEqual([]);
    expect(eastAzarbaijanWelfare.directives[0]?.deadline).toEqual({
      type: "date",
      date: "1399/02/31",
    });
    expect(Object.keys(seeds)).toEqual(["qods", "shahrBabak", "region4", "eastAzarbaijanWelfare"]);
    expect(testNationalId(TEST_NATIONAL_ID_MAX)).toBe("9999999980");
  });
});
