import {
  IMPORT_COLUMNS,
  type ImportKind,
  type ImportRowError,
  type ImportView,
} from '@inohub/contracts/talent/imports';
import { inTransaction } from '../../../lib/db/transaction.ts';
import type { Db } from '../../../lib/db/types.ts';
import { AppError, forbidden, notFound } from '../../../lib/errors.ts';
import { type AuditContext, recordAudit } from '../../identity/index.ts';
import { organizationIdsByInn } from '../directory-port.ts';
import { geoBucketOf } from '../outcomes/geo.ts';
import type { TalentViewer } from '../policy.ts';
import { errorMessage, type Locale } from './messages.ts';
import { readSheet } from './read-file.ts';
import * as repo from './repo.ts';
import {
  type ImportProblem,
  type OutcomeRecord,
  type ProfileRecord,
  skillResolver,
  validateOutcomeRows,
  validateProfileRows,
} from './validate.ts';

// One import of a career office's file (docs/domain/talent.md, "Imports"): read, validate every
// row, then write all of it in one transaction or nothing at all.

/**
 * Rows per statement. PGlite runs a statement synchronously on the event loop (~50 ms for 250
 * profiles on the bench machine), so chunks are small enough for other requests to be served between
 * them; PostgreSQL would take larger ones, but 40 statements for 10,000 rows cost little there.
 */
export const CHUNK_ROWS = 250;
/** Columns whose values identify a person; a rejected import's stored errors leave them out. */
const PERSONAL_COLUMNS = new Set(['full_name', 'email']);

/** How many errors a response and the stored record keep (all are counted). */
export const ERRORS_KEPT = 200;

/** Lets the event loop serve other requests between chunks of work. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

async function inChunks<T>(rows: T[], work: (chunk: T[]) => Promise<void>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) {
    await work(rows.slice(i, i + CHUNK_ROWS));
    await yieldToOthers();
  }
}

export function assertCareerOffice(viewer: TalentViewer, universityId: string): void {
  // docs/domain/talent.md, "Imports": the university's own career office, or the hub's administrators.
  if (!(viewer.careerOfficeOf.has(universityId) || viewer.isAdmin)) {
    throw forbidden('Only the career office of this university may do this', 'talent.not_career_office');
  }
}

export function importView(row: repo.ImportRow, locale: Locale): ImportView {
  return {
    id: row.id,
    universityId: row.universityId,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    rowsTotal: row.rowsTotal,
    rowsCreated: row.rowsCreated,
    rowsUpdated: row.rowsUpdated,
    errorCount: row.errorCount,
    errors: row.errors.map((e) => toRowError(e, locale)),
    importedBy: row.importedBy,
    createdAt: row.createdAt,
  };
}

function toRowError(
  e: { row: number; column: string; code: string; value?: string },
  locale: Locale,
): ImportRowError {
  return {
    row: e.row,
    column: e.column,
    code: e.code,
    message: errorMessage(e.code, e.column, e.value, locale),
    ...(e.value !== undefined ? { value: e.value.slice(0, 200) } : {}),
  };
}

// ── planning: which rows create and which update, and the problems only the database can see

interface ProfilePlan {
  inserts: repo.ProfileWrite[];
  updates: repo.ProfileWrite[];
  problems: ImportProblem[];
}

/**
 * Matches each row to an existing profile (docs/domain/talent.md, "Imports"): first by the
 * university's student number; else a profile with no student number that has the row's address
 * or belongs to the account with that address, which the import claims (one person, one record);
 * else a new profile. An address already on a profile of another student is an error.
 */
async function planProfiles(db: Db, universityId: string, records: ProfileRecord[]): Promise<ProfilePlan> {
  const emails = records.flatMap((r) => (r.email ? [r.email] : []));
  const [byNumber, byEmail, userByEmail] = await Promise.all([
    repo.profilesByStudentNumbers(
      db,
      universityId,
      records.map((r) => r.studentNumber),
    ),
    repo.profilesByEmails(db, emails),
    repo.usersByEmails(db, emails),
  ]);
  const byUser = await repo.profilesByUsers(db, [...userByEmail.values()]);
  const plan: ProfilePlan = { inserts: [], updates: [], problems: [] };
  const claimed = new Set<string>();
  for (const r of records) {
    const userId = r.email ? (userByEmail.get(r.email) ?? null) : null;
    const emailOwner = r.email ? byEmail.get(r.email) : undefined;
    const userProfile = userId ? byUser.get(userId) : undefined;
    let target = byNumber.get(r.studentNumber);
    if (!target) {
      // One profile is claimed by one row at most; a second row for it becomes a profile of its own.
      target = [emailOwner, userProfile].find((p) => p && p.studentNumber === null && !claimed.has(p.id));
    }
    if (target) claimed.add(target.id);
    if (emailOwner && emailOwner.id !== target?.id) {
      plan.problems.push({ row: r.row, column: 'email', code: 'email_taken', value: r.email ?? undefined });
      continue;
    }
    // Link the account only when it has no profile of its own elsewhere (one account, one profile).
    const linkUser = userId && (!userProfile || userProfile.id === target?.id) ? userId : null;
    const write: repo.ProfileWrite = {
      student_number: r.studentNumber,
      full_name: r.fullName,
      email: r.email,
      faculty: r.faculty,
      program: r.program,
      program_code: r.programCode,
      degree: r.degree,
      study_start_year: r.studyStartYear,
      graduation_year: r.graduationYear,
      status: r.status,
      city: r.city,
      skills: r.skills,
      user_id: linkUser,
    };
    if (target) plan.updates.push({ ...write, id: target.id });
    else plan.inserts.push(write);
  }
  return plan;
}

interface OutcomePlan {
  inserts: repo.OutcomeWrite[];
  updates: repo.OutcomeWrite[];
  problems: ImportProblem[];
}

/** Outcomes need the graduate's profile at this university; a re-import of (profile, date, status) updates. */
async function planOutcomes(db: Db, universityId: string, records: OutcomeRecord[]): Promise<OutcomePlan> {
  const byNumber = await repo.profilesByStudentNumbers(db, universityId, [
    ...new Set(records.map((r) => r.studentNumber)),
  ]);
  const existing = await repo.importedOutcomes(
    db,
    [...byNumber.values()].map((p) => p.id),
  );
  // The employer, when the directory knows its INN: a job at a zone resident counts as such in the
  // retention figures (docs/domain/talent.md, "Retention").
  const employerByInn = await organizationIdsByInn(
    db,
    records.flatMap((r) => (r.employerInn ? [r.employerInn] : [])),
  );
  const plan: OutcomePlan = { inserts: [], updates: [], problems: [] };
  for (const r of records) {
    const profile = byNumber.get(r.studentNumber);
    if (!profile) {
      plan.problems.push({
        row: r.row,
        column: 'student_number',
        code: 'unknown_student',
        value: r.studentNumber,
      });
      continue;
    }
    const write: repo.OutcomeWrite = {
      profile_id: profile.id,
      status: r.status,
      observed_on: r.observedOn,
      employer_name: r.employerName,
      employer_organization_id: r.employerInn ? (employerByInn.get(r.employerInn) ?? null) : null,
      city: r.city,
      region_code: r.regionCode,
      country: r.country,
      // docs/domain/talent.md, "Geography": the bucket is derived once, when the record is written.
      geo_bucket: geoBucketOf({ country: r.country, regionCode: r.regionCode }),
      occupation: r.occupation,
      in_profile: r.inProfile,
    };
    const id = existing.get(repo.outcomeKey(profile.id, r.observedOn, r.status));
    if (id) plan.updates.push({ ...write, id });
    else plan.inserts.push(write);
  }
  return plan;
}

// ── the import

export interface ImportInput {
  universityId: string;
  kind: ImportKind;
  fileName: string;
  data: Buffer;
  today: string;
}

const byRowThenColumn = (order: readonly string[]) => (a: ImportProblem, b: ImportProblem) =>
  a.row - b.row || order.indexOf(a.column) - order.indexOf(b.column);

async function validate(db: Db, input: ImportInput) {
  const sheet = await readSheet(input.data);
  if (!sheet.ok) return { problems: [{ ...sheet.problem, column: '' }] as ImportProblem[], rowsTotal: 0 };
  await yieldToOthers();
  if (input.kind === 'profiles') {
    const result = await validateProfileRows(sheet.rows, skillResolver(await repo.allSkills(db)));
    const plan = await planProfiles(db, input.universityId, result.records);
    return { ...result, problems: [...result.problems, ...plan.problems] };
  }
  const result = await validateOutcomeRows(sheet.rows, input.today);
  const plan = await planOutcomes(db, input.universityId, result.records);
  return { ...result, problems: [...result.problems, ...plan.problems] };
}

/**
 * Runs an import. The file is read and every row checked outside any transaction (CPU work and
 * read-only lookups, with yields, so other requests go on). A file with any error writes nothing
 * but its record, which is kept so the career office finds the errors again in the history; that
 * record and its audit entry are the only writes (`talent.import_invalid`, 422). A clean file is
 * written in one transaction: the plan is made again under a per-university lock (so a concurrent
 * import cannot slip in between), then rows go in chunks of multi-row statements.
 */
export async function runImport(
  db: Db,
  audit: AuditContext,
  viewer: TalentViewer,
  locale: Locale,
  input: ImportInput,
): Promise<ImportView> {
  assertCareerOffice(viewer, input.universityId);
  const { problems, rowsTotal, records } = {
    records: [] as Array<ProfileRecord | OutcomeRecord>,
    ...(await validate(db, input)),
  };
  const base = {
    universityId: input.universityId,
    importedBy: audit.actorId,
    kind: input.kind,
    fileName: input.fileName.slice(0, 255) || 'import',
    rowsTotal,
  };
  if (problems.length > 0) {
    const order = ['', ...IMPORT_COLUMNS[input.kind].map((c) => c.key)];
    problems.sort(byRowThenColumn(order));
    const kept = problems.slice(0, ERRORS_KEPT);
    const row = await inTransaction(db, async (tx) => {
      const saved = await repo.insertImport(tx, {
        ...base,
        status: 'rejected',
        errors: kept.map(({ row, column, code, value }) => ({
          row,
          column,
          code,
          // A stored record keeps no names or addresses of the file's people: the answer below has them.
          ...(value !== undefined && !PERSONAL_COLUMNS.has(column) ? { value: value.slice(0, 200) } : {}),
        })),
        errorCount: problems.length,
      });
      await recordAudit(tx, audit, {
        action: 'talent.import_rejected',
        objectType: 'talent_import',
        objectId: saved.id,
        details: {
          universityId: input.universityId,
          kind: input.kind,
          rowsTotal,
          errorCount: problems.length,
        },
      });
      return saved;
    });
    const errors = kept.map((e) => toRowError(e, locale));
    throw new AppError(
      'unprocessable',
      'talent.import_invalid',
      locale === 'en'
        ? `The file has ${problems.length} error(s); nothing was imported`
        : `В файле ошибок: ${problems.length}; ничего не импортировано`,
      [],
      { importId: row.id, errors, errorCount: problems.length },
    );
  }

  const row = await inTransaction(db, async (tx) => {
    await repo.lockUniversityImports(tx, input.universityId);
    let created = 0;
    let updated = 0;
    if (input.kind === 'profiles') {
      const plan = await planProfiles(tx, input.universityId, records as ProfileRecord[]);
      if (plan.problems.length > 0) throw concurrentChange();
      await inChunks(plan.updates, (c) => repo.updateProfiles(tx, input.universityId, c));
      await inChunks(plan.inserts, (c) => repo.insertProfiles(tx, input.universityId, c));
      [created, updated] = [plan.inserts.length, plan.updates.length];
    } else {
      const plan = await planOutcomes(tx, input.universityId, records as OutcomeRecord[]);
      if (plan.problems.length > 0) throw concurrentChange();
      await inChunks(plan.updates, (c) => repo.updateOutcomes(tx, audit.actorId, c));
      await inChunks(plan.inserts, (c) => repo.insertOutcomes(tx, audit.actorId, c));
      [created, updated] = [plan.inserts.length, plan.updates.length];
    }
    const saved = await repo.insertImport(tx, {
      ...base,
      status: 'applied',
      rowsCreated: created,
      rowsUpdated: updated,
    });
    await recordAudit(tx, audit, {
      action: 'talent.import_applied',
      objectType: 'talent_import',
      objectId: saved.id,
      details: { universityId: input.universityId, kind: input.kind, rowsTotal, created, updated },
    });
    return saved;
  });
  return importView(row, locale);
}

const concurrentChange = () =>
  new AppError(
    'conflict',
    'talent.import_concurrent_change',
    'The data changed while the file was checked; send it again',
  );

export async function listImports(db: Db, viewer: TalentViewer, locale: Locale, universityId: string) {
  assertCareerOffice(viewer, universityId);
  return (await repo.importsOfUniversity(db, universityId)).map((r) => importView(r, locale));
}

export async function getImport(db: Db, viewer: TalentViewer, locale: Locale, importId: string) {
  const row = await repo.importById(db, importId);
  // Someone else's import reads as absent, not forbidden: its existence is not theirs to learn.
  if (!row || !(viewer.careerOfficeOf.has(row.universityId) || viewer.isAdmin))
    throw notFound('import', 'talent.import_not_found');
  return importView(row, locale);
}
