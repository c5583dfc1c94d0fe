export { readRefi } from './read-refi';
export type { RefiReadEnvironment, RefiReadOptions } from './to-project';
export * from './report';
export { refiErrorCodes, refiErrorMessage, type RefiError, type RefiErrorCode } from './errors';
export { qdpxZipLimits } from './archive';
export { refiWarningMessage, unplacedReasonText } from './warning-messages';
