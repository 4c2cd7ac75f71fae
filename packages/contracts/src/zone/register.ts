import { z } from 'zod';
import { booleanParam, PageQuery, pageOf, Uuid } from '../common.ts';
import { TerminationReasonSchema } from './applications.ts';
import { UnitKindSchema } from './space.ts';

// The public register of residents and the zone's statistics.

/** Where a resident is in its life: it follows the application that registered it. */
export const RESIDENT_STATUSES = ['registered', 'active', 'amendment_pending', 'terminated'] as const;
export type ResidentStatus = (typeof RESIDENT_STATUSES)[number];
export const ResidentStatusSchema = z.enum(RESIDENT_STATUSES);

// ── register

export const ResidentActivityView = z.object({ code: z.string(), nameRu: z.string(), nameEn: z.string() });

export const ResidentView = z.object({
  id: z.string(),
  zoneId: z.string(),
  organizationId: z.string(),
  name: z.string(),
  nameEn: z.string().nullable(),
  inn: z.string().nullable(),
  siteId: z.string().nullable(),
  siteNameRu: z.string().nullable(),
  siteNameEn: z.string().nullable(),
  activities: z.array(ResidentActivityView),
  since: z.string(),
  status: ResidentStatusSchema,
  registerNumber: z.string(),
  certificateNumber: z.string(),
  isIt: z.boolean(),
  foreignCapital: z.boolean(),
  verifiedAt: z.date().nullable(),
});
export type ResidentView = z.infer<typeof ResidentView>;

export const ResidentPage = pageOf(ResidentView);
export type ResidentPage = z.infer<typeof ResidentPage>;

/** One year of the agreement's business plan. */
export const ResidentPlanView = z.object({
  year: z.number(),
  capexKopecks: z.number(),
  rndKopecks: z.number(),
  jobs: z.number(),
  revenueKopecks: z.number(),
});
export type ResidentPlanView = z.infer<typeof ResidentPlanView>;

/** A unit the resident leases today. */
export const PremisesView = z.object({
  unitId: z.string(),
  code: z.string(),
  kind: UnitKindSchema,
  areaM2: z.number(),
  buildingNameRu: z.string(),
  buildingNameEn: z.string(),
  from: z.string(),
  to: z.string(),
});
export type PremisesView = z.infer<typeof PremisesView>;

export const ResidentDetail = ResidentView.extend({
  agreementNumber: z.string().nullable(),
  agreementDate: z.string().nullable(),
  terminatedOn: z.string().nullable(),
  terminatedReason: TerminationReasonSchema.nullable(),
  plans: z.array(ResidentPlanView),
  premises: z.array(PremisesView),
  /** The viewer is a member of the resident or a zone administrator: may see its leases. */
  canSeeLeases: z.boolean(),
  /** The viewer may lease a unit for the resident now (as canSeeLeases, and not terminated). */
  canLease: z.boolean(),
});
export type ResidentDetail = z.infer<typeof ResidentDetail>;

export const ResidentParams = z.object({ id: Uuid }).strict();

/** `GET /api/zone/residents` (q: name, INN or register number; `site` is a site id). */
export const ResidentQuery = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    zoneId: Uuid.optional(),
    site: Uuid.optional(),
    status: ResidentStatusSchema.optional(),
    it: booleanParam.optional(),
    foreign: booleanParam.optional(),
    ...PageQuery,
  })
  .strict();
export type ResidentQuery = z.infer<typeof ResidentQuery>;

export const VerifiedView = z.object({ id: z.string(), verifiedAt: z.date().nullable() });
export type VerifiedView = z.infer<typeof VerifiedView>;

// ── statistics

export const StatsQuery = z.object({ zoneId: Uuid.optional() }).strict();

export const PlanFigures = z.object({
  capexKopecks: z.number(),
  rndKopecks: z.number(),
  jobs: z.number(),
  revenueKopecks: z.number(),
});
export type PlanFigures = z.infer<typeof PlanFigures>;

export const PlanVsFactYear = z.object({
  year: z.number(),
  residentsWithPlan: z.number(),
  residentsReporting: z.number(),
  partial: z.boolean().describe('Some facts of the year come from quarterly reports only (year not closed)'),
  plan: PlanFigures,
  fact: PlanFigures.nullable(),
  jobsAllResidents: z.number().nullable(),
});
export type PlanVsFactYear = z.infer<typeof PlanVsFactYear>;

export const StatsView = z.object({
  residents: z.object({ total: z.number(), current: z.number() }),
  byStatus: z.array(z.object({ status: ResidentStatusSchema, count: z.number() })),
  byYearOfAdmission: z.array(z.object({ year: z.number(), count: z.number() })),
  itShare: z.number(),
  foreignCapitalShare: z.number(),
  jobs: z.object({
    year: z.number(),
    plan: z.number().describe('Jobs in the business plans of residents whose plan has this year'),
    fact: z.number().nullable().describe('Reported headcount of those same residents'),
    allResidents: z.number().nullable().describe('Reported headcount of every resident'),
  }),
  factsAvailable: z.boolean(),
  planVsFact: z.array(PlanVsFactYear),
});
export type StatsView = z.infer<typeof StatsView>;
