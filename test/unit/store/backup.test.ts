import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/store/db';
import { backupProject } from '../../../renderer/store/backup';
import { currentSchemaVersion } from '../../../renderer/store/schema';
import { createProject } from '../../../renderer/store/repositories/projects';
import { fillProject, freshName } from './fixtures';

describe('project backup', () => {
  it('holds every row of the project and nothing of other projects, with the schema version', async () => {
    const db = createDatabase(freshName());
    const mine = await createProject(db, { name: 'Min' });
    const other = await createProject(db, { name: 'Annen' });
    await fillProject(db, mine.id, 'm');
    await fillProject(db, other.id, 'o');
    const backup = JSON.parse(JSON.stringify(await backupProject(db, mine.id)));
    expect(backup).toMatchObject({ format: 'kodebok-project-backup', schemaVersion: currentSchemaVersion, project: { name: 'Min' } });
    expect(backup.tables.sourceTexts[0].text).toContain('Du må ringe NAV-kontoret.');
    expect(backup.tables.codings.map((c: { id: string }) => c.id)).toEqual(['m-coding']);
    expect(Object.values(backup.tables).flat().some((row) => JSON.stringify(row).includes('"o-'))).toBe(false);
    db.close();
  });
});
