import type { Page } from '@inohub/contracts/common';
import type {
  ApplicationEventView,
  ApplicationSummary,
  ApplicationView,
  BoardView,
} from '@inohub/contracts/talent/applications';
import { APPLICATION_STAGES, type ApplicationStage } from '@inohub/contracts/talent/enums';
import type { z } from 'zod';
import type { Db } from '../../../lib/db/types.ts';
import { conflict, notFound, unprocessable } from '../../../lib/errors.ts';
import type { Locale, Mailer } from '../../../lib/mail/mailer.ts';
import { getUser } from '../../identity/index.ts';
import { companyRecruiters } from '../employers/recipients.ts';
import { todayInTomsk } from '../opportunities/dates.ts';
import { type PostingFacts, postingFacts, toSummary } from '../opportunities/present.ts';
import { type OpportunityRow, opportunityRowsByIds } from '../opportunities/repo.ts';
import { managesPosting, visiblePosting } from '../opportunities/service.ts';
import type { TalentViewer } from '../policy.ts';
import {
  applicationReceivedTemplate,
  applicationSentTemplate,
  applicationWithdrawnTemplate,
  stageChangedTemplate,
} from './mail.ts';
import { applicantSummaries } from './present.ts';
import {
  type ApplicationRow,
  applicationRow,
  applicationsOfOpportunity,
  applicationsOfProfile,
  eventsOf,
  insertApplication,
  insertEvent,
  type ProfileRow,
  profileByUser,
  profilesByIds,
  setStage,
} from './repo.ts';
import { applicantMoves, checkMove, recruiterMoves } from './stages.ts';

// Applications and the recruiter's board (docs/domain/talent.md, "Applications").

interface MailEnv {
  mailer: Mailer;
  baseUrl: string;
}

const notFoundApplication = () => notFound('application', 'talent.application_not_found');
const localeOf = (l: string | undefined): Locale => (l === 'en' ? 'en' : 'ru');

/** How the viewer stands to an application; null means they may not see it at all (404). */
type Role = 'applicant' | 'recruiter' | 'admin';

function roleOf(
  viewer: TalentViewer,
  app: ApplicationRow,
  profile: ProfileRow,
  opp: OpportunityRow,
): Role | null {
  if (viewer.userId && profile.userId === viewer.userId) return 'applicant';
  // A recruiter sees only applications to their own company's postings.
  if (managesPosting(viewer, opp)) return 'recruiter';
  if (viewer.isAdmin) return 'admin';
  void app;
  return null;
}

interface Loaded {
  app: ApplicationRow;
  opp: OpportunityRow;
  profile: ProfileRow;
  role: Role;
}

async function loadApplication(db: Db, viewer: TalentViewer, id: string): Promise<Loaded> {
  const app = await applicationRow(db, id);
  if (!app) throw notFoundApplication();
  const [opps, profiles] = await Promise.all([
    opportunityRowsByIds(db, [app.opportunityId]),
    profilesByIds(db, [app.profileId]),
  ]);
  const opp = opps.get(app.opportunityId);
  const profile = profiles.get(app.profileId);
  if (!opp || !profile) throw notFoundApplication();
  const role = roleOf(viewer, app, profile, opp);
  if (!role) throw notFoundApplication();
  return { app, opp, profile, role };
}

const allowedFor = (role: Role, stage: ApplicationStage): ApplicationStage[] =>
  role === 'recruiter' ? recruiterMoves(stage) : role === 'applicant' ? applicantMoves(stage) : [];

const cvOf = (app: ApplicationRow) =>
  app.cvFileId
    ? { fileName: app.cvFileName ?? 'cv.pdf', url: `/api/talent/applications/${app.id}/cv` }
    : null;

async function actorNames(db: Db, ids: Iterable<string>): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    const u = await getUser(db, id).catch(() => null);
    if (u) names.set(id, u.name);
  }
  return names;
}

async function summariesOf(
  db: Db,
  viewerRole: (app: ApplicationRow) => Role,
  apps: readonly ApplicationRow[],
  opps: Map<string, OpportunityRow>,
  facts: PostingFacts,
): Promise<ApplicationSummary[]> {
  const profiles = await profilesByIds(db, [...new Set(apps.map((a) => a.profileId))]);
  const applicants = await applicantSummaries(db, [...profiles.values()]);
  return apps.flatMap((a) => {
    const opp = opps.get(a.opportunityId);
    const applicant = applicants.get(a.profileId);
    if (!opp || !applicant) return [];
    return [
      {
        id: a.id,
        opportunity: toSummary(opp, facts),
        applicant,
        stage: a.stage,
        stageChangedAt: a.stageChangedAt,
        allowedStages: allowedFor(viewerRole(a), a.stage),
        createdAt: a.createdAt,
      },
    ];
  });
}

async function viewOf(db: Db, l: Loaded): Promise<ApplicationView> {
  const facts = await postingFacts(db, [l.opp], todayInTomsk());
  const [summary] = await summariesOf(db, () => l.role, [l.app], new Map([[l.opp.id, l.opp]]), facts);
  if (!summary) throw notFoundApplication();
  const events = await eventsOf(db, l.app.id);
  const names = await actorNames(
    db,
    events.flatMap((e) => (e.actorId ? [e.actorId] : [])),
  );
  const history: z.infer<typeof ApplicationEventView>[] = events.map((e) => ({
    fromStage: e.fromStage,
    toStage: e.toStage,
    note: e.note,
    actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    createdAt: e.createdAt,
  }));
  // Administrators read the application but do not download CVs (see cvFileOf), so they get no link.
  return { ...summary, coverNote: l.app.coverNote, cv: l.role === 'admin' ? null : cvOf(l.app), history };
}

/** The student's address and language: their account's, or the profile's address in Russian. */
async function studentRecipient(db: Db, profile: ProfileRow) {
  const user = profile.userId ? await getUser(db, profile.userId).catch(() => null) : null;
  if (user && !user.disabled) return { email: user.email, name: user.name, locale: localeOf(user.locale) };
  return profile.email ? { email: profile.email, name: profile.fullName, locale: 'ru' as const } : null;
}

async function companyName(db: Db, opp: OpportunityRow): Promise<string> {
  return (await postingFacts(db, [opp], todayInTomsk())).orgs.get(opp.organizationId)?.name ?? '';
}

/**
 * Apply to an open posting with the profile's CV as it is now (a copy of the reference: a later
 * change of the profile's CV does not change what the employer received). One application per
 * posting; the employer's people and the student get mail.
 */
export async function apply(
  db: Db,
  env: MailEnv,
  viewer: TalentViewer,
  opportunityId: string,
  body: { coverNote?: string },
): Promise<ApplicationView> {
  if (!viewer.userId) throw notFoundApplication();
  const profile = await profileByUser(db, viewer.userId);
  if (!profile)
    throw unprocessable('talent.profile_required', 'Create your profile before applying', [
      { field: 'profile', message: 'Create your profile before applying', code: 'talent.profile_required' },
    ]);
  const { row: opp, open } = await visiblePosting(db, viewer, opportunityId);
  if (!open) throw conflict('talent.opportunity_not_open', 'This posting does not accept applications');
  if (managesPosting(viewer, opp))
    throw conflict('talent.own_posting', 'You cannot apply to a posting of a company you recruit for');
  const now = new Date();
  const app = await insertApplication(db, {
    opportunityId,
    profileId: profile.id,
    coverNote: body.coverNote?.trim() ? body.coverNote.trim() : null,
    cvFileId: profile.cvFileId,
    cvFileName: profile.cvFileName,
    stage: 'new',
    stageChangedAt: now,
  });
  if (!app) throw conflict('talent.already_applied', 'You have already applied to this posting');
  await insertEvent(db, {
    applicationId: app.id,
    fromStage: null,
    toStage: 'new',
    actorId: viewer.userId,
    note: null,
  });

  const company = await companyName(db, opp);
  const base = { titleRu: opp.titleRu, titleEn: opp.titleEn, company };
  for (const to of await companyRecruiters(db, opp.organizationId))
    await env.mailer.enqueue(db, {
      to: to.email,
      locale: to.locale,
      template: applicationReceivedTemplate,
      params: {
        ...base,
        name: to.name,
        applicant: profile.fullName,
        url: `${env.baseUrl}/talent/postings/${opp.id}/board`,
      },
    });
  const student = await studentRecipient(db, profile);
  if (student)
    await env.mailer.enqueue(db, {
      to: student.email,
      locale: student.locale,
      template: applicationSentTemplate,
      params: { ...base, name: student.name, url: `${env.baseUrl}/talent/applications` },
    });
  return viewOf(db, { app, opp, profile, role: 'applicant' });
}

export async function getApplication(db: Db, viewer: TalentViewer, id: string): Promise<ApplicationView> {
  return viewOf(db, await loadApplication(db, viewer, id));
}

export async function myApplications(
  db: Db,
  viewer: TalentViewer,
  q: { page: number; pageSize: number },
): Promise<Page<ApplicationSummary>> {
  const profile = viewer.userId ? await profileByUser(db, viewer.userId) : null;
  if (!profile) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { rows, total } = await applicationsOfProfile(db, profile.id, q.page, q.pageSize);
  const opps = await opportunityRowsByIds(db, [...new Set(rows.map((r) => r.opportunityId))]);
  const facts = await postingFacts(db, [...opps.values()], todayInTomsk());
  const items = await summariesOf(db, () => 'applicant', rows, opps, facts);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

function refuse(
  reason: 'final' | 'not_allowed' | 'same',
  from: ApplicationStage,
  to: ApplicationStage,
): never {
  if (reason === 'final')
    throw conflict('talent.application_final', `The application is ${from}: that is final`);
  throw conflict('talent.stage_not_allowed', `An application cannot move from ${from} to ${to}`, [
    { field: 'body.stage', message: `cannot move from ${from} to ${to}`, code: 'talent.stage_not_allowed' },
  ]);
}

/** The recruiter moves the application on the board (transition table: `stages.ts`); the student gets mail. */
export async function moveStage(
  db: Db,
  env: MailEnv,
  viewer: TalentViewer,
  id: string,
  body: { stage: ApplicationStage; note?: string },
): Promise<ApplicationView> {
  const l = await loadApplication(db, viewer, id);
  // Only the employer's recruiters move an application; to anyone else who may read it the move does not exist.
  if (l.role !== 'recruiter') throw notFoundApplication();
  const check = checkMove('recruiter', l.app.stage, body.stage);
  if (!check.ok) refuse(check.reason, l.app.stage, body.stage);
  const note = body.note?.trim() ? body.note.trim() : null;
  const app = await setStage(db, id, body.stage, new Date());
  await insertEvent(db, {
    applicationId: id,
    fromStage: l.app.stage,
    toStage: body.stage,
    actorId: viewer.userId,
    note,
  });
  const student = await studentRecipient(db, l.profile);
  if (student)
    await env.mailer.enqueue(db, {
      to: student.email,
      locale: student.locale,
      template: stageChangedTemplate,
      params: {
        name: student.name,
        titleRu: l.opp.titleRu,
        titleEn: l.opp.titleEn,
        company: await companyName(db, l.opp),
        stage: body.stage,
        note,
        url: `${env.baseUrl}/talent/applications`,
      },
    });
  return viewOf(db, { ...l, app });
}

/** The student withdraws (final); the employer's people get mail. */
export async function withdraw(
  db: Db,
  env: MailEnv,
  viewer: TalentViewer,
  id: string,
  body: { note?: string },
): Promise<ApplicationView> {
  const l = await loadApplication(db, viewer, id);
  if (l.role !== 'applicant') throw notFoundApplication();
  const check = checkMove('applicant', l.app.stage, 'withdrawn');
  if (!check.ok) refuse(check.reason, l.app.stage, 'withdrawn');
  const note = body.note?.trim() ? body.note.trim() : null;
  const app = await setStage(db, id, 'withdrawn', new Date());
  await insertEvent(db, {
    applicationId: id,
    fromStage: l.app.stage,
    toStage: 'withdrawn',
    actorId: viewer.userId,
    note,
  });
  const company = await companyName(db, l.opp);
  for (const to of await companyRecruiters(db, l.opp.organizationId))
    await env.mailer.enqueue(db, {
      to: to.email,
      locale: to.locale,
      template: applicationWithdrawnTemplate,
      params: {
        name: to.name,
        titleRu: l.opp.titleRu,
        titleEn: l.opp.titleEn,
        company,
        applicant: l.profile.fullName,
        note,
        url: `${env.baseUrl}/talent/postings/${l.opp.id}/board`,
      },
    });
  return viewOf(db, { ...l, app });
}

/** The recruiter's board of one posting: a column per stage, in pipeline order, the latest move first. */
export async function board(db: Db, viewer: TalentViewer, opportunityId: string): Promise<BoardView> {
  const { row: opp } = await visiblePosting(db, viewer, opportunityId);
  if (!managesPosting(viewer, opp)) throw notFound('opportunity', 'talent.opportunity_not_found');
  const apps = await applicationsOfOpportunity(db, opportunityId);
  const facts = await postingFacts(db, [opp], todayInTomsk());
  const summaries = await summariesOf(db, () => 'recruiter', apps, new Map([[opp.id, opp]]), facts);
  return {
    opportunity: toSummary(opp, facts),
    columns: APPLICATION_STAGES.map((stage) => ({
      stage,
      applications: summaries.filter((s) => s.stage === stage),
    })),
  };
}

/** The CV sent with the application: for the applicant and the employer's recruiters only. */
export async function cvFileOf(db: Db, viewer: TalentViewer, id: string): Promise<string> {
  const l = await loadApplication(db, viewer, id);
  if (l.role === 'admin' || !l.app.cvFileId) throw notFound('cv', 'talent.cv_not_found');
  return l.app.cvFileId;
}
