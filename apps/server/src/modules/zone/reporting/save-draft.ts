import type { ReportDraft } from '@inohub/contracts/zone/reporting';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { type ReportRow, updateReportAtVersion } from './repo.ts';
import { isEditable, misplacedAnnualFields } from './rules.ts';

/** Saves the form as a draft (members of the resident's organization); any saved form is a draft. */
export async function saveDraft(
  db: Db,
  audit: AuditContext,
  report: ReportRow,
  draft: ReportDraft,
): Promise<ReportRow> {
  if (!isEditable(report.status))
    throw conflict('zone.report_not_editable', `A ${report.status} report cannot be edited`);
  // The form may have been loaded before someone else saved it: refuse rather than overwrite.
  if (draft.version !== undefined && draft.version !== report.version) {
    throw conflict('zone.report_version', 'The report was changed meanwhile; reload it');
  }
  const { version: _v, ...fields } = draft;
  const misplaced = misplacedAnnualFields(report.kind, fields);
  if (misplaced.length > 0) {
    throw new AppError('invalid', 'zone.annual_field', 'Tax bases belong to the annual report', [
      { field: `body.${misplaced[0]}`, message: 'only in the annual report' },
    ]);
  }
  const row = await updateReportAtVersion(db, report, { ...fields, status: 'draft' });
  await recordAudit(db, audit, {
    action: 'zone.report.save',
    objectType: 'zone_report',
    objectId: report.id,
    details: { fields: Object.keys(fields) },
  });
  return row;
}
