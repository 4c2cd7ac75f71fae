// Byte-for-byte comparison of two files, streamed: outputs of a national run are ~30 MB each.
import { closeSync, openSync, readSync } from 'node:fs';

/** Returns undefined when identical, else the byte offset of the first difference. */
export function firstDifference(a: string, b: string): number | undefined {
  const fa = openSync(a, 'r');
  const fb = openSync(b, 'r');
  const ba = Buffer.alloc(1 << 20);
  const bb = Buffer.alloc(1 << 20);
  try {
    for (let offset = 0; ; ) {
      const na = readSync(fa, ba, 0, ba.length, offset);
      const nb = readSync(fb, bb, 0, bb.length, offset);
      const n = Math.min(na, nb);
      for (let i = 0; i < n; i++) if (ba[i] !== bb[i]) return offset + i;
      if (na !== nb) return offset + n;
      if (na === 0) return undefined;
      offset += n;
    }
  } finally {
    closeSync(fa);
    closeSync(fb);
  }
}
