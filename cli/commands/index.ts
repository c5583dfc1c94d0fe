import { agreeCommand } from './agree';
import { chartCommand } from './chart';
import type { Command } from './command';
import { convertCommand } from './convert';
import { inspectCommand } from './inspect';
import { mergeCommand } from './merge';
import { reportCommand } from './report';
import { searchCommand } from './search';
import { statsCommand } from './stats';
import { versionCommand } from './version';

export type { Command } from './command';

/** Every command, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  inspectCommand,
  statsCommand,
  reportCommand,
  chartCommand,
  searchCommand,
  convertCommand,
  mergeCommand,
  agreeCommand,
  versionCommand,
];

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
