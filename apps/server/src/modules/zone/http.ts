import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { AppError } from '../../lib/errors.ts';

/** Sends a stored file as an attachment (never rendered inline by the browser as a page). */
export async function sendStoredFile(ctx: AppContext, reply: FastifyReply, fileId: string) {
  const file = await ctx.files.get(ctx.db, fileId);
  const encoded = encodeURIComponent(file.originalName);
  return reply
    .header('content-type', file.mimeType)
    .header('content-disposition', `attachment; filename="file"; filename*=UTF-8''${encoded}`)
    .header('x-content-type-options', 'nosniff')
    .header('content-length', String(file.sizeBytes))
    .send(ctx.files.read(file.id));
}

/** Reads the one file part of a multipart request into memory (the size limit is enforced by the parser). */
export async function readSingleFile(
  request: FastifyRequest,
  maxBytes: number,
): Promise<{ fileName: string; data: Buffer }> {
  if (!request.isMultipart()) {
    throw new AppError('invalid', 'zone.multipart_expected', 'Send the file as multipart/form-data', [
      { field: 'file', message: 'is required' },
    ]);
  }
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1, fields: 0 } });
  if (!part)
    throw new AppError('invalid', 'zone.file_missing', 'No file in the request', [
      { field: 'file', message: 'is required' },
    ]);
  const data = await part.toBuffer();
  if (part.file.truncated) {
    throw new AppError(
      'too_large',
      'files.too_large',
      `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`,
      [{ field: 'file', message: 'is too large' }],
    );
  }
  return { fileName: part.filename, data };
}
