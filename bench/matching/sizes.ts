/** The benchmark instances named in issue 4. */
export interface InstanceSize {
  readonly name: string;
  readonly students: number;
  readonly programs: number;
  readonly maxListLength: number;
  readonly seed: number;
}

export const SIZES: Record<string, InstanceSize> = {
  tiny: { name: 'tiny', students: 2_000, programs: 200, maxListLength: 10, seed: 3 },
  regional: { name: 'regional', students: 20_000, programs: 2_000, maxListLength: 10, seed: 1 },
  national: { name: 'national', students: 1_000_000, programs: 50_000, maxListLength: 10, seed: 2 },
};
