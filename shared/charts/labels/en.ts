/**
 * The words charts are drawn with, in English. nb.ts and nn.ts must match this shape (a compile
 * error otherwise). `{name}` marks a value filled in by `fillLabel` (shared/reports/labels).
 */
export const en = {
  frequencies: {
    title: 'Code frequencies',
    description: 'Codings and sources per code for {codes} codes, in codebook order; a code counts its sub-codes too. Largest: {top} (codings: {count}).',
    axis: 'Number',
    codings: 'Codings',
    sources: 'Sources',
    code: 'Code',
    depth: 'Level',
    bar: '{code}: codings {codings}, sources {sources}',
  },
  cooccurrence: {
    title: 'Code co-occurrence',
    description: 'How often two codes are applied together ({mode}), for {codes} codes. The diagonal is each code’s own count. Most frequent pair: {pair} ({count}).',
    descriptionNoPair: 'How often two codes are applied together ({mode}), for {codes} codes. No two codes are applied together.',
    mode: {
      overlap: 'segments that overlap',
      message: 'in the same message or turn',
      source: 'in the same source',
    },
    rowCode: 'Code',
    columnCode: 'Co-occurring code',
    count: 'Count',
    cell: '{a} and {b}: {count}',
    diagonal: '{a}: {count} codings',
    scale: 'Fewer → more',
  },
  matrix: {
    title: 'Sources by code',
    description: 'Codings per source and code: {sources} sources and {codes} codes, sorted by {sort}. Most coded source: {top} ({count} codings).',
    sort: { title: 'source title', total: 'total codings' },
    source: 'Source',
    code: 'Code',
    total: 'Total',
    cell: '{source}, {code}: {count}',
  },
  strategies: {
    title: 'Response types and boundary-work strategies',
    description: 'Sequences (sources) per response type and per boundary-work strategy, as shares of each bar. Largest response type: {category} ({count} of {total}). A sequence can carry both strategies, so the strategy bar may add up to more than the boundary-work sequences.',
    split: 'Split',
    category: 'Category',
    sequences: 'Sequences',
    share: 'Share (%)',
    bars: { response: 'Response type', strategy: 'Boundary-work strategy' },
    categories: {
      sequences: 'Sequences',
      'no-written-response': 'No written response',
      'help-without-boundary-work': 'Help without boundary work',
      'boundary-work': 'Boundary work',
      clear: 'Clear',
      ambiguous: 'Ambiguous',
    },
    n: 'n = {count}',
    segment: '{category}: {count} of {total} ({percent}%)',
    countShare: '{count} ({percent}%)',
    noStrategyCodes: 'The project has none of the study’s response or strategy codes: add the boundary-work codebook to see this chart.',
    noStrategyCodings: 'No sequence is coded with a response type or strategy yet: code some to see this chart.',
  },
  empty: {
    noCodes: 'No codes yet: create codes and code some text to see this chart.',
    noCodings: 'Nothing is coded yet: code some text to see this chart.',
    noSources: 'No sources yet: import a source and code it to see this chart.',
  },
};

export type ChartLabels = typeof en;
