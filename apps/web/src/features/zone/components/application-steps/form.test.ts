import { describe, expect, it } from 'vitest';
import { type ApplicationDetail, type ApplicationValues, fromApplication, toPatch } from './form.ts';

const application = {
  requestedUnitIds: [],
  activityDescription: 'Мониторинг лесных пожаров',
  declaredActivities: ['62.01'],
  focusArea: 'it_electronics',
  requestedAreaM2: 120,
  requestedLandHa: null,
  requestedUnitKind: 'office',
  investmentPlan: [
    { year: 2027, capexKopecks: 1_200_000_000, rndKopecks: 800_000_050, jobs: 25, revenueKopecks: 0 },
  ],
  utilities: { powerKw: 40, waterM3PerDay: 2, gasM3PerHour: 0 },
  proportionalityAcknowledged: false,
} as unknown as ApplicationDetail;

describe('the application form', () => {
  it('shows money in roubles and sends it back in kopecks', () => {
    const values = fromApplication(application);
    expect(values.plan[0]).toEqual({ year: 2027, capex: 12_000_000, rnd: 8_000_000.5, jobs: 25, revenue: 0 });
    expect(values.spaceMode).toBe('area');
    expect(values.requestedLandHa).toBe('');
    expect(toPatch(values)).toEqual({
      activityDescription: 'Мониторинг лесных пожаров',
      declaredActivities: ['62.01'],
      focusArea: 'it_electronics',
      requestedUnitIds: [],
      requestedUnitKind: 'office',
      requestedAreaM2: 120,
      requestedLandHa: null,
      investmentPlan: [
        { year: 2027, capexKopecks: 1_200_000_000, rndKopecks: 800_000_050, jobs: 25, revenueKopecks: 0 },
      ],
      utilities: { powerKw: 40, waterM3PerDay: 2, gasM3PerHour: 0 },
      proportionalityAcknowledged: false,
    });
  });

  it('sends empty fields as null, empty plan cells as 0, and only the chosen kind of space', () => {
    const values: ApplicationValues = {
      ...fromApplication(application),
      activityDescription: '   ',
      spaceMode: 'units',
      requestedUnitIds: ['u1'],
      requestedAreaM2: 50,
      requestedLandHa: 0,
      plan: [{ year: 2028, capex: '', rnd: 1.25, jobs: '3.6', revenue: '' }],
      powerKw: '',
    };
    const patch = toPatch(values);
    expect(patch.activityDescription).toBeNull();
    expect(patch.requestedUnitIds).toEqual(['u1']);
    expect(patch.requestedAreaM2).toBeNull();
    expect(patch.requestedLandHa).toBeNull();
    expect(patch.investmentPlan).toEqual([
      { year: 2028, capexKopecks: 0, rndKopecks: 125, jobs: 4, revenueKopecks: 0 },
    ]);
    expect(patch.utilities?.powerKw).toBeNull();
  });
});
