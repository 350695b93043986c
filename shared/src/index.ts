export * from './leads.ts';
export * from './limits.ts';
export * from './schemas.ts';
export * from './sms.ts';
export * from './users.ts';
export * from './words.ts';
