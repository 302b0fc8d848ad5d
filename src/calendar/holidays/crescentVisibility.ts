/**
 * Just enough positional astronomy to predict the first evening the new crescent can be seen
 * from Tehran: the instant of new moon (Meeus, _Astronomical Algorithms_, 2nd ed., ch. 49),
 * the Sun (ch. 25, low precision), the Moon (ch. 47, the larger terms of tables 47.A/B),
 * sidereal time (ch. 12) and Odeh's crescent-visibility criterion (Experimental Astronomy
 * 18, 2004), evaluated at Yallop's "best time" (sunset + 4/9 of the Moon's lag).
 *
 * Internal to the holiday estimate; nothing here is public API.
 */

const RAD = Math.PI / 180;
/** Julian day of 1970-01-01 00:00 UT, the start of epoch day 0. */
const JD_UNIX_EPOCH = 2440587.5;

/** Tehran: the observing site the estimate uses. */
export const TEHRAN = { latitude: 35.69, longitude: 51.39, utcOffsetHours: 3.5 } as const;

function sinD(x: number): number {
  return Math.sin(x * RAD);
}
function cosD(x: number): number {
  return Math.cos(x * RAD);
}
function norm360(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * ΔT = TT − UT in seconds (Espenak and Meeus's polynomials, simplified): a few seconds of
 * error move the Moon by less than 0.001°, far below what the criterion resolves.
 */
function deltaTSeconds(jdUT: number): number {
  const y = 2000 + (jdUT - 2451544.5) / 365.25;
  if (y < 1941) {
    const t = y - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t * t + 0.0020936 * t * t * t;
  }
  if (y < 1961) {
    const t = y - 1950;
    return 29.07 + 0.407 * t - (t * t) / 233 + (t * t * t) / 2547;
  }
  if (y < 1986) {
    const t = y - 1975;
    return 45.45 + 1.067 * t - (t * t) / 260 - (t * t * t) / 718;
  }
  if (y < 2005) {
    const t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t ** 3 + 0.000651814 * t ** 4;
  }
  if (y < 2050) {
    const t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

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

interface Equatorial {
  /** Right ascension, degrees. */
  ra: number;
  /** Declination, degrees. */
  dec: number;
  /** Distance, km (Moon) or AU (Sun). */
  distance: number;
}

/** Nutation in longitude (degrees) and true obliquity (degrees), low precision (ch. 22). */
function nutationAndObliquity(t: number): { dPsi: number; eps: number } {
  const om = 125.04452 - 1934.136261 * t;
  const l = 280.4665 + 36000.7698 * t;
  const lp = 218.3165 + 481267.8813 * t;
  const dPsi =
    (-17.2 * sinD(om) - 1.32 * sinD(2 * l) - 0.23 * sinD(2 * lp) + 0.21 * sinD(2 * om)) / 3600;
  const dEps =
    (9.2 * cosD(om) + 0.57 * cosD(2 * l) + 0.1 * cosD(2 * lp) - 0.09 * cosD(2 * om)) / 3600;
  const eps0 = 23.4392911 - 0.0130042 * t - 1.64e-7 * t * t + 5.04e-7 * t * t * t;
  return { dPsi, eps: eps0 + dEps };
}

function toEquatorial(lambda: number, beta: number, eps: number): { ra: number; dec: number } {
  const ra = Math.atan2(sinD(lambda) * cosD(eps) - Math.tan(beta * RAD) * sinD(eps), cosD(lambda));
  const dec = Math.asin(sinD(beta) * cosD(eps) + cosD(beta) * sinD(eps) * sinD(lambda));
  return { ra: norm360(ra / RAD), dec: dec / RAD };
}

/** The Sun's apparent geocentric position (Meeus ch. 25, low precision, ~0.01°). */
export function sunPosition(jdTT: number): Equatorial {
  const t = (jdTT - 2451545) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const e = 0.016708634 - 0.000042037 * t - 0.0000001267 * t * t;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinD(m) +
    (0.019993 - 0.000101 * t) * sinD(2 * m) +
    0.000289 * sinD(3 * m);
  const trueLong = l0 + c;
  const nu = m + c;
  const r = (1.000001018 * (1 - e * e)) / (1 + e * cosD(nu));
  const om = 125.04 - 1934.136 * t;
  const lambda = trueLong - 0.00569 - 0.00478 * sinD(om);
  const eps = 23.4392911 - 0.0130042 * t + 0.00256 * cosD(om);
  const { ra, dec } = toEquatorial(lambda, 0, eps);
  return { ra, dec, distance: r };
}

// Meeus table 47.A, the terms above 0.0003° (or 3 km): [D, M, M', F, Σl (1e-6 °), Σr (m)].
const MOON_LR: readonly (readonly [number, number, number, number, number, number])[] = [
  [0, 0, 1, 0, 6288774, -20905355],
  [2, 0, -1, 0, 1274027, -3699111],
  [2, 0, 0, 0, 658314, -2955968],
  [0, 0, 2, 0, 213618, -569925],
  [0, 1, 0, 0, -185116, 48888],
  [0, 0, 0, 2, -114332, -3149],
  [2, 0, -2, 0, 58793, 246158],
  [2, -1, -1, 0, 57066, -152138],
  [2, 0, 1, 0, 53322, -170733],
  [2, -1, 0, 0, 45758, -204586],
  [0, 1, -1, 0, -40923, -129620],
  [1, 0, 0, 0, -34720, 108743],
  [0, 1, 1, 0, -30383, 104755],
  [2, 0, 0, -2, 15327, 10321],
  [0, 0, 1, 2, -12528, 0],
  [0, 0, 1, -2, 10980, 79661],
  [4, 0, -1, 0, 10675, -34782],
  [0, 0, 3, 0, 10034, -23210],
  [4, 0, -2, 0, 8548, -21636],
  [2, 1, -1, 0, -7888, 24208],
  [2, 1, 0, 0, -6766, 30824],
  [1, 0, -1, 0, -5163, -8379],
  [1, 1, 0, 0, 4987, -16675],
  [2, -1, 1, 0, 4036, -12831],
  [2, 0, 2, 0, 3994, -10445],
  [4, 0, 0, 0, 3861, -11650],
  [2, 0, -3, 0, 3665, 14403],
  [0, 1, -2, 0, -2689, -7003],
  [2, 0, -1, 2, -2602, 0],
  [2, -1, -2, 0, 2390, 10056],
  [1, 0, 1, 0, -2348, 6322],
  [2, -2, 0, 0, 2236, -9884],
  [0, 1, 2, 0, -2120, 5751],
  [0, 2, 0, 0, -2069, 0],
  [2, -2, -1, 0, 2048, -4950],
  [2, 0, 1, -2, -1773, 4130],
  [2, 0, 0, 2, -1595, 0],
  [4, -1, -1, 0, 1215, -3958],
  [0, 0, 2, 2, -1110, 0],
  [3, 0, -1, 0, -892, 3258],
  [2, 1, 1, 0, -810, 2616],
  [4, -1, -2, 0, 759, -1897],
  [0, 2, -1, 0, -713, -2117],
  [2, 2, -1, 0, -700, 2354],
  [2, 1, -2, 0, 691, 0],
  [2, -1, 0, -2, 596, 0],
  [4, 0, 1, 0, 549, -1423],
  [0, 0, 4, 0, 537, -1117],
  [4, -1, 0, 0, 520, -1571],
  [1, 0, -2, 0, -487, -1739],
  [0, 0, 2, -2, -381, -4421],
  [2, 0, -1, -2, 0, 8752],
];

// Meeus table 47.B, the terms above 0.001°: [D, M, M', F, Σb (1e-6 °)].
const MOON_B: readonly (readonly [number, number, number, number, number])[] = [
  [0, 0, 0, 1, 5128122],
  [0, 0, 1, 1, 280602],
  [0, 0, 1, -1, 277693],
  [2, 0, 0, -1, 173237],
  [2, 0, -1, 1, 55413],
  [2, 0, -1, -1, 46271],
  [2, 0, 0, 1, 32573],
  [0, 0, 2, 1, 17198],
  [2, 0, 1, -1, 9266],
  [0, 0, 2, -1, 8822],
  [2, -1, 0, -1, 8216],
  [2, 0, -2, -1, 4324],
  [2, 0, 1, 1, 4200],
  [2, 1, 0, -1, -3359],
  [2, -1, -1, 1, 2463],
  [2, -1, 0, 1, 2211],
  [2, -1, -1, -1, 2065],
  [0, 1, -1, -1, -1870],
  [4, 0, -1, -1, 1828],
  [0, 1, 0, 1, -1794],
  [0, 0, 0, 3, -1749],
  [0, 1, -1, 1, -1565],
  [1, 0, 0, 1, -1491],
  [0, 1, 1, 1, -1475],
  [0, 1, 1, -1, -1410],
  [0, 1, 0, -1, -1344],
  [1, 0, 0, -1, -1335],
  [0, 0, 3, 1, 1107],
  [4, 0, 0, -1, 1021],
];

/** The Moon's apparent geocentric position (Meeus ch. 47, truncated: ~0.003°, ~5 km). */
export function moonPosition(jdTT: number): Equatorial & { lambda: number; beta: number } {
  const t = (jdTT - 2451545) / 36525;
  const t2 = t * t;
  const lp = 218.3164477 + 481267.88123421 * t - 0.0015786 * t2;
  const d = 297.8501921 + 445267.1114034 * t - 0.0018819 * t2;
  const m = 357.5291092 + 35999.0502909 * t - 0.0001536 * t2;
  const mp = 134.9633964 + 477198.8675055 * t + 0.0087414 * t2;
  const f = 93.272095 + 483202.0175233 * t - 0.0036539 * t2;
  const a1 = 119.75 + 131.849 * t;
  const a2 = 53.09 + 479264.29 * t;
  const a3 = 313.45 + 481266.484 * t;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  let sl = 0;
  let sr = 0;
  for (const [cd, cm, cmp, cf, l, r] of MOON_LR) {
    const factor = cm === 0 ? 1 : Math.abs(cm) === 1 ? e : e * e;
    const arg = cd * d + cm * m + cmp * mp + cf * f;
    sl += l * factor * sinD(arg);
    sr += r * factor * cosD(arg);
  }
  let sb = 0;
  for (const [cd, cm, cmp, cf, b] of MOON_B) {
    const factor = cm === 0 ? 1 : Math.abs(cm) === 1 ? e : e * e;
    sb += b * factor * sinD(cd * d + cm * m + cmp * mp + cf * f);
  }
  sl += 3958 * sinD(a1) + 1962 * sinD(lp - f) + 318 * sinD(a2);
  sb +=
    -2235 * sinD(lp) +
    382 * sinD(a3) +
    175 * sinD(a1 - f) +
    175 * sinD(a1 + f) +
    127 * sinD(lp - mp) -
    115 * sinD(lp + mp);
  const { dPsi, eps } = nutationAndObliquity(t);
  const lambda = norm360(lp + sl / 1e6 + dPsi);
  const beta = sb / 1e6;
  const { ra, dec } = toEquatorial(lambda, beta, eps);
  return { ra, dec, distance: 385000.56 + sr / 1000, lambda, beta };
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

function ttOf(jdUT: number): number {
  return jdUT + deltaTSeconds(jdUT) / 86400;
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
