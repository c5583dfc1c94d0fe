import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../cli/run';
import type * as sharedImport from '../../../shared/import';

// A parser bug stands in for any error that is not an ImportError.
vi.mock('../../../shared/import', async (importOriginal) => ({
  ...(await importOriginal<typeof sharedImport>()),
  importFile: async () => {
    throw new TypeError(
      "Cannot read properties of undefined (reading 'speaker')\n    at parseDialogue (dialogue.ts:1:1)",
    );
  },
}));

describe('cli on an unexpected error', () => {
  it('prints one line naming the command and the error, not a stack trace, and exits 1', async () => {
    let stderr = '';
    const code = await runCli(['inspect', 'package.json'], { stdout: () => {}, stderr: (t) => (stderr += t) });
    expect(code).toBe(1);
    expect(stderr).toBe(
      "inspect: unexpected error (TypeError: Cannot read properties of undefined (reading 'speaker') at parseDialogue (dialogue.ts:1:1)). This is a bug in Kodebok; please report it.\n",
    );
  });
});
