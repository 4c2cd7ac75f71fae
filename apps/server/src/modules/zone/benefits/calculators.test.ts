import { describe, expect, it } from 'vitest';
import {
  insuranceBases,
  insuranceSaving,
  landSaving,
  profitSaving,
  propertySaving,
  transportSaving,
} from './calculators.ts';
import { applyRate, divRound, pctUnits } from './money.ts';
import { addYears, exemptMonths, taxPeriodIndex } from './tax-periods.ts';

// Amounts are kopecks: 1 RUB = 100.
const RUB = (n: number) => n * 100;

describe('exact arithmetic', () => {
  it('turns percent strings into integer units of 0.0001 %', () => {
    expect(pctUnits('13.5000')).toBe(135_000n);
    expect(pctUnits('5')).toBe(50_000n);
    expect(pctUnits('15.1')).toBe(151_000n);
    expect(pctUnits(2.2)).toBe(22_000n);
    expect(pctUnits('0.0001')).toBe(1n);
    expect(() => pctUnits('abc')).toThrow();
  });

  it('rounds half up to the kopeck, once', () => {
    // 333 × 13.5 % = 44.955 → 45
    expect(applyRate(333, pctUnits('13.5'))).toBe(45);
    // 10 × 5 % = 0.5 → 1 (half up); 9 × 5 % = 0.45 → 0
    expect(applyRate(10, pctUnits('5'))).toBe(1);
    expect(applyRate(9, pctUnits('5'))).toBe(0);
    expect(divRound(-5n, 2n)).toBe(-3n);
    // no float drift on large bases: 123 456 789 012 345 × 0.1 % = 123 456 789 012.345 → 123 456 789 012
    expect(applyRate(123_456_789_012_345, pctUnits('0.1'))).toBe(123_456_789_012);
  });

  it('adds years, 29 February → 28 February in a common year', () => {
    expect(addYears('2018-03-10', 10)).toBe('2028-03-10');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('numbers tax periods from the first year of SEZ income', () => {
    expect(taxPeriodIndex(2021, 2021)).toBe(1);
    expect(taxPeriodIndex(2025, 2021)).toBe(5);
    expect(taxPeriodIndex(2026, 2021)).toBe(6);
    expect(taxPeriodIndex(2019, 2021)).toBe(1);
  });
});

describe('profit tax saving = P_sez × [(r_fed_std + r_reg_std) − (r_fed_res + r_reg_res(k))]', () => {
  it('2023, k = 3 (Tomsk 5 %): 10 m RUB × (3 + 17 − 2 − 5) % = 1.3 m RUB', () => {
    // standard 20 % of 10 000 000 = 2 000 000 RUB; resident 7 % = 700 000 RUB; saving 1 300 000 RUB
    const r = profitSaving(RUB(10_000_000), { fedStd: '3', regStd: '17', fedRes: '2', regRes: '5' });
    expect(r.standardTax).toBe(RUB(2_000_000));
    expect(r.residentTax).toBe(RUB(700_000));
    expect(r.saving).toBe(RUB(1_300_000));
    expect(r.standardPercent).toBe(20);
    expect(r.residentPercent).toBe(7);
  });

  it('2025, k = 12 (13.5 %): 10 m RUB × (8 + 17 − 8 − 13.5) % = 350 000 RUB', () => {
    expect(
      profitSaving(RUB(10_000_000), { fedStd: '8', regStd: '17', fedRes: '8', regRes: '13.5' }).saving,
    ).toBe(RUB(350_000));
  });

  it('2015, k = 7 (0 % federal, 13.5 % regional): 2 345 678.91 RUB × (2 + 18 − 0 − 13.5) % = 152 469.13 RUB', () => {
    // 234 567 891 kopecks × 6.5 % = 15 246 912.915 → 15 246 913 kopecks
    expect(profitSaving(234_567_891, { fedStd: '2', regStd: '18', fedRes: '0', regRes: '13.5' }).saving).toBe(
      15_246_913,
    );
  });

  it('a loss saves nothing; without separate accounting there is no benefit', () => {
    expect(
      profitSaving(-RUB(5_000_000), { fedStd: '3', regStd: '17', fedRes: '2', regRes: '5' }).saving,
    ).toBe(0);
    expect(
      profitSaving(RUB(10_000_000), { fedStd: '3', regStd: '17', fedRes: '2', regRes: '5' }, false).saving,
    ).toBe(0);
  });

  it('a resident rate above the standard one gives 0, never a negative saving', () => {
    expect(profitSaving(RUB(1_000), { fedStd: '2', regStd: '5', fedRes: '3', regRes: '13.5' }).saving).toBe(
      0,
    );
  });
});

describe('exemption months', () => {
  it('counts the months held and still exempt', () => {
    // registered 2018-03-10, 10 years → exempt until 2028-03-10
    expect(exemptMonths(2018, '2018-03-10', 10)).toEqual({ held: 10, exempt: 10 }); // March–December
    expect(exemptMonths(2020, '2018-03-10', 10)).toEqual({ held: 12, exempt: 12 });
    expect(exemptMonths(2028, '2018-03-10', 10)).toEqual({ held: 12, exempt: 3 }); // Jan, Feb, Mar (1 March < 10 March)
    expect(exemptMonths(2029, '2018-03-10', 10)).toEqual({ held: 12, exempt: 0 });
    expect(exemptMonths(2017, '2018-03-10', 10)).toEqual({ held: 0, exempt: 0 });
    // registered on the 1st: exempt until 2015-06-01 → June is no longer exempt
    expect(exemptMonths(2015, '2010-06-01', 5)).toEqual({ held: 12, exempt: 5 });
    expect(exemptMonths(2020, '2018-03-10', null)).toEqual({ held: 12, exempt: 0 });
  });
});

describe('property tax saving = Σ eligible avg_value × r × exempt/held months', () => {
  const yearsAt = (day: string) => (day < '2012-01-01' ? 5 : 10);
  const building = {
    name: 'Лабораторный корпус',
    registeredOn: '2018-03-10',
    avgValueKopecks: RUB(50_000_000),
    eligible: true,
  };

  it('full year: 50 m RUB × 2.2 % = 1.1 m RUB', () => {
    expect(propertySaving([building], 2020, '2.2', yearsAt).saving).toBe(RUB(1_100_000));
  });

  it('year of registration: 10 of 10 months held are exempt → the full 1.1 m RUB of the average value', () => {
    expect(propertySaving([building], 2018, '2.2', yearsAt).saving).toBe(RUB(1_100_000));
  });

  it('last year: 3 of 12 months → 1.1 m × 3/12 = 275 000 RUB', () => {
    expect(propertySaving([building], 2028, '2.2', yearsAt).saving).toBe(RUB(275_000));
  });

  it('an asset registered up to 2011 gets 5 years; ineligible assets save nothing', () => {
    const old = {
      name: 'Станок',
      registeredOn: '2010-06-01',
      avgValueKopecks: RUB(1_200_000),
      eligible: true,
    };
    // 1 200 000 × 2.2 % = 26 400 RUB; 2015: 5 of 12 months → 11 000 RUB
    const r = propertySaving([old, { ...building, eligible: false }], 2015, '2.2', yearsAt);
    expect(r.items.map((i) => i.saving)).toEqual([RUB(11_000), 0]);
    expect(r.items[0]?.exemptionYears).toBe(5);
    expect(r.saving).toBe(RUB(11_000));
  });
});

describe('land tax saving = cadastral_value × r_land × exempt months / 12', () => {
  const plot = {
    cadastralNumber: '70:21:0100001:123',
    ownedSince: '2021-07-15',
    cadastralValueKopecks: RUB(12_000_000),
  };
  it('12 m RUB × 1.5 % = 180 000 RUB a year; 2021 from July: 6/12 → 90 000 RUB', () => {
    expect(landSaving([plot], 2021, '1.5', () => 5).saving).toBe(RUB(90_000));
    expect(landSaving([plot], 2023, '1.5', () => 5).saving).toBe(RUB(180_000));
  });
  it('2026: exempt until 2026-07-15 → Jan–Jul = 7 months → 105 000 RUB', () => {
    expect(landSaving([plot], 2026, '1.5', () => 5).saving).toBe(RUB(105_000));
    expect(landSaving([plot], 2027, '1.5', () => 5).saving).toBe(0);
  });
});

describe('transport tax saving = annual tax × exempt months / 12', () => {
  const car = { name: 'Lada Largus', registeredOn: '2017-09-20', annualTaxKopecks: RUB(24_000) };
  it('2017: Sep–Dec = 4 months → 8 000 RUB; 2027: Jan–Sep = 9 months → 18 000 RUB; 2028: 0', () => {
    expect(transportSaving([car], 2017, () => 10).saving).toBe(RUB(8_000));
    expect(transportSaving([car], 2022, () => 10).saving).toBe(RUB(24_000));
    expect(transportSaving([car], 2027, () => 10).saving).toBe(RUB(18_000));
    expect(transportSaving([car], 2028, () => 10).saving).toBe(0);
  });
});

describe('insurance contributions saving = Σ min(pay, cap) × (r_std − r_res) + Σ above cap × (r_std_above − r_res_above)', () => {
  it('splits annual pay at the cap', () => {
    // cap 2024 = 2 225 000 RUB; pays 3 000 000 and 1 200 000 → under 2 225 000 + 1 200 000 = 3 425 000, above 775 000
    expect(insuranceBases([RUB(3_000_000), RUB(1_200_000)], RUB(2_225_000))).toEqual({
      underCap: RUB(3_425_000),
      aboveCap: RUB(775_000),
    });
    expect(insuranceBases([RUB(100)], null)).toEqual({ underCap: RUB(100), aboveCap: 0 });
  });

  it('2017 (30 % vs 14 %): 3 425 000 × 16 % = 548 000 RUB; above the cap 10 % vs 10 % → 0', () => {
    const r = insuranceSaving(
      { underCap: RUB(3_425_000), aboveCap: RUB(775_000) },
      { std: '30', stdAboveCap: '10', res: '14', resAboveCap: '10' },
    );
    expect(r.underSaving).toBe(RUB(548_000));
    expect(r.aboveSaving).toBe(0);
    expect(r.saving).toBe(RUB(548_000));
  });

  it('2018 (30 % vs 21 %): 3 425 000 × 9 % = 308 250 RUB; 2020+ (30 % vs 30 %): 0', () => {
    expect(
      insuranceSaving(
        { underCap: RUB(3_425_000), aboveCap: 0 },
        { std: '30', stdAboveCap: '10', res: '21', resAboveCap: '10' },
      ).saving,
    ).toBe(RUB(308_250));
    expect(
      insuranceSaving(
        { underCap: RUB(3_425_000), aboveCap: 0 },
        { std: '30', stdAboveCap: '15.1', res: '30', resAboveCap: '15.1' },
      ).saving,
    ).toBe(0);
  });
});
