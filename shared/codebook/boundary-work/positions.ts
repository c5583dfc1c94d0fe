import type { TemplateCode } from '../template-code';

/** The footings a caseworker speaks from (Goffman); coded on caseworker messages. */
export const positionCodes: TemplateCode = {
  key: 'position',
  color: '#db2d7e',
  text: {
    en: {
      name: 'Position',
      shortName: 'Pos.',
      definition:
        'The footing the caseworker takes in a message: the role they speak from towards the user. A message can take more than one position and can shift between them.',
      inclusion: 'Caseworker messages; code each position the message takes.',
      exclusion: "Users' messages; politeness formulas on their own.",
      typicalExample:
        'A reply that first cites a rule (bureaucratic) and then offers to help with the job search (helper, motivator).',
      atypicalExample:
        "A one-word reply, 'Noted.' The position is hard to tell; leave it uncoded unless the context makes it clear.",
    },
    nb: {
      name: 'Posisjon',
      shortName: 'Pos.',
      definition:
        'Footingen veilederen tar i en melding: rollen hen snakker fra overfor brukeren. En melding kan innta flere posisjoner og skifte mellom dem.',
      inclusion: 'Veiledermeldinger; kod hver posisjon meldingen inntar.',
      exclusion: 'Brukernes meldinger; høflighetsfraser alene.',
      typicalExample:
        'Et svar som først viser til en regel (byråkratisk) og så tilbyr hjelp med jobbsøkingen (hjelper, motivator).',
      atypicalExample:
        'Et svar på ett ord, «Notert.» Posisjonen er vanskelig å avgjøre; la det stå ukodet med mindre sammenhengen gjør den tydelig.',
    },
    nn: {
      name: 'Posisjon',
      shortName: 'Pos.',
      definition:
        'Footingen rettleiaren tek i ei melding: rolla vedkomande snakkar frå overfor brukaren. Ei melding kan innta fleire posisjonar og skifte mellom dei.',
      inclusion: 'Rettleiarmeldingar; kod kvar posisjon meldinga inntek.',
      exclusion: 'Meldingane til brukarane; høflegheitsfrasar åleine.',
      typicalExample:
        'Eit svar som først viser til ein regel (byråkratisk) og så tilbyr hjelp med jobbsøkinga (hjelpar, motivator).',
      atypicalExample:
        'Eit svar på eitt ord, «Notert.» Posisjonen er vanskeleg å avgjere; lat det stå ukoda med mindre samanhengen gjer han tydeleg.',
    },
  },
  children: [
    {
      key: 'bureaucratic',
      color: '#5c6bc0',
      text: {
        en: {
          name: 'Bureaucratic',
          shortName: 'Bureau.',
          definition:
            'Speaks from rules, routines and the division of responsibility between services; impersonal, refers to procedures.',
          inclusion:
            'References to regulations, confidentiality, access rights, which office is responsible, formal procedures.',
          exclusion: 'Explaining rules so that the user learns to manage the system (Pedagogical).',
          typicalExample: "'Such applications must be submitted in writing to the municipality's social services.'",
          atypicalExample:
            "'Sadly, I'm not allowed to look at that case.' Personal wording, but the ground is the rule.",
        },
        nb: {
          name: 'Byråkratisk',
          shortName: 'Byråkr.',
          definition:
            'Snakker ut fra regler, rutiner og ansvarsdelingen mellom tjenestene; upersonlig, viser til prosedyrer.',
          inclusion:
            'Henvisninger til regelverk, taushetsplikt, tilgang, hvilket kontor som har ansvaret, formelle framgangsmåter.',
          exclusion: 'Å forklare regler slik at brukeren lærer å håndtere systemet (Pedagogisk).',
          typicalExample: '«Slike søknader må sendes skriftlig til sosialtjenesten i kommunen.»',
          atypicalExample:
            '«Dessverre har jeg ikke lov til å se på den saken.» Personlig formulert, men grunnlaget er regelen.',
        },
        nn: {
          name: 'Byråkratisk',
          shortName: 'Byråkr.',
          definition:
            'Snakkar ut frå reglar, rutinar og ansvarsdelinga mellom tenestene; upersonleg, viser til prosedyrar.',
          inclusion:
            'Tilvisingar til regelverk, teieplikt, tilgang, kva kontor som har ansvaret, formelle framgangsmåtar.',
          exclusion: 'Å forklare reglar slik at brukaren lærer å handtere systemet (Pedagogisk).',
          typicalExample: '«Slike søknader må sendast skriftleg til sosialtenesta i kommunen.»',
          atypicalExample:
            '«Dessverre har eg ikkje lov til å sjå på den saka.» Personleg formulert, men grunnlaget er regelen.',
        },
      },
      children: [],
    },
    {
      key: 'pedagogical',
      color: '#008ae4',
      text: {
        en: {
          name: 'Pedagogical',
          shortName: 'Ped.',
          definition:
            'Explains and teaches: helps the user understand the system, the procedure or their own situation so that they can act on it themselves.',
          inclusion:
            'Step-by-step explanations, reasons why things work as they do, advice on how to go about it next time.',
          exclusion: 'Stating a rule without explaining it (Bureaucratic); doing the task for the user (Helper).',
          typicalExample:
            "'The decision letter shows what was counted as income. If you disagree, you can write a complaint within three weeks.'",
          atypicalExample: "'Next time, put the receipts in the same envelope; it makes the case go faster.'",
        },
        nb: {
          name: 'Pedagogisk',
          shortName: 'Ped.',
          definition:
            'Forklarer og lærer bort: hjelper brukeren å forstå systemet, framgangsmåten eller sin egen situasjon, slik at hen kan handle selv.',
          inclusion:
            'Forklaringer steg for steg, begrunnelser for hvorfor ting fungerer som de gjør, råd om hvordan brukeren kan gå fram neste gang.',
          exclusion: 'Å slå fast en regel uten å forklare den (Byråkratisk); å gjøre oppgaven for brukeren (Hjelper).',
          typicalExample:
            '«I vedtaksbrevet ser du hva som ble regnet som inntekt. Er du uenig, kan du klage innen tre uker.»',
          atypicalExample: '«Neste gang kan du legge kvitteringene i samme konvolutt; da går saken raskere.»',
        },
        nn: {
          name: 'Pedagogisk',
          shortName: 'Ped.',
          definition:
            'Forklarer og lærer bort: hjelper brukaren å forstå systemet, framgangsmåten eller sin eigen situasjon, slik at vedkomande kan handle sjølv.',
          inclusion:
            'Forklaringar steg for steg, grunngjevingar for kvifor ting fungerer som dei gjer, råd om korleis brukaren kan gå fram neste gong.',
          exclusion: 'Å slå fast ein regel utan å forklare han (Byråkratisk); å gjere oppgåva for brukaren (Hjelpar).',
          typicalExample:
            '«I vedtaksbrevet ser du kva som vart rekna som inntekt. Er du usamd, kan du klage innan tre veker.»',
          atypicalExample: '«Neste gong kan du leggje kvitteringane i same konvolutten; då går saka raskare.»',
        },
      },
      children: [],
    },
    {
      key: 'helper',
      color: '#de4db0',
      text: {
        en: {
          name: 'Helper',
          shortName: 'Helper',
          definition: "Acts on the user's behalf or offers practical help: forwards, checks, books, arranges.",
          inclusion: 'Actions taken or promised for the user; practical solutions.',
          exclusion: 'Encouragement without action (Motivator); explanations (Pedagogical).',
          typicalExample: "'I have booked you an appointment at the office on Tuesday at ten.'",
          atypicalExample: "'Tell me if the letter doesn't arrive and I'll find out why.' Help offered on a condition.",
        },
        nb: {
          name: 'Hjelper',
          shortName: 'Hjelper',
          definition:
            'Handler på vegne av brukeren eller tilbyr praktisk hjelp: sender videre, sjekker, bestiller, ordner.',
          inclusion: 'Handlinger som gjøres eller loves for brukeren; praktiske løsninger.',
          exclusion: 'Oppmuntring uten handling (Motivator); forklaringer (Pedagogisk).',
          typicalExample: '«Jeg har bestilt time til deg på kontoret tirsdag klokka ti.»',
          atypicalExample: '«Si fra hvis brevet ikke kommer, så finner jeg ut hvorfor.» Hjelp som tilbys på et vilkår.',
        },
        nn: {
          name: 'Hjelpar',
          shortName: 'Hjelpar',
          definition:
            'Handlar på vegner av brukaren eller tilbyr praktisk hjelp: sender vidare, sjekkar, bestiller, ordnar.',
          inclusion: 'Handlingar som vert gjorde eller lova for brukaren; praktiske løysingar.',
          exclusion: 'Oppmuntring utan handling (Motivator); forklaringar (Pedagogisk).',
          typicalExample: '«Eg har bestilt time til deg på kontoret tysdag klokka ti.»',
          atypicalExample:
            '«Sei frå om brevet ikkje kjem, så finn eg ut kvifor.» Hjelp som vert tilboden på eit vilkår.',
        },
      },
      children: [],
    },
    {
      key: 'motivator',
      color: '#c07b53',
      text: {
        en: {
          name: 'Motivator',
          shortName: 'Motiv.',
          definition: "Encourages and turns the conversation towards the user's goals, progress and work.",
          inclusion: 'Praise, encouragement, talk about future work, reminders of progress and goals.',
          exclusion:
            'Practical help (Helper). If the encouragement turns away from a social-assistance matter, code Position shift as well.',
          typicalExample: "'Well done finishing the course! That is a big step towards a job.'",
          atypicalExample: "'Hang in there; once the internship starts, the days will get easier.'",
        },
        nb: {
          name: 'Motivator',
          shortName: 'Motiv.',
          definition: 'Oppmuntrer og vender samtalen mot brukerens mål, framgang og arbeid.',
          inclusion: 'Ros, oppmuntring, snakk om framtidig arbeid, påminnelser om framgang og mål.',
          exclusion:
            'Praktisk hjelp (Hjelper). Vender oppmuntringen seg bort fra en sosialhjelpssak, kod også Posisjonsskifte.',
          typicalExample: '«Så bra at du fullførte kurset! Det er et stort steg mot en jobb.»',
          atypicalExample: '«Stå på; når praksisen starter, blir dagene lettere.»',
        },
        nn: {
          name: 'Motivator',
          shortName: 'Motiv.',
          definition: 'Oppmuntrar og vender samtalen mot måla, framgangen og arbeidet til brukaren.',
          inclusion: 'Ros, oppmuntring, prat om framtidig arbeid, påminningar om framgang og mål.',
          exclusion:
            'Praktisk hjelp (Hjelpar). Vender oppmuntringa seg bort frå ei sosialhjelpssak, kod òg Posisjonsskifte.',
          typicalExample: '«Så bra at du fullførte kurset! Det er eit stort steg mot ein jobb.»',
          atypicalExample: '«Stå på; når praksisen byrjar, vert dagane lettare.»',
        },
      },
      children: [],
    },
  ],
};
