import type { CliIo } from '../io';

/** One CLI command. Adding a command is one module in this folder plus a line in the registry. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full help, shown by `<command> --help`. */
  help: string;
  /** Returns the exit code: 0 ok, 1 the input could not be used, 2 wrong usage. */
  run(args: string[], io: CliIo): Promise<number>;
}
