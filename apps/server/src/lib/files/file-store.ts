import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/types.ts';
import { AppError } from '../errors.ts';
import { detectFileType } from './file-types.ts';
import { storedFiles } from './files.tables.ts';

export interface SaveFileInput {
  fileName: string;
  data: Buffer;
  allowedTypes: readonly string[];
  maxBytes: number;
  ownerModule: string;
  ownerId: string | null;
}

export type StoredFile = typeof storedFiles.$inferSelect;

/**
 * Files on disk under `<root>/<first two hex of id>/<id>`: the client's name is kept only as
 * metadata, so no traversal name can escape the root.
 */
export class FileStore {
  constructor(readonly root: string) {}

  private pathOf(id: string): string {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new AppError('not_found', 'files.not_found', 'File not found');
    return path.join(this.root, id.slice(0, 2), id);
  }

  async save(db: Db, input: SaveFileInput): Promise<StoredFile> {
    if (input.data.length === 0)
      throw new AppError('invalid', 'files.empty', 'The file is empty', [
        { field: 'file', message: 'is empty' },
      ]);
    if (input.data.length > input.maxBytes) {
      throw new AppError(
        'too_large',
        'files.too_large',
        `The file is larger than ${Math.round(input.maxBytes / 1024 / 1024)} MB`,
        [{ field: 'file', message: 'is too large' }],
      );
    }
    const type = detectFileType(input.fileName, input.data.subarray(0, 16), input.allowedTypes);
    if (!type) {
      throw new AppError(
        'invalid',
        'files.type_not_allowed',
        `Allowed file types: ${input.allowedTypes.join(', ')}`,
        [{ field: 'file', message: 'has a type that is not allowed' }],
      );
    }
    const id = randomUUID();
    const target = this.pathOf(id);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.part`;
    await fs.promises.writeFile(tmp, input.data, { flag: 'wx' });
    await fs.promises.rename(tmp, target);
    const sha256 = createHash('sha256').update(input.data).digest('hex');
    // Control characters, quotes and slashes would break a Content-Disposition header.
    const safeName = [...path.basename(input.fileName)]
      .map((ch) => (ch.charCodeAt(0) < 0x20 || ch === '"' || ch === '\\' || ch === '/' ? '_' : ch))
      .join('')
      .slice(0, 200);
    const [row] = await db
      .insert(storedFiles)
      .values({
        id,
        originalName: safeName,
        mimeType: type.mime,
        sizeBytes: input.data.length,
        sha256,
        ownerModule: input.ownerModule,
        ownerId: input.ownerId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return row;
  }

  async get(db: Db, id: string): Promise<StoredFile> {
    this.pathOf(id);
    const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
    if (!row) throw new AppError('not_found', 'files.not_found', 'File not found');
    return row;
  }

  read(id: string): fs.ReadStream {
    return fs.createReadStream(this.pathOf(id));
  }

  /**
   * Deletes the bytes of files that no database record names any more: a record removed with the
   * person it belonged to (erasure deletes the record in its transaction; the disk is not
   * transactional), or a save whose transaction rolled back. Files younger than `graceMs` are left
   * alone, since their record may not be committed yet. Answers how many files it removed.
   */
  async sweepOrphans(db: Db, now = Date.now(), graceMs = 3_600_000): Promise<number> {
    let removed = 0;
    const shards = await fs.promises.readdir(this.root).catch(() => [] as string[]);
    for (const shard of shards) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue;
      const dir = path.join(this.root, shard);
      const names = (await fs.promises.readdir(dir)).filter((n) => /^[0-9a-f-]{36}(\.part)?$/.test(n));
      const ids = names.map((n) => n.replace(/\.part$/, ''));
      if (ids.length === 0) continue;
      const known = new Set(
        (await db.select({ id: storedFiles.id }).from(storedFiles).where(inArray(storedFiles.id, ids))).map(
          (r) => r.id,
        ),
      );
      for (const name of names) {
        if (known.has(name.replace(/\.part$/, ''))) continue;
        const file = path.join(dir, name);
        const stat = await fs.promises.stat(file).catch(() => null);
        if (!stat || now - stat.mtimeMs < graceMs) continue;
        await fs.promises.rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }
}
