import { describe, expect, it } from "vitest";
import { createWorkCalendar } from "../../src/calendar/index";
import { getDeadlineStatus, getReportCompliance } from "../../src/deadlines/index";
import { renderFollowUpReport } from "../../src/report/index";
import { toPersianDigits } from "../../src/text/index";
import { errorOf } from "../_support/errorOf";
import {
  agencies,
  COVERED,
  directives,
  HOSTILE,
  meeting,
  NOW,
  OVERDUE,
  people,
  reports,
  sponsorships,
  tasks,
} from "./fixtures";
import { parseElements, textOf } from "./html";

const calendar = createWorkCalendar();
const input = {
  meeting,
  directives,
  tasks,
  agencies,
  people,
  sponsorships,
  reports,
  now: NOW,
  calendar,
} as const;

const ALLOWED = new Set([
  "html",
  "head",
  "meta",
  "title",
  "style",
  "body",
  "header",
  "h1",
  "h2",
  "h3",
  "p",
  "dl",
  "dt",
  "dd",
  "ul",
  "li",
  "strong",
  "bdi",
  "section",
  "article",
  "table",
  "thead",
  "tbody",
  "tr",
  "th",
  "td",
  "figure",
  "figcaption",
  "span",
  "i",
  "svg",
  "g",
  "rect",
  "text",
]);

function rowsOf(html: string, sectionId: string): string[] {
  const start = html.indexOf(`<section id="${sectionId}"`);
  const end = html.indexOf("</section>", start);
  return [
    ...html.slice(start, end).matchAll(/<tr class="state-[^"]*" data-task-id="([^"]*)"/g),
  ].map((m) => m[1] ?? "");
}

describe("renderFollowUpReport", () => {
  it("renders the TSDoc example", () => {
    // Input forms: a plain Jalali date literal, no attendees, agenda or `active`.
    const meeting = {
      id: "m1",
      body: { name: "شورای اداری", kind: "administrative-council" },
      session: 3,
      date: "1403/04/20",
      chairId: "governor",
      status: "held",
    } as const;
    const html = renderFollowUpReport(meeting, {
      directives: [
        {
          id: "d1",
          meetingId: "m1",
          title: "پاسخ به مطالبات",
          assignees: { agencyIds: ["edu"] },
          deadline: { type: "hours", hours: 24 },
          issuedAt: "2024-07-10T10:00:00+03:30",
        },
      ],
      tasks: [
        {
          id: "t1",
          agencyId: "edu",
          directiveId: "d1",
          title: "پاسخ به مطالبات",
          issuedAt: "2024-07-10T10:00:00+03:30",
          deadline: { type: "hours", hours: 24 },
        },
      ],
      agencies: [{ id: "edu", name: "آموزش و پرورش", region: { province: "کرمان" } }],
      now: "2024-07-14T10:00:00+03:30",
    });
    expect(html.startsWith('<!DOCTYPE html><html lang="fa" dir="rtl">')).toBe(true);
    expect(html.includes("گذشته از مهلت")).toBe(true);
    expect(html.includes("<script")).toBe(false);
  });

  it("escapes every hostile string: no injected element or attribute", () => {
    for (const locale of ["fa", "en"] as const) {
      const html = renderFollowUpReport(input.meeting, { ...input, locale });
      const elements = parseElements(html);
      const names = new Set(elements.map((e) => e.name));
      expect([...names].filter((n) => !ALLOWED.has(n))).toEqual([]);
      for (const element of elements) {
        expect(Object.keys(element.attributes).filter((a) => a.startsWith("on"))).toEqual([]);
        expect(Object.keys(element.attributes).filter((a) => a === "src" || a === "href")).toEqual(
          [],
        );
      }
      expect(html).not.toMatch(/<script|<img|<svg onload/i);
      // The hostile text is still there, as text.
      // (Persian pages write the data's digits in Persian.)
      const text = textOf(html);
      const shown = locale === "fa" ? toPersianDigits : (value: string) => value;
      for (const hostile of [HOSTILE.script, HOSTILE.img, HOSTILE.entity, HOSTILE.svg]) {
        expect(text).toContain(shown(hostile));
      }
      // "&amp;" in the data is shown as those five characters.
      expect(html).toContain("&amp;amp;");
      // The hostile title of the page is escaped too.
      expect(html).toMatch(/<title>[^<]*&lt;script&gt;/);
    }
  });

  it("is Persian, right to left, with Jalali dates and Persian digits by default", () => {
    const html = renderFollowUpReport(input.meeting, input);
    expect(html.startsWith('<!DOCTYPE html><html lang="fa" dir="rtl">')).toBe(true);
    expect(html).toContain("۲۰ تیر ۱۴۰۳، ۰۹:۰۰"); // the meeting's date and time
    expect(html).toContain("۳۰ تیر ۱۴۰۳، ۱۰:۰۰"); // as of NOW in Tehran
    expect(html).toContain("۲۱ تیر ۱۴۰۳، ۱۰:۰۰"); // the 24-hour deadline
    // No Latin digit in the visible text, not even in names from the data.
    expect(textOf(html)).not.toMatch(/[0-9]/);
    expect(textOf(html)).toContain("alert(۱)");
  });

  it("is English, left to right, with locale en", () => {
    const html = renderFollowUpReport(input.meeting, { ...input, locale: "en" });
    expect(html.startsWith('<!DOCTYPE html><html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain("20 Tir 1403, 09:00");
    expect(html).toContain("Overdue tasks");
    expect(html).toContain('<li class="overdue" data-count="3"><strong>3</strong>overdue</li>');
    expect(html).toContain("overdue by 5 working days");
    // Persian names in an English chart keep their own direction, anchored on the left.
    expect(html).toContain('x="0" y="27" direction="rtl" text-anchor="end">');
    // Persian digits appear only where the data has them.
    expect(html.replaceAll("۲۴ ساعته", "")).not.toMatch(/[۰-۹]/);
  });

  it("lists the overdue tasks first, the latest first, and counts them", () => {
    const html = renderFollowUpReport(input.meeting, input);
    const overdue = rowsOf(html, "overdue");
    expect(overdue).toHaveLength(OVERDUE);
    const late = overdue.map(
      (id) =>
        getDeadlineStatus(tasks.find((t) => t.id === id) ?? (tasks[0] as never), {
          now: NOW,
          calendar,
        }).workingDaysLate ?? -1,
    );
    expect([...late].sort((a, b) => b - a)).toEqual(late);
    expect(new Set(overdue)).toEqual(new Set(["t-24h-1", "t-24h-x", "t-date-2"]));
    expect(html).toContain('<li class="overdue" data-count="3">');
    // Directives with overdue tasks come first; in each, overdue rows first.
    const order = [...html.matchAll(/data-directive-id="([^"]*)"/g)].map((m) => m[1]);
    expect(order).toEqual(["d-24h", "d-date", "d-open", "d-weekly"]);
    const d24 = html.slice(html.indexOf('data-directive-id="d-24h"'));
    const states = [...d24.slice(0, d24.indexOf("</article>")).matchAll(/data-state="([^"]*)"/g)];
    expect(states.map((m) => m[1])).toEqual(["overdue", "overdue", "done-on-time"]);
    // Directives and tasks of other meetings are left out.
    expect(html).not.toContain("d-other-meeting");
    expect(html).not.toContain("t-other");
  });

  it("draws one coverage bar per active agency with the active count, never a household id", () => {
    const html = renderFollowUpReport(input.meeting, input);
    const section = html.slice(html.indexOf('<section id="sponsorship"'));
    const bars = [
      ...section.matchAll(/<rect class="bar"[^>]* data-id="([^"]*)" data-value="([^"]*)"/g),
    ];
    expect(
      Object.fromEntries(bars.map((m) => [(m[1] ?? "").replaceAll("&quot;", '"'), Number(m[2])])),
    ).toEqual(COVERED);
    expect(section).toContain('data-households="6"');
    expect(html).not.toContain("secret-household");
    // Quota: a2 has 3, the others the default 5.
    const tracks = [...section.matchAll(/<rect class="track"[^>]* data-value="([^"]*)"/g)];
    expect(tracks.map((m) => Number(m[1])).sort()).toEqual([3, 5, 5]);
  });

  it("draws one compliance bar per active agency with its on-time rate", () => {
    const html = renderFollowUpReport(input.meeting, input);
    const section = html.slice(
      html.indexOf('<section id="compliance"'),
      html.indexOf('<section id="sponsorship"'),
    );
    const expected = getReportCompliance(
      agencies.filter((a) => a.active),
      { calendar, reports, from: "1403/04/20", to: "1403/04/30", now: NOW },
    );
    const bars = [
      ...section.matchAll(/<rect class="bar"[^>]* data-id="([^"]*)" data-value="([^"]*)"/g),
    ];
    expect(bars).toHaveLength(3);
    for (const c of expected) {
      const bar = bars.find((m) => (m[1] ?? "").replaceAll("&quot;", '"') === c.agencyId);
      expect(Number(bar?.[2])).toBe(c.due === 0 ? 0 : c.onTimeRate * 100);
    }
  });

  it("leaves out the charts without reports or sponsorships", () => {
    const html = renderFollowUpReport(meeting, { directives, tasks, agencies, now: NOW, calendar });
    expect(html).not.toContain('id="compliance"');
    expect(html).not.toContain('id="sponsorship"');
    expect(html).not.toContain("<svg");
  });

  it("prints on A4 with page breaks between sections and repeated table headers", () => {
    const html = renderFollowUpReport(input.meeting, input);
    expect(html).toContain("@page{size:A4");
    expect(html).toContain("section{margin-top:0;break-before:page}");
    expect(html).toContain("thead{display:table-header-group}");
    expect(html.match(/<thead>/g)?.length).toBeGreaterThan(1);
  });

  it("makes no external reference and carries no script", () => {
    const html = renderFollowUpReport(input.meeting, input);
    expect(html.replaceAll('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(
      /https?:|url\(|@import/,
    );
    expect(html).toContain("default-src 'none'");
  });

  it("uses the system fonts, a referenced font or an embedded one", () => {
    expect(renderFollowUpReport(input.meeting, input)).not.toContain("@font-face");
    expect(renderFollowUpReport(input.meeting, input)).toContain(
      'font-family:Vazirmatn, "Vazir", Tahoma, "Noto Naskh Arabic", sans-serif',
    );
    const linked = renderFollowUpReport(input.meeting, {
      ...input,
      fontUrl: "fonts/Vazirmatn[wght].woff2",
    });
    expect(linked).toContain('src:url("fonts/Vazirmatn[wght].woff2") format("woff2")');
    const embedded = renderFollowUpReport(input.meeting, {
      ...input,
      embedFontBase64: "d09GMgABAAA=",
    });
    expect(embedded).toContain('url("data:font/woff2;base64,d09GMgABAAA=")');
  });

  it("does not depend on the process time zone", () => {
    // The expected strings above hold under every TZ CI runs; this pins the whole document.
    expect(renderFollowUpReport(input.meeting, input)).toBe(
      renderFollowUpReport(input.meeting, { ...input, calendar }),
    );
    expect(renderFollowUpReport(input.meeting, { ...input, now: new Date(NOW) })).toBe(
      renderFollowUpReport(input.meeting, input),
    );
  });

  it("reads a calendar without a zone (as from JSON) in Tehran time, not the process's", () => {
    // Under TZ=UTC or America/Los_Angeles (CI runs both) the "as of" clock once followed the
    // process's zone for such a calendar.
    const { timeZone: _zone, ...zoneless } = JSON.parse(JSON.stringify(calendar));
    expect(renderFollowUpReport(input.meeting, { ...input, calendar: zoneless })).toBe(
      renderFollowUpReport(input.meeting, input),
    );
  });

  it("rejects a missing meeting or list, and lists that are not arrays of objects", () => {
    const noMeeting = errorOf(() => renderFollowUpReport(null as never, input));
    expect([noMeeting.code, noMeeting.issues.map((issue) => issue.path)]).toEqual([
      "invalid_input",
      [["meeting"]],
    ]);
    const cases: [object, readonly (string | number)[]][] = [
      [{ tasks: undefined }, ["options", "tasks"]],
      [{ agencies: null }, ["options", "agencies"]],
      [{ directives: "x" }, ["options", "directives"]],
      [{ sponsorships: {} }, ["options", "sponsorships"]],
      [{ people: {} }, ["options", "people"]],
      [{ tasks: [tasks[0], null] }, ["options", "tasks", 1]],
    ];
    for (const [patch, path] of cases) {
      const error = errorOf(() =>
        renderFollowUpReport(input.meeting, { ...input, ...patch } as never),
      );
      expect([error.code, error.issues.map((issue) => issue.path)]).toEqual([
        "invalid_input",
        [path],
      ]);
    }
  });

  it("checks the meeting and the lists with their schemas, naming the path", () => {
    // Each of these once threw a raw TypeError (or `Error: unexpected deadline weeks`, with
    // the value in the message).
    const { body: _body, ...noBody } = input.meeting;
    const [first, ...others] = input.directives;
    for (const [meeting, path] of [
      [noBody, ["meeting", "body"]],
      [{ ...input.meeting, session: { toString: {} } }, ["meeting", "session"]],
    ] as const) {
      const error = errorOf(() => renderFollowUpReport(meeting as never, input));
      expect(error.code).toBe("invalid_input");
      expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
    }
    const cases: [object, readonly (string | number)[]][] = [
      [
        { directives: [{ ...first, deadline: { type: "weeks" } }, ...others] },
        ["options", "directives", 0, "deadline", "type"],
      ],
      [{ agencies: [{ ...input.agencies[0], name: 7 }] }, ["options", "agencies", 0, "name"]],
      [
        { people: [{ id: "p", name: "علی رضایی", role: { toString: {} } }] },
        ["options", "people", 0, "role"],
      ],
    ];
    for (const [patch, path] of cases) {
      const error = errorOf(() =>
        renderFollowUpReport(input.meeting, { ...input, ...patch } as never),
      );
      expect(error.code).toBe("invalid_input");
      expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
      expect(`${error.message}${JSON.stringify(error.issues)}`).not.toMatch(/weeks|علی رضایی/);
    }
    const badCalendar = errorOf(() =>
      renderFollowUpReport(input.meeting, { ...input, calendar: { weekend: "friday" } as never }),
    );
    expect([badCalendar.code, badCalendar.issues[0]?.path]).toEqual([
      "invalid_calendar",
      ["options", "calendar", "weekend"],
    ]);
    const badFrom = errorOf(() =>
      renderFollowUpReport(input.meeting, { ...input, reportsFrom: "1403/13/01" }),
    );
    expect(badFrom.issues.map((issue) => issue.path)).toEqual([["options", "reportsFrom"]]);
  });

  it("rejects options that are not an object", () => {
    for (const options of [null, undefined, "x"]) {
      const error = errorOf(() => renderFollowUpReport(input.meeting, options as never));
      expect([error.code, error.issues[0]?.path]).toEqual(["invalid_input", ["options"]]);
    }
  });

  it("rejects bad options with a PeygirError", () => {
    expect(
      errorOf(() => renderFollowUpReport(input.meeting, { ...input, locale: "de" as "en" })).code,
    ).toBe("invalid_option");
    expect(
      errorOf(() => renderFollowUpReport(input.meeting, { ...input, fontUrl: 'x"); }' })).code,
    ).toBe("invalid_option");
    expect(
      errorOf(() => renderFollowUpReport(input.meeting, { ...input, fontUrl: "</style><script>" }))
        .code,
    ).toBe("invalid_option");
    expect(
      errorOf(() => renderFollowUpReport(input.meeting, { ...input, embedFontBase64: "a<b" })).code,
    ).toBe("invalid_option");
    expect(
      errorOf(() => renderFollowUpReport(input.meeting, { ...input, perAgency: -1 })).code,
    ).toBe("invalid_option");
    expect(
      errorOf(() => renderFollowUpReport(input.meeting, { ...input, now: "yesterday" })).code,
    ).toBe("invalid_instant");
    expect(
      errorOf(() => renderFollowUpReport(input.meeting, { ...input, reportsFrom: "1403/13/01" }))
        .code,
    ).toBe("invalid_jalali_date");
  });
});
