import type {
  LedgerEntry,
  LedgerQuery,
  LedgerSummaryView,
  ParamAnnotation,
  ParamListQuery,
  ParamListView,
  TaxProfileInput,
} from '@inohub/contracts/zone/benefits';
import type { Db } from '../../../lib/db/types.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { getResident } from '../reporting/repo.ts';
import { ledgerSummary, residentLedger } from './ledger.ts';
import { ledgerTotals } from './ledger-totals.ts';
import { PARAM_CODES, PARAM_DEFS } from './params.ts';
import * as repo from './repo.ts';
import { ledgerWorkbook } from './workbook.ts';

// Plain operations of the benefit ledger. A resident's ledger is a business secret: every read
// and export is audited.

/** Which parameters exist (kind, tiers, names) and every version of them that matches the filter. */
export async function paramCatalogue(db: Db, q: ParamListQuery): Promise<ParamListView> {
  return {
    definitions: PARAM_CODES.map((code) => {
      const d = PARAM_DEFS[code];
      return { code, kind: d.kind, tiered: 'tiered' in d && d.tiered === true, en: d.en, ru: d.ru };
    }),
    items: await repo.listParams(db, q),
  };
}

/** Source, confidence and note change without four-eyes (they do not change any figure). */
export async function annotateParam(db: Db, audit: AuditContext, id: string, patch: ParamAnnotation) {
  const before = await repo.getParam(db, id);
  const row = await repo.updateParam(db, id, patch);
  await recordAudit(db, audit, {
    action: 'zone.finance_param.annotate',
    objectType: 'zone_finance_param',
    objectId: id,
    details: {
      before: { source: before.source, confidence: before.confidence, note: before.note },
      after: patch,
    },
  });
  return row;
}

/** The first year of SEZ income (tax period k) and separate accounting of a resident. */
export async function setTaxProfile(db: Db, audit: AuditContext, residentId: string, input: TaxProfileInput) {
  await getResident(db, residentId);
  const row = await repo.upsertTaxProfile(db, residentId, input, audit.actorId);
  await recordAudit(db, audit, {
    action: 'zone.tax_profile.update',
    objectType: 'zone_resident',
    objectId: residentId,
    details: { ...input },
  });
  return row;
}

export async function readResidentLedger(
  db: Db,
  audit: AuditContext,
  residentId: string,
  year: number,
): Promise<LedgerEntry> {
  const entry = await residentLedger(db, residentId, year);
  await recordAudit(db, audit, {
    action: 'zone.ledger.read',
    objectType: 'zone_resident',
    objectId: residentId,
    details: { year },
  });
  return entry;
}

export async function readLedgerSummary(
  db: Db,
  audit: AuditContext,
  q: LedgerQuery,
): Promise<LedgerSummaryView> {
  const items = await ledgerSummary(db, q);
  await recordAudit(db, audit, {
    action: 'zone.ledger.read_all',
    objectType: 'zone_benefit_ledger',
    objectId: String(q.year),
    details: { ...q, residents: items.length },
  });
  return { year: q.year, items, totals: ledgerTotals(items) };
}

/** The ledger of a year as an XLSX workbook. */
export async function exportLedger(db: Db, audit: AuditContext, q: LedgerQuery): Promise<Buffer> {
  const items = await ledgerSummary(db, q);
  await recordAudit(db, audit, {
    action: 'zone.ledger.export',
    objectType: 'zone_benefit_ledger',
    objectId: String(q.year),
    details: { ...q, residents: items.length },
  });
  return ledgerWorkbook(items, q.year);
}
