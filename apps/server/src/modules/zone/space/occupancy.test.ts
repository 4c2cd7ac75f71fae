import { describe, expect, it } from 'vitest';
import { type OccupancyUnit, occupancyOf } from './occupancy.ts';

const unit = (id: string, areaM2: number, status: OccupancyUnit['status'] = 'available'): OccupancyUnit => ({
  id,
  code: id,
  kind: 'office',
  floor: 1,
  areaM2,
  status,
});
const lease = (unitId: string) => ({
  unitId,
  leaseId: `L-${unitId}`,
  residentId: 'r1',
  organizationName: 'Org',
  from: '2026-01-01',
  to: '2026-12-31',
});

describe('occupancyOf', () => {
  it('marks units leased, held, vacant or out of service and sums the leased area', () => {
    const view = occupancyOf(
      'b1',
      '2026-06-01',
      [unit('a', 30.5), unit('b', 20), unit('c', 10), unit('d', 40, 'out_of_service')],
      [lease('a')],
      new Set(['b']),
    );
    expect(view.units.map((u) => u.state)).toEqual(['leased', 'held', 'vacant', 'out_of_service']);
    expect(view.units[0]?.lease).toMatchObject({ id: 'L-a', organizationName: 'Org', to: '2026-12-31' });
    expect(view.totalAreaM2).toBe(100.5);
    expect(view.leasedAreaM2).toBe(30.5);
    expect(view.occupancyRate).toBe(0.3035);
  });

  it('a lease wins over a hold of the same unit', () => {
    const view = occupancyOf('b1', '2026-06-01', [unit('a', 10)], [lease('a')], new Set(['a']));
    expect(view.units[0]?.state).toBe('leased');
  });

  it('an empty building is 0 % occupied, not NaN', () => {
    expect(occupancyOf('b1', '2026-06-01', [], [], new Set()).occupancyRate).toBe(0);
  });
});
