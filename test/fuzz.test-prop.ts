/**
 * Every runtime export of peygir, called with JSON-expressible input (issue 14, item 9):
 *
 * - a function either returns a JSON-safe value or throws a `PeygirError` with a code and at
 *   least one issue, each with a path; never another error. JSON-safe (`jsonProblem` in
 *   test/_support/fuzz.ts): `JSON.parse(JSON.stringify(v))` gives `v` back — null, booleans,
 *   strings, finite numbers, plain objects without `undefined` values, arrays without holes —
 *   with two documented exceptions: a valid `Date` (`resolveDueAt`, `fromJalaliDate`,
 *   `addWorkingHours` and `getOfficeHours` return instants as `Date`; an Invalid Date fails) and
 *   a `PeygirError` inside a result (`safeParseJalaliDate`'s failure), judged as a thrown one;
 * - no error (message, issues, string form) shows the national ID, mobile number or name
 *   seeded into the input, in any of the forms of `PII_FORMS` (Persian digits, dashes, +98);
 * - the input is not changed (compared with a deep copy taken before the call);
 * - nothing is written to the console (every console method is spied on);
 * - a zod schema's `safeParse` never throws, does not change its input, and its issues show no
 *   personal data. `parse` throwing a `ZodError` is zod's contract, so it is not called.
 *
 * Arguments are mostly well-formed ones (test/_support/fuzz.ts `SEEDS`) with up to three fields
 * replaced, deleted or added, so calls get past the first check. Constants and the error
 * class are skipped by name; any other new export is fuzzed by default.
 *
 * Runs: `PEYGIR_FUZZ_RUNS` per export (default 60, times `PEYGIR_PROPERTY_RUNS`: about 4,300
 * calls, about a second of the file's time on the project's machine; test/_support/runs.ts;
 * the library never reads the environment, the test may);
 * `PEYGIR_FUZZ_SEED` changes the fast-check seed (default fixed, so CI is reproducible):
 * `PEYGIR_FUZZ_RUNS=2000 PEYGIR_FUZZ_SEED=$RANDOM npx vitest run test/fuzz.test-prop.ts`.
 */
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from "vitest";
import * as peygir from "../src/index";
import {
  argumentsFor,
  errorProblem,
  errorText,
  jsonProblem,
  piiIn,
  SEEDS,
  schemaInputFor,
  snapshot,
} from "./_support/fuzz";
import { fuzzRuns } from "./_support/runs";

const RUNS = fuzzRuns(60);
const SEED = Number(process.env.PEYGIR_FUZZ_SEED ?? 1404);
// Generous: about 0.1 ms a call on average, a few ms for the largest reports.
const TIMEOUT = Math.max(60_000, RUNS * 20);

/** Exports that are data, not functions to call. */
const CONSTANTS = [
  "DEFAULT_NEED_WEIGHTS",
  "deadlinePhrases",
  "deadlineStateLabels",
  "iranGovernmentRules",
  "jsonSchemas",
  "reportWeekStateLabels",
];
/** Classes: constructed by peygir, not called with user input. */
const CLASSES = ["PeygirError"];

type Schema = { safeParse: (input: unknown) => { success: boolean; error?: unknown } };

const exported = Object.entries(peygir) as [string, unknown][];
const isSchema = (value: unknown): value is Schema =>
  typeof value === "object" && value !== null && typeof (value as Schema).safeParse === "function";
const functions = exported.filter(
  ([name, value]) => typeof value === "function" && !CLASSES.includes(name),
) as [string, (...args: unknown[]) => unknown][];
const schemas = exported.filter(([, value]) => isSchema(value)) as [string, Schema][];

const CONSOLE = ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const;
const spies: MockInstance[] = [];
beforeAll(() => {
  for (const method of CONSOLE) spies.push(vi.spyOn(console, method).mockImplementation(() => {}));
});
afterAll(() => {
  for (const spy of spies) spy.mockRestore();
});

/** Throws when anything was written to the console since the last call. */
function assertQuiet(): void {
  const written = spies.flatMap((spy) => spy.mock.calls);
  for (const spy of spies) spy.mockClear();
  if (written.length > 0)
    throw new Error(`wrote to the console: ${String(written[0]?.[0]).slice(0, 200)}`);
}

function show(args: unknown): string {
  try {
    return JSON.stringify(args, (_key, value) =>
      value === undefined ? "(undefined)" : value,
    ).slice(0, 600);
  } catch {
    return String(args);
  }
}

describe("every export", () => {
  it("is a function, a zod schema, or skipped by name", () => {
    const other = exported
      .filter(
        ([name, value]) =>
          typeof value !== "function" && !isSchema(value) && !CONSTANTS.includes(name),
      )
      .map(([name]) => name);
    expect(other).toEqual([]);
    for (const name of [...CONSTANTS, ...CLASSES]) expect(peygir).toHaveProperty(name);
  });

  it("that is a function has well-formed arguments to mutate (test/_support/fuzz.ts SEEDS)", () => {
    expect(functions.map(([name]) => name).filter((name) => SEEDS[name] === undefined)).toEqual([]);
  });
});

describe.each(functions)("%s, called with any JSON", (name, fn) => {
  it(
    "returns JSON-safe data or throws a PeygirError without personal data; input unchanged, console quiet",
    () => {
      fc.assert(
        fc.property(argumentsFor(name), (args) => {
          const before = snapshot(args);
          let result: unknown;
          let thrown: unknown;
          let threw = false;
          try {
            result = fn(...args);
          } catch (error) {
            threw = true;
            thrown = error;
          }
          assertQuiet();
          if (!isDeepStrictEqual(args, before))
            throw new Error(`changed its input ${show(before)}`);
          const problem = threw ? errorProblem(thrown) : jsonProblem(result);
          if (problem !== undefined) throw new Error(problem);
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );
});

describe.each(schemas)("the schema %s", (name, schema) => {
  it(
    "safeParse never throws, and its issues show no personal data",
    () => {
      fc.assert(
        fc.property(schemaInputFor(name), (input) => {
          const before = snapshot({ input });
          const result = schema.safeParse(input);
          assertQuiet();
          if (!isDeepStrictEqual({ input }, before)) throw new Error("safeParse changed its input");
          if (!result.success) {
            const leaked = piiIn(errorText(result.error));
            if (leaked.length > 0)
              throw new Error(`issues show personal data: ${leaked.join(", ")}`);
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    },
    TIMEOUT,
  );
});
