import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

// Every link a reader of the package meets resolves: the relative links of the README and
// the shipped pages point at files that exist and are in the tarball (package.json "files"),
// anchors name a heading of their page, and the docs pages the CLI's help names are shipped.

const ROOT = new URL("..", import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(ROOT, path), "utf8");

const files: readonly string[] = JSON.parse(read("package.json")).files;
// npm always packs these, whatever "files" says.
const ALWAYS = ["package.json", "README.md", "LICENSE"];

/** Whether `path` (relative to the root, with `/`) is in the tarball. */
function shipped(path: string): boolean {
  if (ALWAYS.includes(path)) return true;
  return files.some((entry) => {
    if (entry.includes("*")) {
      const pattern = entry.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*");
      return new RegExp(`^${pattern}$`).test(path);
    }
    return path === entry || path.startsWith(`${entry}/`);
  });
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, "")
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(path: string): Set<string> {
  const text = read(path).replace(/^```[\s\S]*?^```/gm, "");
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1] ?? "")));
}

/** The relative link targets of a Markdown page (outside code blocks). */
function linksOf(path: string): string[] {
  const text = read(path).replace(/^```[\s\S]*?^```/gm, "");
  return [...text.matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)]
    .map((match) => match[1] ?? "")
    .filter((target) => !/^[a-z]+:/i.test(target));
}

const pages = [
  "README.md",
  ...readdirSync(join(ROOT, "docs"))
    .filter((name) => name.endsWith(".md"))
    .map((name) => `docs/${name}`),
];

describe("documentation links", () => {
  it("finds the pages and their links", () => {
    expect(pages).toContain("docs/cli.md");
    expect(linksOf("README.md")).toContain("docs/cli.md");
    expect(slug("## `peygir demo`".slice(3))).toBe("peygir-demo");
  });

  for (const page of pages) {
    it(`${page} is shipped, and its relative links resolve to shipped files and headings`, () => {
      expect(shipped(page), `${page} not in package.json "files"`).toBe(true);
      const problems: string[] = [];
      for (const link of linksOf(page)) {
        const [file = "", anchor] = link.split("#");
        const target =
          file === "" ? page : relative(ROOT, normalize(join(ROOT, dirname(page), file)));
        if (!existsSync(join(ROOT, target))) problems.push(`${link}: no file ${target}`);
        else if (!shipped(target)) problems.push(`${link}: ${target} is not in the tarball`);
        else if (anchor !== undefined && target.endsWith(".md") && !anchorsOf(target).has(anchor))
          problems.push(`${link}: no heading #${anchor} in ${target}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it("names, in the CLI's help and messages, only docs pages that exist and are shipped", () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith(".ts")) sources.push(path);
      }
    };
    walk("src/cli");
    const named = new Set(
      sources.flatMap((path) => [...read(path).matchAll(/docs\/[\w.-]+\.md/g)].map((m) => m[0])),
    );
    expect(named).toContain("docs/cli.md");
    for (const path of named) {
      expect(existsSync(join(ROOT, path)), `${path} exists`).toBe(true);
      expect(shipped(path), `${path} is in package.json "files"`).toBe(true);
    }
  });
});
