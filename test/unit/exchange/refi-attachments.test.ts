import Dexie from 'dexie';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup, planRestore } from '../../../shared/backup';
import { fromBase64, toBase64 } from '../../../shared/backup/base64';
import { readRefi } from '../../../shared/exchange/refi/read';
import { latestSchemaVersion } from '../../../shared/migrations';
import { applyRestorePlan, backupProject } from '../../../renderer/store/backup';
import { createDatabase, type KodebokDb } from '../../../renderer/store/db';
import { newId, nowIso } from '../../../renderer/store/ids';
import { freshName } from '../store/fixtures';
import { fileText, nodeBackupEnv } from '../backup/environment';
import { testEnvironment } from './refi-read-helpers';

const g = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
/** Bytes that are not text: every byte value, as a JPEG or PDF would have. */
const picture = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);

const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Med bilde">
  <CodeBook><Codes><Code guid="${g(2)}" name="Frokost" isCodable="true"/></Codes></CodeBook>
  <Sources>
    <PictureSource guid="${g(10)}" name="frokost.jpg" path="internal://${g(10)}.jpg">
      <PictureSelection guid="${g(11)}" firstX="1" firstY="2" secondX="30" secondY="40"><Coding guid="${g(12)}"><CodeRef targetGUID="${g(2)}"/></Coding></PictureSelection>
    </PictureSource>
    <VideoSource guid="${g(20)}" name="opptak.mp4" path="relative:///opptak.mp4"/>
  </Sources>
</Project>`;
const qdpx = zipSync({ 'project.qde': strToU8(qde), [`sources/${g(10)}.jpg`]: picture });

const opened: KodebokDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('PDFs, pictures and recordings from a REFI-QDA project (schema v6 attachments)', () => {
  it('base64 carries every byte value both ways', () => {
    for (const length of [0, 1, 2, 3, 4, 1000]) {
      const bytes = picture.subarray(0, length);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(strToU8('Kari'))).toBe('S2FyaQ==');
    expect(fromBase64('ikke base64!')).toBeNull();
  });

  it('are kept with their bytes and selections when the app imports; only listed for cli inspect', async () => {
    const kept = await readRefi({ fileName: 'bilde.qdpx', bytes: qdpx }, testEnvironment(), { keepAttachments: true });
    if (!kept.ok) throw new Error(JSON.stringify(kept.error));
    expect(kept.project.tables.attachments).toMatchObject([
      {
        name: 'frokost.jpg',
        kind: 'picture',
        mediaType: 'image/jpeg',
        bytes: picture,
        sizeBytes: 1000,
        refiGuid: g(10),
        selections: [{ guid: g(11), kind: 'PictureSelection', position: { firstX: 1, firstY: 2, secondX: 30, secondY: 40 }, codes: ['Frokost'] }],
      },
      { name: 'opptak.mp4', kind: 'video', mediaType: 'video/mp4', bytes: null, path: 'relative:///opptak.mp4' },
    ]);
    expect(kept.report.attachments.map((a) => [a.name, a.present, a.stored])).toEqual([
      ['frokost.jpg', true, true],
      ['opptak.mp4', false, true],
    ]);
    const listed = await readRefi({ fileName: 'bilde.qdpx', bytes: qdpx }, testEnvironment());
    expect(listed.ok && listed.project.tables.attachments).toEqual([]);
    expect(listed.ok && listed.report.attachments.map((a) => a.stored)).toEqual([false, false]);
  });

  it('are written with the project in one restore, and survive a backup file byte for byte', async () => {
    const read = await readRefi({ fileName: 'bilde.qdpx', bytes: qdpx }, testEnvironment(), { keepAttachments: true });
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    const db = createDatabase(freshName());
    await db.open();
    opened.push(db);
    const project = await applyRestorePlan(db, planRestore({ schemaVersion: latestSchemaVersion, ...read.project }, newId, nowIso()));
    const stored = await db.attachments.where('projectId').equals(project.id).toArray();
    expect(stored.map((a) => [a.name, a.bytes])).toEqual([
      ['frokost.jpg', picture],
      ['opptak.mp4', null],
    ]);

    const { pieces } = await encodeBackup(await backupProject(db, project.id), nodeBackupEnv);
    const text = fileText(pieces);
    expect(text).toContain(`"bytes":{"base64":"${toBase64(picture)}"}`);
    const decoded = await decodeBackup(text, nodeBackupEnv);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
    const copy = await applyRestorePlan(db, planRestore(decoded.backup, newId, nowIso(), { name: 'Kopi' }));
    const restored = await db.attachments.where('projectId').equals(copy.id).toArray();
    expect(restored.map((a) => a.bytes)).toEqual([picture, null]);
    expect(restored[0]!.id).not.toBe(stored[0]!.id);
  });
});
