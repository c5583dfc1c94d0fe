export { planMerge } from './plan-merge';
export { exchangeFromBackup } from './from-backup';
export { normalisedText } from './match-sources';
export type * from './merge-types';
export { applyWritesToTables } from './apply-to-tables';
