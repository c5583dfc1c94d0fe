export type * from './entity';
export type * from './project';
export type * from './source';
export type * from './message';
export type * from './code';
export type * from './memo';
export type * from './attribute';
export type * from './source-edit';
export { defaultProjectSettings } from './project';
