import { describe, expect, it } from 'vitest';
import { listSpeakers, parseDialogue, parseTranscript, roleForLabel } from '../../../shared/import';

describe('speaker roles', () => {
  it.each([
    ['Bruker', 'user'],
    ['deltaker', 'user'],
    ['Innbygger', 'user'],
    ['Klient', 'user'],
    ['User', 'user'],
    ['CLIENT', 'user'],
    ['Veileder', 'caseworker'],
    ['Rettleiar', 'caseworker'],
    ['Saksbehandler', 'caseworker'],
    ['Sakshandsamar', 'caseworker'],
    ['NAV', 'caseworker'],
    ['Rådgiver', 'caseworker'],
    ['Rådgjevar', 'caseworker'],
    ['Caseworker', 'caseworker'],
    ['Advisor', 'caseworker'],
    ['I', 'interviewer'],
    ['Intervjuer', 'interviewer'],
    ['Intervjuar', 'interviewer'],
    ['Interviewer', 'interviewer'],
    ['IP', 'participant'],
    ['Informant', 'participant'],
    ['Participant', 'participant'],
    ['P1', 'participant'],
    ['P12', 'participant'],
    ['Deltaker 3', 'participant'],
    ['Moderator', 'moderator'],
    ['Ordstyrer', 'moderator'],
    ['Veileder 2', 'caseworker'],
    ['Bruker  2', 'user'],
    ['IP 4', 'participant'],
    // Nynorsk: the same rules as the bokmål labels beside them.
    ['Brukar', 'user'],
    ['Brukar 2', 'user'],
    ['Deltakar', 'user'],
    ['Deltakar 2', 'participant'],
    ['deltakar 12', 'participant'],
    ['Ordstyrar', 'moderator'],
    ['Rettleiar', 'caseworker'],
    ['Intervjuar', 'interviewer'],
    ['Informant 3', 'participant'],
    ['Moderator 1', 'moderator'],
  ] as const)('%s → %s', (label, role) => {
    expect(roleForLabel(label)).toBe(role);
  });

  it('knows nothing of other labels', () => {
    expect(roleForLabel('Saksbehandlar')).toBeNull();
    expect(roleForLabel('Kari')).toBeNull();
  });

  it('lets the user override a label, its numbered forms, or make an unknown label known', () => {
    expect(roleForLabel('Deltaker 3', { deltaker: 'user' })).toBe('user');
    expect(roleForLabel('Deltaker 3', { 'Deltaker 3': 'moderator' })).toBe('moderator');
    expect(roleForLabel('Saksbehandlar', { Saksbehandlar: 'caseworker' })).toBe('caseworker');
  });

  it('lists distinct speakers with roles and message counts in first-seen order', () => {
    const result = parseDialogue('Bruker: a\n\nVeileder: b\n\nBruker: c\n---\nKari: d', { title: 't' });
    expect(listSpeakers(result.sources)).toEqual([
      { speaker: 'Bruker', role: 'user', messages: 2 },
      { speaker: 'Veileder', role: 'caseworker', messages: 1 },
      { speaker: 'Kari', role: 'unknown', messages: 1 },
    ]);
  });
});

describe('nynorsk labels in files', () => {
  it('reads a nynorsk dialogue and focus group with the roles a user expects', () => {
    const dialogue = parseDialogue('Brukar: Kva skjer med søknaden?\n\nRettleiar: (dagen etter) Vi ser på han.\n\nDeltakar: Takk.', { title: 'D' });
    expect(dialogue.sources[0]!.messages.map((m) => [m.speaker, m.role])).toEqual([
      ['Brukar', 'user'],
      ['Rettleiar', 'caseworker'],
      ['Deltakar', 'user'],
    ]);
    expect(dialogue.warnings).toEqual([]);
    const group = parseTranscript('Ordstyrar: Velkomne.\nDeltakar 1: Takk.\nDeltakar 2: Hei.\nIntervjuar: Kven byrjar?', { title: 'F' });
    expect(group.sources[0]!.kind).toBe('focus-group');
    expect(group.sources[0]!.messages.map((m) => m.role)).toEqual(['moderator', 'participant', 'participant', 'interviewer']);
    expect(group.warnings).toEqual([]);
  });
});
