import { describe, expect, it } from 'vitest';
import { parseDialogue } from '../../../shared/import';
import { bodies, expectOrderedOffsets } from './import-helpers';

const example = `Bruker: Hei. Jeg har sendt søknad for tre uker siden og lurer på når jeg får svar? Mvh [Navn]

Veileder: (dagen etter)
Hei, spørsmål om søknaden må du ta med saksbehandler. Ring oss på telefon.
Hilsen [Navn på veileder]`;

const parse = (text: string, roleOverrides = {}) => parseDialogue(text, { title: 'Samtaler', roleOverrides });

describe('parseDialogue', () => {
  it('reads the published example: labels, roles, delay, bodies and placeholders', () => {
    const { sources, warnings } = parse(example);
    expect(warnings).toEqual([]);
    expect(sources).toHaveLength(1);
    const [thread] = sources;
    expect(thread).toMatchObject({ title: 'Samtaler', kind: 'dialogue', text: example });
    expect(thread!.messages.map((m) => [m.speaker, m.role, m.line])).toEqual([
      ['Bruker', 'user', 1],
      ['Veileder', 'caseworker', 3],
    ]);
    expect(thread!.messages[0]!.delay).toBeNull();
    expect(thread!.messages[1]!.delay).toEqual({ phrase: 'dagen etter', minHours: 24, maxHours: 24 });
    expect(bodies(thread!)).toEqual([
      'Hei. Jeg har sendt søknad for tre uker siden og lurer på når jeg får svar? Mvh [Navn]',
      'Hei, spørsmål om søknaden må du ta med saksbehandler. Ring oss på telefon.\nHilsen [Navn på veileder]',
    ]);
  });

  it('keeps blank lines inside a message until the next label line', () => {
    const text =
      'Veileder: Første avsnitt.\n\nAndre avsnitt, med <Navn på kommune>.\n\n\nBruker (samme dag): Takk!\n\n';
    const thread = parse(text).sources[0]!;
    expect(bodies(thread)).toEqual(['Første avsnitt.\n\nAndre avsnitt, med <Navn på kommune>.', 'Takk!']);
    expect(thread.messages[1]!.delay).toEqual({ phrase: 'samme dag', minHours: 0, maxHours: 24 });
    expect(thread.text.endsWith('Takk!')).toBe(true);
  });

  it('reports an unknown label and starts a new message with role unknown instead of merging', () => {
    const { sources, warnings } = parse(
      'Bruker: Hei\n\nSaksbehandlar: (dagen etter) Hei på deg\n\nSaksbehandlar: Igjen',
    );
    expect(sources[0]!.messages.map((m) => [m.speaker, m.role])).toEqual([
      ['Bruker', 'user'],
      ['Saksbehandlar', 'unknown'],
      ['Saksbehandlar', 'unknown'],
    ]);
    expect(bodies(sources[0]!)).toEqual(['Hei', 'Hei på deg', 'Igjen']);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'unknown-speaker-label', line: 3, params: { label: 'Saksbehandlar', count: 2 } }),
    ]);
    expect(parse('Saksbehandlar: Hei', { Saksbehandlar: 'caseworker' }).warnings).toEqual([]);
  });

  it('does not take URLs, clock times or ordinary sentences with a colon for labels', () => {
    const text =
      'Veileder: Se her:\nhttps://www.nav.no/aap\n12:05 passer fint.\nDet jeg lurer på er dette: når?\nMitt spørsmål: hvor?';
    const { sources, warnings } = parse(text);
    expect(sources[0]!.messages).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('keeps an unknown delay phrase and reports it', () => {
    const { sources, warnings } = parse('Bruker: Hei\n\nVeileder: (om en stund)\nHei');
    expect(sources[0]!.messages[1]!.delay).toEqual({ phrase: 'om en stund', minHours: null, maxHours: null });
    expect(bodies(sources[0]!)[1]).toBe('Hei');
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'unknown-delay-phrase', line: 3, params: { phrase: 'om en stund', count: 1 } }),
    ]);
  });

  it('splits threads at separators and titles them from the separator line', () => {
    const text = [
      'Bruker: Første tråd',
      '',
      '---',
      'Veileder: Andre tråd',
      '***',
      'Utdrag 3: Om bolig',
      'Bruker: Tredje',
      'Dialog 12',
      'Bruker: Fjerde',
      'Sekvens 4 – oppfølging',
      'Bruker: Femte',
      'Tråd 2',
      'Bruker: Sjette',
      'Thread 5: English',
      'Bruker: Sjuende',
      '---',
      '',
    ].join('\n');
    const { sources } = parse(text);
    expect(sources.map((s) => s.title)).toEqual([
      'Samtaler',
      'Samtaler (2)',
      'Utdrag 3: Om bolig',
      'Dialog 12',
      'Sekvens 4 – oppfølging',
      'Tråd 2',
      'Thread 5: English',
    ]);
    expect(sources.map((s) => s.text)).toEqual([
      'Bruker: Første tråd',
      'Veileder: Andre tråd',
      'Bruker: Tredje',
      'Bruker: Fjerde',
      'Bruker: Femte',
      'Bruker: Sjette',
      'Bruker: Sjuende',
    ]);
    expect(sources[2]!.messages[0]).toMatchObject({ line: 7, start: 8, end: 14 });
  });

  it('reads absolute timestamps and derives reply delays from them', () => {
    const text = [
      '[12.03.2020 14:05] Bruker: Hei',
      'Bruker (12.03.2020 15:00): Hallo?',
      'Veileder 13.03.2020 kl. 10.05: Svar',
      'Bruker: (2020-03-16T08:00) Takk',
      'Veileder: [2020-03-16T09:30:00Z] Bare hyggelig',
      'Bruker (31.02.2020 10:00): Feil dato',
    ].join('\n');
    const { sources, warnings } = parse(text);
    const messages = sources[0]!.messages;
    expect(messages.map((m) => m.timestamp)).toEqual([
      '2020-03-12T14:05:00',
      '2020-03-12T15:00:00',
      '2020-03-13T10:05:00',
      '2020-03-16T08:00:00',
      '2020-03-16T09:30:00Z',
      null,
    ]);
    expect(bodies(sources[0]!)).toEqual(['Hei', 'Hallo?', 'Svar', 'Takk', 'Bare hyggelig', 'Feil dato']);
    // The reply is timed from the first unanswered message (14:05), not the reminder (15:00).
    expect(messages[2]!.delay).toEqual({ phrase: '', minHours: 20, maxHours: 20 });
    expect(messages[3]!.delay).toEqual({ phrase: '', minHours: 69.92, maxHours: 69.92 });
    expect(messages[1]!.delay).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ code: 'timestamp-unreadable', line: 6 })]);
  });

  it('keeps a quoted delay over one computed from timestamps', () => {
    const { sources } = parse('Bruker (12.03.2020 14:05): Hei\n\nVeileder (13.03.2020 14:05): (dagen etter) Svar');
    expect(sources[0]!.messages[1]!.delay).toEqual({ phrase: 'dagen etter', minHours: 24, maxHours: 24 });
  });

  it("keeps a thread's header before the first label as its preamble, and reports empty messages", () => {
    const { sources, warnings } = parse('Innledning fra forskeren.\n\nBruker:\n\nVeileder: Hei');
    const thread = sources[0]!;
    expect(thread.messages.map((m) => [m.speaker, m.role])).toEqual([
      ['Bruker', 'user'],
      ['Veileder', 'caseworker'],
    ]);
    expect(bodies(thread)).toEqual(['', 'Hei']);
    expect(thread.text.slice(thread.preamble!.start, thread.preamble!.end)).toBe('Innledning fra forskeren.');
    expect(thread.text.startsWith('Innledning fra forskeren.')).toBe(true);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([
      ['preamble', 1],
      ['empty-message', 3],
    ]);
  });

  it('gives every thread its own preamble, and keeps long unlabelled text codable', () => {
    const long = Array.from({ length: 14 }, (_, i) => `Linje ${i + 1} av et langt innlegg uten navn.`).join('\n');
    const { sources, warnings } = parse(`Tråd om bostøtte\nBruker: Hei\n---\n${long}\nVeileder: Svar`);
    expect(sources.map((s) => s.preamble && s.text.slice(s.preamble.start, s.preamble.end))).toEqual(['Tråd om bostøtte', null]);
    expect(sources[1]!.messages.map((m) => m.speaker)).toEqual(['', 'Veileder']);
    expect(bodies(sources[1]!)[0]).toBe(long);
    expect(warnings.map((w) => [w.code, w.params])).toEqual([
      ['preamble', { lines: '1' }],
      ['text-before-first-speaker', {}],
    ]);
  });

  it('keeps Unicode exactly and counts offsets in UTF-16 code units', () => {
    const text = 'Bruker: 👍🏽 e\u0301 Æøå\u00a0[stedsnavn]\n\nVeileder: ok';
    const thread = parse(text).sources[0]!;
    expect(bodies(thread)[0]).toBe('👍🏽 e\u0301 Æøå\u00a0[stedsnavn]');
    expect(thread.messages[1]!.start).toBe(text.indexOf('ok'));
    expectOrderedOffsets(thread);
  });
});

describe('parseDialogue without labels', () => {
  it('keeps the text as one message per thread and says no speakers were found', () => {
    const { sources, warnings } = parseDialogue('Bare tekst.\n\nMer tekst.\n---\nEnda mer.', { title: 'T' });
    expect(sources.map((s) => bodies(s))).toEqual([['Bare tekst.\n\nMer tekst.'], ['Enda mer.']]);
    expect(warnings.map((w) => w.code)).toEqual([
      'no-speakers-found',
      'text-before-first-speaker',
      'text-before-first-speaker',
    ]);
  });
});
