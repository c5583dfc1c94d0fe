import type { AttributeValue, Code, CodeGroup, Coder, Coding, GoldenQuote, Id, Message, Placement, Subgroup } from '../model';

/**
 * The project rows a chart is derived from: the same tables `cli stats` reads from a backup
 * (BackupContents) and the renderer reads through its queries. Messages are optional: only the
 * co-occurrence "same message or turn" option and the reply delays need them.
 */
export interface ChartRows {
  codes: Code[];
  codings: Coding[];
  /** `length`: the source's text length in characters, for charts that place codings along it. */
  sources: { id: string; title: string; order: number; length?: number; attributes?: Record<Id, AttributeValue> }[];
  messages?: (Pick<Message, 'sourceId' | 'start' | 'end'> & Partial<Pick<Message, 'role' | 'delay' | 'order'>>)[];
  /**
   * The project's source attributes and coders, for the chart filters (filter-rows.ts) and for
   * naming them in a filtered chart's title. Optional: a chart without filters does not read them.
   */
  attributes?: { id: Id; name: string; order?: number }[];
  coders?: Pick<Coder, 'id' | 'name'>[];
  /** The project's answer deadline in hours (ProjectSettings); the delays chart draws it. 48 when absent. */
  deadlineHours?: number;
  /** The STC analysis (steps 2–3), for the code group → subgroup → golden quote flow. */
  codeGroups?: Pick<CodeGroup, 'id' | 'name' | 'order'>[];
  subgroups?: Pick<Subgroup, 'id' | 'codeGroupId' | 'name' | 'order'>[];
  placements?: Pick<Placement, 'meaningUnitId' | 'codeGroupId' | 'subgroupId'>[];
  goldenQuotes?: Pick<GoldenQuote, 'subgroupId' | 'meaningUnitId'>[];
}
