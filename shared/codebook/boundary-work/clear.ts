import type { TemplateCode } from '../template-code';

/** Clear boundary work: the user is left in no doubt that the matter belongs elsewhere. */
export const clearCodes: TemplateCode = {
  key: 'clear',
  color: '#08894b',
  text: {
    en: {
      name: 'Clear',
      shortName: 'Clear',
      definition:
        'The caseworker gives (more or less) a reason for not answering, or shows by other means that the topic does not belong in this channel. The user is left in no doubt that the matter must be taken elsewhere.',
      inclusion:
        'Explicit referral with a justification, implicit contrast or comments on the channel, and shifts of position away from the matter.',
      exclusion:
        'Replies that help with the matter while drawing the line (Ambiguous). If one reply does both, code both the clear and the ambiguous strategy.',
      typicalExample:
        "'Questions about social assistance have to go to the office, because this channel is for your activity plan.'",
      atypicalExample:
        "'I'm your work follow-up contact, so let's keep this about the course.' No referral, but the limit is unmistakable.",
    },
    nb: {
      name: 'Tydelig',
      shortName: 'Tydelig',
      definition:
        'Veilederen gir (mer eller mindre) en begrunnelse for ikke å svare, eller viser på annen måte at temaet ikke hører hjemme i denne kanalen. Brukeren er ikke i tvil om at saken må tas et annet sted.',
      inclusion:
        'Eksplisitt henvisning med begrunnelse, implisitt kontrast eller kommentarer om kanalen, og posisjonsskifter bort fra saken.',
      exclusion:
        'Svar som hjelper med saken samtidig som grensen trekkes (Tvetydig). Gjør ett svar begge deler, kod både den tydelige og den tvetydige strategien.',
      typicalExample:
        '«Spørsmål om sosialhjelp må gå til NAV-kontoret, fordi denne kanalen er for aktivitetsplanen din.»',
      atypicalExample:
        '«Jeg er kontaktpersonen din for jobboppfølging, så la oss holde oss til kurset.» Ingen henvisning, men grensen er tydelig.',
    },
    nn: {
      name: 'Tydeleg',
      shortName: 'Tydeleg',
      definition:
        'Rettleiaren gjev (meir eller mindre) ei grunngjeving for ikkje å svare, eller viser på anna vis at temaet ikkje høyrer heime i denne kanalen. Brukaren er ikkje i tvil om at saka må takast ein annan stad.',
      inclusion:
        'Eksplisitt tilvising med grunngjeving, implisitt kontrast eller kommentarar om kanalen, og posisjonsskifte bort frå saka.',
      exclusion:
        'Svar som hjelper med saka samstundes som grensa vert trekt (Tvitydig). Gjer eitt svar begge delar, kod både den tydelege og den tvitydige strategien.',
      typicalExample:
        '«Spørsmål om sosialhjelp må gå til NAV-kontoret, fordi denne kanalen er for aktivitetsplanen din.»',
      atypicalExample:
        '«Eg er kontaktpersonen din for jobboppfølging, så lat oss halde oss til kurset.» Inga tilvising, men grensa er tydeleg.',
    },
  },
  children: [
    {
      key: 'explicit-referral',
      color: '#5f8201',
      text: {
        en: {
          name: 'Explicit referral with justification',
          shortName: 'Referral',
          definition:
            "The caseworker tells the user to take the matter to another service or channel and gives a reason, often a rule about the channel or about confidentiality. Usually a bureaucratic position with little acknowledgement of the user's situation.",
          inclusion:
            "An instruction to call, write to or visit another office, together with a reason ('this dialogue is only for…', 'I have no access to…').",
          exclusion:
            'A referral after the substantive answer has been given (Answer anyway, then refer); a comment on the channel without an instruction (Implicit contrast).',
          typicalExample:
            "'Please phone the social services office. I can't handle social assistance here, because the activity plan is only for follow-up towards work.'",
          atypicalExample:
            "'Confidentiality rules mean I can't discuss this with you here.' The reason is given; where to go is only implied.",
        },
        nb: {
          name: 'Eksplisitt henvisning med begrunnelse',
          shortName: 'Henvisning',
          definition:
            'Veilederen ber brukeren ta saken til en annen tjeneste eller kanal og gir en grunn, ofte en regel om kanalen eller om taushetsplikt. Som regel en byråkratisk posisjon med lite anerkjennelse av brukerens situasjon.',
          inclusion:
            'En oppfordring om å ringe, skrive til eller oppsøke et annet kontor, sammen med en begrunnelse («denne dialogen er bare for …», «jeg har ikke tilgang til …»).',
          exclusion:
            'En henvisning etter at svaret på saken er gitt (Svare likevel, så henvise); en kommentar om kanalen uten oppfordring (Implisitt kontrast).',
          typicalExample:
            '«Ring sosialtjenesten på NAV-kontoret. Jeg kan ikke behandle sosialhjelp her, fordi aktivitetsplanen bare er for oppfølging mot arbeid.»',
          atypicalExample:
            '«Taushetsplikten gjør at jeg ikke kan drøfte dette med deg her.» Grunnen gis; hvor brukeren skal gå, antydes bare.',
        },
        nn: {
          name: 'Eksplisitt tilvising med grunngjeving',
          shortName: 'Tilvising',
          definition:
            'Rettleiaren ber brukaren ta saka til ei anna teneste eller ein annan kanal og gjev ein grunn, ofte ein regel om kanalen eller om teieplikt. Som regel ein byråkratisk posisjon med lite anerkjenning av situasjonen til brukaren.',
          inclusion:
            'Ei oppmoding om å ringje, skrive til eller oppsøkje eit anna kontor, saman med ei grunngjeving («denne dialogen er berre for …», «eg har ikkje tilgang til …»).',
          exclusion:
            'Ei tilvising etter at svaret på saka er gjeve (Svare likevel, så vise vidare); ein kommentar om kanalen utan oppmoding (Implisitt kontrast).',
          typicalExample:
            '«Ring sosialtenesta på NAV-kontoret. Eg kan ikkje behandle sosialhjelp her, fordi aktivitetsplanen berre er for oppfølging mot arbeid.»',
          atypicalExample:
            '«Teieplikta gjer at eg ikkje kan drøfte dette med deg her.» Grunnen vert gjeven; kvar brukaren skal gå, vert berre antyda.',
        },
      },
      children: [],
    },
    {
      key: 'implicit-contrast',
      color: '#0f91b7',
      text: {
        en: {
          name: 'Implicit contrast or meta-account',
          shortName: 'Contrast',
          definition:
            'The caseworker marks the limit indirectly: by contrasting what this channel is for with what the user asked, or by commenting on the channel itself (a meta-account), without an explicit referral.',
          inclusion:
            "Statements about what 'we follow up here', what 'this plan is for' or what the caseworker's job covers, placed so that they answer the user's request.",
          exclusion:
            'An instruction to go elsewhere with a reason (Explicit referral); neutral descriptions of the channel that do not respond to a request.',
          typicalExample:
            "'In this plan we work on getting you into a job, so let's look at the applications you sent last week.'",
          atypicalExample:
            "'Good question, but that one belongs at a different desk than mine.' A light meta-comment with no reason given.",
        },
        nb: {
          name: 'Implisitt kontrast eller metakommentar',
          shortName: 'Kontrast',
          definition:
            'Veilederen markerer grensen indirekte: ved å stille det kanalen er til for opp mot det brukeren spurte om, eller ved å kommentere selve kanalen (en metakommentar), uten en eksplisitt henvisning.',
          inclusion:
            'Utsagn om hva «vi følger opp her», hva «planen er til for» eller hva veilederens jobb omfatter, plassert slik at de svarer på brukerens henvendelse.',
          exclusion:
            'En oppfordring om å gå et annet sted, med begrunnelse (Eksplisitt henvisning); nøytrale beskrivelser av kanalen som ikke svarer på en henvendelse.',
          typicalExample:
            '«I denne planen jobber vi med å få deg i arbeid, så la oss se på søknadene du sendte forrige uke.»',
          atypicalExample:
            '«Godt spørsmål, men det hører hjemme ved en annen pult enn min.» En lett metakommentar uten begrunnelse.',
        },
        nn: {
          name: 'Implisitt kontrast eller metakommentar',
          shortName: 'Kontrast',
          definition:
            'Rettleiaren markerer grensa indirekte: ved å stille det kanalen er til for opp mot det brukaren spurde om, eller ved å kommentere sjølve kanalen (ein metakommentar), utan ei eksplisitt tilvising.',
          inclusion:
            'Utsegner om kva «vi følgjer opp her», kva «planen er til for» eller kva jobben til rettleiaren omfattar, plasserte slik at dei svarar på førespurnaden frå brukaren.',
          exclusion:
            'Ei oppmoding om å gå ein annan stad, med grunngjeving (Eksplisitt tilvising); nøytrale skildringar av kanalen som ikkje svarar på ein førespurnad.',
          typicalExample:
            '«I denne planen arbeider vi med å få deg i jobb, så lat oss sjå på søknadene du sende førre veke.»',
          atypicalExample:
            '«Godt spørsmål, men det høyrer heime ved ein annan pult enn min.» Ein lett metakommentar utan grunngjeving.',
        },
      },
      children: [],
    },
    {
      key: 'position-shift',
      color: '#977104',
      text: {
        en: {
          name: 'Position shift',
          shortName: 'Shift',
          definition:
            'The caseworker answers as an information-giver and then re-frames towards their own role, for example from bureaucrat to helper or motivator, moving the conversation from the social-assistance matter to work.',
          inclusion:
            "Replies that turn from the matter raised to what the caseworker can do ('what I can help with is…'), changing footing within the message.",
          exclusion:
            'Helping or encouraging talk that does not turn away from a social-assistance matter: use the Position codes only.',
          typicalExample:
            "'Your application is handled by another team. What I can do is help you get closer to a job, so that you need less support over time.'",
          atypicalExample:
            "'I can tell the money is a worry. Shall we book a meeting about the internship instead?' The shift comes without any information first.",
        },
        nb: {
          name: 'Posisjonsskifte',
          shortName: 'Skifte',
          definition:
            'Veilederen svarer som informasjonsgiver og vender deretter samtalen mot sin egen rolle, for eksempel fra byråkrat til hjelper eller motivator, slik at samtalen flyttes fra sosialhjelpssaken til arbeid.',
          inclusion:
            'Svar som går fra saken brukeren tok opp til det veilederen kan gjøre («det jeg kan hjelpe deg med, er …»), med skifte av footing i meldingen.',
          exclusion:
            'Hjelpende eller oppmuntrende tale som ikke vender seg bort fra en sosialhjelpssak: bruk bare Posisjon-kodene.',
          typicalExample:
            '«Søknaden din behandles av et annet team. Det jeg kan gjøre, er å hjelpe deg nærmere en jobb, slik at du etter hvert trenger mindre støtte.»',
          atypicalExample:
            '«Jeg skjønner at pengene er en bekymring. Skal vi heller avtale et møte om praksisplassen?» Skiftet kommer uten informasjon først.',
        },
        nn: {
          name: 'Posisjonsskifte',
          shortName: 'Skifte',
          definition:
            'Rettleiaren svarar som informasjonsgjevar og vender deretter samtalen mot si eiga rolle, til dømes frå byråkrat til hjelpar eller motivator, slik at samtalen vert flytt frå sosialhjelpssaka til arbeid.',
          inclusion:
            'Svar som går frå saka brukaren tok opp til det rettleiaren kan gjere («det eg kan hjelpe deg med, er …»), med skifte av footing i meldinga.',
          exclusion:
            'Hjelpande eller oppmuntrande tale som ikkje vender seg bort frå ei sosialhjelpssak: bruk berre Posisjon-kodane.',
          typicalExample:
            '«Søknaden din vert behandla av eit anna team. Det eg kan gjere, er å hjelpe deg nærare ein jobb, slik at du etter kvart treng mindre støtte.»',
          atypicalExample:
            '«Eg skjønar at pengane er ei uro. Skal vi heller avtale eit møte om praksisplassen?» Skiftet kjem utan informasjon først.',
        },
      },
      children: [],
    },
  ],
};
