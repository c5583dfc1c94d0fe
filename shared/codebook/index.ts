export * from './tree';
export * from './merge';
export * from './split';
export * from './document';
export * from './markdown';
export * from './template';
export * from './instantiate';
export * from './palette';
