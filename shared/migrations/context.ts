/** What an upgrade may need from its caller: fresh ids and the time, so upgrades stay pure. */
export interface UpgradeContext {
  newId: () => string;
  /** ISO 8601 time stamped on rows an upgrade creates. */
  now: string;
}
