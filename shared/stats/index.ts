export * from './code-counts';
