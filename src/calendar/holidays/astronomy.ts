// The arithmetic the crescent estimate's astronomy shares (crescentVisibility.ts,
// sunAndMoonPositions.ts): angles in degrees, Julian days, and the two time scales (UT, the
// clock; TT, the ephemerides' uniform time).

/** Radians per degree. */
export const RAD = Math.PI / 180;
/** Julian day of 1970-01-01 00:00 UT, the start of epoch day 0. */
export const JD_UNIX_EPOCH = 2440587.5;

/** Sine of an angle in degrees. */
export function sinD(x: number): number {
  return Math.sin(x * RAD);
}
/** Cosine of an angle in degrees. */
export function cosD(x: number): number {
  return Math.cos(x * RAD);
}
/** An angle in degrees brought into [0, 360). */
export function norm360(x: number): number {
  const r = x % 360;
  return r < 0 ? r + 360 : r;
}

/**
 * ΔT = TT − UT in seconds (Espenak and Meeus's polynomials, simplified): a few seconds of
 * error move the Moon by less than 0.001°, far below what the criterion resolves.
 */
export function deltaTSeconds(jdUT: number): number {
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

/** The Julian day in TT of a Julian day in UT. */
export function ttOf(jdUT: number): number {
  return jdUT + deltaTSeconds(jdUT) / 86400;
}
