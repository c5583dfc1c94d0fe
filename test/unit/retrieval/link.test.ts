import { describe, expect, it } from 'vitest';
import { emptyRetrievalQuery, retrievalHref, retrievalQueryFromHash, withLinkFilters } from '../../../shared/retrieval';

describe('segments links', () => {
  it('opens a code in a source, each code for itself', () => {
    const href = retrievalHref({ codes: ['code:clear'], includeDescendants: false, filters: { sourceIds: ['source:12'] } });
    expect(href).toBe('#/analysis/segments?codes=code%3Aclear&sources=source%3A12&descendants=0');
    expect(retrievalQueryFromHash(href)).toEqual({
      ...emptyRetrievalQuery(),
      codes: ['code:clear'],
      includeDescendants: false,
      filters: { sourceIds: ['source:12'] },
    });
  });

  it('round-trips an overlaps query with roles, coders and attributes, ids with commas and & included', () => {
    const query = {
      ...emptyRetrievalQuery(),
      codes: ['a,b', 'c&d'],
      operator: 'overlaps' as const,
      others: ['e=f'],
      filters: { roles: ['caseworker' as const], coderIds: ['Kari Nordmann'], attributes: { 'attr:målform': ['bokmål', 'nynorsk'] } },
    };
    expect(retrievalQueryFromHash(retrievalHref(query))).toEqual(query);
  });

  it('reads no query from a hash without codes, and ignores unknown operators and roles', () => {
    expect(retrievalQueryFromHash('#/analysis')).toBeNull();
    expect(retrievalQueryFromHash('#/analysis/segments?sources=s1')).toBeNull();
    const odd = retrievalQueryFromHash('#/analysis/segments?codes=x&op=xor&roles=boss,user&descendants=1&junk&sources=%E0%A4%A');
    expect(odd?.operator).toBe('or');
    expect(odd?.includeDescendants).toBe(true);
    expect(odd?.filters.roles).toEqual(['user']);
    // A malformed escape is kept as written rather than throwing.
    expect(odd?.filters.sourceIds).toEqual(['%E0%A4%A']);
  });

  it('adds a chart’s filters to a link, keeping the link’s source', () => {
    const href = retrievalHref({ codes: ['c1'], filters: { sourceIds: ['s1'] } });
    const filtered = retrievalQueryFromHash(withLinkFilters(href, { roles: ['caseworker'], attributes: { grp: ['A'] } }));
    expect(filtered?.filters).toEqual({ sourceIds: ['s1'], roles: ['caseworker'], attributes: { grp: ['A'] } });
  });
});
