/** Iran's 31 provinces and the names they go by (private; the schema is IranProvince). */
import { normalizePersian } from "../../text/normalizePersian";

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

export type ProvincePersianName = (typeof PROVINCES)[number][0];

export const PERSIAN_NAMES = PROVINCES.map(([fa]) => fa) as unknown as readonly [
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
 */
export function provinceNameOf(name: string): ProvincePersianName | undefined {
  return BY_KEY.get(key(name));
}

/** An English name of a province that peygir accepts. */
export type ProvinceEnglishName = (typeof PROVINCES)[number][1][number];
