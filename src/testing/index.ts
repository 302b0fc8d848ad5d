/**
 * `peygir/testing`: a test kit for code built on peygir. The seed scenario (the councils of
 * Quds, Shahr-e Babak, Tehran Region 4 and East Azerbaijan's welfare office, as parsed
 * entities), entity factories that return valid inputs, a generator of valid national codes
 * that name no one, and fixed instants on known days of the calendar. It is a separate entry
 * point: `import "peygir"` does not load it. See docs/testing.md.
 */
export {
  createTestAgency,
  createTestDirective,
  createTestHousehold,
  createTestMeeting,
  createTestPerson,
  createTestSponsorship,
  createTestTask,
  createTestWeeklyReport,
  type TestFactoryOptions,
  type TestOverrides,
} from "./factories";
export {
  eastAzarbaijanWelfare,
  qods,
  region4,
  type SeedScenario,
  seeds,
  shahrBabak,
} from "./scenario/seeds";
export { type TestInstantName, testInstants } from "./testInstants";
export { TEST_NATIONAL_ID_MAX, testNationalId } from "./testNationalId";
