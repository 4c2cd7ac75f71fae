import type { LedgerEntry } from '@inohub/contracts/zone/benefits';
import { factsFromReports } from '../reporting/facts.ts';
import type { PlanRow, ReportRow } from '../reporting/repo.ts';
import { isSubmitted, OPEN_REPORT_STATUSES } from '../reporting/rules.ts';
import type { ComplianceInput } from './evaluate.ts';
import type { CourtClaimRow, DeliverableRow, InvoiceRow } from './repo.ts';

/** Everything the flags of one resident look at, as loaded. */
export interface ResidentComplianceData {
  since: string;
  reports: readonly ReportRow[];
  plans: readonly PlanRow[];
  deliverables: readonly DeliverableRow[];
  invoices: readonly InvoiceRow[];
  claims: readonly CourtClaimRow[];
  /** Ledger years up to the last completed year (empty before the first one). */
  ledger: readonly LedgerEntry[];
}

/** The inputs of T1–T7 as of `today` (docs/domain/zone.md, "compliance flags"). */
export function buildComplianceInput(d: ResidentComplianceData, today: string): ComplianceInput {
  const currentYear = Number(today.slice(0, 4));
  const sinceYear = Number(d.since.slice(0, 4));
  const facts = factsFromReports(d.reports);
  // T1 looks at completed years from the first year with reported facts: earlier years are outside
  // the platform's record (a missing report is T5's business, not an investment shortfall).
  const firstFactYear = facts.length ? Math.min(...facts.map((f) => f.year)) : Number.POSITIVE_INFINITY;
  const completed = d.plans
    .filter((p) => p.year < currentYear && p.year >= Math.max(sinceYear, firstFactYear))
    .sort((a, b) => a.year - b.year);
  return {
    today,
    capexByYear: completed.map((p) => ({
      year: p.year,
      plannedKopecks: p.capexKopecks,
      actualKopecks: facts.find((f) => f.year === p.year)?.capexKopecks ?? 0,
    })),
    quarters: d.reports
      .filter((r) => r.kind === 'quarterly' && isSubmitted(r.status))
      .map((r) => ({
        period: r.period,
        year: r.year,
        quarter: r.quarter ?? 0,
        tvtRevenueKopecks: r.tvtRevenueKopecks ?? 0,
        rndKopecks: r.rndKopecks ?? 0,
      })),
    deliverables: d.deliverables.map((x) => ({
      id: x.id,
      kind: x.kind,
      title: x.title,
      dueOn: x.dueOn,
      deliveredOn: x.deliveredOn,
    })),
    rentInvoices: d.invoices.map((i) => ({
      id: i.id,
      leaseId: i.leaseId,
      periodMonth: i.periodMonth,
      dueOn: i.dueOn,
      amountKopecks: i.amountKopecks,
      paidKopecks: i.paidKopecks,
    })),
    openReports: d.reports
      .filter((r) => OPEN_REPORT_STATUSES.includes(r.status))
      .map((r) => ({ id: r.id, period: r.period, dueOn: r.dueOn, status: r.status })),
    proportionality: d.ledger
      .filter((e) => e.proportionality.test !== 'not_applicable')
      .map((e) => ({
        year: e.year,
        test: e.proportionality.test,
        benefits: e.proportionality.window?.benefits ?? 0,
        investments: e.proportionality.window?.investments ?? 0,
      })),
    courtClaims: d.claims.map((c) => ({
      id: c.id,
      caseNumber: c.caseNumber,
      filedOn: c.filedOn,
      closedOn: c.closedOn,
    })),
  };
}
