import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';
import { FileStore } from './file-store.ts';
import { storedFiles } from './files.tables.ts';

const PDF = Buffer.from('%PDF-1.4\n%test\n');

let t: TestApp;
let store: FileStore;
beforeAll(async () => {
  t = await createTestApp();
  store = new FileStore(fs.mkdtempSync(path.join(os.tmpdir(), 'inohub-files-')));
});
afterAll(async () => {
  await t.close();
  fs.rmSync(store.root, { recursive: true, force: true });
});

const save = () =>
  store.save(t.ctx.db, {
    fileName: 'cv.pdf',
    data: PDF,
    allowedTypes: ['pdf'],
    maxBytes: 1024,
    ownerModule: 'talent.profile',
    ownerId: null,
  });
const onDisk = (id: string) => fs.existsSync(path.join(store.root, id.slice(0, 2), id));

describe('FileStore.sweepOrphans', () => {
  it('deletes the bytes of files whose record is gone, after a grace period, and keeps the rest', async () => {
    const kept = await save();
    const erased = await save();
    const fresh = await save();
    await t.ctx.db.delete(storedFiles).where(eq(storedFiles.id, erased.id));
    await t.ctx.db.delete(storedFiles).where(eq(storedFiles.id, fresh.id));
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    for (const f of [kept, erased])
      fs.utimesSync(path.join(store.root, f.id.slice(0, 2), f.id), hourAgo, hourAgo);

    expect(await store.sweepOrphans(t.ctx.db)).toBe(1);
    expect(onDisk(kept.id)).toBe(true);
    expect(onDisk(erased.id)).toBe(false);
    // A file younger than the grace period may belong to a transaction not yet committed.
    expect(onDisk(fresh.id)).toBe(true);
    expect(await store.sweepOrphans(t.ctx.db, Date.now() + 2 * 3_600_000)).toBe(1);
    expect(onDisk(fresh.id)).toBe(false);
  });

  it('answers 0 on an empty or missing root', async () => {
    expect(await new FileStore(path.join(store.root, 'nothing-here')).sweepOrphans(t.ctx.db)).toBe(0);
  });
});
