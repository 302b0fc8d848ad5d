// The README's quick start, compiled by `npm run typecheck` and run by test/readme.test.ts.
import { fromJalaliDate, JalaliDate, PeygirError, parseJalaliDate, toJalaliDate } from "peygir";

// Dates as the seeds write them, canonicalised.
const meetingDay = parseJalaliDate("1397/3/21"); // "1397/03/21"

// The Tehran calendar day of an instant, whatever the server's time zone.
const today = toJalaliDate(new Date("2024-07-15T21:00:00Z")); // "1403/04/26"

// The instant offices close on a given day.
const closing = fromJalaliDate("1403/04/25", { time: "14:30" }); // "2024-07-15T14:30:00+03:30"

// Bad input is a PeygirError with a code and the path of each problem.
const checked = JalaliDate.safeParse("1402/12/30"); // 1402 is not a leap year
try {
  parseJalaliDate("1402/12/30");
} catch (error) {
  if (error instanceof PeygirError) console.log(error.code, error.issues);
}

export const quickstart = {
  meetingDay,
  today,
  closing,
  ok: checked.success,
};
