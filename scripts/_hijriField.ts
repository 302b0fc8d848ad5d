/**
 * Reads the `hijri` field of the official holiday table (`"27 Rajab 1440"`), shared by the
 * generator, the estimate's measurement and its test.
 */
const HIJRI_MONTHS = [
  "Muharram",
  "Safar",
  "Rabi al-Awwal",
  "Rabi al-Thani",
  "Jumada al-Awwal",
  "Jumada al-Thani",
  "Rajab",
  "Sha'ban",
  "Ramadan",
  "Shawwal",
  "Dhu al-Qadah",
  "Dhu al-Hijjah",
];

/** A Hijri date: year, month (1 = Muharram) and day. */
export interface HijriDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The Hijri date of a table entry; throws naming `where` when it cannot be read. */
export function parseHijriField(text: string | null, where: string): HijriDate {
  const match = /^(\d{1,2}) (.+) (\d{4})$/.exec(text ?? "");
  const month = match ? HIJRI_MONTHS.indexOf(match[2] as string) + 1 : 0;
  if (match === null || month === 0) throw new Error(`${where}: unreadable Hijri date`);
  return { year: Number(match[3]), month, day: Number(match[1]) };
}
