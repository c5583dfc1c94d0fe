import { describe, expect, it } from 'vitest';
import type { Coder, Coding, Write } from '../../../shared/model';
import { autoCoderOf } from '../../../shared/model';
import { extendHit, keywordInContext, planAutoCode, previewAutoCode, type AutoCodeInput } from '../../../shared/search';
import { fixedContext } from '../plan-context';
import { dialogue } from './fixture';

const thread = dialogue('s1', [
  { role: 'user', body: 'Jeg søkte i mars. Vedtaket kom f.eks. først i mai! Det var for sent.' },
  { role: 'caseworker', body: 'Vi beklager ventetiden.\nNeste linje: vedtaket er nå rettet.' },
]);
const { text } = thread.source;
const at = (word: string, from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length };
};
const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);

describe('extendHit', () => {
  const hit = at('Vedtaket');
  it('keeps the hit, or widens it to the word', () => {
    expect(slice(extendHit(text, thread.messages, hit.start, hit.end, 'hit'))).toBe('Vedtaket');
    expect(slice(extendHit(text, thread.messages, hit.start + 2, hit.end - 2, 'word'))).toBe('Vedtaket');
  });

  it('widens to the sentence, not stopping at an abbreviation', () => {
    expect(slice(extendHit(text, thread.messages, hit.start, hit.end, 'sentence'))).toBe('Vedtaket kom f.eks. først i mai!');
    const mars = at('mars');
    expect(slice(extendHit(text, thread.messages, mars.start, mars.end, 'sentence'))).toBe('Jeg søkte i mars.');
  });

  it('never reaches past its message: the label and the other speaker stay out', () => {
    const first = at('Jeg');
    expect(slice(extendHit(text, thread.messages, first.start, first.end, 'sentence'))).toBe('Jeg søkte i mars.');
    const sent = at('sent');
    expect(slice(extendHit(text, thread.messages, sent.start, sent.end, 'sentence'))).toBe('Det var for sent.');
  });

  it('widens to the message or turn', () => {
    expect(slice(extendHit(text, thread.messages, hit.start, hit.end, 'message'))).toBe(text.slice(thread.messages[0]!.start, thread.messages[0]!.end));
  });

  it('widens to the paragraph (line) inside the message', () => {
    const second = at('vedtaket', at('Neste').start);
    expect(slice(extendHit(text, thread.messages, second.start, second.end, 'paragraph'))).toBe('Neste linje: vedtaket er nå rettet.');
    expect(slice(extendHit(text, thread.messages, second.start, second.end, 'sentence'))).toBe('Neste linje: vedtaket er nå rettet.');
  });
});

describe('keywordInContext', () => {
  it('shows the hit with whole words either side, on one line', () => {
    const hit = at('ventetiden');
    const kwic = keywordInContext(text, hit.start, hit.end, 12);
    expect(kwic.hit).toBe('ventetiden');
    expect(kwic.before).toBe('…beklager ');
    expect(kwic.after).toBe('. Neste…');
  });

  it('has no ellipsis at the ends of the text', () => {
    expect(keywordInContext('Kort tekst', 0, 4, 40)).toEqual({ before: '', hit: 'Kort', after: ' tekst' });
  });
});

const codingOf = (w: Write): Coding => {
  if (w.op !== 'put' || w.table !== 'codings') throw new Error('not a new coding');
  return w.row as Coding;
};

describe('planAutoCode', () => {
  const person: Coder = { id: 'k1', projectId: 'p', name: 'Koder 1', color: '#000', createdAt: 't', updatedAt: 't' };
  const base = (over: Partial<AutoCodeInput> = {}): AutoCodeInput => ({
    projectId: 'p',
    codeId: 'code-vedtak',
    coders: [person],
    codings: [],
    hits: [
      { sourceId: 's1', ...at('Vedtaket') },
      { sourceId: 's1', ...at('mai') },
      { sourceId: 's1', ...at('vedtaket') },
      { ...at('Vedtaket') }, // a memo hit: not source text
    ],
    extent: 'sentence',
    sources: new Map([['s1', { text, messages: thread.messages }]]),
    autoCoderName: 'Automatisk koding',
    at: fixedContext(),
    ...over,
  });

  it('codes each sentence once, as a new auto coder, in one list of writes', () => {
    const writes = planAutoCode(base());
    expect(writes[0]).toMatchObject({ op: 'put', table: 'coders', row: { id: 'new-1', kind: 'auto', name: 'Automatisk koding' } });
    const codings = writes.slice(1).map(codingOf);
    // "Vedtaket" and "mai" are in the same sentence: one coding.
    expect(codings.map(slice)).toEqual(['Vedtaket kom f.eks. først i mai!', 'Neste linje: vedtaket er nå rettet.']);
    expect(codings.every((c) => c.coderId === 'new-1' && c.codeId === 'code-vedtak' && c.sourceId === 's1')).toBe(true);
  });

  it('reuses the auto coder and skips what it already coded with this code', () => {
    const auto: Coder = { ...person, id: 'auto', kind: 'auto' };
    const first = planAutoCode(base({ coders: [person, auto] }));
    expect(first.some((w) => w.table === 'coders')).toBe(false);
    const done = first.map(codingOf);
    expect(planAutoCode(base({ coders: [person, auto], codings: done }))).toEqual([]);
    expect(previewAutoCode(base({ coders: [person, auto], codings: done }))).toMatchObject({ ranges: [], alreadyCoded: 2 });
    // A person's coding of the same text does not count: the auto coder still codes it.
    const byPerson = done.map((c) => ({ ...c, coderId: 'k1' }));
    expect(planAutoCode(base({ coders: [person, auto], codings: byPerson }))).toHaveLength(2);
  });

  it('writes nothing when there is nothing to code', () => {
    expect(planAutoCode(base({ hits: [] }))).toEqual([]);
  });

  it('the auto coder is found by kind, and old coders without a kind read as people', () => {
    expect(autoCoderOf([person])).toBeUndefined();
    expect(autoCoderOf([person, { ...person, id: 'a', kind: 'auto' }])?.id).toBe('a');
  });
});

describe('the current coder is a person', () => {
  it('is never the auto coder, even when auto-coding came first', async () => {
    const { planCurrentCoder } = await import('../../../shared/projects/plan-coder');
    const auto: Coder = { id: 'auto', projectId: 'p', name: 'Auto', color: '#000', kind: 'auto', createdAt: '2026-01-01', updatedAt: '2026-01-01' };
    const planned = planCurrentCoder([auto], 'p', fixedContext());
    expect(planned.value.id).not.toBe('auto');
    expect(planned.writes).toHaveLength(1);
    const person: Coder = { ...auto, id: 'k', kind: 'human', createdAt: '2026-02-01' };
    expect(planCurrentCoder([auto, person], 'p', fixedContext()).value.id).toBe('k');
  });
});
