import * as z from "zod";
import { JalaliDate } from "../jalali/JalaliDate";
import { IsoInstant } from "./IsoInstant";
import { Id, PersianText } from "./internal/text";

/**
 * An agency's weekly performance report (گزارش عملکرد هفتگی), as the Shahr-e Babak council
 * requires every Thursday.
 *
 * `week` is the due date the report answers (the Thursday), not the day it was sent;
 * `submittedAt` is when it was sent, so lateness is `submittedAt` after the due time.
 *
 * @example
 * ```ts
 * WeeklyReport.parse({
 *   id: "wr-1",
 *   agencyId: "sb-welfare",
 *   week: "1399/02/11",
 *   submittedAt: "2020-04-30T12:30:00+04:30",
 * });
 * // => { id: "wr-1", agencyId: "sb-welfare", week: "1399/02/11",
 * //      submittedAt: "2020-04-30T12:30:00+04:30" }
 * ```
 *
 * @category Entities
 */
export const WeeklyReport = z
  .object({
    /** The report's id. */
    id: Id,
    /** The reporting agency. */
    agencyId: Id,
    /** The due date the report answers. */
    week: JalaliDate,
    /** When it was sent (ISO 8601 with an offset). */
    submittedAt: IsoInstant,
    /** A short summary of the work reported. */
    summary: PersianText.exactOptional(),
  })
  .meta({ title: "WeeklyReport" });

/**
 * A weekly report of one agency.
 *
 * @category Entities
 */
export type WeeklyReport = z.infer<typeof WeeklyReport>;

/**
 * A weekly report as accepted by {@link WeeklyReport}.
 *
 * @category Entities
 */
export type WeeklyReportInput = z.input<typeof WeeklyReport>;
