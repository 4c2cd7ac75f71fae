import { createHash, randomBytes } from 'node:crypto';
import type { OutcomeBody, SurveyAnswerBody, SurveyView } from '@inohub/contracts/talent/outcomes';
import type { z } from 'zod';
import { inTransaction } from '../../../lib/db/transaction.ts';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, conflict, forbidden, invalid, notFound, unprocessable } from '../../../lib/errors.ts';
import type { Mailer } from '../../../lib/mail/mailer.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { organizationFactsMany } from '../directory-port.ts';
import type { TalentViewer } from '../policy.ts';
import { addDaysTo, todayInTomsk } from './dates.ts';
import { surveyInvitationTemplate } from './mail.ts';
import * as repo from './repo.ts';
import { outcomeValues, outcomeView } from './service.ts';

// The yearly outcome survey (docs/domain/talent.md, "Survey"): one invitation per graduate and
// year, a link whose token is the only credential, an answer that becomes a self-reported outcome.

/** How long a link works after it is sent. */
export const SURVEY_VALID_DAYS = 60;

/** 32 random bytes, base64url: 43 characters, 256 bits, not guessable; only its hash is stored. */
export const newSurveyToken = () => randomBytes(32).toString('base64url');
export const hashSurveyToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * The name to greet: imported Russian names come as "Фамилия Имя Отчество", so of three words the
 * second is the given name; otherwise the first word (a self-typed "Ivan Petrov").
 */
export function firstNameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return (words.length === 3 ? words[1] : words[0]) ?? fullName;
}

export interface SendResult {
  invited: number;
  alreadyInvited: number;
}

/**
 * Invites this year's graduates (of one university, or of all). Idempotent: a graduate invited
 * in `surveyYear` already is counted and skipped (the unique index on profile and year decides,
 * also between two runs at the same time). Each invitation and its mail are written together.
 */
export async function sendSurvey(
  db: Db,
  mailer: Mailer,
  baseUrl: string,
  a: { surveyYear: number; universityId: string | null; now?: Date },
): Promise<SendResult> {
  const now = a.now ?? new Date();
  const recipients = await repo.surveyRecipients(db, a.surveyYear, a.universityId);
  const universityIds = [
    ...new Set(recipients.map((r) => r.universityId).filter((id): id is string => !!id)),
  ];
  const universities = await organizationFactsMany(db, universityIds);
  const expiresAt = addDaysTo(now, SURVEY_VALID_DAYS);
  let invited = 0;
  let alreadyInvited = 0;
  for (const person of recipients) {
    if (!person.email) continue;
    const email = person.email;
    const sent = await inTransaction(db, async (tx) => {
      const token = newSurveyToken();
      const id = await repo.claimInvitation(tx, {
        profileId: person.profileId,
        surveyYear: a.surveyYear,
        tokenHash: hashSurveyToken(token),
        expiresAt,
      });
      if (!id) return false;
      const locale = person.locale === 'en' ? 'en' : 'ru';
      const university = person.universityId ? universities.get(person.universityId) : undefined;
      await mailer.enqueue(tx, {
        to: email,
        locale,
        template: surveyInvitationTemplate,
        params: {
          name: firstNameOf(person.fullName),
          university: university
            ? locale === 'en'
              ? (university.nameEn ?? university.name)
              : university.name
            : null,
          surveyYear: a.surveyYear,
          url: `${baseUrl}/survey/${token}`,
          expiresOn: todayInTomsk(expiresAt),
        },
      });
      return true;
    });
    if (sent) invited++;
    else alreadyInvited++;
  }
  return { invited, alreadyInvited };
}

/** `POST /api/talent/surveys`: a career office for its own university, an administrator for one or all. */
export async function sendSurveyAs(
  db: Db,
  mailer: Mailer,
  baseUrl: string,
  audit: AuditContext,
  viewer: TalentViewer,
  body: { universityId?: string | undefined; surveyYear: number },
): Promise<SendResult> {
  let universityId = body.universityId ?? null;
  if (!viewer.isAdmin) {
    if (universityId === null && viewer.careerOfficeOf.size === 1)
      universityId = [...viewer.careerOfficeOf][0] ?? null;
    if (universityId === null) throw invalid('body.universityId', 'Say which university’s graduates to ask');
    if (!viewer.careerOfficeOf.has(universityId))
      throw forbidden('A career office surveys the graduates of its own university');
  }
  const result = await sendSurvey(db, mailer, baseUrl, { surveyYear: body.surveyYear, universityId });
  await recordAudit(db, audit, {
    action: 'talent.survey_sent',
    objectType: 'talent_survey',
    objectId: universityId,
    details: { surveyYear: body.surveyYear, ...result },
  });
  return result;
}

async function invitationOf(db: Db, token: string) {
  const invitation = await repo.invitationByHash(db, hashSurveyToken(token));
  if (!invitation) throw notFound('survey', 'talent.survey_not_found');
  return invitation;
}

const stateOf = (inv: { respondedAt: Date | null; expiresAt: Date }, now: Date) =>
  inv.respondedAt ? 'answered' : inv.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';

/** What the survey page shows: no more than the first name and the university (the link may be forwarded). */
export async function readSurvey(db: Db, token: string, now = new Date()): Promise<SurveyView> {
  const invitation = await invitationOf(db, token);
  const profile = await repo.profileFacts(db, invitation.profileId);
  if (!profile) throw notFound('survey', 'talent.survey_not_found');
  const university = profile.universityId
    ? (await organizationFactsMany(db, [profile.universityId])).get(profile.universityId)
    : undefined;
  const last = await repo.lastOutcomeOf(db, profile.id);
  return {
    state: stateOf(invitation, now),
    firstName: firstNameOf(profile.fullName),
    universityName: university?.name ?? null,
    universityNameEn: university?.nameEn ?? null,
    graduationYear: profile.graduationYear,
    surveyYear: invitation.surveyYear,
    lastOutcome: last ? outcomeView(last) : null,
    expiresAt: invitation.expiresAt,
  };
}

/**
 * The answer: a new outcome, or the last one confirmed with today's date ("nothing changed").
 * Answering twice is refused (409), also when two answers race: marking the invitation answered is
 * a conditional update, and only the one that marks it writes the outcome.
 */
export async function answerSurvey(
  db: Db,
  token: string,
  answer: z.infer<typeof SurveyAnswerBody>,
  now = new Date(),
): Promise<{ state: 'answered' }> {
  return inTransaction(db, async (tx) => {
    const invitation = await invitationOf(tx, token);
    const state = stateOf(invitation, now);
    if (state === 'answered')
      throw conflict('talent.survey_answered', 'This survey has been answered already');
    if (state === 'expired')
      throw new AppError('gone', 'talent.survey_expired', 'This survey link has expired');
    const profile = await repo.profileFacts(tx, invitation.profileId);
    if (!profile) throw notFound('survey', 'talent.survey_not_found');
    if (!(await repo.markAnswered(tx, invitation.id, now)))
      throw conflict('talent.survey_answered', 'This survey has been answered already');
    let body: OutcomeBody;
    if (answer.kind === 'outcome') body = answer.outcome;
    else {
      const last = await repo.lastOutcomeOf(tx, profile.id);
      if (!last)
        throw unprocessable(
          'talent.survey_nothing_to_confirm',
          'There is no earlier answer to confirm; say what you do now',
        );
      body = {
        status: last.status,
        employerName: last.employerName,
        employerOrganizationId: last.employerOrganizationId,
        city: last.city,
        regionCode: last.regionCode,
        country: last.country,
        occupation: last.occupation,
        inProfile: last.inProfile,
        observedOn: todayInTomsk(now),
      };
    }
    // The graduate is the author of the answer, whether or not they have an account.
    const row = await repo.insertOutcome(
      tx,
      await outcomeValues(tx, profile.id, body, 'self_report', profile.userId),
    );
    await repo.linkAnswer(tx, invitation.id, row.id);
    return { state: 'answered' as const };
  });
}
