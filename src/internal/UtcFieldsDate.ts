/**
 * A `Date` whose field methods (`getDate`, `setHours`, …) are the UTC ones and whose zone
 * offset is 0: date-fns reads and writes dates through those methods, so it then works on
 * UTC days whatever the process's time zone. A local-time `Date` cannot stand for a day that
 * the process's zone skipped (Pacific/Apia has no 30 December 2011).
 *
 * @packageDocumentation
 */

// `getDate` → `getUTCDate`, `setHours` → `setUTCHours`, … (`getTime`, `getYear` and others
// without a UTC form keep their own).
const LOCAL_FIELD_METHOD = /^(get|set)(?!UTC)/;

/**
 * A date read in UTC by date-fns; date-fns makes its copies with the same constructor.
 */
export class UtcFieldsDate extends Date {
  override getTimezoneOffset(): number {
    return 0;
  }
}

for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  if (!LOCAL_FIELD_METHOD.test(name)) continue;
  const utcName = name.replace(LOCAL_FIELD_METHOD, "$1UTC");
  const utcMethod: unknown = Reflect.get(Date.prototype, utcName);
  if (typeof utcMethod === "function")
    Object.defineProperty(UtcFieldsDate.prototype, name, {
      value: utcMethod,
      writable: true,
      configurable: true,
    });
}

/**
 * Noon (UTC) of a Gregorian day, as a {@link UtcFieldsDate}.
 */
export function utcNoon(year: number, month: number, day: number): UtcFieldsDate {
  return new UtcFieldsDate(Date.UTC(year, month - 1, day, 12));
}
