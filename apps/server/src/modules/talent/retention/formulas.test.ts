import { describe, expect, it } from 'vitest';
import {
  addMonths,
  cellOf,
  countGroup,
  countOutflow,
  countParticipation,
  type GraduateFacts,
  horizonDate,
  type ObservedOutcome,
  outcomeInForce,
  outflowOf,
  suppressComplement,
} from './formulas.ts';

let seq = 0;
const at = (observedOn: string, over: Partial<ObservedOutcome> = {}): ObservedOutcome => ({
  id: `o${String(++seq).padStart(4, '0')}`,
  status: 'employed',
  geoBucket: 'tomsk',
  employerOrganizationId: null,
  observedOn,
  createdAt: new Date(`${observedOn}T12:00:00Z`),
  ...over,
});
const grad = (cohort: number, outcomes: ObservedOutcome[], hubInternship = false): GraduateFacts => ({
  id: `g${++seq}`,
  cohort,
  hubInternship,
  outcomes,
});

describe('dates', () => {
  it('graduation is 1 July of the cohort year; horizons count calendar months from it', () => {
    expect(horizonDate(2020, 6)).toBe('2021-01-01');
    expect(horizonDate(2020, 12)).toBe('2021-07-01');
    expect(horizonDate(2020, 36)).toBe('2023-07-01');
    expect(addMonths('2021-07-01', -12)).toBe('2020-07-01');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
});

describe('outcome in force at a horizon', () => {
  const a = at('2020-09-15', { geoBucket: 'tomsk' });
  const b = at('2021-03-10', { geoBucket: 'moscow_spb' });
  const c = at('2022-11-01', { geoBucket: 'abroad' });
  const outcomes = [c, a, b];

  it('is the latest observed on or before the date', () => {
    // 6 months → 2021-01-01: a (Sep 2020); 12 → 2021-07-01: b (Mar 2021).
    expect(outcomeInForce(outcomes, horizonDate(2020, 6))?.id).toBe(a.id);
    expect(outcomeInForce(outcomes, horizonDate(2020, 12))?.id).toBe(b.id);
    // An outcome observed on the date itself is in force.
    expect(outcomeInForce([at('2021-07-01')], '2021-07-01')).not.toBeNull();
  });

  it('is nothing when the latest is more than 12 months old', () => {
    // 36 → 2023-07-01: c (Nov 2022) is 8 months old: in force.
    expect(outcomeInForce(outcomes, horizonDate(2020, 36))?.id).toBe(c.id);
    // Without c: b (Mar 2021) is 28 months old at 2023-07-01: unknown.
    expect(outcomeInForce([a, b], horizonDate(2020, 36))).toBeNull();
    // Exactly 12 months old still counts; one day more does not.
    expect(outcomeInForce([at('2020-07-01')], '2021-07-01')).not.toBeNull();
    expect(outcomeInForce([at('2020-06-30')], '2021-07-01')).toBeNull();
  });

  it('takes the last written among records of the same date', () => {
    const first = at('2021-05-01', { geoBucket: 'tomsk', createdAt: new Date('2021-05-02T00:00:00Z') });
    const second = at('2021-05-01', { geoBucket: 'cis', createdAt: new Date('2021-06-01T00:00:00Z') });
    expect(outcomeInForce([second, first], '2021-07-01')?.id).toBe(second.id);
  });
});

describe('cells and small-cell suppression', () => {
  it('shows a cell of 5 employed and hides one of 4', () => {
    expect(cellOf(12, { graduates: 9, employed: 5, inRegion: 3 })).toEqual({
      horizon: 12,
      graduates: 9,
      employed: 5,
      inRegion: 3,
      share: 0.6,
      suppressed: false,
    });
    expect(cellOf(12, { graduates: 30, employed: 4, inRegion: 4 })).toEqual({
      horizon: 12,
      graduates: null,
      employed: null,
      inRegion: null,
      share: null,
      suppressed: true,
    });
  });

  it('hides a second cell when only one of a partition is hidden', () => {
    const items = [{ employed: 3 }, { employed: 12 }, { employed: 7 }];
    const small = (x: { employed: number }) => x.employed < 5;
    expect([...suppressComplement(items, (x) => x, small, true)]).toEqual([2]);
    // Two hidden: neither follows from the total by subtraction alone.
    expect([...suppressComplement([...items, { employed: 2 }], (x) => x, small, true)]).toEqual([]);
    // The total itself hidden: nothing to subtract from.
    expect([...suppressComplement(items, (x) => x, small, false)]).toEqual([]);
  });
});

describe('counting a group', () => {
  const today = '2024-12-01';
  // Cohort 2020, hand-counted: horizons 2021-01-01, 2021-07-01, 2023-07-01.
  const group = [
    grad(2020, [at('2020-10-01', { geoBucket: 'tomsk' })]), // 6: T; 12: T; 36: stale
    grad(2020, [at('2020-10-01', { geoBucket: 'siberia' }), at('2023-01-10', { geoBucket: 'tomsk' })]), // 6: S; 12: S; 36: T
    grad(2020, [at('2020-12-01', { status: 'further_study', geoBucket: null })]), // never employed
    grad(2020, [at('2021-02-01', { geoBucket: 'tomsk' })]), // 6: none yet; 12: T; 36: stale
    grad(2020, [at('2021-06-30', { geoBucket: 'cis', status: 'self_employed' })]), // 12: CIS; 36: stale
    grad(2020, []), // nothing known
    grad(2024, [at('2024-10-01')]), // cohort 2024: 6-month date 2025-01-01 not reached yet
  ];

  it('counts graduates, employed and in the region per horizon', () => {
    const c = countGroup(group, today);
    expect(c[6]).toEqual({ graduates: 6, employed: 2, inRegion: 1 });
    expect(c[12]).toEqual({ graduates: 6, employed: 4, inRegion: 2 });
    expect(c[36]).toEqual({ graduates: 6, employed: 1, inRegion: 1 });
  });

  it('splits the outflow at 12 months by bucket', () => {
    expect(countOutflow(group, today)).toEqual({
      tomsk: 2,
      siberia: 1,
      moscow_spb: 0,
      other_russia: 0,
      cis: 1,
      abroad: 0,
    });
  });

  it('counts participation: hub internship per person, zone resident per outcome, none otherwise', () => {
    const zone = 'org-zone';
    const people = [
      grad(2020, [at('2021-03-01', { employerOrganizationId: zone })], true), // hub + zone, in Tomsk
      grad(2020, [at('2021-03-01', { geoBucket: 'moscow_spb' })], true), // hub only
      grad(2020, [at('2021-03-01', { employerOrganizationId: zone, geoBucket: 'tomsk' })]), // zone only
      grad(2020, [at('2021-03-01', { geoBucket: 'abroad' })]), // none
      grad(2020, []), // none, unknown
    ];
    const p = countParticipation(people, new Set([zone]), today);
    expect(p.hub_internship[12]).toEqual({ graduates: 2, employed: 2, inRegion: 1 });
    expect(p.zone_resident_job[12]).toEqual({ graduates: 2, employed: 2, inRegion: 2 });
    expect(p.none[12]).toEqual({ graduates: 2, employed: 1, inRegion: 0 });
    // At 6 months (2021-01-01) nobody had an outcome yet: the zone group is empty, "none" holds the three.
    expect(p.zone_resident_job[6]).toEqual({ graduates: 0, employed: 0, inRegion: 0 });
    expect(p.none[6]).toEqual({ graduates: 3, employed: 0, inRegion: 0 });
  });
});

describe('outflow slices', () => {
  it('shares over all employed, slices under 5 hidden with a complement', () => {
    // 40 employed: 27 / 6 / 0 / 5 / 2 / 0. Primary: moscow_spb 0, cis 2, abroad 0 → three hidden, no complement.
    const s = outflowOf({ tomsk: 27, siberia: 6, moscow_spb: 0, other_russia: 5, cis: 2, abroad: 0 }, true);
    expect(s.map((x) => x.count)).toEqual([27, 6, null, 5, null, null]);
    expect(s[0]?.share).toBeCloseTo(27 / 40, 10);
    // Exactly one small slice (cis 3): the smallest other (other_russia 5) is hidden with it.
    const t = outflowOf({ tomsk: 30, siberia: 8, moscow_spb: 6, other_russia: 5, cis: 3, abroad: 7 }, true);
    expect(t.map((x) => x.suppressed)).toEqual([false, false, false, true, true, false]);
    expect(t[0]?.share).toBeCloseTo(30 / 59, 10);
  });

  it('reproduces the Tomsk 2015 split', () => {
    // 66.5 / 13.8 / 12.3 / 5.8 / 1.3 % (unitomsk.ru; they add up to 99.7 %), "other Russia" split
    // 6.0 capitals + 6.3 rest: 997 people, each share over the 997.
    const s = outflowOf(
      { tomsk: 665, siberia: 138, moscow_spb: 60, other_russia: 63, cis: 58, abroad: 13 },
      true,
    );
    const expected = [665, 138, 60, 63, 58, 13].map((n) => n / 997);
    for (const [i, x] of s.entries()) expect(x.share).toBeCloseTo(expected[i] as number, 12);
    expect(s[0]?.share).toBeCloseTo(0.667, 3);
  });
});
