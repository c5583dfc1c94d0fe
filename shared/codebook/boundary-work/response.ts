import type { TemplateCode } from '../template-code';

/** How the caseworker side responds to a social-assistance matter: one code per sequence. */
export const responseCodes: TemplateCode = {
  key: 'response',
  color: '#3871e9',
  text: {
    en: {
      name: 'Response',
      shortName: 'Resp',
      definition:
        "How the caseworker's side of the dialogue responds when a user raises a social-assistance matter in the activity plan. Code the whole sequence with exactly one of the three sub-codes.",
      inclusion:
        'Sequences where the user asks about, reports or requests something that belongs to municipal social assistance: applications, payments, emergency aid, rent, bills, complaints.',
      exclusion:
        'Threads about work follow-up only (CV, courses, job applications, meeting times) with no social-assistance matter: leave them uncoded.',
      typicalExample:
        'A user asks in the activity plan whether the rent support has been paid; the thread shows how the caseworker handles the question.',
      atypicalExample:
        'The user mentions in passing that money is tight this month inside a message about a job interview. Code it only if someone treats it as a matter to be dealt with.',
    },
    nb: {
      name: 'Respons',
      shortName: 'Resp',
      definition:
        'Hvordan veiledersiden av dialogen svarer når en bruker tar opp en sak om økonomisk sosialhjelp i aktivitetsplanen. Kod hele sekvensen med nøyaktig én av de tre underkodene.',
      inclusion:
        'Sekvenser der brukeren spør om, melder fra om eller ber om noe som hører til kommunal sosialhjelp: søknader, utbetalinger, nødhjelp, husleie, regninger, klager.',
      exclusion:
        'Tråder som bare handler om arbeidsrettet oppfølging (CV, kurs, jobbsøknader, møtetider) uten noen sosialhjelpssak: la dem stå ukodet.',
      typicalExample:
        'En bruker spør i aktivitetsplanen om bostøtten er utbetalt; tråden viser hvordan veilederen håndterer spørsmålet.',
      atypicalExample:
        'Brukeren nevner i forbifarten at pengene er knappe denne måneden, i en melding om et jobbintervju. Kod det bare hvis noen behandler det som en sak som må løses.',
    },
    nn: {
      name: 'Respons',
      shortName: 'Resp',
      definition:
        'Korleis rettleiarsida av dialogen svarar når ein brukar tek opp ei sak om økonomisk sosialhjelp i aktivitetsplanen. Kod heile sekvensen med nøyaktig éin av dei tre underkodane.',
      inclusion:
        'Sekvensar der brukaren spør om, melder frå om eller ber om noko som høyrer til kommunal sosialhjelp: søknader, utbetalingar, naudhjelp, husleige, rekningar, klager.',
      exclusion:
        'Trådar som berre handlar om arbeidsretta oppfølging (CV, kurs, jobbsøknader, møtetider) utan nokon sosialhjelpssak: lat dei stå ukoda.',
      typicalExample:
        'Ein brukar spør i aktivitetsplanen om bustøtta er utbetalt; tråden viser korleis rettleiaren handterer spørsmålet.',
      atypicalExample:
        'Brukaren nemner i forbifarten at pengane er knappe denne månaden, i ei melding om eit jobbintervju. Kod det berre dersom nokon behandlar det som ei sak som må løysast.',
    },
  },
  children: [
    {
      key: 'no-written-response',
      color: '#64748b',
      text: {
        en: {
          name: 'No written response',
          shortName: 'No reply',
          definition:
            'The matter raised gets no written reply in the dialogue. It is taken out of the written channel, perhaps handled by phone or in a meeting.',
          inclusion:
            "The thread ends after the user's question, or later caseworker messages pass over the matter in silence or only say it was dealt with elsewhere.",
          exclusion:
            "Any written reply to the matter, however short ('I'll look into it'): use Help without boundary work or Boundary work.",
          typicalExample:
            "User: 'The money for this month still hasn't come, what should I do?' No reply follows in the thread.",
          atypicalExample:
            "The caseworker replies only about the date of the next course and does not mention the user's payment question.",
        },
        nb: {
          name: 'Ikke skriftlig svar',
          shortName: 'Ikke svar',
          definition:
            'Saken som tas opp, får ikke noe skriftlig svar i dialogen. Den tas ut av den skriftlige kanalen, kanskje til en telefon eller et møte.',
          inclusion:
            'Tråden slutter etter brukerens spørsmål, eller senere meldinger fra veilederen går stille forbi saken eller sier bare at den er tatt et annet sted.',
          exclusion:
            'Ethvert skriftlig svar på saken, uansett hvor kort («jeg skal se på det»): bruk Hjelp uten grensearbeid eller Grensearbeid.',
          typicalExample:
            'Bruker: «Pengene for denne måneden har fortsatt ikke kommet, hva gjør jeg?» Det kommer ikke noe svar i tråden.',
          atypicalExample:
            'Veilederen svarer bare om datoen for neste kurs og nevner ikke brukerens spørsmål om utbetalingen.',
        },
        nn: {
          name: 'Ikkje skriftleg svar',
          shortName: 'Ikkje svar',
          definition:
            'Saka som vert teken opp, får ikkje noko skriftleg svar i dialogen. Ho vert teken ut av den skriftlege kanalen, kanskje til ein telefon eller eit møte.',
          inclusion:
            'Tråden sluttar etter spørsmålet frå brukaren, eller seinare meldingar frå rettleiaren går still forbi saka eller seier berre at ho er teken ein annan stad.',
          exclusion:
            'Kvart skriftleg svar på saka, kor kort det enn er («eg skal sjå på det»): bruk Hjelp utan grensearbeid eller Grensearbeid.',
          typicalExample:
            'Brukar: «Pengane for denne månaden har framleis ikkje kome, kva gjer eg?» Det kjem ikkje noko svar i tråden.',
          atypicalExample:
            'Rettleiaren svarar berre om datoen for neste kurs og nemner ikkje spørsmålet frå brukaren om utbetalinga.',
        },
      },
      children: [],
    },
    {
      key: 'help-without-boundary-work',
      color: '#039877',
      text: {
        en: {
          name: 'Help without boundary work',
          shortName: 'Help',
          definition:
            'The caseworker simply gives the help asked for, as if the matter belonged in this channel. The boundary between the services stays invisible.',
          inclusion:
            'Substantive answers, or actions taken or promised (forwarding a document, confirming a payment, booking an appointment), with no remark that the matter belongs elsewhere.',
          exclusion:
            'Replies that help but also say or show that this is not the right channel: code Boundary work (often an ambiguous strategy).',
          typicalExample:
            "'I have passed your electricity bill on to the social services office, and they will pay it directly to the power company.'",
          atypicalExample:
            "'Yes, that is the right form, just send it in.' A very short answer that still helps, with no hint of limits.",
        },
        nb: {
          name: 'Hjelp uten grensearbeid',
          shortName: 'Hjelp',
          definition:
            'Veilederen gir rett og slett hjelpen brukeren ber om, som om saken hørte hjemme i denne kanalen. Grensen mellom tjenestene forblir usynlig.',
          inclusion:
            'Svar på selve saken, eller handlinger som gjøres eller loves (sende et dokument videre, bekrefte en utbetaling, bestille en time), uten noen merknad om at saken hører hjemme et annet sted.',
          exclusion:
            'Svar som hjelper, men som også sier eller viser at dette ikke er riktig kanal: kod Grensearbeid (ofte en tvetydig strategi).',
          typicalExample:
            '«Jeg har sendt strømregningen din videre til sosialtjenesten, og de betaler den direkte til strømselskapet.»',
          atypicalExample:
            '«Ja, det er riktig skjema, bare send det inn.» Et svært kort svar som likevel hjelper, uten antydning av grenser.',
        },
        nn: {
          name: 'Hjelp utan grensearbeid',
          shortName: 'Hjelp',
          definition:
            'Rettleiaren gjev rett og slett hjelpa brukaren ber om, som om saka høyrde heime i denne kanalen. Grensa mellom tenestene vert verande usynleg.',
          inclusion:
            'Svar på sjølve saka, eller handlingar som vert gjorde eller lova (sende eit dokument vidare, stadfeste ei utbetaling, bestille ein time), utan nokon merknad om at saka høyrer heime ein annan stad.',
          exclusion:
            'Svar som hjelper, men som òg seier eller viser at dette ikkje er rett kanal: kod Grensearbeid (ofte ein tvitydig strategi).',
          typicalExample:
            '«Eg har sendt straumrekninga di vidare til sosialtenesta, og dei betaler ho direkte til straumselskapet.»',
          atypicalExample:
            '«Ja, det er rett skjema, berre send det inn.» Eit svært kort svar som likevel hjelper, utan antyding av grenser.',
        },
      },
      children: [],
    },
    {
      key: 'boundary-work',
      color: '#9770e9',
      text: {
        en: {
          name: 'Boundary work',
          shortName: 'BW',
          definition:
            'The caseworker communicates limits on what can be helped with in this channel, clearly or ambiguously. Code how it is done with the strategies under the top-level Boundary work code; one reply may carry both a clear and an ambiguous strategy.',
          inclusion:
            'Replies that refer the user elsewhere, say the caseworker cannot see or handle the matter, point to another channel, or turn the conversation towards work.',
          exclusion:
            'Pure help with no sign of a limit (Help without boundary work); silence on the matter (No written response).',
          typicalExample: "'I can't deal with social assistance in the activity plan; please call your local office.'",
          atypicalExample:
            "'Here we mostly talk about your job search, but I have noted what you wrote.' The limit is hinted at rather than stated.",
        },
        nb: {
          name: 'Grensearbeid',
          shortName: 'GA',
          definition:
            'Veilederen kommuniserer grenser for hva det kan hjelpes med i denne kanalen, tydelig eller tvetydig. Kod hvordan det gjøres med strategiene under toppkoden Grensearbeid; ett svar kan ha både en tydelig og en tvetydig strategi.',
          inclusion:
            'Svar som henviser brukeren videre, sier at veilederen ikke kan se eller behandle saken, peker på en annen kanal eller vender samtalen mot arbeid.',
          exclusion:
            'Ren hjelp uten tegn til en grense (Hjelp uten grensearbeid); taushet om saken (Ikke skriftlig svar).',
          typicalExample: '«Jeg kan ikke behandle sosialhjelp i aktivitetsplanen; ring NAV-kontoret ditt.»',
          atypicalExample:
            '«Her snakker vi mest om jobbsøkingen din, men jeg har notert meg det du skrev.» Grensen antydes heller enn å sies rett ut.',
        },
        nn: {
          name: 'Grensearbeid',
          shortName: 'GA',
          definition:
            'Rettleiaren kommuniserer grenser for kva det kan hjelpast med i denne kanalen, tydeleg eller tvitydig. Kod korleis det vert gjort med strategiane under toppkoden Grensearbeid; eitt svar kan ha både ein tydeleg og ein tvitydig strategi.',
          inclusion:
            'Svar som viser brukaren vidare, seier at rettleiaren ikkje kan sjå eller behandle saka, peikar på ein annan kanal eller vender samtalen mot arbeid.',
          exclusion:
            'Rein hjelp utan teikn til ei grense (Hjelp utan grensearbeid); togn om saka (Ikkje skriftleg svar).',
          typicalExample: '«Eg kan ikkje behandle sosialhjelp i aktivitetsplanen; ring NAV-kontoret ditt.»',
          atypicalExample:
            '«Her snakkar vi mest om jobbsøkinga di, men eg har notert meg det du skreiv.» Grensa vert antyda heller enn sagd rett ut.',
        },
      },
      children: [],
    },
  ],
};
