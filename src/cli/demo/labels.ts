import type { PersonRole } from "../../entities/Person";

/** The languages of the demo. */
export type DemoLang = "en" | "fa";

/** A text in both languages. */
export type Bilingual = Readonly<Record<DemoLang, string>>;

/** Picks the text of `lang`. */
export function say(lang: DemoLang, text: Bilingual): string {
  return text[lang];
}

/** One section of the demo: a title and its text. */
export interface DemoSection {
  /** The title, numbered by the demo. */
  readonly title: Bilingual;
  /** The text under it. */
  readonly body: string;
}

const PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹";

/** The section numbered `n`, with an underlined heading. */
export function renderSection(lang: DemoLang, n: number, section: DemoSection): string {
  const number =
    lang === "fa" ? [...String(n)].map((d) => PERSIAN_DIGITS[Number(d)]).join("") : String(n);
  const title = `${number}. ${say(lang, section.title)}`;
  return `${title}\n${"=".repeat([...title].length)}\n${section.body}`;
}

/** How the demo names each role. */
export const ROLE_LABELS: Readonly<Record<PersonRole, Bilingual>> = {
  governor: { en: "governor", fa: "فرماندار" },
  "deputy-governor": { en: "deputy governor", fa: "معاون فرماندار" },
  "district-governor": { en: "district governor", fa: "بخشدار" },
  "friday-prayer-leader": { en: "Friday prayer leader", fa: "امام جمعه" },
  mayor: { en: "mayor", fa: "شهردار" },
  "deputy-mayor": { en: "deputy mayor", fa: "معاون شهردار" },
  "council-chair": { en: "city council chair", fa: "رئیس شورای شهر" },
  "agency-head": { en: "agency head", fa: "رئیس دستگاه اجرایی" },
  secretary: { en: "secretary", fa: "دبیر" },
  other: { en: "other", fa: "سایر" },
};
