import type { ChartLabels } from './en';

export const nn: ChartLabels = {
  frequencies: {
    title: 'Kodefrekvensar',
    description: 'Kodingar og kjelder per kode for {codes} kodar, i rekkjefølgja i kodeboka; ein kode tel med underkodane sine. Størst: {top} (kodingar: {count}).',
    axis: 'Tal',
    codings: 'Kodingar',
    sources: 'Kjelder',
    code: 'Kode',
    depth: 'Nivå',
    bar: '{code}: kodingar {codings}, kjelder {sources}',
  },
  cooccurrence: {
    title: 'Samførekomst av kodar',
    description: 'Kor ofte to kodar blir brukte saman ({mode}), for {codes} kodar. Diagonalen er talet for koden sjølv. Vanlegaste par: {pair} ({count}).',
    descriptionNoPair: 'Kor ofte to kodar blir brukte saman ({mode}), for {codes} kodar. Ingen kodar blir brukte saman.',
    mode: {
      overlap: 'segment som overlappar',
      message: 'i same melding eller tur',
      source: 'i same kjelde',
    },
    rowCode: 'Kode',
    columnCode: 'Kode som førekjem saman med',
    count: 'Tal',
    cell: '{a} og {b}: {count}',
    diagonal: '{a}: {count} kodingar',
    scale: 'Færre → fleire',
  },
  matrix: {
    title: 'Kjelder etter kode',
    description: 'Kodingar per kjelde og kode: {sources} kjelder og {codes} kodar, sorterte etter {sort}. Mest koda kjelde: {top} ({count} kodingar).',
    sort: { title: 'kjeldetittel', total: 'talet på kodingar' },
    source: 'Kjelde',
    code: 'Kode',
    total: 'Totalt',
    cell: '{source}, {code}: {count}',
  },
  empty: {
    noCodes: 'Ingen kodar enno: lag kodar og kod litt tekst for å sjå dette diagrammet.',
    noCodings: 'Ingenting er koda enno: kod litt tekst for å sjå dette diagrammet.',
    noSources: 'Ingen kjelder enno: importer ei kjelde og kod ho for å sjå dette diagrammet.',
  },
};
