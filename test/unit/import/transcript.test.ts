import { describe, expect, it } from 'vitest';
import { parseTranscript } from '../../../shared/import';
import { bodies, expectOrderedOffsets } from './import-helpers';

const parse = (text: string) => parseTranscript(text, { title: 'Intervju 1' });

describe('parseTranscript', () => {
  it('reads interview turns with timestamps before or after the label, keeping pauses and annotations', () => {
    const text = [
      '[00:00:05] I: Kan du fortelle litt om deg selv?',
      '',
      'IP [00:00:12]: Ja (...) jeg har jobbet i [stedsnavn] i mange år. [latter]',
      '',
      'Det andre avsnittet mitt.',
      '',
      'I (01:05): Og så?',
      '',
      '00:01:30 Informant: Da flyttet jeg.',
      '',
      'Intervjuer: [00:02:00] (ler) Skjønner.',
    ].join('\n');
    const { sources, warnings } = parse(text);
    expect(warnings).toEqual([]);
    const source = sources[0]!;
    expect(source.kind).toBe('interview');
    expect(source.messages.map((m) => [m.speaker, m.role, m.timestamp, m.line])).toEqual([
      ['I', 'interviewer', '00:00:05', 1],
      ['IP', 'participant', '00:00:12', 3],
      ['I', 'interviewer', '00:01:05', 7],
      ['Informant', 'participant', '00:01:30', 9],
      ['Intervjuer', 'interviewer', '00:02:00', 11],
    ]);
    expect(bodies(source)).toEqual([
      'Kan du fortelle litt om deg selv?',
      'Ja (...) jeg har jobbet i [stedsnavn] i mange år. [latter]\n\nDet andre avsnittet mitt.',
      'Og så?',
      'Da flyttet jeg.',
      '(ler) Skjønner.',
    ]);
    expect(source.messages.every((m) => m.delay === null)).toBe(true);
    expectOrderedOffsets(source);
  });

  it('calls a transcript with a moderator or more than two participants a focus group', () => {
    expect(parse('Moderator: Velkommen.\n\nP1: Takk.').sources[0]!.kind).toBe('focus-group');
    expect(parse('I: Hei\n\nDeltaker 1: a\n\nDeltaker 2: b\n\nDeltaker 3: c').sources[0]!.kind).toBe('focus-group');
    expect(parse('I: Hei\n\nP1: a\n\nP2: b').sources[0]!.kind).toBe('interview');
    expect(parse('Deltaker 3: Jeg er enig.').sources[0]!.messages[0]!.role).toBe('participant');
  });

  it('imports text without labels as paragraphs and says so', () => {
    const text = '\n\nFørste avsnitt\nfortsetter her.\n\n\nAndre avsnitt.\n';
    const { sources, warnings } = parse(text);
    expect(sources[0]!.kind).toBe('text');
    expect(sources[0]!.text).toBe('Første avsnitt\nfortsetter her.\n\n\nAndre avsnitt.');
    expect(bodies(sources[0]!)).toEqual(['Første avsnitt\nfortsetter her.', 'Andre avsnitt.']);
    expect(sources[0]!.messages.map((m) => [m.speaker, m.role, m.line])).toEqual([
      ['', 'unknown', 3],
      ['', 'unknown', 7],
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['no-speakers-found']);
  });

  it('reports names it does not know as speakers, each turn its own message', () => {
    const { sources, warnings } = parse('Kari: Hei\n\nOla: Hallo\n\nKari: Hei igjen');
    expect(sources[0]!.messages.map((m) => [m.speaker, m.role])).toEqual([
      ['Kari', 'unknown'],
      ['Ola', 'unknown'],
      ['Kari', 'unknown'],
    ]);
    expect(warnings.map((w) => [w.code, w.line, w.params.label])).toEqual([
      ['unknown-speaker-label', 1, 'Kari'],
      ['unknown-speaker-label', 3, 'Ola'],
    ]);
  });
});

describe('a transcript preamble', () => {
  const preambleText = (s: { text: string; preamble: { start: number; end: number } | null }) =>
    s.preamble && s.text.slice(s.preamble.start, s.preamble.end);

  it('shows title, date and place above the turns instead of a speakerless turn', () => {
    const text = 'Intervju 7 – Tromsø\n12. mars 2024\n\nI: Hvordan begynte det?\n\nIP: Med et brev.';
    const { sources, warnings } = parse(text);
    const source = sources[0]!;
    expect(preambleText(source)).toBe('Intervju 7 – Tromsø\n12. mars 2024');
    expect(source.messages.map((m) => [m.speaker, m.role])).toEqual([
      ['I', 'interviewer'],
      ['IP', 'participant'],
    ]);
    // The stored text still holds the preamble; offsets point into the same text.
    expect(source.text).toBe(text);
    expect(bodies(source)).toEqual(['Hvordan begynte det?', 'Med et brev.']);
    expect(warnings).toEqual([expect.objectContaining({ code: 'preamble', line: 1, params: { lines: '1–2' } })]);
    expect(warnings.map((w) => w.code)).not.toContain('text-before-first-speaker');
  });

  it('takes header fields such as "Dato:" and "Sted:" into the preamble, not as unknown speakers', () => {
    const text = 'Fokusgruppe 2\nDato: 14.03.2024\nSted: Bodø\nTranskribert av: Kari\n\nModerator: Velkommen.\nDeltaker 1: Takk.';
    const { sources, warnings } = parse(text);
    expect(preambleText(sources[0]!)).toBe('Fokusgruppe 2\nDato: 14.03.2024\nSted: Bodø\nTranskribert av: Kari');
    expect(sources[0]!.messages.map((m) => m.speaker)).toEqual(['Moderator', 'Deltaker 1']);
    expect(warnings.map((w) => [w.code, w.params])).toEqual([['preamble', { lines: '1–4' }]]);
  });

  it('leaves a "Sted:" line after the first speaker alone, and lets a role make it a speaker', () => {
    const text = 'I: Hvor bor du?\nSted: Bodø, sa hun.';
    expect(parse(text).sources[0]!.preamble).toBeNull();
    const header = parseTranscript('Sted: Her\nI: Hei', { title: 'T', roleOverrides: { Sted: 'participant' } });
    expect(header.sources[0]!.preamble).toBeNull();
    expect(header.sources[0]!.messages.map((m) => m.speaker)).toEqual(['Sted', 'I']);
  });

  it('keeps long text before the first speaker as a codable message', () => {
    const intro = Array.from({ length: 13 }, (_, i) => `Bakgrunn, avsnitt ${i + 1}.`).join('\n');
    const { sources, warnings } = parse(`${intro}\n\nI: Hei`);
    expect(sources[0]!.preamble).toBeNull();
    expect(bodies(sources[0]!)).toEqual([intro, 'Hei']);
    expect(warnings.map((w) => w.code)).toEqual(['text-before-first-speaker']);
  });

  it('has no preamble when no speaker follows, or when the text begins with a turn', () => {
    expect(parse('Tittel\n\nBare tekst her.').sources[0]!.preamble).toBeNull();
    expect(parse('I: Hei\nIP: Hallo').sources[0]!.preamble).toBeNull();
  });
});
