import type { ApplicationView, DocumentView } from '@inohub/contracts/zone/applications';
import { todayInTomsk } from '../common.ts';
import type { ApplicationRow, DocumentRow } from './repo.ts';

// Rows as the API shows them (the contract's views).

/** `editable` is the viewer's (policy.isEditable); `overdue` compares the due date with today in Tomsk. */
export function toView(a: ApplicationRow, editable: boolean, today = new Date()): ApplicationView {
  const { powerKw, waterM3PerDay, gasM3PerHour, createdBy: _createdBy, ...rest } = a;
  return {
    ...rest,
    editable,
    utilities: { powerKw, waterM3PerDay, gasM3PerHour },
    overdue: a.stateDueOn !== null && a.stateDueOn < todayInTomsk(today),
  };
}

export const documentUrl = (applicationId: string, documentId: string) =>
  `/api/zone/applications/${applicationId}/documents/${documentId}/file`;

export function toDocumentView(d: DocumentRow): DocumentView {
  return {
    id: d.id,
    kind: d.kind,
    fileId: d.fileId,
    url: documentUrl(d.applicationId, d.id),
    createdAt: d.createdAt,
  };
}
