import { describe, expect, it } from 'vitest';
import { applyAnonymisation, hitContext, scanForPersonalData, type Hit } from '../../../shared/anonymise';
import { resolveOverlaps } from '../../../shared/anonymise/overlaps';
import { syntheticNationalId } from './synthetic';

const summary = (hits: Hit[]) => hits.map((h) => `${h.kind}:${h.match}`);

describe('scanForPersonalData', () => {
  const id = syntheticNationalId(3, 9, 1978);
  const text =
    `Kari Nordmann (fnr ${id}) ringte fra 987 65 432 og skrev til kari.nordmann@eksempel.no.\n` +
    'Hun bor i Storgata 12B, 0155 Oslo, sammen med Ola.';

  it('finds every kind, sorted by start, with ids from their offsets', () => {
    const hits = scanForPersonalData(text, { names: ['Kari Nordmann', 'Kari', 'Ola'] });
    expect(summary(hits)).toEqual([
      'name:Kari Nordmann',
      `national-id:${id}`,
      'phone:987 65 432',
      'email:kari.nordmann@eksempel.no',
      'address:Storgata 12B, 0155 Oslo',
      'name:Ola',
    ]);
    for (const hit of hits) {
      expect(text.slice(hit.start, hit.end)).toBe(hit.match);
      expect(hit.id).toBe(`${hit.kind}:${hit.start}`);
    }
  });

  it('looks for names only when it is given some, and only for the kinds asked for', () => {
    expect(summary(scanForPersonalData(text)).some((s) => s.startsWith('name:'))).toBe(false);
    expect(summary(scanForPersonalData(text, { names: ['Ola'], kinds: ['email', 'name'] }))).toEqual([
      'email:kari.nordmann@eksempel.no',
      'name:Ola',
    ]);
    expect(scanForPersonalData(text, { kinds: [] })).toEqual([]);
  });

  it('lets the earlier or longer hit win an overlap', () => {
    // The name and the phone number inside the e-mail address lose to it.
    expect(summary(scanForPersonalData('98765432@sms.eksempel.no', { names: ['sms'] }))).toEqual([
      'email:98765432@sms.eksempel.no',
    ]);
    expect(summary(scanForPersonalData('skriv til kari@eksempel.no', { names: ['Kari'] }))).toEqual([
      'email:kari@eksempel.no',
    ]);
    // A street named for someone on the list is still one address.
    expect(summary(scanForPersonalData('Karl Johans gate 5', { names: ['Karl'] }))).toEqual([
      'address:Karl Johans gate 5',
    ]);
  });

  it('lets a fødselsnummer beat an overlapping phone number, even one that starts earlier', () => {
    const national: Hit = { id: 'national-id:5', kind: 'national-id', start: 5, end: 16, match: 'x', placeholder: '' };
    const phone: Hit = { id: 'phone:0', kind: 'phone', start: 0, end: 13, match: 'x', placeholder: '' };
    const name: Hit = { id: 'name:0', kind: 'name', start: 0, end: 8, match: 'x', placeholder: '' };
    expect(resolveOverlaps([phone, national]).map((h) => h.id)).toEqual(['national-id:5']);
    expect(resolveOverlaps([national, name]).map((h) => h.id)).toEqual(['name:0']);
  });

  it('finds what an overlap or a glued word hid, so a second scan finds nothing', () => {
    const names = ['Per Karl', 'Kari'];
    const glued = 'Per Karl Johans gate 5 og Kari98765432';
    const hits = scanForPersonalData(glued, { names });
    expect(summary(hits)).toEqual(['name:Per Karl', 'address:Johans gate 5', 'name:Kari', 'phone:98765432']);
    const { text: anonymised } = applyAnonymisation(glued, hits);
    expect(anonymised).toBe('[Navn] [adresse] og [Navn][telefonnummer]');
    expect(scanForPersonalData(anonymised, { names })).toEqual([]);
  });

  it('does not report placeholders as names', () => {
    const hits = scanForPersonalData('[Navn] bor i <Navn på kommune>.', { names: ['Navn', 'kommune'] });
    expect(hits).toEqual([]);
  });
});

describe('hitContext', () => {
  const text = 'Dette er en lang innledning. Ring 98765432 i morgen, sa hun.';
  const [hit] = scanForPersonalData(text);

  it('shows the hit with up to radius units either side', () => {
    expect(hitContext(text, hit as Hit, 5)).toEqual({ before: 'Ring ', match: '98765432', after: ' i mo' });
    expect(hitContext(text, hit as Hit)).toEqual({
      before: 'Dette er en lang innledning. Ring ',
      match: '98765432',
      after: ' i morgen, sa hun.',
    });
  });

  it('never cuts an emoji in half', () => {
    const emoji = '😀';
    const withEmoji = `${emoji}98765432${emoji}`;
    const [emojiHit] = scanForPersonalData(withEmoji);
    expect(hitContext(withEmoji, emojiHit as Hit, 1)).toEqual({ before: '', match: '98765432', after: '' });
    expect(hitContext(withEmoji, emojiHit as Hit, 2)).toEqual({ before: emoji, match: '98765432', after: emoji });
  });
});
