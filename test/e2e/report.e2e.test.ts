/**
 * The follow-up report in a real browser: Debian's Chromium, driven by playwright-core. The
 * test fails (never skips) when Chromium is missing: `.ci/run` installs it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createWorkCalendar } from "../../src/calendar/index";
import {
  SHAHR_BABAK_FOLLOW_UP_NOW as DEMO_NOW,
  shahrBabakFollowUpReport,
} from "../../src/cli/demo/followUp";
import { getDeadlineStatus, getReportCompliance } from "../../src/deadlines/index";
import { toJalaliDate } from "../../src/jalali/index";
import { renderFollowUpReport } from "../../src/report/index";
import { toPersianDigits } from "../../src/text/index";
import {
  HOSTILE,
  NOW as HOSTILE_NOW,
  agencies as hostileAgencies,
  directives as hostileDirectives,
  meeting as hostileMeeting,
  people as hostilePeople,
  reports as hostileReports,
  sponsorships as hostileSponsorships,
  tasks as hostileTasks,
} from "../report/fixtures";

/** Debian's Chromium; PEYGIR_CHROMIUM may point elsewhere. */
const CHROMIUM = process.env.PEYGIR_CHROMIUM ?? "/usr/bin/chromium";
const ROOT = new URL("../../", import.meta.url);
const OUT = new URL(".tmp/e2e/", ROOT);
const FONT = new URL("node_modules/vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2", ROOT);
/** Set to copy the screenshot to docs/images (the committed one). */
const UPDATE_DOCS = process.env.PEYGIR_UPDATE_SCREENSHOT === "1";

// Values the chart geometry in src/report/internal/charts.ts is drawn with.
const BAR_AREA = 680 - 230 - 120 - 2 * 10;

const calendar = createWorkCalendar();
// The same data as `peygir report --demo`.
const demo = shahrBabakFollowUpReport();
const fontBase64 = readFileSync(FONT).toString("base64");

const requests: string[] = [];
const dialogs: string[] = [];

function write(name: string, html: string): URL {
  const file = new URL(name, OUT);
  writeFileSync(file, html);
  return file;
}

async function open(file: URL): Promise<Page> {
  if (browser === undefined) throw new Error(MISSING);
  const page = await browser.newPage({ viewport: { width: 900, height: 1270 } });
  page.on("request", (request) => requests.push(request.url()));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(file.href, { waitUntil: "load" });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

const MISSING = `${CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium); the browser tests fail rather than skip`;

let browser: Browser | undefined;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(CHROMIUM)) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
});

// A failing beforeEach fails each test (a failing beforeAll would only skip them).
beforeEach(() => {
  if (browser === undefined) throw new Error(MISSING);
});

afterAll(async () => {
  await browser?.close();
});

describe("the demo follow-up report in Chromium", () => {
  let page: Page;

  beforeAll(async () => {
    if (browser === undefined) return;
    const html = renderFollowUpReport(demo.meeting, { ...demo, embedFontBase64: fontBase64 });
    page = await open(write("follow-up-report-fa.html", html));
  });

  it("is a right-to-left Persian page set in the embedded Vazirmatn", async () => {
    const root = await page.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      direction: getComputedStyle(document.body).direction,
      font: document.fonts.check("16px Vazirmatn", "سلام"),
      loaded: ((): string[] => {
        const families: string[] = [];
        document.fonts.forEach((f) => {
          if (f.status === "loaded") families.push(f.family);
        });
        return families;
      })(),
      header: document.querySelector("header")?.textContent ?? "",
    }));
    expect(root.dir).toBe("rtl");
    expect(root.lang).toBe("fa");
    expect(root.direction).toBe("rtl");
    expect(root.font).toBe(true);
    expect(root.loaded).toContain("Vazirmatn");
    expect(root.header).toContain("شورای اداری شهرستان شهربابک");
    expect(root.header).toContain("۸ اردیبهشت ۱۳۹۹");
  });

  it("lists exactly the overdue tasks of the data", async () => {
    const overdue = demo.tasks.filter(
      (task) =>
        demo.directives.some((d) => d.id === task.directiveId && d.meetingId === demo.meeting.id) &&
        getDeadlineStatus(task, { now: DEMO_NOW, calendar }).state === "overdue",
    );
    expect(overdue.length).toBeGreaterThan(0);
    const rows = await page.$$eval("#overdue tbody tr", (trs) =>
      trs.map((tr) => tr.getAttribute("data-task-id")),
    );
    expect(rows).toHaveLength(overdue.length);
    expect(new Set(rows)).toEqual(new Set(overdue.map((t) => t.id)));
    const marked = await page.$$eval("#directives tr[data-state=overdue]", (trs) => trs.length);
    expect(marked).toBe(overdue.length);
  });

  it("draws one coverage bar per agency, its value the active households", async () => {
    const today = toJalaliDate(DEMO_NOW);
    const expected = new Map(
      demo.agencies.map((agency) => [
        agency.id,
        (demo.sponsorships ?? []).filter(
          (s) =>
            s.agencyId === agency.id &&
            s.status === "active" &&
            s.since <= today &&
            (s.until === undefined || s.until >= today),
        ).length,
      ]),
    );
    const bars = await page.$$eval("#sponsorship rect.bar", (rects) =>
      rects.map((r) => ({
        id: r.getAttribute("data-id") ?? "",
        value: Number(r.getAttribute("data-value")),
        max: Number(r.getAttribute("data-max")),
        width: (r as SVGRectElement).width.baseVal.value,
      })),
    );
    expect(bars).toHaveLength(demo.agencies.length);
    for (const bar of bars) {
      expect(bar.value).toBe(expected.get(bar.id));
      expect(bar.width).toBeCloseTo((bar.value / bar.max) * BAR_AREA, 1);
    }
    expect(bars.some((bar) => bar.value > 0)).toBe(true);
  });

  it("draws one compliance bar per agency, its value the on-time rate", async () => {
    const compliance = getReportCompliance(demo.agencies, {
      calendar,
      reports: demo.reports ?? [],
      from: demo.meeting.date,
      to: toJalaliDate(DEMO_NOW),
      now: DEMO_NOW,
    });
    const bars = await page.$$eval("#compliance rect.bar", (rects) =>
      rects.map((r) => ({
        id: r.getAttribute("data-id") ?? "",
        value: Number(r.getAttribute("data-value")),
        width: (r as SVGRectElement).width.baseVal.value,
      })),
    );
    expect(bars).toHaveLength(compliance.length);
    for (const c of compliance) {
      const bar = bars.find((b) => b.id === c.agencyId);
      expect(c.due).toBeGreaterThan(0);
      expect(bar?.value).toBeCloseTo(c.onTimeRate * 100, 9);
      expect(bar?.width).toBeCloseTo(c.onTimeRate * BAR_AREA, 1);
    }
  });

  it("shows no household identity", async () => {
    const text = await page.evaluate(() => document.documentElement.outerHTML);
    for (const s of demo.sponsorships ?? []) expect(text).not.toContain(s.householdId);
    expect(text).not.toContain("خانوار نمونه");
  });

  it("repeats table headers and breaks pages between sections in print", async () => {
    await page.emulateMedia({ media: "print" });
    const print = await page.evaluate(() => ({
      thead: getComputedStyle(document.querySelector("thead") as Element).display,
      breaks: Array.from(document.querySelectorAll("section")).map(
        (s) => getComputedStyle(s).breakBefore,
      ),
    }));
    await page.emulateMedia({ media: "screen" });
    expect(print.thead).toBe("table-header-group");
    expect(print.breaks).toEqual(["page", "page", "page", "page"]);
  });

  it("saves a PNG screenshot and an A4 PDF", async () => {
    const png = await page.screenshot({ fullPage: true });
    writeFileSync(new URL("follow-up-report-fa.png", OUT), png);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const top = await page.screenshot({ fullPage: false });
    writeFileSync(new URL("follow-up-report-fa-top.png", OUT), top);
    const charts = await page.locator("#sponsorship figure").screenshot();
    writeFileSync(new URL("follow-up-report-fa-charts.png", OUT), charts);
    if (UPDATE_DOCS) {
      writeFileSync(new URL("docs/images/follow-up-report-fa.png", ROOT), top);
      writeFileSync(new URL("docs/images/follow-up-report-fa-coverage.png", ROOT), charts);
    }

    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    writeFileSync(new URL("follow-up-report-fa.pdf", OUT), pdf);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    // A page break before each of the four sections after the header.
    expect(pages).toBeGreaterThanOrEqual(5);
  });

  it("renders in English left to right", async () => {
    const en = await open(
      write(
        "follow-up-report-en.html",
        renderFollowUpReport(demo.meeting, { ...demo, locale: "en" }),
      ),
    );
    const root = await en.evaluate(() => ({
      dir: document.documentElement.dir,
      lang: document.documentElement.lang,
      h1: document.querySelector("h1")?.textContent,
    }));
    expect(root).toEqual({ dir: "ltr", lang: "en", h1: "Follow-up report" });
    await en.screenshot({ path: new URL("follow-up-report-en.png", OUT).pathname, fullPage: true });
    await en.close();
  });
});

describe("a referenced font", () => {
  it("loads Vazirmatn from fontUrl beside the page", async () => {
    writeFileSync(new URL("Vazirmatn.woff2", OUT), readFileSync(FONT));
    const html = renderFollowUpReport(demo.meeting, { ...demo, fontUrl: "Vazirmatn.woff2" });
    const page = await open(write("follow-up-report-fa-linked.html", html));
    const fonts = await page.evaluate(() => {
      const loaded: string[] = [];
      document.fonts.forEach((f) => {
        if (f.status === "loaded") loaded.push(f.family);
      });
      return loaded;
    });
    await page.close();
    expect(fonts).toEqual(["Vazirmatn"]);
    expect(requests.some((url) => url.endsWith("/Vazirmatn.woff2"))).toBe(true);
  });
});

describe("hostile data in Chromium", () => {
  it("stays text: no injected element, attribute or dialog", async () => {
    const html = renderFollowUpReport(hostileMeeting, {
      directives: hostileDirectives,
      tasks: hostileTasks,
      agencies: hostileAgencies,
      people: hostilePeople,
      sponsorships: hostileSponsorships,
      reports: hostileReports,
      now: HOSTILE_NOW,
      calendar,
    });
    const page = await open(write("hostile.html", html));
    const dom = await page.evaluate(() => ({
      injected: document.querySelectorAll("script, img, iframe, object, embed, link, b").length,
      svgs: document.querySelectorAll("svg").length,
      handlers: Array.from(document.querySelectorAll("*")).flatMap((e) =>
        Array.from(e.attributes)
          .filter((a) => a.name.startsWith("on"))
          .map((a) => a.name),
      ),
      title: document.title,
      text: document.body.textContent ?? "",
      svgText: Array.from(document.querySelectorAll("svg text"))
        .map((t) => t.textContent)
        .join(" "),
    }));
    await page.close();
    expect(dom.injected).toBe(0);
    expect(dom.svgs).toBe(2);
    expect(dom.handlers).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(dom.title).toContain(toPersianDigits(HOSTILE.script));
    // The Persian page writes the data's digits in Persian.
    for (const hostile of [HOSTILE.script, HOSTILE.img, HOSTILE.entity, HOSTILE.style]) {
      expect(dom.text).toContain(toPersianDigits(hostile));
    }
    expect(dom.svgText).toContain(HOSTILE.img.slice(0, 10));
  });
});

describe("requests", () => {
  it("were only to file: and data: URLs", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !/^(file|data):/.test(url))).toEqual([]);
  });
});
