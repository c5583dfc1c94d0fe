export * from './thematic-error';
export * from './rows';
export * from './phases';
export * from './plan-theme';
export * from './plan-theme-codes';
export * from './plan-links';
export * from './plan-quotes';
export * from './map';
