import type { Command } from "../Command";
import { allocateCommand } from "./allocate";
import { demoCommand } from "./demo";
import { holidaysCommand } from "./holidays";
import { reportCommand } from "./report";
import { schemaCommand } from "./schema";
import { statusCommand } from "./status";
import { workdaysCommand } from "./workdays";

/** Every subcommand, in the order `peygir --help` lists them. */
export const commands: readonly Command[] = [
  demoCommand,
  allocateCommand,
  statusCommand,
  reportCommand,
  holidaysCommand,
  workdaysCommand,
  schemaCommand,
];
