import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { type ReportRow, updateReportAtVersion } from './repo.ts';
import { isEditable, missingFigures } from './rules.ts';

/** Submits a report once every required figure is in (an annual one also needs the tax bases). */
export async function submitReport(db: Db, audit: AuditContext, report: ReportRow): Promise<ReportRow> {
  if (!isEditable(report.status))
    throw conflict('zone.report_not_editable', `A ${report.status} report cannot be submitted`);
  const missing = missingFigures(report.kind, report);
  if (missing.length > 0) {
    throw new AppError(
      'unprocessable',
      'zone.report_incomplete',
      'Fill in every required figure before submitting',
      missing.map((k) => ({ field: `body.${k}`, message: 'is required', code: 'required' })),
    );
  }
  const row = await updateReportAtVersion(db, report, {
    status: 'submitted',
    submittedAt: new Date(),
    submittedBy: audit.actorId,
  });
  await recordAudit(db, audit, {
    action: 'zone.report.submit',
    objectType: 'zone_report',
    objectId: report.id,
    details: { period: report.period },
  });
  return row;
}
