/**
 * The report's style sheet (private): screen and print (A4) rules, and the font.
 */
import { PeygirError } from "../../errors/PeygirError";

/**
 * The font stack: Vazirmatn when embedded, referenced or installed, then fonts that carry
 * Persian glyphs on common systems (Vazir on Iranian desktops, Tahoma on Windows, Noto Naskh
 * Arabic on Linux and Android).
 */
export const FONT_STACK = 'Vazirmatn, "Vazir", Tahoma, "Noto Naskh Arabic", sans-serif';

/** Where the Vazirmatn face comes from, if anywhere. */
export interface FontSource {
  readonly fontUrl?: string;
  readonly embedFontBase64?: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
// A URL placed in a CSS string inside <style>: only the characters of RFC 3986 less the quote,
// so no quote, backslash, angle bracket or white space can break out of it.
const SAFE_URL = /^[A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]+$/;
// A URL with a scheme ("https:", "javascript:", "c:"), as opposed to a relative reference.
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/**
 * The Content-Security-Policy source that lets the page load its font from `url`, or
 * undefined when `url` is not allowed. Allowed are a relative reference (a path beside the
 * page, such as `fonts/Vazirmatn[wght].woff2`, source `'self'`) and an `https:` URL (source
 * its origin, `https://cdn.example.com`); refused are every other scheme (`javascript:`,
 * `data:` (use `embedFontBase64`), `http:`, `file:`), a scheme-relative `//host/…`, and any
 * quote, backslash, angle bracket or white space.
 */
export function fontUrlSource(url: string): string | undefined {
  if (typeof url !== "string" || !SAFE_URL.test(url)) return undefined;
  if (!SCHEME.test(url)) return url.startsWith("//") ? undefined : "'self'";
  if (!/^https:/i.test(url)) return undefined;
  try {
    const origin = new URL(url).origin;
    return /^https:\/\/[A-Za-z0-9\-.[\]:]+$/.test(origin) ? origin : undefined;
  } catch {
    return undefined;
  }
}

/** The `@font-face` rule of the font source, or "" for the system fallback. Validates it. */
export function fontFace(source: FontSource, where: string): string {
  let src: string;
  if (source.embedFontBase64 !== undefined) {
    if (!BASE64.test(source.embedFontBase64)) {
      throw new PeygirError("invalid_option", `${where}: invalid embedded font`, [
        {
          path: ["options", "embedFontBase64"],
          message: "must be the base64 text of a woff2 file",
        },
      ]);
    }
    src = `url("data:font/woff2;base64,${source.embedFontBase64}") format("woff2")`;
  } else if (source.fontUrl !== undefined) {
    if (fontUrlSource(source.fontUrl) === undefined) {
      throw new PeygirError("invalid_option", `${where}: invalid font URL`, [
        {
          path: ["options", "fontUrl"],
          message:
            "must be an https: URL or a relative path, without quotes, backslashes, angle brackets or spaces",
        },
      ]);
    }
    src = `url("${source.fontUrl}") format("woff2")`;
  } else {
    return "";
  }
  return `@font-face{font-family:Vazirmatn;src:${src};font-weight:100 900;font-style:normal;font-display:block}`;
}

/** The whole style sheet. */
export function styleSheet(source: FontSource, where: string): string {
  return `${fontFace(source, where)}
:root{--ink:#1f2933;--muted:#52606d;--line:#cbd2d9;--head:#f0f4f8;--accent:#1c5d99;--bad:#b42318;--warn:#b54708;--good:#067647;--track:#e4e7eb}
*{box-sizing:border-box}
html{font-family:${FONT_STACK};color:var(--ink);background:#fff;font-size:11pt;line-height:1.6}
body{margin:0 auto;max-width:190mm;padding:12mm 0}
h1{font-size:18pt;margin:0 0 2mm;color:var(--accent)}
h2{font-size:14pt;margin:0 0 3mm;padding-bottom:1mm;border-bottom:2px solid var(--accent);color:var(--accent)}
h3{font-size:11.5pt;margin:5mm 0 2mm}
p{margin:0 0 2mm}
.muted{color:var(--muted)}
header.meeting dl{display:grid;grid-template-columns:max-content 1fr;gap:1mm 6mm;margin:3mm 0}
header.meeting dt{color:var(--muted)}
header.meeting dd{margin:0}
.totals{display:flex;flex-wrap:wrap;gap:3mm;margin:4mm 0 0;padding:0;list-style:none}
.totals li{border:1px solid var(--line);border-radius:2mm;padding:2mm 4mm;min-width:32mm}
.totals strong{display:block;font-size:16pt}
.totals .overdue strong{color:var(--bad)}
section{margin-top:8mm}
table{width:100%;border-collapse:collapse;margin:0 0 3mm;font-size:10pt}
th,td{border:1px solid var(--line);padding:1.2mm 2mm;text-align:start;vertical-align:top}
thead th{background:var(--head)}
td.num{white-space:nowrap}
.state{white-space:nowrap;font-weight:600}
td.state-overdue{color:var(--bad)}
td.state-due-soon,td.state-done-late{color:var(--warn)}
td.state-done-on-time{color:var(--good)}
td.state-cancelled{color:var(--muted)}
tr.state-cancelled td{text-decoration:line-through;color:var(--muted)}
tr.state-overdue td{background:#fef3f2}
figure{margin:0}
figure svg{width:100%;height:auto;display:block}
figcaption{color:var(--muted);font-size:9.5pt;margin-bottom:2mm}
svg text{font-family:${FONT_STACK};font-size:12px;fill:var(--ink)}
svg .bar{fill:var(--accent)}
svg .track{fill:var(--track)}
svg .value{fill:var(--muted);font-size:11px}
.legend{display:flex;gap:5mm;font-size:9.5pt;color:var(--muted);margin:1mm 0 0}
.legend i{display:inline-block;width:3mm;height:3mm;margin-inline-end:1.5mm;vertical-align:middle}
.swatch-bar{background:var(--accent)}
.swatch-track{background:var(--track)}
.privacy{border-inline-start:3px solid var(--accent);padding-inline-start:3mm;color:var(--muted)}
@page{size:A4;margin:14mm 12mm}
@media print{
html{font-size:10pt}
body{max-width:none;padding:0}
section{margin-top:0;break-before:page}
thead{display:table-header-group}
tfoot{display:table-footer-group}
tr,figure,.totals li{break-inside:avoid}
h2,h3{break-after:avoid}
tr.state-overdue td,thead th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
}
