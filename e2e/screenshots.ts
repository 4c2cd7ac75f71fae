// Screenshots of every page at desktop and phone size, in Russian and English, with an axe scan of
// each. Run against a started server: `npx tsx e2e/screenshots.ts` (BASE_URL, default
// http://localhost:3000). Writes ./screenshots/<lang>-<size>-<page>.png and prints axe findings.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://localhost:3000';
const OUT = path.resolve('screenshots');
const PASSWORD = 'inohub-demo-2026';
const ADMIN = 'admin@demo.inohub.ru';
const ONLY = process.env.ONLY?.split(',');

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const langs = ['ru', 'en'] as const;
type Lang = (typeof langs)[number];

interface Shot {
  name: string;
  url: string;
  /** Something to do before the picture (fill a form, open a panel). */
  act?: (page: Page) => Promise<void>;
}

const findings: string[] = [];
const report = (line: string) => {
  findings.push(line);
  console.log(line);
};

/** The organization with the most to show (description, sectors), for the record pages. */
async function richestOrganizationId(): Promise<string | null> {
  const res = await fetch(`${BASE}/api/directory/organizations?pageSize=50&sort=name`);
  if (!res.ok) return null;
  const body = (await res.json()) as {
    items: Array<{ id: string; descriptionRu: string | null; sectors: unknown[] }>;
  };
  const score = (o: (typeof body.items)[number]) => (o.descriptionRu ? 2 : 0) + (o.sectors.length ? 1 : 0);
  return [...body.items].sort((a, b) => score(b) - score(a))[0]?.id ?? null;
}

async function capture(context: BrowserContext, lang: Lang, size: string, shot: Shot): Promise<void> {
  if (ONLY && !ONLY.includes(shot.name)) return;
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${BASE}${shot.url}`, { waitUntil: 'networkidle' });
  await page.locator('main h1').first().waitFor({ timeout: 15_000 });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
    timeout: 15_000,
  });
  if (shot.act) {
    await shot.act(page);
    await page.waitForLoadState('networkidle');
  }
  await page.waitForTimeout(300);
  const file = path.join(OUT, `${lang}-${size}-${shot.name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  try {
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
      report(
        `${lang}/${size}/${shot.name}: ${v.impact} ${v.id} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
      );
    }
  } catch (err) {
    report(`${lang}/${size}/${shot.name}: axe failed: ${(err as Error).message.split('\n')[0]}`);
  }
  const lang_ = await page.evaluate(() => document.documentElement.lang);
  if (lang_ !== lang) report(`${lang}/${size}/${shot.name}: <html lang> is "${lang_}"`);
  for (const e of errors)
    if (!/401|Unauthorized|status of 4\d\d/.test(e)) report(`${lang}/${size}/${shot.name}: console: ${e}`);
  await page.close();
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const orgId = await richestOrganizationId();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const visitor: Shot[] = [
    { name: 'home', url: '/' },
    { name: 'directory', url: '/directory' },
    { name: 'directory-empty', url: '/directory?q=qwertyuiop&kind=fund' },
    ...(orgId ? [{ name: 'organization', url: `/directory/${orgId}` }] : []),
    { name: 'people', url: '/people' },
    { name: 'sign-in', url: '/sign-in' },
    {
      name: 'sign-in-error',
      url: '/sign-in',
      act: async (page) => {
        await page.locator('#field-email').fill('nobody@example.com');
        await page.locator('#field-password').fill('wrong-password-1');
        await page.locator('form button[type=submit]').click();
        await page.locator('[role=alert]').first().waitFor();
      },
    },
    { name: 'sign-up', url: '/sign-up' },
    {
      name: 'sign-up-errors',
      url: '/sign-up',
      act: async (page) => {
        await page.locator('#field-name').fill('Тест');
        await page.locator('#field-email').fill(`shot-${Date.now()}@example.com`);
        await page.locator('#field-password').fill('password');
        await page.locator('#field-consent').check();
        await page.locator('form button[type=submit]').click();
        await page.locator('[role=alert]').first().waitFor();
      },
    },
    { name: 'forgot-password', url: '/forgot-password' },
    { name: 'reset-password-invalid', url: '/reset-password' },
    { name: 'verified', url: '/verified' },
    { name: 'not-found', url: '/no-such-page' },
    { name: 'me-redirect', url: '/me' },
  ];
  const admin: Shot[] = [
    { name: 'admin-home', url: '/' },
    {
      name: 'admin-menu',
      url: '/directory',
      act: async (page) => {
        const burger = page.locator('button[aria-controls=app-navbar]');
        if (await burger.isVisible()) await burger.click();
        await page.waitForTimeout(400);
      },
    },
    { name: 'me', url: '/me' },
    ...(orgId
      ? [
          { name: 'organization-owner', url: `/directory/${orgId}` },
          { name: 'organization-edit', url: `/directory/${orgId}/edit` },
        ]
      : []),
    { name: 'organization-new', url: '/directory/new' },
    {
      name: 'organization-new-errors',
      url: '/directory/new',
      act: async (page) => {
        await page.locator('#field-name').fill('ООО Тест');
        await page.locator('#field-legalForm').click();
        await page.getByRole('option').first().click();
        await page.locator('form button[type=submit]').click();
        await page.locator('[role=alert]').first().waitFor();
      },
    },
    { name: 'admin-users', url: '/admin/users' },
    {
      name: 'admin-disable-dialog',
      url: '/admin/users?q=student',
      act: async (page) => {
        await page
          .getByRole('button', { name: /Отключить|Disable/ })
          .filter({ visible: true })
          .first()
          .click();
        await page.getByRole('dialog').waitFor();
      },
    },
    { name: 'admin-audit', url: '/admin/audit' },
    {
      name: 'admin-outbox',
      url: '/admin/outbox',
      act: async (page) => {
        const first = page.locator('.mantine-Accordion-control').first();
        if (await first.count()) await first.click();
      },
    },
  ];

  for (const lang of langs) {
    for (const size of sizes) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        locale: lang,
      });
      await context.addInitScript((l) => localStorage.setItem('inohub.locale', l), lang);
      for (const shot of visitor) await capture(context, lang, size.name, shot);
      const signIn = await context.request.post(`${BASE}/api/auth/sign-in/email`, {
        data: { email: ADMIN, password: PASSWORD },
      });
      if (!signIn.ok()) throw new Error(`admin sign-in failed: ${signIn.status()}`);
      await context.request.patch(`${BASE}/api/me`, { data: { locale: lang } });
      for (const shot of admin) await capture(context, lang, size.name, shot);
      await context.request.patch(`${BASE}/api/me`, { data: { locale: 'ru' } });
      await context.close();
    }
  }
  await browser.close();
  console.log(
    findings.length
      ? `${findings.length} findings`
      : 'axe: no serious or critical violations; no console errors',
  );
  console.log(`screenshots in ${OUT}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
