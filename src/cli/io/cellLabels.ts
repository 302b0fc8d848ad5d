import { headerKey } from "./columns";

/** The words a yes/no cell may hold (English and Persian). */
export const BOOLEANS = new Map<string, boolean>(
  [
    ...["true", "yes", "y", "1", "بله", "بلی", "آری", "فعال"].map((w) => [w, true] as const),
    ...["false", "no", "n", "0", "خیر", "نه", "غیرفعال"].map((w) => [w, false] as const),
  ].map(([word, value]) => [headerKey(word), value]),
);

function labels(entries: Readonly<Record<string, readonly string[]>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [value, words] of Object.entries(entries)) {
    map.set(headerKey(value), value);
    for (const word of words) map.set(headerKey(word), value);
  }
  return map;
}

/** Persian labels accepted for household statuses (also in docs/cli.md). */
export const HOUSEHOLD_STATUS_LABELS = labels({
  identified: ["شناسایی‌شده", "شناسایی"],
  verified: ["تأییدشده", "تاییدشده", "تأیید"],
  sponsored: ["تحت پوشش"],
  graduated: ["توانمندشده", "خارج از پوشش"],
  inactive: ["غیرفعال"],
});

/** Persian labels accepted for sponsorship statuses. */
export const SPONSORSHIP_STATUS_LABELS = labels({
  active: ["فعال", "جاری"],
  ended: ["پایان‌یافته", "خاتمه‌یافته", "پایان"],
});

/** Persian labels accepted for vulnerabilities. */
export const VULNERABILITY_LABELS = labels({
  "female-headed": ["زن سرپرست", "سرپرست خانوار زن", "زنان سرپرست خانوار"],
  disability: ["معلولیت", "معلول"],
  "chronic-illness": ["بیماری مزمن", "بیماری خاص"],
  elderly: ["سالمند", "سالمندی"],
  orphans: ["ایتام", "یتیم", "فرزندان یتیم"],
  unemployed: ["بیکار", "بیکاری"],
  "job-loss": ["از دست دادن شغل", "تعدیل شغلی"],
  "recovered-addiction": ["بهبودیافته اعتیاد", "بهبودیافته"],
  worker: ["کارگر", "کارگری"],
  "no-housing": ["بی‌مسکن", "فاقد مسکن"],
});
