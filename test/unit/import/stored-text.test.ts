import { describe, expect, it } from 'vitest';
import { removeNul } from '../../../shared/import/normalise';
import { bodies, encode, importBytes, utf8 } from './import-helpers';

describe('line endings and NUL characters', () => {
  it('reads a file with CRLF, CR and LF mixed as LF lines, and counts warning lines as an editor does', async () => {
    const text = 'Intervju 3\r\nI: Hvordan var det?\rIP: Det var fint.\n\nI: Og så?\r\n\r\nHeisann: hva?\rIP: Ja.';
    const result = await importBytes('blandet.txt', utf8(text));
    const source = result.sources[0]!;
    expect(result.lineEndings).toBe('mixed');
    expect(source.text).not.toMatch(/\r/);
    expect(bodies(source)).toEqual(['Hvordan var det?', 'Det var fint.', 'Og så?', 'hva?', 'Ja.']);
    // "Heisann:" is on line 7 counting CRLF, CR and LF each as one line break.
    expect(result.warnings.find((w) => w.code === 'unknown-speaker-label')).toMatchObject({ line: 7 });
  });

  it('removes NUL characters past the binary sniff and says on which lines', async () => {
    // NUL in the first 8 KB means "binary file"; later ones are damage inside a text file.
    const filler = Array.from({ length: 300 }, (_, i) => `Bruker: Melding nummer ${i + 1} om søknaden.`).join('\n\n');
    const text = `${filler}\n\nVeileder: Vi har\u0000 sett på\u0000\u0000 saken.`;
    const result = await importBytes('skadet.txt', utf8(text));
    const source = result.sources[0]!;
    expect(source.text).not.toContain('\u0000');
    expect(bodies(source).at(-1)).toBe('Vi har sett på saken.');
    const line = text.split('\n').length;
    expect(result.warnings.find((w) => w.code === 'nul-removed')).toMatchObject({ line, params: { lines: String(line), count: 3 } });
  });

  it('removes U+0000 from UTF-16 text too', async () => {
    const result = await importBytes('u16.txt', encode('\ufeffBruker: Hei\u0000 der\n\nVeileder: Hallo', 'utf-16le'));
    expect(bodies(result.sources[0]!)).toEqual(['Hei der', 'Hallo']);
    expect(result.warnings.map((w) => w.code)).toContain('nul-removed');
  });

  it('leaves text without NUL alone and names the first five lines', () => {
    expect(removeNul('ingen her')).toEqual({ text: 'ingen her', count: 0, lines: [], moreLines: false });
    const many = Array.from({ length: 8 }, (_, i) => `linje ${i + 1}\u0000\u0000`).join('\n');
    expect(removeNul(many)).toMatchObject({ count: 16, lines: [1, 2, 3, 4, 5], moreLines: true });
  });
});

describe('speaker labels have a sane length', () => {
  const huge = 'Å' + 'a'.repeat(9_999);

  it('does not take a 10,000-letter word before a colon for a speaker, even with a role given', async () => {
    const text = `Bruker: Hei\n${huge}: dette er ikke en taler\n\nVeileder: Svar`;
    for (const options of [undefined, { roleOverrides: { [huge]: 'user' as const } }]) {
      const result = await importBytes('lang.txt', utf8(text), options);
      const source = result.sources[0]!;
      expect(source.messages.map((m) => m.speaker)).toEqual(['Bruker', 'Veileder']);
      expect(bodies(source)[0]).toBe(`Hei\n${huge}: dette er ikke en taler`);
      expect(result.warnings.map((w) => w.code)).not.toContain('unknown-speaker-label');
    }
  });

  it('still reads a long real label such as "Saksbehandler Kari Nordmann" given a role', async () => {
    const result = await importBytes('a.txt', utf8('Saksbehandler Kari Nordmann: Hei\n\nBruker: Hallo'), {
      roleOverrides: { 'Saksbehandler Kari Nordmann': 'caseworker' },
    });
    expect(result.sources[0]!.messages.map((m) => m.speaker)).toEqual(['Saksbehandler Kari Nordmann', 'Bruker']);
  });

  it('keeps the speaker when a subtitle voice tag holds 10,000 characters', async () => {
    const vtt = `WEBVTT\n\n00:01.000 --> 00:02.000\n<v Informant>Hei\n\n00:02.000 --> 00:03.000\n<v ${huge}>og så videre`;
    const result = await importBytes('o.vtt', utf8(vtt));
    expect(result.sources[0]!.messages.map((m) => [m.speaker, m.timestampEnd])).toEqual([['Informant', '00:00:03.000']]);
    expect(bodies(result.sources[0]!)).toEqual(['Hei og så videre']);
  });
});
