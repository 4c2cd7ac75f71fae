import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectAccessible, settled, signedInPage, signIn, watchForeignRequests } from './helpers.ts';

/**
 * The foundation journey of issue 2: a new person signs up, confirms the address through the
 * outbox, signs in, edits the profile, searches the directory in Russian, switches to English;
 * an administrator grants a role. Every page visited is scanned with axe.
 */
test('a new user signs up, confirms by mail, edits the profile, downloads her data, searches, switches language; an admin grants a role; she deletes her account', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const foreign = watchForeignRequests(page, baseURL as string);
  const email = `e2e.${Date.now()}@example.ru`;
  const password = 'кедровая-шишка-2026';

  // Home and sign-up, in Russian by default.
  await page.goto('/');
  await expectAccessible(page, 'home');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await page.goto('/sign-up');
  await expectAccessible(page, 'sign-up');
  await page.getByLabel('Имя и фамилия').fill('Полина Кедрова');
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByRole('textbox', { name: 'Пароль', exact: true }).fill(password);
  await page.getByRole('checkbox', { name: 'Студент' }).check();
  // Without the consent to processing the form does not go (152-FZ art. 9).
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(
    page.getByText('Без согласия на обработку персональных данных учётную запись не создать').first(),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Я даю согласие на обработку моих персональных данных' }).check();
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await expect(page.getByRole('heading', { name: 'Проверьте почту' })).toBeVisible();

  // The administrator reads the outbox (no SMTP in this run) and finds the confirmation link.
  const admin = await signedInPage(browser, 'admin@demo.inohub.ru');
  await admin.goto(`/admin/outbox?to=${encodeURIComponent(email)}`);
  await expectAccessible(admin, 'admin outbox');
  await admin.getByText('Подтвердите почту в Inohub').first().click();
  const link = admin.locator('a[href*="/api/auth/verify-email"]').first();
  await link.waitFor();
  const verifyUrl = (await link.getAttribute('href')) as string;
  expect(verifyUrl).toContain('token=');

  // The new user follows the link and lands on the confirmation page.
  await page.goto(verifyUrl);
  await expect(page.getByRole('heading', { name: 'Почта подтверждена' })).toBeVisible();
  await expectAccessible(page, 'verified');

  // Signs out and in again with the password.
  await page.context().clearCookies();
  await signIn(page, email, password);

  // Edits the profile and makes it public.
  await page.goto('/me');
  await expectAccessible(page, 'profile');
  await page
    .getByRole('textbox', { name: 'Кратко о себе' })
    .fill('Студентка ТПУ, программирую встраиваемые системы');
  await page.getByRole('textbox', { name: 'Город' }).fill('Томск');
  await page.getByRole('switch', { name: /Показывать мой профиль/ }).check();
  await page
    .getByRole('button', { name: /Сохранить/ })
    .last()
    .click();
  await expect(page.getByText('Изменения сохранены').first()).toBeVisible();
  const profile = await page.request.get('/api/me/profile');
  expect(await profile.json()).toMatchObject({
    headline: 'Студентка ТПУ, программирую встраиваемые системы',
    isPublic: true,
  });

  // Her consents are on the profile: processing given at sign-up, showing the profile given just now.
  const consents = page.getByRole('region', { name: 'Согласия' });
  await expect(consents.getByText('Обработка персональных данных')).toBeVisible();
  await expect(consents.getByText(/^дано /)).toHaveCount(2);

  // Downloads everything kept about her: a JSON file with her profile and nobody else's data.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Скачать мои данные' }).click();
  const file = await downloading;
  expect(file.suggestedFilename()).toMatch(/^inohub-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const mine = JSON.parse(fs.readFileSync(await file.path(), 'utf8'));
  expect(mine.subject.email).toBe(email);
  expect(mine.data.profiles[0].headline).toBe('Студентка ТПУ, программирую встраиваемые системы');

  // Searches the directory in Russian (stemming: «политехнического» finds «политехнический»).
  await page.goto('/directory');
  await expectAccessible(page, 'directory');
  await page.getByLabel('Поиск', { exact: true }).fill('политехнического');
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole('link', { name: 'Томский политехнический университет' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Томский политехнический университет' }).first().click();
  await settled(page);
  await expectAccessible(page, 'organization');

  // Switches to English: the page changes at once and the choice is remembered for the account.
  await page.getByText('EN', { exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Tomsk Polytechnic University' })).toBeVisible();
  await expect.poll(async () => (await (await page.request.get('/api/me')).json()).user.locale).toBe('en');
  await page.goto('/directory');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Organization/i);
  await expectAccessible(page, 'directory (en)');

  // The administrator grants the new user a role.
  await admin.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await expectAccessible(admin, 'admin users');
  await admin.getByRole('button', { name: 'Роли пользователя Полина Кедрова' }).click();
  await admin.getByRole('dialog').getByRole('checkbox', { name: 'Основатель' }).check();
  await admin
    .getByRole('dialog')
    .getByRole('button', { name: /Сохранить/ })
    .click();
  await expect(admin.getByText('Роли пользователя Полина Кедрова сохранены')).toBeVisible();
  // Effective on the very next request of the user.
  const me = await (await page.request.get('/api/me')).json();
  expect(me.user.roles.sort()).toEqual(['founder', 'student']);

  await admin.goto('/admin/audit');
  await expectAccessible(admin, 'admin audit');
  await expect(admin.getByText('identity.roles_changed').first()).toBeVisible();

  // Finally she deletes her account: the password is asked, she is signed out, the profile hidden.
  await page.goto('/me');
  await settled(page);
  await page.getByRole('button', { name: /Delete my account|Удалить учётную запись/ }).click();
  const dialog = page.getByRole('dialog');
  await expectAccessible(page, 'delete account');
  await dialog.getByRole('textbox', { name: /Password|Пароль/ }).fill(password);
  await dialog.getByRole('button', { name: /Delete for good|Удалить навсегда/ }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.request.get('/api/me')).status()).toBe(401);

  expect(foreign, 'requests to other origins').toEqual([]);
});

test('public pages are accessible in both languages and load nothing from other origins', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const foreign = watchForeignRequests(page, baseURL as string);
  const pages = ['/', '/directory', '/people', '/sign-in', '/sign-up', '/forgot-password'];
  for (const lang of ['ru', 'en'] as const) {
    await page.goto('/');
    await page.getByText(lang.toUpperCase(), { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    for (const path of pages) {
      await page.goto(path);
      await expectAccessible(page, `${lang} ${path}`);
    }
    // Signed out, /directory reached through the navigation: its active link under the pointer
    // (Mantine's hover background behind the active colour), in the light and the dark scheme.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await settled(page);
      const menu = page.getByRole('navigation', { name: lang === 'ru' ? 'Основное меню' : 'Main menu' });
      await menu.locator('a[href="/directory"]').click();
      await expect(page).toHaveURL(/\/directory$/);
      const active = menu.locator('a[aria-current="page"]');
      await expect(active).toHaveAttribute('href', '/directory');
      await active.hover();
      await expectAccessible(page, `${lang} ${colorScheme} /directory, active link hovered`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }
  expect(foreign).toEqual([]);
});

test('an unknown address shows a helpful not-found page, and API errors are problem+json', async ({
  page,
}) => {
  await page.goto('/no-such-page');
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: /Главн|Home/ }).first()).toBeVisible();
  const res = await page.request.get('/api/no-such-route');
  expect(res.status()).toBe(404);
  expect(res.headers()['content-type']).toContain('application/problem+json');
});
