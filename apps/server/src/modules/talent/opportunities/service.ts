import type { Page } from '@inohub/contracts/common';
import type { OpportunityStatus } from '@inohub/contracts/talent/enums';
import type {
  OpportunityBody,
  OpportunityPatch,
  OpportunitySummary,
  OpportunityView,
} from '@inohub/contracts/talent/opportunities';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, forbidden, notFound, unprocessable } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import type { TalentViewer } from '../policy.ts';
import { talentApplications, talentProfiles } from '../talent.tables.ts';
import { todayInTomsk } from './dates.ts';
import { isOpen, postingFacts, summariesOf, toSummary } from './present.ts';
import {
  applicationCount,
  insertOpportunity,
  type OpportunityRow,
  opportunityRow,
  searchOpportunities,
  updateOpportunity,
} from './repo.ts';
import { assertSkillsExist, viewsOf } from './skills.ts';

// Jobs and internships (docs/domain/talent.md, "Opportunities").

const notFoundPosting = () => notFound('opportunity', 'talent.opportunity_not_found');

/** The employer's recruiters manage a posting; nobody else, not even an administrator. */
export const managesPosting = (viewer: TalentViewer, row: Pick<OpportunityRow, 'organizationId'>) =>
  viewer.recruiterOf.has(row.organizationId);

/**
 * Who sees a posting that is not open (a draft, closed, past its deadline, or of an employer not
 * approved): its employer's recruiters, the hub's administrators and career offices (who review
 * employers). Everyone else gets 404, as if it did not exist.
 */
export const seesAnyPosting = (viewer: TalentViewer, row: Pick<OpportunityRow, 'organizationId'>) =>
  managesPosting(viewer, row) || viewer.isAdmin || viewer.careerOfficeOf.size > 0;

/** Loads a posting the viewer may see, or 404. */
export async function visiblePosting(
  db: Db,
  viewer: TalentViewer,
  id: string,
  today = todayInTomsk(),
): Promise<{ row: OpportunityRow; open: boolean }> {
  const row = await opportunityRow(db, id);
  if (!row) throw notFoundPosting();
  const f = await postingFacts(db, [row], today);
  const open = isOpen(row, f.employers.get(row.organizationId)?.status ?? null, today);
  if (!open && !seesAnyPosting(viewer, row)) throw notFoundPosting();
  return { row, open };
}

async function manageablePosting(db: Db, viewer: TalentViewer, id: string): Promise<OpportunityRow> {
  const { row } = await visiblePosting(db, viewer, id);
  if (!managesPosting(viewer, row))
    throw forbidden('Only the employer’s recruiters can change this posting', 'talent.not_company_recruiter');
  return row;
}

/** The viewer's own talent profile id, if any. */
export async function profileIdOf(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const [p] = await db
    .select({ id: talentProfiles.id })
    .from(talentProfiles)
    .where(eq(talentProfiles.userId, userId));
  return p?.id ?? null;
}

export async function opportunityView(
  db: Db,
  viewer: TalentViewer,
  row: OpportunityRow,
  today = todayInTomsk(),
): Promise<OpportunityView> {
  const f = await postingFacts(db, [row], today);
  const summary = toSummary(row, f);
  const manageable = managesPosting(viewer, row);
  const profileId = await profileIdOf(db, viewer.userId);
  let myApplicationId: string | null = null;
  if (profileId) {
    const [a] = await db
      .select({ id: talentApplications.id })
      .from(talentApplications)
      .where(and(eq(talentApplications.opportunityId, row.id), eq(talentApplications.profileId, profileId)));
    myApplicationId = a?.id ?? null;
  }
  return {
    ...summary,
    descriptionRu: row.descriptionRu,
    descriptionEn: row.descriptionEn,
    niceSkills: viewsOf(row.niceSkills, f.skills),
    positions: row.positions,
    manageable,
    myApplicationId,
    canApply: summary.isOpen && profileId !== null && myApplicationId === null && !manageable,
    applicationCount: manageable || viewer.isAdmin ? await applicationCount(db, row.id) : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Title in one language at least, salary bounds in order, a city or remote (checked on the merged row). */
function assertCoherent(
  row: Pick<OpportunityRow, 'titleRu' | 'titleEn' | 'salaryFrom' | 'salaryTo' | 'city' | 'remote'>,
) {
  if (!row.titleRu && !row.titleEn)
    throw new AppError('invalid', 'talent.title_required', 'Give a title in Russian or English', [
      { field: 'body.titleRu', message: 'Give a title in Russian or English' },
    ]);
  if (row.salaryFrom != null && row.salaryTo != null && row.salaryTo < row.salaryFrom)
    throw new AppError('invalid', 'talent.salary_order', 'The upper bound is below the lower one', [
      { field: 'body.salaryTo', message: 'is below the lower bound' },
    ]);
  if (!row.city && !row.remote)
    throw new AppError('invalid', 'talent.place_required', 'Name a city or mark the work as remote', [
      { field: 'body.city', message: 'Name a city or mark the work as remote' },
    ]);
}

/** A published posting must still be applicable: its deadline not before today in Tomsk. */
function assertPublishable(row: Pick<OpportunityRow, 'deadline'>, today: string) {
  if (row.deadline < today)
    throw unprocessable('talent.deadline_passed', 'The deadline has passed: set a later one to publish', [
      { field: 'body.deadline', message: `is before today (${today})`, code: 'talent.deadline_passed' },
    ]);
}

export async function createOpportunity(
  db: Db,
  viewer: TalentViewer,
  body: OpportunityBody,
): Promise<OpportunityView> {
  if (!viewer.userId || !viewer.recruiterOf.has(body.organizationId))
    throw forbidden('You can post only for a company you recruit for', 'talent.not_company_recruiter');
  await assertSkillsExist(db, body);
  const row = await insertOpportunity(db, {
    ...body,
    requiredSkills: [...new Set(body.requiredSkills)],
    niceSkills: [...new Set(body.niceSkills)],
    createdBy: viewer.userId,
    status: 'draft',
  });
  return opportunityView(db, viewer, row);
}

export async function patchOpportunity(
  db: Db,
  viewer: TalentViewer,
  id: string,
  patch: OpportunityPatch,
): Promise<OpportunityView> {
  const row = await manageablePosting(db, viewer, id);
  await assertSkillsExist(db, patch);
  const changes = Object.fromEntries(
    Object.entries(patch).filter(([, v]) => v !== undefined),
  ) as OpportunityPatch;
  if (changes.requiredSkills) changes.requiredSkills = [...new Set(changes.requiredSkills)];
  if (changes.niceSkills) changes.niceSkills = [...new Set(changes.niceSkills)];
  const merged = { ...row, ...changes };
  assertCoherent(merged);
  if (row.status === 'published') assertPublishable(merged, todayInTomsk());
  return opportunityView(db, viewer, await updateOpportunity(db, id, changes));
}

/**
 * Publish, close, or take back to draft. Publishing needs a title (the table guarantees one) and a
 * deadline not yet passed; a posting of an employer not approved yet may be published, and stays
 * out of the public list (isOpen false) until the approval. Audited: publishing makes an offer public.
 */
export async function setOpportunityStatus(
  db: Db,
  audit: AuditContext,
  viewer: TalentViewer,
  id: string,
  status: OpportunityStatus,
): Promise<OpportunityView> {
  const row = await manageablePosting(db, viewer, id);
  if (row.status === status) return opportunityView(db, viewer, row);
  const now = new Date();
  const today = todayInTomsk(now);
  if (status === 'published') {
    assertCoherent(row);
    assertPublishable(row, today);
  }
  const updated = await updateOpportunity(db, id, {
    status,
    ...(status === 'published' ? { publishedAt: now, closedAt: null } : {}),
    ...(status === 'closed' ? { closedAt: now } : {}),
    ...(status === 'draft' ? { closedAt: null } : {}),
  });
  await recordAudit(db, audit, {
    action: `talent.opportunity_${status}`,
    objectType: 'talent_opportunity',
    objectId: id,
    details: { from: row.status, to: status, organizationId: row.organizationId },
  });
  return opportunityView(db, viewer, updated, today);
}

export async function getOpportunity(db: Db, viewer: TalentViewer, id: string): Promise<OpportunityView> {
  const today = todayInTomsk();
  const { row } = await visiblePosting(db, viewer, id, today);
  return opportunityView(db, viewer, row, today);
}

export async function listOpportunities(
  db: Db,
  viewer: TalentViewer,
  q: {
    q?: string;
    kind?: OpportunitySummary['kind'];
    skill?: string;
    city?: string;
    remote?: boolean;
    organizationId?: string;
    mine?: boolean;
    page: number;
    pageSize: number;
  },
  now = new Date(),
): Promise<Page<OpportunitySummary>> {
  const today = todayInTomsk(now);
  const { mine, ...filters } = q;
  const { rows, total } = await searchOpportunities(db, {
    ...filters,
    ...(mine ? { ownCompanies: [...viewer.recruiterOf] } : {}),
    today,
  });
  return { items: await summariesOf(db, rows, today), total, page: q.page, pageSize: q.pageSize };
}
