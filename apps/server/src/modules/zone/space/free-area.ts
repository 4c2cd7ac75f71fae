import type { UnitKind } from '@inohub/contracts/zone/space';
import type { Db } from '../../../lib/db/types.ts';
import { addDays, rangeOf } from '../common.ts';
import { countFreeUnitsOf, countSitesWithArea, freeAreaOf } from './repo.ts';

export interface FreeAreaRequest {
  zoneId: string;
  applicationId: string;
  unitIds: string[];
  areaM2: number | null;
  landHa: number | null;
  kind: UnitKind | null;
  onDate: string;
}

/**
 * Eligibility rule E5 (docs/domain/zone.md, "Eligibility"): the units the application asks for
 * are free for a year from `onDate`, or the zone has that much free area of the kind asked for.
 * The application's own holds do not count against it.
 */
export async function freeAreaMatches(db: Db, q: FreeAreaRequest): Promise<boolean> {
  const range = rangeOf(q.onDate, addDays(q.onDate, 364));
  if (q.unitIds.length) {
    const free = await countFreeUnitsOf(db, q.zoneId, q.applicationId, range, q.unitIds);
    return free === new Set(q.unitIds).size;
  }
  if (q.areaM2) return (await freeAreaOf(db, q.zoneId, q.applicationId, range, q.kind)) >= q.areaM2;
  // Land plots are not modelled yet: any site of the zone with an area larger than the request.
  if (q.landHa) return (await countSitesWithArea(db, q.zoneId, q.landHa)) > 0;
  return false;
}
