// biome-ignore-all lint/style/noNonNullAssertion: byte copies within ranges maintained here.
import { closeSync, openSync, writeSync } from 'node:fs';
import type { IdTable } from './id-table.ts';

const QUOTE = 0x22;
const HEADER = 'student_id,program_id\n';

/**
 * Writes M.csv: `student_id,program_id`, one row per student in the given order, an empty program_id
 * for an unmatched student, LF line ends. Ids are copied as bytes and quoted only when they hold a comma,
 * a quote or a line break (RFC 4180).
 */
export function writeMatching(
  path: string,
  students: IdTable,
  programs: IdTable,
  order: Int32Array,
  programOf: Int32Array,
): void {
  const fd = openSync(path, 'wx');
  try {
    const out = new BufferedWriter(fd);
    out.ascii(HEADER);
    const programQuoting = new Int8Array(programs.size); // 0 unknown, 1 plain, 2 needs quotes
    for (let i = 0; i < order.length; i++) {
      const s = order[i]!;
      out.field(students.arena, students.offsets[s]!, students.offsets[s + 1]!, needsQuotes(students, s));
      out.byte(0x2c);
      const p = programOf[s]!;
      if (p >= 0) {
        if (programQuoting[p] === 0) programQuoting[p] = needsQuotes(programs, p) ? 2 : 1;
        out.field(programs.arena, programs.offsets[p]!, programs.offsets[p + 1]!, programQuoting[p] === 2);
      }
      out.byte(0x0a);
    }
    out.flush();
  } finally {
    closeSync(fd);
  }
}

function needsQuotes(table: IdTable, id: number): boolean {
  const { arena, offsets } = table;
  for (let i = offsets[id]!; i < offsets[id + 1]!; i++) {
    const c = arena[i]!;
    if (c === 0x2c || c === QUOTE || c === 0x0a || c === 0x0d) return true;
  }
  return false;
}

/** Fills a 1 MiB buffer and writes it out whole: one system call per MiB. */
class BufferedWriter {
  private buffer = new Uint8Array(1 << 20);
  private length = 0;
  constructor(private readonly fd: number) {}

  ascii(text: string): void {
    for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
  }

  byte(value: number): void {
    if (this.length === this.buffer.length) this.flush();
    this.buffer[this.length++] = value;
  }

  field(bytes: Uint8Array, start: number, end: number, quote: boolean): void {
    if (quote) {
      this.byte(QUOTE);
      for (let i = start; i < end; i++) {
        if (bytes[i] === QUOTE) this.byte(QUOTE);
        this.byte(bytes[i]!);
      }
      this.byte(QUOTE);
      return;
    }
    if (end - start > this.buffer.length - this.length) {
      this.flush();
      if (end - start > this.buffer.length) {
        writeAll(this.fd, bytes.subarray(start, end));
        return;
      }
    }
    this.buffer.set(bytes.subarray(start, end), this.length);
    this.length += end - start;
  }

  flush(): void {
    writeAll(this.fd, this.buffer.subarray(0, this.length));
    this.length = 0;
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}
