import type { Duplicate } from './group-lists.ts';
import type { IdTable } from './id-table.ts';
import { type InputErrors, quoted } from './input-errors.ts';
import { lineOfRows } from './line-of-rows.ts';
import type { ListRows } from './rows.ts';

export interface DuplicateLabels {
  readonly path: string;
  readonly file: string;
  readonly ownerLabel: string;
  readonly owners: IdTable;
  readonly otherLabel: string;
  readonly others: IdTable;
}

/** Turns duplicates found by groupLists into `file:line` problems, reading the file again for the lines. */
export function reportDuplicates(
  duplicates: readonly Duplicate[],
  rows: ListRows,
  labels: DuplicateLabels,
  errors: InputErrors,
): void {
  if (duplicates.length === 0) return;
  const lines = lineOfRows(
    labels.path,
    duplicates.flatMap((d) => [d.firstRow, d.row]),
  );
  for (const d of duplicates) {
    const owner = `${labels.ownerLabel} ${quoted(labels.owners.text(d.owner))}`;
    const also = `(also on line ${lines.get(d.firstRow) ?? '?'})`;
    const message =
      d.kind === 'item'
        ? `${owner} lists ${labels.otherLabel} ${quoted(labels.others.text(rows.other[d.row] ?? 0))} twice ${also}`
        : `${owner} uses rank ${rows.rank[d.row]} twice ${also}`;
    errors.add(labels.file, lines.get(d.row) ?? 0, message);
  }
}
