import { mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_INSTANT_ARG_LENGTH, parseInstantArg } from "../../src/cli/instantArg";
import {
  isFieldNameLike,
  noHeaderMessage,
  resolveHeader,
  unknownColumnsMessage,
} from "../../src/cli/io/columns";
import { formatBytes, READ_LIMITS, type ReadLimits } from "../../src/cli/io/decode";
import { detectEncoding } from "../../src/cli/io/detectEncoding";
import { firstLoneSurrogate } from "../../src/cli/io/firstLoneSurrogate";
import { formatRowError } from "../../src/cli/io/InputError";
import { FORMULA_ID_MESSAGE, readId, readIdsIn } from "../../src/cli/io/readId";
import { readTable } from "../../src/cli/io/tables";
import { Utf8Transcoder } from "../../src/cli/io/Utf8Transcoder";
import { csvCell } from "../../src/cli/io/writeCsv";
import { runs } from "../_support/runs";
import { runInProcess } from "./inProcess";
import { type CliRun, fixture, peygir, prepareCli } from "./run";

const dir = mkdtempSync(join(tmpdir(), "peygir-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;

function file(name: string, content: Uint8Array | string): string {
  const path = join(dir, `${files++}-${name}`);
  writeFileSync(path, content);
  return path;
}

// A file of `bytes` bytes that takes no space (a sparse file of NULs).
function sparse(name: string, bytes: number): string {
  const path = file(name, "");
  truncateSync(path, bytes);
  return path;
}

async function problems(
  path: string,
  kind: "agencies" | "households" | "sponsorships",
  limits?: ReadLimits,
): Promise<string[]> {
  const label = path.slice(path.lastIndexOf("-") + 1);
  const table = await readTable(path, kind, { label, ...(limits ? { limits } : {}) });
  return table.errors.map(formatRowError);
}

const HOUSEHOLDS_HEADER =
  "id,head_name,national_id,mobile,members,vulnerabilities,monthly_income,need_score,status,province,county,district,excluded_agencies";

// Fictional people: a valid national code (check digit computed by hand: 0013542419).
function household(i: number, name = `سرپرست نمونه ${i}`): string {
  return `hh-${i},${name},0013542419,09121234567,3,,,,verified,کرمان,شهربابک,,`;
}

// Code page 1256 bytes of a few letters (Microsoft's bestfit1256.txt), not derived from the
// decoder under test.
const CP1256: Readonly<Record<string, number>> = { ک: 0x98, ر: 0xd1, م: 0xe3, ا: 0xc7, ن: 0xe4 };

function ascii1256(text: string): number[] {
  return [...text].map((char) => CP1256[char] ?? char.charCodeAt(0));
}

describe("invalid CSV becomes rows that quote nothing (item 1)", () => {
  it("a stray quote in an unquoted cell: line, column, our reason", async () => {
    const path = file(
      "h.csv",
      `${HOUSEHOLDS_HEADER}\r\n${household(1)}\r\n${household(2, 'علی رضایی "بابا"')}\r\n`,
    );
    const found = await problems(path, "households");
    expect(found).toEqual([
      'h.csv:3: column head_name: a quote (") inside a cell that does not start with one; put the whole cell in quotes and double the quote inside ("")',
    ]);
    for (const secret of ["علی", "بابا", "0013542419", "09121234567"]) {
      expect(found.join("\n")).not.toContain(secret);
    }
  });

  it("text after a closing quote, a quote in the header line, an unclosed quote", async () => {
    const closing = file("a.csv", 'id,name,province\r\na1,"x"y,کرمان\r\n');
    expect(await problems(closing, "agencies")).toEqual([
      'a.csv:2: column name: a quoted cell goes on after its closing quote; double a quote inside a quoted cell ("")',
    ]);
    const header = file("a.csv", 'id,na"me,province\r\na1,x,کرمان\r\n');
    expect(await problems(header, "agencies")).toEqual([
      expect.stringMatching(/^a\.csv:1: column 2: a quote \("\) inside a cell/),
    ]);
    // The row is found after thousands of others have gone through the reader.
    const rows = Array.from({ length: 5000 }, (_, i) => `a${i},x,کرمان\r\n`).join("");
    const unclosed = file("a.csv", `id,name,province\r\n${rows}a,"open,کرمان\r\nb,x,y\r\n`);
    expect(await problems(unclosed, "agencies")).toEqual([
      'a.csv:5002: column name: a quoted cell in the row that starts on this line is never closed (a quote (") is missing)',
    ]);
  });
});

describe("unknown columns and missing header lines (item 3)", () => {
  it("a file without its header line: a hint, no warning, no cell", async () => {
    const path = file("h.csv", `${household(1, "علی رضایی")}\r\n${household(2)}\r\n`);
    const table = await readTable(path, "households", { label: "h.csv" });
    const found = table.errors.map(formatRowError);
    expect(found).toEqual([
      "h.csv:1: column id: required column is missing",
      "h.csv:1: column head_name: required column is missing",
      "h.csv:1: column national_id: required column is missing",
      "h.csv:1: column members: required column is missing",
      "h.csv:1: column province: required column is missing",
      "h.csv:1: the first line looks like data, not column names: no header line? The first line must name the columns (at least id, head_name, national_id, members, province)",
    ]);
    expect(table.warnings).toEqual([]);
    for (const secret of ["hh-1", "علی", "0013542419", "09121234567", "کرمان"]) {
      expect(found.join("\n")).not.toContain(secret);
    }
  });

  it("names unknown columns by position, and by text only when it looks like a field name", async () => {
    const header = `${HOUSEHOLDS_HEADER},Notes,0013542419,توضیحات,${"x".repeat(200)},علی 2`;
    const path = file("h.csv", `${header}\r\n${household(1)},,,,,\r\n`);
    const table = await readTable(path, "households", { label: "h.csv" });
    expect(table.errors).toEqual([]);
    expect(table.warnings.map(formatRowError)).toEqual([
      'h.csv:1: ignoring 5 unknown columns: column 14 ("Notes"), column 15, column 16 ("توضیحات"), column 17, column 18',
    ]);
  });

  it("lists five unknown columns at most", () => {
    const record = ["id", ...Array.from({ length: 40 }, (_, i) => `c${i}`)];
    const positions = Array.from({ length: 40 }, (_, i) => i + 1);
    expect(unknownColumnsMessage(record, positions)).toBe(
      "ignoring 40 unknown columns: column 2, column 3, column 4, column 5, column 6 and 35 more",
    );
  });

  it("a 100 KB file of NULs and a 128 MiB one: a few short rows", async () => {
    for (const bytes of [100_000, 128 * 1024 * 1024]) {
      const table = await readTable(sparse("h.csv", bytes), "households", { label: "h.csv" });
      expect(table.warnings).toEqual([]);
      const text = table.errors.map(formatRowError).join("\n");
      expect(text.length).toBeLessThan(1000);
      expect(text).not.toContain("\u0000");
    }
  });

  it("isFieldNameLike, unknownColumnsMessage and noHeaderMessage follow their @example", () => {
    expect(isFieldNameLike("Notes")).toBe(true);
    expect(isFieldNameLike("توضیحات")).toBe(true);
    expect(isFieldNameLike("0013542419")).toBe(false);
    expect(isFieldNameLike("hh-1")).toBe(false);
    expect(unknownColumnsMessage(["id", "Notes", "x1"], [1, 2])).toBe(
      'ignoring 2 unknown columns: column 2 ("Notes"), column 3',
    );
    const first = ["ag-1", "اداره نمونه", "کرمان"];
    expect(noHeaderMessage("agencies", first, resolveHeader("agencies", first))).toBe(
      "the first line looks like data, not column names: no header line? The first line must name the columns (at least id, name, province)",
    );
    expect(
      noHeaderMessage("agencies", ["id", "name"], resolveHeader("agencies", ["id", "name"])),
    ).toBeUndefined();
  });
});

describe("one encoding per file (item 4)", () => {
  it("refuses a Windows-1256 line after 64 KiB of UTF-8, at that line", async () => {
    const utf8 = Buffer.from(
      `${HOUSEHOLDS_HEADER}\r\n${Array.from({ length: 800 }, (_, i) => `${household(i)}\r\n`).join("")}`,
    );
    expect(utf8.length).toBeGreaterThan(64 * 1024);
    const late = Uint8Array.from(ascii1256(`${household(800, "نام")}\r\n`));
    const path = file("h.csv", Buffer.concat([utf8, late]));
    expect(await problems(path, "households")).toEqual([
      "h.csv:802: is not valid UTF-8, as the lines before it are; save the whole file as UTF-8",
    ]);
  });

  it("refuses a Windows-1256 byte in a file with a UTF-8 BOM, at its line", async () => {
    const bytes = Buffer.concat([
      Buffer.from(`\ufeffid,name,province\r\na1,نام,کرمان\r\n`),
      Uint8Array.from(ascii1256("a2,نام,کرمان\r\n")),
    ]);
    expect(await problems(file("a.csv", bytes), "agencies")).toEqual([
      "a.csv:3: is not valid UTF-8, though the file starts with a UTF-8 byte-order mark; save the whole file as UTF-8",
    ]);
  });

  it("refuses half a surrogate pair in UTF-16, at its line", async () => {
    const text = "\ufeffid,name,province\r\na1,x,کرمان\r\na2,\ud800x,کرمان\r\n";
    const little = Buffer.from(text, "utf16le");
    const big = Buffer.from(little).swap16();
    for (const bytes of [little, big]) {
      expect(await problems(file("a.csv", bytes), "agencies")).toEqual([
        "a.csv:3: is not valid UTF-16 (half of a surrogate pair); save the whole file as UTF-8",
      ]);
    }
    const odd = Buffer.concat([
      Buffer.from("\ufeffid,name,province\r\na1,x,کرمان", "utf16le"),
      Buffer.from([0x41]),
    ]);
    expect(await problems(file("a.csv", odd), "agencies")).toEqual([
      "a.csv:2: is not valid UTF-16 (the file ends in half a character); save the whole file as UTF-8",
    ]);
  });

  it("still reads a Windows-1256 file, and ASCII followed by Windows-1256", async () => {
    const bytes = Uint8Array.from(
      ascii1256("id,name,province\r\na1,Agency,Kerman\r\na2,نام,کرمان\r\n"),
    );
    const table = await readTable(file("a.csv", bytes), "agencies");
    expect(table.errors).toEqual([]);
    expect(table.items.map((agency) => [agency.name, agency.region.province])).toEqual([
      ["Agency", "کرمان"],
      ["نام", "کرمان"],
    ]);
  });

  it("checks provinces against the 31 and writes them in Persian, in CSV and JSON", async () => {
    // "کرمان" saved as UTF-8 and read as Windows-1256: what a misread file gives.
    const mojibake = new TextDecoder("windows-1256").decode(Buffer.from("کرمان"));
    const csv = file(
      "a.csv",
      `id,name,province\r\na1,x,Kerman\r\na2,x,Atlantis\r\na3,x,${mojibake}\r\na4,x,كرمان\r\n`,
    );
    const table = await readTable(csv, "agencies", { label: "a.csv" });
    const reason =
      "must be one of Iran's 31 provinces, in Persian or English (کرمان, Kerman); garbled letters mean the file's encoding was misread: save it as UTF-8";
    expect(table.errors.map(formatRowError)).toEqual([
      `a.csv:3: column province: ${reason}`,
      `a.csv:4: column province: ${reason}`,
    ]);
    expect(table.items.map((agency) => agency.region)).toEqual([
      { province: "کرمان" },
      { province: "کرمان" },
    ]);
    const json = file(
      "a.json",
      JSON.stringify([
        { id: "a1", name: "x", region: { province: "razavi khorasan" } },
        { id: "a2", name: "x", region: { province: mojibake } },
      ]),
    );
    const fromJson = await readTable(json, "agencies", { label: "a.json" });
    expect(fromJson.items.map((agency) => agency.region)).toEqual([{ province: "خراسان رضوی" }]);
    expect(fromJson.errors.map(formatRowError)).toEqual([
      `a.json[1]: column region.province: ${reason}`,
    ]);
  });

  it("detectEncoding, Utf8Transcoder, firstLoneSurrogate and formatBytes follow their @example", () => {
    expect(detectEncoding(new TextEncoder().encode("نام"))).toBe("utf-8");
    expect(detectEncoding(Uint8Array.from([0xe4, 0xc7, 0xe3]))).toBe("windows-1256");
    const transcoder = new Utf8Transcoder("auto");
    const out = [
      ...transcoder.push(Uint8Array.from([0x61, 0xe4, 0xc7, 0xe3])),
      ...transcoder.end(),
    ];
    expect(Buffer.concat(out).toString()).toBe("aنام");
    expect(firstLoneSurrogate("hh-\ud800")).toBe(3);
    expect(firstLoneSurrogate("😀")).toBe(-1);
    expect([1 << 30, 500 << 20, 1 << 20, 4096, 100].map(formatBytes)).toEqual([
      "1 GiB",
      "500 MiB",
      "1 MiB",
      "4 KiB",
      "100 bytes",
    ]);
  });
});

describe("one id rule for every format (item 5, item 12)", () => {
  it("reads JSON ids as CSV ids: hh-۰۱ is hh-01 in both", async () => {
    const json = file(
      "h.json",
      JSON.stringify([
        {
          id: " hh-۰۱ ",
          head: { name: "سرپرست نمونه", nationalId: "0013542419" },
          members: 3,
          vulnerabilities: [],
          status: "verified",
          region: { province: "کرمان" },
          excludedAgencyIds: ["ag-۱"],
        },
      ]),
    );
    const csv = file(
      "h.csv",
      `${HOUSEHOLDS_HEADER}\r\nhh-۰۱,سرپرست نمونه,0013542419,,3,,,,,کرمان,,,ag-۱\r\n`,
    );
    const [fromJson, fromCsv] = await Promise.all([
      readTable(json, "households"),
      readTable(csv, "households"),
    ]);
    expect(fromJson.errors).toEqual([]);
    expect(fromJson.items[0]?.id).toBe("hh-01");
    expect(fromJson.items[0]?.excludedAgencyIds).toEqual(["ag-1"]);
    expect(fromJson.items[0]?.id).toBe(fromCsv.items[0]?.id);
    const sponsorships = file(
      "s.json",
      JSON.stringify([
        {
          id: "sp-۱",
          agencyId: "ag-۱",
          householdId: "hh-۰۱",
          since: "1399/01/01",
          status: "active",
        },
      ]),
    );
    const read = await readTable(sponsorships, "sponsorships");
    expect(read.items.map((s) => [s.id, s.agencyId, s.householdId])).toEqual([
      ["sp-1", "ag-1", "hh-01"],
    ]);
  });

  it("refuses an id that a spreadsheet would read as a formula, without quoting it", async () => {
    // The last spans two lines (a CR inside a quoted cell).
    const ids = ["=1+1", "+98", "-2", "@SUM(A1)", "\tx", ' =HYPERLINK("http://x","y")', "\rx"];
    const quoted = ids.map((id) => `"${id.replace(/"/g, '""')}",n,کرمان,\r\n`).join("");
    const csv = file("a.csv", `id,name,province,parent_id\r\n${quoted}a9,n,کرمان,=x\r\n`);
    const found = await problems(csv, "agencies");
    expect(found).toEqual([
      ...ids.map((_, i) => `a.csv:${i + 2}: column id: ${FORMULA_ID_MESSAGE}`),
      `a.csv:${ids.length + 3}: column parent_id: ${FORMULA_ID_MESSAGE}`,
    ]);
    expect(found.join("\n")).not.toMatch(/SUM|HYPERLINK|1\+1/);
    const json = file(
      "s.json",
      JSON.stringify([
        { id: "s1", agencyId: "=cmd", householdId: "h", since: "1399/01/01", status: "active" },
        { id: "s2", agencyId: "a", householdId: "h", since: "1399/01/01", status: "active" },
      ]),
    );
    expect(await problems(json, "sponsorships")).toEqual([
      `s.json[0]: column agencyId: ${FORMULA_ID_MESSAGE}`,
    ]);
    const list = file(
      "h.csv",
      `${HOUSEHOLDS_HEADER}\r\nhh-1,n,0013542419,,3,,,,,کرمان,,,ag-1;@x\r\n`,
    );
    expect(await problems(list, "households")).toEqual([
      `h.csv:2: column excluded_agencies: ${FORMULA_ID_MESSAGE}`,
    ]);
  });

  it("refuses half a surrogate pair in an id", async () => {
    const json = file(
      "s.json",
      '[{ "id": "sp-\\ud800", "agencyId": "a", "householdId": "h", "since": "1399/01/01", "status": "active" }]',
    );
    expect(await problems(json, "sponsorships")).toEqual([
      "s.json[0]: column id: is not valid Unicode text (half of a surrogate pair)",
    ]);
  });

  it("readIdsIn follows its @example, and names the path of a refused id", () => {
    expect(
      readIdsIn({ id: "hh-۰۲", excludedAgencyIds: ["ag-۱"], head: { name: "x" } }, () => {}),
    ).toEqual({ id: "hh-02", excludedAgencyIds: ["ag-1"], head: { name: "x" } });
    const refused: string[] = [];
    readIdsIn({ attendees: [{ personId: "=1" }], agencyIds: ["a", " "] }, (path, message) =>
      refused.push(`${path}: ${message}`),
    );
    expect(refused).toEqual([
      `attendees.0.personId: ${FORMULA_ID_MESSAGE}`,
      "agencyIds.1: must not be empty",
    ]);
  });

  it("readId follows its @example", () => {
    expect(readId(" hh-۰۲ ")).toEqual({ ok: true, id: "hh-02" });
    expect(readId("=1+1")).toEqual({ ok: false, message: FORMULA_ID_MESSAGE });
    expect(readId("  ")).toBeUndefined();
  });

  it("refuses every id the CSV writer would neutralise, so every id it accepts is written back as read", () => {
    for (const id of ["\uff1d1+1", " -1", "\uff20x", "\t1", "\r1", "\n1", " =x"]) {
      expect(readId(id)).toEqual({ ok: false, message: FORMULA_ID_MESSAGE });
    }
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), (text) => {
        const read = readId(text);
        if (read?.ok !== true) return;
        const cell = csvCell(read.id);
        const back = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
        expect(back).toBe(read.id);
      }),
      { numRuns: runs(2_000) },
    );
  });
});

describe("size limits (item 7)", () => {
  const small: ReadLimits = { maxFileBytes: 4096, maxRecordBytes: 64, maxJsonBytes: 256 };

  it("a record longer than the limit is refused at its line, quoted or not", async () => {
    const long = `a2,${"x".repeat(100)},کرمان`;
    const plain = file("a.csv", `id,name,province\r\na1,x,کرمان\r\n${long}\r\na3,x,کرمان\r\n`);
    const quoted = file("a.csv", `id,name,province\r\n"a1",x,کرمان\r\n${long}\r\na3,x,کرمان\r\n`);
    const endless = file("a.csv", `id,name,province\r\n${"x".repeat(3000)}`);
    for (const [path, line] of [
      [plain, 3],
      [quoted, 3],
      [endless, 2],
    ] as const) {
      expect(await problems(path, "agencies", small)).toEqual([
        `a.csv:${line}: has a row longer than 64 bytes, the most peygir reads (a file without line breaks?)`,
      ]);
    }
    // Within the limits, the same file is read.
    expect(await problems(plain, "agencies")).toEqual([]);
  });

  it("a file or JSON larger than the limit is refused before it is read", async () => {
    expect(await problems(file("a.csv", "x".repeat(5000)), "agencies", small)).toEqual([
      "a.csv: is larger than 4 KiB, the most peygir reads",
    ]);
    expect(await problems(file("s.json", `[${" ".repeat(300)}]`), "sponsorships", small)).toEqual([
      "s.json: is larger than 256 bytes, the most peygir reads",
    ]);
    // The real limits, on sparse files (nothing to read but NULs).
    expect(await problems(sparse("h.csv", READ_LIMITS.maxFileBytes + 1), "households")).toEqual([
      "h.csv: is larger than 1 GiB, the most peygir reads",
    ]);
    expect(await problems(sparse("h.json", READ_LIMITS.maxJsonBytes + 1), "households")).toEqual([
      "h.json: is larger than 500 MiB, the most peygir reads",
    ]);
  });
});

describe("files that cannot be read", () => {
  it("a path through a file, a loop of links, deep JSON: rows, not exceptions", async () => {
    const through = join(file("a.csv", "id\r\n"), "x.csv");
    expect(await problems(through, "agencies")).toEqual(["a.csv/x.csv: file not found"]);
    const loop = join(dir, "loop-a.csv");
    symlinkSync(join(dir, "loop-b.csv"), loop);
    symlinkSync(loop, join(dir, "loop-b.csv"));
    expect(await problems(loop, "agencies")).toEqual([
      "a.csv: file not found (a loop of symbolic links)",
    ]);
    const deep = file(
      "a.json",
      `[${"[".repeat(100_000)}${"]".repeat(100_000)}, {"a": ${"[".repeat(100_000)}${"]".repeat(100_000)}}]`,
    );
    const found = await problems(deep, "agencies");
    expect(found).toHaveLength(4);
    expect(found.join("\n")).not.toContain("[[");
  });
});

describe("--now (item 6)", () => {
  it("is read in time linear in its length (refused past 64 characters)", () => {
    // A run of T's made the old pattern backtrack quadratically: 6.7 s at 100,000.
    const adversarial = [
      "T".repeat(100_000),
      `1${"T".repeat(100_000)}`,
      `1${" T".repeat(50_000)}1`,
    ];
    for (const text of adversarial) {
      const baseline = median(() => [...text].reverse().join(""));
      const parse = median(() => parseInstantArg(text));
      expect(parse).toBeLessThan(20 * baseline + 1);
      expect(parseInstantArg(text)).toBeUndefined();
    }
    expect(parseInstantArg("1399/02/25 12:00")?.toISOString()).toBe("2020-05-14T07:30:00.000Z");
    expect(parseInstantArg(` ${"1399/02/25".padEnd(MAX_INSTANT_ARG_LENGTH)} `)).toBeDefined();
  });
});

// The median time of five calls of `f`, in milliseconds.
function median(f: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    f();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2] as number;
}

// The arguments of `peygir allocate` with the fixture agencies, `households` and `options`.
function allocateArgs(households: string, ...options: string[]): string[] {
  return [
    "allocate",
    "--agencies",
    fixture("agencies.csv"),
    "--households",
    households,
    ...options,
  ];
}

// `peygir allocate …` ({@link allocateArgs}) run in this process.
function allocate(households: string, ...options: string[]): Promise<CliRun> {
  return runInProcess(allocateArgs(households, ...options));
}

describe("the CLI on hostile input (spawned)", () => {
  beforeAll(prepareCli, 120_000);

  it("exits 1 with rows, no stack trace and no cell, on a stray quote, no header line or NULs", () => {
    const quote = file("h.csv", `${HOUSEHOLDS_HEADER}\r\n${household(1, 'علی رضایی "بابا"')}\r\n`);
    const noHeader = file("h.csv", `${household(1, "علی رضایی")}\r\n`);
    const nuls = sparse("h.csv", 128 * 1024 * 1024);
    for (const households of [quote, noHeader, nuls]) {
      const run = peygir(allocateArgs(households, "--since", "1399/01/01"));
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).not.toMatch(/\n\s+at |Error:|علی|0013542419/);
      expect(run.stderr).not.toContain("\u0000");
      expect(run.stderr.length).toBeLessThan(2000);
    }
  });
});

describe("the CLI on hostile input", () => {
  it("--per-agency past the largest quota is a usage error", async () => {
    const run = await allocate(
      fixture("households.csv"),
      "--since",
      "1399/01/01",
      "--per-agency",
      "3000000000",
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--per-agency must be a whole number from 0 to 2147483647");
  });

  it("--since 1300/01/01 with a released sponsorship writes the whole CSV, not a header and an error", async () => {
    const existing = file(
      "s.csv",
      "id,agency_id,household_id,since,status\r\nsp-x,ag-old,hh-01,1300/01/01,active\r\n",
    );
    const run = await allocate(
      fixture("households.csv"),
      "--existing",
      existing,
      "--since",
      "1300/01/01",
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("sp-x,ag-old,hh-01,1300/01/01,1300/01/01,ended,released,");
  });

  it("a JSON household hh-۰۱ keeps its sponsorship from CSV", async () => {
    const households = file(
      "h.json",
      JSON.stringify([
        {
          id: "hh-۰۱",
          head: { name: "سرپرست نمونه", nationalId: "0013542419" },
          members: 3,
          vulnerabilities: [],
          status: "verified",
          region: { province: "کرمان", county: "شهربابک" },
        },
      ]),
    );
    const existing = file(
      "s.csv",
      "id,agency_id,household_id,since,status\r\nsp-1,ag-edu,hh-۰۱,1399/01/01,active\r\n",
    );
    const run = await allocate(households, "--existing", existing, "--since", "1399/06/01");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("sp-1,ag-edu,hh-01,1399/01/01,,active,kept,");
  });

  it("a 100,000-character --now is refused as a usage error in about the time of a short one", async () => {
    const timed = async (now: string) => {
      const started = performance.now();
      const run = await runInProcess(["status", "--tasks", fixture("tasks.csv"), "--now", now]);
      return { code: run.code, ms: performance.now() - started };
    };
    await timed("1399/02/25"); // loads the commands
    const short = await timed("1399/02/25");
    const long = await timed("T".repeat(100_000));
    expect(short.code).toBe(0);
    expect(long.code).toBe(2);
    // A short run reads and checks the tasks file; the old pattern added seconds (6.7 s at
    // 100,000 characters) to the long one.
    expect(long.ms).toBeLessThan(5 * short.ms + 100);
  });
});
