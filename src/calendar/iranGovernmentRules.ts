import { WorkRule } from "./WorkRule";

/**
 * The known national and provincial decisions on the government working week, as
 * {@link WorkRule}s ready for a calendar's `rules`, oldest first (so the later decision wins
 * where two apply). Regional rules apply only to calendars whose `region` they contain, so
 * the whole list can be given to any calendar:
 *
 * 1. **Tehran city, Thursdays off, since 19 Aban 1381** (`region: { province: "تهران",
 *    county: "تهران" }`, weekend Thursday and Friday). Cabinet resolution of 19 Aban 1381
 *    (10 Nov 2002): government bodies work on Thursdays except the head-office (ستادی)
 *    bodies in Tehran city; confirmed for Tehran's offices by the deputy governor on
 *    30 Shahrivar 1392. Sources: https://shenasname.ir/subjects/morakhasi/121-1391-05-16-08-31-41,
 *    https://seratnews.com/fa/news/134124.
 * 2. **Nationwide, 20 Ordibehesht – 31 Shahrivar 1404: Thursdays off, hours 06:00–13:00.**
 *    Cabinet resolution of 17 Ordibehesht 1404 (7 May 2025) on energy management, for all
 *    government and public bodies, banks, insurers and municipalities. Sources:
 *    https://www.mehrnews.com/news/6611752, https://www.yjc.ir/fa/news/9010037.
 * 3. **Mazandaran, Thursdays off from 12 Mehr 1404, hours 07:00–14:30** (plus 14:30–16:00
 *    remote work, not counted). The governor's decision under the autumn 1404 delegation to
 *    provincial governors. Source: https://www.ilna.ir/ (news 1695235, "پنجشنبه‌ها در
 *    مازندران تعطیل شد").
 * 4. **Khorasan Razavi, Thursdays off from 1 Azar 1404** (hours unchanged). Source:
 *    https://www.tabnak.ir/fa/news/1341606 (22 Nov 2025).
 *
 * Not encoded, for lack of dates or scope: the provincial Thursday closures of spring 1404
 * before the national rule, and the other provinces' autumn 1404 closures (see
 * docs/calendar.md). The Majlis bill making Thursday a weekend nationally had not been
 * finally approved at the time of writing.
 *
 * @example
 * ```ts
 * const calendar = createWorkCalendar({ rules: iranGovernmentRules });
 * isWorkingDay("1404/03/01", { calendar }); // => false (a Thursday in summer 1404)
 * getOfficeHours("1404/03/03", { calendar })?.end; // => "2025-05-24T13:00:00+03:30"
 * isWorkingDay("1404/07/03", { calendar }); // => true (a Thursday after the summer rule)
 * ```
 *
 * @category Calendar
 */
export const iranGovernmentRules: readonly WorkRule[] = Object.freeze(
  WorkRule.array()
    .parse([
      {
        from: "1381/08/19",
        region: { province: "تهران", county: "تهران" },
        weekend: ["thursday", "friday"],
        reason:
          "Tehran city government offices closed on Thursdays (cabinet resolution, 19 Aban 1381)",
        source: "https://shenasname.ir/subjects/morakhasi/121-1391-05-16-08-31-41",
      },
      {
        from: "1404/02/20",
        to: "1404/06/31",
        weekend: ["thursday", "friday"],
        hours: { start: "06:00", end: "13:00" },
        reason:
          "Energy management: Thursdays closed and 06:00–13:00 hours nationwide (cabinet resolution, 17 Ordibehesht 1404)",
        source: "https://www.mehrnews.com/news/6611752",
      },
      {
        from: "1404/07/12",
        region: { province: "مازندران" },
        weekend: ["thursday", "friday"],
        hours: { start: "07:00", end: "14:30" },
        reason: "Mazandaran governor: Thursdays closed, 07:00–14:30 on site (from 12 Mehr 1404)",
        source:
          "https://www.ilna.ir/%D8%A8%D8%AE%D8%B4-%D8%A7%D8%B3%D8%AA%D8%A7%D9%86-%D9%87%D8%A7-15/1695235",
      },
      {
        from: "1404/09/01",
        region: { province: "خراسان رضوی" },
        weekend: ["thursday", "friday"],
        reason: "Khorasan Razavi governor: Thursdays closed (from Azar 1404)",
        source: "https://www.tabnak.ir/fa/news/1341606",
      },
    ])
    .map((rule) => Object.freeze(rule)),
);
