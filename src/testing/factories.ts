/**
 * Entity factories for tests: each returns the input form of one entity (what a user writes
 * and every peygir function accepts), valid as it stands, with the fields given in
 * `overrides` replaced. Nested records (a household's `head`, a `region`, a meeting's `body`)
 * are merged one level deep, so `{ head: { mobile: "09130000001" } }` keeps the head's name and
 * national code. Lists and deadline specs are replaced whole.
 *
 * Ids are `test-<entity>-<index>` (index 1 by default), so several records differ by the
 * `index` option and the factories never read a counter, the clock or `Math.random`. The
 * references point at index 1 of the other factories (`agencyId: "test-agency-1"`, …), so the
 * defaults of one test hang together.
 */
import {
  type AgencyInput,
  type DirectiveInput,
  type HouseholdInput,
  type MeetingInput,
  type PersonInput,
  PeygirError,
  type SponsorshipInput,
  type TaskInput,
  toPersianDigits,
  type WeeklyReportInput,
} from "peygir";
import { testInstants } from "./testInstants";
import { testNationalId } from "./testNationalId";

/**
 * What a factory's second argument may say.
 *
 * @example
 * ```ts
 * createTestAgency({}, { index: 2 }).id; // => "test-agency-2"
 * ```
 *
 * @category Testing
 */
export interface TestFactoryOptions {
  /**
   * Which record of its kind (an integer from 1, default 1): it makes the id, the name and,
   * for a household, the national code distinct.
   */
  readonly index?: number;
}

/**
 * Overrides for an entity input: any top-level field, and for the nested records named in
 * `Nested`, any of their fields (merged into the default record).
 *
 * @example
 * ```ts
 * const overrides: TestOverrides<HouseholdInput, "head" | "region"> = { head: { mobile: "09130000001" } };
 * ```
 *
 * @category Testing
 */
export type TestOverrides<T, Nested extends keyof T = never> = {
  [K in keyof T]?: K extends Nested ? Partial<NonNullable<T[K]>> : T[K];
};

/** The region of the defaults: Shahr-e Babak county, Kerman. */
const REGION = { province: "کرمان", county: "شهربابک" } as const;

function indexOf(options: TestFactoryOptions | undefined): number {
  const index = options?.index ?? 1;
  if (!Number.isInteger(index) || index < 1) {
    throw new PeygirError("out_of_range", "test factories: index must be an integer from 1", [
      { path: ["options", "index"], message: "must be an integer from 1" },
    ]);
  }
  return index;
}

/**
 * A valid agency input: `test-agency-<index>`, a Persian name, in Shahr-e Babak (Kerman).
 *
 * @example
 * ```ts
 * createTestAgency();
 * // => { id: "test-agency-1", name: "اداره نمونه ۱", region: { province: "کرمان", county: "شهربابک" } }
 * createTestAgency({ sponsorshipQuota: 5, region: { district: "دهج" } }, { index: 2 }).region;
 * // => { province: "کرمان", county: "شهربابک", district: "دهج" }
 * ```
 *
 * @category Testing
 */
export function createTestAgency(
  overrides: TestOverrides<AgencyInput, "region"> = {},
  options?: TestFactoryOptions,
): AgencyInput {
  const i = indexOf(options);
  const { region, ...rest } = overrides;
  return {
    id: `test-agency-${i}`,
    name: `اداره نمونه ${toPersianDigits(i)}`,
    ...rest,
    region: { ...REGION, ...region },
  };
}

/**
 * A valid person input: `test-person-<index>`, the head of `test-agency-<index>`.
 *
 * @example
 * ```ts
 * createTestPerson({ role: "governor" });
 * // => { id: "test-person-1", name: "شخص نمونه ۱", role: "governor", agencyId: "test-agency-1" }
 * ```
 *
 * @category Testing
 */
export function createTestPerson(
  overrides: TestOverrides<PersonInput> = {},
  options?: TestFactoryOptions,
): PersonInput {
  const i = indexOf(options);
  return {
    id: `test-person-${i}`,
    name: `شخص نمونه ${toPersianDigits(i)}`,
    role: "agency-head",
    agencyId: `test-agency-${i}`,
    ...overrides,
  };
}

/**
 * A valid household input: `test-household-<index>`, a head with the national code
 * `testNationalId(index)`, four members, female-headed, verified, in Shahr-e Babak.
 *
 * @example
 * ```ts
 * const household = createTestHousehold({ head: { mobile: "09130000001" } }, { index: 3 });
 * household.head; // => { name: "خانوار نمونه ۳", nationalId: "9990000034", mobile: "09130000001" }
 * ```
 *
 * @category Testing
 */
export function createTestHousehold(
  overrides: TestOverrides<HouseholdInput, "head" | "region"> = {},
  options?: TestFactoryOptions,
): HouseholdInput {
  const i = indexOf(options);
  const { head, region, ...rest } = overrides;
  return {
    id: `test-household-${i}`,
    members: 4,
    vulnerabilities: ["female-headed"],
    status: "verified",
    ...rest,
    head: { name: `خانوار نمونه ${toPersianDigits(i)}`, nationalId: testNationalId(i), ...head },
    region: { ...REGION, ...region },
  };
}

/**
 * A valid meeting input: session `<index>` of a Shahr-e Babak administrative council, held on
 * 1404/02/06 (a working Saturday), chaired by `test-person-1`.
 *
 * @example
 * ```ts
 * const meeting = createTestMeeting({ status: "scheduled" });
 * meeting.id; // => "test-meeting-1"
 * meeting.body; // => { name: "شورای اداری نمونه", kind: "administrative-council" }
 * ```
 *
 * @category Testing
 */
export function createTestMeeting(
  overrides: TestOverrides<MeetingInput, "body"> = {},
  options?: TestFactoryOptions,
): MeetingInput {
  const i = indexOf(options);
  const { body, ...rest } = overrides;
  return {
    id: `test-meeting-${i}`,
    session: i,
    date: "1404/02/06",
    chairId: "test-person-1",
    attendees: [{ personId: "test-person-1", status: "present" }],
    agenda: [{ title: "پیگیری مصوبات جلسه قبل" }],
    status: "held",
    ...rest,
    body: { name: "شورای اداری نمونه", kind: "administrative-council", ...body },
  };
}

/**
 * A valid directive input of `test-meeting-1`, to all agencies, due in three working days,
 * issued at `testInstants.workingDay`.
 *
 * @example
 * ```ts
 * const directive = createTestDirective({ deadline: { type: "hours", hours: 24 } }, { index: 2 });
 * directive.id; // => "test-directive-2"
 * directive.assignees; // => "all-agencies"
 * ```
 *
 * @category Testing
 */
export function createTestDirective(
  overrides: TestOverrides<DirectiveInput> = {},
  options?: TestFactoryOptions,
): DirectiveInput {
  const i = indexOf(options);
  return {
    id: `test-directive-${i}`,
    meetingId: "test-meeting-1",
    title: `مصوبه نمونه ${toPersianDigits(i)}`,
    assignees: "all-agencies",
    deadline: { type: "working-days", days: 3 },
    issuedAt: testInstants.workingDay,
    ...overrides,
  };
}

/**
 * A valid task input: `test-agency-1`'s share of `test-directive-1`, issued at
 * `testInstants.workingDay`, due in 24 hours, not done.
 *
 * @example
 * ```ts
 * const task = createTestTask({ completedAt: "2025-04-26T15:00:00+03:30" });
 * task.agencyId; // => "test-agency-1"
 * task.deadline; // => { type: "hours", hours: 24 }
 * ```
 *
 * @category Testing
 */
export function createTestTask(
  overrides: TestOverrides<TaskInput> = {},
  options?: TestFactoryOptions,
): TaskInput {
  const i = indexOf(options);
  return {
    id: `test-task-${i}`,
    agencyId: "test-agency-1",
    directiveId: "test-directive-1",
    title: `وظیفه نمونه ${toPersianDigits(i)}`,
    issuedAt: testInstants.workingDay,
    deadline: { type: "hours", hours: 24 },
    ...overrides,
  };
}

/**
 * A valid sponsorship input: `test-agency-1` sponsors `test-household-<index>` since
 * 1404/02/06, active.
 *
 * @example
 * ```ts
 * createTestSponsorship({}, { index: 2 });
 * // => { id: "test-sponsorship-2", agencyId: "test-agency-1", householdId: "test-household-2",
 * //      since: "1404/02/06", status: "active" }
 * ```
 *
 * @category Testing
 */
export function createTestSponsorship(
  overrides: TestOverrides<SponsorshipInput> = {},
  options?: TestFactoryOptions,
): SponsorshipInput {
  const i = indexOf(options);
  return {
    id: `test-sponsorship-${i}`,
    agencyId: "test-agency-1",
    householdId: `test-household-${i}`,
    since: "1404/02/06",
    status: "active",
    ...overrides,
  };
}

/**
 * A valid weekly report input of `test-agency-1` for the week due Thursday 1404/02/11,
 * submitted that Wednesday (1404/02/10) at 10:00.
 *
 * @example
 * ```ts
 * createTestWeeklyReport().week; // => "1404/02/11"
 * ```
 *
 * @category Testing
 */
export function createTestWeeklyReport(
  overrides: TestOverrides<WeeklyReportInput> = {},
  options?: TestFactoryOptions,
): WeeklyReportInput {
  const i = indexOf(options);
  return {
    id: `test-weekly-report-${i}`,
    agencyId: "test-agency-1",
    week: "1404/02/11",
    submittedAt: "2025-04-30T10:00:00+03:30",
    ...overrides,
  };
}
