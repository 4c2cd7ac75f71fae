import type { EmployerStatus } from '@inohub/contracts/talent/enums';
import type { OpportunitySummary } from '@inohub/contracts/talent/opportunities';
import type { SkillView } from '@inohub/contracts/talent/skills';
import type { Db } from '../../../lib/db/types.ts';
import { type OrganizationFacts, organizationFactsMany } from '../directory-port.ts';
import { type EmployerRow, employerRows } from '../employers/repo.ts';
import type { OpportunityRow } from './repo.ts';
import { skillViews, viewsOf } from './skills.ts';

/**
 * Whether anyone may see and apply (docs/domain/talent.md, "Opportunities"): published, the
 * employer approved, and the deadline (a Tomsk date) not passed. A published posting of an
 * employer still waiting for approval is not open.
 */
export function isOpen(
  row: Pick<OpportunityRow, 'status' | 'deadline'>,
  employerStatus: EmployerStatus | null,
  today: string,
): boolean {
  return row.status === 'published' && employerStatus === 'approved' && row.deadline >= today;
}

/** What presenting a batch of postings needs, loaded in three queries whatever the batch size. */
export interface PostingFacts {
  orgs: Map<string, OrganizationFacts>;
  employers: Map<string, EmployerRow>;
  skills: Map<string, SkillView>;
  today: string;
}

export async function postingFacts(
  db: Db,
  rows: readonly OpportunityRow[],
  today: string,
): Promise<PostingFacts> {
  const orgIds = [...new Set(rows.map((r) => r.organizationId))];
  const [orgs, employers, skills] = await Promise.all([
    organizationFactsMany(db, orgIds),
    employerRows(db, orgIds),
    skillViews(
      db,
      rows.flatMap((r) => [...r.requiredSkills, ...r.niceSkills]),
    ),
  ]);
  return { orgs, employers, skills, today };
}

export function employerRefOf(row: OpportunityRow, f: PostingFacts) {
  const org = f.orgs.get(row.organizationId);
  const employer = f.employers.get(row.organizationId);
  return {
    id: row.organizationId,
    name: org?.name ?? '',
    nameEn: org?.nameEn ?? null,
    // "Verified on …": the date of the approval in force.
    verifiedAt: employer?.status === 'approved' ? employer.decidedAt : null,
  };
}

export function toSummary(row: OpportunityRow, f: PostingFacts): OpportunitySummary {
  return {
    id: row.id,
    employer: employerRefOf(row, f),
    kind: row.kind,
    titleRu: row.titleRu,
    titleEn: row.titleEn,
    requiredSkills: viewsOf(row.requiredSkills, f.skills),
    city: row.city,
    remote: row.remote,
    salaryFrom: row.salaryFrom,
    salaryTo: row.salaryTo,
    deadline: row.deadline,
    status: row.status,
    isOpen: isOpen(row, f.employers.get(row.organizationId)?.status ?? null, f.today),
    publishedAt: row.publishedAt,
  };
}

export async function summariesOf(db: Db, rows: readonly OpportunityRow[], today: string) {
  const f = await postingFacts(db, rows, today);
  return rows.map((r) => toSummary(r, f));
}
