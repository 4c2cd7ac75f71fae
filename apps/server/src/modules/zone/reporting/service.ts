import { and, asc, desc, eq, gt, inArray, isNull, lt, lte, ne, or, type SQL, sql } from 'drizzle-orm';
import { inTransaction } from '../../../lib/db/transaction.ts';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict, notFound } from '../../../lib/errors.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { todayInTomsk } from '../common.ts';
import { memberRecipients, organizationFactsMany } from '../directory-port.ts';
import { zoneResidentPlans, zoneResidents } from '../zone.tables.ts';
import {
  OPEN_REPORT_STATUSES,
  type ReportStatus,
  zoneReportingCalendars,
  zoneReportReminders,
  zoneReports,
} from '../zone-finance.tables.ts';
import {
  type CalendarRule,
  currentQuarter,
  dueDate,
  lastClosedPeriods,
  parsePeriod,
  type ReportPeriod,
  reminderStage,
} from './calendar.ts';
import { reportReminderTemplate, reportReturnedTemplate } from './mail-templates.ts';
import { REQUIRED_ALWAYS, REQUIRED_ANNUAL, type ReportDraft } from './schemas.ts';

export type ReportRow = typeof zoneReports.$inferSelect;
export type ResidentRow = typeof zoneResidents.$inferSelect;

const SUBMITTED: ReportStatus[] = ['submitted', 'accepted'];

export async function getResident(db: Db, residentId: string): Promise<ResidentRow> {
  const [row] = await db.select().from(zoneResidents).where(eq(zoneResidents.id, residentId));
  if (!row) throw notFound('resident', 'zone.resident_not_found');
  return row;
}

// ───────────────────────────── calendar ─────────────────────────────

export type CalendarRow = typeof zoneReportingCalendars.$inferSelect;

/** The calendar in force on `day` for a zone: the zone's own version, else the default (zone_id null). */
export async function calendarFor(
  db: Db,
  zoneId: string,
  day: string,
): Promise<CalendarRule & { id: string }> {
  const rows = await db
    .select()
    .from(zoneReportingCalendars)
    .where(
      and(
        or(eq(zoneReportingCalendars.zoneId, zoneId), isNull(zoneReportingCalendars.zoneId)),
        lte(zoneReportingCalendars.effectiveFrom, day),
        or(isNull(zoneReportingCalendars.effectiveTo), gt(zoneReportingCalendars.effectiveTo, day)),
      ),
    );
  const row = rows.find((r) => r.zoneId !== null) ?? rows[0];
  if (!row)
    throw new AppError(
      'unprocessable',
      'zone.no_reporting_calendar',
      `No reporting calendar is in force on ${day}`,
    );
  return row;
}

export const listCalendars = (db: Db, zoneId?: string) =>
  db
    .select()
    .from(zoneReportingCalendars)
    .where(
      zoneId
        ? or(eq(zoneReportingCalendars.zoneId, zoneId), isNull(zoneReportingCalendars.zoneId))
        : undefined,
    )
    .orderBy(asc(zoneReportingCalendars.zoneId), asc(zoneReportingCalendars.effectiveFrom));

export interface CalendarInput {
  zoneId: string | null;
  quarterlyDueDays: number;
  annualDueMonth: number;
  annualDueDay: number;
  remindBeforeDays: number[];
  remindAfterDays: number[];
  effectiveFrom: string;
  source: string;
  confidence: 'stated' | 'unconfirmed';
}

/**
 * A new calendar version from `effectiveFrom`: the version of the same zone in force that day ends
 * there; the new one runs until the next later version. Obligations already generated keep their
 * due dates.
 */
export async function createCalendarVersion(
  db: Db,
  audit: AuditContext,
  input: CalendarInput,
): Promise<CalendarRow> {
  const sameZone = input.zoneId
    ? eq(zoneReportingCalendars.zoneId, input.zoneId)
    : isNull(zoneReportingCalendars.zoneId);
  const [next] = await db
    .select({ from: zoneReportingCalendars.effectiveFrom })
    .from(zoneReportingCalendars)
    .where(and(sameZone, gt(zoneReportingCalendars.effectiveFrom, input.effectiveFrom)))
    .orderBy(asc(zoneReportingCalendars.effectiveFrom))
    .limit(1);
  await db
    .update(zoneReportingCalendars)
    .set({ effectiveTo: input.effectiveFrom, updatedAt: new Date() })
    .where(
      and(
        sameZone,
        lt(zoneReportingCalendars.effectiveFrom, input.effectiveFrom),
        or(
          isNull(zoneReportingCalendars.effectiveTo),
          gt(zoneReportingCalendars.effectiveTo, input.effectiveFrom),
        ),
      ),
    );
  const [row] = await db
    .insert(zoneReportingCalendars)
    .values({ ...input, effectiveTo: next?.from ?? null, updatedBy: audit.actorId })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.reporting_calendar.create',
    objectType: 'zone_reporting_calendar',
    objectId: row.id,
    details: { ...input },
  });
  return row;
}

// ───────────────────────────── obligations ─────────────────────────────

const LIVE_STATUSES = ['registered', 'active', 'amendment_pending'] as const;

/**
 * Creates the report obligation of `period` for every resident of the zone (or of every zone) that
 * is not terminated and held its status by the end of the period. Idempotent: the unique
 * (resident, period) index makes a second run create nothing.
 */
export async function generateObligations(
  db: Db,
  input: { period: string; zoneId?: string | null; residentId?: string },
): Promise<{ period: string; created: number; existing: number }> {
  const period = parsePeriod(input.period);
  if (!period)
    throw new AppError('invalid', 'zone.bad_period', 'Period must look like 2025-Q3 or 2025', [
      { field: 'body.period', message: 'Use YYYY-Qn or YYYY' },
    ]);
  const conditions: SQL[] = [
    inArray(zoneResidents.status, [...LIVE_STATUSES]),
    lte(zoneResidents.since, period.end),
  ];
  if (input.zoneId) conditions.push(eq(zoneResidents.zoneId, input.zoneId));
  if (input.residentId) conditions.push(eq(zoneResidents.id, input.residentId));
  const residents = await db
    .select({ id: zoneResidents.id, zoneId: zoneResidents.zoneId })
    .from(zoneResidents)
    .where(and(...conditions));
  const rules = new Map<string, CalendarRule>();
  let created = 0;
  for (const r of residents) {
    let rule = rules.get(r.zoneId);
    if (!rule) {
      rule = await calendarFor(db, r.zoneId, period.end);
      rules.set(r.zoneId, rule);
    }
    const inserted = await db
      .insert(zoneReports)
      .values(obligationValues(r.id, period, rule))
      .onConflictDoNothing({ target: [zoneReports.residentId, zoneReports.period] })
      .returning({ id: zoneReports.id });
    created += inserted.length;
  }
  return { period: period.period, created, existing: residents.length - created };
}

export function obligationValues(residentId: string, period: ReportPeriod, rule: CalendarRule) {
  return {
    residentId,
    kind: period.kind,
    period: period.period,
    year: period.year,
    quarter: period.quarter,
    periodStart: period.start,
    periodEnd: period.end,
    dueOn: dueDate(period, rule),
  };
}

/**
 * For the interval job: obligations of the periods that have just closed, and of the quarter under
 * way, so every resident sees its next report and due date ahead (reminders start 7 days before).
 */
export async function generateDueObligations(db: Db, now: Date = new Date()) {
  const today = todayInTomsk(now);
  const out = [];
  for (const p of [...lastClosedPeriods(today), currentQuarter(today)])
    out.push(await generateObligations(db, { period: p.period }));
  return out;
}

/** A resident that starts work reports from the quarter under way (called on activation). */
export async function startReporting(db: Db, residentId: string, today: string = todayInTomsk()) {
  return generateObligations(db, { period: currentQuarter(today).period, residentId });
}

// ───────────────────────────── overdue gating ─────────────────────────────

function overdueWhere(residentId: string, today: string): SQL {
  return and(
    eq(zoneReports.residentId, residentId),
    inArray(zoneReports.status, [...OPEN_REPORT_STATUSES]),
    lt(zoneReports.dueOn, today),
  ) as SQL;
}

export async function overdueReports(db: Db, residentId: string, today: string = todayInTomsk()) {
  return db
    .select({
      id: zoneReports.id,
      period: zoneReports.period,
      dueOn: zoneReports.dueOn,
      status: zoneReports.status,
    })
    .from(zoneReports)
    .where(overdueWhere(residentId, today))
    .orderBy(asc(zoneReports.dueOn));
}

/** A report is overdue when it is not submitted (due, draft or returned) and its due date has passed. */
export async function hasOverdueReports(
  db: Db,
  residentId: string,
  today: string = todayInTomsk(),
): Promise<boolean> {
  const [row] = await db
    .select({ id: zoneReports.id })
    .from(zoneReports)
    .where(overdueWhere(residentId, today))
    .limit(1);
  return !!row;
}

/** Gate for new service requests (leases, amendments): refuses while a report is overdue. */
export async function assertNoOverdueReports(
  db: Db,
  residentId: string,
  today: string = todayInTomsk(),
): Promise<void> {
  const list = await overdueReports(db, residentId, today);
  if (list.length > 0) {
    throw new AppError(
      'unprocessable',
      'zone.reports_overdue',
      `The resident has overdue reports (${list.map((r) => r.period).join(', ')}); file them first`,
      list.map((r) => ({ field: `reports.${r.period}`, message: `due ${r.dueOn}`, code: 'overdue' })),
    );
  }
}

// ───────────────────────────── reports ─────────────────────────────

export const isOverdue = (r: Pick<ReportRow, 'status' | 'dueOn'>, today: string) =>
  OPEN_REPORT_STATUSES.includes(r.status) && r.dueOn < today;

export function reportView(r: ReportRow, today: string = todayInTomsk()) {
  return { ...r, overdue: isOverdue(r, today) };
}

export async function getReport(db: Db, reportId: string): Promise<ReportRow> {
  const [row] = await db.select().from(zoneReports).where(eq(zoneReports.id, reportId));
  if (!row) throw notFound('report', 'zone.report_not_found');
  return row;
}

export const reportsOfResident = (db: Db, residentId: string) =>
  db
    .select()
    .from(zoneReports)
    .where(eq(zoneReports.residentId, residentId))
    .orderBy(desc(zoneReports.periodEnd), asc(zoneReports.kind));

export interface ReportListQuery {
  zoneId?: string;
  residentId?: string;
  period?: string;
  status?: ReportStatus;
  overdue?: boolean;
  page: number;
  pageSize: number;
}

export async function listReports(db: Db, q: ReportListQuery, today: string = todayInTomsk()) {
  const conditions: SQL[] = [];
  if (q.zoneId) conditions.push(eq(zoneResidents.zoneId, q.zoneId));
  if (q.residentId) conditions.push(eq(zoneReports.residentId, q.residentId));
  if (q.period) conditions.push(eq(zoneReports.period, q.period));
  if (q.status) conditions.push(eq(zoneReports.status, q.status));
  if (q.overdue === true)
    conditions.push(inArray(zoneReports.status, [...OPEN_REPORT_STATUSES]), lt(zoneReports.dueOn, today));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select({ report: zoneReports, organizationId: zoneResidents.organizationId })
    .from(zoneReports)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneReports.residentId))
    .where(where)
    .orderBy(desc(zoneReports.dueOn), asc(zoneReports.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(zoneReports)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneReports.residentId))
    .where(where);
  const orgs = await organizationFactsMany(db, [...new Set(rows.map((r) => r.organizationId))]);
  return {
    items: rows.map((r) => ({
      ...reportView(r.report, today),
      organizationId: r.organizationId,
      organizationName: orgs.get(r.organizationId)?.name ?? '',
    })),
    total: count?.n ?? 0,
  };
}

const EDITABLE: ReportStatus[] = ['due', 'draft', 'returned'];

/** Saves the form as a draft (members of the resident's organization). */
export async function saveDraft(
  db: Db,
  audit: AuditContext,
  report: ReportRow,
  draft: ReportDraft,
): Promise<ReportRow> {
  if (!EDITABLE.includes(report.status))
    throw conflict('zone.report_not_editable', `A ${report.status} report cannot be edited`);
  if (draft.version !== undefined && draft.version !== report.version) {
    throw conflict('zone.report_version', 'The report was changed meanwhile; reload it');
  }
  const { version: _v, ...fields } = draft;
  if (report.kind === 'quarterly') {
    for (const k of ['sezProfitBaseKopecks', 'payrollUnderCapKopecks', 'payrollAboveCapKopecks'] as const) {
      if (fields[k] !== undefined && fields[k] !== null) {
        throw new AppError('invalid', 'zone.annual_field', 'Tax bases belong to the annual report', [
          { field: `body.${k}`, message: 'only in the annual report' },
        ]);
      }
    }
  }
  const [row] = await db
    .update(zoneReports)
    .set({ ...fields, status: 'draft', version: sql`${zoneReports.version} + 1`, updatedAt: new Date() })
    .where(and(eq(zoneReports.id, report.id), eq(zoneReports.version, report.version)))
    .returning();
  if (!row) throw conflict('zone.report_version', 'The report was changed meanwhile; reload it');
  await recordAudit(db, audit, {
    action: 'zone.report.save',
    objectType: 'zone_report',
    objectId: report.id,
    details: { fields: Object.keys(fields) },
  });
  return row;
}

export async function submitReport(db: Db, audit: AuditContext, report: ReportRow): Promise<ReportRow> {
  if (!EDITABLE.includes(report.status))
    throw conflict('zone.report_not_editable', `A ${report.status} report cannot be submitted`);
  const required: readonly (keyof ReportRow)[] =
    report.kind === 'annual' ? [...REQUIRED_ALWAYS, ...REQUIRED_ANNUAL] : REQUIRED_ALWAYS;
  const missing = required.filter((k) => report[k] === null || report[k] === undefined);
  if (missing.length > 0) {
    throw new AppError(
      'unprocessable',
      'zone.report_incomplete',
      'Fill in every required figure before submitting',
      missing.map((k) => ({ field: `body.${String(k)}`, message: 'is required', code: 'required' })),
    );
  }
  const [row] = await db
    .update(zoneReports)
    .set({
      status: 'submitted',
      submittedAt: new Date(),
      submittedBy: audit.actorId,
      version: sql`${zoneReports.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(zoneReports.id, report.id), eq(zoneReports.version, report.version)))
    .returning();
  if (!row) throw conflict('zone.report_version', 'The report was changed meanwhile; reload it');
  await recordAudit(db, audit, {
    action: 'zone.report.submit',
    objectType: 'zone_report',
    objectId: report.id,
    details: { period: report.period },
  });
  return row;
}

/** Accept or return a submitted report (zone administrators); a return needs a comment and notifies the members. */
export async function reviewReport(
  db: Db,
  deps: { audit: AuditContext; mailer: Mailer; baseUrl: string },
  report: ReportRow,
  decision: 'accept' | 'return',
  comment: string | null,
): Promise<ReportRow> {
  if (report.status !== 'submitted')
    throw conflict(
      'zone.report_not_submitted',
      `Only a submitted report can be reviewed (it is ${report.status})`,
    );
  if (decision === 'return' && !comment?.trim()) {
    throw new AppError('invalid', 'zone.comment_required', 'Say what to correct', [
      { field: 'body.comment', message: 'is required' },
    ]);
  }
  const [row] = await db
    .update(zoneReports)
    .set({
      status: decision === 'accept' ? 'accepted' : 'returned',
      reviewedAt: new Date(),
      reviewedBy: deps.audit.actorId,
      reviewComment: comment,
      version: sql`${zoneReports.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(zoneReports.id, report.id), eq(zoneReports.status, 'submitted')))
    .returning();
  if (!row) throw conflict('zone.report_not_submitted', 'The report was reviewed meanwhile');
  await recordAudit(db, deps.audit, {
    action: `zone.report.${decision}`,
    objectType: 'zone_report',
    objectId: report.id,
    details: { period: report.period, comment },
  });
  if (decision === 'return') {
    const resident = await getResident(db, report.residentId);
    const company =
      (await organizationFactsMany(db, [resident.organizationId])).get(resident.organizationId)?.name ?? '';
    for (const to of await memberRecipients(db, resident.organizationId)) {
      await deps.mailer.enqueue(db, {
        to: to.email,
        locale: to.locale,
        template: reportReturnedTemplate,
        params: {
          name: to.name,
          company,
          period: report.period,
          comment: comment ?? '',
          url: `${deps.baseUrl}/zone/reports/${report.id}`,
        },
      });
    }
  }
  return row;
}

// ───────────────────────────── reminders ─────────────────────────────

/**
 * Mails the members of each resident whose report is still open: before the due date and after it
 * (stages from the zone's calendar). Idempotent per (report, stage): the stage row is inserted with
 * the mail in one transaction, and a second run finds it and sends nothing. Run by an in-process
 * interval (see the report of issue 3 for the wiring in server.ts).
 */
export async function sendReportReminders(
  db: Db,
  mailer: Mailer,
  now: Date = new Date(),
  baseUrl = '',
): Promise<{ reminders: number; mails: number }> {
  const today = todayInTomsk(now);
  const horizon = new Date(`${today}T00:00:00Z`);
  horizon.setUTCDate(horizon.getUTCDate() + 60);
  const rows = await db
    .select({
      report: zoneReports,
      zoneId: zoneResidents.zoneId,
      organizationId: zoneResidents.organizationId,
    })
    .from(zoneReports)
    .innerJoin(zoneResidents, eq(zoneResidents.id, zoneReports.residentId))
    .where(
      and(
        inArray(zoneReports.status, [...OPEN_REPORT_STATUSES]),
        lte(zoneReports.dueOn, horizon.toISOString().slice(0, 10)),
        ne(zoneResidents.status, 'terminated'),
      ),
    )
    .orderBy(asc(zoneReports.dueOn), asc(zoneReports.id));
  const rules = new Map<string, CalendarRule>();
  let reminders = 0;
  let mails = 0;
  for (const { report, zoneId, organizationId } of rows) {
    const key = `${zoneId}|${report.periodEnd}`;
    let rule = rules.get(key);
    if (!rule) {
      rule = await calendarFor(db, zoneId, report.periodEnd).catch(() => ({
        quarterlyDueDays: 0,
        annualDueMonth: 1,
        annualDueDay: 1,
        remindBeforeDays: [],
        remindAfterDays: [],
      }));
      rules.set(key, rule);
    }
    const stage = reminderStage(today, report.dueOn, rule);
    if (!stage) continue;
    const sent = await inTransaction(db, async (tx) => {
      const [mark] = await tx
        .insert(zoneReportReminders)
        .values({ reportId: report.id, stage })
        .onConflictDoNothing()
        .returning({ id: zoneReportReminders.id });
      if (!mark) return null;
      const company = (await organizationFactsMany(tx, [organizationId])).get(organizationId)?.name ?? '';
      const recipients = await memberRecipients(tx, organizationId);
      const daysLeft = Math.round(
        (Date.parse(`${report.dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
      );
      for (const to of recipients) {
        await mailer.enqueue(tx, {
          to: to.email,
          locale: to.locale,
          template: reportReminderTemplate,
          params: {
            name: to.name,
            company,
            period: report.period,
            dueOn: report.dueOn,
            daysLeft,
            url: `${baseUrl}/zone/reports/${report.id}`,
          },
        });
      }
      await tx
        .update(zoneReportReminders)
        .set({ recipients: recipients.length })
        .where(eq(zoneReportReminders.id, mark.id));
      return recipients.length;
    });
    if (sent === null) continue;
    // A stage counts as done even when the organization has no member to write to.
    reminders += 1;
    mails += sent;
  }
  return { reminders, mails };
}

// ───────────────────────────── facts and plan vs fact ─────────────────────────────

export interface YearFacts {
  residentId: string;
  year: number;
  /** Where the figures come from: the annual report, or the sum of the quarterly ones. */
  source: 'annual' | 'quarterly';
  quarters: number;
  capexKopecks: number;
  rndKopecks: number;
  investmentKopecks: number;
  revenueKopecks: number;
  tvtRevenueKopecks: number;
  exportsKopecks: number;
  taxesPaidKopecks: number;
  benefitsUsedKopecks: number;
  /** Headcount at the end of the year (latest report): the jobs figure compared with the plan. */
  jobs: number;
  newJobs: number;
  avgMonthlyWageKopecks: number;
}

const n0 = (v: number | null | undefined) => v ?? 0;

/** Facts from submitted or accepted reports: the annual report when there is one, else the quarters summed. */
export function factsFromReports(reports: readonly ReportRow[]): YearFacts[] {
  const byKey = new Map<string, ReportRow[]>();
  for (const r of reports) {
    if (!SUBMITTED.includes(r.status)) continue;
    const key = `${r.residentId}|${r.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const out: YearFacts[] = [];
  for (const list of byKey.values()) {
    const first = list[0] as ReportRow;
    const annual = list.find((r) => r.kind === 'annual');
    const quarters = list.filter((r) => r.kind === 'quarterly').sort((a, b) => n0(a.quarter) - n0(b.quarter));
    const src = annual ? [annual] : quarters;
    const sum = (k: keyof ReportRow) => src.reduce((s, r) => s + n0(r[k] as number | null), 0);
    const last = annual ?? quarters[quarters.length - 1];
    const wages = src.filter((r) => r.avgMonthlyWageKopecks !== null);
    out.push({
      residentId: first.residentId,
      year: first.year,
      source: annual ? 'annual' : 'quarterly',
      quarters: quarters.length,
      capexKopecks: sum('capexKopecks'),
      rndKopecks: sum('rndKopecks'),
      investmentKopecks: sum('investmentKopecks'),
      revenueKopecks: sum('revenueKopecks'),
      tvtRevenueKopecks: sum('tvtRevenueKopecks'),
      exportsKopecks: sum('exportsKopecks'),
      taxesPaidKopecks: sum('taxesPaidKopecks'),
      benefitsUsedKopecks: sum('benefitsUsedKopecks'),
      jobs: n0(last?.headcount),
      newJobs: sum('newJobs'),
      avgMonthlyWageKopecks: wages.length
        ? Math.round(wages.reduce((s, r) => s + n0(r.avgMonthlyWageKopecks), 0) / wages.length)
        : 0,
    });
  }
  return out.sort((a, b) =>
    a.residentId === b.residentId ? a.year - b.year : a.residentId < b.residentId ? -1 : 1,
  );
}

/** Reported facts of every resident by year (part A's register statistics read these). */
export async function factsByResidentYear(db: Db, residentIds?: string[]): Promise<YearFacts[]> {
  const where = and(
    inArray(zoneReports.status, SUBMITTED),
    residentIds
      ? inArray(
          zoneReports.residentId,
          residentIds.length ? residentIds : ['00000000-0000-0000-0000-000000000000'],
        )
      : undefined,
  );
  return factsFromReports(await db.select().from(zoneReports).where(where));
}

const ratio = (actual: number, planned: number) =>
  planned > 0 ? Math.round((actual / planned) * 10_000) / 10_000 : null;

/** Plan (the agreement's business plan) against reported facts, per year and cumulative (DOMAIN §6.5 plan_attainment). */
export async function planVsFact(db: Db, residentId: string) {
  const plans = await db
    .select()
    .from(zoneResidentPlans)
    .where(eq(zoneResidentPlans.residentId, residentId))
    .orderBy(asc(zoneResidentPlans.year));
  const facts = await factsByResidentYear(db, [residentId]);
  const years = [...new Set([...plans.map((p) => p.year), ...facts.map((f) => f.year)])].sort(
    (a, b) => a - b,
  );
  const cum = {
    plannedCapex: 0,
    actualCapex: 0,
    plannedRnd: 0,
    actualRnd: 0,
    plannedRevenue: 0,
    actualRevenue: 0,
  };
  return years.map((year) => {
    const p = plans.find((x) => x.year === year);
    const f = facts.find((x) => x.year === year);
    const row = {
      year,
      /** The business plan has this year (otherwise `planned` holds zeros). */
      hasPlan: p !== undefined,
      planned: {
        capexKopecks: n0(p?.capexKopecks),
        rndKopecks: n0(p?.rndKopecks),
        jobs: n0(p?.jobs),
        revenueKopecks: n0(p?.revenueKopecks),
      },
      actual: f
        ? {
            capexKopecks: f.capexKopecks,
            rndKopecks: f.rndKopecks,
            jobs: f.jobs,
            revenueKopecks: f.revenueKopecks,
          }
        : null,
      factsSource: f?.source ?? null,
    };
    cum.plannedCapex += row.planned.capexKopecks;
    cum.plannedRnd += row.planned.rndKopecks;
    cum.plannedRevenue += row.planned.revenueKopecks;
    cum.actualCapex += n0(f?.capexKopecks);
    cum.actualRnd += n0(f?.rndKopecks);
    cum.actualRevenue += n0(f?.revenueKopecks);
    return {
      ...row,
      // No report for the year is no fact, not 0 %: attainment is unknown then.
      attainment: f
        ? {
            capex: ratio(f.capexKopecks, row.planned.capexKopecks),
            rnd: ratio(f.rndKopecks, row.planned.rndKopecks),
            jobs: ratio(f.jobs, row.planned.jobs),
            revenue: ratio(f.revenueKopecks, row.planned.revenueKopecks),
          }
        : { capex: null, rnd: null, jobs: null, revenue: null },
      cumulative: {
        plannedCapexKopecks: cum.plannedCapex,
        actualCapexKopecks: cum.actualCapex,
        capex: ratio(cum.actualCapex, cum.plannedCapex),
        plannedRndKopecks: cum.plannedRnd,
        actualRndKopecks: cum.actualRnd,
        rnd: ratio(cum.actualRnd, cum.plannedRnd),
        plannedRevenueKopecks: cum.plannedRevenue,
        actualRevenueKopecks: cum.actualRevenue,
        revenue: ratio(cum.actualRevenue, cum.plannedRevenue),
      },
    };
  });
}
