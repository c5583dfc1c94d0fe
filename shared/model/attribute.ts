import type { Entity, Id } from './entity';

/** A case attribute definition (e.g. "Gruppe", "Aldersgruppe"); values live on each source. */
export interface Attribute extends Entity {
  projectId: Id;
  name: string;
  type: 'text' | 'number' | 'choice';
  choices: string[];
  order: number;
}
