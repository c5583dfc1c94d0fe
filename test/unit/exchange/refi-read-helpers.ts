import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readRefi, type RefiReadEnvironment } from '../../../shared/exchange/refi/read';
import { nodeImportEnvironment } from '../../../cli/node-environment';
import { refiFixture } from './refi-fixtures';

/** A read environment with counting ids and a fixed time, so results compare between runs. */
export function testEnvironment(): RefiReadEnvironment {
  let n = 0;
  return {
    decode: nodeImportEnvironment.decode,
    sha256: nodeImportEnvironment.sha256,
    newId: () => `id${String(++n).padStart(6, '0')}`,
    now: '2026-01-01T00:00:00.000Z',
  };
}

export function readBytes(bytes: Uint8Array, fileName = 'test.qdpx') {
  return readRefi({ fileName, bytes }, testEnvironment());
}

/** Reads a real file from fixtures/refi/, e.g. readFixture('pyqdpx', 'oltas.qdpx'). */
export function readFixture(...parts: string[]) {
  const path = refiFixture(...parts);
  return readRefi({ fileName: basename(path), bytes: new Uint8Array(readFileSync(path)) }, testEnvironment());
}
