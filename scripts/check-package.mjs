// Checks the packed tarball the way a user meets it: publint and attw on the .tgz, then an
// empty project that installs it and imports it from ESM and CommonJS, and a browser bundle
// of the entry that must contain no `node:` import.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".tmp", "check-package");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

function run(command, args, cwd = root) {
  console.log(`$ ${command} ${args.join(" ")}`);
  execFileSync(command, args, { cwd, stdio: "inherit" });
}

// --ignore-scripts: `npm run check` has just built dist/, and prepack's build would print
// into the JSON this reads.
const packOutput = execFileSync(
  "npm",
  ["pack", "--json", "--ignore-scripts", "--pack-destination", work],
  {
    cwd: root,
    encoding: "utf8",
  },
);
const tarball = join(work, JSON.parse(packOutput)[0].filename);
console.log(`packed ${tarball}`);

run("npx", ["publint", "run", tarball, "--strict"]);
run("npx", ["attw", tarball, "--profile", "node16"]);

// An empty project that installs the tarball (zod from the local cache when possible).
const consumer = join(work, "consumer");
mkdirSync(consumer);
const zodVersion = JSON.parse(
  readFileSync(join(root, "node_modules/zod/package.json"), "utf8"),
).version;
writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
run(
  "npm",
  ["install", "--no-audit", "--no-fund", "--prefer-offline", tarball, `zod@${zodVersion}`],
  consumer,
);
const probe = `parseJalaliDate("1397/3/21") === "1397/03/21" && toJalaliDate("2024-07-15T20:00:00Z") === "1403/04/25"`;
writeFileSync(
  join(consumer, "esm.mjs"),
  `import { parseJalaliDate, toJalaliDate } from "peygir";\nif (!(${probe})) { throw new Error("ESM import gave a wrong answer"); }\nconsole.log("ESM import ok");\n`,
);
writeFileSync(
  join(consumer, "cjs.cjs"),
  `const { parseJalaliDate, toJalaliDate } = require("peygir");\nif (!(${probe})) { throw new Error("CJS require gave a wrong answer"); }\nconsole.log("CJS require ok");\n`,
);
// The test kit (peygir/testing) from both, sharing the library's PeygirError with "peygir".
const kitProbe = `testNationalId(1) === "9990000018" && Household.parse(createTestHousehold()).head.nationalId === "9990000018" && shahrBabak.households.length === 72 && (() => { try { testNationalId(-1); } catch (error) { return error instanceof PeygirError; } })()`;
writeFileSync(
  join(consumer, "kit.mjs"),
  `import { Household, PeygirError } from "peygir";\nimport { createTestHousehold, shahrBabak, testNationalId } from "peygir/testing";\nif (!(${kitProbe})) { throw new Error("ESM peygir/testing gave a wrong answer"); }\nconsole.log("ESM peygir/testing ok");\n`,
);
writeFileSync(
  join(consumer, "kit.cjs"),
  `const { Household, PeygirError } = require("peygir");\nconst { createTestHousehold, shahrBabak, testNationalId } = require("peygir/testing");\nif (!(${kitProbe})) { throw new Error("CJS peygir/testing gave a wrong answer"); }\nconsole.log("CJS peygir/testing ok");\n`,
);
run("node", ["esm.mjs"], consumer);
run("node", ["cjs.cjs"], consumer);
run("node", ["kit.mjs"], consumer);
run("node", ["kit.cjs"], consumer);

// The test kit stays out of the main entry: no seed data in any of its builds.
for (const file of ["index.js", "index.node.js", "index.cjs"]) {
  const text = readFileSync(join(consumer, "node_modules/peygir/dist", file), "utf8");
  if (text.includes("sb-hh-") || text.includes("testNationalId")) {
    throw new Error(`dist/${file} carries the test kit (peygir/testing)`);
  }
}

// The core must bundle for a browser: no node: built-ins anywhere in the graph.
const bundle = await build({
  entryPoints: [join(consumer, "node_modules/peygir/dist/index.js")],
  bundle: true,
  platform: "browser",
  format: "esm",
  write: false,
  logLevel: "error",
  nodePaths: [join(consumer, "node_modules")],
});
const code = bundle.outputFiles[0].text;
if (/\bfrom\s*["']node:|require\(["']node:/.test(code)) {
  throw new Error("the browser bundle imports a node: module");
}
console.log(`browser bundle ok (${(code.length / 1024).toFixed(0)} KiB, no node: imports)`);
rmSync(work, { recursive: true, force: true });
