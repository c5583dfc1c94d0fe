import type { RefiReadEnvironment } from '../../../shared/exchange/refi/read';
import { webImportEnvironment } from '../import/web-environment';
import { newId, nowIso } from '../../store/ids';

/** Reading a REFI file in the renderer: the import's decoding and hashing, the store's ids. */
export function refiReadEnvironment(): RefiReadEnvironment {
  return { ...webImportEnvironment, newId, now: nowIso() };
}
