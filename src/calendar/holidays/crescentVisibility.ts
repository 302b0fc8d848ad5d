/**
 * Just enough positional astronomy to predict the first evening the new crescent can be seen
 * from Tehran: the instant of new moon (Meeus, _Astronomical Algorithms_, 2nd ed., ch. 49),
 * sidereal time (ch. 12) and Odeh's crescent-visibility criterion (Experimental Astronomy
 * 18, 2004), evaluated at Yallop's "best time" (sunset + 4/9 of the Moon's lag). The Sun's and
 * the Moon's positions are in sunAndMoonPositions.ts, the shared arithmetic in astronomy.ts.
 *
 * Internal to the holiday estimate; nothing here is public API.
 */
import { cosD, deltaTSeconds, JD_UNIX_EPOCH, norm360, RAD, sinD, ttOf } from "./astronomy";
import { moonPosition, sunPosition } from "./sunAndMoonPositions";

/** Tehran: the observing site the estimate uses. */
export const TEHRAN = { latitude: 35.69, longitude: 51.39, utcOffsetHours: 3.5 } as const;

// Periodic terms of the new-moon correction (Meeus table 49.A, new moon column):
// [coefficient in days, power of E, multiple of M, of M', of F, of Ω].
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Planetary arguments of the new-moon correction: [A0, A per lunation, coefficient in days].
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [299.77, 0.107408, 0.000325],
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/**
 * The instant of the new moon of lunation `k` (k = 0 is the new moon of 2000-01-06), as a
 * Julian day in UT (Meeus ch. 49, accurate to well under a minute for these centuries).
 */
export function newMoonJdUT(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const jde =
    2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const om = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;
  let correction = 0;
  for (const [c, ePower, cm, cmp, cf, com] of NEW_MOON_TERMS) {
    correction += c * e ** ePower * sinD(cm * m + cmp * mp + cf * f + com * om);
  }
  for (const [a0, a1, c] of PLANETARY_TERMS) {
    const a = a0 === 299.77 ? a0 + a1 * k - 0.009173 * t2 : a0 + a1 * k;
    correction += c * sinD(a);
  }
  const jdTT = jde + correction;
  return jdTT - deltaTSeconds(jdTT) / 86400;
}

/** Greenwich mean sidereal time in degrees (Meeus 12.4). */
function siderealTime(jdUT: number): number {
  const t = (jdUT - 2451545) / 36525;
  return norm360(
    280.46061837 +
      360.98564736629 * (jdUT - 2451545) +
      0.000387933 * t * t -
      (t * t * t) / 38710000,
  );
}

interface Horizontal {
  /** Geocentric (airless) altitude, degrees. */
  alt: number;
  /** Azimuth, degrees from south (only differences are used). */
  az: number;
}

function horizontal(pos: { ra: number; dec: number }, jdUT: number): Horizontal {
  const { latitude, longitude } = TEHRAN;
  const h = siderealTime(jdUT) + longitude - pos.ra;
  const alt = Math.asin(sinD(latitude) * sinD(pos.dec) + cosD(latitude) * cosD(pos.dec) * cosD(h));
  const az = Math.atan2(
    sinD(h),
    cosD(h) * sinD(latitude) - Math.tan(pos.dec * RAD) * cosD(latitude),
  );
  return { alt: alt / RAD, az: az / RAD };
}

function sunAltitude(jdUT: number): number {
  return horizontal(sunPosition(ttOf(jdUT)), jdUT).alt;
}

/** The Moon's topocentric altitude (airless), with parallax in altitude for a spherical Earth. */
function moonTopocentricAltitude(jdUT: number): number {
  const moon = moonPosition(ttOf(jdUT));
  const { alt } = horizontal(moon, jdUT);
  const parallax = Math.asin(6378.14 / moon.distance) / RAD;
  return alt - parallax * cosD(alt);
}

/** Solves f(t) = 0 near t0 by the secant method (f is smooth and monotonic there). */
function secant(f: (t: number) => number, t0: number, t1: number): number {
  let a = t0;
  let b = t1;
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < 8 && Math.abs(b - a) > 1e-5; i++) {
    const next = b - (fb * (b - a)) / (fb - fa);
    a = b;
    fa = fb;
    b = next;
    fb = f(b);
  }
  return b;
}

// Apparent sunset: the upper limb on the horizon with standard refraction.
const SUNSET_ALTITUDE = -0.8333;
// Apparent moonset: refraction (34') plus the topocentric semi-diameter (~15.5').
const MOONSET_ALTITUDE = -0.825;

/** The Julian day (UT) of sunset at Tehran on epoch day `day` (Tehran's calendar day). */
export function sunsetJdUT(day: number): number {
  // Local noon near 12:00 − longitude/15 h UT; sunset 4–7.5 h later.
  const guess = JD_UNIX_EPOCH + day + 0.5 - TEHRAN.longitude / 360 + 0.25;
  return secant((t) => sunAltitude(t) - SUNSET_ALTITUDE, guess, guess + 0.02);
}

/** What the criterion needs about the crescent on one evening, all in degrees or arcminutes. */
export interface CrescentObservation {
  /** Julian day (UT) of sunset. */
  sunset: number;
  /** Minutes from sunset to moonset (≤ 0: the Moon sets first). */
  lagMinutes: number;
  /** Topocentric arc of vision: Moon's airless altitude minus the Sun's, at best time. */
  arcv: number;
  /** Topocentric arc of light (Sun–Moon elongation), at best time. */
  arcl: number;
  /** Topocentric crescent width, arcminutes. */
  width: number;
  /** Odeh's visibility value V (≥ 5.65 naked eye, ≥ 2 optical aid, ≥ −0.96 telescope). */
  odehV: number;
}

/** Evaluates the crescent at Tehran on the evening of epoch day `day` (Odeh's V at best time). */
export function observeCrescent(day: number): CrescentObservation {
  const sunset = sunsetJdUT(day);
  const moonAltAtSunset = moonTopocentricAltitude(sunset) - MOONSET_ALTITUDE;
  const moonset =
    moonAltAtSunset <= 0
      ? sunset
      : secant(
          (t) => moonTopocentricAltitude(t) - MOONSET_ALTITUDE,
          sunset + moonAltAtSunset / 360,
          sunset + moonAltAtSunset / 360 + 0.01,
        );
  const lag = moonset - sunset;
  const best = sunset + (4 / 9) * Math.max(lag, 0);
  const sun = sunPosition(ttOf(best));
  const moon = moonPosition(ttOf(best));
  const sunH = horizontal(sun, best);
  const moonH = horizontal(moon, best);
  const sinPi = 6378.14 / moon.distance;
  const moonTopoAlt = moonH.alt - (Math.asin(sinPi) / RAD) * cosD(moonH.alt);
  const arcv = moonTopoAlt - sunH.alt;
  const daz = sunH.az - moonH.az;
  const arcl =
    Math.acos(
      Math.min(
        1,
        sinD(moonTopoAlt) * sinD(sunH.alt) + cosD(moonTopoAlt) * cosD(sunH.alt) * cosD(daz),
      ),
    ) / RAD;
  // Semi-diameter in arcminutes (Meeus 55: 358473400 / Δ arcseconds), augmented by the
  // Moon's altitude because the observer is nearer to it than the Earth's centre is.
  const sd = 358473400 / moon.distance / 60;
  const sdTopo = sd * (1 + sinD(moonTopoAlt) * sinPi);
  const width = sdTopo * (1 - cosD(arcl));
  const odehV = arcv - (-0.1018 * width ** 3 + 0.7319 * width ** 2 - 6.3226 * width + 7.1651);
  return { sunset, lagMinutes: lag * 1440, arcv, arcl, width, odehV };
}

/** The epoch day on which a Julian day (UT) falls in Tehran (+03:30). */
export function tehranEpochDay(jdUT: number): number {
  return Math.floor(jdUT - JD_UNIX_EPOCH + TEHRAN.utcOffsetHours / 24);
}
