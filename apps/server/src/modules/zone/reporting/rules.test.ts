import { describe, expect, it } from 'vitest';
import {
  isEditable,
  isOverdue,
  isSubmitted,
  misplacedAnnualFields,
  missingFigures,
  REQUIRED_ALWAYS,
} from './rules.ts';

describe('report rules', () => {
  it('a report is overdue the day after its due date while the resident still owes it', () => {
    expect(isOverdue({ status: 'due', dueOn: '2025-04-20' }, '2025-04-20')).toBe(false);
    expect(isOverdue({ status: 'due', dueOn: '2025-04-20' }, '2025-04-21')).toBe(true);
    expect(isOverdue({ status: 'draft', dueOn: '2025-04-20' }, '2025-05-01')).toBe(true);
    expect(isOverdue({ status: 'returned', dueOn: '2025-04-20' }, '2025-05-01')).toBe(true);
    expect(isOverdue({ status: 'submitted', dueOn: '2025-04-20' }, '2025-05-01')).toBe(false);
    expect(isOverdue({ status: 'accepted', dueOn: '2025-04-20' }, '2025-05-01')).toBe(false);
  });

  it('members change a report until it is submitted, and again once it is returned', () => {
    expect(['due', 'draft', 'returned'].every((s) => isEditable(s as 'due'))).toBe(true);
    expect(isEditable('submitted')).toBe(false);
    expect(isEditable('accepted')).toBe(false);
    expect(isSubmitted('accepted')).toBe(true);
    expect(isSubmitted('returned')).toBe(false);
  });

  it('lists the required figures still missing; an annual report also needs the tax bases', () => {
    expect(missingFigures('quarterly', {})).toEqual([...REQUIRED_ALWAYS]);
    const all = Object.fromEntries(REQUIRED_ALWAYS.map((k) => [k, 0]));
    expect(missingFigures('quarterly', all)).toEqual([]);
    expect(missingFigures('annual', { ...all, sezProfitBaseKopecks: -5 })).toEqual([
      'payrollUnderCapKopecks',
      'payrollAboveCapKopecks',
    ]);
  });

  it('tax bases set in a quarterly draft are misplaced; cleared (null) ones are not', () => {
    expect(
      misplacedAnnualFields('quarterly', { sezProfitBaseKopecks: 1, payrollUnderCapKopecks: null }),
    ).toEqual(['sezProfitBaseKopecks']);
    expect(misplacedAnnualFields('annual', { sezProfitBaseKopecks: 1 })).toEqual([]);
  });
});
