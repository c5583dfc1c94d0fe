import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/store/db';
import { History } from '../../../renderer/store/history/history';
import { reportActions } from '../../../renderer/store/actions/reports';
import { createProject } from '../../../renderer/store/repositories/projects';
import { readCurrentText } from '../../../renderer/store/repositories/source-texts';
import {
  addGoldenQuote,
  addMeaningUnit,
  createCodeGroup,
  createSubgroup,
  sortUnitsIntoCodeGroup,
  sortUnitsIntoSubgroup,
  writeAnalyticText,
} from '../../../renderer/store/commands/stc';
import { reportFile } from '../../../renderer/features/reports/report-file';
import { fillProject, freshName } from './fixtures';

const authorId = 'x-coder';

describe('the STC report from the store', () => {
  it('reads one project whole and prints its group heading and each quote with its words, source and offsets', async () => {
    const db = createDatabase(freshName());
    await db.open();
    const project = await createProject(db, { name: 'Masteroppgave' });
    const other = await createProject(db, { name: 'Et annet prosjekt' });
    await fillProject(db, project.id, 'x', false);
    await fillProject(db, other.id, 'y', false);
    const history = new History(db);
    const projectId = project.id;
    const unit = await addMeaningUnit(history, { projectId, sourceId: 'x-src', start: 0, end: 20, authorId });
    const group = await createCodeGroup(history, { projectId, name: 'Venting', authorId });
    await sortUnitsIntoCodeGroup(history, { projectId, unitIds: [unit.id], codeGroupId: group.id });
    const sub = await createSubgroup(history, { projectId, codeGroupId: group.id, name: 'Å vente på svar', authorId });
    await sortUnitsIntoSubgroup(history, { projectId, codeGroupId: group.id, subgroupId: sub.id, unitIds: [unit.id] });
    await addGoldenQuote(history, { projectId, subgroupId: sub.id, meaningUnitId: unit.id, start: 7, end: 20, authorId });
    await writeAnalyticText(history, { projectId, codeGroupId: group.id, heading: 'Å vente uten svar', authorId });

    const read = await reportActions(db).readReportTables(projectId);
    expect(read.projectName).toBe('Masteroppgave');
    expect(read.tables.sources?.map((s) => (s as { projectId: string }).projectId)).toEqual([projectId]);

    const md = (await reportFile(reportActions(db), projectId, 'stc', 'nb', 'md')) as string;
    const words = (await readCurrentText(db, 'x-src'))!.slice(7, 20);
    expect(md).toContain('## Å vente uten svar');
    expect(md).toContain(`> ${words.trim()}`);
    expect(md).toMatch(/tegn 7–20/);
    const en = (await reportFile(reportActions(db), projectId, 'stc', 'en', 'md')) as string;
    expect(en).toMatch(/characters 7–20/);
    const docx = await reportFile(reportActions(db), projectId, 'stc', 'nb', 'docx');
    expect(docx).toBeInstanceOf(Uint8Array);
    // A .docx is a zip: it starts with the local-file-header signature.
    expect([...(docx as Uint8Array).slice(0, 2)]).toEqual([0x50, 0x4b]);
    await expect(reportActions(db).readReportTables('gone')).rejects.toThrow();
  });
});
