import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PeygirError } from "../src/errors/PeygirError";
import {
  ClockTime,
  createId,
  createWorkCalendar,
  formatJalaliDate,
  fromJalaliDate,
  getDeadlineStatus,
  Holiday,
  Household,
  IranProvince,
  IsoInstant,
  isValidNationalId,
  JalaliDate,
  MobileNumber,
  maskMobile,
  maskNationalId,
  NationalId,
  normalizeMobile,
  normalizePersian,
  parseJalaliDate,
  Region,
  safeParseJalaliDate,
  Task,
  type TaskInput,
  toJalaliDate,
  toLatinDigits,
  toPersianDigits,
  WorkCalendar,
  WorkClosure,
  WorkingHours,
  WorkRule,
} from "../src/index";
import { instantMs } from "../src/internal/instant";

// Linear time on any input, for every text function and parser of the library (the CLI has
// its own tests). Each is given 100,000-character strings built to hit the worst case of the
// regular expression or loop it runs: long runs of ZWNJ, spaces, digits, zeros, dashes,
// colons, plus signs, separators, and each of those followed by a character that makes the
// match fail at the very end (which is what makes a backtracking regex quadratic).
//
// The bound is a ratio, never an absolute time: the call must take at most RATIO times as
// long as a plain linear pass over the same string measured alongside it (BASELINE: split it
// into characters, reverse them and join them again). Written linearly, every function here
// takes at most 1.5× that baseline (best of five runs: normalizePersian 0.3×,
// isValidNationalId 0.8×, IranProvince 1.3×), so a RATIO of 20 leaves more than 10× of room
// for a noisy, loaded machine; a quadratic function on 100,000 characters does about 10^10
// steps, seconds against the baseline's few milliseconds, hundreds of times the baseline or
// more (the regex normalizePersian of 0.1 took 32.6 s alone and measured 2,860× here). Both
// times are the best of up to five interleaved runs, so one pause of the garbage collector or
// the scheduler cannot fail the test; a call that has already spent two seconds is not run
// again.
//
// One function has a bound of its own: formatJalaliDate hands its pattern to date-fns, which
// reads it token by token (every letter, quote or space is one) and writes each: 5–17× the
// baseline, the same from 50,000 to 400,000 characters, so linear; its bound is 200×.
const LENGTH = 100_000;
const RATIO = 20;
const BASELINE = (text: string): string => text.split("").reverse().join("");

function elapsed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The call's best time over the baseline's best time, on the same string. */
function ratioToBaseline(call: (text: string) => unknown, text: string, bound: number): number {
  let best = Number.POSITIVE_INFINITY;
  let baseline = Number.POSITIVE_INFINITY;
  let spent = 0;
  for (let run = 0; run < 5 && spent < 2000; run++) {
    baseline = Math.min(
      baseline,
      elapsed(() => BASELINE(text)),
    );
    const time = elapsed(() => call(text));
    spent += time;
    best = Math.min(best, time);
    if (best <= bound * baseline) break;
  }
  return best / baseline;
}

/** A string of `unit` repeated to LENGTH characters, then `tail`. */
function repeated(unit: string, tail = ""): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH) + tail;
}

/** The call with a refused input counted as done: a PeygirError is an answer too. */
function answered(call: (text: string) => unknown): (text: string) => unknown {
  return (text) => {
    try {
      return call(text);
    } catch (error) {
      if (error instanceof PeygirError) return error;
      throw error;
    }
  };
}

const ZWNJ = "\u200c";
const task = (title: string): TaskInput => ({
  id: "t",
  agencyId: "a",
  title,
  issuedAt: "2024-07-01T08:00:00+03:30",
  deadline: { type: "none" },
});

// Each function, the inputs that hit its worst case, and the characters its random
// adversarial inputs are made of.
const subjects: {
  name: string;
  call: (text: string) => unknown;
  worst: string[];
  alphabet: string[];
  ratio?: number;
}[] = [
  {
    name: "normalizePersian",
    call: normalizePersian,
    // /[\s\u200c]*\s[\s\u200c]*/ retried a run of ZWNJ without a space from every position;
    // /\u200c+$/ a run of ZWNJ not at the end.
    worst: [
      repeated(ZWNJ, "x"),
      repeated(ZWNJ),
      repeated(`${ZWNJ}\u200b`, "x"),
      repeated(" ", "x"),
      repeated(` ${ZWNJ}`),
      repeated(`x${ZWNJ}`),
      repeated("\u001b\u0007"),
      repeated("ي۱"),
    ],
    alphabet: [ZWNJ, " ", "\t", "\u00a0", "\u200b", "\u200d", "\u0640", "\u001b", "ي", "۱", "x"],
  },
  {
    name: "toLatinDigits",
    call: toLatinDigits,
    worst: [repeated("۰"), repeated("٠x")],
    alphabet: ["۰", "٩", "0", "x"],
  },
  {
    name: "toPersianDigits",
    call: toPersianDigits,
    worst: [repeated("0"), repeated("٠x")],
    alphabet: ["۰", "٩", "0", "x"],
  },
  {
    name: "normalizeMobile",
    call: answered(normalizeMobile),
    worst: [repeated("0"), repeated("98"), repeated("+98"), repeated("9"), repeated(" -()")],
    alphabet: ["0", "9", "8", "+", " ", "-", "(", "۰"],
  },
  {
    name: "maskMobile",
    call: answered(maskMobile),
    worst: [repeated("0"), repeated("00989")],
    alphabet: ["0", "9", "8", "+", " ", "-"],
  },
  {
    name: "MobileNumber",
    call: (text) => MobileNumber.safeParse(text),
    worst: [repeated("0"), repeated("۹")],
    alphabet: ["0", "9", "+", " "],
  },
  {
    name: "isValidNationalId",
    call: isValidNationalId,
    worst: [repeated("0"), repeated("1"), repeated(" -"), repeated("۰")],
    alphabet: ["0", "1", "۰", " ", "-"],
  },
  {
    name: "maskNationalId",
    call: answered(maskNationalId),
    worst: [repeated("0"), repeated(" -")],
    alphabet: ["0", "۰", " ", "-"],
  },
  {
    name: "NationalId",
    call: (text) => NationalId.safeParse(text),
    worst: [repeated("0"), repeated("1"), repeated("- ")],
    alphabet: ["0", "1", "۰", " ", "-"],
  },
  {
    name: "parseJalaliDate",
    call: answered(parseJalaliDate),
    worst: [repeated(" ", "x"), repeated(" ", "1403/01/01"), `1403/01/01${repeated(" ", "x")}`],
    alphabet: ["1", "۴", "/", "-", ".", " "],
  },
  {
    name: "safeParseJalaliDate",
    call: safeParseJalaliDate,
    worst: [repeated("1"), repeated("1403/"), repeated("/")],
    alphabet: ["1", "0", "/", " "],
  },
  {
    name: "JalaliDate",
    call: (text) => JalaliDate.safeParse(text),
    // ^\s*…\s*$: a run of spaces that does not end in a date.
    worst: [repeated(" ", "x"), repeated(" ", "1403/01/01"), `1403/01/01${repeated(" ", "x")}`],
    alphabet: ["1", "۴", "/", "-", " "],
  },
  {
    name: "ClockTime",
    call: (text) => ClockTime.safeParse(text),
    worst: [repeated(" ", "x"), repeated("1"), repeated(":"), repeated("1:")],
    alphabet: ["1", "2", ":", " ", "۰"],
  },
  {
    name: "fromJalaliDate (time)",
    call: answered((text) => fromJalaliDate("1403/04/25", { time: text })),
    worst: [repeated(" ", "x"), repeated("1:")],
    alphabet: ["1", ":", " "],
  },
  {
    name: "IsoInstant",
    call: (text) => IsoInstant.safeParse(text),
    worst: [`2024-07-01T08:00:00.${repeated("0", "Z")}`, `2024-07-01T08:00${repeated("+")}`],
    alphabet: ["2", "0", "-", ":", "T", "+", "Z", "."],
  },
  {
    name: "toJalaliDate (ISO instant)",
    call: answered((text) => toJalaliDate(text)),
    worst: [`2024-07-01T08:00:00.${repeated("0", "Z")}`, repeated("2024-")],
    alphabet: ["2", "0", "-", ":", "T", "+", "Z", "."],
  },
  {
    name: "deadline instants (parseIsoFast)",
    call: answered((text) => instantMs(text, "getDeadlineStatus", ["now"])),
    worst: [`2024-07-01T08:00:00.${repeated("0", "+03:30")}`, repeated("0")],
    alphabet: ["2", "0", "-", ":", "T", "+", "."],
  },
  {
    name: "getDeadlineStatus (now)",
    call: answered((text) => getDeadlineStatus(task("کار"), { now: text })),
    worst: [`2024-07-01T08:00:00.${repeated("0", "Z")}`],
    alphabet: ["2", "0", "-", ":", "+"],
  },
  {
    name: "formatJalaliDate (pattern)",
    call: answered((text) => formatJalaliDate("1403/04/25", { pattern: text })),
    worst: [repeated("'a"), repeated("y"), repeated("'"), repeated(" ")],
    alphabet: ["'", "y", "M", "d", "a", " "],
    ratio: 200,
  },
  {
    name: "createId",
    call: answered(createId),
    worst: [repeated("a", "!"), repeated("a-", "_")],
    alphabet: ["a", "-", "0", "_"],
  },
  {
    name: "IranProvince",
    call: (text) => IranProvince.safeParse(text),
    worst: [repeated("and "), repeated(ZWNJ, "x"), repeated(" -")],
    alphabet: ["a", "n", "d", " ", ZWNJ, "-", "ک"],
  },
  {
    name: "Region (county)",
    call: (text) => Region.safeParse({ province: "Tehran", county: text }),
    worst: [repeated(ZWNJ, "x")],
    alphabet: [ZWNJ, " ", "ك"],
  },
  {
    name: "WorkCalendar (time zone)",
    call: (text) => WorkCalendar.safeParse({ timeZone: text }),
    worst: [repeated("Asia/"), repeated("A")],
    alphabet: ["A", "/", "_", "+"],
  },
  {
    name: "createWorkCalendar (unknown key)",
    call: answered((text) => createWorkCalendar({ [text]: 1 } as never)),
    worst: [repeated("a", "!"), repeated("0")],
    alphabet: ["a", "_", "0", "!"],
  },
  {
    name: "WorkingHours",
    call: (text) => WorkingHours.safeParse({ start: text, end: "14:00" }),
    worst: [repeated(" ", "x"), repeated("7:")],
    alphabet: ["7", ":", " "],
  },
  {
    name: "WorkClosure (reason)",
    call: (text) => WorkClosure.safeParse({ date: "1403/04/25", reason: text }),
    worst: [repeated("\u0007 ")],
    alphabet: ["\u0007", "\n", " ", "x"],
  },
  {
    name: "WorkRule (reason, source)",
    call: (text) =>
      WorkRule.safeParse({ from: "1403/04/25", hours: null, reason: text, source: text }),
    worst: [repeated("\u009b\r")],
    alphabet: ["\u009b", "\r", "x"],
  },
  {
    name: "Holiday (names)",
    call: (text) =>
      Holiday.safeParse({
        date: "1403/04/25",
        names: [{ fa: text, en: text }],
        kind: "solar",
        official: false,
      }),
    worst: [repeated("\u0000")],
    alphabet: ["\u0000", "x"],
  },
  {
    name: "Task (title)",
    call: (text) => Task.safeParse(task(text)),
    worst: [repeated(ZWNJ, "x"), repeated(" ", "x")],
    alphabet: [ZWNJ, " ", "ي"],
  },
  {
    name: "Household (name, national ID, mobile)",
    call: (text) =>
      Household.safeParse({
        id: "hh",
        head: { name: text, nationalId: text, mobile: text },
        members: 1,
        region: { province: text },
        vulnerabilities: [],
        status: "verified",
      }),
    worst: [repeated(ZWNJ, "x"), repeated("0")],
    alphabet: [ZWNJ, " ", "0", "-"],
  },
];

/** Strings of LENGTH characters: a short unit of the alphabet repeated, then a last character. */
function adversarial(alphabet: string[]): fc.Arbitrary<string> {
  const character = fc.constantFrom(...alphabet);
  return fc
    .tuple(fc.array(character, { minLength: 1, maxLength: 3 }), fc.option(character))
    .map(([unit, tail]) => repeated(unit.join(""), tail ?? ""));
}

describe(`linear time: at most ${RATIO}× a linear pass over the same ${LENGTH}-character string`, () => {
  for (const { name, call, worst, alphabet, ratio: bound = RATIO } of subjects) {
    it(name, () => {
      call("warm up");
      for (const text of worst) {
        const ratio = ratioToBaseline(call, text, bound);
        expect(ratio, `${name} on ${JSON.stringify(text.slice(0, 12))}…`).toBeLessThanOrEqual(
          bound,
        );
      }
      fc.assert(
        fc.property(adversarial(alphabet), (text) => ratioToBaseline(call, text, bound) <= bound),
        { numRuns: 3 },
      );
    });
  }
});
