import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readTable } from "../../src/cli/io/tables";
import { runs } from "../_support/runs";

const dir = mkdtempSync(join(tmpdir(), "peygir-table-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = [
  "id",
  "head_name",
  "national_id",
  "mobile",
  "members",
  "vulnerabilities",
  "monthly_income",
  "need_score",
  "status",
  "province",
  "county",
  "district",
  "excluded_agencies",
];

// Cells of household rows, valid and not: repeated and empty ids, blank and Arabic-letter
// names, good and bad national codes, numbers with separators or none, labels in English and
// Persian, regions with ZWNJ and Arabic kaf.
const CELLS: Readonly<Record<string, readonly string[]>> = {
  id: ["hh-1", "hh-2", "hh-۳", "", "hh-1"],
  head_name: ["خانوار نمونه 1", "علي  كريمي", "\u200c", "", "Ali"],
  national_id: ["0010350829", "۰۰۱-۰۳۵۰۸۲-۹", "0010350828", "1111111111", "", "12"],
  mobile: ["", "09123456789", "+98 912 345 6789", "0212"],
  members: ["4", "۴", "0", "1.5", "x", "", "1٬000"],
  vulnerabilities: ["", "disability", "female-headed;job-loss", "زن سرپرست|معلول", "flying"],
  monthly_income: ["", "5700000", "-1", "5٬700٬000"],
  need_score: ["", "50", "101", "۵۰"],
  status: ["", "verified", "تأییدشده", "bogus"],
  province: ["کرمان", "كرمان", "", "\u200c"],
  county: ["شهربابک", "", "شهر\u200cبابک"],
  district: ["", "مرکزی"],
  excluded_agencies: ["", "ag-1;ag-۲", ";"],
};

const row = fc.tuple(...HEADER.map((column) => fc.constantFrom(...(CELLS[column] ?? [""]))));

let files = 0;

function write(text: string): string {
  const path = join(dir, `${files++}.csv`);
  writeFileSync(path, text);
  return path;
}

describe("readTable (properties)", () => {
  it("reads a quote-free file (fast paths) as it reads the same file through csv-parse", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 12 }),
        fc.constantFrom("\r\n", "\n"),
        async (rows, eol) => {
          const body = rows.map((cells) => `${eol}${cells.join(",")}`).join("");
          // A quoted header cell (read as the same header) sends the file to csv-parse.
          const plain = await readTable(write(HEADER.join(",") + body), "households", {
            label: "h.csv",
          });
          const quoted = await readTable(
            write(`"id",${HEADER.slice(1).join(",")}${body}`),
            "households",
            {
              label: "h.csv",
            },
          );
          expect(plain).toEqual(quoted);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});
