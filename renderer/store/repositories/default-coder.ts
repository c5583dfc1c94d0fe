// The default coder is pure data, shared with the schema upgrades that restore also runs.
export { defaultCoder } from '../../../shared/model';
