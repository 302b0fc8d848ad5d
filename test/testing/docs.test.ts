import { readFileSync } from "node:fs";
import { createTestHousehold, testNationalId } from "peygir/testing";
import { describe, expect, it } from "vitest";

describe("docs/testing.md", () => {
  it("shows test/testing/integration.test.ts exactly, so the suite runs the page's example", () => {
    const page = readFileSync(new URL("../../docs/testing.md", import.meta.url), "utf8");
    const test = readFileSync(new URL("./integration.test.ts", import.meta.url), "utf8");
    const section = page.slice(page.indexOf("## An integration test"));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(test);
  });

  it("tells the truth in its smaller examples", () => {
    expect(
      createTestHousehold({ members: 7, head: { mobile: "09130000001" } }, { index: 2 }),
    ).toEqual({
      id: "test-household-2",
      members: 7,
      vulnerabilities: ["female-headed"],
      status: "verified",
      head: { name: "خانوار نمونه ۲", nationalId: "9990000026", mobile: "09130000001" },
      region: { province: "کرمان", county: "شهربابک" },
    });
    expect(testNationalId(1)).toBe("9990000018");
  });
});
