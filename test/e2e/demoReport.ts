/**
 * The demo follow-up report: the Shahr-e Babak council of the seeds, its directives fanned
 * out to the eleven agencies, and an illustrative follow-up three weeks later. What each
 * agency did is invented but deterministic (a rule on the agency's position), so the page is
 * the same on every run.
 */
import { expandDirective } from "../../src/deadlines/index";
import type { Sponsorship, Task, WeeklyReport } from "../../src/entities/index";
import { parseJalaliDate } from "../../src/jalali/index";
import type { RenderFollowUpReportOptions } from "../../src/report/index";
import { shahrBabak } from "../../src/scenario/seeds";

/** Tuesday 1399/02/30, 11:00 in Tehran (daylight saving time: +04:30). */
export const DEMO_NOW = "2020-05-19T11:00:00+04:30";

const HOUR = 3_600_000;

function at(iso: string, hours: number): string {
  // Written with the +04:30 offset Tehran had in spring 1399.
  const ms = Date.parse(iso) + hours * HOUR + 4.5 * HOUR;
  return `${new Date(ms).toISOString().slice(0, 19)}+04:30`;
}

/** Completion of the task of agency number `a` (0-based) of a directive, in hours after issue. */
const DONE_AFTER: Readonly<Record<string, (a: number) => number | undefined>> = {
  // Seven working days: most comply, some late, two not yet.
  "sb-council-resolutions": (a) => (a % 5 === 1 ? undefined : a % 4 === 3 ? 300 : 50),
  // 24 hours: four answered in time, two late, the rest not at all.
  "sb-media-24h": (a) => (a < 4 ? 20 : a < 6 ? 40 : undefined),
  // The weekly reports are followed by the compliance chart, not by tasks.
  "sb-weekly-report": () => undefined,
  "sb-social-networks": (a) => (a % 3 === 2 ? undefined : 30),
  "sb-identify-needy": (a) => (a % 2 === 0 ? 200 : a === 5 ? undefined : 400),
  "sb-five-families": (a) => (a % 3 === 0 ? 250 : undefined),
};

function demoTasks(): Task[] {
  const agencies = shahrBabak.agencies;
  return shahrBabak.directives.flatMap((directive) =>
    expandDirective(directive, { agencies }).map((task): Task => {
      const a = agencies.findIndex((agency) => agency.id === task.agencyId);
      const hours = DONE_AFTER[directive.id]?.(a);
      return hours === undefined ? task : { ...task, completedAt: at(task.issuedAt, hours) };
    }),
  );
}

/** Weekly reports: Thursdays 1399/02/11, 02/18 and 02/25; some late, some missing. */
function demoReports(): WeeklyReport[] {
  const weeks = [
    ["1399/02/11", "2020-04-30T10:00:00+04:30"],
    ["1399/02/18", "2020-05-07T10:00:00+04:30"],
    ["1399/02/25", "2020-05-14T10:00:00+04:30"],
  ] as const;
  return shahrBabak.agencies.flatMap((agency, a) =>
    weeks.flatMap(([week, thursday], k): WeeklyReport[] => {
      if ((a + k) % 4 === 3) return [];
      const late = (a * (k + 1)) % 5 === 4;
      return [
        {
          id: `wr-${agency.id}-${k}`,
          agencyId: agency.id,
          week: parseJalaliDate(week),
          submittedAt: late ? at(thursday, 48) : thursday,
        },
      ];
    }),
  );
}

/** The seeds' sponsorships plus the families each agency took after the council. */
function demoSponsorships(): Sponsorship[] {
  const taken = new Set(shahrBabak.sponsorships.map((s) => s.householdId));
  const free = shahrBabak.households.filter((h) => !taken.has(h.id)).map((h) => h.id);
  const added: Sponsorship[] = [];
  shahrBabak.agencies.forEach((agency, a) => {
    const already = shahrBabak.sponsorships.filter(
      (s) => s.agencyId === agency.id && s.status === "active",
    ).length;
    const target = Math.min(5, already + ((a * 3) % 6));
    for (let i = already; i < target; i++) {
      const householdId = free.shift();
      if (householdId === undefined) return;
      added.push({
        id: `demo-sp-${agency.id}-${i}`,
        agencyId: agency.id,
        householdId,
        since: parseJalaliDate("1399/02/20"),
        status: "active",
      });
    }
  });
  return [...shahrBabak.sponsorships, ...added];
}

/** The input of the demo report (without locale and font). */
export function demoReportInput(): RenderFollowUpReportOptions {
  return {
    meeting: shahrBabak.council,
    directives: shahrBabak.directives,
    tasks: demoTasks(),
    agencies: shahrBabak.agencies,
    people: shahrBabak.people,
    sponsorships: demoSponsorships(),
    reports: demoReports(),
    now: DEMO_NOW,
  };
}
