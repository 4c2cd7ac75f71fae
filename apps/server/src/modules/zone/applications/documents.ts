import type { ApplicationDocumentKind } from '@inohub/contracts/zone/applications';
import type { Db } from '../../../lib/db/types.ts';
import { notFound } from '../../../lib/errors.ts';
import type { FileStore } from '../../../lib/files/file-store.ts';
import type { Principal } from '../../../lib/http/access.ts';
import { recordAudit } from '../../identity/index.ts';
import { applicationForViewer, type ServiceDeps } from './access.ts';
import { assertEditable } from './policy.ts';
import { deleteDocument, findDocument, insertDocument } from './repo.ts';

// The application's documents (E4 checks that the required kinds are there).

export const DOCUMENT_TYPES = ['pdf', 'docx'] as const;
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

export async function addDocument(
  db: Db,
  files: FileStore,
  deps: ServiceDeps,
  id: string,
  input: { kind: ApplicationDocumentKind; fileName: string; data: Buffer },
) {
  const { app, actors } = await applicationForViewer(db, deps.principal, id, true);
  assertEditable(app.state, actors, 'uploads documents');
  const file = await files.save(db, {
    fileName: input.fileName,
    data: input.data,
    allowedTypes: DOCUMENT_TYPES,
    maxBytes: DOCUMENT_MAX_BYTES,
    ownerModule: 'zone.application',
    ownerId: id,
  });
  const row = await insertDocument(db, {
    applicationId: id,
    kind: input.kind,
    fileId: file.id,
    uploadedBy: deps.principal.userId,
  });
  await recordAudit(db, deps.audit, {
    action: 'zone.application_document_added',
    objectType: 'zone_application',
    objectId: id,
    details: { kind: input.kind, fileId: file.id },
  });
  return row;
}

export async function removeDocument(
  db: Db,
  deps: ServiceDeps,
  id: string,
  documentId: string,
): Promise<void> {
  const { app, actors } = await applicationForViewer(db, deps.principal, id, true);
  assertEditable(app.state, actors, 'removes documents');
  const row = await deleteDocument(db, id, documentId);
  if (!row) throw notFound('document', 'zone.document_not_found');
  await recordAudit(db, deps.audit, {
    action: 'zone.application_document_removed',
    objectType: 'zone_application',
    objectId: id,
    details: { documentId },
  });
}

/** A document of an application the caller may see (applicant or zone admin), or 404. */
export async function documentFor(db: Db, principal: Principal, id: string, documentId: string) {
  await applicationForViewer(db, principal, id);
  const row = await findDocument(db, id, documentId);
  if (!row) throw notFound('document', 'zone.document_not_found');
  return row;
}
