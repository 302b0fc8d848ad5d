import * as z from "zod";
import { normalizePersian } from "../text/normalizePersian";

// The 31 provinces (استان‌ها) with the English spellings in common use; the first English
// name is the one peygir writes.
const PROVINCES = [
  ["آذربایجان شرقی", ["East Azerbaijan", "East Azarbaijan", "Azarbayjan-e Sharqi"]],
  ["آذربایجان غربی", ["West Azerbaijan", "West Azarbaijan", "Azarbayjan-e Gharbi"]],
  ["اردبیل", ["Ardabil", "Ardebil"]],
  ["اصفهان", ["Isfahan", "Esfahan"]],
  ["البرز", ["Alborz"]],
  ["ایلام", ["Ilam"]],
  ["بوشهر", ["Bushehr"]],
  ["تهران", ["Tehran"]],
  ["چهارمحال و بختیاری", ["Chaharmahal and Bakhtiari", "Chaharmahal-Bakhtiari"]],
  ["خراسان جنوبی", ["South Khorasan"]],
  ["خراسان رضوی", ["Khorasan Razavi", "Razavi Khorasan"]],
  ["خراسان شمالی", ["North Khorasan"]],
  ["خوزستان", ["Khuzestan", "Khuzistan"]],
  ["زنجان", ["Zanjan"]],
  ["سمنان", ["Semnan"]],
  ["سیستان و بلوچستان", ["Sistan and Baluchestan", "Sistan-Baluchestan"]],
  ["فارس", ["Fars"]],
  ["قزوین", ["Qazvin"]],
  ["قم", ["Qom"]],
  ["کردستان", ["Kurdistan", "Kordestan"]],
  ["کرمان", ["Kerman"]],
  ["کرمانشاه", ["Kermanshah"]],
  ["کهگیلویه و بویراحمد", ["Kohgiluyeh and Boyer-Ahmad", "Kohgiluyeh and Boyer Ahmad"]],
  ["گلستان", ["Golestan"]],
  ["گیلان", ["Gilan", "Guilan"]],
  ["لرستان", ["Lorestan", "Luristan"]],
  ["مازندران", ["Mazandaran"]],
  ["مرکزی", ["Markazi"]],
  ["هرمزگان", ["Hormozgan"]],
  ["همدان", ["Hamadan", "Hamedan"]],
  ["یزد", ["Yazd"]],
] as const;

/** Spaces, ZWNJ, hyphens and "and" do not distinguish province names. */
function key(name: string): string {
  return normalizePersian(name)
    .toLowerCase()
    .replace(/\band\b/g, "")
    .replace(/[\s\u200c\-_.]/g, "");
}

type ProvincePersianName = (typeof PROVINCES)[number][0];

const PERSIAN_NAMES = PROVINCES.map(([fa]) => fa) as unknown as readonly [
  ProvincePersianName,
  ...ProvincePersianName[],
];

const BY_KEY = new Map<string, ProvincePersianName>();
for (const [fa, aliases] of PROVINCES) {
  BY_KEY.set(key(fa), fa);
  for (const en of aliases) BY_KEY.set(key(en), fa);
}

/**
 * The Persian name of a province given in Persian (any spelling `normalizePersian` unifies)
 * or English, or `undefined` when it names no province.
 * @internal
 */
export function provinceNameOf(name: string): ProvincePersianName | undefined {
  return BY_KEY.get(key(name));
}

/**
 * One of Iran's 31 provinces (استان), by its Persian name.
 *
 * Parsing accepts the Persian name in any spelling {@link normalizePersian} unifies (Arabic
 * yeh and kaf, extra spaces) and the common English names (`"Mazandaran"`,
 * `"Khorasan Razavi"`, `"Razavi Khorasan"`, `"Isfahan"`, `"Esfahan"`, …), case-insensitively,
 * and outputs the Persian name.
 *
 * @example
 * ```ts
 * IranProvince.parse("Mazandaran"); // => "مازندران"
 * IranProvince.parse("razavi khorasan"); // => "خراسان رضوی"
 * IranProvince.safeParse("Atlantis").success; // => false
 * ```
 *
 * @category Calendar
 */
export const IranProvince = z
  .string()
  .transform((input, ctx): ProvincePersianName => {
    const name = provinceNameOf(input);
    if (name === undefined) {
      ctx.issues.push({
        code: "custom",
        input,
        message: "must be one of Iran's 31 provinces, in Persian or English",
      });
      return z.NEVER;
    }
    return name;
  })
  .pipe(z.enum(PERSIAN_NAMES))
  .meta({ description: "An Iranian province, by its Persian name", examples: ["مازندران"] });

/**
 * The Persian name of one of Iran's 31 provinces (`"تهران"`, `"مازندران"`, …).
 *
 * @category Calendar
 */
export type IranProvince = z.infer<typeof IranProvince>;

/**
 * A province named in Persian or by one of its English names (what {@link IranProvince}
 * accepts, as a type that editors can complete).
 *
 * @category Calendar
 */
export type IranProvinceName =
  | IranProvince
  | (typeof PROVINCES)[number][1][number]
  | (string & Record<never, never>);
