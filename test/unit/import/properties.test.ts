import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDelay, parseTranscript, parseWebVtt, roleForLabel, type ImportedSource } from '../../../shared/import';
import { bodies, expectOrderedOffsets, importBytes, utf8 } from './import-helpers';

/** Words that stress offsets (surrogate pairs, combining marks, NBSP) and look almost like syntax. */
const word = fc.constantFrom(
  'hei',
  'søknad',
  'æøå',
  'ÆØÅ',
  'Blåbær',
  '👍🏽',
  'e\u0301',
  'a\u00a0b',
  '[Navn]',
  '[stedsnavn]',
  '<Navn på kommune>',
  '(...)',
  'kl. 12:05',
  'https://nav.no',
  'svar?',
  'ok.',
  '2',
  '"sitat"',
  'mvh,',
);
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const paragraph = fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'));
const body = fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n'));
const oneLineBody = line;

const dialogueLabel = fc.constantFrom(
  'Bruker',
  'Veileder',
  'Deltaker',
  'Innbygger',
  'Saksbehandler',
  'NAV',
  'Rådgiver',
  'Klient',
  'Saksbehandlar',
);
const delayPhrase = fc.constantFrom(
  null,
  'dagen etter',
  'samme dag',
  'to dager etter',
  '6 timer senere samme ettermiddag',
  'ei veke etter',
  'next day',
  'om en stund',
);

interface Message {
  label: string;
  delay: string | null;
  body: string;
  sameLine: boolean;
}
interface Thread {
  title: string | null;
  messages: Message[];
}

const message = fc.record({ label: dialogueLabel, delay: delayPhrase, body, sameLine: fc.boolean() });
const thread = fc.record({
  title: fc.option(fc.constantFrom('Utdrag 3: Om bolig', 'Dialog 12', 'Tråd 2 – oppfølging', 'Thread 5'), {
    nil: null,
  }),
  messages: fc.array(message, { minLength: 1, maxLength: 5 }),
});

function renderMessage(m: Message): string {
  const delay = m.delay === null ? '' : ` (${m.delay})`;
  return m.sameLine ? `${m.label}:${delay} ${m.body}` : `${m.label}:${delay}\n${m.body}`;
}

function renderDialogue(threads: Thread[]): string {
  return threads
    .map((t, i) => {
      const messages = t.messages.map(renderMessage).join('\n\n');
      if (t.title !== null) return `${t.title}\n${messages}`;
      return i === 0 ? messages : `---\n${messages}`;
    })
    .join('\n\n');
}

function withLineEndings(text: string, crlf: boolean): string {
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

function withBom(bytes: Uint8Array, bom: boolean): Uint8Array {
  if (!bom) return bytes;
  const out = new Uint8Array(bytes.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(bytes, 3);
  return out;
}

function expectInvariant(source: ImportedSource): void {
  expectOrderedOffsets(source);
}

describe('parse(render(x)) gives x back', () => {
  it('dialogue threads, through bytes, BOM and CRLF', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(thread, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        async (threads, crlf, bom) => {
          const bytes = withBom(utf8(withLineEndings(renderDialogue(threads), crlf)), bom);
          const result = await importBytes('tråder.txt', bytes, { format: 'dialogue-txt' });
          expect(result.sources.map((s) => s.title)).toEqual(
            threads.map((t, i) => t.title ?? (i === 0 ? 'tråder' : `tråder (${i + 1})`)),
          );
          result.sources.forEach((source, i) => {
            expectInvariant(source);
            const expected = threads[i]!.messages;
            expect(bodies(source)).toEqual(expected.map((m) => m.body));
            expect(source.messages.map((m) => m.speaker)).toEqual(expected.map((m) => m.label));
            expect(source.messages.map((m) => m.role)).toEqual(expected.map((m) => roleForLabel(m.label) ?? 'unknown'));
            expect(source.messages.map((m) => m.delay)).toEqual(
              expected.map((m) => (m.delay === null ? null : parseDelay(m.delay))),
            );
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('interview transcripts with media timestamps', () => {
    const turn = fc.record({
      label: fc.constantFrom('I', 'IP', 'Intervjuer', 'Informant', 'Deltaker 3', 'Moderator', 'P1'),
      seconds: fc.option(fc.integer({ min: 0, max: 5 * 3600 }), { nil: null }),
      body,
    });
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 8 }), (turns) => {
        const stamp = (s: number) =>
          [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');
        const text = turns
          .map((t) => `${t.seconds === null ? '' : `[${stamp(t.seconds)}] `}${t.label}: ${t.body}`)
          .join('\n\n');
        const source = parseTranscript(text, { title: 'x' }).sources[0]!;
        expectInvariant(source);
        expect(bodies(source)).toEqual(turns.map((t) => t.body));
        expect(source.messages.map((m) => m.speaker)).toEqual(turns.map((t) => t.label));
        expect(source.messages.map((m) => m.timestamp)).toEqual(
          turns.map((t) => (t.seconds === null ? null : stamp(t.seconds))),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('WebVTT cues, merged per speaker', () => {
    const cue = fc.record({ speaker: fc.constantFrom('Intervjuer', 'Informant', 'Kari Nordmann'), text: oneLineBody });
    fc.assert(
      fc.property(fc.array(cue, { minLength: 1, maxLength: 10 }), (cues) => {
        const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const vtt = `WEBVTT\n\n${cues.map((c, i) => `00:00:${String(i).padStart(2, '0')}.000 --> 00:00:${String(i).padStart(2, '0')}.900\n<v ${c.speaker}>${escape(c.text)}`).join('\n\n')}\n`;
        const expected: { speaker: string; body: string }[] = [];
        for (const c of cues) {
          const last = expected[expected.length - 1];
          if (last && last.speaker === c.speaker) last.body += ` ${c.text}`;
          else expected.push({ speaker: c.speaker, body: c.text });
        }
        const source = parseWebVtt(vtt, { title: 'x' }).sources[0]!;
        expectInvariant(source);
        expect(source.messages.map((m) => m.speaker)).toEqual(expected.map((e) => e.speaker));
        // Cue text is re-spaced: runs of spaces (and NBSP) inside a cue become one space.
        expect(bodies(source)).toEqual(expected.map((e) => e.body.replace(/\s+/g, ' ')));
      }),
      { numRuns: 150 },
    );
  });

  it('CSV rows with quotes, commas and line breaks in cells', async () => {
    const row = fc.record({ thread: fc.constantFrom('1', '2', 'A-3'), speaker: dialogueLabel, text: body });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), fc.boolean(), async (rows, crlf) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const csv = [
          'tråd,avsender,melding',
          ...rows.map((r) => [r.thread, r.speaker, r.text].map(quote).join(',')),
        ].join('\n');
        const result = await importBytes('t.csv', utf8(withLineEndings(csv, crlf)));
        const order = [...new Set(rows.map((r) => r.thread))];
        expect(result.sources.map((s) => s.title)).toEqual(order.map((t) => `t – ${t}`));
        result.sources.forEach((source, i) => {
          expectInvariant(source);
          const expected = rows.filter((r) => r.thread === order[i]);
          expect(bodies(source)).toEqual(expected.map((r) => r.text));
          expect(source.messages.map((m) => m.speaker)).toEqual(expected.map((r) => r.speaker));
        });
      }),
      { numRuns: 100 },
    );
  });
});
