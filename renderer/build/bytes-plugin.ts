import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * `import data from './file.docx?base64'` gives the file's exact bytes as a base64 string.
 * The demo project needs the sample files byte for byte (one is Windows-1252, one is a .docx),
 * and fetch() of file: URLs is not allowed in Electron, so they travel inside a lazy chunk.
 */
export function base64Import(): Plugin {
  return {
    name: 'kodebok:base64-import',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith('?base64')) return null;
      const path = id.slice(0, -'?base64'.length);
      this.addWatchFile(path);
      return `export default ${JSON.stringify(readFileSync(path).toString('base64'))};`;
    },
  };
}
