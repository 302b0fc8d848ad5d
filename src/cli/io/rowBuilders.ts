import type { z } from "zod";
import { Agency } from "../../entities/Agency";
import { Household } from "../../entities/Household";
import { Sponsorship } from "../../entities/Sponsorship";
import { Task } from "../../entities/Task";
import type { Cells } from "./Cells";
import { HOUSEHOLD_STATUS_LABELS, SPONSORSHIP_STATUS_LABELS } from "./cellLabels";
import type { TableKind } from "./columns";
import { quickParseAgency, quickParseHousehold } from "./quickParse";

/** Sets `object[key]` unless `value` is undefined (the schemas use exact optional fields). */
function put(object: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) object[key] = value;
}

/** The full schema, or (when it has no object-level checks) it without some fields. */
function lazyOmit<S extends z.ZodType>(schema: S, omit: (schema: S) => z.ZodType): () => z.ZodType {
  let cached: z.ZodType | undefined;
  return () => {
    if (cached === undefined) {
      try {
        cached = omit(schema);
      } catch {
        cached = schema;
      }
    }
    return cached;
  };
}

/** How a row of one kind of table becomes its entity. */
export interface Builder {
  /** The schema input of a row (memoised parts left out when `finish` adds them). */
  readonly input: (cells: Cells) => Record<string, unknown>;
  /** The schema the input is parsed with. */
  readonly schema: () => z.ZodType;
  /** The schema's output for a plainly valid input, by hand; `undefined` leaves it to zod. */
  readonly quick?: (input: Readonly<Record<string, unknown>>) => unknown;
  /** Adds the memoised, already parsed parts to the schema's output. */
  readonly finish?: (output: unknown, cells: Cells) => unknown;
}

// Households and agencies are the large files: their region (and a household's
// vulnerabilities) are parsed once per distinct value and shared, the rest per row.
const agencyRest = lazyOmit(Agency, (schema) => schema.omit({ region: true }));
const householdRest = lazyOmit(Household, (schema) =>
  schema.omit({ region: true, vulnerabilities: true }),
);

/** The builder of each kind of table. */
export const BUILDERS: { readonly [K in TableKind]: Builder } = {
  agencies: {
    input(cells) {
      const region = cells.region();
      const agency: Record<string, unknown> = {};
      put(agency, "id", cells.id("id"));
      put(agency, "name", cells.text("name"));
      put(agency, "kind", cells.text("kind"));
      if (agencyRest() === Agency) put(agency, "region", region ?? {});
      put(agency, "parentId", cells.id("parent_id"));
      put(agency, "sponsorshipQuota", cells.number("quota"));
      put(agency, "active", cells.boolean("active"));
      return agency;
    },
    schema: agencyRest,
    quick: (input) => (agencyRest() === Agency ? undefined : quickParseAgency(input)),
    finish(output, cells) {
      if (agencyRest() === Agency) return output;
      (output as Record<string, unknown>).region = cells.region();
      return output;
    },
  },
  households: {
    input(cells) {
      const region = cells.region();
      const vulnerabilities = cells.vulnerabilities();
      const head: Record<string, unknown> = {};
      put(head, "name", cells.text("head_name"));
      put(head, "nationalId", cells.text("national_id"));
      put(head, "mobile", cells.text("mobile"));
      const household: Record<string, unknown> = { id: cells.id("id"), head };
      put(household, "members", cells.number("members"));
      if (householdRest() === Household) {
        household.region = region ?? {};
        household.vulnerabilities = vulnerabilities ?? [];
      }
      put(household, "monthlyIncome", cells.number("monthly_income"));
      put(household, "needScore", cells.number("need_score"));
      household.status = cells.choice("status", HOUSEHOLD_STATUS_LABELS) ?? "identified";
      put(household, "excludedAgencyIds", cells.ids("excluded_agencies"));
      if (household.id === undefined) delete household.id;
      return household;
    },
    schema: householdRest,
    quick: (input) => (householdRest() === Household ? undefined : quickParseHousehold(input)),
    finish(output, cells) {
      if (householdRest() === Household) return output;
      const household = output as Record<string, unknown>;
      household.region = cells.region();
      household.vulnerabilities = cells.vulnerabilities();
      return household;
    },
  },
  sponsorships: {
    input(cells) {
      const sponsorship: Record<string, unknown> = {};
      put(sponsorship, "id", cells.id("id"));
      put(sponsorship, "agencyId", cells.id("agency_id"));
      put(sponsorship, "householdId", cells.id("household_id"));
      put(sponsorship, "since", cells.text("since"));
      put(sponsorship, "until", cells.text("until"));
      sponsorship.status = cells.choice("status", SPONSORSHIP_STATUS_LABELS) ?? "active";
      return sponsorship;
    },
    schema: () => Sponsorship,
  },
  tasks: {
    input(cells) {
      const task: Record<string, unknown> = {};
      put(task, "id", cells.id("id"));
      put(task, "agencyId", cells.id("agency_id"));
      put(task, "directiveId", cells.id("directive_id"));
      put(task, "title", cells.text("title"));
      put(task, "issuedAt", cells.instant("issued_at"));
      task.deadline = cells.deadline("deadline");
      put(task, "completedAt", cells.instant("completed_at"));
      put(task, "cancelledAt", cells.instant("cancelled_at"));
      put(task, "evidence", cells.list("evidence"));
      return task;
    },
    schema: () => Task,
  },
};
