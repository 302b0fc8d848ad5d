import { epochDayToString } from "../_lib/epochDay";
import type { Agency } from "../entities/Agency";
import type { Household } from "../entities/Household";
import type { Region } from "../entities/Region";
import type { Sponsorship } from "../entities/Sponsorship";
import { PeygirError, type PeygirIssue } from "../errors/PeygirError";
import { asJalaliDate, type JalaliDate, readJalaliDate } from "../jalali/JalaliDate";
import type {
  AgencyFill,
  AllocationResult,
  ReleasedSponsorship,
  ReleaseReason,
  UnassignedHousehold,
  UnassignedReason,
} from "./AllocationResult";
import { IdTable, mixKey, NumberTable, nationalIdKey } from "./IdTable";
import { needScoreOf, resolveNeedWeights, type ScoreNeedOptions } from "./scoreNeed";
import { solveRegion } from "./solveRegion";

/**
 * The level at which agencies and households must share a region to be paired.
 *
 * @category Allocation
 */
export type AllocationScope = "province" | "county" | "district" | "any";

/**
 * What {@link allocateSponsorships} shares out: already parsed entities.
 *
 * @category Allocation
 */
export interface AllocationInput {
  /** The agencies that sponsor. */
  readonly agencies: readonly Agency[];
  /** The households to cover. */
  readonly households: readonly Household[];
  /** The sponsorships from earlier runs (only `active` ones are considered). */
  readonly existing?: readonly Sponsorship[];
}

/**
 * Options of {@link allocateSponsorships}.
 *
 * @category Allocation
 */
export interface AllocateSponsorshipsOptions {
  /** The first day of the new sponsorships (required). */
  readonly since: string;
  /** The quota of an agency without its own `sponsorshipQuota` (default 5). */
  readonly perAgency?: number;
  /** The region level agency and household must share (default `"county"`). */
  readonly scope?: AllocationScope;
  /** Whether to prefer an agency of the household's own district (default `true`). */
  readonly preferSameDistrict?: boolean;
  /**
   * Makes the id of a new sponsorship. By default `sp-<agencyId>-<householdId>`, or, when a
   * given sponsorship (an ended one, say) already has that id, `sp-<agencyId>-<householdId>@<since>`.
   */
  readonly createId?: (agencyId: string, householdId: string) => string;
  /** The need weights for households without their own `needScore`. */
  readonly need?: ScoreNeedOptions;
}

const SCOPES: readonly AllocationScope[] = ["province", "county", "district", "any"];
const SEPARATOR = "\u0000";

/**
 * Shares needy households out to agencies: each agency takes up to its quota of households
 * of its own region, the neediest first, keeping the sponsorships that are still valid.
 *
 * The result is, in this order of priority: (1) existing active sponsorships still eligible
 * and within quota are kept; (2) the newly covered households have the largest total need
 * possible; (3) among those, as many as possible are placed with an agency of their own
 * district; (4) agencies are filled as evenly as possible; (5) ties go by need (descending),
 * then id (ascending). The result does not depend on the order of the input arrays, and
 * inputs are never changed. See docs/allocation.md for the algorithm and why it is optimal.
 *
 * A household is eligible when its status is `identified` or `verified` (or `sponsored` with
 * an existing active sponsorship), it is in the agency's region at `scope` level (a missing
 * county or district counts as a value of its own) and it does not exclude the agency. Of
 * households with the same head national ID only the one with the smallest id is kept.
 *
 * @param input - The agencies, the households and the existing sponsorships.
 * @param options - `since` (required), `perAgency`, `scope`, `preferSameDistrict`,
 *   `createId`, `need`.
 * @returns The sponsorships after the run, what was added, kept and released, the
 *   households left out with their reasons, every agency's fill and the totals.
 * @throws {@link PeygirError} `invalid_option` when `since` is not a Jalali date, `perAgency`
 *   is not a whole number ≥ 0, `scope` is unknown or a need weight is invalid;
 *   `invalid_allocation_input` when an id is missing, an agency id is repeated, a region
 *   has no province, a household lacks a field the allocator reads, a quota is not a whole
 *   number ≥ 0, a need score is outside 0–100 or a household id is repeated.
 *
 * @example
 * ```ts
 * const region = { province: "کرمان", county: "شهربابک" };
 * const household = (id: string, nationalId: string, needScore: number) => ({
 *   id, head: { name: "—", nationalId }, members: 3, region, vulnerabilities: [],
 *   needScore, status: "verified" as const,
 * });
 * const result = allocateSponsorships(
 *   {
 *     agencies: [{ id: "a1", name: "بهزیستی", region, active: true, sponsorshipQuota: 1 }],
 *     households: [household("h1", "0000000019", 40), household("h2", "0000000027", 90)],
 *   },
 *   { since: "1403/01/15" },
 * );
 * result.added; // => [{ id: "sp-a1-h2", agencyId: "a1", householdId: "h2", since: "1403/01/15", status: "active" }]
 * result.unassigned; // => [{ householdId: "h1", reason: "no-capacity" }]
 * ```
 *
 * @category Allocation
 */
export function allocateSponsorships(
  input: AllocationInput,
  options: AllocateSponsorshipsOptions,
): AllocationResult {
  const settings = readOptions(options);
  const { agencies, households } = input;
  const existing = input.existing ?? [];
  checkInput(agencies, households, existing);
  const agencyCount = agencies.length;
  const householdCount = households.length;
  // Ids are copied once into flat arrays: later passes then avoid touching the entities.
  const agencyIds: string[] = new Array(agencyCount);
  const householdIds: string[] = new Array(householdCount);
  const agencyIdOf = (a: number): string => agencyIds[a] as string;
  const householdIdOf = (h: number): string => householdIds[h] as string;

  // Regions: one cell per (province, county, district) seen; a cell belongs to one region.
  const cells = new CellTable(settings.scope);
  const issues: PeygirIssue[] = [];
  const agencyIndex = new IdTable(agencyIdOf, agencyCount);
  const quota = new Int32Array(agencyCount);
  const agencyCell = new Int32Array(agencyCount);
  const agencyActive = new Uint8Array(agencyCount);
  for (let a = 0; a < agencyCount; a++) {
    const agency = agencies[a] as Agency;
    agencyIds[a] = agency.id;
    if (agencyIndex.add(a) >= 0 && issues.length < 100) {
      issues.push({ path: ["agencies", a, "id"], message: "repeats the id of another agency" });
    }
    agencyCell[a] = cells.of(agency.region);
    if (agency.active !== false) {
      agencyActive[a] = 1;
      quota[a] = agency.sponsorshipQuota ?? settings.perAgency;
    }
  }

  // Existing active sponsorships, found by household id (a table of their ids, not of the
  // million households).
  const active: ExistingEntry[] = [];
  for (const sponsorship of existing) {
    if (sponsorship.status !== "active") continue;
    active.push({ sponsorship, agency: agencyIndex.get(sponsorship.agencyId), household: -1 });
  }
  const existingIndex = new IdTable(
    (i) => (active[i] as ExistingEntry).sponsorship.householdId,
    active.length,
  );
  const sameHousehold = new Int32Array(active.length).fill(-1);
  for (let i = 0; i < active.length; i++) {
    const first = existingIndex.add(i);
    if (first >= 0) {
      sameHousehold[i] = sameHousehold[first] as number;
      sameHousehold[first] = i;
    }
  }

  const need = new Float64Array(householdCount);
  const householdCell = new Int32Array(householdCount);
  const familyKey = new Float64Array(householdCount);
  const otherFamilies = new Map<string, number>();
  const duplicate = new Uint8Array(householdCount);
  const statusCode = new Uint8Array(householdCount);
  const excludes = new Uint8Array(householdCount);
  const hasActive = new Uint8Array(householdCount);
  const weights = settings.weights;
  let idsSorted = true;
  for (let h = 0; h < householdCount; h++) {
    const household = households[h] as Household;
    // The allocator's own cheap checks, in the same pass (the entities are assumed parsed).
    if (!isHousehold(household)) {
      if (issues.length < 100)
        issues.push({
          path: ["households", h],
          message: "needs id, head.nationalId, region.province, members and vulnerabilities",
        });
      continue;
    }
    const id = household.id;
    householdIds[h] = id;
    // Whether the input is sorted by id, checked while the strings are at hand.
    if (idsSorted && h > 0 && !((householdIds[h - 1] as string) < id)) idsSorted = false;
    const score = needScoreOf(household, weights);
    if (!(score >= 0 && score <= 100) && issues.length < 100) {
      issues.push({ path: ["households", h, "needScore"], message: "must be from 0 to 100" });
    }
    need[h] = score;
    householdCell[h] = cells.of(household.region);
    statusCode[h] = STATUS_CODES[household.status] ?? 0;
    if (household.excludedAgencyIds !== undefined && household.excludedAgencyIds.length > 0)
      excludes[h] = 1;
    for (let e = existingIndex.get(household.id); e >= 0; e = sameHousehold[e] as number) {
      (active[e] as { household: number }).household = h;
      hasActive[h] = 1;
    }
    const key = nationalIdKey(household.head.nationalId);
    familyKey[h] = key;
    if (key < 0) {
      // Not in the parsed 10-digit form: compare the text itself.
      const first = otherFamilies.get(household.head.nationalId);
      if (first === undefined) otherFamilies.set(household.head.nationalId, h);
      else if (householdIdOf(first) < household.id) duplicate[h] = 1;
      else {
        duplicate[first] = 1;
        otherFamilies.set(household.head.nationalId, h);
      }
    }
  }
  // Strictly ascending ids cannot repeat; otherwise a table finds the repeats.
  if (!idsSorted && issues.length === 0) {
    const householdIndex = new IdTable(householdIdOf, householdCount);
    for (let h = 0; h < householdCount && issues.length < 100; h++) {
      if (householdIndex.add(h) >= 0)
        issues.push({
          path: ["households", h, "id"],
          message: "repeats the id of another household",
        });
    }
  }
  if (issues.length > 0) throw invalidInput(issues);
  markDuplicates(familyKey, duplicate, householdIdOf);

  const statusOk = new Uint8Array(householdCount);
  for (let h = 0; h < householdCount; h++) {
    const status = statusCode[h] as number;
    if (status === OPEN || (status === SPONSORED && hasActive[h] === 1)) statusOk[h] = 1;
  }
  const released: ReleasedSponsorship[] = [];
  const release = (sponsorship: Sponsorship, reason: ReleaseReason): void => {
    released.push({ sponsorship: { ...sponsorship }, reason });
  };
  const candidates: ExistingEntry[] = [];
  for (const entry of active) {
    const { sponsorship, agency: a, household: h } = entry;
    if (a < 0 || agencyActive[a] === 0) release(sponsorship, "agency-inactive");
    else if (h < 0 || duplicate[h] === 1 || statusOk[h] === 0)
      release(sponsorship, "household-ineligible");
    else if (cells.regionOf(agencyCell[a] as number) !== cells.regionOf(householdCell[h] as number))
      release(sponsorship, "out-of-scope");
    else if (
      excludes[h] === 1 &&
      (households[h] as Household).excludedAgencyIds?.includes(sponsorship.agencyId)
    )
      release(sponsorship, "excluded");
    else candidates.push(entry);
  }
  // A household keeps at most one sponsorship (the oldest); an agency at most its quota (the
  // neediest households first).
  candidates.sort(
    (x, y) =>
      (need[y.household] as number) - (need[x.household] as number) ||
      compareStrings(x.sponsorship.householdId, y.sponsorship.householdId) ||
      compareStrings(x.sponsorship.since, y.sponsorship.since) ||
      compareStrings(x.sponsorship.id, y.sponsorship.id),
  );
  const agencyOf = new Int32Array(householdCount).fill(-1);
  const keptCount = new Int32Array(agencyCount);
  const keptEntries: ExistingEntry[] = [];
  for (const entry of candidates) {
    const { sponsorship, agency: a, household: h } = entry;
    if (agencyOf[h] !== -1) release(sponsorship, "household-ineligible");
    else if ((keptCount[a] as number) >= (quota[a] as number)) release(sponsorship, "over-quota");
    else {
      agencyOf[h] = a;
      keptCount[a] = (keptCount[a] as number) + 1;
      keptEntries.push(entry);
    }
  }
  // Kept sponsorships by agency; `candidates` is in canonical order, so each list is too.
  const keptStart = new Int32Array(agencyCount + 1);
  for (let a = 0; a < agencyCount; a++)
    keptStart[a + 1] = (keptStart[a] as number) + (keptCount[a] as number);
  const keptByAgency: Sponsorship[] = new Array(keptEntries.length);
  {
    const next = keptStart.slice(0, agencyCount);
    for (const { sponsorship, agency: a } of keptEntries) {
      keptByAgency[next[a] as number] = { ...sponsorship };
      next[a] = (next[a] as number) + 1;
    }
  }

  // Group the active agencies and the households still to place by region (counting sort).
  const regionCount = cells.regionCount;
  const agencyRegion = new Int32Array(agencyCount);
  const agencyStart = new Int32Array(regionCount + 1);
  for (let a = 0; a < agencyCount; a++) {
    const r = cells.regionOf(agencyCell[a] as number);
    agencyRegion[a] = r;
    if (agencyActive[a] === 1) agencyStart[r + 1] = (agencyStart[r + 1] as number) + 1;
  }
  for (let r = 0; r < regionCount; r++)
    agencyStart[r + 1] = (agencyStart[r + 1] as number) + (agencyStart[r] as number);
  // One sort of all agencies by id; bucketing keeps that order inside each region.
  const agencyById = new Int32Array(agencyCount);
  for (let a = 0; a < agencyCount; a++) agencyById[a] = a;
  if (!isSorted(agencyIds)) agencyById.sort((x, y) => compareStrings(agencyIdOf(x), agencyIdOf(y)));
  const agencyList = new Int32Array(agencyStart[regionCount] as number);
  {
    const next = agencyStart.slice(0, regionCount);
    for (const a of agencyById) {
      if (agencyActive[a] === 0) continue;
      const r = agencyRegion[a] as number;
      agencyList[next[r] as number] = a;
      next[r] = (next[r] as number) + 1;
    }
  }
  const reason = new Uint8Array(householdCount);
  const householdStart = new Int32Array(regionCount + 1);
  for (let h = 0; h < householdCount; h++) {
    if (duplicate[h] === 1) reason[h] = DUPLICATE;
    else if (statusOk[h] === 0) reason[h] = NOT_ELIGIBLE;
    else if (agencyOf[h] === -1) {
      const r = cells.regionOf(householdCell[h] as number);
      if (agencyStart[r] === agencyStart[r + 1]) reason[h] = NO_AGENCY;
      else {
        reason[h] = PENDING;
        householdStart[r + 1] = (householdStart[r + 1] as number) + 1;
      }
    }
  }
  for (let r = 0; r < regionCount; r++)
    householdStart[r + 1] = (householdStart[r + 1] as number) + (householdStart[r] as number);
  const householdList = new Int32Array(householdStart[regionCount] as number);
  // When the households come sorted by id and every need is a whole number of hundredths
  // (as scoreNeed gives), a stable counting sort by need puts each region's list in
  // canonical order with no comparisons; otherwise each region is sorted on its own.
  const canonical = idsSorted ? canonicalOrder(need, reason) : undefined;
  {
    const next = householdStart.slice(0, regionCount);
    const count = canonical?.length ?? householdCount;
    for (let i = 0; i < count; i++) {
      const h = canonical === undefined ? i : (canonical[i] as number);
      if (reason[h] !== PENDING) continue;
      const r = cells.regionOf(householdCell[h] as number);
      householdList[next[r] as number] = h;
      next[r] = (next[r] as number) + 1;
    }
  }

  const localOf = new Int32Array(agencyCount).fill(-1);
  // Each cell's local district in the region being solved (-1 outside it).
  const cellDistrict = new Int32Array(cells.cellCount).fill(-1);
  const touched: number[] = [];
  const makeId = options.createId ?? defaultId;
  // The ids of all given sponsorships, ended ones too: a new default id must not repeat one
  // (a pair sponsored again after an earlier sponsorship ended).
  const takenIds = new Set<string>();
  if (options.createId === undefined)
    for (const sponsorship of existing) takenIds.add(sponsorship.id);
  const customId = options.createId !== undefined;
  const since = settings.since;
  const solved: { regionAgencies: number[]; placed: Placement | undefined }[] = [];
  let addedCount = 0;
  const filled = new Int32Array(agencyCount);
  let coveredNeed = 0;
  for (const r of cells.regionsInOrder()) {
    const regionAgencies = Array.from(
      agencyList.subarray(agencyStart[r] as number, agencyStart[r + 1] as number),
    );
    for (let i = 0; i < regionAgencies.length; i++) localOf[regionAgencies[i] as number] = i;
    const list = householdList.subarray(
      householdStart[r] as number,
      householdStart[r + 1] as number,
    );
    const placed = list.length > 0 ? solveOneRegion(r, regionAgencies, list) : undefined;
    solved.push({ regionAgencies, placed });
    if (placed !== undefined) {
      for (const a of placed.assigned) if (a >= 0) addedCount++;
    }
    for (const cell of touched) cellDistrict[cell] = -1;
    touched.length = 0;
  }
  // The output arrays get their final size up front: growing million-element arrays
  // copies them over and over.
  const sponsorships: Sponsorship[] = new Array(keptEntries.length + addedCount);
  const added: Sponsorship[] = new Array(addedCount);
  const kept: Sponsorship[] = new Array(keptEntries.length);
  let nextSponsorship = 0;
  let nextAdded = 0;
  let nextKept = 0;
  for (const { regionAgencies, placed } of solved) emitRegion(regionAgencies, placed);

  /** Appends a region's sponsorships: by agency id, kept ones first, each by need. */
  function emitRegion(regionAgencies: readonly number[], placed: Placement | undefined): void {
    const m = regionAgencies.length;
    const start = new Int32Array(m + 1);
    const order = placed?.order ?? [];
    const assigned = placed?.assigned ?? new Int32Array(0);
    for (let i = 0; i < order.length; i++) {
      const a = assigned[i] as number;
      if (a >= 0) start[a + 1] = (start[a + 1] as number) + 1;
    }
    for (let i = 0; i < m; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
    const byAgency = new Int32Array(start[m] as number);
    const next = start.slice(0, m);
    for (let i = 0; i < order.length; i++) {
      const a = assigned[i] as number;
      if (a < 0) continue;
      byAgency[next[a] as number] = order[i] as number;
      next[a] = (next[a] as number) + 1;
    }
    for (let i = 0; i < m; i++) {
      const a = regionAgencies[i] as number;
      const agencyId = agencyIdOf(a);
      // The default id's prefix is built once per agency.
      const prefix = customId ? "" : `sp-${agencyId}-`;
      for (let k = keptStart[a] as number; k < (keptStart[a + 1] as number); k++) {
        const sponsorship = keptByAgency[k] as Sponsorship;
        kept[nextKept++] = sponsorship;
        sponsorships[nextSponsorship++] = sponsorship;
      }
      const end = start[i + 1] as number;
      for (let k = start[i] as number; k < end; k++) {
        const householdId = householdIds[byAgency[k] as number] as string;
        let id = customId ? makeId(agencyId, householdId) : prefix + householdId;
        if (!customId && takenIds.has(id)) id = freshId(id, since, takenIds);
        const sponsorship: Sponsorship = {
          id,
          agencyId,
          householdId,
          since,
          status: "active",
        };
        added[nextAdded++] = sponsorship;
        sponsorships[nextSponsorship++] = sponsorship;
      }
      filled[a] = (keptCount[a] as number) + (start[i + 1] as number) - (start[i] as number);
    }
  }

  function solveOneRegion(region: number, regionAgencies: number[], list: Int32Array): Placement {
    const m = regionAgencies.length;
    // Households that exclude every agency of the region have no agency in scope.
    const excludedOf = new Map<number, Int32Array>();
    const placeable = new Int32Array(list.length);
    let placeableCount = 0;
    for (let k = 0; k < list.length; k++) {
      const h = list[k] as number;
      const ids = excludes[h] === 1 ? (households[h] as Household).excludedAgencyIds : undefined;
      if (ids !== undefined) {
        const found = new Set<number>();
        for (const id of ids) {
          const a = agencyIndex.get(id);
          if (a >= 0 && agencyActive[a] === 1 && agencyRegion[a] === region)
            found.add(localOf[a] as number);
        }
        if (found.size >= m) {
          reason[h] = NO_AGENCY;
          continue;
        }
        if (found.size > 0) excludedOf.set(h, Int32Array.from(found).sort());
      }
      placeable[placeableCount++] = h;
    }
    const inOrder = placeable.subarray(0, placeableCount);
    const order =
      canonical === undefined ? sortByNeedThenId(inOrder, need, householdIdOf) : inOrder;

    // Districts: the cells of the region's agencies that name a district, plus one pool for
    // agencies without a district (no household is "in" it).
    const districtOfCell = cellDistrict;
    const agencyDistrict = new Int32Array(m);
    let districtCount = 0;
    let noDistrict = -1;
    for (let i = 0; i < m; i++) {
      const cell = agencyCell[regionAgencies[i] as number] as number;
      let d = 0;
      if (!settings.preferSameDistrict) d = 0;
      else if (!cells.hasDistrict(cell)) {
        if (noDistrict < 0) noDistrict = districtCount++;
        d = noDistrict;
      } else {
        const known = districtOfCell[cell] as number;
        d = known >= 0 ? known : districtCount++;
        if (known < 0) {
          districtOfCell[cell] = d;
          touched.push(cell);
        }
      }
      agencyDistrict[i] = d;
    }
    if (!settings.preferSameDistrict) districtCount = 1;
    const n = order.length;
    const localNeed = new Float64Array(n);
    const householdDistrict = new Int32Array(n);
    const excluded = new Map<number, Int32Array>();
    for (let i = 0; i < n; i++) {
      const h = order[i] as number;
      localNeed[i] = need[h] as number;
      householdDistrict[i] = settings.preferSameDistrict
        ? (districtOfCell[householdCell[h] as number] as number)
        : 0;
      const list = excludedOf.get(h);
      if (list !== undefined) excluded.set(i, list);
    }
    const agencyRoom = new Int32Array(m);
    const agencyKept = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const a = regionAgencies[i] as number;
      agencyKept[i] = keptCount[a] as number;
      agencyRoom[i] = (quota[a] as number) - (keptCount[a] as number);
    }
    const assigned = solveRegion({
      agencyRoom,
      agencyKept,
      agencyDistrict,
      districtCount,
      need: localNeed,
      householdDistrict,
      excluded,
    });
    for (let i = 0; i < n; i++) {
      const h = order[i] as number;
      const a = assigned[i] as number;
      if (a >= 0) {
        agencyOf[h] = regionAgencies[a] as number;
        reason[h] = 0;
      } else reason[h] = NO_CAPACITY;
    }
    return { order, assigned };
  }

  const unassigned: UnassignedHousehold[] = [];
  let eligible = 0;
  for (let h = 0; h < householdCount; h++) {
    const code = reason[h] as number;
    if (code !== DUPLICATE && code !== NOT_ELIGIBLE) eligible++;
    if ((agencyOf[h] as number) >= 0) coveredNeed += need[h] as number;
    else {
      unassigned.push({ householdId: householdIdOf(h), reason: REASONS[code] as UnassignedReason });
    }
  }
  // Households are visited by index: when the input is sorted by id, so is `unassigned`.
  if (canonical === undefined)
    unassigned.sort((x, y) => compareStrings(x.householdId, y.householdId));
  released.sort((x, y) => compareStrings(x.sponsorship.id, y.sponsorship.id));
  const fills: AgencyFill[] = new Array(agencyCount);
  let slots = 0;
  for (let i = 0; i < agencyCount; i++) {
    const a = agencyById[i] as number;
    const q = quota[a] as number;
    slots += q;
    const f = filled[a] as number;
    fills[i] = { agencyId: agencyIdOf(a), quota: q, filled: f, shortfall: q - f };
  }
  return {
    sponsorships,
    added,
    kept,
    released,
    unassigned,
    agencies: fills,
    summary: {
      households: householdCount,
      eligible,
      assigned: sponsorships.length,
      unassigned: unassigned.length,
      slots,
      filled: sponsorships.length,
      coveredNeed: Math.round(coveredNeed * 100) / 100,
    },
  };
}

/** An existing active sponsorship with its agency and household indices (-1 if unknown). */
/** A region's households in canonical order and the local agency of each (-1 for none). */
interface Placement {
  readonly order: ArrayLike<number>;
  readonly assigned: Int32Array;
}

interface ExistingEntry {
  readonly sponsorship: Sponsorship;
  readonly agency: number;
  household: number;
}

/**
 * Marks all but the smallest id of each family (same national ID key) as duplicates. A
 * bitset of key hashes finds the keys that may repeat in one linear pass, so only those
 * few households go through a table.
 */
function markDuplicates(
  familyKey: Float64Array,
  duplicate: Uint8Array,
  idOf: (h: number) => string,
): void {
  const n = familyKey.length;
  let bits = 1024;
  while (bits < n * 16) bits *= 2;
  const mask = bits - 1;
  const seen = new Int32Array(bits >>> 5);
  const twice = new Int32Array(bits >>> 5);
  let candidates = 0;
  for (let h = 0; h < n; h++) {
    const key = familyKey[h] as number;
    if (key < 0) continue;
    const b = mixKey(key) & mask;
    const word = b >>> 5;
    const bit = 1 << (b & 31);
    if (((seen[word] as number) & bit) !== 0) {
      twice[word] = (twice[word] as number) | bit;
      candidates++;
    } else seen[word] = (seen[word] as number) | bit;
  }
  if (candidates === 0) return;
  // Every household of a repeated key has its hash bit in `twice`.
  const firstOf = new NumberTable(candidates * 2);
  for (let h = 0; h < n; h++) {
    const key = familyKey[h] as number;
    if (key < 0) continue;
    const b = mixKey(key) & mask;
    if (((twice[b >>> 5] as number) & (1 << (b & 31))) === 0) continue;
    const first = firstOf.get(key);
    if (first < 0) firstOf.set(key, h);
    else if (idOf(first) < idOf(h)) duplicate[h] = 1;
    else {
      duplicate[first] = 1;
      firstOf.set(key, h);
    }
  }
}

// Household states while allocating (the unassigned reasons and two working states).
const PENDING = 1;
const NO_CAPACITY = 2;
const NO_AGENCY = 3;
const NOT_ELIGIBLE = 4;
const DUPLICATE = 5;
const REASONS: readonly (UnassignedReason | undefined)[] = [
  undefined,
  "no-capacity",
  "no-capacity",
  "no-agency-in-scope",
  "not-eligible",
  "duplicate",
];

// Household statuses: open for a new sponsorship, sponsored, or closed.
const OPEN = 1;
const SPONSORED = 2;
const STATUS_CODES: Readonly<Record<string, number>> = {
  identified: OPEN,
  verified: OPEN,
  sponsored: SPONSORED,
};

function defaultId(agencyId: string, householdId: string): string {
  return `sp-${agencyId}-${householdId}`;
}

/**
 * A default id already taken by a given sponsorship, made unique with the start date
 * (`sp-a1-h2@1403/01/15`), then a counter (`…#2`); the new id is recorded as taken.
 */
function freshId(id: string, since: string, taken: Set<string>): string {
  let fresh = `${id}@${since}`;
  for (let n = 2; taken.has(fresh); n++) fresh = `${id}@${since}#${n}`;
  taken.add(fresh);
  return fresh;
}

/**
 * All households in canonical order (need descending, id ascending) by one stable counting
 * sort over hundredths of need, when every need is a whole number of hundredths; otherwise
 * `undefined`. The caller checks that the input is already sorted by id.
 */
function canonicalOrder(need: Float64Array, reason: Uint8Array): Int32Array | undefined {
  const n = need.length;
  const cents = new Int32Array(n);
  const start = new Int32Array(10_002);
  for (let h = 0; h < n; h++) {
    if (reason[h] !== PENDING) continue;
    const scaled = (need[h] as number) * 100;
    const whole = Math.round(scaled);
    if (Math.abs(scaled - whole) > 1e-6 || whole < 0 || whole > 10_000) return undefined;
    // Needier first: bucket 0 holds need 100.
    cents[h] = 10_000 - whole;
    start[10_000 - whole + 1] = (start[10_000 - whole + 1] as number) + 1;
  }
  for (let c = 0; c <= 10_000; c++) start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const order = new Int32Array(start[10_001] as number);
  for (let h = 0; h < n; h++) {
    if (reason[h] !== PENDING) continue;
    const c = cents[h] as number;
    order[start[c] as number] = h;
    start[c] = (start[c] as number) + 1;
  }
  return order;
}

/**
 * Sorts households by need (descending), then id (ascending). Needs are replaced by their
 * ranks and packed with the position into one number, so the bulk of the work is a native
 * numeric sort; only runs of equal need compare ids.
 */
function sortByNeedThenId(
  items: ArrayLike<number>,
  need: Float64Array,
  idOf: (h: number) => string,
): number[] {
  const n = items.length;
  if (n < 2) return Array.from(items);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = need[items[i] as number] as number;
  values.sort();
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    if (distinct === 0 || values[i] !== values[distinct - 1])
      values[distinct++] = values[i] as number;
  }
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = need[items[i] as number] as number;
    let lo = 0;
    let hi = distinct - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[mid] as number) < value) lo = mid + 1;
      else hi = mid;
    }
    keys[i] = (distinct - 1 - lo) * n + i;
  }
  keys.sort();
  const out: number[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = items[(keys[i] as number) % n] as number;
  const byId = (x: number, y: number): number => compareStrings(idOf(x), idOf(y));
  for (let start = 0; start < n; ) {
    const rank = Math.floor((keys[start] as number) / n);
    let end = start + 1;
    while (end < n && Math.floor((keys[end] as number) / n) === rank) end++;
    if (end - start > 1) {
      const run = out.slice(start, end).sort(byId);
      for (let i = start; i < end; i++) out[i] = run[i - start] as number;
    }
    start = end;
  }
  return out;
}

interface Settings {
  readonly since: JalaliDate;
  readonly perAgency: number;
  readonly scope: AllocationScope;
  readonly preferSameDistrict: boolean;
  readonly weights: ReturnType<typeof resolveNeedWeights>;
}

function readOptions(options: AllocateSponsorshipsOptions | undefined): Settings {
  const issues: PeygirIssue[] = [];
  const given = options ?? ({} as Partial<AllocateSponsorshipsOptions>);
  let since = asJalaliDate("");
  if (typeof given.since !== "string") {
    issues.push({ path: ["since"], message: "is required (a Jalali date YYYY/MM/DD)" });
  } else {
    const day = readJalaliDate(given.since);
    if (typeof day === "string") issues.push({ path: ["since"], message: day });
    else since = asJalaliDate(epochDayToString(day));
  }
  const perAgency = given.perAgency ?? 5;
  if (!Number.isInteger(perAgency) || perAgency < 0)
    issues.push({ path: ["perAgency"], message: "must be a whole number ≥ 0" });
  const scope = given.scope ?? "county";
  if (!SCOPES.includes(scope))
    issues.push({ path: ["scope"], message: `must be one of: ${SCOPES.join(", ")}` });
  const preferSameDistrict = given.preferSameDistrict ?? true;
  if (typeof preferSameDistrict !== "boolean")
    issues.push({ path: ["preferSameDistrict"], message: "must be a boolean" });
  if (given.createId !== undefined && typeof given.createId !== "function")
    issues.push({ path: ["createId"], message: "must be a function" });
  if (issues.length > 0)
    throw new PeygirError("invalid_option", "allocateSponsorships: invalid options", issues);
  const weights = resolveNeedWeights(given.need, "allocateSponsorships");
  return { since, perAgency, scope, preferSameDistrict, weights };
}

/** The allocator's own cheap checks (the entities are assumed parsed). */
function checkInput(
  agencies: readonly Agency[],
  households: readonly Household[],
  existing: readonly Sponsorship[],
): void {
  const issues: PeygirIssue[] = [];
  const fail = (path: (string | number)[], message: string): void => {
    if (issues.length < 100) issues.push({ path, message });
  };
  if (!Array.isArray(agencies)) fail(["agencies"], "must be an array");
  if (!Array.isArray(households)) fail(["households"], "must be an array");
  if (!Array.isArray(existing)) fail(["existing"], "must be an array");
  if (issues.length > 0) throw invalidInput(issues);
  for (let a = 0; a < agencies.length; a++) {
    const agency = agencies[a];
    if (!isId(agency?.id)) fail(["agencies", a, "id"], "must be a non-empty string");
    if (!hasProvince(agency?.region)) fail(["agencies", a, "region", "province"], "is required");
    const q = agency?.sponsorshipQuota;
    if (q !== undefined && !(Number.isInteger(q) && q >= 0))
      fail(["agencies", a, "sponsorshipQuota"], "must be a whole number ≥ 0");
  }
  for (let s = 0; s < existing.length; s++) {
    const sponsorship = existing[s];
    if (!isId(sponsorship?.id) || !isId(sponsorship?.agencyId) || !isId(sponsorship?.householdId))
      fail(["existing", s], "needs id, agencyId and householdId");
  }
  if (issues.length > 0) throw invalidInput(issues);
}

function invalidInput(issues: PeygirIssue[]): PeygirError {
  return new PeygirError(
    "invalid_allocation_input",
    "allocateSponsorships: invalid agencies, households or sponsorships",
    issues,
  );
}

function isHousehold(household: Household | undefined): boolean {
  return (
    typeof household?.id === "string" &&
    household.id.length > 0 &&
    typeof household.head?.nationalId === "string" &&
    typeof household.region?.province === "string" &&
    typeof household.members === "number" &&
    Array.isArray(household.vulnerabilities)
  );
}

function isId(value: unknown): boolean {
  return typeof value === "string" && value.length > 0;
}

function hasProvince(region: Region | undefined): boolean {
  return typeof region?.province === "string";
}

/** Whether the strings are in strictly ascending order. */
function isSorted(ids: readonly string[]): boolean {
  for (let i = 1; i < ids.length; i++)
    if (!((ids[i - 1] as string) < (ids[i] as string))) return false;
  return true;
}

function compareStrings(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Interns (province, county, district) triples and maps each to its region at scope level. */
class CellTable {
  private readonly provinces = new Map<string, Map<string, Map<string, number>>>();
  private readonly regionIds = new Map<string, number>();
  private readonly regionKeys: string[] = [];
  private readonly cellRegion: number[] = [];
  private readonly cellHasDistrict: boolean[] = [];

  constructor(private readonly scope: AllocationScope) {}

  of(region: Region): number {
    let counties = this.provinces.get(region.province);
    if (counties === undefined) {
      counties = new Map();
      this.provinces.set(region.province, counties);
    }
    const county = region.county ?? "";
    let districts = counties.get(county);
    if (districts === undefined) {
      districts = new Map();
      counties.set(county, districts);
    }
    const district = region.district ?? "";
    const cell = districts.get(district);
    if (cell !== undefined) return cell;
    const id = this.cellRegion.length;
    districts.set(district, id);
    const key = this.keyOf(region.province, county, district);
    let regionId = this.regionIds.get(key);
    if (regionId === undefined) {
      regionId = this.regionKeys.length;
      this.regionIds.set(key, regionId);
      this.regionKeys.push(key);
    }
    this.cellRegion.push(regionId);
    this.cellHasDistrict.push(region.district !== undefined);
    return id;
  }

  regionOf(cell: number): number {
    return this.cellRegion[cell] as number;
  }

  hasDistrict(cell: number): boolean {
    return this.cellHasDistrict[cell] === true;
  }

  get cellCount(): number {
    return this.cellRegion.length;
  }

  get regionCount(): number {
    return this.regionKeys.length;
  }

  /** Region ids sorted by their key, so the output order does not depend on input order. */
  regionsInOrder(): number[] {
    return this.regionKeys
      .map((key, id) => ({ key, id }))
      .sort((x, y) => compareStrings(x.key, y.key))
      .map((entry) => entry.id);
  }

  private keyOf(province: string, county: string, district: string): string {
    switch (this.scope) {
      case "any":
        return "";
      case "province":
        return province;
      case "county":
        return `${province}${SEPARATOR}${county}`;
      case "district":
        return `${province}${SEPARATOR}${county}${SEPARATOR}${district}`;
      default: {
        const exhaustive: never = this.scope;
        return exhaustive;
      }
    }
  }
}
