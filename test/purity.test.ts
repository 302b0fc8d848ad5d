import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The core (everything in src/ but the CLI) is pure and runs in browsers: it never reads the
// clock, the environment, the file system or Math.random, and never writes to the console.
// Comments and TSDoc examples are left out of the scan: they may show such calls.
const SRC = fileURLToPath(new URL("../src", import.meta.url));
const FORBIDDEN: readonly [string, RegExp][] = [
  ["the clock", /\bDate\.now\s*\(|\bnew Date\s*\(\s*\)|\bperformance\.now\s*\(/],
  ["randomness", /\bMath\.random\s*\(|\bcrypto\.getRandomValues\s*\(/],
  ["the environment or the process", /\bprocess\s*\./],
  ["node: modules", /from\s+["']node:|require\s*\(\s*["']node:/],
  ["the console", /\bconsole\s*\./],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(SRC, "cli") ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The code of a file without its comments (block comments, TSDoc and line comments). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

describe("the core outside src/cli", () => {
  const files = sourceFiles(SRC);

  it("is scanned (the walk finds the areas)", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((file) => file.includes(join("src", "cli")))).toBe(false);
  });

  for (const [what, pattern] of FORBIDDEN) {
    it(`never uses ${what}`, () => {
      const offenders = files
        .filter((file) => pattern.test(code(readFileSync(file, "utf8"))))
        .map((file) => relative(SRC, file));
      expect(offenders).toEqual([]);
    });
  }

  it("the scan catches a use (the patterns are live)", () => {
    const sample = "const t = Date.now();\nconst r = Math.random();\nprocess.env.X;\n";
    expect(FORBIDDEN.filter(([, pattern]) => pattern.test(code(sample))).length).toBe(3);
    expect(FORBIDDEN.some(([, pattern]) => pattern.test(code("// Date.now()\n")))).toBe(false);
  });
});
