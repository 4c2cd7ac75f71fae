import {
  HORIZONS,
  MIN_CELL,
  type RetentionCell,
  type RetentionRow,
  type RetentionView,
} from '@inohub/contracts/talent/retention';
import type { Db } from '../../../lib/db/types.ts';
import { organizationFactsMany } from '../directory-port.ts';
import { todayInTomsk } from '../outcomes/dates.ts';
import type { TalentPorts } from '../ports.ts';
import {
  type Counts,
  cellOf,
  type HorizonCounts,
  hiddenCell,
  outflowOf,
  suppressComplement,
} from './formulas.ts';
import { type RetentionFilter, retentionChoices, retentionCounts } from './query.ts';

// The retention dashboard (docs/domain/talent.md, "Retention"): counts from query.ts, turned into
// published figures with small cells suppressed.

const PARTICIPATION_LABELS = {
  hub_internship: ['Стажировка через хаб', 'Internship through the hub'],
  incubator: ['Инкубатор', 'Incubator'],
  zone_resident_job: ['Работа у резидента ОЭЗ', 'Job at a zone resident'],
  none: ['Без участия', 'No participation'],
} as const;

const cellsOf = (counts: HorizonCounts) => HORIZONS.map((h) => cellOf(h, counts[h] as Counts));

/**
 * Rows that add up to the total (universities, programmes, cohorts) get complementary suppression
 * per horizon, so that no hidden cell follows from the total minus the shown ones.
 */
function protectPartition(rows: RetentionRow[], total: RetentionCell[]): void {
  HORIZONS.forEach((_, hi) => {
    const totalShown = !(total[hi] as RetentionCell).suppressed;
    const extra = suppressComplement(
      rows,
      (r) => ({ employed: (r.cells[hi] as RetentionCell).employed ?? 0 }),
      (r) => (r.cells[hi] as RetentionCell).suppressed,
      totalShown,
    );
    for (const i of extra) {
      const row = rows[i] as RetentionRow;
      row.cells[hi] = hiddenCell(row.cells[hi] as RetentionCell);
    }
  });
}

export async function retentionView(
  db: Db,
  ports: TalentPorts,
  filter: RetentionFilter,
  now = new Date(),
): Promise<RetentionView> {
  const today = todayInTomsk(now);
  const zoneResidents = await ports.zoneResidentOrganizationIds(db);
  const [counts, choices] = await Promise.all([
    retentionCounts(db, filter, zoneResidents, today),
    retentionChoices(db),
  ]);
  const orgIds = [
    ...new Set([...choices.universityIds, ...(filter.by === 'university' ? counts.rows.keys() : [])]),
  ].filter((id) => id !== '');
  const orgs = await organizationFactsMany(db, orgIds);
  const total = cellsOf(counts.total);

  let rows: RetentionRow[];
  if (filter.by === 'participation') {
    rows = (['hub_internship', 'incubator', 'zone_resident_job', 'none'] as const).map((key) => {
      const [labelRu, labelEn] = PARTICIPATION_LABELS[key];
      if (key === 'incubator')
        // No source until the incubator module exists: said so, not shown as zero.
        return {
          key,
          labelRu,
          labelEn,
          noSource: true,
          cells: HORIZONS.map((horizon) => ({
            horizon,
            graduates: null,
            employed: null,
            inRegion: null,
            share: null,
            suppressed: false,
          })),
        };
      return { key, labelRu, labelEn, noSource: false, cells: cellsOf(counts.participation[key]) };
    });
  } else {
    rows = [...counts.rows.entries()].map(([key, c]) => {
      const [labelRu, labelEn] = labelOf(filter.by, key, orgs);
      return { key, labelRu, labelEn, noSource: false, cells: cellsOf(c) };
    });
    rows.sort((a, b) =>
      filter.by === 'cohort' ? Number(a.key) - Number(b.key) : a.labelRu.localeCompare(b.labelRu, 'ru'),
    );
    protectPartition(rows, total);
  }

  const trendEntries = [...counts.trend.entries()].sort((a, b) => a[0] - b[0]);
  const trendRows: RetentionRow[] = trendEntries.map(([cohort, c]) => ({
    key: String(cohort),
    labelRu: '',
    labelEn: '',
    noSource: false,
    cells: [cellOf(12, c)],
  }));
  const total12 = total[HORIZONS.indexOf(12)] as RetentionCell;
  const extra = suppressComplement(
    trendRows,
    (r) => ({ employed: (r.cells[0] as RetentionCell).employed ?? 0 }),
    (r) => (r.cells[0] as RetentionCell).suppressed,
    !total12.suppressed,
  );
  const trend = trendRows.map((r, i) => ({
    cohort: Number(r.key),
    cell: extra.has(i) ? hiddenCell(r.cells[0] as RetentionCell) : (r.cells[0] as RetentionCell),
  }));

  return {
    by: filter.by,
    horizons: [...HORIZONS],
    minCell: MIN_CELL,
    total,
    rows,
    outflow: outflowOf(counts.outflow, !total12.suppressed),
    trend,
    universities: choices.universityIds
      .map((id) => ({ id, name: orgs.get(id)?.name ?? id, nameEn: orgs.get(id)?.nameEn ?? null }))
      .sort((a, b) => a.name.localeCompare(b.name, 'ru')),
    cohorts: choices.cohorts,
    computedAt: now,
  };
}

function labelOf(
  by: RetentionFilter['by'],
  key: string,
  orgs: Map<string, { name: string; nameEn: string | null }>,
): [string, string] {
  if (by === 'university') {
    if (key === '') return ['Университет не указан', 'University not given'];
    const org = orgs.get(key);
    return [org?.name ?? key, org?.nameEn ?? org?.name ?? key];
  }
  if (by === 'program') return key === '' ? ['Программа не указана', 'Programme not given'] : [key, key];
  return [`Выпуск ${key}`, `Class of ${key}`];
}
