/**
 * The built-in scenario: the meetings, agencies, people and directives of the five seed news
 * reports (`../shared/seeds/*.txt`), plus invented needy households for Shahr-e Babak.
 *
 * The demo, the tests and the docs share this data. It is internal: not exported from
 * the main entry (`peygir`); it is the seed scenario of
 * `peygir/testing`. Every value is parsed through the entity schemas when this module loads, so
 * the exports are already-validated entities.
 *
 * What comes from the seeds: the bodies, session numbers, named officials and their roles,
 * the directives and the Region 4 date (1397/3/21). What is illustrative (the seeds do not
 * say): the other dates and times, locations, deadlines that the seeds give no number for,
 * agency ids, and the titles that stand in for officials the seeds do not name. The needy
 * households are entirely fictional (see `shahrBabakHouseholds`).
 */
import { eastAzarbaijanWelfare } from "./eastAzarbaijan";
import { qods } from "./qods";
import { region4 } from "./region4";
import { shahrBabak } from "./shahrBabak";

export type { SeedScenario } from "./shared";
export { eastAzarbaijanWelfare, qods, region4, shahrBabak };

/**
 * The whole scenario, by place.
 *
 * @example
 * ```ts
 * Object.keys(seeds); // => ["qods", "shahrBabak", "region4", "eastAzarbaijanWelfare"]
 * ```
 *
 * @category Testing
 */
export const seeds = { qods, shahrBabak, region4, eastAzarbaijanWelfare } as const;
