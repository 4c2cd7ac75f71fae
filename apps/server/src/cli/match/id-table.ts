// biome-ignore-all lint/style/noNonNullAssertion: byte loops over arrays whose bounds are maintained here.

/**
 * Interns ids given as byte ranges (UTF-8, as read from the file) into dense integers 0..size-1, without
 * creating a JS string per row: an open-addressing hash table over one growing byte arena.
 *
 * Each slot holds the id and its full hash side by side, so a probe usually touches one cache line
 * before the bytes are compared. Ids are compared byte for byte: no Unicode normalisation, no
 * trimming, so "Иванов" and "Иванов " are different students, exactly as the files say.
 */
export class IdTable {
  size = 0;
  /** Bytes of id i are arena[offsets[i] .. offsets[i + 1]). */
  arena = new Uint8Array(1 << 16);
  offsets = new Int32Array(1025);
  /** Pairs (id, hash); id -1 marks an empty slot. */
  private slots = new Int32Array(2 * 2048).fill(-1);
  private mask = 2047;

  /** 32-bit FNV-1a over the bytes: cheap per byte, and good enough spread for generated and real ids. */
  static hash(bytes: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    return h | 0; // int32, as stored in the slots (matters for the empty id only)
  }

  /** The id's index, or -1. */
  find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = mix(hash) & mask;
    for (;;) {
      const id = slots[2 * slot]!;
      if (id < 0) return -1;
      if (slots[2 * slot + 1] === hash && this.equals(id, bytes, start, end)) return id;
      slot = (slot + 1) & mask;
    }
  }

  /** Adds an id known to be absent (call `find` first) and returns its index. */
  add(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const id = this.size;
    if (id + 1 >= this.offsets.length) {
      const offsets = new Int32Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    if ((id + 1) * 2 > this.mask) this.rehash();
    const from = this.offsets[id]!;
    const to = from + (end - start);
    if (to > this.arena.length) {
      const arena = new Uint8Array(Math.max(to, this.arena.length * 2));
      arena.set(this.arena);
      this.arena = arena;
    }
    const arena = this.arena;
    for (let i = start, j = from; i < end; i++, j++) arena[j] = bytes[i]!;
    this.offsets[id + 1] = to;
    this.place(this.slots, this.mask, id, hash);
    this.size = id + 1;
    return id;
  }

  /** Whether id equals bytes[start .. end). */
  equals(id: number, bytes: Uint8Array, start: number, end: number): boolean {
    const from = this.offsets[id]!;
    const length = end - start;
    if (this.offsets[id + 1]! - from !== length) return false;
    const arena = this.arena;
    for (let k = 0; k < length; k++) if (arena[from + k] !== bytes[start + k]) return false;
    return true;
  }

  /** The id as a string (for messages and tests only). */
  text(id: number): string {
    return Buffer.from(
      this.arena.buffer,
      this.offsets[id]!,
      this.offsets[id + 1]! - this.offsets[id]!,
    ).toString('utf8');
  }

  private place(slots: Int32Array, mask: number, id: number, hash: number): void {
    let slot = mix(hash) & mask;
    while (slots[2 * slot]! >= 0) slot = (slot + 1) & mask;
    slots[2 * slot] = id;
    slots[2 * slot + 1] = hash;
  }

  private rehash(): void {
    const old = this.slots;
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(2 * (mask + 1)).fill(-1);
    for (let i = 0; i < old.length; i += 2) if (old[i]! >= 0) this.place(slots, mask, old[i]!, old[i + 1]!);
    this.slots = slots;
    this.mask = mask;
  }
}

/** Final avalanche (from MurmurHash3) so that linear probing on the low bits sees well-spread values. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}
