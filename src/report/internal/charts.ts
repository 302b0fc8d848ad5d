/**
 * Inline SVG bar charts (private): one horizontal bar per row, drawn from the start edge of
 * the page (the right in Persian, the left in English), so the chart reads like the text.
 */
import { esc, type Html } from "./escape";

/** One bar. */
export interface Bar {
  /** The id of what the bar measures (an agency id), written to `data-id`. */
  readonly id: string;
  /** The row's label. */
  readonly label: string;
  /** The bar's value, from 0 to `max`. */
  readonly value: number;
  /** The value of a full track behind the bar (the quota), if any. */
  readonly track?: number;
  /** The text written after the bar. */
  readonly valueText: string;
}

/** A chart. */
export interface BarChart {
  /** An accessible name of the chart. */
  readonly title: string;
  /** The value of the whole width. */
  readonly scaleMax: number;
  /** The rows, in order. */
  readonly bars: readonly Bar[];
  /** The writing direction of the page. */
  readonly dir: "rtl" | "ltr";
}

const WIDTH = 680;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 120;
const GAP = 10;
const ROW = 30;
const BAR = 16;
const PAD = 8;
const MAX_LABEL = 34;

function fixed(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function clip(label: string): string {
  const chars = [...label];
  return chars.length <= MAX_LABEL ? label : `${chars.slice(0, MAX_LABEL - 1).join("")}…`;
}

// The first strong character: Hebrew, Arabic (Persian) and their presentation forms are
// right to left; Latin letters left to right.
const STRONG = /[A-Za-z\u00c0-\u024f\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** The direction of a text by its first strong character, `fallback` when it has none. */
function directionOf(text: string, fallback: "rtl" | "ltr"): "rtl" | "ltr" {
  const strong = STRONG.exec(text)?.[0];
  if (strong === undefined) return fallback;
  return RTL.test(strong) ? "rtl" : "ltr";
}

/** The attributes that set a label in its own direction at the chart's start edge. */
function labelDirection(label: string, dir: "rtl" | "ltr"): string {
  // A label written the other way round keeps its own direction (so a clipped name ends in
  // "…" at its own end) and is anchored at its end, which then lies on the chart's start side.
  return directionOf(label, dir) === dir
    ? ""
    : ` direction="${dir === "rtl" ? "ltr" : "rtl"}" text-anchor="end"`;
}

/**
 * The chart as an `<svg>` element. Bars are `rect.bar` with `data-id`, `data-value` and
 * `data-max` (the scale's maximum); tracks are `rect.track`.
 */
export function barChart(chart: BarChart): Html {
  const rtl = chart.dir === "rtl";
  // Positions are computed from the start edge, then mirrored for right-to-left pages.
  const x = (fromStart: number, length = 0): number =>
    rtl ? WIDTH - fromStart - length : fromStart;
  const area = WIDTH - LABEL_WIDTH - VALUE_WIDTH - 2 * GAP;
  const scale = chart.scaleMax > 0 ? area / chart.scaleMax : 0;
  const barStart = LABEL_WIDTH + GAP;
  const height = chart.bars.length * ROW + 2 * PAD;
  const rows = chart.bars.map((bar, i) => {
    const top = PAD + i * ROW;
    const barTop = top + (ROW - BAR) / 2;
    const baseline = top + ROW / 2 + 4;
    const length = Math.max(0, Math.min(bar.value, chart.scaleMax)) * scale;
    const trackLength = bar.track === undefined ? 0 : Math.min(bar.track, chart.scaleMax) * scale;
    const end = Math.max(length, trackLength);
    const parts = [
      `<g class="row" data-id="${esc(bar.id)}">`,
      `<title>${esc(bar.label)}: ${esc(bar.valueText)}</title>`,
      `<text class="label" x="${fixed(x(0))}" y="${baseline}"${labelDirection(bar.label, chart.dir)}>${esc(clip(bar.label))}</text>`,
    ];
    if (bar.track !== undefined) {
      parts.push(
        `<rect class="track" x="${fixed(x(barStart, trackLength))}" y="${barTop}" width="${fixed(trackLength)}" height="${BAR}" data-value="${bar.track}"/>`,
      );
    }
    parts.push(
      `<rect class="bar" x="${fixed(x(barStart, length))}" y="${barTop}" width="${fixed(length)}" height="${BAR}" data-id="${esc(bar.id)}" data-value="${bar.value}" data-max="${chart.scaleMax}"/>`,
      `<text class="value" x="${fixed(x(barStart + end + 6))}" y="${baseline}">${esc(bar.valueText)}</text>`,
      "</g>",
    );
    return parts.join("");
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(chart.title)}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" direction="${chart.dir}" text-anchor="start">${rows.join("")}</svg>`;
}
