// An import links a profile to the account with the same address, which needs a lookup of many
// users by email in one query; identity's exported functions read one user by id. Like
// directory/identity-read.tables.ts, this tables file points down to identity's table (read only);
// the import's repo imports this file, never identity's internals. Not a table of talent's own.
export { users } from '../../identity/identity.tables.ts';
