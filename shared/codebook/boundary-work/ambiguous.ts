import type { TemplateCode } from '../template-code';

/** Ambiguous boundary work: the reply both helps and withholds. */
export const ambiguousCodes: TemplateCode = {
  key: 'ambiguous',
  color: '#ca5119',
  text: {
    en: {
      name: 'Ambiguous',
      shortName: 'Ambig.',
      definition:
        'The reply both helps and withholds: the caseworker draws a line but also does something with the matter, so the boundary is blurred.',
      inclusion: 'Sending a link, drawing the line and stretching it, and answering anyway before referring.',
      exclusion:
        'Replies that only refuse or refer with a reason (Clear); replies that only help (Help without boundary work). A reply that does both a clear and an ambiguous thing gets both codes.',
      typicalExample: "'I can't process this here, but here is the form you need: [link to the form].'",
      atypicalExample: "'I don't handle these matters, but I'll mention it to the team when we meet on Thursday.'",
    },
    nb: {
      name: 'Tvetydig',
      shortName: 'Tvetydig',
      definition:
        'Svaret både hjelper og holder tilbake: veilederen trekker en grense, men gjør også noe med saken, slik at grensen blir uklar.',
      inclusion: 'Lenkesending, å trekke grensen og strekke den, og å svare likevel før man henviser.',
      exclusion:
        'Svar som bare avviser eller henviser med begrunnelse (Tydelig); svar som bare hjelper (Hjelp uten grensearbeid). Et svar som gjør både noe tydelig og noe tvetydig, får begge kodene.',
      typicalExample: '«Jeg kan ikke behandle dette her, men her er skjemaet du trenger: [lenke til skjemaet].»',
      atypicalExample:
        '«Jeg har ikke ansvar for slike saker, men jeg skal nevne det for teamet når vi møtes på torsdag.»',
    },
    nn: {
      name: 'Tvitydig',
      shortName: 'Tvitydig',
      definition:
        'Svaret både hjelper og held attende: rettleiaren trekkjer ei grense, men gjer òg noko med saka, slik at grensa vert uklar.',
      inclusion: 'Lenkjesending, å trekkje grensa og strekkje ho, og å svare likevel før ein viser vidare.',
      exclusion:
        'Svar som berre avviser eller viser vidare med grunngjeving (Tydeleg); svar som berre hjelper (Hjelp utan grensearbeid). Eit svar som gjer både noko tydeleg og noko tvitydig, får begge kodane.',
      typicalExample: '«Eg kan ikkje behandle dette her, men her er skjemaet du treng: [lenkje til skjemaet].»',
      atypicalExample:
        '«Eg har ikkje ansvar for slike saker, men eg skal nemne det for teamet når vi møtest på torsdag.»',
    },
  },
  children: [
    {
      key: 'link-sending',
      color: '#eb5049',
      text: {
        en: {
          name: 'Link sending',
          shortName: 'Link',
          definition:
            "The caseworker answers with a link, often to an application form or a general information page, instead of engaging with the user's case. The most frequent ambiguous strategy.",
          inclusion:
            'Replies where a web address or a pointer to a web page does the work of the answer, with or without a short framing sentence.',
          exclusion:
            "Links that come with a full answer to the user's question: code the answer (for example Answer anyway, then refer).",
          typicalExample: "'You can apply for emergency aid here: [link to the application form]'",
          atypicalExample:
            '\'Search for "financial assistance" on the NAV website and you will find the form.\' No address, but the same move.',
        },
        nb: {
          name: 'Lenkesending',
          shortName: 'Lenke',
          definition:
            'Veilederen svarer med en lenke, ofte til et søknadsskjema eller en generell informasjonsside, i stedet for å gå inn i brukerens sak. Den vanligste tvetydige strategien.',
          inclusion:
            'Svar der en nettadresse eller en henvisning til en nettside gjør jobben som svar, med eller uten en kort innledende setning.',
          exclusion:
            'Lenker som kommer sammen med et fullt svar på brukerens spørsmål: kod svaret (for eksempel Svare likevel, så henvise).',
          typicalExample: '«Du kan søke om nødhjelp her: [lenke til søknadsskjemaet]»',
          atypicalExample:
            '«Søk på «økonomisk sosialhjelp» på nav.no, så finner du skjemaet.» Ingen adresse, men samme grep.',
        },
        nn: {
          name: 'Lenkjesending',
          shortName: 'Lenkje',
          definition:
            'Rettleiaren svarar med ei lenkje, ofte til eit søknadsskjema eller ei generell informasjonsside, i staden for å gå inn i saka til brukaren. Den vanlegaste tvitydige strategien.',
          inclusion:
            'Svar der ei nettadresse eller ei tilvising til ei nettside gjer jobben som svar, med eller utan ei kort innleiande setning.',
          exclusion:
            'Lenkjer som kjem saman med eit fullt svar på spørsmålet frå brukaren: kod svaret (til dømes Svare likevel, så vise vidare).',
          typicalExample: '«Du kan søkje om naudhjelp her: [lenkje til søknadsskjemaet]»',
          atypicalExample:
            '«Søk på «økonomisk sosialhjelp» på nav.no, så finn du skjemaet.» Inga adresse, men same grepet.',
        },
      },
      children: [],
    },
    {
      key: 'stretch',
      color: '#c77100',
      text: {
        en: {
          name: 'Draw the line and stretch it',
          shortName: 'Stretch',
          definition:
            'The caseworker says that the matter cannot be handled here and, in the same message, offers to do something anyway: pass the message on, check something, or contact a colleague.',
          inclusion: "'I can't …, but I can …' constructions; promises to forward the message or to ask someone.",
          exclusion: 'A refusal with no offer (Clear); an offer with no refusal (Help without boundary work).',
          typicalExample:
            "'I can't answer questions about social assistance in the plan, but I can send a note to your caseworker at the office.'",
          atypicalExample:
            "'Strictly speaking this isn't mine to handle. I'll check with reception and get back to you.'",
        },
        nb: {
          name: 'Trekke grensen og strekke den',
          shortName: 'Strekk',
          definition:
            'Veilederen sier at saken ikke kan behandles her og tilbyr i samme melding å gjøre noe likevel: sende beskjeden videre, sjekke noe eller kontakte en kollega.',
          inclusion:
            'Konstruksjoner av typen «jeg kan ikke …, men jeg kan …»; løfter om å sende beskjeden videre eller spørre noen.',
          exclusion: 'En avvisning uten tilbud (Tydelig); et tilbud uten avvisning (Hjelp uten grensearbeid).',
          typicalExample:
            '«Jeg kan ikke svare på spørsmål om sosialhjelp i planen, men jeg kan sende en beskjed til saksbehandleren din på kontoret.»',
          atypicalExample:
            '«Strengt tatt er ikke dette mitt bord. Jeg sjekker med resepsjonen og kommer tilbake til deg.»',
        },
        nn: {
          name: 'Trekkje grensa og strekkje ho',
          shortName: 'Strekk',
          definition:
            'Rettleiaren seier at saka ikkje kan behandlast her og tilbyr i same melding å gjere noko likevel: sende beskjeden vidare, sjekke noko eller kontakte ein kollega.',
          inclusion:
            'Konstruksjonar av typen «eg kan ikkje …, men eg kan …»; lovnader om å sende beskjeden vidare eller spørje nokon.',
          exclusion: 'Ei avvising utan tilbod (Tydeleg); eit tilbod utan avvising (Hjelp utan grensearbeid).',
          typicalExample:
            '«Eg kan ikkje svare på spørsmål om sosialhjelp i planen, men eg kan sende ein beskjed til sakshandsamaren din på kontoret.»',
          atypicalExample:
            '«Strengt teke er ikkje dette mitt bord. Eg sjekkar med resepsjonen og kjem attende til deg.»',
        },
      },
      children: [],
    },
    {
      key: 'answer-then-refer',
      color: '#ab505d',
      text: {
        en: {
          name: 'Answer anyway, then refer',
          shortName: 'Ans.+ref.',
          definition:
            'The caseworker gives the substantive answer to the question and then says that this is not the channel for it, often with a referral for next time.',
          inclusion:
            "A reply with real information about the user's social-assistance matter, followed by a note about the right channel.",
          exclusion:
            'A referral before or instead of an answer (Explicit referral, Draw the line and stretch it); an answer with no mention of the channel (Help without boundary work).',
          typicalExample:
            "'The payment usually comes on the 20th. Next time, please ask the office directly, as this isn't the right channel for it.'",
          atypicalExample:
            "'It looks as if the decision was sent last week, but I can't see the details, so to be sure you should phone the office.'",
        },
        nb: {
          name: 'Svare likevel, så henvise',
          shortName: 'Svar+henv.',
          definition:
            'Veilederen gir svaret på selve spørsmålet og sier deretter at dette ikke er kanalen for det, ofte med en henvisning til neste gang.',
          inclusion: 'Et svar med reell informasjon om brukerens sosialhjelpssak, fulgt av en merknad om riktig kanal.',
          exclusion:
            'En henvisning før eller i stedet for et svar (Eksplisitt henvisning, Trekke grensen og strekke den); et svar uten noe om kanalen (Hjelp uten grensearbeid).',
          typicalExample:
            '«Utbetalingen kommer vanligvis den 20. Neste gang bør du spørre NAV-kontoret direkte, for dette er ikke riktig kanal for det.»',
          atypicalExample:
            '«Det ser ut som vedtaket ble sendt forrige uke, men jeg ser ikke detaljene, så for å være sikker bør du ringe kontoret.»',
        },
        nn: {
          name: 'Svare likevel, så vise vidare',
          shortName: 'Svar+vis',
          definition:
            'Rettleiaren gjev svaret på sjølve spørsmålet og seier deretter at dette ikkje er kanalen for det, ofte med ei tilvising til neste gong.',
          inclusion:
            'Eit svar med reell informasjon om sosialhjelpssaka til brukaren, følgt av ein merknad om rett kanal.',
          exclusion:
            'Ei tilvising før eller i staden for eit svar (Eksplisitt tilvising, Trekkje grensa og strekkje ho); eit svar utan noko om kanalen (Hjelp utan grensearbeid).',
          typicalExample:
            '«Utbetalinga kjem vanlegvis den 20. Neste gong bør du spørje NAV-kontoret direkte, for dette er ikkje rett kanal for det.»',
          atypicalExample:
            '«Det ser ut som vedtaket vart sendt førre veke, men eg ser ikkje detaljane, så for å vere sikker bør du ringje kontoret.»',
        },
      },
      children: [],
    },
  ],
};
