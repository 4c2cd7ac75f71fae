// biome-ignore-all lint/style/noNonNullAssertion: capacity is checked before every write.

/**
 * The rows of S.csv or P.csv as parallel typed arrays: `owner` is whose list the row belongs to (the
 * student in S.csv, the program in P.csv), `other` what it ranks, and the rank. Row r is the (r+1)-th
 * data record of the file (rows are only kept while the file has no problem), which is how a message
 * about a duplicate finds its line again (see line-of-rows.ts) without storing a line per row.
 *
 * Memory: first-touching pages is the dominant cost of allocation (very much so on virtual machines),
 * so the arrays are sized once from an upper bound on the row count and only the pages actually written
 * are ever touched (large typed arrays come from calloc/mmap, zeroed lazily by the kernel). Growing by
 * doubling would touch about twice the memory and copy it. The same arrays are then reused for the
 * second list file.
 */
export class ListRows {
  count = 0;
  owner: Int32Array;
  other: Int32Array;
  rank: Uint32Array;

  constructor(capacity: number) {
    this.owner = new Int32Array(capacity);
    this.other = new Int32Array(capacity);
    this.rank = new Uint32Array(capacity);
  }

  /** Upper bound on the data rows of a file: the shortest row, `a,b,1` and a line end, is 6 bytes. */
  static capacityFor(fileBytes: number): number {
    return Math.floor(fileBytes / 6) + 1;
  }

  /** Makes room for `capacity` rows, reusing the arrays when they are large enough. */
  reset(capacity: number): void {
    this.count = 0;
    if (this.owner.length >= capacity) return;
    this.owner = new Int32Array(capacity);
    this.other = new Int32Array(capacity);
    this.rank = new Uint32Array(capacity);
  }

  push(owner: number, other: number, rank: number): void {
    const i = this.count;
    if (i === this.owner.length) this.grow();
    this.owner[i] = owner;
    this.other[i] = other;
    this.rank[i] = rank;
    this.count = i + 1;
  }

  /** Only when the file grew while being read: the bound from its size no longer holds. */
  private grow(): void {
    const size = Math.max(1024, this.owner.length * 2);
    const owner = new Int32Array(size);
    owner.set(this.owner);
    this.owner = owner;
    const other = new Int32Array(size);
    other.set(this.other);
    this.other = other;
    const rank = new Uint32Array(size);
    rank.set(this.rank);
    this.rank = rank;
  }
}
