import { describe, expect, it } from 'vitest';
import { findEmails } from '../../../shared/anonymise';

const matches = (text: string) => findEmails(text).map((h) => h.match);

describe('findEmails', () => {
  it.each([
    ['ola.nordmann@eksempel.no'],
    ['ola+nav@post.eksempel.com'],
    ['bjørn_å@fjøsvik.no'],
    ['O.NORDMANN@EKSEMPEL.NO'],
    ['x1-2@a-b.org'],
  ])('finds %j', (email) => {
    const text = `Skriv til ${email} i dag.`;
    expect(findEmails(text)).toEqual([
      {
        id: 'email:10',
        kind: 'email',
        start: 10,
        end: 10 + email.length,
        match: email,
        placeholder: '[e-post]',
      },
    ]);
  });

  it('leaves out trailing punctuation and surrounding brackets', () => {
    expect(matches('Skriv til ola@eksempel.no.')).toEqual(['ola@eksempel.no']);
    expect(matches('<ola@eksempel.no>')).toEqual(['ola@eksempel.no']);
    expect(matches('(ola@eksempel.no)')).toEqual(['ola@eksempel.no']);
  });

  it.each([
    ['a handle', '@ola'],
    ['an address without a domain', 'ola@'],
    ['a host without a top-level domain', 'ola@localhost'],
    ['spaces round the at sign', 'ola @ eksempel.no'],
    ['a placeholder', '[e-post]'],
    ['a price per unit', '3 stk @ 20 kr'],
  ])('does not take %s for an address', (_label, text) => {
    expect(matches(`Det var ${text} her.`)).toEqual([]);
  });
});
