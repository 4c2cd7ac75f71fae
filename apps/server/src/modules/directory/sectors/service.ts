import type { SectorView } from '@inohub/contracts/directory';
import { asc } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { sectors } from '../directory.tables.ts';

export async function listSectors(db: Db): Promise<SectorView[]> {
  return db
    .select({ code: sectors.code, nameRu: sectors.nameRu, nameEn: sectors.nameEn, isIt: sectors.isIt })
    .from(sectors)
    .orderBy(asc(sectors.nameEn));
}
