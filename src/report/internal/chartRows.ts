/**
 * The rows of the follow-up report's two charts (private): weekly-report compliance and
 * sponsorship coverage per agency, worst first.
 */
import type { ReportCompliance } from "../../deadlines/getReportCompliance";
import type { Agency } from "../../entities/Agency";
import type { Sponsorship } from "../../entities/Sponsorship";
import { byName } from "./directiveBlocks";
import type { ComplianceRow, CoverageRow } from "./sections";

/** Compliance rows, worst on-time rate first; agencies with nothing due yet last. */
export function complianceRows(
  compliance: readonly ReportCompliance[],
  nameOf: (agencyId: string) => string,
): ComplianceRow[] {
  const rows: ComplianceRow[] = compliance.map((c) => ({
    agencyId: c.agencyId,
    agencyName: nameOf(c.agencyId),
    due: c.due,
    onTime: c.onTime,
    late: c.late,
    missing: c.missing,
    onTimeRate: c.onTimeRate,
  }));
  return rows.sort(
    (a, b) =>
      Number(a.due === 0) - Number(b.due === 0) ||
      a.onTimeRate - b.onTimeRate ||
      byName(a.agencyName, b.agencyName),
  );
}

/**
 * Coverage rows of the active agencies against their quotas on `today`, the largest
 * shortfall first, and how many households are covered.
 */
export function coverageRows(
  agencies: readonly Agency[],
  sponsorships: readonly Sponsorship[],
  today: string,
  perAgency: number,
): { rows: CoverageRow[]; households: number } {
  const covering = sponsorships.filter(
    (s) => s.status === "active" && s.since <= today && (s.until === undefined || s.until >= today),
  );
  const byAgency = new Map<string, number>();
  for (const s of covering) byAgency.set(s.agencyId, (byAgency.get(s.agencyId) ?? 0) + 1);
  const rows: CoverageRow[] = agencies.map((agency) => ({
    agencyId: agency.id,
    agencyName: agency.name,
    active: byAgency.get(agency.id) ?? 0,
    quota: agency.sponsorshipQuota ?? perAgency,
  }));
  rows.sort(
    (a, b) => b.quota - b.active - (a.quota - a.active) || byName(a.agencyName, b.agencyName),
  );
  return { rows, households: new Set(covering.map((s) => s.householdId)).size };
}
