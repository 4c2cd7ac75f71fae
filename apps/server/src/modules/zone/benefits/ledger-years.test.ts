import { describe, expect, it } from 'vitest';
import { annual } from '../reporting/tests/rows.ts';
import { computeLedgerYears, firstIncomeYear, type ResidentLedgerData } from './ledger-years.ts';
import { type ParamRow, ParamSet } from './params.ts';

const RUB = (n: number) => n * 100;

let n = 0;
const version = (
  code: string,
  value: Partial<ParamRow>,
  from = '2000-01-01',
  to: string | null = null,
): ParamRow => ({
  id: `p${++n}`,
  zoneId: null,
  code,
  tierFrom: 1,
  tierTo: null,
  ratePercent: null,
  amountKopecks: null,
  count: null,
  textValue: null,
  effectiveFrom: from,
  effectiveTo: to,
  source: 'test',
  confidence: 'stated',
  ...value,
});

/** Profit 20 % standard, 7 % resident; property 2 % exempt 10 years; proportionality per period from 2026, no grace. */
const params = new ParamSet(
  [
    version('profit_fed_std', { ratePercent: '3' }),
    version('profit_reg_std', { ratePercent: '17' }),
    version('profit_fed_res', { ratePercent: '2' }),
    version('profit_reg_res', { ratePercent: '5' }),
    version('property_rate', { ratePercent: '2' }),
    version('property_exemption_years', { count: 10 }),
    version('proportionality_test', { textValue: 'period' }, '2026-01-01'),
  ],
  'zone-1',
);

const data = (over: Partial<ResidentLedgerData> = {}): ResidentLedgerData => ({
  resident: { id: 'r1', organizationId: 'o1', since: '2024-03-01' },
  reports: [],
  plans: [],
  profile: null,
  params,
  organizationName: 'Acme',
  ...over,
});

describe('ledger years of a resident', () => {
  it('the first SEZ income year comes from the tax profile, else the first annual report with profit or revenue', () => {
    const reports = [annual(2025, { revenueKopecks: 1 }), annual(2024, { revenueKopecks: 0 })];
    expect(firstIncomeYear({ profile: null, reports })).toBe(2025);
    expect(
      firstIncomeYear({ profile: { firstSezIncomeYear: 2023, separateAccounting: true }, reports }),
    ).toBe(2023);
    expect(firstIncomeYear({ profile: null, reports: [] })).toBeNull();
  });

  it('computes each year from the resident’s first one, with the rates used', () => {
    const years = computeLedgerYears(
      data({
        reports: [
          annual(2025, {
            sezProfitBaseKopecks: RUB(1_000_000),
            capexKopecks: RUB(50_000),
            propertyAssets: [
              { name: 'Lab', registeredOn: '2024-06-01', avgValueKopecks: RUB(1_000_000), eligible: true },
            ],
          }),
        ],
        plans: [{ year: 2025, capexKopecks: RUB(100_000), rndKopecks: 0 }],
      }),
      2025,
    );
    expect(years.map((y) => y.year)).toEqual([2024, 2025]);
    const y2025 = years[1];
    expect(y2025?.taxPeriodIndex).toBe(1);
    // profit: 1 000 000 × (20 − 7) % = 130 000; property: 1 000 000 × 2 % = 20 000
    expect(y2025?.lines.find((l) => l.tax === 'profit')?.applied).toBe(RUB(130_000));
    expect(y2025?.lines.find((l) => l.tax === 'property')?.applied).toBe(RUB(20_000));
    expect(y2025?.totals).toEqual({ potential: RUB(150_000), applied: RUB(150_000) });
    expect(y2025?.commitments).toMatchObject({
      plannedCapexKopecks: RUB(100_000),
      actualCapexKopecks: RUB(50_000),
    });
    expect(y2025?.proportionality).toMatchObject({ status: 'not_applicable', mode: null });
    // the land rate has no version: shown as missing, counted as 0
    expect(y2025?.rates.find((r) => r.code === 'land_rate')).toMatchObject({
      value: 'missing',
      confidence: 'unconfirmed',
    });
    expect(years[0]?.hasAnnualReport).toBe(false);
  });

  it('a breach of the 2026 test suspends the benefits of 2027', () => {
    const base = { sezProfitBaseKopecks: RUB(1_000_000), capexKopecks: RUB(10_000) };
    const years = computeLedgerYears(data({ reports: [annual(2026, base), annual(2027, base)] }), 2027);
    const [y2026, y2027] = years.slice(-2);
    expect(y2026?.proportionality).toMatchObject({
      test: 'breach',
      status: 'breach',
      suspendNextPeriod: true,
    });
    expect(y2027?.proportionality.status).toBe('suspended');
    expect(y2027?.totals).toEqual({ potential: RUB(130_000), applied: 0 });
    expect(y2027?.lines.every((l) => l.applied === 0)).toBe(true);
  });

  it('without separate accounting there is no profit-tax benefit', () => {
    const years = computeLedgerYears(
      data({
        profile: { firstSezIncomeYear: null, separateAccounting: false },
        reports: [annual(2025, { sezProfitBaseKopecks: RUB(1_000_000) })],
      }),
      2025,
    );
    expect(years[1]?.lines.find((l) => l.tax === 'profit')?.applied).toBe(0);
  });
});
