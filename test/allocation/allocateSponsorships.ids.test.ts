import { describe, expect, it } from "vitest";
import { allocateSponsorships } from "../../src/allocation/index";
import { errorOf } from "../_support/errorOf";
import { nationalId } from "./_arbitraries";
import { household, oneSlotAgencies, region } from "./_fixtures";

describe("allocateSponsorships: ids", () => {
  const agency = { id: "a1", name: "بهزیستی", region, active: true, sponsorshipQuota: 2 };
  /** An ended sponsorship of the pair (a1, h1), holding its default id. */
  const ended = {
    id: "sp-a1-h1",
    agencyId: "a1",
    householdId: "h1",
    since: "1400/01/01",
    until: "1401/01/01",
    status: "ended" as const,
  };

  it("rejects a repeated household id, in any order, without echoing it", () => {
    for (const ids of [
      ["h2", "h1", "h2"],
      ["h1", "h1"],
    ]) {
      const households = ids.map((id, i) => household(id, nationalId(i + 1), 50));
      const error = errorOf(() =>
        allocateSponsorships({ agencies: [agency], households }, { since: "1403/01/15" }),
      );
      expect(error.code).toBe("invalid_allocation_input");
      expect(error.issues).toEqual([
        {
          path: ["households", ids.length - 1, "id"],
          message: "repeats the id of another household",
        },
      ]);
    }
  });

  it("does not reuse the id of an ended sponsorship of the same pair", () => {
    const run = (existing: (typeof ended)[]) =>
      allocateSponsorships(
        { agencies: [agency], households: [household("h1", nationalId(1), 50)], existing },
        { since: "1403/01/15" },
      ).added.map((s) => s.id);
    expect(run([ended])).toEqual(["sp-a1-h1@1403/01/15"]);
    // Hand-made: the date form is taken as well, so the counter follows.
    expect(run([ended, { ...ended, id: "sp-a1-h1@1403/01/15" }])).toEqual([
      "sp-a1-h1@1403/01/15#2",
    ]);
    expect(run([])).toEqual(["sp-a1-h1"]);
  });

  it("keeps a fresh id apart from a household id that reads like one", () => {
    // "sp-a1-h1" is taken, so h1's new sponsorship gets "sp-a1-h1@1403/01/15": the default id
    // of the household "h1@1403/01/15" with the same agency. Output order is by need, so h1
    // (60) comes first and keeps the date form; the other gets a second date suffix.
    const result = allocateSponsorships(
      {
        agencies: [agency],
        households: [
          household("h1", nationalId(1), 60),
          household("h1@1403/01/15", nationalId(2), 50),
        ],
        existing: [ended],
      },
      { since: "1403/01/15" },
    );
    expect(result.added.map((s) => [s.householdId, s.id])).toEqual([
      ["h1", "sp-a1-h1@1403/01/15"],
      ["h1@1403/01/15", "sp-a1-h1@1403/01/15@1403/01/15"],
    ]);
  });

  it("never gives two new sponsorships the same default id", () => {
    // Agency "a" + household "b-c" and agency "a-b" + household "c" both read `sp-a-b-c`.
    // Output order is by agency id, so "a" keeps the plain id and "a-b" gets the date form.
    const agencies = oneSlotAgencies("a", "a-b");
    const households = [
      { ...household("c", nationalId(1), 50), excludedAgencyIds: ["a"] },
      { ...household("b-c", nationalId(2), 50), excludedAgencyIds: ["a-b"] },
    ];
    const result = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    expect(
      result.added.map(({ id, agencyId, householdId }) => [id, agencyId, householdId]),
    ).toEqual([
      ["sp-a-b-c", "a", "b-c"],
      ["sp-a-b-c@1403/01/15", "a-b", "c"],
    ]);
  });

  it("gives the same result when createId itself allocates (a nested call)", () => {
    const agencies = [{ id: "a1", name: "—", region, active: true, sponsorshipQuota: 2 }];
    const households = [40, 90, 60].map((need, i) => household(`h${i}`, nationalId(i + 1), need));
    const plain = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
    const nested = allocateSponsorships(
      { agencies, households },
      {
        since: "1403/01/15",
        createId: (agencyId, householdId) => {
          // The inner call must not share the outer call's working memory.
          const inner = allocateSponsorships({ agencies, households }, { since: "1403/01/15" });
          return `sp-${agencyId}-${householdId}/${inner.added.length}`;
        },
      },
    );
    expect(nested.added.map((s) => s.id)).toEqual(["sp-a1-h1/2", "sp-a1-h2/2"]);
    expect(nested.unassigned).toEqual(plain.unassigned);
    expect(nested.agencies).toEqual(plain.agencies);
  });

  it("numbers fresh ids in output order, whatever the input order", () => {
    // Agency "y" + household "z-1" and agency "y-z" + household "1" share the default id
    // `sp-y-z-1`, which an ended sponsorship already has. Output order is by agency id, so
    // "y" gets the date form and "y-z" the counter, though household "1" comes first.
    const agencies = oneSlotAgencies("y", "y-z");
    const households = [
      { ...household("1", nationalId(1), 50), excludedAgencyIds: ["y"] },
      { ...household("z-1", nationalId(2), 50), excludedAgencyIds: ["y-z"] },
    ];
    const existing = [
      {
        id: "sp-y-z-1",
        agencyId: "old",
        householdId: "old",
        since: "1400/01/01",
        status: "ended" as const,
      },
    ];
    const result = allocateSponsorships(
      { agencies, households, existing },
      { since: "1403/01/15" },
    );
    expect(
      result.added.map(({ id, agencyId, householdId }) => [id, agencyId, householdId]),
    ).toEqual([
      ["sp-y-z-1@1403/01/15", "y", "z-1"],
      ["sp-y-z-1@1403/01/15#2", "y-z", "1"],
    ]);
  });
});
