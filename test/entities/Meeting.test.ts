import { describe, expect, it } from "vitest";
import {
  AttendanceStatus,
  Meeting,
  MeetingBodyKind,
  MeetingStatus,
} from "../../src/entities/Meeting";
import { fixtures } from "./fixtures";

describe("Meeting", () => {
  it("follows its @example", () => {
    const meeting = Meeting.parse({
      id: "t4-1397-03-21",
      body: { name: "جلسه بررسی چالش‌های معاونت اجتماعی و فرهنگی", kind: "other" },
      session: 1,
      date: "1397/3/21",
      chairId: "t4-mayor",
      attendees: [{ personId: "t4-adviser", status: "present" }],
      agenda: [{ title: "چالش‌های ناحیه ۱", presenterId: "t4-district-1-head" }],
      status: "held",
    });
    expect(meeting.date).toBe("1397/03/21");
    expect(meeting.agenda[0]?.title).toBe("چالش‌های ناحیه 1");
  });

  it("canonicalises the date and start time", () => {
    const meeting = Meeting.parse(fixtures.Meeting);
    expect(meeting.startTime).toBe("09:30");
    expect(meeting.location).toBe("شهرداری منطقه 4");
  });

  it("rejects session 0, impossible dates and bad statuses", () => {
    expect(Meeting.safeParse({ ...fixtures.Meeting, session: 0 }).success).toBe(false);
    expect(Meeting.safeParse({ ...fixtures.Meeting, date: "1402/12/30" }).success).toBe(false);
    expect(Meeting.safeParse({ ...fixtures.Meeting, startTime: "24:00" }).success).toBe(false);
    expect(
      Meeting.safeParse({
        ...fixtures.Meeting,
        attendees: [{ personId: "p", status: "late" }],
      }).success,
    ).toBe(false);
  });
});

describe("meeting enums", () => {
  it("follow their @examples", () => {
    expect(MeetingBodyKind.parse("administrative-council")).toBe("administrative-council");
    expect(AttendanceStatus.options).toEqual(["present", "absent", "excused"]);
    expect(MeetingStatus.parse("held")).toBe("held");
  });
});
