import { describe, expect, it } from "vitest";
import { fixtures, schemas } from "./fixtures";

describe("every entity round-trips through JSON unchanged", () => {
  for (const name of Object.keys(schemas) as (keyof typeof schemas)[]) {
    it(name, () => {
      const schema = schemas[name];
      const parsed = schema.parse(fixtures[name]);
      const again = schema.parse(JSON.parse(JSON.stringify(parsed)));
      expect(again).toEqual(parsed);
      expect(JSON.stringify(again)).toBe(JSON.stringify(parsed));
    });
  }

  it("covers each DeadlineSpec variant", () => {
    for (const spec of [
      { type: "date", date: "1399/2/8", time: "8:00" },
      { type: "hours", hours: 24 },
      { type: "working-days", days: 7 },
      { type: "none" },
    ]) {
      const parsed = schemas.DeadlineSpec.parse(spec);
      expect(schemas.DeadlineSpec.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    }
  });
});
