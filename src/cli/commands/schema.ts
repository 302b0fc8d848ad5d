import { type EntityName, jsonSchemas } from "../../entities/jsonSchemas";
import type { Command } from "../Command";
import { UsageError } from "../UsageError";

const NAMES = Object.keys(jsonSchemas) as EntityName[];

const usage = `Usage: peygir schema [<entity>]

Prints the JSON Schema (draft 2020-12) of an entity, or of every entity as one object keyed by
name. Entities: ${NAMES.join(", ")} (case does not matter; a plural "s" is allowed).

Example:
  peygir schema Household > household.schema.json`;

/** `peygir schema [<entity>]`: the JSON Schemas of the entities. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of an entity (or all of them)",
  usage,
  options: {},
  run(_values, positionals) {
    if (positionals.length > 1) throw new UsageError("expected at most one entity", usage);
    const [wanted] = positionals;
    if (wanted === undefined) {
      const all = Object.fromEntries(NAMES.map((name) => [name, jsonSchemas[name]]));
      console.log(JSON.stringify(all, null, 2));
      return 0;
    }
    const key = wanted.toLowerCase();
    const name = NAMES.find((n) => n.toLowerCase() === key || `${n.toLowerCase()}s` === key);
    if (name === undefined) throw new UsageError(`unknown entity "${wanted}"`, usage);
    console.log(JSON.stringify(jsonSchemas[name], null, 2));
    return 0;
  },
};
