/** Every stored entity carries a stable string id and timestamps (ISO 8601, UTC). */
export type Id = string;
export type IsoDateTime = string;

export interface Entity {
  id: Id;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** Entities a human made name their author, so agreement between coders can be computed. */
export interface Authored {
  authorId: Id;
}
