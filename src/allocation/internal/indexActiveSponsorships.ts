import type { Sponsorship, SponsorshipInput } from "../../entities/Sponsorship";
import type { PeygirIssue } from "../../errors/PeygirError";
import { canonicalToEpochDay, epochDayToString } from "../../internal/epochDay";
import { IdTable } from "../../internal/IdTable";
import { readJalaliDate } from "../../internal/jalaliInput";
import type { TypedArrays } from "../../internal/ScratchMemory";
import { TakenDefaultIds } from "./TakenDefaultIds";

/**
 * An existing active sponsorship with its agency and household indices (-1 if unknown).
 */
export interface ActiveSponsorship {
  /** A copy of the given sponsorship, its days in canonical form. */
  readonly sponsorship: Sponsorship;
  readonly agency: number;
  /** Set when the households are read. */
  household: number;
}

/**
 * The existing active sponsorships, found by household id: a table of their ids, not of
 * the million households.
 */
export interface ActiveSponsorships {
  readonly entries: ActiveSponsorship[];
  /** Finds the first entry of a household id. */
  readonly byHousehold: IdTable;
  /** The next entry of the same household (-1 for none). */
  readonly sameHousehold: Int32Array;
  /** The default ids that given sponsorships (of any status) already have. */
  readonly takenDefaultIds: TakenDefaultIds;
}

/**
 * Indexes the `active` sponsorships of `existing` by household id and, unless new ids come
 * from a callback (`defaultIds` false), finds the default ids already taken, in the same
 * pass: the given sponsorships lie scattered in memory, so each pass over them costs. A
 * repeated sponsorship id (of any status), a `since` or `until` that is not a Jalali day
 * and an `until` before `since` are added to `issues` (at most 100).
 */
export function indexActiveSponsorships(
  existing: readonly SponsorshipInput[],
  agencyIndex: IdTable,
  agencyIdLengths: ReadonlySet<number>,
  defaultIds: boolean,
  issues: PeygirIssue[],
  memory: TypedArrays,
): ActiveSponsorships {
  const entries: ActiveSponsorship[] = [];
  const takenDefaultIds = new TakenDefaultIds(agencyIndex, agencyIdLengths);
  // Two sponsorships with one id would come out as two with one id (kept, released or both).
  const byId = new IdTable((i) => (existing[i] as SponsorshipInput).id, existing.length, memory);
  for (let i = 0; i < existing.length; i++) {
    const sponsorship = existing[i] as SponsorshipInput;
    if (byId.add(i) >= 0 && issues.length < 100)
      issues.push({
        path: ["existing", i, "id"],
        message: "repeats the id of another sponsorship",
      });
    if (defaultIds) takenDefaultIds.add(sponsorship.id);
    const since = readDay(sponsorship.since, ["existing", i, "since"], issues);
    const until =
      sponsorship.until === undefined
        ? undefined
        : readDay(sponsorship.until, ["existing", i, "until"], issues);
    if (since === undefined || (sponsorship.until !== undefined && until === undefined)) continue;
    if (until !== undefined && until.day < since.day && issues.length < 100)
      issues.push({ path: ["existing", i, "until"], message: "must not be before since" });
    if (sponsorship.status !== "active") continue;
    // A copy, made while the object is at hand: kept and released sponsorships go into the
    // result, which never shares objects with the input.
    // Every field is copied; the days are then replaced by their canonical form.
    const copy = { ...sponsorship, since: since.text } as Sponsorship;
    if (until !== undefined) copy.until = until.text;
    entries.push({
      sponsorship: copy,
      agency: agencyIndex.get(sponsorship.agencyId),
      household: -1,
    });
  }
  const byHousehold = new IdTable(
    (i) => (entries[i] as ActiveSponsorship).sponsorship.householdId,
    entries.length,
    memory,
  );
  const sameHousehold = memory.int32(entries.length).fill(-1);
  for (let i = 0; i < entries.length; i++) {
    const first = byHousehold.add(i);
    if (first >= 0) {
      sameHousehold[i] = sameHousehold[first] as number;
      sameHousehold[first] = i;
    }
  }
  return { entries, byHousehold, sameHousehold, takenDefaultIds };
}

/** A day read from a sponsorship: its epoch day and its canonical text. */
interface Day {
  readonly day: number;
  readonly text: Sponsorship["since"];
}

/**
 * A Jalali day as written (Persian digits, no zero padding, …) read, or `undefined` with an
 * issue at `path`. The text is kept as given when it is already canonical (the usual case,
 * and the fast one).
 */
function readDay(text: string, path: (string | number)[], issues: PeygirIssue[]): Day | undefined {
  const fast = canonicalToEpochDay(text);
  if (!Number.isNaN(fast)) return { day: fast, text: text as Sponsorship["since"] };
  const day = readJalaliDate(text);
  if (typeof day === "number") return { day, text: epochDayToString(day) as Sponsorship["since"] };
  if (issues.length < 100) issues.push({ path, message: day });
  return undefined;
}
