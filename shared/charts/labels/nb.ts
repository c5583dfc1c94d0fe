import type { ChartLabels } from './en';

export const nb: ChartLabels = {
  frequencies: {
    title: 'Kodefrekvenser',
    description: 'Kodinger og kilder per kode for {codes} koder, i kodebokens rekkefølge; en kode teller med underkodene sine. Størst: {top} (kodinger: {count}).',
    axis: 'Antall',
    codings: 'Kodinger',
    sources: 'Kilder',
    code: 'Kode',
    depth: 'Nivå',
    bar: '{code}: kodinger {codings}, kilder {sources}',
  },
  cooccurrence: {
    title: 'Samforekomst av koder',
    description: 'Hvor ofte to koder brukes sammen ({mode}), for {codes} koder. Diagonalen er kodens eget antall. Vanligste par: {pair} ({count}).',
    descriptionNoPair: 'Hvor ofte to koder brukes sammen ({mode}), for {codes} koder. Ingen koder brukes sammen.',
    mode: {
      overlap: 'segmenter som overlapper',
      message: 'i samme melding eller tur',
      source: 'i samme kilde',
    },
    rowCode: 'Kode',
    columnCode: 'Samforekommende kode',
    count: 'Antall',
    cell: '{a} og {b}: {count}',
    diagonal: '{a}: {count} kodinger',
    scale: 'Færre → flere',
  },
  matrix: {
    title: 'Kilder etter kode',
    description: 'Kodinger per kilde og kode: {sources} kilder og {codes} koder, sortert etter {sort}. Mest kodede kilde: {top} ({count} kodinger).',
    sort: { title: 'kildetittel', total: 'antall kodinger' },
    source: 'Kilde',
    code: 'Kode',
    total: 'Totalt',
    cell: '{source}, {code}: {count}',
  },
  empty: {
    noCodes: 'Ingen koder ennå: lag koder og kod litt tekst for å se dette diagrammet.',
    noCodings: 'Ingenting er kodet ennå: kod litt tekst for å se dette diagrammet.',
    noSources: 'Ingen kilder ennå: importer en kilde og kod den for å se dette diagrammet.',
  },
};
