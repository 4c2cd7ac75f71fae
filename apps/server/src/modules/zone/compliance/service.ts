import { and, asc, desc, eq, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import type { ParamSet } from '../benefits/params.ts';
import { ledgerYearsOf, loadParamSet } from '../benefits/service.ts';
import { todayInTomsk } from '../common.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { factsFromReports, getResident, type ResidentRow } from '../reporting/service.ts';
import { zoneLeases, zoneResidentPlans, zoneResidents } from '../zone.tables.ts';
import {
  type CaseStatus,
  type ComplianceFlag,
  OPEN_REPORT_STATUSES,
  zoneComplianceCaseEvents,
  zoneComplianceCases,
  zoneCourtClaims,
  zoneProjectDeliverables,
  zoneRentInvoices,
  zoneReports,
} from '../zone-finance.tables.ts';
import {
  type ComplianceInput,
  type ComplianceThresholds,
  evaluateCompliance,
  type RaisedFlag,
} from './evaluate.ts';

export function thresholdsOn(p: ParamSet, day: string): ComplianceThresholds {
  return {
    capexTolerancePercent: Number(p.percent('t1_capex_tolerance', day) ?? '10'),
    persistentYears: p.count('t1_persistent_years', day) ?? 2,
    quartersWithoutActivity: p.count('t2_quarters', day) ?? 4,
    arrearsDays: p.count('t4_arrears_days', day) ?? 30,
    reportGraceDays: p.count('t5_grace_days', day) ?? 10,
  };
}

/** Gathers one resident's inputs for T1–T7 as of `today`. */
export async function complianceInput(
  db: Db,
  resident: ResidentRow,
  params: ParamSet,
  today: string,
): Promise<ComplianceInput> {
  const currentYear = Number(today.slice(0, 4));
  const sinceYear = Number(resident.since.slice(0, 4));
  // One after another: `db` may be a transaction, whose single connection runs one query at a time.
  const reports = await db.select().from(zoneReports).where(eq(zoneReports.residentId, resident.id));
  const plans = await db
    .select()
    .from(zoneResidentPlans)
    .where(eq(zoneResidentPlans.residentId, resident.id));
  const deliverables = await db
    .select()
    .from(zoneProjectDeliverables)
    .where(eq(zoneProjectDeliverables.residentId, resident.id));
  const invoices = await db
    .select()
    .from(zoneRentInvoices)
    .where(eq(zoneRentInvoices.residentId, resident.id));
  const claims = await db.select().from(zoneCourtClaims).where(eq(zoneCourtClaims.residentId, resident.id));
  const facts = factsFromReports(reports);
  // T1 looks at completed years from the first year with reported facts: earlier years are outside
  // the platform's record (a missing report is T5's business, not an investment shortfall).
  const firstFactYear = facts.length ? Math.min(...facts.map((f) => f.year)) : Number.POSITIVE_INFINITY;
  const completed = plans
    .filter((p) => p.year < currentYear && p.year >= Math.max(sinceYear, firstFactYear))
    .sort((a, b) => a.year - b.year);
  const lastCompleted = currentYear - 1;
  const ledger = lastCompleted >= sinceYear ? await ledgerYearsOf(db, resident, lastCompleted, params) : [];
  return {
    today,
    capexByYear: completed.map((p) => ({
      year: p.year,
      plannedKopecks: p.capexKopecks,
      actualKopecks: facts.find((f) => f.year === p.year)?.capexKopecks ?? 0,
    })),
    quarters: reports
      .filter((r) => r.kind === 'quarterly' && (r.status === 'submitted' || r.status === 'accepted'))
      .map((r) => ({
        period: r.period,
        year: r.year,
        quarter: r.quarter ?? 0,
        tvtRevenueKopecks: r.tvtRevenueKopecks ?? 0,
        rndKopecks: r.rndKopecks ?? 0,
      })),
    deliverables: deliverables.map((d) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      dueOn: d.dueOn,
      deliveredOn: d.deliveredOn,
    })),
    rentInvoices: invoices.map((i) => ({
      id: i.id,
      leaseId: i.leaseId,
      periodMonth: i.periodMonth,
      dueOn: i.dueOn,
      amountKopecks: i.amountKopecks,
      paidKopecks: i.paidKopecks,
    })),
    openReports: reports
      .filter((r) => OPEN_REPORT_STATUSES.includes(r.status))
      .map((r) => ({ id: r.id, period: r.period, dueOn: r.dueOn, status: r.status })),
    proportionality: ledger
      .filter((e) => e.proportionality.test !== 'not_applicable')
      .map((e) => ({
        year: e.year,
        test: e.proportionality.test,
        benefits: e.proportionality.window?.benefits ?? 0,
        investments: e.proportionality.window?.investments ?? 0,
      })),
    courtClaims: claims.map((c) => ({
      id: c.id,
      caseNumber: c.caseNumber,
      filedOn: c.filedOn,
      closedOn: c.closedOn,
    })),
  };
}

export interface EvaluationResult {
  residents: number;
  raised: number;
  opened: number;
  cleared: number;
}

/**
 * Evaluates T1–T7 for every resident not terminated (of one zone or all) and feeds the case queue:
 * a new (resident, flag, subject) opens a case; a known one gets fresh evidence (a dismissed or
 * resolved case stays closed); an open case whose condition no longer holds is marked
 * `condition_cleared_at` for the administrator to resolve.
 */
export async function runComplianceEvaluation(
  db: Db,
  audit: AuditContext,
  q: { zoneId?: string; today?: string } = {},
): Promise<EvaluationResult> {
  const today = q.today ?? todayInTomsk();
  const conditions: SQL[] = [ne(zoneResidents.status, 'terminated'), lte(zoneResidents.since, today)];
  if (q.zoneId) conditions.push(eq(zoneResidents.zoneId, q.zoneId));
  const residents = await db
    .select()
    .from(zoneResidents)
    .where(and(...conditions));
  const params = new Map<string, ParamSet>();
  const result: EvaluationResult = { residents: residents.length, raised: 0, opened: 0, cleared: 0 };
  for (const r of residents) {
    let p = params.get(r.zoneId);
    if (!p) {
      p = await loadParamSet(db, r.zoneId);
      params.set(r.zoneId, p);
    }
    const flags = evaluateCompliance(await complianceInput(db, r, p, today), thresholdsOn(p, today));
    result.raised += flags.length;
    result.opened += await upsertCases(db, audit, r.id, flags);
    result.cleared += await clearStale(db, audit, r.id, flags);
  }
  await recordAudit(db, audit, {
    action: 'zone.compliance.evaluate',
    objectType: 'zone_compliance',
    objectId: q.zoneId ?? null,
    details: { ...result, today },
  });
  return result;
}

async function upsertCases(
  db: Db,
  audit: AuditContext,
  residentId: string,
  flags: RaisedFlag[],
): Promise<number> {
  let opened = 0;
  for (const f of flags) {
    const [row] = await db
      .insert(zoneComplianceCases)
      .values({
        residentId,
        flag: f.flag,
        subjectKey: f.subjectKey,
        severity: f.severity,
        evidence: f.evidence,
      })
      .onConflictDoUpdate({
        target: [zoneComplianceCases.residentId, zoneComplianceCases.flag, zoneComplianceCases.subjectKey],
        set: {
          evidence: f.evidence,
          severity: f.severity,
          lastEvaluatedAt: new Date(),
          conditionClearedAt: null,
          updatedAt: new Date(),
        },
      })
      .returning({ id: zoneComplianceCases.id, inserted: sql<boolean>`(xmax = 0)` });
    if (row?.inserted) {
      opened++;
      await db.insert(zoneComplianceCaseEvents).values({
        caseId: row.id,
        action: 'opened',
        toStatus: 'open',
        actorId: audit.actorId,
        comment: null,
      });
    }
  }
  return opened;
}

async function clearStale(
  db: Db,
  audit: AuditContext,
  residentId: string,
  flags: RaisedFlag[],
): Promise<number> {
  const live = new Set(flags.map((f) => `${f.flag}|${f.subjectKey}`));
  const open = await db
    .select({
      id: zoneComplianceCases.id,
      flag: zoneComplianceCases.flag,
      subjectKey: zoneComplianceCases.subjectKey,
    })
    .from(zoneComplianceCases)
    .where(
      and(
        eq(zoneComplianceCases.residentId, residentId),
        inArray(zoneComplianceCases.status, ['open', 'acknowledged']),
        isNull(zoneComplianceCases.conditionClearedAt),
      ),
    );
  const stale = open.filter((c) => !live.has(`${c.flag}|${c.subjectKey}`));
  for (const c of stale) {
    await db
      .update(zoneComplianceCases)
      .set({ conditionClearedAt: new Date(), updatedAt: new Date() })
      .where(eq(zoneComplianceCases.id, c.id));
    await db
      .insert(zoneComplianceCaseEvents)
      .values({ caseId: c.id, action: 'condition_cleared', actorId: audit.actorId });
  }
  return stale.length;
}

// ───────────────────────────── case queue ─────────────────────────────

export interface CaseQuery {
  zoneId?: string;
  residentId?: string;
  flag?: ComplianceFlag;
  status?: CaseStatus;
  assigneeId?: string;
  page: number;
  pageSize: number;
}

export async function listCases(db: Db, q: CaseQuery) {
  const conditions: SQL[] = [];
  if (q.zoneId) conditions.push(eq(zoneResidents.zoneId, q.zoneId));
  if (q.residentId) conditions.push(eq(zoneComplianceCases.residentId, q.residentId));
  if (q.flag) conditions.push(eq(zoneComplianceCases.flag, q.flag));
  if (q.status) conditions.push(eq(zoneComplianceCases.status, q.status));
  if (q.assigneeId) conditions.push(eq(zoneComplianceCases.assigneeId, q.assigneeId));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select({
      c: zoneComplianceCases,
      organizationId: zoneResidents.organizationId,
      registerNumber: zoneResidents.registerNumber,
    })
    .from(zoneComplianceCases)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneComplianceCases.residentId))
    .where(where)
    .orderBy(
      asc(sql`case ${zoneComplianceCases.status} when 'open' then 0 when 'acknowledged' then 1 else 2 end`),
      desc(zoneComplianceCases.createdAt),
      asc(zoneComplianceCases.id),
    )
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(zoneComplianceCases)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneComplianceCases.residentId))
    .where(where);
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  return {
    items: rows.map((r) => ({
      ...r.c,
      organizationId: r.organizationId,
      organizationName: orgs.get(r.organizationId)?.name ?? '',
      registerNumber: r.registerNumber,
    })),
    total: count?.n ?? 0,
  };
}

export async function getCase(db: Db, id: string) {
  const [row] = await db.select().from(zoneComplianceCases).where(eq(zoneComplianceCases.id, id));
  if (!row) throw notFound('compliance case', 'zone.case_not_found');
  const events = await db
    .select()
    .from(zoneComplianceCaseEvents)
    .where(eq(zoneComplianceCaseEvents.caseId, id))
    .orderBy(asc(zoneComplianceCaseEvents.createdAt), asc(zoneComplianceCaseEvents.id));
  return { ...row, events };
}

export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['acknowledged', 'resolved', 'dismissed'],
  acknowledged: ['open', 'resolved', 'dismissed'],
  resolved: ['open'],
  dismissed: ['open'],
};

export async function changeCaseStatus(
  db: Db,
  audit: AuditContext,
  id: string,
  to: CaseStatus,
  comment: string,
) {
  const current = await getCase(db, id);
  if (!CASE_TRANSITIONS[current.status].includes(to)) {
    throw conflict('zone.case_transition', `A ${current.status} case cannot become ${to}`);
  }
  const closing = to === 'resolved' || to === 'dismissed';
  const [row] = await db
    .update(zoneComplianceCases)
    .set({ status: to, closedAt: closing ? new Date() : null, updatedAt: new Date() })
    .where(and(eq(zoneComplianceCases.id, id), eq(zoneComplianceCases.status, current.status)))
    .returning();
  if (!row) throw conflict('zone.case_transition', 'The case was changed meanwhile');
  await db.insert(zoneComplianceCaseEvents).values({
    caseId: id,
    action: 'status',
    fromStatus: current.status,
    toStatus: to,
    comment,
    actorId: audit.actorId,
  });
  await recordAudit(db, audit, {
    action: 'zone.compliance_case.status',
    objectType: 'zone_compliance_case',
    objectId: id,
    details: { from: current.status, to, comment, flag: current.flag },
  });
  return getCase(db, id);
}

export async function assignCase(
  db: Db,
  audit: AuditContext,
  id: string,
  assigneeId: string | null,
  comment: string | null,
) {
  const current = await getCase(db, id);
  await db
    .update(zoneComplianceCases)
    .set({ assigneeId, updatedAt: new Date() })
    .where(eq(zoneComplianceCases.id, id));
  await db.insert(zoneComplianceCaseEvents).values({
    caseId: id,
    action: 'assigned',
    comment: comment ?? (assigneeId ? `→ ${assigneeId}` : 'unassigned'),
    actorId: audit.actorId,
  });
  await recordAudit(db, audit, {
    action: 'zone.compliance_case.assign',
    objectType: 'zone_compliance_case',
    objectId: id,
    details: { from: current.assigneeId, to: assigneeId },
  });
  return getCase(db, id);
}

// ───────────────────────────── inputs: court claims (T7), deliverables (T3), rent (T4) ─────────────────────────────

/** T7: a pending court claim to terminate the agreement freezes amendments. */
export async function hasPendingTerminationClaim(db: Db, residentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: zoneCourtClaims.id })
    .from(zoneCourtClaims)
    .where(and(eq(zoneCourtClaims.residentId, residentId), isNull(zoneCourtClaims.closedOn)))
    .limit(1);
  return !!row;
}

export async function assertNoPendingTerminationClaim(db: Db, residentId: string): Promise<void> {
  if (await hasPendingTerminationClaim(db, residentId)) {
    throw new AppError(
      'unprocessable',
      'zone.amendment_frozen',
      'A court claim to terminate the agreement is pending: amendments are frozen',
    );
  }
}

export async function createCourtClaim(
  db: Db,
  audit: AuditContext,
  residentId: string,
  input: { claimant: 'management_company' | 'ministry' | 'other'; caseNumber: string; filedOn: string },
) {
  await getResident(db, residentId);
  const [row] = await db
    .insert(zoneCourtClaims)
    .values({ residentId, ...input })
    .returning();
  await recordAudit(db, audit, {
    action: 'zone.court_claim.create',
    objectType: 'zone_court_claim',
    objectId: row?.id ?? null,
    details: { residentId, ...input },
  });
  return row as typeof zoneCourtClaims.$inferSelect;
}

export async function closeCourtClaim(
  db: Db,
  audit: AuditContext,
  id: string,
  input: { closedOn: string; outcome: string },
) {
  const [row] = await db
    .update(zoneCourtClaims)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(zoneCourtClaims.id, id), isNull(zoneCourtClaims.closedOn)))
    .returning();
  if (!row) throw notFound('open court claim', 'zone.court_claim_not_found');
  await recordAudit(db, audit, {
    action: 'zone.court_claim.close',
    objectType: 'zone_court_claim',
    objectId: id,
    details: { ...input },
  });
  return row;
}

export async function createDeliverable(
  db: Db,
  audit: AuditContext,
  residentId: string,
  input: { kind: 'project_documentation' | 'engineering_survey'; title: string; dueOn: string },
) {
  await getResident(db, residentId);
  const [row] = await db
    .insert(zoneProjectDeliverables)
    .values({ residentId, ...input })
    .returning();
  await recordAudit(db, audit, {
    action: 'zone.deliverable.create',
    objectType: 'zone_project_deliverable',
    objectId: row?.id ?? null,
    details: { residentId, ...input },
  });
  return row as typeof zoneProjectDeliverables.$inferSelect;
}

export async function markDelivered(db: Db, audit: AuditContext, id: string, deliveredOn: string) {
  const [row] = await db
    .update(zoneProjectDeliverables)
    .set({ deliveredOn, updatedAt: new Date() })
    .where(eq(zoneProjectDeliverables.id, id))
    .returning();
  if (!row) throw notFound('deliverable', 'zone.deliverable_not_found');
  await recordAudit(db, audit, {
    action: 'zone.deliverable.delivered',
    objectType: 'zone_project_deliverable',
    objectId: id,
    details: { deliveredOn },
  });
  return row;
}

/** Bills one month of a lease (T4 input); idempotent per (lease, month). */
export async function createRentInvoice(
  db: Db,
  audit: AuditContext,
  input: { leaseId: string; periodMonth: string; dueOn: string; amountKopecks?: number },
) {
  const [lease] = await db.select().from(zoneLeases).where(eq(zoneLeases.id, input.leaseId));
  if (!lease) throw notFound('lease', 'zone.lease_not_found');
  const [row] = await db
    .insert(zoneRentInvoices)
    .values({
      leaseId: lease.id,
      residentId: lease.residentId,
      periodMonth: input.periodMonth,
      dueOn: input.dueOn,
      amountKopecks: input.amountKopecks ?? lease.monthlyRentKopecks,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw conflict('zone.invoice_exists', 'This month of the lease is already billed');
  await recordAudit(db, audit, {
    action: 'zone.rent_invoice.create',
    objectType: 'zone_rent_invoice',
    objectId: row.id,
    details: { ...input },
  });
  return row;
}

export async function recordRentPayment(
  db: Db,
  audit: AuditContext,
  id: string,
  input: { paidOn: string; amountKopecks: number },
) {
  const [row] = await db
    .update(zoneRentInvoices)
    .set({
      paidKopecks: sql`${zoneRentInvoices.paidKopecks} + ${input.amountKopecks}`,
      paidOn: input.paidOn,
      updatedAt: new Date(),
    })
    .where(eq(zoneRentInvoices.id, id))
    .returning();
  if (!row) throw notFound('invoice', 'zone.invoice_not_found');
  await recordAudit(db, audit, {
    action: 'zone.rent_invoice.payment',
    objectType: 'zone_rent_invoice',
    objectId: id,
    details: { ...input },
  });
  return row;
}

export const deliverablesOf = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneProjectDeliverables)
    .where(eq(zoneProjectDeliverables.residentId, residentId))
    .orderBy(asc(zoneProjectDeliverables.dueOn));
export const courtClaimsOf = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneCourtClaims)
    .where(eq(zoneCourtClaims.residentId, residentId))
    .orderBy(desc(zoneCourtClaims.filedOn));
export const rentInvoicesOf = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneRentInvoices)
    .where(eq(zoneRentInvoices.residentId, residentId))
    .orderBy(desc(zoneRentInvoices.periodMonth));
