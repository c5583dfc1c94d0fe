import { describe, expect, it } from 'vitest';
import {
  applyAnonymisation,
  remapRanges,
  scanForPersonalData,
  shiftOffsets,
  type Hit,
} from '../../../shared/anonymise';

/** Speaker lines are outside the message bodies, as the dialogue parser produces them. */
function dialogue(turns: [speaker: string, body: string][]) {
  let text = '';
  const messages: { speaker: string; start: number; end: number }[] = [];
  for (const [speaker, body] of turns) {
    text += `${speaker}:\n`;
    messages.push({ speaker, start: text.length, end: text.length + body.length });
    text += `${body}\n\n`;
  }
  return { text, messages };
}

describe('applyAnonymisation', () => {
  const { text, messages } = dialogue([
    ['Bruker', 'Hei, jeg heter Kari Nordmann og har tlf 98765432.'],
    ['Saksbehandler', 'Takk Kari. Send det til Storgata 12B, 0155 Oslo eller ola@eksempel.no.'],
    ['Bruker', 'Ok, Kari sender.'],
  ]);
  const names = ['Kari Nordmann', 'Kari'];
  const hits = scanForPersonalData(text, { names });

  it('replaces every accepted hit and records kinds and counts only', () => {
    const result = applyAnonymisation(text, hits, messages);
    expect(result.text).toBe(
      'Bruker:\nHei, jeg heter [Navn] og har tlf [telefonnummer].\n\n' +
        'Saksbehandler:\nTakk [Navn]. Send det til [adresse] eller [e-post].\n\n' +
        'Bruker:\nOk, [Navn] sender.\n\n',
    );
    expect(result.records).toEqual([
      { kind: 'name', placeholder: '[Navn]', count: 3 },
      { kind: 'phone', placeholder: '[telefonnummer]', count: 1 },
      { kind: 'email', placeholder: '[e-post]', count: 1 },
      { kind: 'address', placeholder: '[adresse]', count: 1 },
    ]);
    const stored = JSON.stringify(result.records);
    for (const hit of hits) expect(stored).not.toContain(hit.match);
  });

  it('moves message offsets so each message still reads as its body with the replacements', () => {
    const result = applyAnonymisation(text, hits, messages);
    expect(result.messages.map((m) => result.text.slice(m.start, m.end))).toEqual([
      'Hei, jeg heter [Navn] og har tlf [telefonnummer].',
      'Takk [Navn]. Send det til [adresse] eller [e-post].',
      'Ok, [Navn] sender.',
    ]);
    expect(result.messages.map((m) => m.speaker)).toEqual(['Bruker', 'Saksbehandler', 'Bruker']);
    expect(messages[0]?.start).toBe(8); // the input is not changed
  });

  it('applies only the hits the researcher accepted, in any order', () => {
    const accepted = hits.filter((h) => h.kind !== 'name').reverse();
    const result = applyAnonymisation(text, accepted, messages);
    expect(result.messages.map((m) => result.text.slice(m.start, m.end))).toEqual([
      'Hei, jeg heter Kari Nordmann og har tlf [telefonnummer].',
      'Takk Kari. Send det til [adresse] eller [e-post].',
      'Ok, Kari sender.',
    ]);
    expect(result.records.map((r) => r.kind)).toEqual(['phone', 'email', 'address']);
  });

  it('returns the text unchanged when nothing is accepted', () => {
    const result = applyAnonymisation(text, [], messages);
    expect(result).toEqual({ text, records: [], offsetMap: [], messages });
  });

  it('refuses hits that do not fit the text, without showing their values', () => {
    const [first, second] = hits as [Hit, Hit];
    const stale = { ...first, match: 'Ola Nordmann' };
    expect(() => applyAnonymisation(text, [stale])).toThrow(/name:\d+ does not match/);
    expect(() => applyAnonymisation(text, [stale])).not.toThrow(/Nordmann/);
    expect(() => applyAnonymisation(text, [first, first])).toThrow(/overlaps/);
    expect(() => applyAnonymisation(text, [{ ...second, start: second.start - 1 }, first])).toThrow();
    expect(() => applyAnonymisation('kort', [first])).toThrow(RangeError);
  });
});

describe('offset map', () => {
  // "ab" -> "[X]" at 2..4 (grows by 1), "cdef" -> "Y" at 6..10 (shrinks by 3).
  const text = '01ab45cdef0123';
  const hits: Hit[] = [
    { id: 'name:2', kind: 'name', start: 2, end: 4, match: 'ab', placeholder: '[X]' },
    { id: 'name:6', kind: 'name', start: 6, end: 10, match: 'cdef', placeholder: 'Y' },
  ];
  const { text: next, offsetMap } = applyAnonymisation(text, hits);

  it('lists each edit in old and new coordinates', () => {
    expect(next).toBe('01[X]45Y0123');
    expect(offsetMap).toEqual([
      { oldStart: 2, oldEnd: 4, newStart: 2, newEnd: 5 },
      { oldStart: 6, oldEnd: 10, newStart: 7, newEnd: 8 },
    ]);
  });

  it('shifts offsets before, between, after and at the edges of edits', () => {
    expect(shiftOffsets([0, 1, 2, 4, 5, 6, 10, 11, 14], offsetMap)).toEqual([0, 1, 2, 5, 6, 7, 8, 9, 12]);
  });

  it('moves an offset inside a replacement to the placeholder edge that keeps it whole', () => {
    expect(shiftOffsets([3, 8], offsetMap, 'start')).toEqual([2, 7]);
    expect(shiftOffsets([3, 8], offsetMap, 'end')).toEqual([5, 8]);
    const ranges = remapRanges(
      [
        { start: 0, end: 3 },
        { start: 3, end: 8 },
        { start: 8, end: 14 },
        { start: 4, end: 4 },
      ],
      offsetMap,
    );
    expect(ranges.map((r) => next.slice(r.start, r.end))).toEqual(['01[X]', '[X]45Y', 'Y0123', '']);
  });
});
