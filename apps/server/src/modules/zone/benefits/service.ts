import { and, asc, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict, forbidden, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { todayInTomsk } from '../common.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { factsFromReports, getResident, type ReportRow, type ResidentRow } from '../reporting/service.ts';
import { zoneResidentPlans, zoneResidents } from '../zone.tables.ts';
import {
  type ParamStatus,
  zoneBenefitLedger,
  zoneFinanceParams,
  zoneReports,
  zoneResidentTaxProfiles,
} from '../zone-finance.tables.ts';
import {
  addYears,
  insuranceSaving,
  type LedgerYearInput,
  type LedgerYearResult,
  landSaving,
  ledgerSeries,
  type ProportionalityMode,
  profitSaving,
  propertySaving,
  taxPeriodIndex,
  transportSaving,
} from './calculators.ts';
import { PARAM_DEFS, type ParamCode, type ParamRow, ParamSet } from './params.ts';

// ───────────────────────────── parameters ─────────────────────────────

const paramColumns = {
  id: zoneFinanceParams.id,
  zoneId: zoneFinanceParams.zoneId,
  code: zoneFinanceParams.code,
  tierFrom: zoneFinanceParams.tierFrom,
  tierTo: zoneFinanceParams.tierTo,
  ratePercent: zoneFinanceParams.ratePercent,
  amountKopecks: zoneFinanceParams.amountKopecks,
  count: zoneFinanceParams.count,
  textValue: zoneFinanceParams.textValue,
  effectiveFrom: zoneFinanceParams.effectiveFrom,
  effectiveTo: zoneFinanceParams.effectiveTo,
  source: zoneFinanceParams.source,
  confidence: zoneFinanceParams.confidence,
};

/** Every approved version of every parameter for a zone (its own and the defaults). */
export async function loadParamSet(db: Db, zoneId: string | null): Promise<ParamSet> {
  const rows = await db
    .select(paramColumns)
    .from(zoneFinanceParams)
    .where(
      and(
        eq(zoneFinanceParams.status, 'approved'),
        zoneId
          ? or(isNull(zoneFinanceParams.zoneId), eq(zoneFinanceParams.zoneId, zoneId))
          : isNull(zoneFinanceParams.zoneId),
      ),
    );
  return new ParamSet(rows as ParamRow[], zoneId);
}

export type ParamVersion = typeof zoneFinanceParams.$inferSelect;

export async function listParams(
  db: Db,
  q: { zoneId?: string; code?: string; status?: ParamStatus; on?: string },
) {
  const conditions: SQL[] = [];
  if (q.zoneId)
    conditions.push(or(isNull(zoneFinanceParams.zoneId), eq(zoneFinanceParams.zoneId, q.zoneId)) as SQL);
  if (q.code) conditions.push(eq(zoneFinanceParams.code, q.code));
  if (q.status) conditions.push(eq(zoneFinanceParams.status, q.status));
  if (q.on)
    conditions.push(
      lte(zoneFinanceParams.effectiveFrom, q.on),
      or(isNull(zoneFinanceParams.effectiveTo), gt(zoneFinanceParams.effectiveTo, q.on)) as SQL,
    );
  return db
    .select()
    .from(zoneFinanceParams)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(
      asc(zoneFinanceParams.code),
      asc(zoneFinanceParams.zoneId),
      asc(zoneFinanceParams.tierFrom),
      asc(zoneFinanceParams.effectiveFrom),
    );
}

export interface ParamProposal {
  zoneId: string | null;
  code: ParamCode;
  tierFrom: number;
  tierTo: number | null;
  ratePercent?: string | null;
  amountKopecks?: number | null;
  count?: number | null;
  textValue?: string | null;
  effectiveFrom: string;
  effectiveTo: string | null;
  source: string;
  confidence: 'stated' | 'unconfirmed';
  note?: string | null;
}

/** Checks that the one value column of the parameter's kind is set (and only it). */
export function validateParamValue(p: ParamProposal): void {
  const def = PARAM_DEFS[p.code];
  const given = {
    percent: p.ratePercent ?? null,
    kopecks: p.amountKopecks ?? null,
    count: p.count ?? null,
    text: p.textValue ?? null,
  };
  const field = { percent: 'ratePercent', kopecks: 'amountKopecks', count: 'count', text: 'textValue' }[
    def.kind
  ];
  const errors = Object.entries(given)
    .filter(([kind, v]) => (kind === def.kind ? v === null : v !== null))
    .map(([kind]) => ({
      field: `body.${{ percent: 'ratePercent', kopecks: 'amountKopecks', count: 'count', text: 'textValue' }[kind]}`,
      message: kind === def.kind ? `is required for ${p.code}` : `does not apply to ${p.code} (use ${field})`,
    }));
  if ('values' in def && given.text !== null && !(def.values as readonly string[]).includes(given.text)) {
    errors.push({ field: 'body.textValue', message: `must be one of ${def.values.join(', ')}` });
  }
  if (!('tiered' in def) && (p.tierFrom !== 1 || p.tierTo !== null))
    errors.push({ field: 'body.tierFrom', message: `${p.code} has no tiers` });
  if (p.effectiveTo !== null && p.effectiveTo <= p.effectiveFrom)
    errors.push({ field: 'body.effectiveTo', message: 'must be after effectiveFrom' });
  if (errors.length)
    throw new AppError('invalid', 'zone.param_value', 'The value does not fit the parameter', errors);
}

/** A zone administrator proposes a new version; it takes effect when a second administrator approves it. */
export async function proposeParam(db: Db, audit: AuditContext, p: ParamProposal): Promise<ParamVersion> {
  validateParamValue(p);
  const [row] = await db
    .insert(zoneFinanceParams)
    .values({
      zoneId: p.zoneId,
      code: p.code,
      tierFrom: p.tierFrom,
      tierTo: p.tierTo,
      ratePercent: p.ratePercent ?? null,
      amountKopecks: p.amountKopecks ?? null,
      count: p.count ?? null,
      textValue: p.textValue ?? null,
      effectiveFrom: p.effectiveFrom,
      effectiveTo: p.effectiveTo,
      source: p.source,
      confidence: p.confidence,
      note: p.note ?? null,
      status: 'proposed',
      proposedBy: audit.actorId,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(db, audit, {
    action: 'zone.finance_param.propose',
    objectType: 'zone_finance_param',
    objectId: row.id,
    details: { ...p },
  });
  return row;
}

async function getParam(db: Db, id: string): Promise<ParamVersion> {
  const [row] = await db.select().from(zoneFinanceParams).where(eq(zoneFinanceParams.id, id));
  if (!row) throw notFound('finance parameter', 'zone.param_not_found');
  return row;
}

/**
 * Four-eyes approval. The approved version replaces what it covers: an approved version of the same
 * zone, code and overlapping tiers that started earlier ends at the new start; one that starts
 * within the new period and ends within it is superseded. Anything else that still overlaps is
 * refused by the exclusion constraint (409).
 */
export async function decideParam(
  db: Db,
  audit: AuditContext,
  id: string,
  decision: 'approve' | 'reject',
  comment: string | null,
): Promise<ParamVersion> {
  const p = await getParam(db, id);
  if (p.status !== 'proposed') throw conflict('zone.param_not_proposed', `The version is ${p.status}`);
  if (p.proposedBy && p.proposedBy === audit.actorId)
    throw forbidden('A second zone administrator must decide on this change', 'zone.four_eyes');
  if (decision === 'approve') {
    const sameKey = and(
      p.zoneId ? eq(zoneFinanceParams.zoneId, p.zoneId) : isNull(zoneFinanceParams.zoneId),
      eq(zoneFinanceParams.code, p.code),
      eq(zoneFinanceParams.status, 'approved'),
      ne(zoneFinanceParams.id, p.id),
      lte(zoneFinanceParams.tierFrom, p.tierTo ?? 1_000_000),
      or(isNull(zoneFinanceParams.tierTo), gt(zoneFinanceParams.tierTo, p.tierFrom - 1)),
    ) as SQL;
    const newEnd = p.effectiveTo;
    // covered entirely: superseded
    await db
      .update(zoneFinanceParams)
      .set({ status: 'superseded', updatedAt: new Date() })
      .where(
        and(
          sameKey,
          gte(zoneFinanceParams.effectiveFrom, p.effectiveFrom),
          newEnd === null
            ? undefined
            : and(isNotNull(zoneFinanceParams.effectiveTo), lte(zoneFinanceParams.effectiveTo, newEnd)),
        ),
      );
    // started earlier and runs into the new period: ends where the new one starts
    await db
      .update(zoneFinanceParams)
      .set({ effectiveTo: p.effectiveFrom, updatedAt: new Date() })
      .where(
        and(
          sameKey,
          lt(zoneFinanceParams.effectiveFrom, p.effectiveFrom),
          or(isNull(zoneFinanceParams.effectiveTo), gt(zoneFinanceParams.effectiveTo, p.effectiveFrom)),
        ),
      );
  }
  const [row] = await db
    .update(zoneFinanceParams)
    .set({
      status: decision === 'approve' ? 'approved' : 'rejected',
      approvedBy: decision === 'approve' ? audit.actorId : null,
      approvedAt: decision === 'approve' ? new Date() : null,
      updatedAt: new Date(),
    })
    .where(and(eq(zoneFinanceParams.id, id), eq(zoneFinanceParams.status, 'proposed')))
    .returning();
  if (!row) throw conflict('zone.param_not_proposed', 'The version was decided meanwhile');
  await recordAudit(db, audit, {
    action: `zone.finance_param.${decision}`,
    objectType: 'zone_finance_param',
    objectId: id,
    details: { code: p.code, comment },
  });
  return row;
}

/** Source, confidence and note change without four-eyes (they do not change any figure). */
export async function annotateParam(
  db: Db,
  audit: AuditContext,
  id: string,
  patch: { source?: string; confidence?: 'stated' | 'unconfirmed'; note?: string | null },
) {
  const before = await getParam(db, id);
  const [row] = await db
    .update(zoneFinanceParams)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(zoneFinanceParams.id, id))
    .returning();
  await recordAudit(db, audit, {
    action: 'zone.finance_param.annotate',
    objectType: 'zone_finance_param',
    objectId: id,
    details: {
      before: { source: before.source, confidence: before.confidence, note: before.note },
      after: patch,
    },
  });
  return row as ParamVersion;
}

// ───────────────────────────── tax profile ─────────────────────────────

export async function getTaxProfile(db: Db, residentId: string) {
  const [row] = await db
    .select()
    .from(zoneResidentTaxProfiles)
    .where(eq(zoneResidentTaxProfiles.residentId, residentId));
  return row ?? null;
}

export async function setTaxProfile(
  db: Db,
  audit: AuditContext,
  residentId: string,
  input: { firstSezIncomeYear: number | null; separateAccounting: boolean },
) {
  await getResident(db, residentId);
  const [row] = await db
    .insert(zoneResidentTaxProfiles)
    .values({ residentId, ...input, updatedBy: audit.actorId })
    .onConflictDoUpdate({
      target: zoneResidentTaxProfiles.residentId,
      set: { ...input, updatedBy: audit.actorId, updatedAt: new Date() },
    })
    .returning();
  await recordAudit(db, audit, {
    action: 'zone.tax_profile.update',
    objectType: 'zone_resident',
    objectId: residentId,
    details: { ...input },
  });
  return row;
}

// ───────────────────────────── ledger ─────────────────────────────

export const TAXES = ['profit', 'property', 'land', 'transport', 'insurance'] as const;
export type Tax = (typeof TAXES)[number];

export interface LedgerLine {
  tax: Tax;
  base: number;
  standardPercent: number | null;
  residentPercent: number | null;
  saving: number;
  applied: number;
  detail: Record<string, unknown>;
}

export interface LedgerEntry {
  residentId: string;
  organizationId: string;
  organizationName: string;
  year: number;
  /** true: computed now from reports and rates; false: the frozen figures of a closed year. */
  provisional: boolean;
  closedAt: string | null;
  hasAnnualReport: boolean;
  firstSezIncomeYear: number | null;
  taxPeriodIndex: number | null;
  lines: LedgerLine[];
  totals: { potential: number; applied: number };
  commitments: {
    plannedCapexKopecks: number;
    plannedRndKopecks: number;
    actualCapexKopecks: number;
    actualRndKopecks: number;
    factsSource: 'annual' | 'quarterly' | null;
  };
  proportionality: {
    status: LedgerYearResult['status'];
    test: LedgerYearResult['test'];
    mode: ProportionalityMode | null;
    inGrace: boolean;
    graceUntil: string | null;
    suspendNextPeriod: boolean;
    window: LedgerYearResult['window'];
  };
  /** The parameter versions used, so an administrator sees which values to check. */
  rates: Array<{
    code: string;
    kind: 'percent' | 'kopecks' | 'count' | 'text';
    nameRu: string;
    nameEn: string;
    tier: number | null;
    value: string;
    source: string;
    confidence: 'stated' | 'unconfirmed';
  }>;
}

interface ResidentData {
  resident: ResidentRow;
  reports: ReportRow[];
  plans: Array<typeof zoneResidentPlans.$inferSelect>;
  profile: Awaited<ReturnType<typeof getTaxProfile>>;
  params: ParamSet;
  organizationName: string;
}

async function loadResidentData(
  db: Db,
  resident: ResidentRow,
  params?: ParamSet,
  organizationName?: string,
): Promise<ResidentData> {
  // One after another: `db` may be a transaction, whose single connection runs one query at a time.
  const reports = await db.select().from(zoneReports).where(eq(zoneReports.residentId, resident.id));
  const plans = await db
    .select()
    .from(zoneResidentPlans)
    .where(eq(zoneResidentPlans.residentId, resident.id));
  const profile = await getTaxProfile(db, resident.id);
  const name =
    organizationName ??
    (await organizationFactsMany(db, [resident.organizationId])).get(resident.organizationId)?.name ??
    '';
  return {
    resident,
    reports,
    plans,
    profile,
    params: params ?? (await loadParamSet(db, resident.zoneId)),
    organizationName: name,
  };
}

const SUBMITTED = new Set(['submitted', 'accepted']);

/** The year of first SEZ income: from the tax profile, else the first annual report with a positive SEZ profit or revenue. */
function firstIncomeYear(d: ResidentData): number | null {
  if (d.profile?.firstSezIncomeYear) return d.profile.firstSezIncomeYear;
  const years = d.reports
    .filter(
      (r) => SUBMITTED.has(r.status) && ((r.sezProfitBaseKopecks ?? 0) > 0 || (r.revenueKopecks ?? 0) > 0),
    )
    .map((r) => r.year);
  return years.length ? Math.min(...years) : null;
}

/** Computes the ledger of every year from the resident's first year up to `toYear` (the proportionality test needs the history). */
export function computeLedgerYears(d: ResidentData, toYear: number): LedgerEntry[] {
  const sinceYear = Number(d.resident.since.slice(0, 4));
  const fromYear = Math.min(sinceYear, toYear);
  const facts = factsFromReports(d.reports);
  const first = firstIncomeYear(d);
  const separate = d.profile?.separateAccounting ?? true;
  const p = d.params;
  const graceYears = p.count('proportionality_grace_years', d.resident.since);
  const graceUntil = graceYears ? addYears(d.resident.since, graceYears) : null;

  const partial: Array<Omit<LedgerEntry, 'proportionality' | 'totals'> & { input: LedgerYearInput }> = [];
  for (let year = fromYear; year <= toYear; year++) {
    const day = `${year}-01-01`;
    const annual =
      d.reports.find((r) => r.kind === 'annual' && r.year === year && SUBMITTED.has(r.status)) ?? null;
    const k = first === null ? null : taxPeriodIndex(year, first);
    const used: LedgerEntry['rates'] = [];
    const take = (code: ParamCode, tier: number | null = null): string => {
      const row = p.find(code, day, tier ?? 1);
      const value = row
        ? (row.ratePercent ?? String(row.amountKopecks ?? row.count ?? row.textValue ?? ''))
        : '';
      used.push({
        code,
        kind: PARAM_DEFS[code].kind,
        nameRu: PARAM_DEFS[code].ru,
        nameEn: PARAM_DEFS[code].en,
        tier,
        value: row ? value : 'missing',
        source: row?.source ?? '',
        confidence: row?.confidence ?? 'unconfirmed',
      });
      return value === '' ? '0' : value;
    };
    const profitRates = {
      fedStd: take('profit_fed_std'),
      regStd: take('profit_reg_std'),
      fedRes: take('profit_fed_res'),
      regRes: take('profit_reg_res', k ?? 1),
    };
    const profit = profitSaving(annual?.sezProfitBaseKopecks ?? 0, profitRates, separate);
    const propertyRate = take('property_rate');
    const property = propertySaving(annual?.propertyAssets ?? [], year, propertyRate, (at) =>
      p.count('property_exemption_years', at),
    );
    const landRate = take('land_rate');
    const land = landSaving(annual?.landPlots ?? [], year, landRate, (at) =>
      p.count('land_exemption_years', at),
    );
    const transport = transportSaving(annual?.vehicles ?? [], year, (at) =>
      p.count('transport_exemption_years', at),
    );
    const insRates = {
      std: take('ins_std'),
      stdAboveCap: take('ins_std_above_cap'),
      res: take('ins_res'),
      resAboveCap: take('ins_res_above_cap'),
    };
    const insurance = insuranceSaving(
      { underCap: annual?.payrollUnderCapKopecks ?? 0, aboveCap: annual?.payrollAboveCapKopecks ?? 0 },
      insRates,
    );
    const mode = p.text('proportionality_test', day) as ProportionalityMode | null;
    const f = facts.find((x) => x.year === year);
    const plan = d.plans.find((x) => x.year === year);
    const lines: LedgerLine[] = [
      {
        tax: 'profit',
        base: profit.base,
        standardPercent: profit.standardPercent,
        residentPercent: profit.residentPercent,
        saving: profit.saving,
        applied: profit.saving,
        detail: {
          standardTax: profit.standardTax,
          residentTax: profit.residentTax,
          separateAccounting: separate,
        },
      },
      {
        tax: 'property',
        base: property.items.reduce((s, i) => s + i.value, 0),
        standardPercent: Number(propertyRate),
        residentPercent: 0,
        saving: property.saving,
        applied: property.saving,
        detail: { items: property.items },
      },
      {
        tax: 'land',
        base: land.items.reduce((s, i) => s + i.value, 0),
        standardPercent: Number(landRate),
        residentPercent: 0,
        saving: land.saving,
        applied: land.saving,
        detail: { items: land.items },
      },
      {
        tax: 'transport',
        base: transport.items.reduce((s, i) => s + i.value, 0),
        standardPercent: null,
        residentPercent: null,
        saving: transport.saving,
        applied: transport.saving,
        detail: { items: transport.items },
      },
      {
        tax: 'insurance',
        base: insurance.underCap + insurance.aboveCap,
        standardPercent: Number(insRates.std),
        residentPercent: Number(insRates.res),
        saving: insurance.saving,
        applied: insurance.saving,
        detail: { ...insurance, rates: insRates, capKopecks: p.amount('ins_cap', day) },
      },
    ];
    partial.push({
      residentId: d.resident.id,
      organizationId: d.resident.organizationId,
      organizationName: d.organizationName,
      year,
      provisional: true,
      closedAt: null,
      hasAnnualReport: annual !== null,
      firstSezIncomeYear: first,
      taxPeriodIndex: k,
      lines,
      commitments: {
        plannedCapexKopecks: plan?.capexKopecks ?? 0,
        plannedRndKopecks: plan?.rndKopecks ?? 0,
        actualCapexKopecks: f?.capexKopecks ?? 0,
        actualRndKopecks: f?.rndKopecks ?? 0,
        factsSource: f?.source ?? null,
      },
      rates: used,
      input: {
        year,
        savings: {
          profit: profit.saving,
          property: property.saving,
          land: land.saving,
          transport: transport.saving,
          insurance: insurance.saving,
        },
        capexKopecks: f?.capexKopecks ?? 0,
        rndKopecks: f?.rndKopecks ?? 0,
        mode: mode === 'period' || mode === 'cumulative' ? mode : null,
        graceUntil,
      },
    });
  }
  const series = ledgerSeries(partial.map((x) => x.input));
  return partial.map(({ input, ...entry }, i) => {
    const s = series[i] as LedgerYearResult;
    return {
      ...entry,
      lines: entry.lines.map((l) => ({ ...l, applied: s.applied[l.tax] })),
      totals: { potential: s.potentialTotal, applied: s.applied.total },
      proportionality: {
        status: s.status,
        test: s.test,
        mode: input.mode,
        inGrace: s.inGrace,
        graceUntil,
        suspendNextPeriod: s.suspendNextPeriod,
        window: s.window,
      },
    };
  });
}

async function frozenEntry(db: Db, residentId: string, year: number): Promise<LedgerEntry | null> {
  const [row] = await db
    .select()
    .from(zoneBenefitLedger)
    .where(and(eq(zoneBenefitLedger.residentId, residentId), eq(zoneBenefitLedger.year, year)));
  if (!row) return null;
  return {
    ...(row.entry as unknown as LedgerEntry),
    provisional: false,
    closedAt: row.createdAt.toISOString(),
  };
}

/** The ledger of one resident and year: the closed entry if the year was closed, else computed now. */
export async function residentLedger(db: Db, residentId: string, year: number): Promise<LedgerEntry> {
  const resident = await getResident(db, residentId);
  if (year < Number(resident.since.slice(0, 4))) {
    throw new AppError(
      'not_found',
      'zone.ledger_year_out_of_range',
      `No ledger for ${year}: the resident's status began on ${resident.since}`,
    );
  }
  const frozen = await frozenEntry(db, residentId, year);
  if (frozen) return frozen;
  const entries = computeLedgerYears(await loadResidentData(db, resident), year);
  return entries.find((e) => e.year === year) as LedgerEntry;
}

/** Ledger of every resident of a zone (or all zones) for a year. */
export async function ledgerSummary(db: Db, q: { year: number; zoneId?: string }): Promise<LedgerEntry[]> {
  const conditions: SQL[] = [
    lte(zoneResidents.since, `${q.year}-12-31`),
    or(isNull(zoneResidents.terminatedOn), gt(zoneResidents.terminatedOn, `${q.year}-01-01`)) as SQL,
  ];
  if (q.zoneId) conditions.push(eq(zoneResidents.zoneId, q.zoneId));
  const residents = await db
    .select()
    .from(zoneResidents)
    .where(and(...conditions))
    .orderBy(asc(zoneResidents.registerNumber));
  const names = await organizationFactsMany(db, [...new Set(residents.map((r) => r.organizationId))]);
  const frozen = residents.length
    ? await db
        .select()
        .from(zoneBenefitLedger)
        .where(
          and(
            eq(zoneBenefitLedger.year, q.year),
            inArray(
              zoneBenefitLedger.residentId,
              residents.map((r) => r.id),
            ),
          ),
        )
    : [];
  const frozenBy = new Map(frozen.map((f) => [f.residentId, f]));
  const paramSets = new Map<string, ParamSet>();
  const out: LedgerEntry[] = [];
  for (const r of residents) {
    const f = frozenBy.get(r.id);
    if (f) {
      out.push({
        ...(f.entry as unknown as LedgerEntry),
        provisional: false,
        closedAt: f.createdAt.toISOString(),
      });
      continue;
    }
    let params = paramSets.get(r.zoneId);
    if (!params) {
      params = await loadParamSet(db, r.zoneId);
      paramSets.set(r.zoneId, params);
    }
    const entries = computeLedgerYears(
      await loadResidentData(db, r, params, names.get(r.organizationId)?.name ?? ''),
      q.year,
    );
    const e = entries.find((x) => x.year === q.year);
    if (e) out.push(e);
  }
  return out;
}

/** Freezes the ledger of a year for every resident (idempotent: a closed year stays as it was). */
export async function closeLedgerYear(
  db: Db,
  audit: AuditContext,
  q: { year: number; zoneId?: string },
  today: string = todayInTomsk(),
): Promise<{ closed: number; alreadyClosed: number }> {
  if (q.year >= Number(today.slice(0, 4)))
    throw new AppError('unprocessable', 'zone.ledger_year_open', `${q.year} has not ended yet`);
  const entries = await ledgerSummary(db, q);
  let closed = 0;
  for (const e of entries.filter((x) => x.provisional)) {
    const inserted = await db
      .insert(zoneBenefitLedger)
      .values({
        residentId: e.residentId,
        year: e.year,
        profitKopecks: e.lines.find((l) => l.tax === 'profit')?.applied ?? 0,
        propertyKopecks: e.lines.find((l) => l.tax === 'property')?.applied ?? 0,
        landKopecks: e.lines.find((l) => l.tax === 'land')?.applied ?? 0,
        transportKopecks: e.lines.find((l) => l.tax === 'transport')?.applied ?? 0,
        insuranceKopecks: e.lines.find((l) => l.tax === 'insurance')?.applied ?? 0,
        totalKopecks: e.totals.applied,
        capexKopecks: e.commitments.actualCapexKopecks,
        rndKopecks: e.commitments.actualRndKopecks,
        status: e.proportionality.status,
        entry: { ...e, provisional: false } as unknown as Record<string, unknown>,
        closedBy: audit.actorId,
      })
      .onConflictDoNothing()
      .returning({ id: zoneBenefitLedger.id });
    closed += inserted.length;
  }
  await recordAudit(db, audit, {
    action: 'zone.ledger.close',
    objectType: 'zone_benefit_ledger',
    objectId: String(q.year),
    details: { ...q, closed },
  });
  return { closed, alreadyClosed: entries.length - closed };
}

/** The computed ledger years of a resident up to `toYear` (compliance flag T6 reads the proportionality outcomes). */
export async function ledgerYearsOf(
  db: Db,
  resident: ResidentRow,
  toYear: number,
  params?: ParamSet,
): Promise<LedgerEntry[]> {
  return computeLedgerYears(await loadResidentData(db, resident, params, ''), toYear);
}
