export { categoryDefinitions, findCategoryCodes, studyPublishedTable, type CategoryDefinition } from './categories';
export { maxPublishedValue, planSavePublishedValue, validPublishedValue } from './plan-published';
export { reproduceTable, type ReproduceExplanation, type ReproduceRow, type ReproduceTable } from './reproduce-table';
