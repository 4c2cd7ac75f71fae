import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf, recordAudit } from '../../identity/index.ts';
import { DateStr, todayInTomsk, Uuid } from '../common.ts';
import { getZone } from '../sites/service.ts';
import { ELIGIBILITY_RULE_CODES, zoneCalendarDays } from '../zone.tables.ts';
import * as svc from './service.ts';

const tags = ['zone: rules'];
const zoneAdmin = { access: access.roles('zone_admin') };
const open = { access: access.public };
const ZoneParams = z.object({ zoneId: Uuid }).strict();

const RuleVersionView = z.object({
  id: z.string(),
  code: z.enum(ELIGIBILITY_RULE_CODES),
  enabled: z.boolean(),
  mandatory: z.boolean(),
  params: z.record(z.string(), z.unknown()),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});
const RuleInForce = z.object({
  code: z.enum(ELIGIBILITY_RULE_CODES),
  enabled: z.boolean(),
  mandatory: z.boolean(),
  params: z.record(z.string(), z.unknown()),
});
const ActivityView = z.object({
  id: z.string().optional(),
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  isIt: z.boolean(),
  focusArea: z.string().nullable(),
  requiresCouncilDecision: z.boolean(),
  effectiveFrom: z.string().optional(),
  effectiveTo: z.string().nullable().optional(),
});
const SlaView = z.object({
  id: z.string(),
  state: z.string(),
  workingDays: z.number(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
});

export function registerEligibilityRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/zone/zones/:zoneId/eligibility-rules',
    {
      config: open,
      schema: {
        tags,
        summary: 'Eligibility rules E1–E7 in force on a date, and every version',
        params: ZoneParams,
        querystring: z.object({ on: DateStr.optional() }).strict(),
        response: {
          200: z.object({
            on: z.string(),
            inForce: z.array(RuleInForce),
            versions: z.array(RuleVersionView),
          }),
        },
      },
    },
    async (request) => {
      await getZone(db, request.params.zoneId);
      const on = request.query.on ?? todayInTomsk();
      return {
        on,
        inForce: await svc.effectiveRules(db, request.params.zoneId, on),
        versions: await svc.listRuleVersions(db, request.params.zoneId),
      };
    },
  );

  r.post(
    '/api/zone/zones/:zoneId/eligibility-rules',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Set a rule from a date (the version in force that day ends there)',
        params: ZoneParams,
        body: z
          .object({
            code: z.enum(ELIGIBILITY_RULE_CODES),
            enabled: z.boolean(),
            mandatory: z.boolean(),
            params: z.record(z.string(), z.unknown()).default({}),
            effectiveFrom: DateStr,
          })
          .strict(),
        response: { 201: RuleVersionView },
      },
    },
    async (request, reply) => {
      await getZone(db, request.params.zoneId);
      const row = await inTransaction(db, (tx) =>
        svc.addRuleVersion(tx, auditContextOf(request), request.params.zoneId, request.body),
      );
      return reply.status(201).send(row);
    },
  );

  r.get(
    '/api/zone/zones/:zoneId/activities',
    {
      config: open,
      schema: {
        tags,
        summary: 'Permitted activities in force on a date',
        params: ZoneParams,
        querystring: z.object({ on: DateStr.optional() }).strict(),
        response: { 200: z.array(ActivityView) },
      },
    },
    async (request) =>
      svc.effectivePermittedActivities(db, request.params.zoneId, request.query.on ?? todayInTomsk()),
  );

  r.get(
    '/api/zone/zones/:zoneId/activities/versions',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Every version of the permitted-activity list',
        params: ZoneParams,
        response: { 200: z.array(ActivityView) },
      },
    },
    async (request) => svc.listActivityVersions(db, request.params.zoneId),
  );

  r.post(
    '/api/zone/zones/:zoneId/activities',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Add or change a permitted activity from a date (give effectiveTo to end it)',
        params: ZoneParams,
        body: z
          .object({
            code: z.string().regex(/^[\w.-]{1,40}$/),
            nameRu: z.string().trim().min(1).max(300),
            nameEn: z.string().trim().min(1).max(300),
            isIt: z.boolean().default(false),
            focusArea: z.string().max(60).nullable().default(null),
            requiresCouncilDecision: z.boolean().default(false),
            effectiveFrom: DateStr,
            effectiveTo: DateStr.nullable().optional(),
          })
          .strict()
          .refine((b) => !b.effectiveTo || b.effectiveTo > b.effectiveFrom, {
            message: 'effectiveTo must be after effectiveFrom',
            path: ['effectiveTo'],
          }),
        response: { 201: ActivityView },
      },
    },
    async (request, reply) => {
      await getZone(db, request.params.zoneId);
      const row = await inTransaction(db, (tx) =>
        svc.addActivityVersion(tx, auditContextOf(request), request.params.zoneId, request.body),
      );
      return reply.status(201).send(row);
    },
  );

  r.get(
    '/api/zone/zones/:zoneId/sla-rules',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'SLA in working days per application state (and unit_hold)',
        params: ZoneParams,
        response: { 200: z.array(SlaView) },
      },
    },
    async (request) => svc.listSlaVersions(db, request.params.zoneId),
  );

  r.post(
    '/api/zone/zones/:zoneId/sla-rules',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Set the SLA of a state from a date',
        params: ZoneParams,
        body: z
          .object({
            state: z.string().regex(/^[a-z_]{3,40}$/),
            workingDays: z.number().int().min(1).max(365),
            effectiveFrom: DateStr,
          })
          .strict(),
        response: { 201: SlaView },
      },
    },
    async (request, reply) => {
      await getZone(db, request.params.zoneId);
      const row = await inTransaction(db, (tx) =>
        svc.addSlaVersion(tx, auditContextOf(request), request.params.zoneId, request.body),
      );
      return reply.status(201).send(row);
    },
  );

  r.put(
    '/api/zone/calendar-days/:day',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Mark a day as a holiday or a working day (for SLA working-day counts)',
        params: z.object({ day: DateStr }).strict(),
        body: z
          .object({
            isWorking: z.boolean(),
            noteRu: z.string().max(200).optional(),
            noteEn: z.string().max(200).optional(),
          })
          .strict(),
        response: { 200: z.object({ day: z.string(), isWorking: z.boolean() }) },
      },
    },
    async (request) => {
      const { day } = request.params;
      await inTransaction(db, async (tx) => {
        await tx
          .insert(zoneCalendarDays)
          .values({ day, ...request.body })
          .onConflictDoUpdate({
            target: zoneCalendarDays.day,
            set: { ...request.body, updatedAt: new Date() },
          });
        await recordAudit(tx, auditContextOf(request), {
          action: 'zone.calendar_day_set',
          objectType: 'zone_calendar_day',
          objectId: day,
          details: request.body,
        });
      });
      return { day, isWorking: request.body.isWorking };
    },
  );
}
