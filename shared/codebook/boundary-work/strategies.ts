import type { TemplateCode } from '../template-code';
import { ambiguousCodes } from './ambiguous';
import { clearCodes } from './clear';

/** How the line is drawn: clear and ambiguous strategies, coded on the excerpt that does it. */
export const strategyCodes: TemplateCode = {
  key: 'boundary-work-strategies',
  color: '#b14dbf',
  text: {
    en: {
      name: 'Boundary work',
      shortName: 'BW strat.',
      definition:
        'How the caseworker draws the line between work follow-up and social assistance. Code the excerpt (the sentence or sentences doing the boundary work) with one or more strategies under Clear or Ambiguous. A segment may carry both a clear and an ambiguous code when one reply does both, so the clear and ambiguous excerpts can add up to more than the sequences with boundary work.',
      inclusion: 'Sentences in caseworker messages that state, show or imply what this channel is (not) for.',
      exclusion:
        "Sentences that only help or only inform without touching the limit; the user's own remarks about channels.",
      typicalExample:
        "'Here in the plan I follow up your work and activities; your social assistance file is not one I can open.'",
      atypicalExample:
        'A caseworker first explains the rule and then adds a link to the application form: the reply gets both a clear and an ambiguous strategy.',
    },
    nb: {
      name: 'Grensearbeid',
      shortName: 'GA-strat.',
      definition:
        'Hvordan veilederen trekker grensen mellom arbeidsrettet oppfølging og sosialhjelp. Kod utdraget (setningen eller setningene som gjør grensearbeidet) med én eller flere strategier under Tydelig eller Tvetydig. Et segment kan ha både en tydelig og en tvetydig kode når ett svar gjør begge deler, så tydelige og tvetydige utdrag kan til sammen bli flere enn sekvensene med grensearbeid.',
      inclusion: 'Setninger i veiledermeldinger som sier, viser eller antyder hva denne kanalen (ikke) er til for.',
      exclusion:
        'Setninger som bare hjelper eller bare informerer uten å berøre grensen; brukerens egne kommentarer om kanaler.',
      typicalExample:
        '«Her i planen følger jeg opp arbeid og aktiviteter; sosialhjelpsmappen din er ikke en jeg kan åpne.»',
      atypicalExample:
        'En veileder forklarer først regelen og legger så til en lenke til søknadsskjemaet: svaret får både en tydelig og en tvetydig strategi.',
    },
    nn: {
      name: 'Grensearbeid',
      shortName: 'GA-strat.',
      definition:
        'Korleis rettleiaren trekkjer grensa mellom arbeidsretta oppfølging og sosialhjelp. Kod utdraget (setninga eller setningane som gjer grensearbeidet) med éin eller fleire strategiar under Tydeleg eller Tvitydig. Eit segment kan ha både ein tydeleg og ein tvitydig kode når eitt svar gjer begge delar, så tydelege og tvitydige utdrag kan til saman bli fleire enn sekvensane med grensearbeid.',
      inclusion: 'Setningar i rettleiarmeldingar som seier, viser eller antydar kva denne kanalen (ikkje) er til for.',
      exclusion:
        'Setningar som berre hjelper eller berre informerer utan å røre ved grensa; kommentarane brukaren sjølv kjem med om kanalar.',
      typicalExample:
        '«Her i planen følgjer eg opp arbeid og aktivitetar; sosialhjelpsmappa di er ikkje ei eg kan opne.»',
      atypicalExample:
        'Ein rettleiar forklarer først regelen og legg så til ei lenkje til søknadsskjemaet: svaret får både ein tydeleg og ein tvitydig strategi.',
    },
  },
  children: [clearCodes, ambiguousCodes],
};
