import { expect, type Page, test } from '@playwright/test';
import {
  expectAccessible,
  pageErrors,
  settled,
  signedInPage,
  watchForeignRequests,
  watchPageErrors,
} from './helpers.ts';

/** A small but real PDF: the server checks the type by content, not by name. */
const pdf = (title: string) => ({
  name: `${title}.pdf`,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  ),
});

/** Opens the action's dialog on the application page, fills it and confirms. */
async function decide(
  page: Page,
  button: string,
  confirm: string,
  fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

/**
 * The residency journey of issue 3 in the browser: a company member applies, fails an eligibility
 * rule, fixes it and submits; two zone administrators take the board and council decisions (four
 * eyes); the agreement is signed and registered; the resident leases a unit and files its quarterly
 * report; the public register and the statistics show it, in Russian and in English.
 */
test('a company applies, two administrators approve, the resident leases and reports; the register shows it in ru and en', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(480_000);
  pageErrors.length = 0;
  const company = 'Кедровые системы';

  // ── The founder starts an application for the startup she owns.
  const founder = await signedInPage(browser, 'founder@demo.inohub.ru');
  const foreign = watchForeignRequests(founder, baseURL as string);
  await founder.goto('/zone/apply');
  await expectAccessible(founder, 'apply: choose organization');
  await founder.getByRole('radio', { name: company }).check();
  await founder.getByRole('button', { name: 'Начать заявку' }).click();
  await expect(founder).toHaveURL(/\/zone\/applications\/[0-9a-f-]+\/edit$/);
  const applicationId = (founder.url().match(/applications\/([0-9a-f-]+)\/edit/) as RegExpMatchArray)[1];
  await settled(founder);

  // Step 1: activity.
  await founder
    .getByRole('textbox', { name: 'Чем будет заниматься компания в ОЭЗ' })
    .fill(
      'Разрабатываем систему мониторинга лесных пожаров по данным спутников и датчиков. Заказчики — лесничества Сибири.',
    );
  await founder.getByRole('combobox', { name: 'Виды деятельности' }).click();
  await founder.getByRole('option').first().click();
  await founder.keyboard.press('Escape');
  await expectAccessible(founder, 'apply: activity');
  await founder.getByRole('button', { name: 'Далее' }).click();

  // Step 2: premises — 120 m² of offices.
  await founder.getByRole('combobox', { name: 'Тип помещения' }).click();
  await founder.getByRole('option', { name: 'Офис' }).click();
  await founder.getByRole('textbox', { name: 'Площадь, м²' }).fill('120');
  await founder.getByRole('button', { name: 'Далее' }).click();

  // Step 3: investment plan for next year.
  const nextYear = new Date().getFullYear() + 1;
  await founder.getByRole('button', { name: `Добавить ${nextYear} год` }).click();
  await founder.getByRole('textbox', { name: `Капвложения, ₽, ${nextYear}` }).fill('12000000');
  await founder.getByRole('textbox', { name: `НИОКР, ₽, ${nextYear}` }).fill('8000000');
  await founder.getByRole('textbox', { name: `Рабочие места, ${nextYear}` }).fill('25');
  await founder.getByRole('textbox', { name: `Выручка, ₽, ${nextYear}` }).fill('30000000');
  await expectAccessible(founder, 'apply: plan');
  await founder.getByRole('button', { name: 'Далее' }).click();

  // Step 4: utilities.
  await founder.getByRole('textbox', { name: 'Электроэнергия, кВт' }).fill('40');
  await founder.getByRole('textbox', { name: 'Вода, м³ в сутки' }).fill('2');
  await founder.getByRole('textbox', { name: 'Газ, м³ в час' }).fill('0');
  await founder.getByRole('button', { name: 'Далее' }).click();

  // Step 5: the four required documents.
  for (const kind of [
    'Устав',
    'Свидетельство о государственной регистрации',
    'Свидетельство о постановке на налоговый учёт',
    'Бизнес-план',
  ]) {
    await founder.getByRole('combobox', { name: 'Документ' }).click();
    await founder.getByRole('option', { name: kind, exact: true }).click();
    await founder.locator('input[type="file"]').setInputFiles(pdf(kind));
    await founder.getByRole('button', { name: 'Загрузить' }).click();
    await expect(founder.getByRole('table', { name: 'Документы заявки' }).getByText(kind)).toBeVisible();
  }
  await expectAccessible(founder, 'apply: documents');
  await founder.getByRole('button', { name: 'Далее' }).click();

  // Step 6: the check fails E6 (the proportionality commitment is not given); submission is refused.
  await founder.getByRole('button', { name: 'Проверить условия' }).click();
  await expect(founder.getByText('Не выполнено 1 обязательное условие')).toBeVisible();
  const e6 = founder.getByRole('listitem').filter({ hasText: 'Соразмерность льгот' });
  await expect(e6.getByText('Не выполнено — обязательно')).toBeVisible();
  await expectAccessible(founder, 'apply: failed check');
  await founder.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(founder.getByRole('alert', { name: 'Заявку пока нельзя отправить' })).toBeVisible();
  await expect(founder).toHaveURL(/\/edit$/);

  // The fix: give the commitment, check again, submit.
  await founder.getByRole('checkbox', { name: /Принимаю обязательство о соразмерности льгот/ }).check();
  await founder.getByRole('button', { name: 'Проверить условия' }).click();
  await expect(founder.getByText('Обязательные условия выполнены')).toBeVisible();
  await founder.getByRole('button', { name: 'Отправить заявку' }).click();
  await expect(founder).toHaveURL(new RegExp(`/zone/applications/${applicationId}$`));
  await expect(founder.getByText('Подана', { exact: true }).first()).toBeVisible();
  await expectAccessible(founder, 'application submitted');

  // ── The zone administrator accepts it for the supervisory board and gives the first approval.
  const zone = await signedInPage(browser, 'zone@demo.inohub.ru');
  await zone.goto('/zone/review');
  await expectAccessible(zone, 'review queue');
  await zone.getByRole('link', { name: company }).first().click();
  await expect(zone).toHaveURL(new RegExp(`/zone/review/${applicationId}$`));
  // The navigation highlights the queue the page was opened from, not the applicant's "My applications".
  const nav = zone.getByRole('navigation', { name: 'Основное меню' });
  await expect(nav.getByRole('link', { name: 'Очередь заявок' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Мои заявки' })).not.toHaveAttribute('aria-current', 'page');
  await settled(zone);
  await decide(zone, 'Принять к рассмотрению', 'Принять');
  await decide(zone, 'Одобрить', 'Одобрить');
  await expect(zone.getByText('1 из 2 одобрений')).toBeVisible();
  // The same administrator cannot give the second approval.
  await expect(zone.getByRole('button', { name: 'Одобрить', exact: true })).toHaveCount(0);
  await expectAccessible(zone, 'application: first approval');

  // ── The platform administrator is made a second zone administrator (four eyes need two people).
  const admin = await signedInPage(browser, 'admin@demo.inohub.ru');
  await admin.goto('/admin/users?q=admin%40demo.inohub.ru');
  await admin
    .getByRole('button', { name: /^Роли пользователя/ })
    .first()
    .click();
  await admin.getByRole('dialog').getByRole('checkbox', { name: 'Администратор ОЭЗ' }).check();
  await admin
    .getByRole('dialog')
    .getByRole('button', { name: /Сохранить/ })
    .click();
  await expect(admin.getByText(/сохранены/)).toBeVisible();

  // The second approval moves the application to the expert council; both approve there too.
  await admin.goto(`/zone/review/${applicationId}`);
  await settled(admin);
  await decide(admin, 'Одобрить', 'Одобрить');
  await expect(admin.getByText('Экспертный совет').first()).toBeVisible();
  await decide(admin, 'Одобрить', 'Одобрить');
  await zone.reload();
  await settled(zone);
  await decide(zone, 'Одобрить', 'Одобрить');
  await expect(zone.getByText('Одобрена').first()).toBeVisible();

  // ── The agreement is signed and the resident registered and started.
  await decide(zone, 'Отметить подписание соглашения', 'Сохранить', async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Номер соглашения' }).fill('С-101/2026');
    await dialog.getByLabel('Дата соглашения').fill('2026-11-20');
  });
  await decide(zone, 'Внести в реестр', 'Внести в реестр');
  await decide(zone, 'Резидент начал работу', 'Подтвердить');
  await expect(zone.getByText('Резидент действует').first()).toBeVisible();
  await expectAccessible(zone, 'application: active resident');
  await zone.getByRole('link', { name: 'Открыть запись в реестре резидентов' }).click();
  await expect(zone).toHaveURL(/\/zone\/residents\/[0-9a-f-]+$/);
  const residentUrl = new URL(zone.url()).pathname;

  // ── Rates: one administrator proposes a new threshold, the other approves it (four eyes again).
  await zone.goto('/zone/rates');
  await expectAccessible(zone, 'rates');
  await zone.getByRole('button', { name: 'Новое значение: T4: дней просрочки арендной платы' }).click();
  const rateDialog = zone.getByRole('dialog');
  await rateDialog.getByRole('textbox', { name: 'Значение' }).fill('45');
  await rateDialog.getByLabel('Действует с').fill('2027-01-01');
  await rateDialog
    .getByRole('textbox', { name: 'Источник' })
    .fill('Решение наблюдательного совета ОЭЗ «Томск» от 20.11.2026 № 12');
  await expectAccessible(zone, 'rates: new value');
  await rateDialog.getByRole('button', { name: 'Предложить' }).click();
  await expect(rateDialog).toBeHidden();
  const pendingRates = zone.getByRole('table', { name: 'Ждут одобрения' });
  await expect(pendingRates.getByText('Ваше предложение', { exact: false })).toBeVisible();
  await admin.goto('/zone/rates');
  await settled(admin);
  await admin
    .getByRole('table', { name: 'Ждут одобрения' })
    .getByRole('button', { name: 'Одобрить' })
    .click();
  await expect(admin.getByRole('table', { name: 'Ждут одобрения' })).toHaveCount(0);
  // A value in force is confirmed against its source by one click.
  const confirmButtons = zone.getByRole('button', { name: /^Подтвердить: / });
  await zone.reload();
  await settled(zone);
  const before = await confirmButtons.count();
  await confirmButtons.first().click();
  await expect(confirmButtons).toHaveCount(before - 1);

  // ── The resident leases an office.
  await founder.goto(residentUrl);
  await settled(founder);
  await expect(founder.getByRole('heading', { level: 1 })).toHaveText(company);
  await founder.getByRole('link', { name: 'Арендовать помещение' }).click();
  await expect(founder).toHaveURL(`${residentUrl}/lease`);
  await expectAccessible(founder, 'lease: vacancies');
  const firstVacancy = founder.getByRole('button', { name: /^Арендовать помещение / }).first();
  const unitLabel = (await firstVacancy.getAttribute('aria-label')) as string;
  const unitCode = unitLabel.replace('Арендовать помещение ', '');
  await firstVacancy.click();
  const leaseDialog = founder.getByRole('dialog');
  await expect(leaseDialog.getByRole('table', { name: 'Условия аренды' })).toBeVisible();
  await expectAccessible(founder, 'lease: confirm');
  await leaseDialog.getByRole('button', { name: 'Арендовать', exact: true }).click();
  await expect(founder).toHaveURL(residentUrl);
  const leases = founder.getByRole('table', { name: 'Договоры аренды' });
  await expect(leases.getByText(`пом. ${unitCode}`)).toBeVisible();
  await expect(leases.getByText('Действует')).toBeVisible();

  // ── And files the report of the quarter under way.
  await founder.goto('/zone/reports');
  await settled(founder);
  const ours = founder.getByRole('region', { name: company });
  const quarter = Math.floor(new Date().getMonth() / 3) + 1;
  await ours
    .getByRole('link', { name: `Отчёт за ${quarter} квартал ${new Date().getFullYear()} года` })
    .click();
  await settled(founder);
  const figures: Array<[string, string]> = [
    ['Численность сотрудников', '14'],
    ['Новые рабочие места', '3'],
    ['Средняя зарплата в месяц, ₽', '95000'],
    ['Выручка без НДС и акцизов, ₽', '4200000'],
    ['В том числе от деятельности в ОЭЗ, ₽', '3900000'],
    ['Экспорт, ₽', '0'],
    ['Инвестиции всего, ₽', '2500000'],
    ['Капитальные вложения, ₽', '1500000'],
    ['Расходы на НИОКР, ₽', '1000000'],
    ['Уплачено налогов, ₽', '380000'],
    ['Использовано льгот, ₽', '0'],
  ];
  for (const [label, value] of figures) await founder.getByRole('textbox', { name: label }).fill(value);
  await expectAccessible(founder, 'report form');
  await founder.getByRole('button', { name: 'Сдать отчёт' }).click();
  await expect(founder.getByText('Отчёт сдан.', { exact: false }).first()).toBeVisible();
  await founder.goto('/zone/reports');
  await settled(founder);
  await expect(
    founder.getByRole('region', { name: company }).getByText('Сдан', { exact: true }).first(),
  ).toBeVisible();

  // ── The public register and statistics show the new resident, in Russian…
  const visitor = await (await browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Tomsk' })).newPage();
  watchPageErrors(visitor, 'visitor');
  await visitor.goto(`/zone/residents?q=${encodeURIComponent(company)}`);
  await settled(visitor);
  const entry = visitor.getByRole('link', { name: company }).first();
  await expect(entry).toBeVisible();
  await expectAccessible(visitor, 'register (ru)');
  await entry.click();
  await settled(visitor);
  await expect(visitor.getByText('С-101/2026', { exact: false })).toBeVisible();
  await expect(visitor.getByRole('table', { name: /Помещения/ }).getByText(`пом. ${unitCode}`)).toBeVisible();
  await expectAccessible(visitor, 'resident (ru)');
  await visitor.goto('/zone/stats');
  await settled(visitor);
  await expect(visitor.getByText(/Действующих резидентов/)).toBeVisible();
  const registered = (await (await visitor.request.get('/api/zone/stats')).json()) as {
    byYearOfAdmission: Array<{ year: number; count: number }>;
  };
  const thisYear = registered.byYearOfAdmission.find((y) => y.year === new Date().getFullYear());
  expect(thisYear?.count ?? 0).toBeGreaterThan(0);
  await expectAccessible(visitor, 'stats (ru)');

  // …and in English.
  await visitor.getByText('EN', { exact: true }).click();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'en');
  await visitor.goto(`/zone/residents?q=${encodeURIComponent(company)}`);
  await settled(visitor);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(/register/i);
  // English visitors see the company's English name, and the search still finds it by the Russian one.
  await expect(visitor.getByRole('link', { name: 'Cedar Systems' }).first()).toBeVisible();
  await expectAccessible(visitor, 'register (en)');
  await visitor.goto(residentUrl);
  await settled(visitor);
  await expect(visitor.getByText('Resident since', { exact: false }).first()).toBeVisible();
  await expectAccessible(visitor, 'resident (en)');
  await visitor.goto('/zone/stats');
  await settled(visitor);
  await expect(visitor.getByText(/Current residents/)).toBeVisible();
  await expectAccessible(visitor, 'stats (en)');

  expect(foreign, 'requests to other origins').toEqual([]);
  expect(pageErrors, 'uncaught errors in the pages').toEqual([]);
});
