/**
 * Where the Sun and the Moon are on the sky at an instant, geocentric and apparent: the Sun
 * by Meeus, _Astronomical Algorithms_ (2nd ed.), ch. 25 (low precision), the Moon by ch. 47
 * with the larger terms of tables 47.A/B, and nutation by ch. 22. Read by
 * crescentVisibility.ts; the coefficient tables are most of the file.
 *
 * @packageDocumentation
 */
import { cosD, norm360, RAD, sinD } from "./astronomy";

/** A position on the sky, geocentric. */
export interface Equatorial {
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
