import type { MediaObjectType, MediaView } from '@inohub/contracts/zone/sites';
import type { Db } from '../../../lib/db/types.ts';
import { type MediaRow, mediaOf } from './repo.ts';

// Rows → the contract's views: every site, building and unit is shown with its photos and plans.

/** The file is served by `GET /api/zone/media/:id/file`, never by its storage path. */
export const toMediaView = (m: MediaRow): MediaView => ({
  id: m.id,
  kind: m.kind,
  fileId: m.fileId,
  url: `/api/zone/media/${m.id}/file`,
  captionRu: m.captionRu,
  captionEn: m.captionEn,
});

/** Rows of one object type with their media, loaded in one query. */
export async function withMedia<T extends { id: string }>(
  db: Db,
  objectType: MediaObjectType,
  rows: T[],
): Promise<Array<T & { media: MediaView[] }>> {
  const media = await mediaOf(
    db,
    objectType,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, media: (media.get(r.id) ?? []).map(toMediaView) }));
}

/** One row with its media. */
export async function oneWithMedia<T extends { id: string }>(
  db: Db,
  objectType: MediaObjectType,
  row: T,
): Promise<T & { media: MediaView[] }> {
  const [view] = await withMedia(db, objectType, [row]);
  return view as T & { media: MediaView[] };
}
