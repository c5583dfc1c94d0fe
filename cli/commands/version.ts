import { appVersion } from '../../shared/version';
import type { Command } from './command';

export const versionCommand: Command = {
  name: 'version',
  summary: 'Print the Kodebok version',
  help: 'Usage: kodebok version\n\nPrints the version number, e.g. 0.1.0.\n',
  run: async (_args, io) => {
    io.stdout(`${appVersion}\n`);
    return 0;
  },
};
