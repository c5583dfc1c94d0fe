import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keywordInContext, parseSearchQuery, tokenize } from '../../../shared/search';
import { searchable } from './fixture';

/* Offsets are the truth: whatever the text, a token or a hit is exactly the text between its offsets. */

const pieces = ['vedtak', 'Vedtaket', 'Nav-kontoret', '<Navn på kontor>', '[stedsnavn]', 'søknaden', 'ÆØÅ', 'a\u030a', '😀', ' ', '\n', '. ', '-', "'", '’', 'ikke', 'Aasen', '<', '>', '[', ']'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

describe('offsets', () => {
  it('every token is the text between its offsets, and its parts lie inside it', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const t of tokenize(text)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          for (const p of t.parts) {
            expect(text.slice(p.start, p.end)).toBe(p.text);
            expect(p.start >= t.start && p.end <= t.end).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every hit lies inside its message and keyword in context gives back the hit', () => {
    fc.assert(
      fc.property(fc.array(texts, { minLength: 1, maxLength: 5 }), fc.constantFrom('vedtak', 'nav', 'kontoret', 'søk*', '<Navn på kontor>', 'ikke', 'Nav-kontoret', '"vedtak vedtaket"', 'ved\\w+'), (bodies, query) => {
        let text = '';
        const messages = bodies.map((body, i) => {
          const start = text.length + 8;
          text += `Bruker: ${body}\n`;
          return { id: `m${i}`, sourceId: 's', start, end: start + body.length, role: 'user' as const };
        });
        const { search } = searchable({ sources: [{ id: 's', title: 'T', text }], messages, memos: [], codes: [] });
        const mode = query.includes('\\') ? 'regex' : 'words';
        expect(parseSearchQuery(query, mode)).not.toHaveProperty('error');
        for (const hit of search(query, mode)) {
          const message = messages.find((m) => `m:${m.id}` === hit.docId)!;
          expect(hit.start >= message.start && hit.end <= message.end && hit.end > hit.start).toBe(true);
          expect(keywordInContext(text, hit.start, hit.end, 10).hit).toBe(text.slice(hit.start, hit.end).replace(/\s+/g, ' '));
        }
      }),
      { numRuns: 150 },
    );
  });
});
