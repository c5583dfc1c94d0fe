import type { TemplateCode } from '../template-code';

/** Goffman's two lenses, for passages where the frame or the footing changes. */
export const framingCodes: TemplateCode = {
  key: 'framing-footing',
  color: '#7a6a58',
  text: {
    en: {
      name: 'Framing/footing',
      shortName: 'Frame',
      definition:
        "Goffman's lenses for reading a reply: framing (what kind of activity is going on) and footing (the alignment a speaker takes). Use the sub-codes on passages where the frame or the footing is made visible or changes; the Position codes name the footings.",
      inclusion:
        "Passages where the definition of the situation or the speaker's alignment is made visible or changes.",
      exclusion: 'Routine passages where nothing about frame or footing stands out.',
      typicalExample: 'A message that opens as case handling and ends as a pep talk.',
      atypicalExample: "A user who re-frames the dialogue: 'I'm asking you as my contact person, not as the office.'",
    },
    nb: {
      name: 'Framing/footing',
      shortName: 'Ramme',
      definition:
        'Goffmans linser for å lese et svar: framing (hva slags aktivitet som foregår) og footing (hvordan den som snakker, posisjonerer seg). Bruk underkodene på passasjer der rammen eller footingen synliggjøres eller skifter; Posisjon-kodene navngir footingene.',
      inclusion: 'Passasjer der definisjonen av situasjonen eller talerens posisjonering synliggjøres eller skifter.',
      exclusion: 'Rutinepassasjer der ingenting ved ramme eller footing skiller seg ut.',
      typicalExample: 'En melding som åpner som saksbehandling og slutter som en oppmuntring.',
      atypicalExample:
        'En bruker som rammer inn dialogen på nytt: «Jeg spør deg som kontaktpersonen min, ikke som kontoret.»',
    },
    nn: {
      name: 'Framing/footing',
      shortName: 'Ramme',
      definition:
        'Goffman sine linser for å lese eit svar: framing (kva slags aktivitet som går føre seg) og footing (korleis den som snakkar, posisjonerer seg). Bruk underkodane på passasjar der ramma eller footingen vert synleggjord eller skiftar; Posisjon-kodane namngjev footingane.',
      inclusion:
        'Passasjar der definisjonen av situasjonen eller posisjoneringa til talaren vert synleggjord eller skiftar.',
      exclusion: 'Rutinepassasjar der ingenting ved ramme eller footing skil seg ut.',
      typicalExample: 'Ei melding som opnar som sakshandsaming og sluttar som ei oppmuntring.',
      atypicalExample:
        'Ein brukar som rammar inn dialogen på nytt: «Eg spør deg som kontaktpersonen min, ikkje som kontoret.»',
    },
  },
  children: [
    {
      key: 'framing',
      color: '#8f8a02',
      text: {
        en: {
          name: 'Framing',
          shortName: 'Framing',
          definition:
            'What is going on here, as the participants define it: guidance, information, case handling, small talk.',
          inclusion: "Passages that set up or change the kind of activity ('just so you know…', 'formally speaking…').",
          exclusion: "The speaker's stance within the activity (Footing).",
          typicalExample: "'This is just information, not a decision.'",
          atypicalExample: "The user writes 'I know this isn't a complaint, but…': the user sets the frame.",
        },
        nb: {
          name: 'Innramming (framing)',
          shortName: 'Framing',
          definition:
            'Hva som foregår her, slik deltakerne definerer det: veiledning, informasjon, saksbehandling, småprat.',
          inclusion: 'Passasjer som etablerer eller endrer aktiviteten («bare så du vet det …», «formelt sett …»).',
          exclusion: 'Talerens posisjon innenfor aktiviteten (Footing).',
          typicalExample: '«Dette er bare informasjon, ikke et vedtak.»',
          atypicalExample:
            'Brukeren skriver «jeg vet at dette ikke er en klage, men …»: det er brukeren som setter rammen.',
        },
        nn: {
          name: 'Innramming (framing)',
          shortName: 'Framing',
          definition:
            'Kva som går føre seg her, slik deltakarane definerer det: rettleiing, informasjon, sakshandsaming, småprat.',
          inclusion: 'Passasjar som etablerer eller endrar aktiviteten («berre så du veit det …», «formelt sett …»).',
          exclusion: 'Posisjonen til talaren innanfor aktiviteten (Footing).',
          typicalExample: '«Dette er berre informasjon, ikkje eit vedtak.»',
          atypicalExample: 'Brukaren skriv «eg veit at dette ikkje er ei klage, men …»: det er brukaren som set ramma.',
        },
      },
      children: [],
    },
    {
      key: 'footing',
      color: '#8e6bb0',
      text: {
        en: {
          name: 'Footing',
          shortName: 'Footing',
          definition:
            'The alignment a speaker takes towards what is said and towards the other person, including changes of footing within one message.',
          inclusion: "Shifts of voice or alignment: from 'the rules say' to 'I think', from 'we at the office' to 'I'.",
          exclusion:
            'Naming which footing it is: use the Position codes for that; this code marks the alignment or the shift itself.',
          typicalExample: "'The office decides this. Personally, I think you have a good case.'",
          atypicalExample: 'A reply written entirely in the passive voice, keeping the caseworker out of sight.',
        },
        nb: {
          name: 'Fotfeste (footing)',
          shortName: 'Footing',
          definition:
            'Hvordan den som snakker, stiller seg til det som sies og til den andre, også skifter av footing innenfor én melding.',
          inclusion:
            'Skifter i stemme eller posisjonering: fra «reglene sier» til «jeg tenker», fra «vi på kontoret» til «jeg».',
          exclusion:
            'Å navngi hvilken footing det er: bruk Posisjon-kodene til det; denne koden markerer selve posisjoneringen eller skiftet.',
          typicalExample: '«Det er kontoret som avgjør dette. Personlig tenker jeg at du har en god sak.»',
          atypicalExample: 'Et svar skrevet helt i passiv, som holder veilederen utenfor bildet.',
        },
        nn: {
          name: 'Fotfeste (footing)',
          shortName: 'Footing',
          definition:
            'Korleis den som snakkar, stiller seg til det som vert sagt og til den andre, òg skifte av footing innanfor éi melding.',
          inclusion:
            'Skifte i stemme eller posisjonering: frå «reglane seier» til «eg tenkjer», frå «vi på kontoret» til «eg».',
          exclusion:
            'Å namngje kva footing det er: bruk Posisjon-kodane til det; denne koden markerer sjølve posisjoneringa eller skiftet.',
          typicalExample: '«Det er kontoret som avgjer dette. Personleg tenkjer eg at du har ei god sak.»',
          atypicalExample: 'Eit svar skrive heilt i passiv, som held rettleiaren utanfor biletet.',
        },
      },
      children: [],
    },
  ],
};
