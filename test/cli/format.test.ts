import { afterEach, describe, expect, it, vi } from "vitest";
import { escapeControls } from "../../src/cli/format/escapeControls";
import { jsonText } from "../../src/cli/format/jsonText";
import { formatTable } from "../../src/cli/format/table";
import { writeData } from "../../src/cli/format/writeData";

// Every character a terminal may obey: C0, DEL, C1, the line separators, the bidi controls.
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i),
  0x2028,
  0x2029,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
].map((code) => String.fromCharCode(code));

/** The controls in `text`, but for those in `allowed`. */
function rawControls(text: string, allowed = ""): string[] {
  return [...text].filter((char) => CONTROLS.includes(char) && !allowed.includes(char));
}

describe("escapeControls", () => {
  it("follows its @example", () => {
    expect(escapeControls("\u001b]0;pwned\u0007 x")).toBe("\\u001b]0;pwned\\u0007 x");
    expect(escapeControls("a\tb\r\nc", { keepLayout: true })).toBe("a\tb\r\nc");
    expect(escapeControls("نیم‌فاصله")).toBe("نیم‌فاصله");
  });

  it("escapes every C0 and C1 control, DEL, the line separators and the bidi controls", () => {
    for (const char of CONTROLS) {
      const code = char.charCodeAt(0).toString(16).padStart(4, "0");
      expect(escapeControls(`a${char}b`)).toBe(`a\\u${code}b`);
    }
    // CSI as one C1 character, ESC [ 2 J (clear the screen), an OSC title ended by ST.
    expect(escapeControls("\u009b2J\u001b[2J\u001b]0;t\u001b\\")).toBe(
      "\\u009b2J\\u001b[2J\\u001b]0;t\\u001b\\",
    );
  });

  it("keeps the marks Persian needs (ZWNJ, ZWJ, LRM, RLM, ALM) and every printable letter", () => {
    const persian = "می‌خواهم\u200d\u200e\u200f\u061cکرمان ۱۴۰۳ – «ok» 😀";
    expect(escapeControls(persian)).toBe(persian);
  });

  it("with keepLayout keeps tab, LF and CR LF but escapes a lone CR and the rest", () => {
    expect(escapeControls("a\rb\r\nc\n\u001bd\t", { keepLayout: true })).toBe(
      "a\\u000db\r\nc\n\\u001bd\t",
    );
  });

  it("takes linear time on 100k controls (against a linear replace of the same string)", () => {
    const hostile = "\u001b".repeat(100_000);
    const time = (run: () => unknown): number => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) run();
      return performance.now() - start;
    };
    const baseline = time(() => hostile.replaceAll("\u001b", "\\u001b"));
    const escaped = time(() => escapeControls(hostile));
    // A quadratic escape of 100k characters would be thousands of times the baseline.
    expect(escaped).toBeLessThan(50 * baseline + 50);
  });
});

describe("jsonText", () => {
  it("follows its @example", () => {
    expect(jsonText({ title: "\u009b2J" })).toBe('{\n  "title": "\\u009b2J"\n}\n');
  });

  it("escapes every control in strings and parses back to the same value", () => {
    const value = { title: CONTROLS.join(""), list: [`x${CONTROLS.join("y")}`], n: -1 };
    const text = jsonText(value);
    expect(rawControls(text, "\n")).toEqual([]);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe("formatTable", () => {
  it("escapes control characters in every cell and header, one line per row", () => {
    const title = "\u001b]0;pwned\u0007 x";
    const table = formatTable(
      ["id", "title\u009b"],
      [
        ["t1", title],
        ["t2\r\n", "شناسایی\u202e نیازمندان"],
      ],
    );
    expect(rawControls(table, "\n")).toEqual([]);
    expect(table.split("\n")).toEqual([
      "id              title\\u009b",
      "--------------  -----------------------",
      "t1              \\u001b]0;pwned\\u0007 x",
      "t2\\u000d\\u000a  شناسایی\\u202e نیازمندان",
    ]);
  });

  it("pads Persian cells by their letters, not their ZWNJ or diacritics", () => {
    expect(formatTable(["a", "b"], [["می‌روم", "x"]]).split("\n")[2]).toBe("می‌روم  x");
  });

  it("formats 300,000 rows (a spread of them overflowed the call stack)", () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`t${i}`, "open"]);
    const table = formatTable(["task", "state"], rows);
    expect(table.split("\n")).toHaveLength(300_002);
    expect(table.split("\n")[1]).toBe("-------  -----");
  });
});

describe("writeData", () => {
  afterEach(() => vi.restoreAllMocks());

  function written(text: string, isTTY: boolean): string {
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const was = Object.getOwnPropertyDescriptor(process.stdout, "isTTY");
    Object.defineProperty(process.stdout, "isTTY", { value: isTTY, configurable: true });
    try {
      writeData(text);
    } finally {
      if (was === undefined) delete (process.stdout as { isTTY?: boolean }).isTTY;
      else Object.defineProperty(process.stdout, "isTTY", was);
    }
    return out;
  }

  it("escapes controls on a terminal, keeping tabs and line breaks", () => {
    const csv = 'id,title\r\nt\u001b[2J,"a\tb\nc\u009b"\r\n';
    expect(written(csv, true)).toBe('id,title\r\nt\\u001b[2J,"a\tb\nc\\u009b"\r\n');
  });

  it("writes data for a pipe or a file exactly", () => {
    const csv = "id\r\nt\u001b[2J\r\n";
    expect(written(csv, false)).toBe(csv);
  });
});
