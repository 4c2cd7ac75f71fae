import { z } from 'zod';
import { DateStr, PageQuery, Uuid } from '../common.ts';

// Space of the zone: premises and land that residents lease or applicants request, which of them
// are free on some dates (vacancies), how full a building is (occupancy) and units held for an
// application while it is reviewed (holds).

/** Kinds of premises a unit can be (and an applicant may request). */
export const UNIT_KINDS = ['office', 'lab', 'production'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UnitKindSchema = z.enum(UNIT_KINDS);

/** Administrative status of a unit; whether it is free on some dates comes from leases and holds. */
export const UNIT_STATUSES = ['available', 'out_of_service', 'withdrawn'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UnitStatusSchema = z.enum(UNIT_STATUSES);

/** What a unit is on one day, as the occupancy plan of a building shows it. */
export const OCCUPANCY_STATES = ['leased', 'held', 'vacant', 'out_of_service'] as const;
export type OccupancyState = (typeof OCCUPANCY_STATES)[number];
export const OccupancyStateSchema = z.enum(OCCUPANCY_STATES);

// ── vacancies

export const VacancyView = z.object({
  id: z.string(),
  code: z.string(),
  kind: UnitKindSchema,
  areaM2: z.number(),
  floor: z.number(),
  monthlyRatePerM2Kopecks: z.number(),
  monthlyRentKopecks: z.number(),
  currency: z.string(),
  buildingId: z.string(),
  buildingNameRu: z.string(),
  buildingNameEn: z.string(),
  siteId: z.string(),
  siteNameRu: z.string(),
  siteNameEn: z.string(),
});
export type VacancyView = z.infer<typeof VacancyView>;

/** `GET /api/zone/vacancies`: free for the whole range `[from, to]` (default: a year from today). */
export const VacancyQuery = z
  .object({
    zoneId: Uuid.optional(),
    siteId: Uuid.optional(),
    buildingId: Uuid.optional(),
    kind: UnitKindSchema.optional(),
    minArea: z.coerce.number().min(0).max(1_000_000).optional(),
    maxArea: z.coerce.number().min(0).max(1_000_000).optional(),
    from: DateStr.optional(),
    to: DateStr.optional(),
    ...PageQuery,
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.to >= q.from, {
    message: 'to must not be before from',
    path: ['to'],
  });
export type VacancyQuery = z.infer<typeof VacancyQuery>;

/** A page of vacancies with the date range they are free for. */
export const VacancyPage = z.object({
  items: z.array(VacancyView),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  from: z.string(),
  to: z.string(),
});
export type VacancyPage = z.infer<typeof VacancyPage>;

// ── occupancy

export const OccupancyParams = z.object({ buildingId: Uuid }).strict();
export const OccupancyQuery = z.object({ on: DateStr.optional() }).strict();

export const OccupancyUnitView = z.object({
  unitId: z.string(),
  code: z.string(),
  kind: UnitKindSchema,
  floor: z.number(),
  areaM2: z.number(),
  state: OccupancyStateSchema,
  lease: z
    .object({
      id: z.string(),
      residentId: z.string(),
      organizationName: z.string(),
      from: z.string(),
      to: z.string(),
    })
    .nullable(),
});
export type OccupancyUnitView = z.infer<typeof OccupancyUnitView>;

export const OccupancyView = z.object({
  buildingId: z.string(),
  onDate: z.string(),
  totalAreaM2: z.number(),
  leasedAreaM2: z.number(),
  occupancyRate: z.number(),
  units: z.array(OccupancyUnitView),
});
export type OccupancyView = z.infer<typeof OccupancyView>;

// ── holds

export const HoldView = z.object({
  id: z.string(),
  unitId: z.string(),
  applicationId: z.string(),
  from: z.string(),
  to: z.string(),
  expiresAt: z.date(),
  releasedAt: z.date().nullable(),
  active: z.boolean(),
});
export type HoldView = z.infer<typeof HoldView>;

export const ApplicationHoldsParams = z.object({ id: Uuid }).strict();
export const HoldParams = z.object({ holdId: Uuid }).strict();

/** Hold a unit for `[from, to]` (inclusive). */
export const HoldBody = z
  .object({ unitId: Uuid, from: DateStr, to: DateStr })
  .strict()
  .refine((b) => b.to >= b.from, { message: 'to must not be before from', path: ['to'] });
export type HoldBody = z.infer<typeof HoldBody>;
