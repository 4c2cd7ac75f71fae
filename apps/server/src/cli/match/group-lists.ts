// biome-ignore-all lint/style/noNonNullAssertion: typed-array loops at indices built by counting sort.
import type { ListRows } from './rows.ts';

/** Rank-order lists in CSR layout: owner o ranks items[start[o] .. start[o + 1]), best first. */
export interface GroupedLists {
  readonly start: Uint32Array;
  readonly items: Int32Array;
}

/** Two rows of one owner's list that clash: the same item twice, or the same rank twice. */
export interface Duplicate {
  readonly kind: 'item' | 'rank';
  readonly owner: number;
  /** The earlier and the later row, in file order. */
  readonly firstRow: number;
  readonly row: number;
}

/**
 * Groups rows by owner (a stable counting sort, O(rows)), orders each list by rank, and finds the two
 * list-level problems: the same item twice in one list, and the same rank twice in one list (at most
 * `limit` of them).
 *
 * Lists arrive in rank order in practice, so each list is first checked and only sorted when needed.
 * `scratch` (at least rows.count long) is reused between the two list files to touch less memory.
 */
export function groupLists(
  rows: ListRows,
  ownerCount: number,
  otherCount: number,
  limit: number,
  scratch: Int32Array,
): { lists: GroupedLists; duplicates: Duplicate[] } {
  const n = rows.count;
  const { owner, other, rank } = rows;

  const start = new Uint32Array(ownerCount + 1);
  for (let r = 0; r < n; r++) start[owner[r]! + 1]!++;
  for (let o = 0; o < ownerCount; o++) start[o + 1]! += start[o]!;
  const fill = start.slice(0, ownerCount);
  const order = scratch;
  for (let r = 0; r < n; r++) order[fill[owner[r]!]!++] = r;

  // seenBy[x] = the last owner whose list contained x: finds a repeated item in O(1).
  const seenBy = new Int32Array(otherCount).fill(-1);
  const items = new Int32Array(n);
  const duplicates: Duplicate[] = [];
  for (let o = 0; o < ownerCount && duplicates.length < limit; o++) {
    const from = start[o]!;
    const to = start[o + 1]!;
    sortByRank(order, from, to, rank);
    for (let i = from; i < to; i++) {
      const r = order[i]!;
      const x = other[r]!;
      items[i] = x;
      if (seenBy[x] === o) {
        let first = from;
        while (other[order[first]!] !== x) first++;
        duplicates.push(clash('item', o, order[first]!, r));
      } else if (i > from && rank[order[i - 1]!] === rank[r]) {
        duplicates.push(clash('rank', o, order[i - 1]!, r));
      }
      seenBy[x] = o;
    }
  }
  return { lists: { start, items }, duplicates };
}

function clash(kind: Duplicate['kind'], owner: number, a: number, b: number): Duplicate {
  return { kind, owner, firstRow: Math.min(a, b), row: Math.max(a, b) };
}

/** Sorts order[from .. to) by rank (then row, so equal ranks stay in file order), unless already sorted. */
function sortByRank(order: Int32Array, from: number, to: number, rank: Uint32Array): void {
  let sorted = true;
  for (let i = from + 1; i < to; i++) {
    if (rank[order[i]!]! < rank[order[i - 1]!]!) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  if (to - from <= 16) {
    for (let i = from + 1; i < to; i++) {
      const r = order[i]!;
      const key = rank[r]!;
      let j = i - 1;
      while (j >= from && (rank[order[j]!]! > key || (rank[order[j]!] === key && order[j]! > r))) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = r;
    }
    return;
  }
  order.subarray(from, to).sort((a, b) => rank[a]! - rank[b]! || a - b);
}
