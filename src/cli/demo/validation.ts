import { Household } from "../../entities/Household";
import { PeygirError } from "../../errors/PeygirError";
import { parseWith } from "../../internal/zodIssues";
import { type DemoLang, type DemoSection, say } from "./labels";

/**
 * The national ID of the invalid household: a fictional code whose check digit is off
 * by three (the valid code ends in 5). It is never printed; the demo test checks that.
 */
export const WRONG_NATIONAL_ID = "9990001232";

/** A household with a wrong national ID check digit: a PeygirError with paths, no ID echoed. */
export function validationSection(lang: DemoLang): DemoSection {
  const input = {
    id: "demo-hh-1",
    head: { name: "خانوار نمونه", nationalId: WRONG_NATIONAL_ID, mobile: "0913 123 45" },
    members: 0,
    region: { province: "کرمان", county: "شهربابک" },
    vulnerabilities: ["female-headed"],
    status: "verified",
  };
  const lines = [
    say(lang, {
      en: "A household with a wrong national ID check digit, a short mobile number and no members:",
      fa: "خانواری با رقم کنترل نادرست کد ملی، شماره موبایل ناقص و بدون عضو:",
    }),
  ];
  try {
    parseWith(Household, input, "invalid_input", "Household: invalid household");
    lines.push("  (accepted?)");
  } catch (error) {
    if (!(error instanceof PeygirError)) throw error;
    lines.push(`  PeygirError code: ${error.code}`);
    for (const issue of error.issues) lines.push(`  - ${issue.path.join(".")}: ${issue.message}`);
  }
  lines.push(
    say(lang, {
      en: "  (messages give the path and the rule, never the national ID, mobile or name)",
      fa: "  (پیام‌ها مسیر و قاعده را می‌گویند، نه کد ملی، موبایل یا نام را)",
    }),
  );
  return { title: { en: "Validation", fa: "اعتبارسنجی" }, body: lines.join("\n") };
}
