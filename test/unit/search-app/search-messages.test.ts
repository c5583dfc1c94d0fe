import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { nb } from '../../../renderer/i18n/nb';
import { nn } from '../../../renderer/i18n/nn';
import { parseSearchQuery, type SearchQueryErrorCode } from '../../../shared/search';

/** Every code a query can fail with; the type makes a new code in shared/search a compile error here until it is listed. */
const codes = {
  'empty-query': true,
  'unclosed-quote': true,
  'unclosed-parenthesis': true,
  'unexpected-parenthesis': true,
  'missing-operand': true,
  'only-negative': true,
  'prefix-too-short': true,
  'regex-invalid': true,
  'regex-too-long': true,
  'regex-risky': true,
  'regex-too-slow': true,
} satisfies Record<SearchQueryErrorCode, true>;

describe('search messages', () => {
  it('every query error is said in bokmål, nynorsk and English, with the parameters it carries', () => {
    for (const messages of [en, nb, nn]) {
      for (const code of Object.keys(codes) as SearchQueryErrorCode[]) expect(messages.search.errors[code], code).toMatch(/\S/);
    }
    const unclosed = parseSearchQuery('"vedtak', 'words');
    expect('error' in unclosed && Object.keys(unclosed.error.params)).toEqual(['at']);
    expect(nb.search.errors['unclosed-quote']).toContain('{{at}}');
    expect(nn.search.errors['unclosed-quote']).toContain('{{at}}');
  });
});
