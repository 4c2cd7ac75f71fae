import type { EvaluateBody, EvaluationResult } from '@inohub/contracts/zone/compliance';
import type { Db } from '../../../lib/db/types.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { ledgerYearsOf } from '../benefits/ledger.ts';
import type { ParamSet } from '../benefits/params.ts';
import { loadParamSet } from '../benefits/repo.ts';
import { todayInTomsk } from '../common.ts';
import { allReportsOf, plansOf, type ResidentRow } from '../reporting/repo.ts';
import { evaluateCompliance, type RaisedFlag } from './evaluate.ts';
import { buildComplianceInput } from './input.ts';
import * as repo from './repo.ts';
import { thresholdsOn } from './thresholds.ts';

/** Loads one resident's data for T1–T7 as of `today`. */
async function loadResidentData(db: Db, resident: ResidentRow, params: ParamSet, today: string) {
  // One after another: `db` may be a transaction, whose single connection runs one query at a time.
  const reports = await allReportsOf(db, resident.id);
  const plans = await plansOf(db, resident.id);
  const deliverables = await repo.deliverablesOf(db, resident.id);
  const invoices = await repo.rentInvoicesOf(db, resident.id);
  const claims = await repo.courtClaimsOf(db, resident.id);
  // T6 reads the proportionality outcome of completed years only.
  const lastCompleted = Number(today.slice(0, 4)) - 1;
  const sinceYear = Number(resident.since.slice(0, 4));
  const ledger = lastCompleted >= sinceYear ? await ledgerYearsOf(db, resident, lastCompleted, params) : [];
  return { since: resident.since, reports, plans, deliverables, invoices, claims, ledger };
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
  q: EvaluateBody = {},
): Promise<EvaluationResult> {
  const today = q.today ?? todayInTomsk();
  const residents = await repo.residentsToEvaluate(db, today, q.zoneId);
  const params = new Map<string, ParamSet>();
  const result: EvaluationResult = { residents: residents.length, raised: 0, opened: 0, cleared: 0 };
  for (const r of residents) {
    let p = params.get(r.zoneId);
    if (!p) {
      p = await loadParamSet(db, r.zoneId);
      params.set(r.zoneId, p);
    }
    const input = buildComplianceInput(await loadResidentData(db, r, p, today), today);
    const flags = evaluateCompliance(input, thresholdsOn(p, today));
    result.raised += flags.length;
    result.opened += await openCases(db, audit, r.id, flags);
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

/** Upserts the case of every raised flag; returns how many were opened now. */
async function openCases(db: Db, audit: AuditContext, residentId: string, flags: RaisedFlag[]) {
  let opened = 0;
  for (const f of flags) {
    const row = await repo.upsertCase(db, residentId, f);
    if (row?.inserted) {
      opened++;
      await repo.insertCaseEvent(db, {
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

/** Marks the open cases whose flag was not raised this time; returns how many. */
async function clearStale(db: Db, audit: AuditContext, residentId: string, flags: RaisedFlag[]) {
  const live = new Set(flags.map((f) => `${f.flag}|${f.subjectKey}`));
  const open = await repo.openUnclearedCases(db, residentId);
  const stale = open.filter((c) => !live.has(`${c.flag}|${c.subjectKey}`));
  for (const c of stale) {
    await repo.markConditionCleared(db, c.id);
    await repo.insertCaseEvent(db, { caseId: c.id, action: 'condition_cleared', actorId: audit.actorId });
  }
  return stale.length;
}
