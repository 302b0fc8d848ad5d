import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { COLUMNS } from "../../src/cli/io/columns";
import type { RowError } from "../../src/cli/io/InputError";
import { readTable } from "../../src/cli/io/tables";
import { fuzzRuns } from "../_support/runs";

const dir = mkdtempSync(join(tmpdir(), "peygir-hostile-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const KINDS = ["households", "agencies", "sponsorships"] as const;
type Kind = (typeof KINDS)[number];

// A hundred runs each in CI; PEYGIR_FUZZ_RUNS=10000 (or PEYGIR_PROPERTY_RUNS=100) for a longer
// hunt (test/_support/runs.ts).
const RUNS = fuzzRuns(100);

// A message may not hold any run of this many characters of the data.
const ECHO = 6;

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]] as const;

// Text that trips CSV readers: quotes in and around cells, commas, every line break, cells
// that look like ids, names, Persian and Arabic letters, control characters, lone surrogates.
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '""', ",", "\n", "\r\n", "\r", "\t", "\u0000", "=1+1", "کرمان", "كرمان"),
      fc.constantFrom("\ud800", "\udc00", "😀", "\u200c", "\ufeff"),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 8 }),
    ),
    { maxLength: 150 },
  )
  .map((pieces) => pieces.join(""));

let files = 0;

async function readHostile(
  kind: Kind,
  header: boolean,
  bom: readonly number[],
  data: Uint8Array,
): Promise<{ errors: RowError[]; warnings: RowError[] }> {
  const head = header ? Buffer.from(`${COLUMNS[kind].map((c) => c.name).join(",")}\r\n`) : [];
  const path = join(dir, `${files++}.csv`);
  writeFileSync(path, Uint8Array.from([...bom, ...head, ...data]));
  const table = await readTable(path, kind, { label: "in.csv" });
  return { errors: table.errors, warnings: table.warnings };
}

// Each way the reader may have decoded the data.
function decodings(data: Uint8Array): string[] {
  const buffer = Buffer.from(data);
  return [
    buffer.toString("utf8"),
    buffer.toString("latin1"),
    new TextDecoder("windows-1256").decode(buffer),
    buffer.toString("utf16le"),
    Buffer.from(buffer.subarray(0, buffer.length - (buffer.length % 2)))
      .swap16()
      .toString("utf16le"),
  ];
}

// C0 and C1 control characters: raw bytes of the file would show as these.
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
}

function expectNoEcho(problems: readonly RowError[], data: Uint8Array): void {
  const texts = decodings(data);
  for (const problem of problems) {
    expect(problem.file).toBe("in.csv");
    for (const said of [problem.message, problem.column ?? ""]) {
      expect([...said].some(isControl)).toBe(false);
      expect(said.length).toBeLessThan(300);
      for (let i = 0; i + ECHO <= said.length; i++) {
        const run = said.slice(i, i + ECHO);
        for (const text of texts)
          expect(text.includes(run), `echoes ${JSON.stringify(run)}`).toBe(false);
      }
    }
  }
}

describe("reading hostile files (properties)", () => {
  it("any bytes: the table is read or refused with rows that quote nothing of it", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS),
        fc.boolean(),
        fc.constantFrom(...BOMS),
        fc.uint8Array({ maxLength: 3000 }),
        async (kind, header, bom, data) => {
          const { errors, warnings } = await readHostile(kind, header, bom, data);
          expectNoEcho([...errors, ...warnings], data);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("any text with quotes, commas and line breaks, in UTF-8: the same", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS),
        fc.boolean(),
        hostileText,
        async (kind, header, text) => {
          const data = Buffer.from(text, "utf8");
          const { errors, warnings } = await readHostile(kind, header, [], data);
          expectNoEcho([...errors, ...warnings], data);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
