import type { MediaKind, MediaObjectType, MediaView } from '@inohub/contracts/zone/sites';
import type { Db } from '../../../lib/db/types.ts';
import type { FileStore } from '../../../lib/files/file-store.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import * as repo from './repo.ts';
import { toMediaView } from './views.ts';

// Photos and plans of zones, sites, buildings and units, kept in the FileStore.

export const MEDIA_TYPES = ['png', 'jpeg', 'pdf'] as const;
export const MEDIA_MAX_BYTES = 10 * 1024 * 1024;

/** The object a photo is for exists (404 otherwise). */
export async function assertMediaObject(
  db: Db,
  objectType: MediaObjectType,
  objectId: string,
): Promise<void> {
  if (objectType === 'zone') await repo.findZone(db, objectId);
  else if (objectType === 'site') await repo.findSite(db, objectId);
  else if (objectType === 'building') await repo.findBuilding(db, objectId);
  else await repo.findUnit(db, objectId);
}

export interface MediaInput {
  objectType: MediaObjectType;
  objectId: string;
  kind: MediaKind;
  captionRu?: string;
  captionEn?: string;
  fileName: string;
  data: Buffer;
}

/** Stores the file (type and size checked by the FileStore) and attaches it to the object. */
export async function addMedia(
  db: Db,
  files: FileStore,
  audit: AuditContext,
  input: MediaInput,
): Promise<MediaView> {
  await assertMediaObject(db, input.objectType, input.objectId);
  const file = await files.save(db, {
    fileName: input.fileName,
    data: input.data,
    allowedTypes: MEDIA_TYPES,
    maxBytes: MEDIA_MAX_BYTES,
    ownerModule: 'zone.media',
    ownerId: input.objectId,
  });
  const row = await repo.insertMedia(db, {
    objectType: input.objectType,
    objectId: input.objectId,
    kind: input.kind,
    fileId: file.id,
    captionRu: input.captionRu,
    captionEn: input.captionEn,
    uploadedBy: audit.actorId,
  });
  await recordAudit(db, audit, {
    action: 'zone.media_added',
    objectType: `zone_${input.objectType}`,
    objectId: input.objectId,
    details: { mediaId: row.id, kind: input.kind },
  });
  return toMediaView(row);
}

/** The stored file of a photo or plan, for download. */
export async function mediaFileId(db: Db, id: string): Promise<string> {
  return (await repo.findMedia(db, id)).fileId;
}

export async function deleteMedia(db: Db, audit: AuditContext, id: string): Promise<void> {
  const row = await repo.deleteMediaRow(db, id);
  await recordAudit(db, audit, {
    action: 'zone.media_deleted',
    objectType: `zone_${row.objectType}`,
    objectId: row.objectId,
    details: { mediaId: id },
  });
}
