import type { ReportTables } from '../../../shared/reports';

/**
 * A small synthetic project (invented people, Norwegian) with a finished STC and a thematic analysis,
 * as table rows: what a backup holds after restore's upgrade, so the same rows feed the builders
 * and a backup file for `cli report`.
 */
const at = { createdAt: '2026-03-01T10:00:00.000Z', updatedAt: '2026-03-01T10:00:00.000Z', projectId: 'p1' };
const authored = { ...at, authorId: 'coder-1' };

export const interview1 =
  'Intervjuer: Hvordan bruker du dialogen?\n' +
  'Kari: Jeg svarer som regel samme dag. Det er viktig for brukerne.\n' +
  'Intervjuer: Og når det blir vanskelig?\n' +
  'Kari: Da ringer jeg heller, for tekst blir fort misforstått.';

/** Researcher text that would be markup if printed raw. */
export const hostile = 'Ola: Jeg skrev <script>alert(1)</script> & *viktig* [lenke](http://x) | # nei\n1. ikke liste';

/** As imported; a typo fix (sourceEdits) turns "Karii" into "Kari", moving every later offset one back. */
const storedText2 = 'Karii: Vi avtaler hva som hører hjemme i dialogen og hva som må tas i et møte.';

/** The current text of source 2 after the fix: the offsets below point into this. */
export const interview2 = storedText2.replace('Karii', 'Kari');

const span = (text: string, part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length };
};

const turns = (sourceId: string, text: string) => {
  let offset = 0;
  return text.split('\n').map((line, order) => {
    const colon = line.indexOf(': ');
    const start = offset + colon + 2;
    offset += line.length + 1;
    return {
      ...at,
      id: `${sourceId}-m${order}`,
      sourceId,
      order,
      speaker: line.slice(0, colon),
      role: 'participant',
      delay: null,
      timestamp: null,
      start,
      end: start + line.length - colon - 2,
    };
  });
};

export const quote1 = span(interview1, 'Jeg svarer som regel samme dag');
export const quote2 = span(interview1, 'tekst blir fort misforstått');
export const quote3 = span(interview2, 'hva som må tas i et møte');
export const hostileQuote = span(hostile, hostile.slice(hostile.indexOf('<script>')));

export function reportTables(): ReportTables {
  return {
    sources: [
      {
        ...at,
        id: 's1',
        title: 'Intervju 1 – veileder',
        kind: 'interview',
        length: interview1.length,
        attributes: {},
        order: 0,
      },
      {
        ...at,
        id: 's2',
        title: 'Intervju 2 – veileder',
        kind: 'interview',
        length: storedText2.length,
        attributes: {},
        order: 1,
      },
      { ...at, id: 's3', title: 'Notat <b>3</b>', kind: 'text', length: hostile.length, attributes: {}, order: 2 },
    ],
    sourceTexts: [
      { sourceId: 's1', projectId: 'p1', text: interview1 },
      { sourceId: 's2', projectId: 'p1', text: storedText2 },
      { sourceId: 's3', projectId: 'p1', text: hostile },
    ],
    sourceEdits: [{ ...authored, id: 'e1', sourceId: 's2', start: 0, removed: 'Karii', inserted: 'Kari' }],
    messages: [...turns('s1', interview1), ...turns('s2', interview2)],
    codes: [
      {
        ...at,
        id: 'c-gw',
        parentId: null,
        order: 0,
        name: 'Grensearbeid',
        shortName: '',
        color: '',
        definition: '',
        inclusion: '',
        exclusion: '',
        typicalExample: '',
        atypicalExample: '',
        pinned: false,
      },
      {
        ...at,
        id: 'c-clear',
        parentId: 'c-gw',
        order: 0,
        name: 'Tydelig',
        shortName: '',
        color: '',
        definition: '',
        inclusion: '',
        exclusion: '',
        typicalExample: '',
        atypicalExample: '',
        pinned: false,
      },
      {
        ...at,
        id: 'c-vague',
        parentId: 'c-gw',
        order: 1,
        name: 'Uklar',
        shortName: '',
        color: '',
        definition: '',
        inclusion: '',
        exclusion: '',
        typicalExample: '',
        atypicalExample: '',
        pinned: false,
      },
      {
        ...at,
        id: 'c-channel',
        parentId: null,
        order: 1,
        name: 'Kanal',
        shortName: '',
        color: '',
        definition: '',
        inclusion: '',
        exclusion: '',
        typicalExample: '',
        atypicalExample: '',
        pinned: false,
      },
    ],
    codings: [
      { ...authored, id: 'k1', sourceId: 's1', codeId: 'c-clear', coderId: 'coder-1', ...quote1 },
      { ...authored, id: 'k2', sourceId: 's2', codeId: 'c-vague', coderId: 'coder-1', ...quote3 },
      { ...authored, id: 'k3', sourceId: 's1', codeId: 'c-gw', coderId: 'coder-1', ...quote2 },
      { ...authored, id: 'k4', sourceId: 's1', codeId: 'c-channel', coderId: 'coder-1', ...quote2 },
    ],
    memos: [
      {
        ...authored,
        id: 'memo-2',
        createdAt: '2026-03-02T10:00:00.000Z',
        targetKind: 'project',
        targetId: 'p1',
        title: 'Refleksivitet',
        content: '',
        plainText: 'Jeg har selv jobbet som veileder.',
      },
      {
        ...authored,
        id: 'memo-1',
        targetKind: 'project',
        targetId: 'p1',
        title: '',
        content: '',
        plainText: 'Første lesning ferdig.',
      },
      {
        ...authored,
        id: 'memo-3',
        targetKind: 'code',
        targetId: 'c-gw',
        title: 'Kodenotat',
        content: '',
        plainText: 'Hører ikke til revisjonssporet.',
      },
    ],
    analysisSteps: [
      { ...at, id: 'step:p1:stc:1', method: 'stc', step: 1, state: 'done' },
      { ...at, id: 'step:p1:stc:2', method: 'stc', step: 2, state: 'in-progress' },
      { ...at, id: 'step:p1:thematic:1', method: 'thematic', step: 1, state: 'done' },
    ],
    preliminaryThemes: [
      {
        ...authored,
        id: 'pt2',
        name: 'Telefon når det butter',
        note: 'Veilederne ringer når tekst ikke strekker til.',
        order: 1,
      },
      { ...authored, id: 'pt1', name: 'Rask respons', note: 'Svar samme dag.', order: 0 },
    ],
    meaningUnits: [
      { ...authored, id: 'mu1', sourceId: 's1', ...quote1, codingId: 'k1' },
      { ...authored, id: 'mu2', sourceId: 's1', ...quote2, codingId: null },
      { ...authored, id: 'mu3', sourceId: 's2', ...quote3, codingId: null },
      { ...authored, id: 'mu4', sourceId: 's3', ...hostileQuote, codingId: null },
    ],
    codeGroups: [
      { ...authored, id: 'g-access', name: 'Tilgjengelighet', order: 1, themeIds: ['pt1'] },
      { ...authored, id: 'g-channel', name: 'Kanalvalg', order: 0, themeIds: ['pt2'] },
    ],
    subgroups: [
      {
        ...authored,
        id: 'sg-phone',
        codeGroupId: 'g-channel',
        name: 'Å ringe i stedet',
        order: 0,
        content: '{}',
        plainText: 'Når det blir vanskelig, ringer jeg heller.',
      },
      {
        ...authored,
        id: 'sg-meeting',
        codeGroupId: 'g-channel',
        name: 'Møtet som sted',
        order: 1,
        content: '{}',
        plainText: 'Noe må tas ansikt til ansikt.',
      },
      {
        ...authored,
        id: 'sg-fast',
        codeGroupId: 'g-access',
        name: 'Samme dag',
        order: 0,
        content: '{}',
        plainText: 'Jeg svarer samme dag.',
      },
    ],
    placements: [
      { ...at, id: 'pl1', meaningUnitId: 'mu2', codeGroupId: 'g-channel', subgroupId: 'sg-phone' },
      { ...at, id: 'pl2', meaningUnitId: 'mu3', codeGroupId: 'g-channel', subgroupId: 'sg-meeting' },
      { ...at, id: 'pl3', meaningUnitId: 'mu4', codeGroupId: 'g-channel', subgroupId: 'sg-meeting' },
      { ...at, id: 'pl4', meaningUnitId: 'mu1', codeGroupId: 'g-access', subgroupId: 'sg-fast' },
      // The same unit in two groups, not yet in a subgroup of the second.
      { ...at, id: 'pl5', meaningUnitId: 'mu2', codeGroupId: 'g-access', subgroupId: null },
    ],
    goldenQuotes: [
      {
        ...authored,
        id: 'gq2',
        subgroupId: 'sg-meeting',
        meaningUnitId: 'mu4',
        sourceId: 's3',
        ...hostileQuote,
        order: 1,
      },
      { ...authored, id: 'gq1', subgroupId: 'sg-meeting', meaningUnitId: 'mu3', sourceId: 's2', ...quote3, order: 0 },
      { ...authored, id: 'gq3', subgroupId: 'sg-phone', meaningUnitId: 'mu2', sourceId: 's1', ...quote2, order: 0 },
      { ...authored, id: 'gq4', subgroupId: 'sg-fast', meaningUnitId: 'mu1', sourceId: 's1', ...quote1, order: 0 },
    ],
    analyticTexts: [
      {
        ...authored,
        id: 'at1',
        codeGroupId: 'g-channel',
        heading: 'Veilederne velger kanal etter sak',
        content: '{}',
        plainText: 'Dialogen brukes til det enkle.\nDet vanskelige tas på telefon eller i møte.',
        theory: 'Lipsky: bakkebyråkratens skjønn.',
        recontextualised: ['s1'],
      },
      {
        ...authored,
        id: 'at2',
        codeGroupId: 'g-access',
        heading: '',
        content: '{}',
        plainText: 'Rask respons bygger tillit.',
        theory: '',
        recontextualised: [],
      },
    ],
    themes: [
      {
        ...authored,
        id: 't-b',
        parentId: null,
        name: 'Kanalen som verktøy',
        definition: 'Hvordan kanalen velges.',
        order: 1,
        x: 0,
        y: 0,
      },
      {
        ...authored,
        id: 't-a',
        parentId: null,
        name: 'Å sette grenser',
        definition: 'Hvordan veilederne avgrenser hva dialogen er for.',
        order: 0,
        x: 0,
        y: 0,
      },
      {
        ...authored,
        id: 't-a2',
        parentId: 't-a',
        name: 'Uklare grenser',
        definition: 'Når grensen ikke sies.',
        order: 1,
        x: 0,
        y: 0,
      },
      {
        ...authored,
        id: 't-a1',
        parentId: 't-a',
        name: 'Tydelige grenser',
        definition: 'Når grensen sies rett ut.',
        order: 0,
        x: 0,
        y: 0,
      },
    ],
    themeCodes: [
      { ...at, id: 'tc1', themeId: 't-a1', codeId: 'c-clear' },
      { ...at, id: 'tc2', themeId: 't-a2', codeId: 'c-vague' },
      { ...at, id: 'tc3', themeId: 't-b', codeId: 'c-channel' },
      { ...at, id: 'tc4', themeId: 't-b', codeId: 'c-gw' },
    ],
    themeLinks: [{ ...authored, id: 'l1', fromId: 't-a', toId: 't-b', label: 'fører til' }],
    themeQuotes: [
      { ...authored, id: 'tq1', themeId: 't-a1', codingId: 'k1', sourceId: 's1', ...quote1, order: 0 },
      { ...authored, id: 'tq2', themeId: 't-a2', codingId: 'k2', sourceId: 's2', ...quote3, order: 0 },
      { ...authored, id: 'tq3', themeId: 't-b', codingId: 'k4', sourceId: 's1', ...quote2, order: 0 },
    ],
  };
}
