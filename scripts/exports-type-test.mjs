// Writes test/exports.test-d.ts from src/index.ts and src/testing/index.ts with the TypeScript
// compiler API: every exported type by name, and the value exports as a union of names.
// Run after changing the public API: `node scripts/exports-type-test.mjs`, then review the diff.
import { writeFileSync } from "node:fs";
import ts from "typescript";

const program = ts.createProgram(["src/index.ts", "src/testing/index.ts"], {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  paths: { peygir: ["./src/index.ts"] },
  baseUrl: ".",
});
const checker = program.getTypeChecker();

function exportsOf(file) {
  const source = program.getSourceFile(file);
  const symbol = checker.getSymbolAtLocation(source);
  const types = [];
  const values = [];
  for (const exported of checker.getExportsOfModule(symbol)) {
    const target =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const name = exported.getName();
    if (target.flags & ts.SymbolFlags.Value) values.push(name);
    if (target.flags & ts.SymbolFlags.Type) {
      const declaration = target.declarations?.[0];
      const params =
        declaration && "typeParameters" in declaration ? declaration.typeParameters : undefined;
      const required = params?.filter((p) => p.default === undefined).length ?? 0;
      types.push(required > 0 ? `${name}<${Array(required).fill("unknown").join(", ")}>` : name);
    }
  }
  const order = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
  return { types: types.sort(order), values: values.sort(order) };
}

const main = exportsOf("src/index.ts");
const testing = exportsOf("src/testing/index.ts");
const bare = (t) => t.replace(/<.*$/, "");
const list = (items, indent) => items.map((item) => `${indent}${item},`).join("\n");
const union = (items, indent) => items.map((item) => `${indent}| "${item}"`).join("\n");

const text = `// Pins the public TYPE names (issue 15, item 9), beside test/exports.test.ts, which pins the
// runtime names. Every exported type is imported here by name, so removing or renaming one
// fails \`npx vitest run --project types\` (and \`npx tsc --noEmit\`); the value exports are pinned
// as a union of names, so adding one fails too. A type-only export that is ADDED cannot be
// detected at the type level: this file is written by \`node scripts/exports-type-test.mjs\`
// (the TypeScript compiler API over src/index.ts and src/testing/index.ts); run it after a
// change to the API and review the diff.

import { describe, expectTypeOf, it } from "vitest";
import type * as api from "../src/index";
import type {
${list(main.types.map(bare), "  ")}
} from "../src/index";
import type * as testing from "../src/testing/index";
import type {
${list(testing.types.map(bare), "  ")}
} from "../src/testing/index";

/** Every exported type of \`peygir\` (${main.types.length}), by name. */
type PublicTypes = [
${list(main.types, "  ")}
];

/** Every exported type of \`peygir/testing\` (${testing.types.length}), by name. */
type TestingTypes = [
${list(testing.types, "  ")}
];

describe("public types", () => {
  it("every exported type of peygir and peygir/testing is there by name", () => {
    expectTypeOf<PublicTypes["length"]>().toEqualTypeOf<${main.types.length}>();
    expectTypeOf<TestingTypes["length"]>().toEqualTypeOf<${testing.types.length}>();
  });

  it("the value exports of peygir are exactly these names", () => {
    expectTypeOf<keyof typeof api>().toEqualTypeOf<
${union(main.values, "      ")}
    >();
  });

  it("the value exports of peygir/testing are exactly these names", () => {
    expectTypeOf<keyof typeof testing>().toEqualTypeOf<
${union(testing.values, "      ")}
    >();
  });
});
`;
writeFileSync("test/exports.test-d.ts", text);
console.log(
  `test/exports.test-d.ts: ${main.types.length} + ${testing.types.length} types, ${main.values.length} + ${testing.values.length} values`,
);
