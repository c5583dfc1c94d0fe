import type { PlanContext, Planned, Project, Write } from '../model';
import type { CodebookDocument } from '../codebook/document';
import { codesFromCodebook } from '../codebook/instantiate';
import { planCreateProject } from '../projects/plan-project';
import { planCurrentCoder } from '../projects/plan-coder';
import { planImportSources, type PreparedSource } from '../sources/plan-import';
import { demoCodingRows, type DemoCoding } from './demo-coding';
import { planDemoAnalysis } from './demo-analysis';
import { studyPublishedTable } from '../reproduce/categories';

export interface DemoProjectInput {
  name: string;
  description: string;
  /** The sample files as the import prepares them; `fromKeyFile` marks those the coding key codes. */
  prepared: (PreparedSource & { fromKeyFile: boolean })[];
  codebook: CodebookDocument;
  codings: DemoCoding[];
}

/**
 * The demo project as one list of writes: the project, its sources through the same import plan
 * as the user's files, the codebook, the default coder and the key's codings. The store applies
 * them in one transaction, so a demo project is either complete or not there at all. A worked
 * example of STC and thematic analysis (demo-analysis.ts) comes with it.
 */
export function planDemoProject(input: DemoProjectInput, at: PlanContext): Planned<Project> {
  const created = planCreateProject({ name: input.name, description: input.description, isDemo: true }, at);
  // The study's published table comes with the demo, so Analysis > Reproduce shows it matching.
  created.value.settings.publishedTable = { ...studyPublishedTable };
  const projectId = created.value.id;
  const imported = planImportSources({ attributes: [], lastOrder: null }, { projectId, batch: input.prepared }, at);
  const { codes, keys } = codesFromCodebook(input.codebook, { projectId, now: at.now, newId: () => at.newId() });
  const coder = planCurrentCoder([], projectId, at);
  const sourceByTitle = new Map(imported.value.filter((_, i) => input.prepared[i]!.fromKeyFile).map((s) => [s.title, s.id]));
  const codings = demoCodingRows(input.codings, sourceByTitle, keys, { projectId, coderId: coder.value.id, now: at.now, newId: () => at.newId() });
  // Freshly imported: each source's current text is the text as prepared.
  const sources = imported.value.map((s, i) => ({ id: s.id, text: input.prepared[i]!.text }));
  const analysis = planDemoAnalysis({ projectId, authorId: coder.value.id, sources, codeIds: keys }, at);
  const writes: Write[] = [
    ...created.writes,
    ...imported.writes,
    ...codes.map((row): Write => ({ op: 'put', table: 'codes', projectId, row })),
    ...coder.writes,
    ...codings.map((row): Write => ({ op: 'put', table: 'codings', projectId, row })),
    ...analysis.writes,
  ];
  return { writes, value: created.value };
}
