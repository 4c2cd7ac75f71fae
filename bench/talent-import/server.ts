// The bench's server: Inohub (createServer, as `npm start` builds it) on an embedded PGlite data
// directory, without the demo, plus one university, its career-office user and a few skills.
// Prints `bench-ready <json>` when it listens. Started by run.ts in its own process, so that the
// load generator does not share the server's event loop.
import { readEnv } from '../../apps/server/src/config/env.ts';
import { addMembership, createOrganizationForTest } from '../../apps/server/src/modules/directory/index.ts';
import { createUserWithPassword, systemAuditContext } from '../../apps/server/src/modules/identity/index.ts';
import { talentSkills } from '../../apps/server/src/modules/talent/talent.tables.ts';
import { createServer } from '../../apps/server/src/server.ts';
import { SKILLS } from './generate.ts';

const env = readEnv();
const server = await createServer(env, { logger: false });
const db = server.ctx.db;
const universityId = await createOrganizationForTest(db, {
  name: 'Бенчмарк-университет',
  kind: 'university',
  legalForm: 'state_institution',
});
const email = 'career.bench@test.inohub';
const password = 'correct horse battery staple';
const user = await createUserWithPassword(db, systemAuditContext, {
  email,
  name: 'Bench career office',
  password,
  roles: ['career_office'],
});
await addMembership(db, universityId, user.id, 'member');
await db
  .insert(talentSkills)
  .values(SKILLS.map((s) => ({ ...s, category: 'programming' })))
  .onConflictDoNothing();
await server.app.listen({ port: env.PORT, host: env.HOST });
console.log(`bench-ready ${JSON.stringify({ universityId, email, password })}`);
process.on('SIGTERM', () => {
  void server.stop().then(() => process.exit(0));
});
