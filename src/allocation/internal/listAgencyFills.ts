import type { AgencyFill } from "../AllocationResult";
import type { AgencyTable } from "./readAgencies";

/**
 * Every agency's quota and fill, in id order, with the total of the quotas.
 * @param byId - All agencies in id order.
 * @param filled - By agency: its sponsorships after the run.
 */
export function listAgencyFills(
  agencyTable: AgencyTable,
  byId: Int32Array,
  filled: Int32Array,
): { fills: AgencyFill[]; slots: number } {
  const { idOf, quota } = agencyTable;
  const fills: AgencyFill[] = new Array(byId.length);
  let slots = 0;
  for (let i = 0; i < byId.length; i++) {
    const a = byId[i] as number;
    const q = quota[a] as number;
    slots += q;
    const f = filled[a] as number;
    fills[i] = { agencyId: idOf(a), quota: q, filled: f, shortfall: q - f };
  }
  return { fills, slots };
}
