export * from './range';
export * from './pieces';
export * from './lanes';
export * from './surrogates';
export * from './text-edit';
export * from './code-points';
export * from './words';
export * from './reach';
