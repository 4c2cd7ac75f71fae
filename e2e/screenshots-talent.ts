// Screenshots of the talent pages for students and recruiters at desktop and phone size, in Russian and
// English, with an axe scan of each. A copy of e2e/screenshots-zone.ts for the talent feature. Run against a
// started server: `BASE_URL=http://localhost:3201 npx tsx e2e/screenshots-talent.ts`. Writes
// ./screenshots/talent/*.png. It saves the demo student's profile unchanged and drafts one posting per
// language and size (dialogs are opened, never confirmed), so run it against a throw-away DATA_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import {
  type APIRequestContext,
  type BrowserContext,
  type Cookie,
  chromium,
  type Page,
} from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://localhost:3201';
const OUT = path.resolve('screenshots/talent');
const PASSWORD = 'inohub-demo-2026';
const ONLY = process.env.ONLY?.split(',');
const MISSING = '00000000-0000-4000-8000-000000000000';

const sizes = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
const langs = ['ru', 'en'] as const;
type Lang = (typeof langs)[number];

interface Shot {
  name: string;
  url: string | (() => string | null);
  act?: (page: Page) => Promise<void>;
}

const findings: string[] = [];
const report = (line: string) => {
  findings.push(line);
  console.log(line);
};

async function capture(context: BrowserContext, lang: Lang, size: string, shot: Shot): Promise<void> {
  if (ONLY && !ONLY.includes(shot.name)) return;
  const url = typeof shot.url === 'function' ? shot.url() : shot.url;
  if (!url) return report(`${lang}/${size}/${shot.name}: skipped (no data)`);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${BASE}${url}`, { waitUntil: 'networkidle' });
    await page.locator('main h1').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
      timeout: 15_000,
    });
    if (shot.act) {
      await shot.act(page);
      await page.waitForLoadState('networkidle');
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(OUT, `${lang}-${size}-${shot.name}.png`), fullPage: true });
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    for (const v of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'))
      report(
        `${lang}/${size}/${shot.name}: ${v.impact} ${v.id} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
      );
  } catch (err) {
    report(`${lang}/${size}/${shot.name}: failed: ${(err as Error).message.split('\n')[0]}`);
  }
  for (const e of errors)
    if (!/401|403|404|Unauthorized|status of 4\d\d/.test(e))
      report(`${lang}/${size}/${shot.name}: console: ${e}`);
  await page.close();
}

async function json<T>(req: APIRequestContext, url: string): Promise<T> {
  const res = await req.get(`${BASE}${url}`);
  if (!res.ok()) throw new Error(`GET ${url}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

async function signIn(context: BrowserContext, email: string, lang: Lang): Promise<void> {
  await context.clearCookies();
  const res = await context.request.post(`${BASE}/api/auth/sign-in/email`, {
    data: { email, password: PASSWORD },
  });
  if (!res.ok()) throw new Error(`sign-in ${email} failed: ${res.status()}`);
  await context.request.patch(`${BASE}/api/me`, { data: { locale: lang } });
}

const clickButton = (name: RegExp) => async (page: Page) => {
  await page.getByRole('button', { name }).filter({ visible: true }).first().click();
};

interface Item {
  id: string;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const ids: Record<string, string | null> = {};
  const sessions: Record<'student' | 'recruiter', Cookie[] | undefined> = {
    student: undefined,
    recruiter: undefined,
  };
  const open = await (await fetch(`${BASE}/api/talent/opportunities?pageSize=50`)).json();
  // A posting with both languages and a salary shows the most.
  ids.opportunity =
    (open.items as Array<Item & { titleEn: string | null; salaryFrom: number | null }>).find(
      (o) => o.titleEn && o.salaryFrom,
    )?.id ??
    open.items[0]?.id ??
    null;
  const profiles = await (await fetch(`${BASE}/api/talent/profiles?pageSize=1`)).json();
  ids.publicProfile = profiles.items?.[0]?.id ?? null;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });

  // Data the pages need, read through the API as the people concerned.
  {
    const ctx = await browser.newContext();
    await signIn(ctx, 'student@demo.inohub.ru', 'ru');
    sessions.student = await ctx.cookies();
    const me = await json<{ profile: Item | null }>(ctx.request, '/api/talent/profiles/me');
    ids.ownProfile = me.profile?.id ?? null;
    const mine = await json<{ items: Array<Item & { opportunity: Item; allowedStages: string[] }> }>(
      ctx.request,
      '/api/talent/applications/mine',
    );
    ids.applied = mine.items[0]?.opportunity.id ?? null;
    const recs = await json<{ items: Array<{ opportunity: Item }> }>(
      ctx.request,
      '/api/talent/recommendations/opportunities?limit=20',
    );
    const appliedIds = new Set(mine.items.map((a) => a.opportunity.id));
    ids.toApply = recs.items.find((r) => !appliedIds.has(r.opportunity.id))?.opportunity.id ?? null;

    await signIn(ctx, 'recruiter@demo.inohub.ru', 'ru');
    sessions.recruiter = await ctx.cookies();
    const postings = await json<{ items: Array<Item & { status: string }> }>(
      ctx.request,
      '/api/talent/opportunities?mine=true&pageSize=50',
    );
    let best: { id: string; n: number } | null = null;
    for (const p of postings.items.filter((p) => p.status === 'published')) {
      const board = await json<{ columns: Array<{ applications: unknown[] }> }>(
        ctx.request,
        `/api/talent/opportunities/${p.id}/board`,
      );
      const n = board.columns.reduce((s, c) => s + c.applications.length, 0);
      if (!best || n > best.n) best = { id: p.id, n };
    }
    ids.board = best?.id ?? null;
    ids.draft = postings.items.find((p) => p.status === 'draft')?.id ?? null;
    await ctx.close();
  }

  const visitor: Shot[] = [
    { name: 'opportunities', url: '/talent/opportunities' },
    { name: 'opportunities-filtered', url: '/talent/opportunities?kind=internship&remote=true' },
    { name: 'opportunities-search-en', url: '/talent/opportunities?q=developer' },
    { name: 'opportunities-empty', url: '/talent/opportunities?q=qwertyuiop' },
    { name: 'opportunity', url: () => (ids.opportunity ? `/talent/opportunities/${ids.opportunity}` : null) },
    { name: 'opportunity-missing', url: `/talent/opportunities/${MISSING}` },
    {
      name: 'profile-public',
      url: () => (ids.publicProfile ? `/talent/profiles/${ids.publicProfile}` : null),
    },
    { name: 'profile-missing', url: `/talent/profiles/${MISSING}` },
  ];
  const student: Shot[] = [
    { name: 's-opportunities', url: '/talent/opportunities' },
    { name: 's-opportunity-apply', url: () => (ids.toApply ? `/talent/opportunities/${ids.toApply}` : null) },
    {
      name: 's-opportunity-applied',
      url: () => (ids.applied ? `/talent/opportunities/${ids.applied}` : null),
    },
    { name: 's-applications', url: '/talent/applications' },
    {
      name: 's-withdraw-dialog',
      url: '/talent/applications',
      act: async (p) => {
        await clickButton(/^(Отозвать отклик|Withdraw the application)/)(p);
        await p.getByRole('dialog').waitFor();
      },
    },
    { name: 's-profile', url: '/talent/profile' },
    {
      name: 's-profile-consent',
      url: '/talent/profile',
      act: async (p) => {
        await p.getByRole('radio', { name: /^(Виден всем|Everyone)/ }).check();
        await p
          .getByText(/152-ФЗ|152-FZ/)
          .first()
          .scrollIntoViewIfNeeded();
      },
    },
    {
      name: 's-profile-errors',
      url: '/talent/profile',
      act: async (p) => {
        await p.locator('#field-programCode').fill('abc');
        await p.locator('#field-graduationYear').fill('1990');
        await clickButton(/^(Сохранить профиль|Save profile)$/)(p);
        await p.locator('#field-programCode').scrollIntoViewIfNeeded();
      },
    },
    {
      name: 's-profile-saved',
      url: '/talent/profile',
      act: async (p) => {
        await clickButton(/^(Сохранить профиль|Save profile)$/)(p);
        await p.getByText(/^(Профиль сохранён|Profile saved)$/).waitFor({ timeout: 10_000 });
      },
    },
    { name: 's-own-profile', url: () => (ids.ownProfile ? `/talent/profiles/${ids.ownProfile}` : null) },
  ];
  const recruiter: Shot[] = [
    { name: 'r-postings', url: '/talent/postings' },
    { name: 'r-posting-new', url: '/talent/postings/new' },
    {
      name: 'r-posting-new-errors',
      url: '/talent/postings/new',
      act: async (p) => {
        await p.locator('#field-city').fill('');
        await p.locator('#field-salaryFrom').fill('90000');
        await p.locator('#field-salaryTo').fill('60000');
        await clickButton(/^(Сохранить черновик|Save draft)$/)(p);
      },
    },
    {
      name: 'r-posting-created',
      url: '/talent/postings/new',
      act: async (p) => {
        await p.locator('#field-titleRu').fill('Стажёр-аналитик данных (скриншот)');
        await p.locator('#field-titleEn').fill('Data analyst intern (screenshot)');
        await p.locator('#field-salaryFrom').fill('40000');
        await clickButton(/^(Сохранить черновик|Save draft)$/)(p);
        await p.waitForURL(/\/talent\/opportunities\/[0-9a-f-]{36}$/, { timeout: 10_000 });
        await p.locator('main h1').first().waitFor();
      },
    },
    { name: 'r-posting-edit', url: () => (ids.board ? `/talent/postings/${ids.board}/edit` : null) },
    { name: 'r-posting-draft', url: () => (ids.draft ? `/talent/postings/${ids.draft}/edit` : null) },
    { name: 'r-posting-view', url: () => (ids.board ? `/talent/opportunities/${ids.board}` : null) },
    { name: 'r-board', url: () => (ids.board ? `/talent/postings/${ids.board}/board` : null) },
    {
      name: 'r-board-drawer',
      url: () => (ids.board ? `/talent/postings/${ids.board}/board` : null),
      act: async (p) => {
        await clickButton(/^(Открыть отклик|Open the application)/)(p);
        await p.getByRole('dialog').waitFor();
        await p.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0);
      },
    },
    {
      name: 'r-board-final-dialog',
      url: () => (ids.board ? `/talent/postings/${ids.board}/board` : null),
      act: async (p) => {
        await clickButton(/: (Отказ|Rejected)$/)(p);
        await p.getByRole('dialog').waitFor();
      },
    },
    {
      name: 'r-board-candidates',
      url: () => (ids.board ? `/talent/postings/${ids.board}/board?tab=candidates` : null),
    },
  ];

  const onlyLangs = process.env.LANGS?.split(',');
  const onlySizes = process.env.SIZES?.split(',');
  for (const lang of langs.filter((l) => !onlyLangs || onlyLangs.includes(l))) {
    for (const size of sizes.filter((s) => !onlySizes || onlySizes.includes(s.name))) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        locale: lang,
      });
      await context.addInitScript((l) => localStorage.setItem('inohub.locale', l), lang);
      for (const shot of visitor) await capture(context, lang, size.name, shot);
      // One session per person for the whole run (sign-in is rate-limited): its cookies go into each context.
      await context.clearCookies();
      await context.addCookies(sessions.student ?? []);
      await context.request.patch(`${BASE}/api/me`, { data: { locale: lang } });
      for (const shot of student) await capture(context, lang, size.name, shot);
      await context.request.patch(`${BASE}/api/me`, { data: { locale: 'ru' } });
      await context.clearCookies();
      await context.addCookies(sessions.recruiter ?? []);
      await context.request.patch(`${BASE}/api/me`, { data: { locale: lang } });
      for (const shot of recruiter) await capture(context, lang, size.name, shot);
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
