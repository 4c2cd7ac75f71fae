// biome-ignore-all lint/style/noNonNullAssertion: byte and index loops within ranges maintained here.
import type { IdTable } from './id-table.ts';

/**
 * The ids 0..count-1 of a table in byte order of their UTF-8, which is Unicode code-point order.
 * (JavaScript's default string sort compares UTF-16 code units and puts characters outside the BMP
 * before U+E000–U+FFFF, so it cannot be used here.)
 *
 * MSD radix sort on bytes with an explicit stack: O(total bytes looked at), no comparator calls, no
 * strings. Small ranges finish with insertion sort.
 */
export function sortIdsByBytes(table: IdTable, count: number): Int32Array {
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  if (count < 2) return order;
  const { arena, offsets } = table;
  const scratch = new Int32Array(count);
  const keys = new Uint16Array(count);
  const counts = new Int32Array(257);
  // Pending ranges as (from, to, depth) triples.
  let stack = new Int32Array(3 * 64);
  let top = 0;
  const push = (from: number, to: number, depth: number) => {
    if (top + 3 > stack.length) {
      const grown = new Int32Array(stack.length * 2);
      grown.set(stack);
      stack = grown;
    }
    stack[top++] = from;
    stack[top++] = to;
    stack[top++] = depth;
  };
  push(0, count, 0);
  while (top > 0) {
    const depth = stack[--top]!;
    const to = stack[--top]!;
    const from = stack[--top]!;
    if (to - from <= 24) {
      insertionSort(order, from, to, depth, arena, offsets);
      continue;
    }
    // Key 0: the id ends before this depth (shorter sorts first); otherwise byte + 1.
    counts.fill(0);
    for (let i = from; i < to; i++) {
      const id = order[i]!;
      const at = offsets[id]! + depth;
      const key = at < offsets[id + 1]! ? arena[at]! + 1 : 0;
      keys[i] = key;
      counts[key]!++;
    }
    if (counts[keys[from]!] === to - from) {
      // One bucket: no move needed; ids that all ended here are equal (cannot happen for unique ids).
      if (keys[from] !== 0) push(from, to, depth + 1);
      continue;
    }
    let sum = from;
    for (let k = 0; k < 257; k++) {
      const c = counts[k]!;
      counts[k] = sum;
      if (k > 0 && c > 1) push(sum, sum + c, depth + 1);
      sum += c;
    }
    for (let i = from; i < to; i++) scratch[counts[keys[i]!]!++] = order[i]!;
    order.set(scratch.subarray(from, to), from);
  }
  return order;
}

function insertionSort(
  order: Int32Array,
  from: number,
  to: number,
  depth: number,
  arena: Uint8Array,
  offsets: Int32Array,
): void {
  for (let i = from + 1; i < to; i++) {
    const id = order[i]!;
    let j = i - 1;
    while (j >= from && compareFrom(order[j]!, id, depth, arena, offsets) > 0) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = id;
  }
}

/** Compares two ids byte by byte from `depth` (their first `depth` bytes are known to be equal). */
function compareFrom(a: number, b: number, depth: number, arena: Uint8Array, offsets: Int32Array): number {
  let i = offsets[a]! + depth;
  let j = offsets[b]! + depth;
  const aEnd = offsets[a + 1]!;
  const bEnd = offsets[b + 1]!;
  while (i < aEnd && j < bEnd) {
    const d = arena[i]! - arena[j]!;
    if (d !== 0) return d;
    i++;
    j++;
  }
  return aEnd - i - (bEnd - j);
}
