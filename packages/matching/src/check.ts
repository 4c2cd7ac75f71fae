// biome-ignore-all lint/style/noNonNullAssertion: typed-array loops over arrays of known length.
import type { MatchInstance } from './instance.ts';

/** A student and a program that both prefer each other to what the matching gave them. */
export interface BlockingPair {
  readonly student: number;
  readonly program: number;
}

export interface MatchingCheck {
  /** True when nothing below was found. */
  readonly ok: boolean;
  /** Programs holding more students than their capacity. */
  readonly overCapacity: readonly number[];
  /** Students matched to a program that one of the two sides does not rank. */
  readonly unacceptable: readonly number[];
  readonly blockingPairs: readonly BlockingPair[];
}

/**
 * Verifies any matching against the instance, independently of the engine: capacities, acceptability
 * and stability. Written from the definitions rather than from the engine's data structures, so tests
 * and audits of a published match can trust it. Time O(entries × prefix scanned), memory O(students).
 *
 * @param programOf program of each student, -1 when unmatched.
 */
export function checkMatching(instance: MatchInstance, programOf: Int32Array): MatchingCheck {
  const overCapacity: number[] = [];
  const unacceptable: number[] = [];
  const count = new Int32Array(instance.capacity.length);
  for (let s = 0; s < programOf.length; s++) {
    const p = programOf[s]!;
    if (p < 0) continue;
    count[p]!++;
    if (studentPosition(instance, s, p) < 0 || programPosition(instance, p, s) < 0) unacceptable.push(s);
  }
  for (let p = 0; p < count.length; p++) if (count[p]! > instance.capacity[p]!) overCapacity.push(p);
  const blockingPairs = findBlockingPairs(instance, programOf);
  return {
    ok: overCapacity.length === 0 && unacceptable.length === 0 && blockingPairs.length === 0,
    overCapacity,
    unacceptable,
    blockingPairs,
  };
}

/**
 * All pairs (s, p) where s and p rank each other, s is unmatched or prefers p to its program, and p has
 * an empty seat or prefers s to the worst student it holds. A stable matching has none.
 */
export function findBlockingPairs(instance: MatchInstance, programOf: Int32Array): BlockingPair[] {
  const { capacity, programStart, programStudents } = instance;
  const students = instance.studentStart.length - 1;
  const programs = capacity.length;

  // How far down its own list each student would go to improve: the position of its current program.
  const current = new Int32Array(students);
  for (let s = 0; s < students; s++) {
    const p = programOf[s]!;
    const length = instance.studentStart[s + 1]! - instance.studentStart[s]!;
    current[s] = p < 0 ? length : studentPosition(instance, s, p);
  }

  // Each program's worst held student (position in the program's list) and the number it holds.
  const held = new Int32Array(programs);
  const worstHeld = new Int32Array(programs).fill(-1);
  for (let p = 0; p < programs; p++) {
    for (let i = programStart[p]!; i < programStart[p + 1]!; i++) {
      const s = programStudents[i]!;
      if (s < students && programOf[s] === p) {
        held[p]!++;
        worstHeld[p] = i - programStart[p]!;
      }
    }
  }

  const pairs: BlockingPair[] = [];
  for (let p = 0; p < programs; p++) {
    const hasRoom = held[p]! < capacity[p]!;
    for (let i = programStart[p]!; i < programStart[p + 1]!; i++) {
      const s = programStudents[i]!;
      if (programOf[s] === p) continue;
      const programWants = hasRoom || i - programStart[p]! < worstHeld[p]!;
      if (!programWants) continue;
      const position = studentPosition(instance, s, p);
      if (position >= 0 && position < current[s]!) pairs.push({ student: s, program: p });
    }
  }
  return pairs;
}

/** Position of program p in student s's list, or -1. */
function studentPosition(instance: MatchInstance, s: number, p: number): number {
  const from = instance.studentStart[s]!;
  const to = instance.studentStart[s + 1]!;
  for (let i = from; i < to; i++) if (instance.studentPrograms[i] === p) return i - from;
  return -1;
}

/** Position of student s in program p's list, or -1. */
function programPosition(instance: MatchInstance, p: number, s: number): number {
  const from = instance.programStart[p]!;
  const to = instance.programStart[p + 1]!;
  for (let i = from; i < to; i++) if (instance.programStudents[i] === s) return i - from;
  return -1;
}
