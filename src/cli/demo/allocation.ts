import { type AllocationResult, explainAllocation, scoreNeed } from "../../allocation/index";
import type { Household } from "../../entities/Household";
import { shahrBabak } from "../../testing/scenario/seeds";
import { maskNationalId } from "../../text/maskNationalId";
import { formatTable } from "../format/table";
import { type DemoLang, type DemoSection, say } from "./labels";
import { indent } from "./meetings";

/** Five families to every Shahr-e Babak agency, identities masked, and the left-out explained. */
export function allocationSection(lang: DemoLang, result: AllocationResult): DemoSection {
  const households = new Map<string, Household>(shahrBabak.households.map((h) => [h.id, h]));
  const agencies = new Map(shahrBabak.agencies.map((agency) => [agency.id, agency.name]));
  const rows = result.sponsorships.map((sponsorship) => {
    const household = households.get(sponsorship.householdId);
    return [
      agencies.get(sponsorship.agencyId) ?? sponsorship.agencyId,
      sponsorship.householdId,
      // Identities stay hidden: the id and the last four digits of the national code only.
      household === undefined ? "" : maskNationalId(household.head.nationalId),
      household === undefined ? "" : String(household.members),
      household === undefined ? "" : scoreNeed(household).score.toFixed(1),
      household?.region.district ?? "",
      sponsorship.since,
    ];
  });
  const s = result.summary;
  const lines = [
    say(lang, {
      en: `${s.households} households, ${s.eligible} eligible; ${shahrBabak.agencies.length} agencies × ${shahrBabak.familiesPerAgency} = ${s.slots} places; ${s.assigned} sponsored (${result.kept.length} kept, ${result.added.length} new).`,
      fa: `${s.households} خانوار، ${s.eligible} واجد شرایط؛ ${shahrBabak.agencies.length} دستگاه × ${shahrBabak.familiesPerAgency} = ${s.slots} جایگاه؛ ${s.assigned} خانوار تحت پوشش (${result.kept.length} پیشین، ${result.added.length} تازه).`,
    }),
    "",
    indent(
      formatTable(
        [
          say(lang, { en: "agency", fa: "دستگاه" }),
          say(lang, { en: "household", fa: "خانوار" }),
          say(lang, { en: "national ID", fa: "کد ملی" }),
          say(lang, { en: "members", fa: "اعضا" }),
          say(lang, { en: "need", fa: "نیاز" }),
          say(lang, { en: "district", fa: "بخش" }),
          say(lang, { en: "since", fa: "از" }),
        ],
        rows,
        { alignRight: [3, 4] },
      ),
    ),
  ];
  // One household per reason, explained in words.
  const seen = new Set<string>();
  const examples = result.unassigned.filter((entry) => {
    if (seen.has(entry.reason)) return false;
    seen.add(entry.reason);
    return true;
  });
  if (examples.length > 0) {
    lines.push(
      "",
      say(lang, { en: "Left out, for example:", fa: "نمونه‌هایی از خانوارهای بی‌پوشش:" }),
    );
    for (const entry of examples) {
      lines.push(`  - ${explainAllocation(result, entry.householdId, { locale: lang })}`);
    }
  }
  return {
    title: {
      en: "Five needy families for every Shahr-e Babak agency",
      fa: "پنج خانواده نیازمند برای هر دستگاه شهربابک",
    },
    body: lines.join("\n"),
  };
}
