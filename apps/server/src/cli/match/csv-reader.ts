// biome-ignore-all lint/style/noNonNullAssertion: byte loops over a buffer whose bounds are checked by the loop.
import { closeSync, openSync, readSync } from 'node:fs';

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** A CSV syntax error at a line of the file (1-based; a record's line is the line it starts on). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Streaming RFC 4180 reader over raw bytes: LF or CRLF line ends, quoted fields with "" escapes, commas
 * and line breaks inside quotes, an optional UTF-8 BOM. Completely empty lines are skipped.
 *
 * Why bytes and not strings: the match input is ~200 MB per file at national scale. Decoding it into JS
 * strings and splitting would allocate tens of millions of short strings; here a record is a list of
 * [start, end) offsets into one reusable buffer, and ids are interned straight from those bytes
 * (see IdTable). The file is read in 1 MiB chunks; a record cut by a chunk end is scanned again after
 * the next read, so fields are always contiguous in the buffer.
 *
 * Pull API: `next()` returns false at the end of the file; after it returns true, field i of the record
 * is `buffer[starts[i] .. ends[i])`, already unquoted and unescaped.
 */
export class CsvReader {
  buffer: Uint8Array;
  starts = new Int32Array(16);
  ends = new Int32Array(16);
  /** Number of fields in the current record. */
  fieldCount = 0;
  /** Line on which the current record starts. */
  line = 0;
  /** Bytes read from the file so far (for progress reporting). */
  bytesRead = 0;

  private readonly fd: number;
  private escaped = new Uint8Array(16);
  private pos = 0;
  private length = 0;
  private eof = false;
  private nextLine = 1;

  constructor(path: string, chunkSize = 1 << 20) {
    this.fd = openSync(path, 'r');
    this.buffer = new Uint8Array(chunkSize);
    this.fill();
    const b = this.buffer;
    if (this.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) this.pos = 3;
  }

  close(): void {
    closeSync(this.fd);
  }

  next(): boolean {
    for (;;) {
      const end = this.scan();
      if (end >= 0) {
        this.pos = end;
        if (this.fieldCount > 0) {
          this.unescape();
          return true;
        }
        continue; // an empty line
      }
      if (this.eof) return false;
      this.fill();
    }
  }

  /** Moves the unread tail to the front (growing the buffer for a record longer than it) and reads on. */
  private fill(): void {
    const tail = this.length - this.pos;
    if (this.pos === 0 && this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    } else if (this.pos > 0) {
      this.buffer.copyWithin(0, this.pos, this.length);
    }
    this.pos = 0;
    this.length = tail;
    while (this.length < this.buffer.length) {
      const read = readSync(this.fd, this.buffer, this.length, this.buffer.length - this.length, null);
      if (read === 0) {
        this.eof = true;
        break;
      }
      this.length += read;
      this.bytesRead += read;
    }
  }

  /**
   * Scans one record from `pos`. Returns the offset after it, or -1 when the buffer ends first and more
   * of the file remains. Sets fieldCount to 0 for an empty line.
   */
  private scan(): number {
    const b = this.buffer;
    const n = this.length;
    const eof = this.eof;
    let i = this.pos;
    let f = 0;
    let newlines = 0;
    this.line = this.nextLine;
    if (i >= n) return -1; // nothing left in the buffer (or in the file, which next() checks)
    // An empty line: skip it without producing a record.
    if (b[i] === LF || (b[i] === CR && i + 1 < n && b[i + 1] === LF)) {
      this.fieldCount = 0;
      this.nextLine++;
      return b[i] === LF ? i + 1 : i + 2;
    }
    for (;;) {
      if (f === this.starts.length) this.growFields();
      if (i < n && b[i] === QUOTE) {
        const start = ++i;
        let escaped = 0;
        for (;;) {
          if (i >= n) {
            if (eof)
              throw new CsvSyntaxError(this.line, 'a quoted field is not closed before the end of the file');
            return -1;
          }
          const c = b[i]!;
          if (c === QUOTE) {
            if (i + 1 >= n && !eof) return -1;
            if (i + 1 < n && b[i + 1] === QUOTE) {
              escaped = 1;
              i += 2;
              continue;
            }
            break;
          }
          if (c === LF) newlines++;
          i++;
        }
        this.starts[f] = start;
        this.ends[f] = i;
        this.escaped[f] = escaped;
        i++; // the closing quote
        if (i < n) {
          const c = b[i]!;
          if (c !== COMMA && c !== LF && c !== CR) {
            throw new CsvSyntaxError(
              this.line + newlines,
              'a closing quote must be followed by a comma or the end of the line',
            );
          }
        }
      } else {
        const start = i;
        while (i < n) {
          const c = b[i]!;
          if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
          i++;
        }
        if (i < n && b[i] === QUOTE) {
          throw new CsvSyntaxError(
            this.line,
            'a quote inside an unquoted field (quote the whole field and double the quote)',
          );
        }
        this.starts[f] = start;
        this.ends[f] = i;
        this.escaped[f] = 0;
      }
      f++;
      if (i >= n) {
        if (!eof) return -1;
        return this.finish(f, newlines, i);
      }
      const c = b[i]!;
      if (c === COMMA) {
        i++;
        continue;
      }
      if (c === LF) return this.finish(f, newlines, i + 1);
      // CR: the first half of CRLF, or a bare CR at the very end of the file.
      if (i + 1 >= n) return eof ? this.finish(f, newlines, i + 1) : -1;
      if (b[i + 1] === LF) return this.finish(f, newlines, i + 2);
      throw new CsvSyntaxError(
        this.line + newlines,
        'a carriage return (CR) outside quotes must be followed by LF',
      );
    }
  }

  private finish(fields: number, newlines: number, end: number): number {
    this.fieldCount = fields;
    this.nextLine = this.line + newlines + 1;
    return end;
  }

  /** Collapses "" to " inside the quoted fields of the current record, in place (safe: never re-scanned). */
  private unescape(): void {
    const b = this.buffer;
    for (let f = 0; f < this.fieldCount; f++) {
      if (this.escaped[f] === 0) continue;
      let w = this.starts[f]!;
      const end = this.ends[f]!;
      for (let r = w; r < end; r++) {
        b[w++] = b[r]!;
        if (b[r] === QUOTE) r++;
      }
      this.ends[f] = w;
    }
  }

  private growFields(): void {
    const size = this.starts.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const out = make(size);
      out.set(a);
      return out;
    };
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.escaped = grow(this.escaped, (n) => new Uint8Array(n));
  }

  /** The text of field i of the current record. */
  text(i: number): string {
    return Buffer.from(
      this.buffer.buffer,
      this.buffer.byteOffset + this.starts[i]!,
      this.ends[i]! - this.starts[i]!,
    ).toString('utf8');
  }
}
