import { z } from 'zod';
import { Uuid } from '../common.ts';
import { GeoBucketSchema } from './enums.ts';
import { FileFormatSchema } from './imports.ts';

// The retention dashboard (docs/domain/talent.md, "Retention"): of the graduates employed at 6, 12
// and 36 months after graduation, the share working in the Tomsk region, and where the others went.

export const HORIZONS = [6, 12, 36] as const;

/** Cells from fewer people than this are not shown (suppressed), and the table says so. */
export const MIN_CELL = 5;

export const RETENTION_GROUPINGS = ['university', 'program', 'cohort', 'participation'] as const;
export const RetentionGroupingSchema = z.enum(RETENTION_GROUPINGS);

/** Participation in the hub's programmes, the "by participation" rows. */
export const PARTICIPATIONS = ['hub_internship', 'incubator', 'zone_resident_job', 'none'] as const;
export const ParticipationSchema = z.enum(PARTICIPATIONS);

export const RetentionQuery = z.object({
  by: RetentionGroupingSchema.default('university'),
  universityId: Uuid.optional(),
  program: z.string().max(200).optional(),
  cohortFrom: z.coerce.number().int().min(2000).max(2100).optional(),
  cohortTo: z.coerce.number().int().min(2000).max(2100).optional(),
});
export const RetentionExportQuery = RetentionQuery.extend({ format: FileFormatSchema.default('xlsx') });

/**
 * One figure: `employed` graduates (the denominator) of whom `inRegion` work in the Tomsk region.
 * When `employed` < MIN_CELL the counts and the share are null and `suppressed` is true.
 */
export const RetentionCell = z.object({
  horizon: z.number().int(),
  graduates: z.number().int().nullable(),
  employed: z.number().int().nullable(),
  inRegion: z.number().int().nullable(),
  share: z.number().nullable(),
  suppressed: z.boolean(),
});
export type RetentionCell = z.infer<typeof RetentionCell>;

export const RetentionRow = z.object({
  /** The group's key: a university id, a programme, a cohort year, a participation. */
  key: z.string(),
  labelRu: z.string(),
  labelEn: z.string(),
  /** The participation "incubator" has no source until the incubator module exists. */
  noSource: z.boolean(),
  cells: z.array(RetentionCell),
});
export type RetentionRow = z.infer<typeof RetentionRow>;

export const OutflowSlice = z.object({
  bucket: GeoBucketSchema,
  count: z.number().int().nullable(),
  share: z.number().nullable(),
  suppressed: z.boolean(),
});

export const RetentionView = z.object({
  by: RetentionGroupingSchema,
  horizons: z.array(z.number().int()),
  minCell: z.number().int(),
  total: z.array(RetentionCell),
  rows: z.array(RetentionRow),
  /** Where employed graduates work at 12 months, all groups together. */
  outflow: z.array(OutflowSlice),
  /** Retention at 12 months by cohort year: the trend. */
  trend: z.array(z.object({ cohort: z.number().int(), cell: RetentionCell })),
  /** The filters' choices: universities and programmes with graduates, cohort years. */
  universities: z.array(z.object({ id: z.string(), name: z.string(), nameEn: z.string().nullable() })),
  cohorts: z.array(z.number().int()),
  computedAt: z.date(),
});
export type RetentionView = z.infer<typeof RetentionView>;
