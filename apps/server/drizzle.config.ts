import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // Every module's tables, found by file name: a new module's *.tables.ts needs no list entry.
  schema: './src/**/*.tables.ts',
  out: './drizzle',
  casing: 'snake_case',
});
