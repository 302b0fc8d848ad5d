// The small instances the allocation tests share: one Shahr-e Babak county, one-slot agencies,
// households with a given need, and the example of allocateSponsorships' TSDoc (plain
// literals, as a user writes them: no parse call, `active` left to its default).
import { allocateSponsorships } from "../../src/allocation/index";
import type { Household } from "../../src/entities/Household";
import { errorOf } from "../_support/errorOf";

export const region = { province: "کرمان", county: "شهربابک" } as const;
/** Active agencies of the region with one slot each. */
export const oneSlotAgencies = (...ids: string[]) =>
  ids.map((id) => ({ id, name: "—", region, active: true, sponsorshipQuota: 1 }));
export const household = (id: string, nationalIdValue: string, needScore: number): Household => ({
  id,
  head: { name: "—", nationalId: nationalIdValue },
  members: 3,
  region,
  vulnerabilities: [],
  needScore,
  status: "verified" as const,
});
/** The code and issue paths of the error allocating these agencies and households gives. */
export const refusal = (agencies: readonly object[], households: readonly object[]) => {
  const error = errorOf(() =>
    allocateSponsorships(
      { agencies: agencies as never, households: households as Household[] },
      { since: "1403/01/15" },
    ),
  );
  return [error.code, error.issues.map((issue) => issue.path)];
};
export const example = () =>
  allocateSponsorships(
    {
      agencies: [{ id: "a1", name: "بهزیستی", region, sponsorshipQuota: 1 }],
      households: [household("h1", "0000000019", 40), household("h2", "0000000027", 90)],
    },
    { since: "1403/01/15" },
  );
