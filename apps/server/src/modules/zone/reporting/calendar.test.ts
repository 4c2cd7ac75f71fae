import { describe, expect, it } from 'vitest';
import {
  annualPeriod,
  currentQuarter,
  dueDate,
  lastClosedPeriods,
  parsePeriod,
  quarterPeriod,
  reminderStage,
} from './calendar.ts';

// Defaults of docs/domain/zone.md ("reporting calendar") as seeded: quarterly 20 days after the quarter, annual on 30 April.
const rule = {
  quarterlyDueDays: 20,
  annualDueMonth: 4,
  annualDueDay: 30,
  remindBeforeDays: [7, 1],
  remindAfterDays: [1, 7, 14],
};

describe('reporting calendar', () => {
  it('has the right period bounds, including leap years', () => {
    expect(quarterPeriod(2025, 1)).toMatchObject({
      period: '2025-Q1',
      start: '2025-01-01',
      end: '2025-03-31',
    });
    expect(quarterPeriod(2025, 2)).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
    expect(quarterPeriod(2025, 3)).toMatchObject({ start: '2025-07-01', end: '2025-09-30' });
    expect(quarterPeriod(2025, 4)).toMatchObject({ start: '2025-10-01', end: '2025-12-31' });
    expect(annualPeriod(2024)).toMatchObject({
      period: '2024',
      start: '2024-01-01',
      end: '2024-12-31',
      quarter: null,
    });
    expect(parsePeriod('2025-Q3')?.end).toBe('2025-09-30');
    expect(parsePeriod('2025')?.kind).toBe('annual');
    expect(parsePeriod('2025-Q5')).toBeNull();
    expect(() => quarterPeriod(2025, 0)).toThrow();
  });

  it('quarterly reports are due 20 days after each quarter, Q4 in January of the next year', () => {
    // 31 Mar + 20 = 20 Apr; 30 Jun + 20 = 20 Jul; 30 Sep + 20 = 20 Oct; 31 Dec + 20 = 20 Jan
    expect(dueDate(quarterPeriod(2025, 1), rule)).toBe('2025-04-20');
    expect(dueDate(quarterPeriod(2025, 2), rule)).toBe('2025-07-20');
    expect(dueDate(quarterPeriod(2025, 3), rule)).toBe('2025-10-20');
    expect(dueDate(quarterPeriod(2025, 4), rule)).toBe('2026-01-20');
    // 15 days: 31 Mar 2024 + 15 = 15 Apr; 31 Dec 2024 + 15 = 15 Jan 2025
    expect(dueDate(quarterPeriod(2024, 1), { ...rule, quarterlyDueDays: 15 })).toBe('2024-04-15');
    expect(dueDate(quarterPeriod(2024, 4), { ...rule, quarterlyDueDays: 15 })).toBe('2025-01-15');
  });

  it('the annual report is due on the configured day of the next year, clamped to the month', () => {
    expect(dueDate(annualPeriod(2025), rule)).toBe('2026-04-30');
    expect(dueDate(annualPeriod(2024), { ...rule, annualDueMonth: 2, annualDueDay: 31 })).toBe('2025-02-28');
    expect(dueDate(annualPeriod(2023), { ...rule, annualDueMonth: 2, annualDueDay: 31 })).toBe('2024-02-29');
  });

  it('knows the periods that have just closed', () => {
    expect(lastClosedPeriods('2026-01-05').map((p) => p.period)).toEqual(['2025-Q4', '2025']);
    expect(lastClosedPeriods('2026-03-31').map((p) => p.period)).toEqual(['2025-Q4', '2025']);
    expect(lastClosedPeriods('2026-04-01').map((p) => p.period)).toEqual(['2026-Q1', '2025']);
    expect(lastClosedPeriods('2026-12-31').map((p) => p.period)).toEqual(['2026-Q3', '2025']);
    expect(currentQuarter('2026-01-01').period).toBe('2026-Q1');
    expect(currentQuarter('2026-03-31').period).toBe('2026-Q1');
    expect(currentQuarter('2026-11-26')).toMatchObject({ period: '2026-Q4', end: '2026-12-31' });
  });

  it('picks the latest reminder stage whose day has come', () => {
    const due = '2025-04-20';
    expect(reminderStage('2025-04-12', due, rule)).toBeNull();
    expect(reminderStage('2025-04-13', due, rule)).toBe('before_7');
    expect(reminderStage('2025-04-18', due, rule)).toBe('before_7');
    expect(reminderStage('2025-04-19', due, rule)).toBe('before_1');
    expect(reminderStage('2025-04-20', due, rule)).toBe('before_1');
    expect(reminderStage('2025-04-21', due, rule)).toBe('after_1');
    expect(reminderStage('2025-04-27', due, rule)).toBe('after_7');
    expect(reminderStage('2025-05-30', due, rule)).toBe('after_14');
    expect(reminderStage('2025-05-30', due, { remindBeforeDays: [], remindAfterDays: [] })).toBeNull();
  });
});
