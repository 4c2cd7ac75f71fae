import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, pageErrors, settled, signedInPage } from './helpers.ts';

/**
 * The talent journey of issue 9 in the browser, in Russian and then in English: a recruiter of a new
 * company asks for its approval and posts an internship (published, but hidden until approved); the
 * career office approves the employer; the demo student finds the internship among the
 * recommendations and applies; the recruiter moves the application to "offer" and "hired". Later a
 * graduate answers the yearly survey through the link in the mail, without a password, and the
 * retention dashboard counts the answer.
 */
test('a recruiter posts, the career office approves, a student is recommended, applies and is hired; a graduate answers the survey; the dashboard counts it', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const company = `ООО «Сибирские сенсоры ${stamp}»`;
  const title = `Стажёр-разработчик встроенных систем ${stamp}`;

  // ── the student's skills: the internship asks for them, so the fit puts it first
  const student = await signedInPage(browser, 'student@demo.inohub.ru');
  const me = await (await student.request.get('/api/talent/profiles/me')).json();
  const skills: Array<{ nameRu: string }> = me.profile.skills.slice(0, 3);
  expect(skills.length).toBeGreaterThan(0);

  // ── the recruiter founds a company in the directory and asks for its approval
  const recruiter = await signedInPage(browser, 'recruiter@demo.inohub.ru');
  const created = await recruiter.request.post('/api/directory/organizations', {
    data: { kind: 'company', name: company, city: 'Томск' },
  });
  expect(created.status(), await created.text()).toBe(201);
  const orgId: string = (await created.json()).id;
  await recruiter.goto(`/talent/postings?org=${orgId}`);
  await settled(recruiter);
  await expect(recruiter.getByText(/компания ещё не проверена/).first()).toBeVisible();
  await recruiter.getByRole('button', { name: 'Запросить проверку' }).click();
  await expect(recruiter.getByText(/компания на проверке/).first()).toBeVisible();
  await expectAccessible(recruiter, 'postings (ru)');

  // ── …and posts an internship: published, but not public until the company is approved
  await recruiter.goto(`/talent/postings/new?org=${orgId}`);
  await settled(recruiter);
  await recruiter.getByRole('radio', { name: 'Стажировка' }).check({ force: true });
  await recruiter.locator('#field-titleRu').fill(title);
  await recruiter.locator('#field-titleEn').fill(`Embedded systems intern ${stamp}`);
  await recruiter
    .locator('#field-descriptionRu')
    .fill('Стажировка в команде встроенного ПО: датчики, микроконтроллеры, тестирование на стенде.');
  const required = recruiter.locator('#field-requiredSkills');
  for (const s of skills) {
    await required.click();
    await required.pressSequentially(s.nameRu.slice(0, 6));
    await recruiter.getByRole('option', { name: s.nameRu, exact: true }).click();
  }
  await recruiter.keyboard.press('Escape');
  await recruiter.locator('#field-city').fill('Томск');
  await recruiter.locator('#field-salaryFrom').fill('45000');
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await recruiter.locator('#field-deadline').fill(deadline);
  await expectAccessible(recruiter, 'new posting (ru)');
  await recruiter.getByRole('button', { name: 'Сохранить и опубликовать' }).click();
  await expect(recruiter.getByText(/опубликована, но студенты её не видят/i).first()).toBeVisible();
  const postingId = /\/talent\/opportunities\/([0-9a-f-]{36})/.exec(recruiter.url())?.[1];
  expect(postingId, recruiter.url()).toBeTruthy();
  const hidden = await fetch(new URL(`/api/talent/opportunities/${postingId}`, recruiter.url()));
  expect(hidden.status).toBe(404);

  // ── the career office approves the employer
  const office = await signedInPage(browser, 'career@demo.inohub.ru');
  await office.goto('/careers/employers');
  await settled(office);
  await expectAccessible(office, 'employer approvals (ru)');
  await office.getByRole('button', { name: new RegExp(`^Одобрить: ${literal(company)}`) }).click();
  const dialog = office.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /^Одобрить/ }).click();
  await expect(dialog).toBeHidden();
  await office.goto('/careers/employers?status=approved');
  await expect(office.getByText(company).first()).toBeVisible();

  // ── the student finds it among the recommendations and applies
  await student.goto('/talent/opportunities');
  await settled(student);
  const recommended = student.getByRole('region', { name: 'Рекомендовано вам' });
  await expect(recommended.getByRole('link', { name: title })).toBeVisible({ timeout: 20_000 });
  await expect(recommended.getByText(/обязательных навыков/).first()).toBeVisible();
  await expectAccessible(student, 'opportunities with recommendations (ru)');
  await recommended.getByRole('link', { name: title }).click();
  await settled(student);
  await expect(student.getByText(/проверен/i).first()).toBeVisible();
  await student
    .getByLabel('Сопроводительное письмо')
    .fill('Делаю прошивки для датчиков в студенческом КБ ТУСУР.');
  await student.getByRole('button', { name: 'Отправить отклик' }).click();
  await expect(student.getByText('Вы откликнулись')).toBeVisible();
  await student.goto('/talent/applications');
  await settled(student);
  await expect(student.getByRole('row', { name: new RegExp(literal(title)) })).toContainText('Новый');
  await expectAccessible(student, 'my applications (ru)');

  // ── the recruiter moves the application to "offer" and then "hired" on the board
  const name: string = me.profile.fullName;
  await recruiter.goto(`/talent/postings/${postingId}/board`);
  await settled(recruiter);
  await expectAccessible(recruiter, 'board (ru)');
  await recruiter.getByRole('button', { name: `${name}: Предложение` }).click();
  await confirmIfAsked(recruiter);
  await recruiter.getByRole('button', { name: `${name}: Принят` }).click();
  await confirmIfAsked(recruiter);
  const board = await (await recruiter.request.get(`/api/talent/opportunities/${postingId}/board`)).json();
  const hired = board.columns.find((c: { stage: string }) => c.stage === 'hired');
  expect(hired.applications.map((a: { applicant: { fullName: string } }) => a.applicant.fullName)).toEqual([
    name,
  ]);
  await student.goto('/talent/applications');
  await expect(student.getByRole('row', { name: new RegExp(literal(title)) })).toContainText('Принят');

  // ── later: the career office sends the yearly survey; a 2025 graduate answers through the mail's link
  await office.goto('/careers/students');
  await settled(office);
  await office.getByRole('button', { name: /^Отправить опрос/ }).click();
  const send = office.getByRole('dialog');
  await send.getByRole('button', { name: /^Отправить/ }).click();
  await expect(send.getByRole('status')).toContainText(/Письмо отправлено \d+/);
  await send.getByRole('button', { name: 'Закрыть' }).last().click();
  await expect(send).toBeHidden();
  const admin = await signedInPage(browser, 'admin@demo.inohub.ru');
  const token = await surveyTokenOf2025Graduate(admin);
  const before = await cohort2025(admin);

  const graduate = await (await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Tomsk' })).newPage();
  await graduate.goto('/');
  await graduate.getByText('EN', { exact: true }).click();
  await expect(graduate.locator('html')).toHaveAttribute('lang', 'en');
  await graduate.goto(`/survey/${token}`);
  await settled(graduate);
  await expect(graduate.getByText(/^Hello, /)).toBeVisible();
  await expectAccessible(graduate, 'survey (en)');
  const changed = graduate.getByRole('button', { name: 'Something changed' });
  if (await changed.isVisible()) await changed.click();
  await graduate.locator('#field-outcome-status').click();
  await graduate.getByRole('option', { name: 'Employed', exact: true }).click();
  await graduate.locator('#field-outcome-employerName').fill(company);
  await graduate.locator('#field-outcome-regionCode').click();
  await graduate.locator('#field-outcome-regionCode').fill('Tomsk');
  await graduate.getByRole('option', { name: /Tomsk/ }).first().click();
  await graduate.locator('#field-outcome-city').fill('Tomsk');
  // Twelve months after graduation (1 July 2025): the record in force at 12 months (on the same day,
  // the later record wins).
  await graduate.locator('#field-outcome-observedOn').fill('2026-07-01');
  await graduate.getByRole('button', { name: 'Send my answer' }).click();
  await expect(graduate.getByText(/^Thank you/)).toBeVisible();
  const again = await graduate.request.post(`/api/talent/survey/${token}`, { data: { kind: 'unchanged' } });
  expect(again.status()).toBe(409);

  // ── the retention dashboard counts the answer (cohort 2025, in the region at 12 months)
  const after = await cohort2025(admin);
  expect(after.employed).toBeGreaterThanOrEqual(before.employed);
  expect(after.inRegion).toBeGreaterThan(before.inRegion);
  await graduate.goto('/careers/retention?by=cohort');
  await settled(graduate);
  await expect(graduate.getByRole('heading', { level: 1 })).toHaveText('Graduate retention');
  await expect(graduate.locator('main table').getByText('2025', { exact: true }).first()).toBeVisible();
  await expectAccessible(graduate, 'retention by cohort (en)');

  expect(pageErrors).toEqual([]);
});

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A final stage asks for a confirmation first. */
async function confirmIfAsked(page: Page) {
  const dialog = page.getByRole('dialog');
  if (await dialog.isVisible({ timeout: 1_500 }).catch(() => false)) {
    await dialog.getByRole('button').last().click();
    await expect(dialog).toBeHidden();
  }
  await settled(page);
}

/** Reads the outbox (as an administrator would, without SMTP) for a survey link of a 2025 graduate. */
async function surveyTokenOf2025Graduate(admin: Page): Promise<string> {
  for (let page = 1; page <= 20; page++) {
    const res = await admin.request.get(`/api/admin/outbox?pageSize=100&page=${page}`);
    const body = (await res.json()) as { items: Array<{ textBody: string }> };
    for (const mail of body.items)
      for (const m of mail.textBody.matchAll(/\/survey\/([A-Za-z0-9_-]{43})/g)) {
        const view = await (await admin.request.get(`/api/talent/survey/${m[1]}`)).json();
        // One whose record in force is not already a job in the region, so that the answer shows.
        const last = view.lastOutcome;
        const working = last && ['employed', 'self_employed', 'entrepreneur'].includes(last.status);
        if (view.state === 'open' && view.graduationYear === 2025 && !(working && last.geoBucket === 'tomsk'))
          return m[1] as string;
      }
    if (body.items.length < 100) break;
  }
  throw new Error('no open survey link of a 2025 graduate not yet working in the region in the outbox');
}

async function cohort2025(admin: Page): Promise<{ employed: number; inRegion: number }> {
  const view = await (await admin.request.get('/api/talent/retention?by=cohort')).json();
  const row = view.rows.find((r: { key: string }) => r.key === '2025');
  const cell = row?.cells.find((c: { horizon: number }) => c.horizon === 12);
  return { employed: cell?.employed ?? 0, inRegion: cell?.inRegion ?? 0 };
}
