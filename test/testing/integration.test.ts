import { expandDirective, getDeadlineStatus, type Task } from "peygir";
import { createTestAgency, createTestDirective, shahrBabak, testInstants } from "peygir/testing";
import { describe, expect, it } from "vitest";

// The code under test. In your project it lives in your own module: here, the agencies that
// are late on a directive at a given instant.
function lateAgencies(tasks: readonly Task[], now: string): string[] {
  return tasks
    .filter((task) => getDeadlineStatus(task, { now }).state === "overdue")
    .map((task) => task.agencyId);
}

describe("lateAgencies", () => {
  // Two agencies, and a directive issued on the last working day before Nowruz 1404 with
  // one working day to comply: the Nowruz holidays do not count.
  const agencies = [createTestAgency({}, { index: 1 }), createTestAgency({}, { index: 2 })];
  const directive = createTestDirective({
    issuedAt: testInstants.lastWorkingDayOf1403,
    deadline: { type: "working-days", days: 1 },
  });
  const tasks = expandDirective(directive, { agencies });

  it("finds no one late during Nowruz", () => {
    expect(lateAgencies(tasks, testInstants.nowruz1404)).toEqual([]);
  });

  it("finds the agencies that did not comply late after the holidays", () => {
    const [first, second] = tasks;
    if (first === undefined || second === undefined) throw new Error("expected two tasks");
    const done = { ...second, completedAt: "2025-03-18T12:00:00+03:30" };
    expect(lateAgencies([first, done], testInstants.workingDay)).toEqual(["test-agency-1"]);
  });

  it("runs on the seed scenario: the Shahr-e Babak council's eleven agencies", () => {
    // 24 hours to answer citizens, from 1399: all eleven are late on 1404/02/06.
    const media = shahrBabak.directives.find((directive) => directive.id === "sb-media-24h");
    if (media === undefined) throw new Error("expected the seed directive");
    const seedTasks = expandDirective(media, { agencies: shahrBabak.agencies });
    expect(seedTasks).toHaveLength(11);
    expect(lateAgencies(seedTasks, testInstants.workingDay)).toHaveLength(11);
  });
});
