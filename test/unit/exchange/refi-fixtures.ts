import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of real files from other tools (../shared/fixtures beside the repository, else
 * /work/shared/fixtures, else $KODEBOK_FIXTURES). Tests read them in place and never copy them in.
 * A missing folder fails the test that asks for it, saying where it looked: a REFI test that
 * quietly skipped would prove nothing.
 */
export function fixturesFolder(): string {
  const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
  const candidates = [join(repoRoot, '..', 'shared', 'fixtures'), '/work/shared/fixtures', process.env.KODEBOK_FIXTURES];
  for (const folder of candidates) if (folder && existsSync(join(folder, 'refi'))) return folder;
  throw new Error(
    `The REFI fixtures are missing: looked for refi/ in ${candidates.filter(Boolean).join(', ')}. ` +
      'Put the shared fixtures beside the repository (../shared/fixtures) or set KODEBOK_FIXTURES.',
  );
}

/** A file under fixtures/refi/, e.g. refiFixture('xsd', 'Project-mrt2019.xsd'). */
export function refiFixture(...parts: string[]): string {
  return join(fixturesFolder(), 'refi', ...parts);
}
