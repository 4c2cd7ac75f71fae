import type { MatchLists } from '../instance.ts';

/**
 * Reference implementations straight from the definitions, for small instances only: no typed arrays,
 * no deferred acceptance, nothing shared with the engine.
 */

function ranks(list: readonly number[] | undefined, x: number): number {
  return list === undefined ? -1 : list.indexOf(x);
}

function mutuallyAcceptable(lists: MatchLists, s: number, p: number): boolean {
  return ranks(lists.studentPrefs[s], p) >= 0 && ranks(lists.programPrefs[p], s) >= 0;
}

/** Whether s strictly prefers program p to its assignment (a program, or -1 for none). */
function studentPrefers(lists: MatchLists, s: number, p: number, assigned: number): boolean {
  const wanted = ranks(lists.studentPrefs[s], p);
  if (wanted < 0) return false;
  return assigned < 0 || wanted < ranks(lists.studentPrefs[s], assigned);
}

/** Stability by the textbook definition. */
export function isStable(lists: MatchLists, matching: readonly number[]): boolean {
  const programs = lists.capacities.length;
  for (let s = 0; s < matching.length; s++) {
    for (let p = 0; p < programs; p++) {
      if (matching[s] === p || !mutuallyAcceptable(lists, s, p)) continue;
      if (!studentPrefers(lists, s, p, matching[s] ?? -1)) continue;
      const holders = matching.flatMap((q, t) => (q === p ? [t] : []));
      if (holders.length < (lists.capacities[p] ?? 0)) return false;
      const programList = lists.programPrefs[p] ?? [];
      if (holders.some((t) => programList.indexOf(s) < programList.indexOf(t))) return false;
    }
  }
  return true;
}

/** Every individually rational matching within capacities, then the stable ones. */
export function allStableMatchings(lists: MatchLists): number[][] {
  const students = lists.studentPrefs.length;
  const options = lists.studentPrefs.map((list, s) => [
    -1,
    ...list.filter((p) => mutuallyAcceptable(lists, s, p)),
  ]);
  const stable: number[][] = [];
  const current: number[] = new Array(students).fill(-1);
  const taken = lists.capacities.map(() => 0);
  const visit = (s: number): void => {
    if (s === students) {
      if (isStable(lists, current)) stable.push([...current]);
      return;
    }
    for (const p of options[s] ?? []) {
      if (p >= 0 && (taken[p] ?? 0) >= (lists.capacities[p] ?? 0)) continue;
      current[s] = p;
      if (p >= 0) taken[p] = (taken[p] ?? 0) + 1;
      visit(s + 1);
      if (p >= 0) taken[p] = (taken[p] ?? 0) - 1;
    }
    current[s] = -1;
  };
  visit(0);
  return stable;
}

/** How good an outcome is for student s under its true list: 0 is its first choice, larger is worse. */
export function outcomeCost(list: readonly number[], assigned: number): number {
  if (assigned < 0) return list.length;
  const position = list.indexOf(assigned);
  return position < 0 ? list.length + 1 : position; // a truly unacceptable program is worse than none
}

/**
 * The student-optimal stable matching: among all stable matchings, the one every student likes at least
 * as much as any other. Throws when no single matching is best for everyone, which theory rules out.
 */
export function studentOptimalByBruteForce(lists: MatchLists): number[] {
  const stable = allStableMatchings(lists);
  if (stable.length === 0) throw new Error('no stable matching: impossible without couples');
  const best = lists.studentPrefs.map((list, s) =>
    Math.min(...stable.map((m) => outcomeCost(list, m[s] ?? -1))),
  );
  const optimal = stable.find((m) =>
    m.every((p, s) => outcomeCost(lists.studentPrefs[s] ?? [], p) === best[s]),
  );
  if (optimal === undefined) throw new Error('no student-optimal stable matching found');
  return optimal;
}

/** Every rank-order list a student could submit over `programs` programs (ordered subsets). */
export function allOrderedSubsets(programs: number): number[][] {
  const out: number[][] = [[]];
  const extend = (prefix: number[]): void => {
    for (let p = 0; p < programs; p++) {
      if (prefix.includes(p)) continue;
      const list = [...prefix, p];
      out.push(list);
      extend(list);
    }
  };
  extend([]);
  return out;
}
