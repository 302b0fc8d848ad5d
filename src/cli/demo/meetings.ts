import type { Meeting } from "../../entities/Meeting";
import type { Person, PersonRole } from "../../entities/Person";
import { formatJalaliDate } from "../../jalali/formatJalaliDate";
import { getJalaliWeekday } from "../../jalali/getJalaliWeekday";
import { qods, shahrBabak } from "../../testing/scenario/seeds";
import { type DemoLang, type DemoSection, ROLE_LABELS, say } from "./labels";

const STATUS = {
  present: { en: "present", fa: "حاضر" },
  absent: { en: "absent", fa: "غایب" },
  excused: { en: "excused", fa: "مرخصی" },
} as const;

/** The Quds and Shahr-e Babak meetings: body, session, date, chair, attendees by role. */
export function meetingsSection(lang: DemoLang): DemoSection {
  const people = new Map<string, Person>(
    [...qods.people, ...shahrBabak.people].map((person) => [person.id, person]),
  );
  const meetings: [Meeting, string][] = [
    [qods.headquartersThirdSession, say(lang, { en: "Quds county", fa: "شهرستان قدس" })],
    [qods.jointCouncilSecondSession, say(lang, { en: "Quds county", fa: "شهرستان قدس" })],
    [shahrBabak.council, say(lang, { en: "Shahr-e Babak county", fa: "شهرستان شهربابک" })],
  ];
  return {
    title: { en: "Meetings", fa: "جلسه‌ها" },
    body: meetings
      .map(([meeting, place]) => meetingBlock(lang, meeting, place, people))
      .join("\n\n"),
  };
}

function meetingBlock(
  lang: DemoLang,
  meeting: Meeting,
  place: string,
  people: ReadonlyMap<string, Person>,
): string {
  const name = (id: string): string => people.get(id)?.name ?? id;
  const role = (id: string): string => {
    const person = people.get(id);
    return person === undefined ? "" : say(lang, ROLE_LABELS[person.role]);
  };
  const date =
    lang === "fa"
      ? formatJalaliDate(meeting.date, { pattern: "EEEE d MMMM yyyy", digits: "persian" })
      : `${meeting.date} (${getJalaliWeekday(meeting.date)})`;
  const lines = [
    `${place}: ${meeting.body.name}`,
    `  ${say(lang, { en: "session", fa: "جلسه" })}: ${meeting.session}   ${say(lang, { en: "date", fa: "تاریخ" })}: ${date}${meeting.startTime !== undefined ? ` ${meeting.startTime}` : ""}`,
  ];
  if (meeting.location !== undefined) {
    lines.push(`  ${say(lang, { en: "place", fa: "محل" })}: ${meeting.location}`);
  }
  lines.push(
    `  ${say(lang, { en: "chair", fa: "رئیس جلسه" })}: ${name(meeting.chairId)} (${role(meeting.chairId)})`,
  );

  // Attendees grouped by role, in the order roles first appear.
  const byRole = new Map<PersonRole | "unknown", string[]>();
  for (const attendee of meeting.attendees) {
    const person = people.get(attendee.personId);
    const key = person?.role ?? "unknown";
    const status = attendee.status === "present" ? "" : ` (${say(lang, STATUS[attendee.status])})`;
    const proxy =
      attendee.onBehalfOf !== undefined
        ? ` ${say(lang, { en: "for", fa: "به نمایندگی از" })} ${name(attendee.onBehalfOf)}`
        : "";
    const list = byRole.get(key) ?? [];
    list.push(`${name(attendee.personId)}${status}${proxy}`);
    byRole.set(key, list);
  }
  lines.push(`  ${say(lang, { en: "attendees by role", fa: "حاضران بر حسب نقش" })}:`);
  for (const [key, names] of byRole) {
    const label = key === "unknown" ? "?" : say(lang, ROLE_LABELS[key]);
    if (names.length === 1) lines.push(`    ${label}: ${names[0]}`);
    else lines.push(`    ${label} (${names.length}):`, ...names.map((n) => `      - ${n}`));
  }
  return lines.join("\n");
}

/** Indents every line of `text` by two spaces. */
export function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => (line === "" ? line : `  ${line}`))
    .join("\n");
}
