import {
  analysisStepId,
  readMarkId,
  type AnalysisMethod,
  type AnalysisStep,
  type AnalyticText,
  type CodeGroup,
  type GoldenQuote,
  type Id,
  type MeaningUnit,
  type PlanContext,
  type Placement,
  type Planned,
  type PreliminaryTheme,
  type ReadMark,
  type StepState,
  type Subgroup,
  type Theme,
  type ThemeCode,
  type ThemeLink,
  type ThemeQuote,
  type Write,
} from '../model';
import { stateFromPlainText } from '../memos/content';

/**
 * The demo project's worked example of both methods (issue #13): systematic text condensation
 * on the sample caseworker interviews and reflexive thematic analysis on the vignette focus group.
 * The content is written here as words, never as offsets: every meaning unit and quote is a
 * sentence of the sample data, found by searching the source's current text, so the example
 * stays right if a sample file is re-worded (a sentence no longer there is simply left out).
 */

/** A stored demo source as the analysis needs it: its id and current text. */
export interface DemoAnalysisSource {
  id: Id;
  text: string;
}

export interface DemoAnalysisInput {
  projectId: Id;
  authorId: Id;
  sources: readonly DemoAnalysisSource[];
  /** The boundary-work template's code ids by template key (codesFromCodebook's `keys`). */
  codeIds: ReadonlyMap<string, Id>;
}

/** What the example holds, by table: for a summary line and for tests. */
export type DemoAnalysisCounts = Record<DemoAnalysisTable, number>;

type DemoAnalysisTable =
  | 'analysisSteps'
  | 'readMarks'
  | 'preliminaryThemes'
  | 'meaningUnits'
  | 'codeGroups'
  | 'subgroups'
  | 'placements'
  | 'goldenQuotes'
  | 'analyticTexts'
  | 'themes'
  | 'themeCodes'
  | 'themeLinks'
  | 'themeQuotes';

interface SubgroupText {
  name: string;
  condensate: string;
  /** Meaning units: sentences of the interviews. */
  units: string[];
  /** Golden quotes: each a unit of this subgroup or a part of one. */
  quotes: string[];
}

interface GroupText {
  name: string;
  /** Names of the preliminary themes (step 1) the group grew from. */
  themes: string[];
  heading: string;
  analysis: string;
  theory: string;
  subgroups: SubgroupText[];
}

const preliminaryThemes: { name: string; note: string }[] = [
  { name: 'Henvisning', note: 'Veilederne sender spørsmål om sosialhjelp videre, med lenke eller «ring oss».' },
  { name: 'Tidspress', note: 'Fristen på to virkedager og målingen av den former svarene.' },
  { name: 'Rolleskifte', note: 'Å være hjelper i jobbsaker og portvokter i pengesaker.' },
];

const groups: GroupText[] = [
  {
    name: 'Å henvise videre',
    themes: ['Henvisning'],
    heading: 'Henvisningen som svar som ikke svarer',
    analysis:
      'Veilederne beskriver henvisningen som riktig, men ofte virkningsløs: lenken svarer på et spørsmål brukeren ikke har stilt, og «ring oss» sender brukeren inn i en runddans mellom kontaktsenter og kontor. Flere forteller at brukeren kommer tilbake til dialogen, fordi det er den eneste kanalen der noen leser.',
    theory: 'Kan leses som grensearbeid (Gieryn): henvisningen trekker en formell grense som brukeren må krysse alene.',
    subgroups: [
      {
        name: 'Lenken',
        condensate:
          'Når noen spør om sosialhjelp, sender jeg ofte bare lenken til søknaden. Det er raskt og riktig, men de har sjelden spurt om hvordan man søker. Da blir lenken et svar som ikke svarer.',
        units: [
          'Noen spør om sosialhjelp, og så sender man lenken til søknaden på nav.no.',
          'Og da er lenken på en måte et svar som ikke svarer.',
        ],
        quotes: ['Og da er lenken på en måte et svar som ikke svarer.'],
      },
      {
        name: 'Runddansen',
        condensate:
          'Når jeg skriver «ring oss», vet jeg at det ofte ikke fører noe sted. De kommer til kontaktsenteret, som ikke kan se saken, og ender med å skrive til meg igjen.',
        units: [
          'Når de ringer, kommer de til kontaktsenteret, og der kan de ikke svare på sosialhjelp heller, for de har ikke tilgang til de kommunale sakene.',
          'Så det blir en runddans.',
        ],
        quotes: ['Så det blir en runddans.'],
      },
    ],
  },
  {
    name: 'Fristen styrer svaret',
    themes: ['Tidspress'],
    heading: 'Et kort svar i tide slår et godt svar for sent',
    analysis:
      'Fristen på førtiåtte timer blir målt og tatt opp på teammøtene. Veilederne forteller at dette premierer de raske svarene, og at de raske svarene ofte er henvisninger. Det som faktisk skjer i de små meldingene, synes ikke i statistikken.',
    theory: 'Målstyring gjør «besvart» til målet, ikke hjelpen; jf. New Public Management-litteraturen.',
    subgroups: [
      {
        name: 'Raske svar premieres',
        condensate:
          'Vi skal svare innen to virkedager, og det blir målt. Når målet er å ha svart, blir et kort svar bedre enn et godt svar som kommer for sent, og de raske svarene sender ofte saken videre.',
        units: [
          'Når målet er å ha svart, så blir et kort svar bedre enn et godt svar som kommer for sent.',
          'Men det premierer de raske svarene, og de raske svarene er ofte de som sender saken videre.',
        ],
        quotes: ['Når målet er å ha svart, så blir et kort svar bedre enn et godt svar som kommer for sent.'],
      },
      {
        name: 'Det statistikken ikke ser',
        condensate:
          'Statistikken viser bare at meldingen min er besvart innen fristen. Det meste av det som skjer i de små meldingene, er det ingen som ser.',
        units: [
          'For det er så mye som skjer i de små meldingene som ingen ser.',
          'Statistikken sier bare at meldingen er besvart innen fristen.',
        ],
        quotes: ['Statistikken sier bare at meldingen er besvart innen fristen.'],
      },
    ],
  },
  {
    name: 'Hjelper og portvokter',
    themes: ['Rolleskifte', 'Henvisning'],
    heading: 'Å svare og si nei i samme melding',
    analysis:
      'Veilederne veksler mellom å hjelpe og å avvise. De svarer ofte på det brukeren spør om og henviser i samme melding, og ser selv at det er selvmotsigende. Skiftet merkes i språket: varmt om jobb, kort og byråkratisk om penger.',
    theory: 'Goffmans footing: veilederen skifter ståsted i løpet av én melding.',
    subgroups: [
      {
        name: 'Svare og henvise samtidig',
        condensate:
          'Jeg svarer ofte kort på det de spør om, og sier samtidig at neste gang må de spørre sosialtjenesten. Jeg ser at det er selvmotsigende, og at jeg lærer dem å bruke dialogen til det jeg sier at den ikke er til.',
        units: [
          'Jeg sier at jeg ikke kan svare, samtidig som jeg har svart.',
          'Så jeg lærer dem jo egentlig opp til å bruke dialogen til akkurat det jeg sier at den ikke skal brukes til.',
          'Jeg sier at jeg ikke kan svare, og så svarer jeg i et annet system en uke senere.',
        ],
        quotes: ['Jeg sier at jeg ikke kan svare, samtidig som jeg har svart.'],
      },
      {
        name: 'To stemmer',
        condensate:
          'Når jeg skriver om jobb, er jeg varm og motiverende. Når jeg skriver om sosialhjelp, blir jeg kort og formell. Det er som om to forskjellige personer skriver, og jeg må skifte mellom å hjelpe og å si nei.',
        units: [
          'Jeg tror det er noe av det vanskeligste med jobben, at jeg må skifte mellom å være en som hjelper og en som sier nei.',
          'Det er to forskjellige personer som skriver.',
        ],
        quotes: ['Det er to forskjellige personer som skriver.'],
      },
    ],
  },
];

interface ThemeText {
  key: string;
  parent: string | null;
  name: string;
  definition: string;
  x: number;
  y: number;
  /** Boundary-work template keys of the codes the theme gathers. */
  codes: string[];
  quotes: string[];
}

const themes: ThemeText[] = [
  {
    key: 'lenken',
    parent: null,
    name: 'Svaret som lukker saken',
    definition:
      'Standardsvaret med henvisning eller lenke avslutter samtalen: saken blir «besvart» uten at brukerens spørsmål er svart på. Omfatter ikke henvisninger der veilederen selv tar kontakt.',
    x: 0,
    y: 0,
    codes: ['explicit-referral', 'link-sending'],
    quotes: [],
  },
  {
    key: 'statistikk',
    parent: 'lenken',
    name: 'Svar for statistikken',
    definition: 'Svar skrevet for å overholde fristen, slik deltakerne leser vignettens standardsvar.',
    x: -160,
    y: 140,
    codes: ['link-sending'],
    quotes: ['Det er et svar som er skrevet for å ha svart.'],
  },
  {
    key: 'borte',
    parent: 'lenken',
    name: 'Informasjon som blir borte',
    definition: 'Det veilederen vet om at saken haster, når ikke sosialtjenesten når svaret bare er en lenke.',
    x: 160,
    y: 140,
    codes: ['explicit-referral'],
    quotes: ['Og hvis veilederen bare sender en lenke, så blir den informasjonen borte.'],
  },
  {
    key: 'mandat',
    parent: null,
    name: 'Mandatet mot mennesket',
    definition:
      'Spenningen mellom veilederens arbeidsrettede mandat og brukerens akutte behov: rutinen sier én ting, virkeligheten en annen, og veilederen står i midten.',
    x: 480,
    y: 0,
    codes: ['position-shift', 'helper'],
    quotes: ['At rutinen sier én ting og virkeligheten sier noe annet.'],
  },
  {
    key: 'love',
    parent: 'mandat',
    name: 'Å love for mye',
    definition: 'Frykten for å ta på seg ansvar for en sak som tilhører sosialtjenesten når man strekker seg.',
    x: 480,
    y: 160,
    codes: ['stretch', 'answer-then-refer'],
    quotes: ['Og hvis jeg skriver at jeg ordner det, så har jeg jo tatt på meg noe som ikke er mitt ansvar.'],
  },
];

const stepStates: Record<AnalysisMethod, StepState[]> = {
  stc: ['done', 'done', 'done', 'in-progress'],
  thematic: ['done', 'done', 'done', 'done', 'done'],
};

/** Where a sentence sits: the first source whose current text holds it, with its offsets. */
function locate(sources: readonly DemoAnalysisSource[], sentence: string): { sourceId: Id; start: number; end: number } | null {
  for (const source of sources) {
    const start = source.text.indexOf(sentence);
    if (start >= 0) return { sourceId: source.id, start, end: start + sentence.length };
  }
  return null;
}

/**
 * Plans the worked example as plain rows to put (no reads: it is added to a freshly planned demo
 * project). Ids and time come from `at`, so the example is deterministic in tests and the CLI.
 */
export function planDemoAnalysis(input: DemoAnalysisInput, at: PlanContext): Planned<DemoAnalysisCounts> {
  const { projectId, authorId, sources } = input;
  const stamp = { createdAt: at.now, updatedAt: at.now };
  const authored = { projectId, authorId, ...stamp };
  const writes: Write[] = [];
  const counts = {} as DemoAnalysisCounts;
  const put = (table: DemoAnalysisTable, row: { id: Id }) => {
    writes.push({ op: 'put', table, projectId, row });
    counts[table] = (counts[table] ?? 0) + 1;
  };
  const used = new Set<Id>();

  // STC, steps 1–3 done, 4 under way.
  const themeIds = new Map<string, Id>();
  preliminaryThemes.forEach((theme, order) => {
    const row: PreliminaryTheme = { id: at.newId(), ...authored, name: theme.name, note: theme.note, order };
    themeIds.set(theme.name, row.id);
    put('preliminaryThemes', row);
  });
  const stcSources = new Set<Id>();
  groups.forEach((group, order) => {
    const codeGroup: CodeGroup = {
      id: at.newId(),
      ...authored,
      name: group.name,
      order,
      themeIds: group.themes.flatMap((name) => themeIds.get(name) ?? []),
    };
    put('codeGroups', codeGroup);
    group.subgroups.forEach((sub, subOrder) => {
      const subgroup: Subgroup = {
        id: at.newId(),
        ...authored,
        codeGroupId: codeGroup.id,
        name: sub.name,
        order: subOrder,
        content: stateFromPlainText(sub.condensate),
        plainText: sub.condensate,
      };
      put('subgroups', subgroup);
      const units: { unit: MeaningUnit; text: string }[] = [];
      for (const sentence of sub.units) {
        const found = locate(sources, sentence);
        if (!found) continue;
        const unit: MeaningUnit = { id: at.newId(), ...authored, ...found, codingId: null };
        put('meaningUnits', unit);
        const placement: Placement = { id: at.newId(), projectId, meaningUnitId: unit.id, codeGroupId: codeGroup.id, subgroupId: subgroup.id, ...stamp };
        put('placements', placement);
        units.push({ unit, text: sentence });
        stcSources.add(unit.sourceId);
      }
      let quoteOrder = 0;
      for (const quote of sub.quotes) {
        const holder = units.find((u) => u.text.includes(quote));
        if (!holder) continue;
        const start = holder.unit.start + holder.text.indexOf(quote);
        const golden: GoldenQuote = {
          id: at.newId(),
          ...authored,
          subgroupId: subgroup.id,
          meaningUnitId: holder.unit.id,
          sourceId: holder.unit.sourceId,
          start,
          end: start + quote.length,
          order: quoteOrder++,
        };
        put('goldenQuotes', golden);
      }
    });
    const analytic: AnalyticText = {
      id: at.newId(),
      ...authored,
      codeGroupId: codeGroup.id,
      heading: group.heading,
      content: stateFromPlainText(group.analysis),
      plainText: group.analysis,
      theory: group.theory,
      // Step 4 under way: the first group's sources have been re-read against its text.
      recontextualised: order === 0 ? [...stcSources] : [],
    };
    put('analyticTexts', analytic);
  });
  for (const id of stcSources) used.add(id);

  // Thematic analysis on the focus group, phases 1–5 done.
  const themeRowIds = new Map<string, Id>();
  themes.forEach((theme, order) => {
    const row: Theme = {
      id: at.newId(),
      ...authored,
      parentId: theme.parent ? (themeRowIds.get(theme.parent) ?? null) : null,
      name: theme.name,
      definition: theme.definition,
      order,
      x: theme.x,
      y: theme.y,
    };
    themeRowIds.set(theme.key, row.id);
    put('themes', row);
    for (const key of theme.codes) {
      const codeId = input.codeIds.get(key);
      if (!codeId) continue;
      const themeCode: ThemeCode = { id: at.newId(), projectId, themeId: row.id, codeId, ...stamp };
      put('themeCodes', themeCode);
    }
    theme.quotes.forEach((sentence, quoteOrder) => {
      const found = locate(sources, sentence);
      if (!found) return;
      const quote: ThemeQuote = { id: at.newId(), ...authored, themeId: row.id, codingId: null, ...found, order: quoteOrder };
      put('themeQuotes', quote);
      used.add(found.sourceId);
    });
  });
  const link: ThemeLink = {
    id: at.newId(),
    ...authored,
    fromId: themeRowIds.get('mandat')!,
    toId: themeRowIds.get('lenken')!,
    label: 'driver fram',
  };
  put('themeLinks', link);

  for (const [method, states] of Object.entries(stepStates) as [AnalysisMethod, StepState[]][]) {
    states.forEach((state, i) => {
      const step: AnalysisStep = { id: analysisStepId(projectId, method, i + 1), projectId, method, step: i + 1, state, ...stamp };
      put('analysisSteps', step);
    });
  }
  // Every source the example draws on has been read through (STC step 1, thematic phase 1).
  for (const sourceId of used) {
    const mark: ReadMark = { id: readMarkId(sourceId), ...authored, sourceId };
    put('readMarks', mark);
  }
  return { writes, value: counts };
}
