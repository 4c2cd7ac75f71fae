// Every table of every module, for drizzle-kit and for tests that count rows per table.
export * from './lib/files/files.tables.ts';
export * from './lib/jobs/jobs.tables.ts';
export * from './lib/mail/outbox.tables.ts';
export * from './modules/directory/directory.tables.ts';
export * from './modules/identity/identity.tables.ts';
export * from './modules/zone/zone.tables.ts';
export * from './modules/zone/zone-finance.tables.ts';
