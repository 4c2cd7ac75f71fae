// biome-ignore-all lint/style/noNonNullAssertion: typed-array hot loops over a validated instance.
import { programRankOfEntries } from './acceptability.ts';
import type { MatchInstance } from './instance.ts';

/** The raw outcome of deferred acceptance, before statistics. */
export interface Assignment {
  /** Program of each student, or -1 when unmatched. */
  readonly programOf: Int32Array;
  /** 0-based position of that program in the student's own list, or -1 when unmatched. */
  readonly choiceOf: Int32Array;
  /** Students holding a seat in each program. */
  readonly filled: Int32Array;
  /** Proposals made to programs that found the student acceptable. */
  readonly proposals: number;
}

/**
 * Student-proposing deferred acceptance (Gale–Shapley; Roth–Peranson without couples).
 *
 * Every free student proposes to the next program on its list that ranks it; the program keeps the best
 * `capacity` proposers so far and rejects the rest. The result is the student-optimal stable matching,
 * which is unique, so the order in which free students are processed does not change it: a stack makes
 * a rejected student propose again at once, keeping the working set small.
 *
 * Each program holds its tentative students in a max-heap of their positions in its own list (the worst
 * held student on top), so a proposal costs O(log capacity). Heaps are slices of one Int32Array, sized
 * min(capacity, length of the program's list): memory stays proportional to the input even when a
 * capacity is huge.
 *
 * The instance must be valid (see `validateInstance`).
 */
export function deferredAcceptance(instance: MatchInstance): Assignment {
  const { capacity, studentStart, studentPrograms, programStart, programStudents } = instance;
  const programs = capacity.length;
  const students = studentStart.length - 1;
  const rankOf = programRankOfEntries(instance);

  const heapStart = new Uint32Array(programs + 1);
  for (let p = 0; p < programs; p++) {
    const listLength = programStart[p + 1]! - programStart[p]!;
    heapStart[p + 1] = heapStart[p]! + Math.min(capacity[p]!, listLength);
  }
  const heap = new Int32Array(heapStart[programs]!);
  const filled = new Int32Array(programs);

  const programOf = new Int32Array(students).fill(-1);
  const choiceOf = new Int32Array(students).fill(-1);
  const next = studentStart.slice(0, students);
  // Free students, processed last-in first-out; pushed in reverse so student 0 proposes first.
  const free = new Int32Array(students);
  for (let s = 0; s < students; s++) free[s] = students - 1 - s;
  let freeCount = students;
  let proposals = 0;

  while (freeCount > 0) {
    const s = free[--freeCount]!;
    const end = studentStart[s + 1]!;
    let e = next[s]!;
    for (; e < end; e++) {
      const rank = rankOf[e]!;
      if (rank < 0) continue; // the program does not rank this student
      const p = studentPrograms[e]!;
      const base = heapStart[p]!;
      const seats = heapStart[p + 1]! - base;
      if (seats === 0) continue;
      proposals++;
      const held = filled[p]!;
      if (held < seats) {
        siftUp(heap, base, held, rank);
        filled[p] = held + 1;
      } else {
        const worst = heap[base]!;
        if (rank > worst) continue; // rejected: the program prefers everyone it holds
        const evicted = programStudents[programStart[p]! + worst]!;
        programOf[evicted] = -1;
        choiceOf[evicted] = -1;
        free[freeCount++] = evicted;
        siftDown(heap, base, seats, rank);
      }
      programOf[s] = p;
      choiceOf[s] = e - studentStart[s]!;
      break;
    }
    // Next time s is evicted it resumes after the program that held it.
    next[s] = e + 1;
  }
  return { programOf, choiceOf, filled, proposals };
}

/** Inserts `value` at index `size` of the max-heap stored at heap[base ..]. */
function siftUp(heap: Int32Array, base: number, size: number, value: number): void {
  let i = size;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const up = heap[base + parent]!;
    if (up >= value) break;
    heap[base + i] = up;
    i = parent;
  }
  heap[base + i] = value;
}

/** Replaces the top of the full max-heap of `size` elements with `value` and restores the order. */
function siftDown(heap: Int32Array, base: number, size: number, value: number): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && heap[base + right]! > heap[base + child]!) child = right;
    const down = heap[base + child]!;
    if (down <= value) break;
    heap[base + i] = down;
    i = child;
  }
  heap[base + i] = value;
}
