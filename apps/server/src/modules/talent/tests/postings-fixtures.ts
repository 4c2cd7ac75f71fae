import { eq } from 'drizzle-orm';
import { mailOutbox } from '../../../lib/mail/outbox.tables.ts';
import type { TestApp } from '../../../testing/test-app.ts';
import { todayInTomsk } from '../opportunities/dates.ts';
import { talentOpportunities, talentProfiles } from '../talent.tables.ts';

// Fixtures of the employers, opportunities and applications tests, on top of the shared fixtures.ts.

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** A Tomsk date `n` days from today. */
export const inDays = (n: number) => addDays(todayInTomsk(), n);

/** A valid create body for a company's posting. */
export function postingBody(organizationId: string, overrides: Record<string, unknown> = {}) {
  return {
    organizationId,
    kind: 'internship',
    titleRu: 'Стажёр-разработчик',
    titleEn: 'Intern developer',
    descriptionRu: 'Пишем сервисы на Python.',
    requiredSkills: ['python'],
    city: 'Томск',
    deadline: inDays(30),
    ...overrides,
  };
}

/** Inserts a posting directly, in any state (e.g. published with a deadline already past). */
export async function insertPosting(
  t: TestApp,
  values: Partial<typeof talentOpportunities.$inferInsert> & { organizationId: string },
): Promise<string> {
  const [row] = await t.ctx.db
    .insert(talentOpportunities)
    .values({
      kind: 'job',
      titleRu: 'Вакансия',
      city: 'Томск',
      deadline: inDays(30),
      status: 'published',
      publishedAt: new Date(),
      ...values,
    })
    .returning({ id: talentOpportunities.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/** Mail in the outbox for one address and template. */
export async function mailTo(t: TestApp, address: string, template: string) {
  const rows = await t.ctx.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address));
  return rows.filter((r) => r.template === template);
}

/** Gives a profile a stored CV file (as the profiles feature's upload would). */
export async function giveCv(
  t: TestApp,
  profileId: string,
  data: Buffer,
  fileName = 'cv.pdf',
): Promise<string> {
  const file = await t.ctx.files.save(t.ctx.db, {
    fileName,
    data,
    allowedTypes: ['pdf'],
    maxBytes: 5 * 1024 * 1024,
    ownerModule: 'talent',
    ownerId: profileId,
  });
  await t.ctx.db
    .update(talentProfiles)
    .set({ cvFileId: file.id, cvFileName: fileName })
    .where(eq(talentProfiles.id, profileId));
  return file.id;
}
