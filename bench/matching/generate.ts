// Deterministic instance generator for the match benchmark: same size and seed, same bytes.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from './random.ts';
import type { InstanceSize } from './sizes.ts';

/** Bump when the output changes, so cached files in bench/.out are regenerated. */
const GENERATOR_VERSION = 1;

export interface InstanceFiles {
  readonly capacities: string;
  readonly students: string;
  readonly programs: string;
}

const UNIVERSITIES = ['ТПУ', 'ТГУ', 'ТУСУР', 'СибГМУ', 'ТГАСУ', 'ТГПУ', 'NSU', 'ITMO'];
const EMPLOYERS = ['Элекард', 'Микран', 'ИНКОМ', 'НИИПП', 'Sibintek', 'Rubius', 'Tomsk Lab', 'ЭлеСи'];

export function instanceFiles(dir: string, size: InstanceSize): InstanceFiles {
  return {
    capacities: join(dir, `${size.name}-C.csv`),
    students: join(dir, `${size.name}-S.csv`),
    programs: join(dir, `${size.name}-P.csv`),
  };
}

/** Writes the three CSV files unless an identical generation is already there; returns their paths. */
export function generateInstance(dir: string, size: InstanceSize): InstanceFiles {
  mkdirSync(dir, { recursive: true });
  const files = instanceFiles(dir, size);
  const stamp = join(dir, `${size.name}.json`);
  const meta = JSON.stringify({ ...size, version: GENERATOR_VERSION });
  const cached =
    existsSync(stamp) && readFileSync(stamp, 'utf8') === meta && Object.values(files).every(existsSync);
  if (cached) return files;

  const random = createRandom(size.seed);
  const { students, programs } = size;
  const studentId = (i: number) =>
    `${UNIVERSITIES[Math.floor(random() * UNIVERSITIES.length)]}-${String((i * 48271 + 12345) % 1e8).padStart(8, '0')}`;
  const programId = (i: number) => {
    const employer = EMPLOYERS[i % EMPLOYERS.length];
    const number = String((i * 7919 + 101) % 1e6).padStart(6, '0');
    // A few employer names carry commas and quotes, as real legal names do: they exercise CSV quoting.
    return i % 500 === 7 ? `ООО "${employer}", отдел ${number}` : `${employer}-${number}`;
  };
  const studentIds = Array.from({ length: students }, (_, i) => studentId(i));
  const programIds = Array.from({ length: programs }, (_, i) => programId(i));

  // Popularity: Zipf-like weights over a random order of programs, so popular ones are spread over ids.
  const order = shuffled(programs, random);
  const weight = new Float64Array(programs);
  for (let k = 0; k < programs; k++) weight[order[k] ?? 0] = 1 / (k + 20);
  const cumulative = new Float64Array(programs);
  let total = 0;
  for (let p = 0; p < programs; p++) {
    total += weight[p] ?? 0;
    cumulative[p] = total;
  }
  const pick = (): number => {
    const x = random() * total;
    let lo = 0;
    let hi = programs - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  // Students: 1..max programs each (mean about half the maximum), drawn by popularity, distinct.
  const score = new Float64Array(students);
  const lists: Int32Array[] = [];
  let entries = 0;
  for (let s = 0; s < students; s++) {
    score[s] = random();
    const length = 1 + Math.floor(((random() + random()) / 2) * size.maxListLength);
    const list = new Set<number>();
    while (list.size < Math.min(length, programs)) list.add(pick());
    lists.push(Int32Array.from(list));
    entries += list.size;
  }

  writeCsv(files.students, 'student_id,program_id,rank', (emit) => {
    for (let s = 0; s < students; s++) {
      const list = lists[s] ?? new Int32Array();
      // One student in ten numbers its choices with gaps (10, 20, …), which the contract allows.
      const step = s % 10 === 3 ? 10 : 1;
      for (let k = 0; k < list.length; k++) {
        emit(
          `${csvField(studentIds[s] ?? '')},${csvField(programIds[list[k] ?? 0] ?? '')},${(k + 1) * step}`,
        );
      }
    }
  });

  // Programs rank most applicants by a shared quality score plus their own noise (correlated tastes make
  // rejection chains long, as in real matches).
  const applicantStart = new Int32Array(programs + 1);
  for (const list of lists) for (const p of list) applicantStart[p + 1] = (applicantStart[p + 1] ?? 0) + 1;
  for (let p = 0; p < programs; p++)
    applicantStart[p + 1] = (applicantStart[p + 1] ?? 0) + (applicantStart[p] ?? 0);
  const fill = applicantStart.slice(0, programs);
  const applicants = new Int32Array(entries);
  lists.forEach((list, s) => {
    for (const p of list) {
      const slot = fill[p] ?? 0;
      fill[p] = slot + 1;
      applicants[slot] = s;
    }
  });
  let unknown = 0;
  writeCsv(files.programs, 'program_id,student_id,rank', (emit) => {
    for (let p = 0; p < programs; p++) {
      const from = applicantStart[p] ?? 0;
      const to = applicantStart[p + 1] ?? 0;
      const ranked: { s: number; key: number }[] = [];
      for (let i = from; i < to; i++) {
        const s = applicants[i] ?? 0;
        if (random() < 0.93) ranked.push({ s, key: (score[s] ?? 0) + 0.25 * random() });
      }
      ranked.sort((a, b) => b.key - a.key || a.s - b.s);
      const step = p % 7 === 0 ? 5 : 1;
      const pid = csvField(programIds[p] ?? '');
      ranked.forEach(({ s }, k) => {
        emit(`${pid},${csvField(studentIds[s] ?? '')},${(k + 1) * step}`);
      });
      // Now and then a program ranks someone who never registered: valid, never matches.
      if (random() < 0.01)
        emit(`${pid},${csvField(studentId(students + unknown++))},${(ranked.length + 1) * step}`);
    }
    // Programs that withdrew from the match (absent from C.csv) but left their rankings behind.
    for (let k = 0; k < 3; k++) emit(`withdrawn-${k},${csvField(studentIds[k] ?? '')},1`);
  });

  // Seats: about 0.9 per student, more for popular programs, with 2 % of programs offering none.
  const raw = new Float64Array(programs);
  let rawTotal = 0;
  for (let p = 0; p < programs; p++) {
    raw[p] = random() < 0.02 ? 0 : (weight[p] ?? 0) ** 0.6 * Math.exp(0.5 * gaussian(random));
    rawTotal += raw[p] ?? 0;
  }
  writeCsv(files.capacities, 'program_id,capacity', (emit) => {
    for (let p = 0; p < programs; p++) {
      emit(`${csvField(programIds[p] ?? '')},${Math.round(((raw[p] ?? 0) / rawTotal) * students * 0.9)}`);
    }
  });

  writeFileSync(stamp, meta);
  return files;
}

function shuffled(n: number, random: () => number): Int32Array {
  const out = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = out[i] ?? 0;
    out[i] = out[j] ?? 0;
    out[j] = t;
  }
  return out;
}

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Streams lines to a file in large writes, never holding the whole file in memory. */
function writeCsv(path: string, header: string, body: (emit: (line: string) => void) => void): void {
  const fd = openSync(path, 'w');
  let pending: string[] = [header];
  const emit = (line: string) => {
    pending.push(line);
    if (pending.length >= 65_536) {
      writeSync(fd, `${pending.join('\n')}\n`);
      pending = [];
    }
  };
  try {
    body(emit);
    if (pending.length > 0) writeSync(fd, `${pending.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}
