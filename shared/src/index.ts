export * from './context.ts';
export * from './enrich.ts';
export * from './limits.ts';
export * from './linkedin.ts';
export * from './names.ts';
export * from './schemas.ts';
export * from './sms.ts';
export * from './words.ts';
