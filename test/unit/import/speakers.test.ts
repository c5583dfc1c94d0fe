import { describe, expect, it } from 'vitest';
import { listSpeakers, parseDialogue, roleForLabel } from '../../../shared/import';

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
