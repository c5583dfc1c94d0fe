/** Invented activity-plan threads for benchmarks: deterministic, Norwegian, no real people. */
const userLines = [
  'Hei. Jeg har sendt søknad om sosialhjelp og lurer på når jeg får svar? Mvh [Navn]',
  'Hei igjen, jeg har ikke fått utbetalingen denne måneden. Hva skjer? Husleia forfaller på fredag.',
  'Kan du hjelpe meg med depositum? Jeg har funnet en leilighet i <Navn på kommune>.',
  'Jeg har time hos sosialkontoret neste uke, men kan ikke komme. Hvem skal jeg ringe?',
];
const caseworkerLines = [
  'Hei, spørsmål om søknaden må du ta med saksbehandler ved NAV-kontoret. Ring oss på telefon.\nHilsen [Navn på veileder]',
  'Her finner du søknadsskjemaet: https://www.nav.no/sosialhjelp/sok\nDenne dialogen er for oppfølging mot arbeid.',
  'Jeg kan ikke svare på dette her, men jeg kan sende beskjed videre til saksbehandleren din.',
  'Utbetalingen skal komme i løpet av uka. Neste gang må du ringe kontaktsenteret om slike spørsmål.',
];
const delays = ['samme dag', 'dagen etter', 'to dager etter', '3 timer senere', 'ei uke etter'];

/** About `targetBytes` of text (UTF-16 length ≈ UTF-8 bytes here) spread evenly over `threads`. */
export function syntheticDialogueFile(threads: number, targetBytes: number): string {
  const perThread = targetBytes / threads;
  const parts: string[] = [];
  for (let i = 0; i < threads; i++) {
    const lines = [`Dialog ${i + 1}: Spørsmål ${i + 1}`];
    let length = lines[0]!.length;
    for (let m = 0; length < perThread; m++) {
      const message =
        m % 2 === 0
          ? `Bruker: ${userLines[(i + m) % userLines.length]}\n`
          : `Veileder: (${delays[(i + m) % delays.length]})\n${caseworkerLines[(i + m) % caseworkerLines.length]}\n`;
      lines.push(message);
      length += message.length + 1;
    }
    parts.push(lines.join('\n') + '\n');
  }
  return parts.join('');
}
