/**
 * What the seed scenario's places share: the shape of one place's data and the helpers that
 * parse the literal inputs through the entity schemas when a place's module loads.
 */

import type { Agency, Directive, DirectiveInput, Meeting, Person } from "peygir";
import type { z } from "zod";
import { parseWith } from "../../internal/zodIssues";

/**
 * One place's share of the seed scenario.
 *
 * @example
 * ```ts
 * const place: SeedScenario = seeds.region4;
 * place.agencies.length; // => 10
 * ```
 *
 * @category Testing
 */
export interface SeedScenario {
  /** The agencies that directives are addressed to. */
  readonly agencies: readonly Agency[];
  /** The officials and other people in the meetings. */
  readonly people: readonly Person[];
  /** The meetings, oldest first. */
  readonly meetings: readonly Meeting[];
  /** The directives, in the order the report gives them. */
  readonly directives: readonly Directive[];
}

export function parseAll<S extends z.ZodType>(
  schema: S,
  inputs: readonly z.input<S>[],
  what: string,
): z.output<S>[] {
  return inputs.map((input, index) =>
    parseWith(schema, input, "invalid_input", `seeds: ${what} ${index} is invalid`),
  );
}

export function only<T>(items: readonly T[], what: string): T {
  const [first] = items;
  if (items.length !== 1 || first === undefined) throw new Error(`seeds: expected one ${what}`);
  return first;
}

/** Who a directive goes to, from which meeting, when: shared by a place's directives. */
export type Addressing = Pick<DirectiveInput, "meetingId" | "assignees" | "issuedAt">;
