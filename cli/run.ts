import { appName, appVersion } from '../shared/version';
import { commands, findCommand } from './commands';
import type { CliIo } from './io';

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `${appName} ${appVersion} command line\n\nUsage: npm run cli -- <command> [options]\n\nCommands:\n${list}\n\nRun "npm run cli -- <command> --help" for a command's options.\n`;
}

/** Runs one command line and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
    io.stdout(topic ? topic.help : overview());
    return 0;
  }
  if (name === '--version' || name === '-v') return findCommand('version')!.run([], io);
  const command = findCommand(name);
  if (!command) {
    io.stderr(`Unknown command "${name}". Run with --help to see the commands.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    // Files that cannot be read fail inside the command with their own one-line message; what
    // arrives here is a bug. Still one line, as the commands promise, not a stack trace.
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(
      `${name}: unexpected error (${detail.replace(/\s*\n\s*/g, ' ')}). This is a bug in ${appName}; please report it.\n`,
    );
    return 1;
  }
}
