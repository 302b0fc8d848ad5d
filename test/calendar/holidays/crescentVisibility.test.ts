import { describe, expect, it } from "vitest";
import {
  newMoonJdUT,
  observeCrescent,
  sunsetJdUT,
} from "../../../src/calendar/holidays/crescentVisibility";
import { moonPosition, sunPosition } from "../../../src/calendar/holidays/sunAndMoonPositions";

// Golden values: the worked examples of Meeus, Astronomical Algorithms (2nd ed.).
describe("positional astronomy (Meeus's worked examples)", () => {
  it("example 49.a: the new moon of 1977 February 18, 3:37:42 TD", () => {
    // JDE 2443192.65118; ΔT in 1977 was about 48 s.
    expect(newMoonJdUT(-283)).toBeCloseTo(2443192.65118 - 48 / 86400, 4);
  });

  it("example 25.a: the Sun on 1992 October 13, 0h TD", () => {
    const sun = sunPosition(2448908.5);
    expect(sun.ra).toBeCloseTo(198.38083, 3);
    expect(sun.dec).toBeCloseTo(-7.78507, 3);
    expect(sun.distance).toBeCloseTo(0.99766, 4);
  });

  it("example 47.a: the Moon on 1992 April 12, 0h TD", () => {
    const moon = moonPosition(2448724.5);
    // Apparent λ 133.167265°, β −3.229126°, Δ 368409.7 km; α 134.688470°, δ 13.768368°.
    expect(Math.abs(moon.lambda - 133.167265)).toBeLessThan(0.003);
    expect(Math.abs(moon.beta + 3.229126)).toBeLessThan(0.003);
    expect(Math.abs(moon.distance - 368409.7)).toBeLessThan(5);
    expect(Math.abs(moon.ra - 134.68847)).toBeLessThan(0.003);
    expect(Math.abs(moon.dec - 13.768368)).toBeLessThan(0.003);
  });
});

describe("Tehran evenings", () => {
  it("sunset on 1403/01/01 (2024-03-20) is near 18:14 Tehran time", () => {
    // 2024-03-20 is epoch day 19802; published Tehran sunset 18:13–18:15 (+03:30).
    const local = ((sunsetJdUT(19802) - 2440587.5 - 19802) * 24 + 3.5) * 60;
    expect(Math.abs(local - (18 * 60 + 14))).toBeLessThan(3);
  });

  it("the crescent cannot be seen on the evening of a conjunction after sunset", () => {
    // New moon 2024-04-08 18:21 UT (the total eclipse), after sunset at Tehran.
    const seen = observeCrescent(19821);
    expect(seen.odehV).toBeLessThan(-0.96);
  });
});
