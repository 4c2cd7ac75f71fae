// The floor of the API benchmark: a bare Fastify server (no logger, no hooks, no plugins) with one
// route that does what a signed-in request cannot avoid — read the session cookie, check its
// signature, and look the session, its user and the user's roles up in one query — on the same
// database engine and data as the Inohub run it is compared with. Started by bench/api/run.ts:
//   FLOOR_PORT=… SESSION_SECRET=… (DATA_DIR=… | DATABASE_URL=…) tsx bench/api/floor.ts
import { createHmac, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import Fastify from 'fastify';
import pg from 'pg';

const SQL = `select s.id, s.user_id, s.expires_at, u.email, u.name, u.locale, u.time_zone,
  coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = u.id), '{}') as roles
  from sessions s join users u on u.id = s.user_id where s.token = $1`;

type Row = { id: string; user_id: string; expires_at: Date; email: string; name: string; roles: string[] };
let query: (token: string) => Promise<Row[]>;
let close: () => Promise<void>;
if (process.env.DATABASE_URL) {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  query = async (token) => (await pool.query<Row>(SQL, [token])).rows;
  close = () => pool.end();
} else {
  const dataDir = path.join(process.env.DATA_DIR ?? '', 'pglite');
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm, btree_gist } });
  query = async (token) => (await client.query<Row>(SQL, [token])).rows;
  close = () => client.close();
}

const secret = process.env.SESSION_SECRET ?? '';
function tokenOf(cookieHeader: string | undefined): string | null {
  const m = cookieHeader?.match(/(?:^|;\s*)inohub\.session_token=([^;]+)/);
  if (!m?.[1]) return null;
  const value = decodeURIComponent(m[1]);
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

const app = Fastify();
app.get('/me', async (request, reply) => {
  const token = tokenOf(request.headers.cookie);
  const [row] = token ? await query(token) : [];
  if (!row || new Date(row.expires_at) < new Date()) return reply.status(401).send({ status: 401 });
  return { user: { id: row.user_id, email: row.email, name: row.name, roles: row.roles } };
});
await app.listen({ port: Number(process.env.FLOOR_PORT), host: '127.0.0.1' });
process.stdout.write('floor ready\n');
const stop = async () => {
  await app.close();
  await close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
