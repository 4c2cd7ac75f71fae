import { CV_MAX_BYTES } from '@inohub/contracts/talent/profiles';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, notFound } from '../../../lib/errors.ts';
import type { FileStore } from '../../../lib/files/file-store.ts';
import type { AuditContext } from '../../identity/index.ts';
import type { TalentViewer } from '../policy.ts';
import { type ProfileRow, updateProfile } from './repo.ts';
import { ownProfile, profileNotFound, readableProfile } from './service.ts';

// The CV of a profile (docs/domain/talent.md, "Profiles"): one PDF, at most 5 MB.

export { CV_MAX_BYTES };

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** Whether the bytes are a PDF: by its first bytes, never by the name or type the client sent. */
export const isPdf = (data: Buffer) =>
  data.length >= PDF_MAGIC.length && data.subarray(0, 5).equals(PDF_MAGIC);

/** Reads the one file part `file` of a multipart request; the parser enforces the size limit. */
export async function readCvUpload(request: FastifyRequest): Promise<{ fileName: string; data: Buffer }> {
  const missing = new AppError('invalid', 'talent.cv_missing', 'Send the CV as multipart field "file"', [
    { field: 'file', message: 'is required' },
  ]);
  if (!request.isMultipart()) throw missing;
  const part = await request.file({ limits: { fileSize: CV_MAX_BYTES, files: 1, fields: 0 } });
  if (!part) throw missing;
  const data = await part.toBuffer();
  if (part.file.truncated) {
    throw new AppError('too_large', 'files.too_large', 'The CV is larger than 5 MB', [
      { field: 'file', message: 'is too large' },
    ]);
  }
  return { fileName: part.filename, data };
}

/**
 * Replaces the caller's CV. The old file stays stored: an application sent earlier points to the
 * CV as it was sent (docs/domain/talent.md, "Applications").
 */
export async function replaceCv(
  db: Db,
  files: FileStore,
  audit: AuditContext,
  userId: string,
  upload: { fileName: string; data: Buffer },
): Promise<ProfileRow> {
  const profile = await ownProfile(db, audit, userId);
  if (!profile) throw notFound('profile', 'talent.profile_missing');
  if (!isPdf(upload.data)) {
    throw new AppError('invalid', 'talent.cv_not_pdf', 'The CV must be a PDF file', [
      { field: 'file', message: 'is not a PDF', code: 'talent.cv_not_pdf' },
    ]);
  }
  // The store checks the extension as well as the bytes; a PDF named "resume" is still a PDF.
  const base = (upload.fileName || 'cv').replace(/\.pdf$/i, '');
  const fileName = `${base}.pdf`;
  const file = await files.save(db, {
    fileName,
    data: upload.data,
    allowedTypes: ['pdf'],
    maxBytes: CV_MAX_BYTES,
    ownerModule: 'talent.profile',
    ownerId: profile.id,
  });
  return updateProfile(db, profile.id, { cvFileId: file.id, cvFileName: file.originalName });
}

export async function removeCv(db: Db, audit: AuditContext, userId: string): Promise<ProfileRow> {
  const profile = await ownProfile(db, audit, userId);
  if (!profile) throw notFound('profile', 'talent.profile_missing');
  return updateProfile(db, profile.id, { cvFileId: null, cvFileName: null });
}

/** The CV's file id, for the person, their career office and approved employers only; else 404. */
export async function cvFileFor(db: Db, viewer: TalentViewer, profileId: string): Promise<string> {
  const { row, access } = await readableProfile(db, viewer, profileId);
  if (access !== 'owner' && access !== 'full') throw profileNotFound();
  if (!row.cvFileId) throw notFound('cv', 'talent.cv_not_found');
  return row.cvFileId;
}
