import { createProvinceCalendar } from "../../calendar/createProvinceCalendar";
import { toJalaliDate } from "../../jalali/toJalaliDate";
import { qods, shahrBabak } from "../../testing/scenario/seeds";
import { choiceOption, stringOption } from "../args";
import type { Command } from "../Command";
import { allocationSection } from "../demo/allocation";
import { datesSection } from "../demo/dates";
import { qodsTasks, shahrBabakAllocation, shahrBabakTasks } from "../demo/followUp";
import {
  type CountyFollowUp,
  complianceSection,
  directivesSection,
  scorecardsSection,
  statusSection,
} from "../demo/followUpSections";
import { type DemoLang, type DemoSection, renderSection } from "../demo/labels";
import { meetingsSection } from "../demo/meetings";
import { validationSection } from "../demo/validation";
import { parseInstantArg } from "../instantArg";
import { UsageError } from "../UsageError";

/**
 * The default `--now` for Shahr-e Babak: Thursday 1399/02/25 12:00 in Tehran time, two and a
 * half weeks after the council, so the output is the same on every run.
 */
export const DEMO_NOW = "2020-05-14T12:00:00+04:30";

/**
 * The default `--now` for Quds, whose meetings were in 1401: Tuesday 1401/08/24 12:00, two
 * weeks after the joint session.
 */
export const DEMO_NOW_QODS = "2022-11-15T12:00:00+03:30";

const usage = `Usage: peygir demo [--lang en|fa] [--now <ISO instant>]

A tour of peygir on its built-in seed scenario: the Quds and Shahr-e Babak meetings, Jalali
dates, a validation error, the directives fanned out to agencies and each task's state at
--now, the weekly-report compliance, five needy families allocated to every Shahr-e Babak
agency (identities masked) and the agency scorecards.

Options:
  --lang   en (default) or fa
  --now    the instant to show the state at; by default 1399/02/25 12:00 (${DEMO_NOW})
           for Shahr-e Babak and 1401/08/24 12:00 (${DEMO_NOW_QODS}) for Quds

Example:
  peygir demo --lang fa`;

/** `peygir demo`: the seeds end to end. */
export const demoCommand: Command = {
  name: "demo",
  summary: "tour the library on the built-in seed scenario",
  usage,
  options: { lang: { type: "string" }, now: { type: "string" } },
  run(values, positionals) {
    if (positionals.length > 0) throw new UsageError("demo takes no arguments", usage);
    const lang: DemoLang = choiceOption(values, "lang", ["en", "fa"], usage);
    const given = stringOption(values, "now");
    const sbNow = given === undefined ? new Date(DEMO_NOW) : parseInstantArg(given);
    const qodsNow = given === undefined ? new Date(DEMO_NOW_QODS) : sbNow;
    if (sbNow === undefined || qodsNow === undefined) {
      throw new UsageError("--now must be an ISO 8601 instant with an offset", usage);
    }
    const sb: CountyFollowUp = {
      name: { en: "Shahr-e Babak", fa: "شهربابک" },
      agencies: shahrBabak.agencies,
      directives: shahrBabak.directives,
      tasks: shahrBabakTasks(),
      calendar: createProvinceCalendar("کرمان", { county: "شهربابک" }),
      now: sbNow,
    };
    const quds: CountyFollowUp = {
      name: { en: "Quds", fa: "قدس" },
      agencies: qods.agencies,
      directives: qods.directives,
      tasks: qodsTasks(),
      calendar: createProvinceCalendar("تهران", { county: "قدس" }),
      now: qodsNow,
    };
    // The families are sponsored from the day of --now.
    const allocation = shahrBabakAllocation(toJalaliDate(sbNow));
    const sections: DemoSection[] = [
      meetingsSection(lang),
      datesSection(lang),
      validationSection(lang),
      directivesSection(lang, [quds, sb]),
      statusSection(lang, [quds, sb]),
      complianceSection(lang, sb, shahrBabak.council.date),
      allocationSection(lang, allocation),
      scorecardsSection(
        lang,
        sb,
        allocation,
        shahrBabak.council.date,
        shahrBabak.familiesPerAgency,
      ),
    ];
    console.log(sections.map((section, i) => renderSection(lang, i + 1, section)).join("\n\n"));
    return 0;
  },
};
