import { describe, expect, it } from 'vitest';
import { guessColumnMapping, ImportError } from '../../../shared/import';
import { bodies, importText } from './import-helpers';

const csv = [
  'Tråd;Avsender;Tidspunkt;Melding;Gruppe',
  '12;Bruker;12.03.2020 14:05;"Hei, jeg lurer på ""AAP"".',
  'Mvh [Navn]";A',
  '12;Veileder;13.03.2020 10:05;Hei!;A',
  '7;Bruker;2020-04-01 08:00;Ny sak;B',
  '',
  '12;Bruker;13.03.2020 11:00;Takk;A',
  '7;Saksbehandlar;01.04.2020 09:30;Svar;B',
].join('\r\n');

describe('CSV tables', () => {
  it('guesses Norwegian and English headers', () => {
    expect(guessColumnMapping(['Tråd', 'Avsender', 'Tidspunkt', 'Melding', 'Forsinkelse', 'Rolle'])).toEqual({
      thread: 'Tråd',
      speaker: 'Avsender',
      timestamp: 'Tidspunkt',
      text: 'Melding',
      delay: 'Forsinkelse',
      role: 'Rolle',
    });
    expect(guessColumnMapping(['thread_id', 'Speaker', 'Message', 'Delay'])).toEqual({
      thread: 'thread_id',
      speaker: 'Speaker',
      text: 'Message',
      delay: 'Delay',
    });
    expect(guessColumnMapping(['rolle', 'tekst'])).toEqual({ speaker: 'rolle', text: 'tekst' });
  });

  it('groups rows into threads in first-seen order with delays from timestamps and constant columns as attributes', async () => {
    const result = await importText('samtaler.csv', csv);
    expect(result.format).toBe('csv');
    expect(result.sources.map((s) => [s.title, s.kind, s.attributes])).toEqual([
      ['samtaler – 12', 'dialogue', { Gruppe: 'A' }],
      ['samtaler – 7', 'dialogue', { Gruppe: 'B' }],
    ]);
    const [twelve, seven] = result.sources;
    expect(bodies(twelve!)).toEqual(['Hei, jeg lurer på "AAP".\nMvh [Navn]', 'Hei!', 'Takk']);
    expect(twelve!.text).toBe('Bruker: Hei, jeg lurer på "AAP".\nMvh [Navn]\n\nVeileder: Hei!\n\nBruker: Takk');
    expect(twelve!.messages.map((m) => [m.line, m.timestamp, m.delay?.maxHours ?? null])).toEqual([
      [2, '2020-03-12T14:05:00', null],
      [4, '2020-03-13T10:05:00', 20],
      [7, '2020-03-13T11:00:00', 0.92],
    ]);
    expect(seven!.messages[1]).toMatchObject({
      speaker: 'Saksbehandlar',
      role: 'unknown',
      line: 8,
      delay: { phrase: '', minHours: 1.5, maxHours: 1.5 },
    });
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([['unknown-speaker-label', 8]]);
  });

  it('uses a mapping the user chose, with a delay column and a role column', async () => {
    const text =
      'id,hvem,rolle,svar etter,innhold\n1,Kari,bruker,,Hei\n1,Ola,caseworker,dagen etter,Hallo\n1,Per,,om en stund,Hm';
    const result = await importText('a.csv', text, {
      columnMapping: { thread: 'id', speaker: 'hvem', role: 'rolle', delay: 'svar etter', text: 'innhold' },
    });
    const source = result.sources[0]!;
    expect(source.messages.map((m) => [m.speaker, m.role, m.delay])).toEqual([
      ['Kari', 'user', null],
      ['Ola', 'caseworker', { phrase: 'dagen etter', minHours: 24, maxHours: 24 }],
      ['Per', 'unknown', { phrase: 'om en stund', minHours: null, maxHours: null }],
    ]);
    expect(source.text).toBe('Kari: Hei\n\nOla: (dagen etter) Hallo\n\nPer: (om en stund) Hm');
    expect(result.warnings.map((w) => w.code).sort()).toEqual(['unknown-delay-phrase', 'unknown-speaker-label']);
  });

  it('reads a two-column semicolon table that ends with a newline (not as one comma column)', async () => {
    const result = await importText('kort.csv', 'rolle;tekst\r\nBruker;Hei\r\nVeileder;Hallo\r\n');
    expect(result.sources[0]!.messages.map((m) => [m.speaker, m.role])).toEqual([
      ['Bruker', 'user'],
      ['Veileder', 'caseworker'],
    ]);
    expect(bodies(result.sources[0]!)).toEqual(['Hei', 'Hallo']);
  });

  it('names a mapped column that is missing, at line 1', async () => {
    const error = await importText('a.csv', 'avsender,tekst\nBruker,Hei', {
      columnMapping: { speaker: 'avsender', text: 'melding' },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ reason: 'malformed', line: 1 });
    expect((error as Error).message).toContain('"melding"');
  });

  it('asks for a mapping when it cannot guess the text column', async () => {
    const error = await importText('a.csv', 'a,b\n1,2').catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'malformed', line: 1 });
  });

  it('points at the line of an unclosed quote', async () => {
    const error = await importText('a.csv', 'avsender,tekst\nBruker,Hei\nVeileder,"Hallo').catch((e: unknown) => e);
    expect(error).toMatchObject({ reason: 'malformed', line: 3 });
  });
});
