import * as z from "zod";
import { ClockTime } from "../jalali/ClockTime";
import { JalaliDate } from "../jalali/JalaliDate";
import { Id, NonEmptyShownText, PersianText } from "./internal/text";

/**
 * The kind of body that meets: an administrative council (شورای اداری), a social-services
 * headquarters (ستاد/قرارگاه خدمات اجتماعی), a joint council (e.g. the governorate's and
 * municipality's deputies, شورای معاونین), a working group (گروه کاری) or other.
 *
 * @example
 * ```ts
 * MeetingBodyKind.parse("administrative-council"); // => "administrative-council"
 * ```
 *
 * @category Entities
 */
export const MeetingBodyKind = z.enum([
  "administrative-council",
  "social-services-headquarters",
  "joint-council",
  "working-group",
  "other",
]);

/**
 * The kind of body that meets.
 *
 * @category Entities
 */
export type MeetingBodyKind = z.infer<typeof MeetingBodyKind>;

/**
 * Whether an invited person was present, absent, or excused.
 *
 * @example
 * ```ts
 * AttendanceStatus.options; // => ["present", "absent", "excused"]
 * ```
 *
 * @category Entities
 */
export const AttendanceStatus = z.enum(["present", "absent", "excused"]);

/**
 * An attendee's status.
 *
 * @category Entities
 */
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/**
 * Whether a meeting is scheduled, was held, or was cancelled.
 *
 * @example
 * ```ts
 * MeetingStatus.parse("held"); // => "held"
 * ```
 *
 * @category Entities
 */
export const MeetingStatus = z.enum(["scheduled", "held", "cancelled"]);

/**
 * A meeting's status.
 *
 * @category Entities
 */
export type MeetingStatus = z.infer<typeof MeetingStatus>;

/**
 * One session of a body: when and where it met, who chaired and attended, what was on the
 * agenda.
 *
 * Sessions are numbered within their body (the Quds headquarters' third session is
 * `session: 3`). The date is a Jalali day in canonical form; the schema accepts the forms
 * {@link JalaliDate} accepts (`1397/3/21`). `sources` holds references such as news URLs.
 * The directives a meeting issues point back to it with `meetingId`.
 *
 * @example
 * ```ts
 * const meeting = Meeting.parse({
 *   id: "t4-1397-03-21",
 *   body: { name: "جلسه بررسی چالش‌های معاونت اجتماعی و فرهنگی", kind: "other" },
 *   session: 1,
 *   date: "1397/3/21",
 *   chairId: "t4-mayor",
 *   attendees: [{ personId: "t4-adviser", status: "present" }],
 *   agenda: [{ title: "چالش‌های ناحیه ۱", presenterId: "t4-district-1-head" }],
 *   status: "held",
 * });
 * meeting.date; // => "1397/03/21"
 * meeting.agenda[0]?.title; // => "چالش‌های ناحیه 1"
 * ```
 *
 * @category Entities
 */
export const Meeting = z
  .object({
    /** The meeting's id. */
    id: Id,
    /** The body that meets. */
    body: z.object({
      /** The body's name, e.g. `شورای اداری شهرستان شهربابک`. */
      name: PersianText,
      /** The kind of body. */
      kind: MeetingBodyKind,
    }),
    /** The session number within the body, from 1. */
    session: z.number().int().min(1),
    /** The Jalali day of the meeting. */
    date: JalaliDate,
    /** The time it starts, `HH:mm`. */
    startTime: ClockTime.exactOptional(),
    /** Where it is held. */
    location: PersianText.exactOptional(),
    /** The id of the person who chairs. */
    chairId: Id,
    /** Who was invited and whether they came (default: none listed). */
    attendees: z
      .array(
        z.object({
          /** The attendee's person id. */
          personId: Id,
          /** Present, absent or excused. */
          status: AttendanceStatus,
          /** The person this attendee stands in for. */
          onBehalfOf: Id.exactOptional(),
        }),
      )
      .default([]),
    /** The agenda items, in order (default: none listed). */
    agenda: z
      .array(
        z.object({
          /** The item's title. */
          title: PersianText,
          /** The person who presents it. */
          presenterId: Id.exactOptional(),
        }),
      )
      .default([]),
    /** Scheduled, held or cancelled. */
    status: MeetingStatus,
    /** References to where the meeting is reported (URLs, document numbers). */
    sources: z.array(NonEmptyShownText).exactOptional(),
  })
  .meta({ title: "Meeting" });

/**
 * A session of a body.
 *
 * @category Entities
 */
export type Meeting = z.infer<typeof Meeting>;

/**
 * A meeting as accepted by {@link Meeting} (dates and text before normalisation).
 *
 * @category Entities
 */
export type MeetingInput = z.input<typeof Meeting>;
