import { RetentionExportQuery, RetentionQuery, RetentionView } from '@inohub/contracts/talent/retention';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context.ts';
import { access } from '../../../lib/http/access.ts';
import type { TalentPorts } from '../ports.ts';
import { retentionCsv, retentionXlsx } from './export.ts';
import { retentionView } from './service.ts';

const tags = ['talent: retention'];
// Aggregates only, every cell of fewer than 5 people suppressed: public (docs/domain/talent.md, "Retention").
const open = { access: access.public };

export function registerRetentionRoutes(app: FastifyInstance, ctx: AppContext, ports: TalentPorts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const db = ctx.db;

  r.get(
    '/api/talent/retention',
    {
      config: open,
      schema: {
        tags,
        summary: 'Graduate retention in the Tomsk region at 6, 12 and 36 months',
        querystring: RetentionQuery,
        response: { 200: RetentionView },
      },
    },
    async (request) => retentionView(db, ports, request.query),
  );

  r.get(
    '/api/talent/retention/export',
    {
      config: open,
      schema: {
        tags,
        summary: 'The retention figures as a CSV or XLSX table',
        querystring: RetentionExportQuery,
      },
    },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const view = await retentionView(db, ports, filter);
      const locale = request.principal?.locale === 'en' ? 'en' : 'ru';
      const body = format === 'csv' ? retentionCsv(view, locale) : await retentionXlsx(view, locale);
      return reply
        .header(
          'content-type',
          format === 'csv'
            ? 'text/csv; charset=utf-8'
            : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        )
        .header('content-disposition', `attachment; filename="retention-${filter.by}.${format}"`)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(body);
    },
  );
}
