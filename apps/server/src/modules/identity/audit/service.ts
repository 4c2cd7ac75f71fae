import { and, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../lib/db/types.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { auditLog } from '../identity.tables.ts';

/** Who did it and from where; built once per request so services need not know about HTTP. */
export interface AuditContext {
  actorId: string | null;
  actorRoles: readonly string[];
  ip: string | null;
  requestId: string | null;
}

export const systemAuditContext: AuditContext = {
  actorId: null,
  actorRoles: ['system'],
  ip: null,
  requestId: null,
};

export function auditContextOf(request: FastifyRequest): AuditContext {
  const p: Principal | null = request.principal;
  return {
    actorId: p?.userId ?? null,
    actorRoles: p?.roles ?? [],
    ip: request.ip ?? null,
    requestId: request.id,
  };
}

export interface AuditEntry {
  action: string;
  objectType: string;
  objectId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes one audit row; call it inside the transaction of the action it records. */
export async function recordAudit(db: Db, ctx: AuditContext, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: ctx.actorId,
    actorRoles: [...ctx.actorRoles],
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    details: entry.details ?? {},
    ip: ctx.ip,
    requestId: ctx.requestId,
  });
}

export interface AuditQuery {
  actorId?: string;
  action?: string;
  objectType?: string;
  objectId?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export async function listAudit(db: Db, q: AuditQuery) {
  const conditions: SQL[] = [];
  if (q.actorId) conditions.push(eq(auditLog.actorId, q.actorId));
  if (q.action) conditions.push(eq(auditLog.action, q.action));
  if (q.objectType) conditions.push(eq(auditLog.objectType, q.objectType));
  if (q.objectId) conditions.push(eq(auditLog.objectId, q.objectId));
  if (q.from) conditions.push(gte(auditLog.createdAt, q.from));
  if (q.to) conditions.push(lte(auditLog.createdAt, q.to));
  const where = conditions.length ? and(...conditions) : undefined;
  const items = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog).where(where);
  return { items, total: count?.n ?? 0 };
}
