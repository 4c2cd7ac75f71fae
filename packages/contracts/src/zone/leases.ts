import { z } from 'zod';
import { DateStr, Kopecks, PageQuery, pageOf, Uuid } from '../common.ts';
import { UnitKindSchema } from './space.ts';

// Leases of units by residents, and the rent roll.

/** A lease ended early keeps `active` with a shorter period; one cancelled before its start is `terminated`. */
export const LEASE_STATUSES = ['active', 'terminated'] as const;
export type LeaseStatus = (typeof LEASE_STATUSES)[number];
export const LeaseStatusSchema = z.enum(LEASE_STATUSES);

export const LeaseView = z.object({
  id: z.string(),
  unitId: z.string(),
  residentId: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  monthlyRatePerM2Kopecks: z.number(),
  monthlyRentKopecks: z.number(),
  currency: z.string(),
  status: LeaseStatusSchema,
  createdAt: z.date(),
});
export type LeaseView = z.infer<typeof LeaseView>;

/** The unit a lease is for, as a list shows it. */
export const LeaseUnitView = z.object({
  code: z.string(),
  kind: UnitKindSchema,
  floor: z.number(),
  areaM2: z.number(),
  buildingNameRu: z.string(),
  buildingNameEn: z.string(),
});
export type LeaseUnitView = z.infer<typeof LeaseUnitView>;

/** A lease in a list: with the unit it is for, so that people see which premises they rent. */
export const LeaseListItem = LeaseView.extend({ unit: LeaseUnitView.nullable() });
export type LeaseListItem = z.infer<typeof LeaseListItem>;

export const LeasePage = pageOf(LeaseListItem);
export type LeasePage = z.infer<typeof LeasePage>;

export const LeaseParams = z.object({ id: Uuid }).strict();

/** Only a zone administrator's `monthlyRatePerM2Kopecks` is used; others lease at the unit's rate. */
export const LeaseBody = z
  .object({
    unitId: Uuid,
    residentId: Uuid,
    startDate: DateStr,
    endDate: DateStr,
    monthlyRatePerM2Kopecks: Kopecks.optional(),
  })
  .strict();
export type LeaseBody = z.infer<typeof LeaseBody>;

export const LeaseQuery = z
  .object({
    residentId: Uuid.optional(),
    unitId: Uuid.optional(),
    buildingId: Uuid.optional(),
    activeOn: DateStr.optional(),
    ...PageQuery,
  })
  .strict();
export type LeaseQuery = z.infer<typeof LeaseQuery>;

/** `GET /api/zone/residents/:id/leases`. */
export const ResidentLeasesQuery = z.object({ ...PageQuery }).strict();

/** End a lease on `endDate` (inclusive); before its start this cancels it. */
export const EndLeaseBody = z.object({ endDate: DateStr }).strict();
export type EndLeaseBody = z.infer<typeof EndLeaseBody>;

export const RENT_ROLL_LOCALES = ['ru', 'en'] as const;
export type RentRollLocale = (typeof RENT_ROLL_LOCALES)[number];

export const RentRollQuery = z
  .object({ on: DateStr.optional(), locale: z.enum(RENT_ROLL_LOCALES).default('ru') })
  .strict();
export type RentRollQuery = z.infer<typeof RentRollQuery>;
