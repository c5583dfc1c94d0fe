import { describe, expect, it } from 'vitest';
import { findPhoneNumbers } from '../../../shared/anonymise';
import { syntheticNationalId } from './synthetic';

const matches = (text: string) => findPhoneNumbers(text).map((h) => h.match);

describe('findPhoneNumbers', () => {
  it.each([
    ['98765432'],
    ['987 65 432'],
    ['98 76 54 32'],
    ['22 33 44 55'],
    ['+47 98765432'],
    ['+4798765432'],
    ['0047 98765432'],
    ['+47 987 65 432'],
    ['+47 98 76 54 32'],
    ['98\u00A076\u00A054\u00A032'],
  ])('finds %j as one whole hit', (phone) => {
    const text = `Ring meg på ${phone}, takk.`;
    const hits = findPhoneNumbers(text);
    expect(hits).toHaveLength(1);
    const [hit] = hits;
    expect(hit).toMatchObject({
      kind: 'phone',
      match: phone,
      placeholder: '[telefonnummer]',
      start: 12,
      end: 12 + phone.length,
      id: 'phone:12',
    });
  });

  it('finds numbers at the very start and end of the text and next to brackets', () => {
    expect(matches('41234567')).toEqual(['41234567']);
    expect(matches('(41234567)')).toEqual(['41234567']);
    expect(matches('tlf:41234567.')).toEqual(['41234567']);
    expect(matches('ring 2 41234567')).toEqual(['41234567']);
    // `kr.` usually ends a sentence; only `kr` right before the digits marks an amount.
    expect(matches('Det kostet 200 kr. 41234567 er nummeret.')).toEqual(['41234567']);
  });

  it.each([
    ['ten digits', '9876543210'],
    ['nine digits', '987654321'],
    ['seven digits', '9876543'],
    ['an organisation number in threes', '987 654 321'],
    ['a first digit 1', '12345678'],
    ['a first digit 0', '01234567'],
    ['an amount', '12 000 kr'],
    ['a large amount', '25000000 kr'],
    ['a large amount with kroner', '25000000 kroner'],
    ['an amount after kr', 'kr 25000000'],
    ['an amount with a dash', '25000000,-'],
    ['a decimal number', '98765432,50'],
    ['a year', 'i 2024'],
    ['two years', 'mellom 2023 2024'],
    ['a span of years', '1998-2003'],
    ['a date', '24.12.2023'],
    ['an ISO date', '2023-12-24'],
    ['an account number', '1234.56.78903'],
    ['an account number in groups', '1234 56 78903'],
    ['pairs running past eight digits', '98 76 54 32 10'],
    ['pairs with one more before', '10 98 76 54 32'],
    ['a nine-digit run after +47', '+47 987654321'],
  ])('does not take %s (%j) for a phone number', (_label, text) => {
    expect(matches(`Det var ${text} i fjor.`)).toEqual([]);
  });

  it('finds nothing inside a fødselsnummer, with or without the space', () => {
    const id = syntheticNationalId(24, 12, 1987);
    expect(matches(id)).toEqual([]);
    expect(matches(`${id.slice(0, 6)} ${id.slice(6)}`)).toEqual([]);
  });

  it('finds each of several numbers', () => {
    const hits = findPhoneNumbers('98765432 eller 41 23 45 67 eller 55 66 77 88');
    expect(hits.map((h) => h.match)).toEqual(['98765432', '41 23 45 67', '55 66 77 88']);
    expect(hits.map((h) => h.id)).toEqual(['phone:0', 'phone:15', 'phone:33']);
  });
});
