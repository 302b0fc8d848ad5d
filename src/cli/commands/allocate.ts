import type { AllocationResult, AllocationScope } from "../../allocation/index";
import { allocateSponsorships } from "../../allocation/index";
import type { Agency } from "../../entities/Agency";
import type { Household } from "../../entities/Household";
import type { Sponsorship } from "../../entities/Sponsorship";
import { addJalaliDays } from "../../jalali/addJalaliDays";
import { safeParseJalaliDate } from "../../jalali/safeParseJalaliDate";
import { choiceOption, integerOption, requiredOption, stringOption } from "../args";
import type { Command } from "../Command";
import { escapeControls } from "../format/escapeControls";
import { jsonText } from "../format/jsonText";
import { formatTable } from "../format/table";
import { writeData } from "../format/writeData";
import { loadTables } from "../io/loadTables";
import { showStep } from "../io/progress";
import { checkOutPath, writeAtomic } from "../io/writeAtomic";
import { csvCell, csvLineChunks } from "../io/writeCsv";
import { UsageError } from "../UsageError";

const SCOPES: readonly AllocationScope[] = ["county", "province", "district", "any"];

// The first day the Jalali functions handle.
const FIRST_DAY = "1300/01/01";

// The largest quota allocateSponsorships accepts.
const MAX_QUOTA = 2_147_483_647;

const usage = `Usage: peygir allocate --agencies <file> --households <file> --since <JalaliDate>
                       [--existing <file>] [--per-agency 5] [--scope county]
                       [--out <file>] [--format csv|json]

Shares needy households out to agencies, the neediest first, each agency up to its quota
(its "quota" column, else --per-agency), within the same region (--scope: county, province,
district or any), keeping the existing sponsorships that are still valid.

Files are CSV (English or Persian headers; UTF-8, UTF-8 with BOM or Windows-1256) or JSON,
chosen by extension; the columns are in docs/cli.md, shipped with the package
(node_modules/peygir/docs/cli.md). Every invalid row is listed (line, column, reason; never
the value) and nothing is written.

The output has one row per sponsorship (change: kept, added, released) and one per
household left without a sponsor (change: unassigned, with its reason). With --out it is
written atomically (CSV in UTF-8 with BOM, or JSON by --format or the file's extension) and
a summary is printed; without --out the rows go to stdout and the summary to stderr. The
output CSV can be the --existing file of the next run.

Options:
  --agencies     agencies file (id, name, province, county, district, quota, active)
  --households   households file (id, head_name, national_id, members, province, …)
  --existing     sponsorships from an earlier run (id, agency_id, household_id, since, …)
  --since        first day of the new sponsorships, e.g. 1399/05/01 (Persian digits are fine)
  --per-agency   quota of an agency without its own (default 5)
  --scope        region agency and household must share (default county)
  --out          output file (a new path or a regular file, not an input)
  --format       csv (default) or json

Example:
  peygir allocate --agencies agencies.csv --households households.csv \\
    --since 1399/05/01 --out sponsorships.csv`;

/** `peygir allocate`: sponsorship allocation from agency and household files. */
export const allocateCommand: Command = {
  name: "allocate",
  summary: "share needy households out to agencies (five each by default)",
  usage,
  options: {
    agencies: { type: "string" },
    households: { type: "string" },
    existing: { type: "string" },
    "per-agency": { type: "string" },
    scope: { type: "string" },
    since: { type: "string" },
    out: { type: "string" },
    format: { type: "string" },
  },
  async run(values, positionals) {
    if (positionals.length > 0) throw new UsageError("allocate takes no arguments", usage);
    const agenciesPath = requiredOption(values, "agencies", usage);
    const householdsPath = requiredOption(values, "households", usage);
    const existingPath = stringOption(values, "existing");
    const sinceResult = safeParseJalaliDate(requiredOption(values, "since", usage));
    if (!sinceResult.success) throw new UsageError("--since must be a Jalali date", usage);
    const since = sinceResult.data;
    const perAgency = integerOption(values, "per-agency", 5, 0, usage, MAX_QUOTA);
    const scope = choiceOption(values, "scope", SCOPES, usage);
    const out = stringOption(values, "out");
    const format =
      stringOption(values, "format") === undefined && out?.toLowerCase().endsWith(".json")
        ? "json"
        : choiceOption(values, "format", ["csv", "json"], usage);

    if (out !== undefined) {
      await checkOutPath(out, {
        "--agencies": agenciesPath,
        "--households": householdsPath,
        "--existing": existingPath,
      });
    }
    const input = await loadTables({
      agencies: { path: agenciesPath, kind: "agencies" },
      households: { path: householdsPath, kind: "households" },
      ...(existingPath !== undefined
        ? { existing: { path: existingPath, kind: "sponsorships" } }
        : {}),
    } as const);
    try {
      const existing = "existing" in input ? (input.existing as Sponsorship[]) : undefined;
      return await allocateAndWrite(
        { agencies: input.agencies, households: input.households, existing },
        { since, perAgency, scope, format, out },
      );
    } finally {
      showStep(undefined);
    }
  },
};

/** The steps after reading: allocation, output, summary (with a step line on a TTY). */
async function allocateAndWrite(
  input: { agencies: Agency[]; households: Household[]; existing: Sponsorship[] | undefined },
  options: {
    since: string;
    perAgency: number;
    scope: AllocationScope;
    format: "csv" | "json";
    out: string | undefined;
  },
): Promise<number> {
  const { since, perAgency, scope, format, out } = options;
  showStep(`allocating ${input.households.length.toLocaleString("en-US")} households…`);
  const result = allocateSponsorships(
    {
      agencies: input.agencies,
      households: input.households,
      ...(input.existing !== undefined ? { existing: input.existing } : {}),
    },
    { since, perAgency, scope },
  );

  const content =
    format === "json" ? [allocationJson(result, since)] : allocationCsv(result, since);
  const summary = allocationSummary(result);
  if (out !== undefined) {
    showStep(`writing ${out}…`);
    await writeAtomic(out, content);
    console.log(summary);
    console.log(`\nWrote ${escapeControls(out)}`);
  } else {
    let first = true;
    for (const chunk of content) {
      // The BOM is for files that Excel opens; a pipe gets plain UTF-8.
      writeData(first ? chunk.replace(/^\ufeff/, "") : chunk);
      first = false;
    }
    console.error(summary);
  }
  return 0;
}

/** The columns of the allocation output, also readable as a sponsorships file. */
export const ALLOCATION_COLUMNS = [
  "id",
  "agency_id",
  "household_id",
  "since",
  "until",
  "status",
  "change",
  "reason",
] as const;

// A released sponsorship ends the day before the new ones start (or on its first day, also
// when `since` is 1300/01/01, the first day peygir handles, which has no day before: found
// while writing, that would be an error after the header was out).
function endOf(sponsorship: Sponsorship, since: string): Sponsorship {
  const dayBefore = since === FIRST_DAY ? undefined : addJalaliDays(since, -1);
  // Canonical Jalali strings compare as dates.
  if (dayBefore === undefined || dayBefore < sponsorship.since)
    return { ...sponsorship, until: sponsorship.since, status: "ended" };
  return { ...sponsorship, until: dayBefore, status: "ended" };
}

// One line per row, built directly: a million rows cost seconds as arrays of cells.
function* allocationLines(result: AllocationResult, since: string): Generator<string> {
  // Kept sponsorships are usually the few; everything else in `sponsorships` was added.
  const kept = new Set(result.kept.map((sponsorship) => sponsorship.id));
  for (const s of result.sponsorships) {
    yield sponsorshipLine(s, kept.has(s.id) ? "kept" : "added", undefined);
  }
  for (const r of result.released) {
    yield sponsorshipLine(endOf(r.sponsorship, since), "released", r.reason);
  }
  for (const u of result.unassigned) {
    yield `,,${csvCell(u.householdId)},,,,unassigned,${csvCell(u.reason)}\r\n`;
  }
}

// The columns of ALLOCATION_COLUMNS, in order.
function sponsorshipLine(s: Sponsorship, change: string, reason: string | undefined): string {
  return `${csvCell(s.id)},${csvCell(s.agencyId)},${csvCell(s.householdId)},${csvCell(s.since)},${csvCell(s.until)},${csvCell(s.status)},${change},${csvCell(reason)}\r\n`;
}

/** The allocation output as CSV, in chunks (a UTF-8 BOM first). */
export function allocationCsv(result: AllocationResult, since: string): Iterable<string> {
  return csvLineChunks(ALLOCATION_COLUMNS, allocationLines(result, since));
}

/** The allocation output as JSON text. */
export function allocationJson(result: AllocationResult, since: string): string {
  return jsonText({
    summary: result.summary,
    sponsorships: result.sponsorships,
    added: result.added.map((s) => s.id),
    released: result.released.map((r) => ({ ...endOf(r.sponsorship, since), reason: r.reason })),
    unassigned: result.unassigned,
    agencies: result.agencies,
  });
}

const MAX_AGENCY_ROWS = 30;

/** The totals, the unassigned by reason, and (for a few agencies) each agency's fill. */
export function allocationSummary(result: AllocationResult): string {
  const s = result.summary;
  const lines = [
    formatTable(
      ["total", "count"],
      [
        ["households", String(s.households)],
        ["eligible", String(s.eligible)],
        ["assigned", String(s.assigned)],
        ["unassigned", String(s.unassigned)],
        ["agency slots", String(s.slots)],
        ["slots filled", String(s.filled)],
        ["sponsorships added", String(result.added.length)],
        ["sponsorships kept", String(result.kept.length)],
        ["sponsorships released", String(result.released.length)],
        ["need covered", s.coveredNeed.toFixed(1)],
      ],
      { alignRight: [1] },
    ),
  ];
  const reasons = new Map<string, number>();
  for (const u of result.unassigned) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  if (reasons.size > 0) {
    lines.push(
      "",
      formatTable(
        ["unassigned because", "households"],
        [...reasons].sort().map(([reason, count]) => [reason, String(count)]),
        { alignRight: [1] },
      ),
    );
  }
  const short = result.agencies.filter((agency) => agency.shortfall > 0);
  if (result.agencies.length <= MAX_AGENCY_ROWS) {
    lines.push(
      "",
      formatTable(
        ["agency", "quota", "filled", "shortfall"],
        result.agencies.map((a) => [
          a.agencyId,
          String(a.quota),
          String(a.filled),
          String(a.shortfall),
        ]),
        { alignRight: [1, 2, 3] },
      ),
    );
  } else {
    lines.push(
      "",
      `${short.length} of ${result.agencies.length} agencies are short of their quota`,
    );
  }
  return lines.join("\n");
}
