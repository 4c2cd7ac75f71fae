import type { OccupancyView, VacancyPage, VacancyQuery } from '@inohub/contracts/zone/space';
import type { Db } from '../../../lib/db/types.ts';
import { addDays, parseRange, rangeOf, todayInTomsk } from '../common.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { occupancyOf } from './occupancy.ts';
import * as repo from './repo.ts';

// The zone's space as people look for it: free units (vacancies) and a building's occupancy.
// Holds are in holds.ts, rule E5 in free-area.ts.

export { freeAreaMatches } from './free-area.ts';
export { createHold, holdView, releaseHold } from './holds.ts';
export { findHold, holdsOfApplication } from './repo.ts';

/** Units free for the whole of `[from, to]` (default: a year from today in Tomsk). */
export async function searchVacancies(db: Db, q: VacancyQuery): Promise<VacancyPage> {
  const from = q.from ?? todayInTomsk();
  const to = q.to ?? addDays(from, 364);
  const { page, pageSize } = q;
  const filter = {
    zoneId: q.zoneId,
    siteId: q.siteId,
    buildingId: q.buildingId,
    kind: q.kind,
    minArea: q.minArea,
    maxArea: q.maxArea,
  };
  const { rows, total } = await repo.freeUnitsPage(db, rangeOf(from, to), filter, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  return {
    items: rows.map((r) => ({ ...r, monthlyRentKopecks: Math.round(r.areaM2 * r.monthlyRatePerM2Kopecks) })),
    total,
    page,
    pageSize,
    from,
    to,
  };
}

/** Every unit of a building on a date (default today): leased (to whom), held, or vacant; with area totals. */
export async function buildingOccupancy(
  db: Db,
  buildingId: string,
  onDate: string = todayInTomsk(),
): Promise<OccupancyView> {
  await repo.findBuildingId(db, buildingId);
  const day = rangeOf(onDate, onDate);
  const units = await repo.unitsOfBuilding(db, buildingId);
  const leases = await repo.leasesInBuilding(db, buildingId, day);
  const held = new Set(await repo.heldUnitIdsInBuilding(db, buildingId, day));
  const orgs = await organizationFactsMany(db, [...new Set(leases.map((l) => l.organizationId))]);
  return occupancyOf(
    buildingId,
    onDate,
    units,
    leases.map((l) => ({
      unitId: l.unitId,
      leaseId: l.leaseId,
      residentId: l.residentId,
      organizationName: orgs.get(l.organizationId)?.name ?? '',
      ...parseRange(l.period),
    })),
    held,
  );
}
