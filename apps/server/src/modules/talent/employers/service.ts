import type { Page } from '@inohub/contracts/common';
import type { EmployerView, MyEmployerView } from '@inohub/contracts/talent/employers';
import type { EmployerStatus } from '@inohub/contracts/talent/enums';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict, forbidden, notFound } from '../../../lib/errors.ts';
import type { Locale, Mailer } from '../../../lib/mail/mailer.ts';
import { type AuditContext, listUsers, recordAudit } from '../../identity/index.ts';
import { type OrganizationFacts, organizationFacts, organizationFactsMany } from '../directory-port.ts';
import type { TalentViewer } from '../policy.ts';
import { employerDecisionTemplate, employerRequestTemplate } from './mail.ts';
import { companyRecruiters } from './recipients.ts';
import {
  type EmployerRow,
  employerQueue,
  employerRow,
  employerRows,
  markPending,
  publishedCounts,
  recordDecision,
} from './repo.ts';

// Employers and their approval (docs/domain/talent.md, "Employers"): a career office or the hub
// approves a company before its postings go public, which protects students from fake offers.

interface MailEnv {
  mailer: Mailer;
  baseUrl: string;
}

const localeOf = (l: string): Locale => (l === 'en' ? 'en' : 'ru');

function toEmployerView(facts: OrganizationFacts, row: EmployerRow, openPostings: number): EmployerView {
  return {
    organizationId: facts.id,
    name: facts.name,
    nameEn: facts.nameEn,
    inn: facts.inn,
    city: facts.city,
    website: facts.website,
    status: row.status,
    requestedAt: row.requestedAt,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
    openPostings,
  };
}

/** The organization's directory facts, or 404 in the talent module's own words. */
async function companyFacts(db: Db, organizationId: string): Promise<OrganizationFacts> {
  try {
    return await organizationFacts(db, organizationId);
  } catch (err) {
    if (err instanceof AppError && err.kind === 'not_found')
      throw notFound('organization', 'talent.organization_not_found');
    throw err;
  }
}

/** The companies the caller recruits for, each with its standing (`none`: approval not asked for). */
export async function myEmployers(db: Db, viewer: TalentViewer): Promise<MyEmployerView[]> {
  const ids = [...viewer.recruiterOf];
  const [facts, rows] = await Promise.all([organizationFactsMany(db, ids), employerRows(db, ids)]);
  return ids
    .flatMap((id) => {
      const f = facts.get(id);
      if (!f) return [];
      const row = rows.get(id);
      return [
        {
          organizationId: id,
          name: f.name,
          nameEn: f.nameEn,
          status: row?.status ?? ('none' as const),
          decidedAt: row?.decidedAt ?? null,
          decisionNote: row?.decisionNote ?? null,
        },
      ];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'ru'));
}

/** Admins and every career office: the people who may approve an employer, in their own locale. */
async function reviewers(db: Db) {
  const seen = new Map<string, { email: string; name: string; locale: Locale }>();
  for (const role of ['admin', 'career_office'] as const) {
    const { items } = await listUsers(db, { role, page: 1, pageSize: 10_000 });
    for (const u of items)
      if (!u.disabled) seen.set(u.email, { email: u.email, name: u.name, locale: localeOf(u.locale) });
  }
  return [...seen.values()];
}

/**
 * A recruiter of the company asks for approval. Asking again while pending changes nothing (no
 * second mail); an approved employer has nothing to ask; a rejected or suspended one goes back
 * to the queue.
 */
export async function requestApproval(
  db: Db,
  env: MailEnv,
  audit: AuditContext,
  viewer: TalentViewer,
  organizationId: string,
): Promise<MyEmployerView> {
  if (!viewer.userId || !viewer.recruiterOf.has(organizationId))
    throw forbidden(
      'Only a recruiter of this company can ask for its approval',
      'talent.not_company_recruiter',
    );
  const facts = await companyFacts(db, organizationId);
  const existing = await employerRow(db, organizationId);
  if (existing?.status === 'approved')
    throw conflict('talent.employer_already_approved', 'This company is already an approved employer');
  const row =
    existing?.status === 'pending' ? existing : await markPending(db, organizationId, viewer.userId);
  if (existing?.status !== 'pending') {
    await recordAudit(db, audit, {
      action: 'talent.employer_requested',
      objectType: 'talent_employer',
      objectId: organizationId,
      details: { previousStatus: existing?.status ?? 'none' },
    });
    const url = `${env.baseUrl}/careers/employers`;
    for (const to of await reviewers(db))
      await env.mailer.enqueue(db, {
        to: to.email,
        locale: to.locale,
        template: employerRequestTemplate,
        params: { name: to.name, company: facts.name, url },
      });
  }
  return {
    organizationId,
    name: facts.name,
    nameEn: facts.nameEn,
    status: row.status,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
  };
}

export async function listEmployers(
  db: Db,
  q: { status?: EmployerStatus; page: number; pageSize: number },
): Promise<Page<EmployerView>> {
  const { rows, total } = await employerQueue(db, q);
  const ids = rows.map((r) => r.organizationId);
  const [facts, counts] = await Promise.all([organizationFactsMany(db, ids), publishedCounts(db, ids)]);
  const items = rows.flatMap((r) => {
    const f = facts.get(r.organizationId);
    return f ? [toEmployerView(f, r, counts.get(r.organizationId) ?? 0)] : [];
  });
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/**
 * Approve, reject or suspend. The hub may also decide on a company that never asked (it knows
 * the company), so the decision creates the record when there is none. Audited; the company's
 * people get the decision by mail in their locale.
 */
export async function decideEmployer(
  db: Db,
  env: MailEnv,
  audit: AuditContext,
  viewer: TalentViewer,
  organizationId: string,
  body: { decision: 'approved' | 'rejected' | 'suspended'; note?: string },
): Promise<EmployerView> {
  if (!viewer.userId) throw forbidden();
  const facts = await companyFacts(db, organizationId);
  if (facts.kind === 'university')
    throw conflict('talent.employer_is_university', 'A university is not approved as an employer here');
  const before = await employerRow(db, organizationId);
  const note = body.note?.trim() ? body.note.trim() : null;
  const row = await recordDecision(db, organizationId, body.decision, note, viewer.userId);
  await recordAudit(db, audit, {
    action: 'talent.employer_decided',
    objectType: 'talent_employer',
    objectId: organizationId,
    details: { from: before?.status ?? 'none', to: body.decision, note },
  });
  const url = `${env.baseUrl}/talent/postings`;
  for (const to of await companyRecruiters(db, organizationId))
    await env.mailer.enqueue(db, {
      to: to.email,
      locale: to.locale,
      template: employerDecisionTemplate,
      params: { name: to.name, company: facts.name, decision: body.decision, note, url },
    });
  const counts = await publishedCounts(db, [organizationId]);
  return toEmployerView(facts, row, counts.get(organizationId) ?? 0);
}
