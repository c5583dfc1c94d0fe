import type { SpeakerRole } from '../model';
import type { ImportedSource } from './result';

/** Labels the user has given a role in the import preview, e.g. { Saksbehandlar: 'caseworker' }. */
export type RoleOverrides = Record<string, SpeakerRole>;

/** Default roles by lower-case label, bokmål, nynorsk and English; see FORMATS.md §1–2. */
// prettier-ignore
export const defaultSpeakerRoles: Readonly<Record<string, SpeakerRole>> = {
  bruker: 'user', brukar: 'user', deltaker: 'user', deltakar: 'user', innbygger: 'user', klient: 'user', user: 'user', client: 'user',
  veileder: 'caseworker', rettleiar: 'caseworker', saksbehandler: 'caseworker', sakshandsamar: 'caseworker',
  nav: 'caseworker', 'rådgiver': 'caseworker', 'rådgjevar': 'caseworker', caseworker: 'caseworker', advisor: 'caseworker',
  i: 'interviewer', intervjuer: 'interviewer', intervjuar: 'interviewer', interviewer: 'interviewer',
  ip: 'participant', informant: 'participant', participant: 'participant', p: 'participant',
  moderator: 'moderator', ordstyrer: 'moderator', ordstyrar: 'moderator',
};

/**
 * Labels whose numbered form means something else: a single "Deltaker" (nynorsk "Deltakar") in a
 * written dialogue is the service user, while "Deltaker 3" is one of several focus-group participants.
 */
const numberedRoles: Readonly<Record<string, SpeakerRole>> = { deltaker: 'participant', deltakar: 'participant' };

const roleNames: readonly SpeakerRole[] = ['user', 'caseworker', 'interviewer', 'participant', 'moderator', 'unknown'];

/** The label as stored on messages: trimmed, inner white space collapsed. */
export function normaliseLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}

/** "Deltaker 3" → ["deltaker", 3]; "P1" → ["p", 1]; null when the label has no number. */
function splitNumbered(key: string): [string, number] | null {
  const m = /^(.*?\p{L})\s?(\d{1,3})$/u.exec(key);
  return m ? [m[1]!, Number(m[2])] : null;
}

/**
 * A role lookup for one import: user overrides first (exact label, then its unnumbered base),
 * then the defaults. Returns null for labels nobody knows.
 */
export function speakerRoles(overrides: RoleOverrides = {}): (label: string) => SpeakerRole | null {
  const userRoles = new Map(
    Object.entries(overrides).map(([label, role]) => [normaliseLabel(label).toLowerCase(), role]),
  );
  return (label) => {
    const key = normaliseLabel(label).toLowerCase();
    const numbered = splitNumbered(key);
    return (
      userRoles.get(key) ??
      (numbered && userRoles.get(numbered[0])) ??
      defaultSpeakerRoles[key] ??
      (numbered && (numberedRoles[numbered[0]] ?? defaultSpeakerRoles[numbered[0]])) ??
      null
    );
  };
}

export function roleForLabel(label: string, overrides: RoleOverrides = {}): SpeakerRole | null {
  return speakerRoles(overrides)(label);
}

/** A role written in a table cell: a role name ("caseworker") or a label that implies one ("Veileder"). */
export function roleFromName(value: string, overrides: RoleOverrides = {}): SpeakerRole | null {
  const key = value.trim().toLowerCase();
  return roleNames.find((r) => r === key) ?? roleForLabel(value, overrides);
}

export function isSpeakerRole(value: string): value is SpeakerRole {
  return (roleNames as readonly string[]).includes(value);
}

export interface SpeakerSummary {
  speaker: string;
  role: SpeakerRole;
  messages: number;
}

/** The distinct speakers of an import in first-seen order, for the preview's role table. */
export function listSpeakers(sources: readonly ImportedSource[]): SpeakerSummary[] {
  const byLabel = new Map<string, SpeakerSummary>();
  for (const source of sources) {
    for (const m of source.messages) {
      const found = byLabel.get(m.speaker);
      if (found) found.messages++;
      else byLabel.set(m.speaker, { speaker: m.speaker, role: m.role, messages: 1 });
    }
  }
  return [...byLabel.values()];
}
