import type { Wire } from '@inohub/contracts/wire';
import type { ApplicationDetailView, DraftBody } from '@inohub/contracts/zone/applications';
import type { UnitKind } from '@inohub/contracts/zone/space';
import type { z } from 'zod';
import { toKopecks, toRoubles } from '../../../../lib/format.ts';
import type { PlanRow } from '../PlanEditor.tsx';

/** The six steps of the residency application, in order. */
export const STEPS = ['activity', 'space', 'plan', 'utilities', 'documents', 'check'] as const;
export type Step = (typeof STEPS)[number];

/** A number field as Mantine gives it: a number, or `''` when empty. */
export type Num = number | string;

/** The application as the form holds it while the person types: money in roubles, empty fields as `''`. */
export interface ApplicationValues {
  activityDescription: string;
  declaredActivities: string[];
  focusArea: string | null;
  spaceMode: 'area' | 'units';
  requestedUnitIds: string[];
  requestedUnitKind: UnitKind | null;
  requestedAreaM2: Num;
  requestedLandHa: Num;
  plan: PlanRow[];
  powerKw: Num;
  waterM3PerDay: Num;
  gasM3PerHour: Num;
  proportionalityAcknowledged: boolean;
}

/** What every step gets: the values, how to change them, and the server's errors by field. */
export interface StepProps {
  values: ApplicationValues;
  change: (patch: Partial<ApplicationValues>) => void;
  errors: Record<string, string>;
}

export type ApplicationDetail = Wire<typeof ApplicationDetailView>;
export type DraftPatch = z.input<typeof DraftBody>;

const numOrNull = (v: Num) => (v === '' || v === null || Number.isNaN(Number(v)) ? null : Number(v));
const positiveOrNull = (v: Num) => {
  const n = numOrNull(v);
  return n && n > 0 ? n : null;
};
/** A plan figure in roubles → kopecks; an empty cell is 0 (the plan has no gaps). */
const kopecks = (v: Num) => toKopecks(numOrNull(v)) ?? 0;
const roubles = (k: number) => toRoubles(k) as number;

export function fromApplication(a: ApplicationDetail): ApplicationValues {
  return {
    activityDescription: a.activityDescription ?? '',
    declaredActivities: a.declaredActivities,
    focusArea: a.focusArea,
    spaceMode: a.requestedUnitIds.length ? 'units' : 'area',
    requestedUnitIds: a.requestedUnitIds,
    requestedUnitKind: a.requestedUnitKind,
    requestedAreaM2: a.requestedAreaM2 ?? '',
    requestedLandHa: a.requestedLandHa ?? '',
    plan: a.investmentPlan.map((p) => ({
      year: p.year,
      capex: roubles(p.capexKopecks),
      rnd: roubles(p.rndKopecks),
      jobs: p.jobs,
      revenue: roubles(p.revenueKopecks),
    })),
    powerKw: a.utilities.powerKw ?? '',
    waterM3PerDay: a.utilities.waterM3PerDay ?? '',
    gasM3PerHour: a.utilities.gasM3PerHour ?? '',
    proportionalityAcknowledged: a.proportionalityAcknowledged,
  };
}

/** The whole form as one draft patch (`PATCH …/draft` is idempotent, so it always sends everything). */
export function toPatch(v: ApplicationValues): DraftPatch {
  return {
    activityDescription: v.activityDescription.trim() || null,
    declaredActivities: v.declaredActivities,
    focusArea: v.focusArea,
    requestedUnitIds: v.spaceMode === 'units' ? v.requestedUnitIds : [],
    requestedUnitKind: v.requestedUnitKind,
    requestedAreaM2: v.spaceMode === 'area' ? positiveOrNull(v.requestedAreaM2) : null,
    requestedLandHa: positiveOrNull(v.requestedLandHa),
    investmentPlan: v.plan.map((p) => ({
      year: p.year,
      capexKopecks: kopecks(p.capex),
      rndKopecks: kopecks(p.rnd),
      jobs: Math.round(numOrNull(p.jobs) ?? 0),
      revenueKopecks: kopecks(p.revenue),
    })),
    utilities: {
      powerKw: numOrNull(v.powerKw),
      waterM3PerDay: numOrNull(v.waterM3PerDay),
      gasM3PerHour: numOrNull(v.gasM3PerHour),
    },
    proportionalityAcknowledged: v.proportionalityAcknowledged,
  };
}
