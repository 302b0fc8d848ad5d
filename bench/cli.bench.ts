/**
 * The CLI at scale: `peygir allocate` on 200,000 agencies and 1,000,000 households in CSV
 * (issue 6: under 15 s on the project machine). Runs the built `dist/cli.js` as a process, as a
 * user would; run `npm run build` first. The input files are generated once into the system
 * temporary directory (about 155 MB) and reused.
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Vulnerability } from "../src/entities/Household";
import { IranProvince } from "../src/entities/IranProvince";
import { mulberry32 } from "../src/internal/mulberry32";
import { nationalIdCheckDigit } from "../src/text/internal/nationalId";

const AGENCIES = 200_000;
const HOUSEHOLDS = 1_000_000;
const COUNTIES = 400;
const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
// v2: real province names (the CLI checks provinces against the 31 since issue 14).
const DIR = join(tmpdir(), "peygir-cli-bench-v2");

// The 31 provinces, as the files name them; county c lies in province c % 31.
const PROVINCES = IranProvince.out.options;

const VULNERABILITIES = Vulnerability.options;

// A fictional national code: nine digits and their check digit.
function nationalId(n: number): string {
  const nine = String(n).padStart(9, "0");
  return `${nine}${nationalIdCheckDigit(nine)}`;
}

async function writeCsv(path: string, header: string, count: number, row: (i: number) => string) {
  const out = createWriteStream(path);
  out.write(`\ufeff${header}\r\n`);
  let batch: string[] = [];
  for (let i = 0; i < count; i++) {
    batch.push(row(i));
    if (batch.length === 10_000) {
      if (!out.write(`${batch.join("\r\n")}\r\n`)) {
        await new Promise<void>((resolve) => out.once("drain", () => resolve()));
      }
      batch = [];
    }
  }
  if (batch.length > 0) out.write(`${batch.join("\r\n")}\r\n`);
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function generate(): Promise<void> {
  if (existsSync(join(DIR, "households.csv"))) return;
  mkdirSync(DIR, { recursive: true });
  const next = mulberry32(1399);
  await writeCsv(
    join(DIR, "agencies.csv"),
    "شناسه,نام,استان,شهرستان,بخش,سهمیه,فعال",
    AGENCIES,
    (i) => {
      const county = i % COUNTIES;
      return `ag-${i},اداره شماره ${i},${PROVINCES[county % 31]},شهرستان ${county},بخش ${i % 4},,بله`;
    },
  );
  await writeCsv(
    join(DIR, "households.csv"),
    "id,head_name,national_id,mobile,members,vulnerabilities,monthly_income,need_score,status,province,county,district,excluded_agencies",
    HOUSEHOLDS,
    (i) => {
      const county = Math.floor(next() * COUNTIES);
      const a = VULNERABILITIES[i % 10];
      const b = VULNERABILITIES[(i * 7 + 3) % 10];
      const list = a === b ? a : `${a};${b}`;
      const members = 1 + Math.floor(next() * 7);
      const income = Math.floor(next() * 300) * 100_000;
      return `hh-${i},خانوار نمونه ${i},${nationalId(100_000_000 + i)},,${members},${list},${income},,verified,${PROVINCES[county % 31]},شهرستان ${county},بخش ${i % 4},`;
    },
  );
}

/** Prints the run as a Markdown table for BENCHMARKS.md. */
export async function run(): Promise<void> {
  if (!existsSync(CLI)) throw new Error("bench/cli.bench.ts: run `npm run build` first");
  await generate();
  const out = join(DIR, "sponsorships.csv");
  rmSync(out, { force: true });
  const started = performance.now();
  const result = spawnSync(
    process.execPath,
    [
      CLI,
      "allocate",
      "--agencies",
      join(DIR, "agencies.csv"),
      "--households",
      join(DIR, "households.csv"),
      "--since",
      "1404/01/15",
      "--out",
      out,
    ],
    { encoding: "utf8", maxBuffer: 1 << 26 },
  );
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`peygir allocate failed: ${result.stderr}`);
  const mb = (file: string) => (statSync(join(DIR, file)).size / 1e6).toFixed(0);
  console.log("| task | input | output | time |");
  console.log("|---|---|---|---|");
  console.log(
    `| \`peygir allocate\`, ${AGENCIES.toLocaleString("en-US")} agencies × ${HOUSEHOLDS.toLocaleString("en-US")} households, CSV | ${mb("agencies.csv")} + ${mb("households.csv")} MB | ${mb("sponsorships.csv")} MB | ${seconds.toFixed(1)} s |`,
  );
}
