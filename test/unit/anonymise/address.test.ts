import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../shared/anonymise';

const matches = (text: string) => findAddresses(text).map((h) => h.match);

describe('findAddresses', () => {
  it.each([
    ['Storgata 12B, 0155 Oslo'],
    ['Kirkevegen 3, 5003 Bergen'],
    ['Postboks 123, 9008 Tromsø'],
    ['Løvåsveien 7 5031 Bergen'],
    ['Skolestien 2a, 8001 Bodø'],
    ['Karl Johans gate 5, 0154 Oslo'],
    ['Bygdøy allé 14'],
    ['Nedre Slottsgate 3'],
    ['Solbakken 4-6, 4612 Kristiansand S'],
    ['Fjordgata 9, 8622 Mo i Rana'],
    ['Storgata 12 B, 2000 Lillestrøm'],
    ['Kaigata 1, 9990 Båtsfjord'],
  ])('finds %j as one hit', (address) => {
    const text = `Hun bor i ${address}. Det er nært.`;
    expect(findAddresses(text)).toEqual([
      {
        id: 'address:10',
        kind: 'address',
        start: 10,
        end: 10 + address.length,
        match: address,
        placeholder: '[adresse]',
      },
    ]);
  });

  it('covers a postcode and place on the next line, as on an envelope, in the same hit', () => {
    const text = 'Send til:\nStorgata 12B\n0155 Oslo\nHilsen';
    expect(matches(text)).toEqual(['Storgata 12B\n0155 Oslo']);
  });

  it('finds a street and number without a postcode, and stops before what follows', () => {
    expect(matches('Vi møttes i Storgata 12 i går.')).toEqual(['Storgata 12']);
    expect(matches('Storgata 12 I dag var det kaldt.')).toEqual(['Storgata 12']);
    expect(matches('Storgata 12, 0155 Oslo i morgen')).toEqual(['Storgata 12, 0155 Oslo']);
  });

  it.each([
    ['an age after a surname-like word', 'Solbakken 45 år'],
    ['a price', 'Torget 20 kr'],
    ['a girl and her age', 'Julia 12 år'],
    ['an assessment and a date', 'Vurderingen 12. mars'],
    ['a suffix with no stem', 'Veien 2 km'],
    ['a bare postcode and place', '0155 Oslo'],
    ['a street without a number', 'Storgata'],
    ['a street in lower case', 'storgata 12'],
    ['a placeholder before a street ending', '[Navn] gate 5'],
    ['a word that only contains a suffix', 'Gatekjøkken 5'],
  ])('does not take %s (%j)', (_label, text) => {
    expect(matches(`Det var ${text} der.`)).toEqual([]);
  });
});
