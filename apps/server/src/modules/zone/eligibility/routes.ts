import {
  ActivityVersionBody,
  ActivityView,
  CalendarDayBody,
  CalendarDayParams,
  CalendarDayView,
  OnDateQuery,
  RulesOnDateView,
  RuleVersionBody,
  RuleVersionView,
  SlaVersionBody,
  SlaView,
  ZoneParams,
} from '@inohub/contracts/zone/eligibility';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { inTransaction } from '../../../lib/db/transaction.ts';
import { access } from '../../../lib/http/access.ts';
import { auditContextOf } from '../../identity/index.ts';
import * as svc from './service.ts';

const tags = ['zone: rules'];
const zoneAdmin = { access: access.roles('zone_admin') };
const open = { access: access.public };

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
        querystring: OnDateQuery,
        response: { 200: RulesOnDateView },
      },
    },
    async (request) => svc.rulesOnDate(db, request.params.zoneId, request.query.on),
  );

  r.post(
    '/api/zone/zones/:zoneId/eligibility-rules',
    {
      config: zoneAdmin,
      schema: {
        tags,
        summary: 'Set a rule from a date (the version in force that day ends there)',
        params: ZoneParams,
        body: RuleVersionBody,
        response: { 201: RuleVersionView },
      },
    },
    async (request, reply) => {
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
        querystring: OnDateQuery,
        response: { 200: z.array(ActivityView) },
      },
    },
    async (request) => svc.activitiesOnDate(db, request.params.zoneId, request.query.on),
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
        body: ActivityVersionBody,
        response: { 201: ActivityView },
      },
    },
    async (request, reply) => {
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
        body: SlaVersionBody,
        response: { 201: SlaView },
      },
    },
    async (request, reply) => {
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
        params: CalendarDayParams,
        body: CalendarDayBody,
        response: { 200: CalendarDayView },
      },
    },
    async (request) =>
      inTransaction(db, (tx) =>
        svc.setCalendarDay(tx, auditContextOf(request), request.params.day, request.body),
      ),
  );
}
