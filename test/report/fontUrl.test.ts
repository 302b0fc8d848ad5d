import { describe, expect, it } from "vitest";
import { renderFollowUpReport } from "../../src/report/index";
import { errorOf } from "../_support/errorOf";
import { agencies, directives, meeting, NOW, tasks } from "./fixtures";

const input = { meeting, directives, tasks, agencies, now: NOW } as const;

function fontSrc(html: string): string | undefined {
  return /<meta http-equiv="Content-Security-Policy" content="[^"]*font-src ([^";]*)"/.exec(
    html,
  )?.[1];
}

describe("renderFollowUpReport: the font URL and the page's CSP", () => {
  it("opens font-src to the https: font's origin only, never to *", () => {
    const cases: [string, string][] = [
      ["https://cdn.example.com/fonts/Vazirmatn[wght].woff2", "data: https://cdn.example.com"],
      ["HTTPS://CDN.Example.com:8443/v.woff2?v=33#x", "data: https://cdn.example.com:8443"],
      ["https://user@fonts.example.org:443/v.woff2", "data: https://fonts.example.org"],
      ["fonts/Vazirmatn[wght].woff2", "data: 'self'"],
      ["../Vazirmatn.woff2", "data: 'self'"],
      ["/static/Vazirmatn.woff2", "data: 'self'"],
    ];
    for (const [fontUrl, src] of cases) {
      const html = renderFollowUpReport(input.meeting, { ...input, fontUrl });
      expect(fontSrc(html), fontUrl).toBe(src);
      expect(html).toContain(`src:url("${fontUrl}") format("woff2")`);
    }
    expect(fontSrc(renderFollowUpReport(input.meeting, input))).toBe("data:");
    const both = renderFollowUpReport(input.meeting, {
      ...input,
      fontUrl: "v.woff2",
      embedFontBase64: "d09G",
    });
    expect(fontSrc(both)).toBe("data:");
  });

  it("refuses a font URL of any other scheme, scheme-relative, or with unsafe characters", () => {
    for (const fontUrl of [
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:font/woff2;base64,d09G",
      "http://cdn.example.com/v.woff2",
      "file:///usr/share/fonts/v.woff2",
      "c:/fonts/v.woff2",
      "//cdn.example.com/v.woff2",
      "https://",
      'v.woff2") format("woff2"); } *{x:url(',
      "v\\.woff2",
      "",
    ]) {
      const error = errorOf(() => renderFollowUpReport(input.meeting, { ...input, fontUrl }));
      expect([error.code, error.issues[0]?.path], fontUrl).toEqual([
        "invalid_option",
        ["options", "fontUrl"],
      ]);
    }
  });
});
