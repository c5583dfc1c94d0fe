import { describe, expect, it } from 'vitest';
import { bodies, importBytes, utf8 } from './import-helpers';

function thread(n: number): string {
  return [
    `Utdrag ${n}: Søknad om arbeidsavklaringspenger`,
    `Bruker: Hei. Jeg har sendt søknad for ${n} uker siden og lurer på når jeg får svar? Mvh [Navn]`,
    '',
    'Veileder: (dagen etter)',
    'Hei, spørsmål om søknaden må du ta med saksbehandler. Ring oss på telefon 👍🏽.',
    '',
    'Hilsen [Navn på veileder]',
    '',
    `Bruker: (${n % 2 === 0 ? 'samme dag' : 'to dager etter'}) Takk, æøå ÆØÅ e\u0301.`,
    '',
  ].join('\r\n');
}

describe('a 20 MB dialogue file', () => {
  it('parses every thread and message with exact offsets', async () => {
    const parts: string[] = [];
    let size = 0;
    for (let n = 1; size < 20 * 1024 * 1024; n++) {
      const t = thread(n);
      parts.push(t);
      size += utf8(t).length;
    }
    const bytes = utf8(parts.join(''));
    expect(bytes.length).toBeGreaterThanOrEqual(20 * 1024 * 1024);

    const result = await importBytes('stor.txt', bytes);
    expect(result.format).toBe('dialogue-txt');
    expect(result.lineEndings).toBe('crlf');
    expect(result.warnings).toEqual([]);
    expect(result.sources).toHaveLength(parts.length);
    expect(result.sources.reduce((n, s) => n + s.messages.length, 0)).toBe(parts.length * 3);

    const middle = Math.floor(parts.length / 2);
    const source = result.sources[middle]!;
    const n = middle + 1;
    expect(source.title).toBe(`Utdrag ${n}: Søknad om arbeidsavklaringspenger`);
    expect(bodies(source)).toEqual([
      `Hei. Jeg har sendt søknad for ${n} uker siden og lurer på når jeg får svar? Mvh [Navn]`,
      'Hei, spørsmål om søknaden må du ta med saksbehandler. Ring oss på telefon 👍🏽.\n\nHilsen [Navn på veileder]',
      'Takk, æøå ÆØÅ e\u0301.',
    ]);
    expect(source.messages[1]).toMatchObject({ start: source.text.indexOf('Hei, spørsmål'), delay: { minHours: 24 } });
    expect(source.messages[2]!.line).toBe(9 * n);
  }, 120_000);
});
