// Setup of the `property` project (vitest.config.ts): fast-check's default number of runs
// (100) scaled by PEYGIR_PROPERTY_RUNS like every explicit one (test/_support/runs.ts).
import fc from "fast-check";
import { runs } from "./runs";

fc.configureGlobal({ ...fc.readConfigureGlobal(), numRuns: runs(100) });
