import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access, requirePrincipal } from '../../../lib/http/access.ts';
import { auditContextOf, recordAudit } from '../../identity/index.ts';
import { DateStr, neutralizeCell, Uuid } from '../common.ts';
import { assertCanReadResident } from '../reporting/policy.ts';
import { getResident } from '../reporting/service.ts';
import { CONFIDENCES, PARAM_STATUSES, PROPORTIONALITY_STATUSES } from '../zone-finance.tables.ts';
import { PARAM_CODES, PARAM_DEFS } from './params.ts';
import * as svc from './service.ts';

const tags = ['zone: benefits'];
const zoneAdmin = { access: access.roles('zone_admin') };
const adminOrAnalyst = { access: access.roles('zone_admin', 'analyst') };
const signedIn = { access: access.signedIn };

const Year = z.coerce.number().int().min(2000).max(2100);
const Percent = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, 'a percent with at most 4 decimals, e.g. 13.5');

export const ParamVersionView = z.object({
  id: z.string(),
  zoneId: z.string().nullable(),
  code: z.string(),
  tierFrom: z.number(),
  tierTo: z.number().nullable(),
  ratePercent: z.string().nullable(),
  amountKopecks: z.number().nullable(),
  count: z.number().nullable(),
  textValue: z.string().nullable(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  status: z.enum(PARAM_STATUSES),
  source: z.string(),
  confidence: z.enum(CONFIDENCES),
  note: z.string().nullable(),
  proposedBy: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.date().nullable(),
  updatedAt: z.date(),
});

const ParamBody = z
  .object({
    zoneId: Uuid.nullable().default(null),
    code: z.enum(PARAM_CODES as [string, ...string[]]),
    tierFrom: z.number().int().min(1).max(100).default(1),
    tierTo: z.number().int().min(1).max(100).nullable().default(null),
    ratePercent: Percent.nullable().optional(),
    amountKopecks: z.number().int().min(0).max(9_000_000_000_000_000).nullable().optional(),
    count: z.number().int().min(0).max(1000).nullable().optional(),
    textValue: z.string().trim().min(1).max(100).nullable().optional(),
    effectiveFrom: DateStr,
    effectiveTo: DateStr.nullable().default(null),
    source: z.string().trim().min(1).max(1000),
    confidence: z.enum(CONFIDENCES),
    note: z.string().max(2000).nullable().optional(),
  })
  .strict();

const LedgerLineView = z.object({
  tax: z.enum(svc.TAXES),
  base: z.number(),
  standardPercent: z.number().nullable(),
  residentPercent: z.number().nullable(),
  saving: z.number(),
  applied: z.number(),
  detail: z.record(z.string(), z.unknown()),
});
export const LedgerEntryView = z.object({
  residentId: z.string(),
  organizationId: z.string(),
  organizationName: z.string(),
  year: z.number(),
  provisional: z.boolean(),
  closedAt: z.string().nullable(),
  hasAnnualReport: z.boolean(),
  firstSezIncomeYear: z.number().nullable(),
  taxPeriodIndex: z.number().nullable(),
  lines: z.array(LedgerLineView),
  totals: z.object({ potential: z.number(), applied: z.number() }),
  commitments: z.object({
    plannedCapexKopecks: z.number(),
    plannedRndKopecks: z.number(),
    actualCapexKopecks: z.number(),
    actualRndKopecks: z.number(),
    factsSource: z.enum(['annual', 'quarterly']).nullable(),
  }),
  proportionality: z.object({
    status: z.enum(PROPORTIONALITY_STATUSES),
    test: z.enum(['not_applicable', 'compliant', 'breach', 'in_grace']),
    mode: z.enum(['period', 'cumulative']).nullable(),
    inGrace: z.boolean(),
    graceUntil: z.string().nullable(),
    suspendNextPeriod: z.boolean(),
    window: z.object({ fromYear: z.number(), benefits: z.number(), investments: z.number() }).nullable(),
  }),
  rates: z.array(
    z.object({
      code: z.string(),
      kind: z.enum(['percent', 'kopecks', 'count', 'text']),
      nameRu: z.string(),
      nameEn: z.string(),
      tier: z.number().nullable(),
      value: z.string(),
      source: z.string(),
      confidence: z.enum(CONFIDENCES),
    }),
  ),
});

const rub = (kopecks: number) => Math.round(kopecks) / 100;

/** The ledger summary as a workbook; every text cell is neutralised against formula injection. */
export async function ledgerWorkbook(entries: svc.LedgerEntry[], year: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Inohub';
  const ws = wb.addWorksheet(`Ledger ${year}`);
  ws.columns = [
    { header: 'Resident / Резидент', key: 'name', width: 40 },
    { header: 'Year / Год', key: 'year', width: 8 },
    { header: 'k', key: 'k', width: 5 },
    { header: 'Profit, RUB / Прибыль', key: 'profit', width: 16 },
    { header: 'Property, RUB / Имущество', key: 'property', width: 16 },
    { header: 'Land, RUB / Земля', key: 'land', width: 14 },
    { header: 'Transport, RUB / Транспорт', key: 'transport', width: 14 },
    { header: 'Insurance, RUB / Взносы', key: 'insurance', width: 16 },
    { header: 'Benefits applied, RUB / Льготы', key: 'total', width: 18 },
    { header: 'Capex, RUB / Капвложения', key: 'capex', width: 16 },
    { header: 'R&D, RUB / НИОКР', key: 'rnd', width: 16 },
    { header: 'Planned capex + R&D, RUB / План', key: 'planned', width: 18 },
    { header: 'Proportionality / Соразмерность', key: 'status', width: 18 },
    { header: 'Closed / Закрыт', key: 'closed', width: 10 },
  ];
  for (const e of entries) {
    const line = (tax: svc.Tax) => rub(e.lines.find((l) => l.tax === tax)?.applied ?? 0);
    ws.addRow({
      name: neutralizeCell(e.organizationName),
      year: e.year,
      k: e.taxPeriodIndex,
      profit: line('profit'),
      property: line('property'),
      land: line('land'),
      transport: line('transport'),
      insurance: line('insurance'),
      total: rub(e.totals.applied),
      capex: rub(e.commitments.actualCapexKopecks),
      rnd: rub(e.commitments.actualRndKopecks),
      planned: rub(e.commitments.plannedCapexKopecks + e.commitments.plannedRndKopecks),
      status: neutralizeCell(e.proportionality.status),
      closed: e.provisional ? 'no' : 'yes',
    });
  }
  ws.getRow(1).font = { bold: true };
  for (const key of [
    'profit',
    'property',
    'land',
    'transport',
    'insurance',
    'total',
    'capex',
    'rnd',
    'planned',
  ])
    ws.getColumn(key).numFmt = '#,##0.00';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function registerBenefitRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  // ── effective-dated parameters
  r.get(
    '/api/zone/finance-params',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary:
          'Finance parameters (tax rates, exemption terms, proportionality, compliance thresholds), all versions',
        querystring: z
          .object({
            zoneId: Uuid.optional(),
            code: z.string().max(60).optional(),
            status: z.enum(PARAM_STATUSES).optional(),
            on: DateStr.optional(),
          })
          .strict(),
        response: {
          200: z.object({
            definitions: z.array(
              z.object({
                code: z.string(),
                kind: z.string(),
                tiered: z.boolean(),
                en: z.string(),
                ru: z.string(),
              }),
            ),
            items: z.array(ParamVersionView),
          }),
        },
      },
    },
    async (request) => ({
      definitions: PARAM_CODES.map((code) => {
        const d = PARAM_DEFS[code];
        return { code, kind: d.kind, tiered: 'tiered' in d && d.tiered === true, en: d.en, ru: d.ru };
      }),
      items: await svc.listParams(db, request.query),
    }),
  );
  r.post(
    '/api/zone/finance-params',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary:
          'Propose a new version of a parameter (takes effect when a second zone administrator approves it)',
        body: ParamBody,
        response: { 201: ParamVersionView },
      },
    },
    async (request, reply) => {
      const row = await inTransaction(db, (tx) =>
        svc.proposeParam(tx, auditContextOf(request), request.body as svc.ParamProposal),
      );
      return reply.status(201).send(row);
    },
  );
  r.post(
    '/api/zone/finance-params/:paramId/decision',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Approve or reject a proposed version (four-eyes: not by its proposer)',
        params: z.object({ paramId: Uuid }).strict(),
        body: z
          .object({
            decision: z.enum(['approve', 'reject']),
            comment: z.string().max(2000).nullable().default(null),
          })
          .strict(),
        response: { 200: ParamVersionView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.decideParam(
          tx,
          auditContextOf(request),
          request.params.paramId,
          request.body.decision,
          request.body.comment,
        ),
      ),
  );
  r.patch(
    '/api/zone/finance-params/:paramId',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary:
          'Correct the source, confidence or note of a version (values change only through a new version)',
        params: z.object({ paramId: Uuid }).strict(),
        body: z
          .object({
            source: z.string().trim().min(1).max(1000).optional(),
            confidence: z.enum(CONFIDENCES).optional(),
            note: z.string().max(2000).nullable().optional(),
          })
          .strict(),
        response: { 200: ParamVersionView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.annotateParam(tx, auditContextOf(request), request.params.paramId, request.body),
      ),
  );

  // ── tax profile of a resident
  const TaxProfileView = z.object({
    residentId: z.string(),
    firstSezIncomeYear: z.number().nullable(),
    separateAccounting: z.boolean(),
  });
  r.put(
    '/api/zone/residents/:residentId/tax-profile',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Set the first year of SEZ income (tax period k) and separate accounting of a resident',
        params: z.object({ residentId: Uuid }).strict(),
        body: z
          .object({
            firstSezIncomeYear: z.number().int().min(2000).max(2100).nullable(),
            separateAccounting: z.boolean(),
          })
          .strict(),
        response: { 200: TaxProfileView },
      },
    },
    async (request) => {
      const row = await inTransaction(db, (tx) =>
        svc.setTaxProfile(tx, auditContextOf(request), request.params.residentId, request.body),
      );
      return row as z.infer<typeof TaxProfileView>;
    },
  );

  // ── ledger
  r.get(
    '/api/zone/residents/:residentId/ledger',
    {
      config: signedIn,
      schema: {
        tags,
        summary:
          "A resident's benefit ledger for a year (zone administrators, analysts, the resident's members); every read is audited",
        params: z.object({ residentId: Uuid }).strict(),
        querystring: z.object({ year: Year }).strict(),
        response: { 200: LedgerEntryView },
      },
    },
    async (request, reply) => {
      const principal = requirePrincipal(request);
      const resident = await getResident(db, request.params.residentId);
      await assertCanReadResident(db, principal, resident);
      const entry = await svc.residentLedger(db, resident.id, request.query.year);
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.ledger.read',
        objectType: 'zone_resident',
        objectId: resident.id,
        details: { year: request.query.year },
      });
      reply.header('cache-control', 'no-store');
      return entry;
    },
  );
  r.get(
    '/api/zone/ledger',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary: 'Benefit ledger of every resident for a year, with totals (audited read)',
        querystring: z.object({ year: Year, zoneId: Uuid.optional() }).strict(),
        response: {
          200: z.object({
            year: z.number(),
            items: z.array(LedgerEntryView),
            totals: z.object({
              appliedKopecks: z.number(),
              potentialKopecks: z.number(),
              capexKopecks: z.number(),
              rndKopecks: z.number(),
              byStatus: z.record(z.string(), z.number()),
            }),
          }),
        },
      },
    },
    async (request, reply) => {
      const items = await svc.ledgerSummary(db, request.query);
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.ledger.read_all',
        objectType: 'zone_benefit_ledger',
        objectId: String(request.query.year),
        details: { ...request.query, residents: items.length },
      });
      const byStatus: Record<string, number> = {};
      for (const e of items)
        byStatus[e.proportionality.status] = (byStatus[e.proportionality.status] ?? 0) + 1;
      reply.header('cache-control', 'no-store');
      return {
        year: request.query.year,
        items,
        totals: {
          appliedKopecks: items.reduce((s, e) => s + e.totals.applied, 0),
          potentialKopecks: items.reduce((s, e) => s + e.totals.potential, 0),
          capexKopecks: items.reduce((s, e) => s + e.commitments.actualCapexKopecks, 0),
          rndKopecks: items.reduce((s, e) => s + e.commitments.actualRndKopecks, 0),
          byStatus,
        },
      };
    },
  );
  r.get(
    '/api/zone/ledger.xlsx',
    {
      config: adminOrAnalyst,
      schema: {
        tags,
        summary: 'The ledger of a year as an XLSX workbook (audited export)',
        querystring: z.object({ year: Year, zoneId: Uuid.optional() }).strict(),
      },
    },
    async (request, reply) => {
      const items = await svc.ledgerSummary(db, request.query);
      await recordAudit(db, auditContextOf(request), {
        action: 'zone.ledger.export',
        objectType: 'zone_benefit_ledger',
        objectId: String(request.query.year),
        details: { ...request.query, residents: items.length },
      });
      const buffer = await ledgerWorkbook(items, request.query.year);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="ledger-${request.query.year}.xlsx"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(buffer);
    },
  );
  r.post(
    '/api/zone/ledger/close',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Close a ledger year: freeze every resident’s figures as computed now (idempotent)',
        body: z.object({ year: z.number().int().min(2000).max(2100), zoneId: Uuid.optional() }).strict(),
        response: { 200: z.object({ closed: z.number(), alreadyClosed: z.number() }) },
      },
    },
    async (request) =>
      inTransaction(db, (tx) => svc.closeLedgerYear(tx, auditContextOf(request), request.body)),
  );
}
