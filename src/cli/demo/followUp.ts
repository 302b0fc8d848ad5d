/**
 * What the agencies did after the meetings: completions, weekly reports and the families
 * taken under coverage. The seeds say what was decided, not what happened next, so this
 * follow-up is illustrative (invented, fixed, so the demo, `peygir report --demo` and the
 * report's browser tests show the same on every run). Part of the CLI demo; the seeds
 * themselves are the scenario of `peygir/testing` (src/testing/scenario).
 */

import type { Agency, Directive, Meeting, RenderFollowUpReportOptions, Task } from "peygir";
import {
  type AllocationResult,
  allocateSponsorships,
  expandDirective,
  WeeklyReport,
  type WeeklyReportInput,
} from "peygir";
import { qods, shahrBabak } from "../../testing/scenario/seeds";

const HOUR = 3_600_000;

/**
 * Hours after issue at which each Shahr-e Babak agency (in the seeds' order) completed each
 * directive's task; `null` when not done (yet).
 */
const SB_DONE_AFTER_HOURS: Readonly<Record<string, readonly (number | null)[]>> = {
  // 24 hours to answer citizens through the media team: two answered late, one not at all.
  "sb-media-24h": [3, 5, 20, 30, 2, 8, null, 26, 4, 12, 6],
  // Seven working days to show adherence to the council's resolutions.
  "sb-council-resolutions": [48, 96, null, 200, 150, 72, null, 120, 300, 50, 100],
  // Five working days for heads of offices to join social networks.
  "sb-social-networks": [24, 30, 50, 170, null, 26, 28, 200, 72, 30, null],
  // Identify the needy by 1399/02/22 (340.5 hours after issue, at the close of office hours).
  "sb-identify-needy": [100, 200, 250, null, 300, 150, null, 320, 180, null, 90],
  // Five families under coverage by 1399/03/03: two agencies already done.
  "sb-five-families": [200, null, null, null, null, 250, null, null, null, 330, null],
};

/** Completion of `task` after `hours`, as an ISO instant in the offset of its `issuedAt`. */
function completedAfter(task: Task, hours: number | null | undefined): Task {
  if (hours === null || hours === undefined) return task;
  const at = new Date(Date.parse(task.issuedAt) + hours * HOUR).toISOString();
  return { ...task, completedAt: at };
}

function fanOut(
  directives: readonly Directive[],
  agencies: readonly Agency[],
  doneAfter: (directive: Directive, agencyIndex: number) => number | null | undefined,
): Task[] {
  const index = new Map(agencies.map((agency, i) => [agency.id, i]));
  return directives.flatMap((directive) =>
    expandDirective(directive, { agencies }).map((task) =>
      completedAfter(task, doneAfter(directive, index.get(task.agencyId) ?? -1)),
    ),
  );
}

/** The Shahr-e Babak council's directives as tasks, with the illustrative completions. */
export function shahrBabakTasks(): Task[] {
  return fanOut(
    shahrBabak.directives,
    shahrBabak.agencies,
    (directive, i) => SB_DONE_AFTER_HOURS[directive.id]?.[i],
  );
}

/** The Quds directives as tasks: every third one still open, the others done within weeks. */
export function qodsTasks(): Task[] {
  return fanOut(qods.directives, qods.agencies, (directive, i) => {
    const n = qods.directives.indexOf(directive) + i;
    return n % 3 === 2 ? null : 20 + ((n * 37) % 11) * 24;
  });
}

/** The Thursdays the weekly report was due, as the demo counts them. */
const SB_REPORT_WEEKS = ["1399/02/11", "1399/02/18", "1399/02/25"] as const;

/**
 * How each Shahr-e Babak agency sent its weekly report, week by week: hours after 08:00 of
 * the due Thursday, or `null` for none. Office hours close at 14:30 (6.5 hours after 08:00).
 */
const SB_REPORT_AFTER_HOURS: readonly (readonly (number | null)[])[] = [
  [3, 2, 1],
  [4, 5, 2],
  [1, 3, null],
  [49, 6, 3],
  [2, null, null],
  [5, 4, 2],
  [null, null, null],
  [50, 73, null],
  [3, 2, null],
  [2, null, 1],
  [6, 5, 3],
];

/** The weekly reports the Shahr-e Babak agencies sent (Thursdays, 08:00 + hours, +04:30). */
export function shahrBabakReports(): WeeklyReportInput[] {
  const reports: WeeklyReportInput[] = [];
  shahrBabak.agencies.forEach((agency, a) => {
    SB_REPORT_WEEKS.forEach((week, w) => {
      const hours = SB_REPORT_AFTER_HOURS[a]?.[w];
      if (hours === null || hours === undefined) return;
      const eight = Date.parse(`${THURSDAYS_GREGORIAN[w]}T08:00:00+04:30`);
      reports.push({
        id: `sb-report-${agency.id}-${w + 1}`,
        agencyId: agency.id,
        week,
        submittedAt: new Date(eight + hours * HOUR).toISOString(),
      });
    });
  });
  return reports;
}

// 1399/02/11, 02/18, 02/25 are 30 April, 7 and 14 May 2020 (daylight saving time, +04:30).
const THURSDAYS_GREGORIAN = ["2020-04-30", "2020-05-07", "2020-05-14"] as const;

/** The day the Shahr-e Babak families were taken under coverage in the follow-up. */
export const SHAHR_BABAK_SPONSORED_SINCE = "1399/02/20";

/** Tuesday 1399/02/30, 11:00 in Tehran (+04:30): three weeks after the Shahr-e Babak council. */
export const SHAHR_BABAK_FOLLOW_UP_NOW = "2020-05-19T11:00:00+04:30";

/** The Shahr-e Babak allocation of `since` (five families per agency). */
export function shahrBabakAllocation(since: string): AllocationResult {
  return allocateSponsorships(
    {
      agencies: shahrBabak.agencies,
      households: shahrBabak.households,
      existing: shahrBabak.sponsorships,
    },
    { since, perAgency: shahrBabak.familiesPerAgency, scope: "county" },
  );
}

/**
 * The Shahr-e Babak follow-up report's input at {@link SHAHR_BABAK_FOLLOW_UP_NOW}: the
 * council, its tasks with the completions above, the weekly reports and the sponsorships
 * after the allocation of {@link SHAHR_BABAK_SPONSORED_SINCE} (without locale and font).
 */
export function shahrBabakFollowUpReport(): RenderFollowUpReportOptions & {
  readonly meeting: Meeting;
} {
  return {
    meeting: shahrBabak.council,
    directives: shahrBabak.directives,
    tasks: shahrBabakTasks(),
    agencies: shahrBabak.agencies,
    people: shahrBabak.people,
    sponsorships: shahrBabakAllocation(SHAHR_BABAK_SPONSORED_SINCE).sponsorships,
    reports: shahrBabakReports().map((report) => WeeklyReport.parse(report)),
    now: SHAHR_BABAK_FOLLOW_UP_NOW,
  };
}
