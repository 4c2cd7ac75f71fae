import type { ReviewDecision } from '@inohub/contracts/zone/reporting';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict } from '../../../lib/errors.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { memberRecipients, organizationFactsMany } from '../directory-port.ts';
import { reportReturnedTemplate } from './mail-templates.ts';
import { getResident, type ReportRow, updateReportInStatus } from './repo.ts';

export interface ReviewDeps {
  audit: AuditContext;
  mailer: Mailer;
  baseUrl: string;
}

/** Accept or return a submitted report (zone administrators); a return needs a comment and notifies the members. */
export async function reviewReport(
  db: Db,
  deps: ReviewDeps,
  report: ReportRow,
  decision: ReviewDecision,
  comment: string | null,
): Promise<ReportRow> {
  if (report.status !== 'submitted')
    throw conflict(
      'zone.report_not_submitted',
      `Only a submitted report can be reviewed (it is ${report.status})`,
    );
  // The resident must know what to correct, so a return without a comment is refused.
  if (decision === 'return' && !comment?.trim()) {
    throw new AppError('invalid', 'zone.comment_required', 'Say what to correct', [
      { field: 'body.comment', message: 'is required' },
    ]);
  }
  const row = await updateReportInStatus(db, report.id, 'submitted', {
    status: decision === 'accept' ? 'accepted' : 'returned',
    reviewedAt: new Date(),
    reviewedBy: deps.audit.actorId,
    reviewComment: comment,
  });
  if (!row) throw conflict('zone.report_not_submitted', 'The report was reviewed meanwhile');
  await recordAudit(db, deps.audit, {
    action: `zone.report.${decision}`,
    objectType: 'zone_report',
    objectId: report.id,
    details: { period: report.period, comment },
  });
  if (decision === 'return') await mailReturned(db, deps, report, comment ?? '');
  return row;
}

/** Tells every member of the resident's organization that the report came back, and why. */
async function mailReturned(db: Db, deps: ReviewDeps, report: ReportRow, comment: string) {
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
        comment,
        url: `${deps.baseUrl}/zone/reports/${report.id}`,
      },
    });
  }
}
