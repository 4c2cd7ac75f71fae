import type { OccupancyState, OccupancyView, UnitKind, UnitStatus } from '@inohub/contracts/zone/space';

// What a building looks like on one day: each unit leased (to whom), held or vacant, and the
// share of its area that is leased. Pure: the service loads the rows.

export interface OccupancyUnit {
  id: string;
  code: string;
  kind: UnitKind;
  floor: number;
  areaM2: number;
  status: UnitStatus;
}

export interface OccupancyLease {
  unitId: string;
  leaseId: string;
  residentId: string;
  organizationName: string;
  from: string;
  to: string;
}

/** A unit taken out of service shows as such whatever its leases; its leased area still counts. */
function stateOf(unit: OccupancyUnit, leased: boolean, held: boolean): OccupancyState {
  if (unit.status !== 'available') return 'out_of_service';
  if (leased) return 'leased';
  return held ? 'held' : 'vacant';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function occupancyOf(
  buildingId: string,
  onDate: string,
  units: readonly OccupancyUnit[],
  leases: readonly OccupancyLease[],
  heldUnitIds: ReadonlySet<string>,
): OccupancyView {
  let leasedArea = 0;
  let totalArea = 0;
  const items = units.map((u) => {
    const lease = leases.find((l) => l.unitId === u.id);
    totalArea += u.areaM2;
    if (lease) leasedArea += u.areaM2;
    return {
      unitId: u.id,
      code: u.code,
      kind: u.kind,
      floor: u.floor,
      areaM2: u.areaM2,
      state: stateOf(u, !!lease, heldUnitIds.has(u.id)),
      lease: lease
        ? {
            id: lease.leaseId,
            residentId: lease.residentId,
            organizationName: lease.organizationName,
            from: lease.from,
            to: lease.to,
          }
        : null,
    };
  });
  return {
    buildingId,
    onDate,
    totalAreaM2: round2(totalArea),
    leasedAreaM2: round2(leasedArea),
    occupancyRate: totalArea > 0 ? Math.round((leasedArea / totalArea) * 10_000) / 10_000 : 0,
    units: items,
  };
}
