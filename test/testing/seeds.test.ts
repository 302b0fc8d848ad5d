import { describe, expect, it, vi } from "vitest";
import {
  Agency,
  Directive,
  Household,
  isValidNationalId,
  Meeting,
  Person,
  Sponsorship,
} from "../../src/index";
import { fromJalaliDate } from "../../src/jalali/fromJalaliDate";
import { getJalaliWeekday } from "../../src/jalali/getJalaliWeekday";
import {
  eastAzarbaijanWelfare,
  qods,
  region4,
  seeds,
  shahrBabak,
} from "../../src/testing/scenario/seeds";

const places = Object.entries(seeds);

describe("seed scenario: every value is a valid, JSON-stable entity", () => {
  for (const [place, scenario] of places) {
    it(place, () => {
      const check = <T>(schema: { parse(input: unknown): T }, values: readonly T[]) => {
        for (const value of values) {
          expect(schema.parse(JSON.parse(JSON.stringify(value)))).toEqual(value);
        }
      };
      check(Agency, scenario.agencies);
      check(Person, scenario.people);
      check(Meeting, scenario.meetings);
      check(Directive, scenario.directives);
    });
  }

  it("households and sponsorships", () => {
    for (const household of shahrBabak.households) {
      expect(Household.parse(JSON.parse(JSON.stringify(household)))).toEqual(household);
    }
    for (const sponsorship of shahrBabak.sponsorships) {
      expect(Sponsorship.parse(JSON.parse(JSON.stringify(sponsorship)))).toEqual(sponsorship);
    }
  });
});

describe("seed scenario: references resolve", () => {
  for (const [place, scenario] of places) {
    it(place, () => {
      const agencyIds = new Set(scenario.agencies.map((agency) => agency.id));
      if (scenario === shahrBabak) agencyIds.add(shahrBabak.governorate.id);
      const personIds = new Set(scenario.people.map((person) => person.id));
      const meetingIds = new Set(scenario.meetings.map((meeting) => meeting.id));
      expect(agencyIds.size).toBe(scenario.agencies.length + (scenario === shahrBabak ? 1 : 0));
      expect(personIds.size).toBe(scenario.people.length);
      for (const agency of scenario.agencies) {
        if (agency.parentId !== undefined) expect(agencyIds).toContain(agency.parentId);
      }
      for (const person of scenario.people) {
        if (person.agencyId !== undefined) expect(agencyIds).toContain(person.agencyId);
      }
      for (const meeting of scenario.meetings) {
        expect(personIds).toContain(meeting.chairId);
        for (const attendee of meeting.attendees) {
          expect(personIds).toContain(attendee.personId);
          if (attendee.onBehalfOf !== undefined) expect(personIds).toContain(attendee.onBehalfOf);
        }
        for (const item of meeting.agenda) {
          if (item.presenterId !== undefined) expect(personIds).toContain(item.presenterId);
        }
        // Offices do not meet on Fridays.
        expect(getJalaliWeekday(meeting.date)).not.toBe("friday");
      }
      for (const directive of scenario.directives) {
        if (directive.meetingId !== undefined) expect(meetingIds).toContain(directive.meetingId);
        if (directive.assignees !== "all-agencies") {
          for (const id of directive.assignees.agencyIds) expect(agencyIds).toContain(id);
        }
      }
    });
  }

  it("directives issued at a meeting are issued on its day, at its start time", () => {
    for (const [, scenario] of places) {
      for (const directive of scenario.directives) {
        const meeting = scenario.meetings.find((m) => m.id === directive.meetingId);
        if (meeting?.startTime === undefined) continue;
        const start = fromJalaliDate(meeting.date, { time: meeting.startTime });
        expect(Date.parse(directive.issuedAt)).toBe(Date.parse(start));
      }
    }
  });
});

describe("Quds county (seeds 000 and 001)", () => {
  it("the social-services headquarters' third session, chaired by the governor", () => {
    const meeting = qods.headquartersThirdSession;
    expect(meeting.session).toBe(3);
    expect(meeting.body.kind).toBe("social-services-headquarters");
    expect(meeting.date.startsWith("1401/")).toBe(true);
    const chair = qods.people.find((person) => person.id === meeting.chairId);
    expect(chair).toMatchObject({ name: "وحید گلی کانی", role: "governor" });
    const attending = meeting.attendees.map(
      (attendee) => qods.people.find((person) => person.id === attendee.personId)?.role,
    );
    expect(attending).toContain("friday-prayer-leader");
    expect(attending.filter((role) => role === "agency-head").length).toBeGreaterThanOrEqual(3);
    const imam = qods.people.find((person) => person.role === "friday-prayer-leader");
    expect(imam?.name).toBe("حجت الاسلام و المسلمین رضا جوکار");
  });

  it("its four directives go to all agencies", () => {
    const directives = qods.directives.filter((d) => d.meetingId === "qods-hq-3");
    expect(directives).toHaveLength(4);
    for (const directive of directives) expect(directive.assignees).toBe("all-agencies");
  });

  it("the joint council's second session, with its directives to the municipality", () => {
    const meeting = qods.jointCouncilSecondSession;
    expect(meeting.session).toBe(2);
    expect(meeting.body.kind).toBe("joint-council");
    const roles = meeting.attendees.map(
      (attendee) => qods.people.find((person) => person.id === attendee.personId)?.role,
    );
    for (const role of [
      "deputy-governor",
      "district-governor",
      "mayor",
      "council-chair",
      "deputy-mayor",
    ]) {
      expect(roles).toContain(role);
    }
    const toMunicipality = qods.directives.filter(
      (d) =>
        d.meetingId === "qods-joint-2" &&
        d.assignees !== "all-agencies" &&
        d.assignees.agencyIds.includes("qods-municipality"),
    );
    expect(toMunicipality.length).toBeGreaterThanOrEqual(8);
  });
});

describe("Shahr-e Babak county (seed 002)", () => {
  const byId = (id: string) => shahrBabak.directives.find((d) => d.id === id);

  it("the administrative council at the start of Ramadan 1399", () => {
    const council = shahrBabak.council;
    expect(council.body.kind).toBe("administrative-council");
    expect(council.date).toBe("1399/02/08");
    expect(shahrBabak.people.find((p) => p.id === council.chairId)).toMatchObject({
      name: "سعید قائینی",
      role: "governor",
    });
    expect(shahrBabak.people.find((p) => p.role === "friday-prayer-leader")?.name).toBe(
      "حجت الاسلام علی اصغر انصاری",
    );
  });

  it("the directives carry the seed's rules", () => {
    expect(byId("sb-council-resolutions")?.deadline.type).toBe("working-days");
    expect(byId("sb-media-24h")?.deadline).toEqual({ type: "hours", hours: 24 });
    expect(byId("sb-weekly-report")?.recurrence).toEqual({ every: "week", weekday: "thursday" });
    expect(byId("sb-social-networks")).toBeDefined();
    expect(byId("sb-identify-needy")?.deadline.type).toBe("date");
    const five = byId("sb-five-families");
    expect(five?.assignees).toBe("all-agencies");
    expect(five?.text).toContain("پنج خانواده نیازمند");
    expect(shahrBabak.directives).toHaveLength(6);
  });

  it("about ten agencies in Kerman / Shahr-e Babak, five families each", () => {
    expect(shahrBabak.agencies.length).toBeGreaterThanOrEqual(10);
    for (const agency of shahrBabak.agencies) {
      expect(agency.id.startsWith("sb-")).toBe(true);
      expect(agency.region.province).toBe("کرمان");
      expect(agency.region.county).toBe("شهربابک");
      expect(["مرکزی", "دهج"]).toContain(agency.region.district);
      expect(agency.sponsorshipQuota).toBe(shahrBabak.familiesPerAgency);
    }
    expect(shahrBabak.familiesPerAgency).toBe(5);
  });

  it("at least 60 fictional households, varied, with valid IDs and two duplicate IDs", () => {
    const households = shahrBabak.households;
    expect(households.length).toBeGreaterThanOrEqual(60);
    expect(new Set(households.map((h) => h.id)).size).toBe(households.length);
    for (const household of households) {
      expect(household.head.name).toMatch(/^خانوار نمونه \d+$/);
      expect(isValidNationalId(household.head.nationalId)).toBe(true);
      expect(household.head.nationalId).toMatch(/^\d{10}$/);
    }
    const counts = new Map<string, number>();
    for (const h of households)
      counts.set(h.head.nationalId, (counts.get(h.head.nationalId) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n > 1)).toEqual([2, 2]);

    expect(new Set(households.map((h) => h.region.district))).toEqual(new Set(["مرکزی", "دهج"]));
    expect(new Set(households.flatMap((h) => h.vulnerabilities)).size).toBe(10);
    expect(new Set(households.map((h) => h.status)).size).toBe(5);
    expect(new Set(households.map((h) => h.members)).size).toBeGreaterThanOrEqual(5);
    expect(households.some((h) => h.monthlyIncome === undefined)).toBe(true);
    expect(
      households.filter((h) => h.excludedAgencyIds !== undefined).length,
    ).toBeGreaterThanOrEqual(3);
    const agencyIds = new Set(shahrBabak.agencies.map((a) => a.id));
    for (const h of households)
      for (const id of h.excludedAgencyIds ?? []) expect(agencyIds).toContain(id);
  });

  it("has enough eligible households for five per agency", () => {
    const eligible = new Set(
      shahrBabak.households
        .filter((h) => h.status === "verified" || h.status === "identified")
        .map((h) => h.head.nationalId),
    );
    expect(eligible.size).toBeGreaterThanOrEqual(shahrBabak.agencies.length * 5);
  });

  it("sponsorships match the sponsored and graduated households", () => {
    for (const household of shahrBabak.households) {
      const coverage = shahrBabak.sponsorships.filter((s) => s.householdId === household.id);
      if (household.status === "sponsored")
        expect(coverage.map((s) => s.status)).toEqual(["active"]);
      else if (household.status === "graduated")
        expect(coverage.map((s) => s.status)).toEqual(["ended"]);
      else expect(coverage).toEqual([]);
    }
  });

  it("is deterministic", async () => {
    vi.resetModules();
    const again = await import("../../src/testing/scenario/seeds");
    expect(again.shahrBabak).not.toBe(shahrBabak);
    expect(JSON.stringify(again.shahrBabak.households)).toBe(JSON.stringify(shahrBabak.households));
  });
});

describe("Tehran Region 4 (seed 004)", () => {
  it("the meeting of 1397/3/21 chaired by the mayor, with the adviser", () => {
    const meeting = region4.meeting;
    expect(meeting.date).toBe("1397/03/21");
    expect(region4.people.find((p) => p.id === meeting.chairId)).toMatchObject({
      name: "حسینی",
      role: "mayor",
    });
    const adviser = region4.people.find((p) => p.name === "حقانی");
    expect(meeting.attendees.map((a) => a.personId)).toContain(adviser?.id);
  });

  it("nine districts under the region's municipality, each presenting an agenda item", () => {
    const districts = region4.agencies.filter((a) => a.parentId === "t4-municipality");
    expect(districts).toHaveLength(9);
    const presenters = new Set(region4.meeting.agenda.map((item) => item.presenterId));
    for (const district of districts) {
      const head = region4.people.find((p) => p.agencyId === district.id);
      expect(head).toBeDefined();
      expect(presenters).toContain(head?.id);
      expect(district.region.district).toMatch(/^ناحیه \d$/);
    }
  });
});

describe("East Azerbaijan welfare (seed 003)", () => {
  it("the provincial directive fans out to county offices", () => {
    const [directive] = eastAzarbaijanWelfare.directives;
    const counties = eastAzarbaijanWelfare.agencies.filter((a) => a.parentId === "ea-welfare");
    expect(counties.length).toBeGreaterThanOrEqual(2);
    expect(directive?.assignees).toEqual({ agencyIds: counties.map((a) => a.id) });
    expect(eastAzarbaijanWelfare.people[0]?.name).toBe("فرگل صحاف");
  });
});
