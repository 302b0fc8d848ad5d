import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveHeader } from "../../src/cli/io/columns";
import { detectEncoding } from "../../src/cli/io/detectEncoding";
import { findRepeats } from "../../src/cli/io/findRepeats";
import { formatRowError } from "../../src/cli/io/InputError";
import { PlainCsvSplitter } from "../../src/cli/io/PlainCsvSplitter";
import {
  isNormalPersian,
  quickParseAgency,
  quickParseHousehold,
} from "../../src/cli/io/quickParse";
import { readCsvRecords } from "../../src/cli/io/readCsvRecords";
import { readTable } from "../../src/cli/io/tables";
import { writeAtomic } from "../../src/cli/io/writeAtomic";
import { csvCell, csvChunks, csvLine, csvLineChunks } from "../../src/cli/io/writeCsv";
import { fixture } from "./run";

// Code page 1256 bytes of the letters used below, from Microsoft's published table
// (bestfit1256.txt): an independent check on the decoder, not derived from it.
const CP1256: Readonly<Record<string, number>> = {
  ا: 0xc7,
  ب: 0xc8,
  پ: 0x81,
  ت: 0xca,
  د: 0xcf,
  ر: 0xd1,
  س: 0xd3,
  ش: 0xd4,
  ک: 0x98,
  گ: 0x90,
  ل: 0xe1,
  م: 0xe3,
  ن: 0xe4,
  ه: 0xe5,
  و: 0xe6,
  ي: 0xed,
  ی: 0xed,
  ز: 0xd2,
  آ: 0xc2,
  چ: 0x8d,
  ژ: 0x8e,
};

function encode1256(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = CP1256[char];
    if (byte === undefined) throw new Error(`no cp1256 byte for U+${code.toString(16)}`);
    return byte;
  });
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "peygir-io-"));
  dirs.push(dir);
  return dir;
}

function tempFile(name: string, bytes: Uint8Array | string): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

describe("encodings", () => {
  it("detects a UTF-8 BOM, valid UTF-8 and Windows-1256", () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe("utf-8");
    expect(detectEncoding(new TextEncoder().encode("نام,استان"))).toBe("utf-8");
    expect(detectEncoding(encode1256("نام,استان"))).toBe("windows-1256");
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x61, 0]))).toBe("utf-16le");
  });

  it("reads the same households from UTF-8, Persian-digit and Windows-1256 files", async () => {
    const english = await readTable(fixture("households.csv"), "households");
    const persian = await readTable(fixture("households-fa.csv"), "households");
    const windows = await readTable(fixture("households-1256.csv"), "households");
    for (const table of [english, persian, windows]) expect(table.errors).toEqual([]);
    expect(english.items).toHaveLength(24);
    expect(persian.items).toEqual(english.items);
    expect(windows.items).toEqual(english.items);
    expect(windows.items[0]?.head.name).toBe("سرپرست آزمایشی 1");
  });

  it("reads agencies with Persian headers, a BOM and Persian digits", async () => {
    const english = await readTable(fixture("agencies.csv"), "agencies");
    const persian = await readTable(fixture("agencies-fa-bom.csv"), "agencies");
    expect(persian.errors).toEqual([]);
    expect(persian.items).toEqual(english.items);
    expect(persian.items[0]).toEqual({
      id: "ag-edu",
      name: "اداره آموزش و پرورش",
      region: { province: "کرمان", county: "شهربابک", district: "مرکزی" },
      sponsorshipQuota: 5,
      active: true,
    });
    expect(persian.items[4]?.active).toBe(false);
  });

  it("reads a Windows-1256 file whose first 64 KiB are plain ASCII", async () => {
    const header = "id,name,province\r\n";
    const filler = Array.from({ length: 3000 }, (_, i) => `a${i},Agency ${i},Kerman\r\n`).join("");
    const bytes = new Uint8Array([
      ...encode1256(header + filler),
      ...encode1256("late,اداره بهزيستي,کرمان\r\n"),
    ]);
    const table = await readTable(tempFile("late.csv", bytes), "agencies");
    expect(table.errors).toEqual([]);
    expect(table.items.at(-1)?.name).toBe("اداره بهزیستی");
  });
  it("reads UTF-8 whose characters straddle the 1 MiB read chunks", async () => {
    const line = (i: number) => `a${i},اداره ‌نمونه ${i}،کرمان€,کرمان\r\n`;
    const body = Array.from({ length: 40_000 }, (_, i) => line(i)).join("");
    // Pad the first line until the 1 MiB boundary falls inside a multi-byte character.
    let text = "";
    for (let pad = 0; pad < 4; pad++) {
      text = `id,name,province\r\nx${"x".repeat(pad)},pad,کرمان\r\n${body}`;
      if (((new TextEncoder().encode(text)[1 << 20] ?? 0) & 0xc0) === 0x80) break;
    }
    expect((new TextEncoder().encode(text)[1 << 20] ?? 0) & 0xc0).toBe(0x80);
    const table = await readTable(tempFile("big.csv", text), "agencies");
    expect(table.errors).toEqual([]);
    expect(table.items).toHaveLength(40_001);
    expect(table.items[40_000]?.name).toBe("اداره نمونه 39999،کرمان€");
  });
});

describe("headers", () => {
  it("matches English and Persian headers, with or without ZWNJ and Arabic letters", () => {
    const header = resolveHeader("households", [
      "شناسه",
      "نام سرپرست",
      "كد ملي",
      "تعداد اعضا",
      "آسیب پذیری ها",
      "استان",
      "Notes",
    ]);
    expect(header.names).toEqual([
      "id",
      "head_name",
      "national_id",
      "members",
      "vulnerabilities",
      "province",
      undefined,
    ]);
    expect(header.missing).toEqual([]);
    expect(header.unknown).toEqual([6]);
  });

  it("reports missing required columns on line 1", async () => {
    const table = await readTable(tempFile("a.csv", "id,name\r\na,b\r\n"), "agencies", {
      label: "a.csv",
    });
    expect(table.errors.map(formatRowError)).toEqual([
      "a.csv:1: column province: required column is missing",
    ]);
  });
});

describe("invalid rows", () => {
  it("reports every problem with its line and column, never the value", async () => {
    const table = await readTable(fixture("households-broken.csv"), "households", {
      label: "households-broken.csv",
    });
    expect(table.errors.map(formatRowError)).toEqual([
      "households-broken.csv:3: column national_id: national ID check digit does not match",
      "households-broken.csv:4: column members: must be at least 1",
      expect.stringMatching(/^households-broken.csv:5: column vulnerabilities: must be one of: /),
      "households-broken.csv:5: column monthly_income: must be a number",
      expect.stringMatching(/^households-broken.csv:5: column status: must be one of: /),
      "households-broken.csv:6: column id: duplicate id (first on line 2)",
      "households-broken.csv:7: has 3 cells, the header has 13",
    ]);
    const text = table.errors.map(formatRowError).join("\n");
    const raw = readFileSync(fixture("households-broken.csv"), "utf8");
    for (const nationalId of raw.match(/\b\d{10}\b/g) ?? []) expect(text).not.toContain(nationalId);
    expect(text).not.toContain("سرپرست");
  });

  it("names a column by its Persian header in a Persian file", async () => {
    const path = tempFile(
      "h.csv",
      "شناسه,نام سرپرست,کد ملی,تعداد اعضا,استان\r\nh1,نمونه,۹۹۹۰۰۱۲۳۴۳,۳,کرمان\r\n",
    );
    const table = await readTable(path, "households", { label: "h.csv" });
    expect(table.errors.map(formatRowError)).toEqual([
      "h.csv:2: column کد ملی (national_id): national ID check digit does not match",
    ]);
  });

  it("counts lines across quoted cells that hold line breaks", async () => {
    const path = tempFile(
      "t.csv",
      'id,name,province,quota\r\na,"two\r\nlines",کرمان,1\r\nb,ok,کرمان,x\r\n',
    );
    const table = await readTable(path, "agencies", { label: "t.csv" });
    expect(table.errors.map(formatRowError)).toEqual(["t.csv:4: column quota: must be a number"]);
  });

  it("reports a broken quote as invalid CSV", async () => {
    const table = await readTable(
      tempFile("q.csv", 'id,name,province\r\na,"open,x\r\n'),
      "agencies",
      { label: "q.csv" },
    );
    expect(table.errors.map(formatRowError)).toEqual([
      'q.csv:2: column name: a quoted cell in the row that starts on this line is never closed (a quote (") is missing)',
    ]);
  });

  it("reads JSON arrays and reports element index and path", async () => {
    const path = tempFile(
      "s.json",
      JSON.stringify([
        { id: "s1", agencyId: "a", householdId: "h", since: "1399/1/5", status: "active" },
        { id: "s2", agencyId: "a", householdId: "h", since: "1399/13/1", status: "active" },
      ]),
    );
    const table = await readTable(path, "sponsorships", { label: "s.json" });
    expect(table.items).toEqual([
      { id: "s1", agencyId: "a", householdId: "h", since: "1399/01/05", status: "active" },
    ]);
    expect(table.errors.map(formatRowError)).toEqual([
      expect.stringMatching(/^s\.json\[1\]: column since: /),
    ]);
  });
});

describe("writing", () => {
  it("quotes cells as RFC 4180 does (and as csv-parse reads them back)", async () => {
    const cells = ['a "quoted" word', "comma, inside", "line\r\nbreak", "plain", 7];
    const text = [...csvChunks(["id", "name", "province", "kind", "quota"], [cells])].join("");
    expect(text.split("\r\n")[1]).toBe('"a ""quoted"" word","comma, inside","line');
    const { parse } = await import("csv-parse/sync");
    expect(parse(text, { bom: true })).toEqual([
      ["id", "name", "province", "kind", "quota"],
      ['a "quoted" word', "comma, inside", "line\r\nbreak", "plain", "7"],
    ]);
  });

  it("writes CSV in UTF-8 with a BOM and CRLF", () => {
    const text = [
      ...csvChunks(
        ["id", "نام"],
        [
          ["a", "اداره, بهزیستی"],
          ["b", undefined],
        ],
      ),
    ].join("");
    expect(text).toBe('\ufeffid,نام\r\na,"اداره, بهزیستی"\r\nb,\r\n');
  });

  it("replaces the file only when complete and leaves no temporary file on failure", async () => {
    const dir = tempDir();
    const path = join(dir, "out.csv");
    await writeAtomic(path, "old");
    async function* failing(): AsyncGenerator<string> {
      yield "partial";
      throw new Error("disk on fire");
    }
    await expect(writeAtomic(path, failing())).rejects.toThrow("disk on fire");
    expect(readFileSync(path, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["out.csv"]);
    await writeAtomic(join(dir, "new.csv"), ["a", "b"]);
    expect(readFileSync(join(dir, "new.csv"), "utf8")).toBe("ab");
    expect(existsSync(join(dir, "new.csv"))).toBe(true);
  });
});

describe("fast paths", () => {
  it("PlainCsvSplitter follows its @example", () => {
    const records: string[][] = [];
    const splitter = new PlainCsvSplitter((record) => records.push(record));
    splitter.push(Buffer.from("\ufeffid,name\r\n1,"));
    splitter.push(Buffer.from("علی\r\n\r\n2"));
    splitter.end();
    expect(records).toEqual([["id", "name"], ["1", "علی"], [""], ["2"]]);
  });

  it("PlainCsvSplitter waits for the byte after a CR before choosing the line break", () => {
    const records: [string[], number][] = [];
    const splitter = new PlainCsvSplitter((record, lines) => records.push([record, lines]));
    splitter.push(Buffer.from("a,b\r"));
    splitter.push(Buffer.from("\nc\nd\r\n"));
    splitter.end();
    // CRLF ends the records; the lone LF is part of a cell and still counts as a line.
    expect(records).toEqual([
      [["a", "b"], 1],
      [["c\nd"], 2],
    ]);
  });

  it("reads a file with a quote with csv-parse, and one without with the splitter, alike", async () => {
    const dir = tempDir();
    const quoted = join(dir, "q.csv");
    const plain = join(dir, "p.csv");
    writeFileSync(quoted, 'id,name\r\n"a",خانوار\r\n');
    writeFileSync(plain, "id,name\r\na,خانوار\r\n");
    const read = async (path: string) => {
      const records: string[][] = [];
      await readCsvRecords(path, "utf-8", (record) => records.push(record));
      return records;
    };
    expect(await read(quoted)).toEqual(await read(plain));
  });

  it("quickParseAgency, quickParseHousehold and isNormalPersian follow their @example", () => {
    expect(quickParseAgency({ id: "a1", name: "اداره  كل", active: true })).toEqual({
      id: "a1",
      name: "اداره کل",
      active: true,
    });
    expect(quickParseAgency({ id: "a1", name: "" })).toBeUndefined();
    expect(
      quickParseHousehold({
        id: "hh-1",
        head: { name: "خانوار نمونه", nationalId: "۰۰۱-۰۳۵۰۸۲-۹" },
        members: 4,
        status: "verified",
      }),
    ).toEqual({
      id: "hh-1",
      head: { name: "خانوار نمونه", nationalId: "0010350829" },
      members: 4,
      status: "verified",
    });
    expect(isNormalPersian("خانوار نمونه 12")).toBe(true);
    expect(isNormalPersian("كرمان")).toBe(false);
    expect(isNormalPersian("بخش  1")).toBe(false);
  });

  it("findRepeats follows its @example, also for values that share a hash", () => {
    expect(findRepeats(["a", "b", "a", "a"])).toEqual([
      { index: 2, first: 0 },
      { index: 3, first: 0 },
    ]);
    // "costarring" and "liquid" have the same FNV-1a hash.
    expect(findRepeats(["costarring", "liquid", "liquid", "costarring"])).toEqual([
      { index: 2, first: 1 },
      { index: 3, first: 0 },
    ]);
  });

  it("csvCell, csvLine, csvChunks and csvLineChunks follow their @example", () => {
    expect(csvCell('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvCell(7)).toBe("7");
    expect(csvCell(undefined)).toBe("");
    expect(csvLine(["a", undefined, "b, c"])).toBe('a,,"b, c"\r\n');
    expect([...csvChunks(["id", "n"], [["a", 1]])].join("")).toBe("\ufeffid,n\r\na,1\r\n");
    expect([...csvLineChunks(["id"], ["a\r\n"])].join("")).toBe("\ufeffid\r\na\r\n");
  });
});
