import type { AgencyInput } from "../../entities/Agency";
import type { PeygirIssue } from "../../errors/PeygirError";
import { IdTable } from "../../internal/IdTable";
import type { TypedArrays } from "../../internal/ScratchMemory";
import type { CellTable } from "./CellTable";
import { regionIssue } from "./checkAllocationInput";
import { agencyDefaults } from "./entityDefaults";

/**
 * The agencies in flat arrays, by input index: later passes then avoid touching the entities.
 */
export interface AgencyTable {
  readonly ids: string[];
  readonly idOf: (a: number) => string;
  /** Finds an agency by id. */
  readonly index: IdTable;
  /** The quota (0 for an inactive agency). */
  readonly quota: Int32Array;
  readonly cell: Int32Array;
  /** 1 for an active agency. */
  readonly active: Uint8Array;
  /** The lengths of the agency ids (to skip splits of other ids that cannot name one). */
  readonly idLengths: ReadonlySet<number>;
}

/**
 * Reads the agencies (checked by `checkAllocationInput`) into an {@link AgencyTable},
 * interning their regions in `cells`; a repeated id or a region the cells refuse (an unknown
 * province, a blank name) is added to `issues` (at most 100). A missing `active` takes the
 * schema's default.
 */
export function readAgencies(
  agencies: readonly AgencyInput[],
  cells: CellTable,
  perAgency: number,
  issues: PeygirIssue[],
  memory: TypedArrays,
): AgencyTable {
  const agencyCount = agencies.length;
  const ids: string[] = new Array(agencyCount);
  const idOf = (a: number): string => ids[a] as string;
  const index = new IdTable(idOf, agencyCount, memory);
  const quota = memory.int32(agencyCount);
  const cell = memory.int32(agencyCount);
  const active = memory.uint8(agencyCount);
  const idLengths = new Set<number>();
  for (let a = 0; a < agencyCount; a++) {
    const agency = agencies[a] as AgencyInput;
    ids[a] = agency.id;
    idLengths.add(agency.id.length);
    if (index.add(a) >= 0 && issues.length < 100) {
      issues.push({ path: ["agencies", a, "id"], message: "repeats the id of another agency" });
    }
    const c = cells.of(agency.region);
    cell[a] = c;
    if (c < 0 && issues.length < 100) issues.push(regionIssue(c, ["agencies", a]));
    if ((agency.active === undefined ? agencyDefaults.active : agency.active) === true) {
      active[a] = 1;
      quota[a] = agency.sponsorshipQuota ?? perAgency;
    }
  }
  return { ids, idOf, index, quota, cell, active, idLengths };
}
