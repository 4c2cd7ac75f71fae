/**
 * Compliance flags T1–T7 (docs/domain/zone.md, "compliance flags"), as a pure function of one
 * resident's data. `input.ts` builds the input from what `run-evaluation.ts` loads; raised flags
 * become cases there.
 */
import type { CaseSeverity, ComplianceFlag } from '@inohub/contracts/zone/compliance';
import { addDays } from '../common.ts';

export interface ComplianceThresholds {
  /** T1: tolerated shortfall, percent (10 → actual may be 10 % below plan). */
  capexTolerancePercent: number;
  /** T1: consecutive years of shortfall that make a breach candidate. */
  persistentYears: number;
  /** T2: consecutive quarters without TVT revenue and without R&D. */
  quartersWithoutActivity: number;
  /** T4: days a rent invoice may be overdue. */
  arrearsDays: number;
  /** T5: days after the due date before a missing report escalates. */
  reportGraceDays: number;
}

export interface ComplianceInput {
  today: string;
  /** Completed years with plan and reported capex. */
  capexByYear: Array<{ year: number; plannedKopecks: number; actualKopecks: number }>;
  /** Submitted quarterly reports, any order. */
  quarters: Array<{
    period: string;
    year: number;
    quarter: number;
    tvtRevenueKopecks: number;
    rndKopecks: number;
  }>;
  deliverables: Array<{ id: string; kind: string; title: string; dueOn: string; deliveredOn: string | null }>;
  /** Lease rent owed (T4 input hook: any source of invoices can feed it). */
  rentInvoices: Array<{
    id: string;
    leaseId: string;
    periodMonth: string;
    dueOn: string;
    amountKopecks: number;
    paidKopecks: number;
  }>;
  openReports: Array<{ id: string; period: string; dueOn: string; status: string }>;
  /** Proportionality outcome per year in which the test applied (T6). */
  proportionality: Array<{ year: number; test: string; benefits: number; investments: number }>;
  courtClaims: Array<{ id: string; caseNumber: string; filedOn: string; closedOn: string | null }>;
}

export interface RaisedFlag {
  flag: ComplianceFlag;
  subjectKey: string;
  severity: CaseSeverity;
  evidence: Record<string, unknown>;
}

export function evaluateCompliance(input: ComplianceInput, th: ComplianceThresholds): RaisedFlag[] {
  const flags: RaisedFlag[] = [];

  // T1 cum_actual_capex(t) < cum_planned_capex(t) × (1 − tolerance), at every completed year t
  const years = [...input.capexByYear].sort((a, b) => a.year - b.year);
  let cumPlan = 0;
  let cumActual = 0;
  let run = 0;
  const t1: Array<{ year: number; cumPlan: number; cumActual: number; short: boolean }> = [];
  for (const y of years) {
    cumPlan += y.plannedKopecks;
    cumActual += y.actualKopecks;
    // cumActual < cumPlan × (100 − tol) / 100, in integers scaled by 10 000 to avoid floats
    const short =
      cumPlan > 0 &&
      BigInt(cumActual) * 10_000n <
        BigInt(cumPlan) * BigInt(Math.round((100 - th.capexTolerancePercent) * 100));
    run = short ? run + 1 : 0;
    t1.push({ year: y.year, cumPlan, cumActual, short });
  }
  const lastT1 = t1[t1.length - 1];
  if (lastT1?.short) {
    flags.push({
      flag: 'T1',
      subjectKey: String(lastT1.year),
      severity: run >= th.persistentYears ? 'breach_candidate' : 'warning',
      evidence: {
        year: lastT1.year,
        cumulativePlannedCapexKopecks: lastT1.cumPlan,
        cumulativeActualCapexKopecks: lastT1.cumActual,
        tolerancePercent: th.capexTolerancePercent,
        consecutiveYears: run,
      },
    });
  }

  // T2 no TVT revenue and no R&D for N consecutive (latest) quarters
  const qs = [...input.quarters].sort((a, b) => a.year - b.year || a.quarter - b.quarter);
  let idle: typeof qs = [];
  for (const q of qs) idle = q.tvtRevenueKopecks === 0 && q.rndKopecks === 0 ? [...idle, q] : [];
  if (th.quartersWithoutActivity > 0 && idle.length >= th.quartersWithoutActivity) {
    flags.push({
      flag: 'T2',
      subjectKey: `since-${idle[0]?.period}`,
      severity: 'breach_candidate',
      evidence: { quarters: idle.map((q) => q.period), threshold: th.quartersWithoutActivity },
    });
  }

  // T3 project documentation / engineering surveys past due
  for (const d of input.deliverables) {
    if (d.deliveredOn === null && d.dueOn < input.today) {
      flags.push({
        flag: 'T3',
        subjectKey: d.id,
        severity: 'breach_candidate',
        evidence: { kind: d.kind, title: d.title, dueOn: d.dueOn },
      });
    }
  }

  // T4 rent overdue more than X days: one case per arrears episode, keyed by its oldest invoice
  const arrears = input.rentInvoices
    .filter((i) => i.paidKopecks < i.amountKopecks && addDays(i.dueOn, th.arrearsDays) < input.today)
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
  if (arrears.length > 0) {
    const first = arrears[0] as (typeof arrears)[number];
    flags.push({
      flag: 'T4',
      subjectKey: first.id,
      severity: 'breach_candidate',
      evidence: {
        invoices: arrears.map((i) => ({
          id: i.id,
          periodMonth: i.periodMonth,
          dueOn: i.dueOn,
          owedKopecks: i.amountKopecks - i.paidKopecks,
        })),
        owedKopecks: arrears.reduce((s, i) => s + i.amountKopecks - i.paidKopecks, 0),
        oldestDueOn: first.dueOn,
        thresholdDays: th.arrearsDays,
      },
    });
  }

  // T5 report missing after due date + grace
  for (const r of input.openReports) {
    if (addDays(r.dueOn, th.reportGraceDays) < input.today) {
      flags.push({
        flag: 'T5',
        subjectKey: r.period,
        severity: 'escalation',
        evidence: {
          reportId: r.id,
          period: r.period,
          dueOn: r.dueOn,
          status: r.status,
          graceDays: th.reportGraceDays,
        },
      });
    }
  }

  // T6 proportionality breach (2026+, outside grace) → benefits suspended next period
  for (const p of input.proportionality) {
    if (p.test === 'breach') {
      flags.push({
        flag: 'T6',
        subjectKey: String(p.year),
        severity: 'suspension',
        evidence: {
          year: p.year,
          benefitsKopecks: p.benefits,
          investmentsKopecks: p.investments,
          suspendedYear: p.year + 1,
        },
      });
    }
  }

  // T7 court claim to terminate pending → amendments blocked
  for (const c of input.courtClaims) {
    if (c.closedOn === null && c.filedOn <= input.today) {
      flags.push({
        flag: 'T7',
        subjectKey: c.id,
        severity: 'block',
        evidence: { caseNumber: c.caseNumber, filedOn: c.filedOn },
      });
    }
  }
  return flags;
}
