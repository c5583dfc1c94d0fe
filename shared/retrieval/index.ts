export * from './query';
export * from './run';
export * from './context';
export * from './export';
export * from './filters';
export * from './link';
