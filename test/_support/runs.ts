/**
 * How many runs a fast-check property makes. Each property names its CI size, chosen so the
 * whole `property` project takes seconds on a 2-core machine; one variable scales them all:
 *
 * - `PEYGIR_PROPERTY_RUNS`: a multiplier of every property's runs (default 1), e.g.
 *   `PEYGIR_PROPERTY_RUNS=20 npx vitest run --project property` for a longer hunt. It also
 *   scales fast-check's default of 100 runs (test/_support/propertySetup.ts).
 * - `PEYGIR_FUZZ_RUNS`: the runs of each fuzz property (the all-exports fuzz test and the
 *   hostile-input ones, see {@link fuzzRuns}), as a number, not a factor, when set; otherwise
 *   their CI size times `PEYGIR_PROPERTY_RUNS`.
 *
 * The library never reads the environment; the tests may.
 */

// A positive number read from the environment variable `name`, or undefined when it is unset.
function positive(name: string): number | undefined {
  const text = process.env[name];
  if (text === undefined || text === "") return undefined;
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0)) {
    throw new Error(`${name} must be a positive number, not ${JSON.stringify(text)}`);
  }
  return value;
}

/** The multiplier of every property's runs: `PEYGIR_PROPERTY_RUNS`, default 1. */
export const PROPERTY_RUNS_FACTOR = positive("PEYGIR_PROPERTY_RUNS") ?? 1;

/**
 * The runs of a property whose CI size is `ci`: `ci` times `PEYGIR_PROPERTY_RUNS`, at least 1.
 *
 * @example
 * fc.assert(fc.property(arbitrary, check), { numRuns: runs(300) });
 */
export function runs(ci: number): number {
  return Math.max(1, Math.round(ci * PROPERTY_RUNS_FACTOR));
}

/**
 * The runs of a fuzz property whose CI size is `ci`: `PEYGIR_FUZZ_RUNS` if set, else
 * {@link runs}(ci).
 */
export function fuzzRuns(ci: number): number {
  const fixed = positive("PEYGIR_FUZZ_RUNS");
  return fixed === undefined ? runs(ci) : Math.round(fixed);
}
