import type { Coder } from './code';

/** The coder every project starts with; renamed in the project's settings when a team forms. */
export function defaultCoder(id: string, projectId: string, now: string): Coder {
  return { id, projectId, name: 'Koder 1', color: '#1f5f8b', createdAt: now, updatedAt: now };
}
