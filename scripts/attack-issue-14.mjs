// Re-runs issue 14's attacks (an attack run on 0.1) against an installed peygir and its built
// CLI, from outside the project, as the issue's "Checked by" asks. Not part of the suite: the
// suite holds a test for each fix; this checks the packed tarball the way an attacker meets it.
//
//   npm pack && mkdir /tmp/p && cd /tmp/p && npm init -y && npm install <tarball> zod
//   node scripts/attack-issue-14.mjs /tmp/p      # prints PASS/FAIL per check; exit 1 on any FAIL
//
// It never targets a real device: --out is tried on a FIFO and a symbolic link it makes in a
// temporary directory. 0.1 failed 23 of the 28 checks.
import { execSync, spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const project = process.argv[2];
const cli = join(project, "node_modules/peygir/dist/cli.js");
// Raw control characters (not the \\u escapes peygir prints instead).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const RAW_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const ESC_OR_BEL = /[\u001b\u0007]/;
const lib = await import(join(project, "node_modules/peygir/dist/index.js"));
const dir = mkdtempSync(join(tmpdir(), "attack-"));
let failed = 0;
const check = (name, ok, detail = "") => {
  if (!ok) failed++;
  console.log(`${ok ? "PASS" : "FAIL"} ${name}${ok ? "" : `: ${detail}`}`);
};
const run = (args, env = {}) => {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 1 << 30,
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "", ms: 0 };
};
const timed = (f) => {
  const t = Date.now();
  const r = f();
  r.ms = Date.now() - t;
  return r;
};
const noStack = (r) => !/\n\s+at /.test(r.err) && !/\n\s+at /.test(r.out);
const w = (name, text) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const AG =
  "id,name,province,county,district,quota,active\r\nag-1,اداره بهزیستی,کرمان,شهربابک,,5,true\r\n";
w("ag.csv", AG);
const HH_HEAD =
  "id,head_name,national_id,mobile,members,vulnerabilities,monthly_income,need_score,status,province,county,district,excluded_agencies\r\n";
const hh = (id, name = "سرپرست", nid = "0013542419") =>
  `${id},${name},${nid},09121234567,3,,5000000,,verified,کرمان,شهربابک,,\r\n`;
const alloc = (hhFile, extra = []) =>
  run([
    "allocate",
    "--agencies",
    "ag.csv",
    "--households",
    hhFile,
    "--since",
    "1399/05/01",
    ...extra,
  ]);

// 1. stray quote in an unquoted cell; random binary
{
  const r = alloc(
    w(
      "q.csv",
      HH_HEAD +
        'hh-1,علی رضایی "بابا",0013542419,09121234567,3,,5000000,,verified,کرمان,شهربابک,,\r\n',
    ),
  );
  check(
    "1 stray quote: exit 1, no stack, no name",
    r.code === 1 && noStack(r) && !r.err.includes("رضایی"),
    r.err.slice(0, 300),
  );
  const bytes = Buffer.alloc(5000);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  writeFileSync(join(dir, "bin.csv"), bytes);
  const b = alloc("bin.csv");
  check(
    "1 binary: exit 1, no stack, short ascii-safe stderr",
    b.code === 1 && noStack(b) && b.err.length < 3000 && !RAW_CONTROL.test(b.err),
    JSON.stringify(b.err.slice(0, 300)),
  );
}
// 2. formulas
{
  const r = alloc(
    w(
      "f.csv",
      HH_HEAD +
        hh('"=HYPERLINK(""http://x"",""x"")"') +
        hh("=1+1") +
        hh("+1") +
        hh("@x") +
        hh("-2"),
    ),
  );
  check(
    "2 formula ids refused (exit 1)",
    r.code === 1 && noStack(r) && !r.err.includes("HYPERLINK"),
    r.err.slice(0, 300) + r.out.slice(0, 200),
  );
  const t = w(
    "t.csv",
    "id,agency_id,directive_id,title,issued_at,deadline,completed_at,cancelled_at,evidence\r\nt1,ag-1,d1,=1+1,2020-04-27T10:00:00+04:30,24h,,,\r\n",
  );
  const s = run(["status", "--tasks", t, "--now", "2020-05-01T10:00:00+04:30", "--format", "csv"]);
  const cells = s.out
    .split(/\r?\n/)
    .slice(1)
    .join("\n")
    .split(/[,\n]/)
    .map((c) => c.replace(/^"/, ""));
  check(
    "2 status csv: no cell starts a formula",
    s.code === 0 && !cells.some((c) => /^[=+\-@\t\r]/.test(c)),
    s.out.slice(0, 400) + s.err.slice(0, 200),
  );
}
// 3. headerless file; NULs
{
  const r = alloc(w("nh.csv", hh("hh-1", "علی رضایی") + hh("hh-2", "علی رضایی")));
  check(
    "3 no header: no data on stderr",
    r.code === 1 &&
      !r.err.includes("0013542419") &&
      !r.err.includes("09121234567") &&
      !r.err.includes("رضایی") &&
      noStack(r),
    r.err.slice(0, 300),
  );
  writeFileSync(join(dir, "nul.csv"), Buffer.alloc(100_000));
  const n = alloc("nul.csv");
  check(
    "3 NUL file: short stderr, exit 1",
    n.code === 1 && n.err.length < 5000 && noStack(n),
    `len ${n.err.length} code ${n.code}`,
  );
}
// 4. UTF-8 then a Windows-1256 row
{
  let text = HH_HEAD;
  for (let i = 1; i <= 800; i++)
    text += hh(`hh-${i}`, "سرپرست آزمایشی نمونه برای طول", "0013542419");
  const row1256 = Buffer.from([0x68, 0x68, 0x2d, 0x78, 0x2c, 0xc7, 0xe1, 0xdf, 0x2c]);
  writeFileSync(
    join(dir, "mix.csv"),
    Buffer.concat([
      Buffer.from(text),
      row1256,
      Buffer.from("0013542419,09121234567,3,,5000000,,verified,"),
    ]),
    { flag: "w" },
  );
  writeFileSync(
    join(dir, "mix.csv"),
    Buffer.concat([
      readFileSync(join(dir, "mix.csv")),
      Buffer.from([0xdf, 0xd1, 0xe3, 0xc7, 0xe4]),
      Buffer.from(",x,,\r\n"),
    ]),
  );
  const r = alloc("mix.csv");
  check(
    "4 mixed encodings: exit 1 naming a line",
    r.code === 1 && /802|line/.test(r.err) && noStack(r),
    `${r.code} ${r.err.slice(0, 300)}`,
  );
  writeFileSync(
    join(dir, "bom.csv"),
    Buffer.concat([
      Buffer.from(`\ufeff${HH_HEAD}${hh("hh-1")}`),
      Buffer.from([0x68, 0x2c, 0xc7, 0x0d, 0x0a]),
    ]),
  );
  const b = alloc("bom.csv");
  check(
    "4 BOM + 1256 byte: not 'required column id missing'",
    b.code === 1 && !/required column/.test(b.err),
    b.err.slice(0, 300),
  );
}
// 5. JSON ids normalised as CSV ids
{
  const households = [
    {
      id: "hh-۰۱",
      head: { name: "سرپرست", nationalId: "0013542419" },
      members: 3,
      monthlyIncome: 5000000,
      vulnerabilities: [],
      status: "verified",
      region: { province: "کرمان", county: "شهربابک" },
    },
  ];
  w("hh.json", JSON.stringify(households));
  w(
    "sp.csv",
    "id,agency_id,household_id,since,until,status\r\nsp-1,ag-1,hh-۰۱,1399/01/15,,active\r\n",
  );
  const r = alloc("hh.json", ["--existing", "sp.csv"]);
  check(
    "5 JSON id matches CSV id (kept)",
    r.code === 0 && /kept/.test(r.out) && !/released/.test(r.out),
    `${r.code} ${r.err.slice(0, 300)} ${r.out.slice(0, 300)}`,
  );
}
// 6. quadratic text
{
  const t = Date.now();
  lib.normalizePersian(`${"\u200c".repeat(100000)}x`);
  const ms = Date.now() - t;
  check("6 normalizePersian 100k ZWNJ < 1 s", ms < 1000, `${ms} ms`);
  const r = timed(() =>
    run(["status", "--tasks", "t.csv", "--now", `2020-05-01T10:00:00+04:30${" ".repeat(100000)}`]),
  );
  check(
    "6 --now 100k chars < 5 s, no stack",
    r.ms < 5000 && noStack(r),
    `${r.ms} ms code ${r.code}`,
  );
}
// 7. no line breaks; huge JSON (skipped: needs 512 MB)
{
  writeFileSync(join(dir, "long.csv"), HH_HEAD + "x".repeat(64 * 1024 * 1024));
  const r = timed(() => alloc("long.csv"));
  check(
    "7 64 MB line: error < 10 s, no stack",
    r.code === 1 && r.ms < 10000 && noStack(r),
    `${r.ms} ms code ${r.code} ${r.err.slice(0, 200)}`,
  );
}
// 8. --out
{
  w("ok.csv", HH_HEAD + hh("hh-1"));
  w("same.csv", HH_HEAD + hh("hh-1"));
  const sameIn = alloc("same.csv", ["--out", "./same.csv"]);
  check(
    "8 --out an input refused",
    sameIn.code !== 0 && readFileSync(join(dir, "same.csv"), "utf8").startsWith("id,head_name"),
    sameIn.err.slice(0, 200),
  );
  execSync(`mkfifo ${join(dir, "fifo")}`);
  symlinkSync("/proc/self/fd/1", join(dir, "fd1"));
  const f = alloc("ok.csv", ["--out", "fifo"]);
  check(
    "8 --out a FIFO refused",
    f.code !== 0 && statSync(join(dir, "fifo")).isFIFO(),
    f.err.slice(0, 200),
  );
  const l = alloc("ok.csv", ["--out", "fd1"]);
  check("8 --out a symlink to fd 1 refused", l.code !== 0, l.err.slice(0, 200));
  w("prev.csv", "old");
  chmodSync(join(dir, "prev.csv"), 0o600);
  const m = alloc("ok.csv", ["--out", "prev.csv"]);
  check(
    "8 --out keeps mode 0600",
    m.code === 0 && (statSync(join(dir, "prev.csv")).mode & 0o777) === 0o600,
    `${m.code} ${(statSync(join(dir, "prev.csv")).mode & 0o777).toString(8)}`,
  );
}
// 9. raw errors (samples)
{
  const raw = (f) => {
    try {
      f();
      return "returned";
    } catch (e) {
      return e instanceof lib.PeygirError ? "peygir" : `${e?.constructor?.name}: ${e?.message}`;
    }
  };
  check(
    "9 explainAllocation released:[null]",
    raw(() =>
      lib.explainAllocation({ sponsorships: [], released: [null], unassigned: [], fills: [] }, {}),
    ) !== "returned"
      ? raw(() =>
          lib.explainAllocation(
            { sponsorships: [], released: [null], unassigned: [], fills: [] },
            {},
          ),
        ) === "peygir"
      : true,
    raw(() =>
      lib.explainAllocation({ sponsorships: [], released: [null], unassigned: [], fills: [] }, {}),
    ),
  );
  const cal = lib.createWorkCalendar ? lib.createWorkCalendar() : undefined;
  if (cal && lib.addWorkingHours) {
    let res;
    try {
      res = lib.addWorkingHours(cal, 1e21, 0);
    } catch (e) {
      res = e;
    }
    check("9 addWorkingHours 1e21", res instanceof lib.PeygirError, String(res));
  }
  if (lib.scoreNeed) {
    let res;
    try {
      res = lib.scoreNeed(
        {
          id: "h",
          head: { name: "x", nationalId: "0013542419" },
          members: 3,
          monthlyIncome: 0,
          vulnerabilities: ["disability"],
          status: "verified",
          region: { province: "کرمان" },
        },
        { weights: { income: -1e308, members: 1e308, disability: 1e308 } },
      );
    } catch (e) {
      res = e;
    }
    check(
      "9 scoreNeed extreme weights JSON-safe",
      res instanceof lib.PeygirError ||
        (JSON.stringify(res) !== undefined && !JSON.stringify(res).includes("null")),
      JSON.stringify(res)?.slice(0, 200),
    );
  }
}
// 10. terminal escapes
{
  const t = w(
    "esc.csv",
    "id,agency_id,directive_id,title,issued_at,deadline,completed_at,cancelled_at,evidence\r\nt1,ag-1,d1,\u001b]0;pwned\u0007 x,2020-04-27T10:00:00+04:30,24h,,,\r\n",
  );
  const s = run(["status", "--tasks", t, "--now", "2020-05-01T10:00:00+04:30"]);
  check(
    "10 status prints no ESC/BEL",
    !ESC_OR_BEL.test(s.out + s.err),
    JSON.stringify(s.out.slice(0, 300)),
  );
}
// 11. schemas
{
  const r = lib.CalendarRegion.safeParse({ province: "کرمان", "0013542419": 1 });
  check(
    "11 CalendarRegion does not echo key",
    !JSON.stringify(r.error ?? "").includes("0013542419") &&
      !String(r.error?.message ?? "").includes("0013542419"),
    JSON.stringify(r.error?.issues),
  );
}
// 12. smaller
{
  const dup = w(
    "dup.json",
    JSON.stringify(
      Array.from({ length: 5 }, () => ({
        id: "sp-same",
        agencyId: "ag-1",
        householdId: "hh-1",
        since: "1399/01/15",
        status: "active",
      })),
    ),
  );
  const r = alloc("ok.csv", ["--existing", dup]);
  check("12 repeated existing ids refused (CLI)", r.code === 1, `${r.code} ${r.out.slice(0, 200)}`);
  const sp = Array.from({ length: 5 }, () => ({
    id: "sp-same",
    agencyId: "ag-1",
    householdId: "hh-1",
    since: "1399/01/15",
    status: "active",
  }));
  let res;
  try {
    res = lib.allocateSponsorships(
      {
        agencies: [{ id: "ag-1", name: "x", region: { province: "کرمان" } }],
        households: [
          {
            id: "hh-1",
            head: { name: "x", nationalId: "0013542419" },
            members: 3,
            monthlyIncome: 1,
            vulnerabilities: [],
            status: "verified",
            region: { province: "کرمان" },
          },
        ],
        existing: sp,
      },
      { since: "1399/05/01" },
    );
  } catch (e) {
    res = e;
  }
  check(
    "12 repeated existing ids refused (library)",
    res instanceof lib.PeygirError,
    res instanceof Error ? res.message : JSON.stringify(res).slice(0, 200),
  );
  const p = alloc("ok.csv", ["--per-agency", "3000000000"]);
  check("12 --per-agency 3e9 usage error", p.code === 2, `${p.code}`);
  w(
    "rel.csv",
    "id,agency_id,household_id,since,until,status\r\nsp-9,ag-gone,hh-1,1300/01/01,,active\r\n",
  );
  const s = alloc("ok.csv", ["--since", "1300/01/01", "--existing", "rel.csv"]);
  check(
    "12 --since 1300 no header then error",
    !(s.out.startsWith("id,") && s.code !== 0),
    `${s.code} ${s.out.slice(0, 80)} ${s.err.slice(0, 200)}`,
  );
  const orig = console.warn;
  let warned = 0;
  console.warn = () => warned++;
  const ol = console.log;
  console.log = () => warned++;
  try {
    lib.formatJalaliDate("1403/01/01", { pattern: "Y" });
  } catch {}
  console.warn = orig;
  console.log = ol;
  check("12 formatJalaliDate Y prints nothing", warned === 0, `${warned}`);
  const f = run(["report", "--demo", "--out", "r.html", "--font-url", "javascript:alert(1)"]);
  check("12 --font-url javascript: refused", f.code !== 0, `${f.code}`);
  const g = run([
    "report",
    "--demo",
    "--out",
    "r2.html",
    "--font-url",
    "https://fonts.example.org/v.woff2",
  ]);
  const html = existsSync(join(dir, "r2.html")) ? readFileSync(join(dir, "r2.html"), "utf8") : "";
  check(
    "12 CSP font-src not *",
    g.code === 0 && !/font-src[^;]*\*/.test(html) && /fonts\.example\.org/.test(html),
    `${g.code} ${(html.match(/font-src[^;"]*/) ?? [""])[0]}`,
  );
}
console.log(`${failed === 0 ? "all passed" : `${failed} failed`} (${dir})`);
process.exit(failed === 0 ? 0 : 1);
