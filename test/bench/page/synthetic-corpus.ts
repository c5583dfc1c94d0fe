/**
 * A synthetic Norwegian corpus for the search bench: deterministic (seeded), invented, varied
 * enough that words have a realistic spread (inflections, compounds, typos, placeholders) rather
 * than a handful of repeated lines that every query would match.
 */

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const nouns = [
  ['vedtak', 'vedtaket', 'vedtakene', 'vedtaka'],
  ['søknad', 'søknaden', 'søknadene', 'søknader'],
  ['klage', 'klagen', 'klager', 'klagene'],
  ['utbetaling', 'utbetalingen', 'utbetalinger'],
  ['aktivitetsplan', 'aktivitetsplanen', 'aktivitetsplaner'],
  ['veileder', 'veilederen', 'veiledere'],
  ['saksbehandler', 'saksbehandleren', 'saksbehandlere'],
  ['husleie', 'husleia', 'husleien'],
  ['time', 'timen', 'timer', 'timene'],
  ['møte', 'møtet', 'møter', 'møtene'],
  ['arbeidsgiver', 'arbeidsgiveren', 'arbeidsgivere'],
  ['lege', 'legen', 'leger'],
  ['sykmelding', 'sykmeldingen', 'sykmeldinger'],
  ['kurs', 'kurset', 'kursene'],
  ['tiltak', 'tiltaket', 'tiltakene'],
  ['dokumentasjon', 'dokumentasjonen'],
  ['frist', 'fristen', 'fristene'],
  ['brev', 'brevet', 'brevene'],
  ['depositum', 'depositumet'],
  ['barnetrygd', 'barnetrygden'],
];
/** More everyday nouns, inflected by rule (masculine -en/-er/-ene; neuter -et/-ene): a realistic vocabulary spread. */
const masculine = `avtale bolig bil buss dag dommer elev familie far fastlege ferie fisk gave gutt hage hund jobb kafé kommune konto
kontrakt kunde lærer lønn mor nabo plan prat regning rom sak samtale sjef skole skjema sko stol strøm søster tanke telefon
tilbud tolk uke venn vinter arbeidsplass barnehage bank behandling beskjed dialog fagforening forsikring fritid helg innbetaling
kjøkkenbenk kveld lege leilighet lunsj melding morgen oppgave periode plass praksis prøve rapport regel rettighet rutine
sekretær sjanse status stilling sykdom tillatelse trening tur ulykke undersøkelse vakt vane vei ventetid`.split(/\s+/);
const neuter = `år arbeid barn bord dokument eksempel fag forslag hus kart kontor kort land liv lån møtested navn nummer oppdrag
problem program prosjekt råd rom skift spørsmål svar system tak tema tilskudd vedlegg vilkår vitnemål yrke ønske`.split(/\s+/);
const inflected = [
  ...masculine.map((w) => (w.endsWith('e') ? [w, `${w}n`, `${w}r`, `${w}ne`] : [w, `${w}en`, `${w}er`, `${w}ene`])),
  ...neuter.map((w) => [w, `${w}et`, `${w}ene`, `${w}a`]),
];
const fillers = ['egentlig', 'fortsatt', 'kanskje', 'veldig', 'litt', 'allerede', 'snart', 'heller', 'bare', 'også', 'gjerne', 'nok'];
const compoundHeads = ['nav', 'sosial', 'arbeids', 'bolig', 'helse', 'barne', 'økonomi', 'oppfølgings', 'familie', 'kommune'];
const compoundTails = ['kontoret', 'tjenesten', 'veilederen', 'planen', 'møtet', 'saken', 'støtten', 'ordningen', 'tilbudet', 'avdelingen'];
const verbs = ['har sendt', 'fikk', 'venter på', 'lurer på', 'forstår ikke', 'har lest', 'må levere', 'skal ha', 'kan ikke finne', 'ringte om', 'spurte om', 'klaget på'];
const subjects = ['Jeg', 'Vi', 'Du', 'Saksbehandleren', 'Legen min', 'Kona mi', 'Veilederen', 'Arbeidsgiveren'];
const adverbials = ['i dag', 'i går', 'neste uke', 'før fristen', 'etter møtet', 'på fredag', 'denne måneden', 'i mars', 'hos <Navn på kontor>', 'i [stedsnavn]'];
const openers = ['Hei.', 'Hei igjen.', 'Takk for svar.', 'Ok.', 'Hei, [Navn].'];
const closers = ['Mvh [Navn]', 'Hilsen [Navn på veileder]', 'Ha en fin dag.', 'Takk.', ''];

export interface SyntheticMessage {
  id: string;
  text: string;
}

/** About `targetChars` of text in `count` messages (roughly 200 characters each for 10 MB / 50k). */
export function syntheticMessages(count: number, targetChars: number, seed = 15): SyntheticMessage[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const noun = () => {
    const r = random();
    if (r < 0.25) return `${pick(compoundHeads)}${pick(compoundTails)}`;
    if (r < 0.3) return `${pick(compoundHeads).replace(/s$/, '')}-${pick(compoundTails)}`;
    const word = random() < 0.3 ? pick(pick(nouns)) : pick(pick(inflected));
    // One word in fifty with a typo (two letters swapped), as people write.
    if (random() < 0.02 && word.length > 4) {
      const i = 1 + Math.floor(random() * (word.length - 3));
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    return word;
  };
  const sentence = () => `${pick(subjects)} ${pick(verbs)} ${noun()} om ${noun()} ${pick(adverbials)}, ${pick(fillers)}.`;
  const perMessage = targetChars / count;
  const out: SyntheticMessage[] = [];
  for (let i = 0; i < count; i++) {
    let text = pick(openers);
    while (text.length < perMessage - 30) text += ` ${sentence()}`;
    const closer = pick(closers);
    if (closer) text += `\n${closer}`;
    out.push({ id: `m${i}`, text });
  }
  return out;
}
