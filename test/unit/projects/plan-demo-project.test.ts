import { describe, expect, it } from 'vitest';
import type { Coding, Source } from '../../../shared/model';
import { boundaryWorkTemplate } from '../../../shared/codebook/template';
import { planDemoProject } from '../../../shared/demo/plan-demo-project';
import { fixedContext } from '../plan-context';

const text = 'Bruker: Kan dere sende meg lenken?\n\nVeileder: Her er lenken til søknaden.';
const prepared = (title: string, fromKeyFile: boolean) => ({
  title,
  kind: 'dialogue' as const,
  text,
  preamble: null,
  messages: [],
  origin: { fileName: 'dialoger.txt', format: 'dialogue-txt', encoding: 'UTF-8', lineEndings: 'lf' as const, sha256: 'ab', sizeBytes: 70, importedAt: 't', anonymisation: [] },
  attributes: {},
  fromKeyFile,
});

describe('planDemoProject', () => {
  it('plans the project, its sources, codebook, coder and the key codings as one list of writes for one project', () => {
    const { writes, value } = planDemoProject(
      {
        name: 'Demoprosjekt',
        description: 'Oppdiktede dialoger',
        prepared: [prepared('Dialog 1', true), prepared('Dialog 1', false)],
        codebook: boundaryWorkTemplate('nb'),
        codings: [{ sourceTitle: 'Dialog 1', codeKey: 'link-sending', start: 46, end: 70 }],
      },
      fixedContext(),
    );
    expect(value).toMatchObject({ name: 'Demoprosjekt', isDemo: true });
    expect(writes.every((w) => w.projectId === value.id)).toBe(true);
    expect(writes[0]).toMatchObject({ op: 'put', table: 'projects' });
    const rows = <T>(table: string) => writes.flatMap((w) => (w.op === 'put' && w.table === table ? [w.row as T] : []));
    const [coding] = rows<Coding>('codings');
    const [coder] = rows<{ id: string }>('coders');
    // The coding lands on the source from the key file and the template's code with that key.
    expect(coding).toMatchObject({ sourceId: rows<Source>('sources')[0]!.id, coderId: coder!.id, start: 46, end: 70 });
    expect(rows<{ id: string; name: string }>('codes').find((c) => c.id === coding!.codeId)).toBeDefined();
    // The worked STC and thematic example comes along, under the demo's own author (demo-analysis.test.ts checks its content).
    expect(rows<{ authorId: string }>('codeGroups').length).toBeGreaterThanOrEqual(3);
    expect(rows<{ authorId: string }>('themes').every((t) => t.authorId === coder!.id)).toBe(true);
  });
});
