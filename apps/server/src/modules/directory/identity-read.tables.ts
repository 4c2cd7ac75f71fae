// The directory joins (read only) the users table to show member and people names and to search
// people by name; that needs SQL joins, which identity's exported functions cannot offer. Like a
// foreign key, a tables file may point down to identity's tables; services import this file,
// never identity's internals. Not listed in schema.ts: the table belongs to identity.
export { users } from '../identity/identity.tables.ts';
