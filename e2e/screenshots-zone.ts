// Screenshots of the SEZ (zone) pages at desktop and phone size, in Russian and English, with an axe
// scan of each. A copy of e2e/screenshots.ts for the zone feature. Run against a started server:
// `BASE_URL=http://localhost:3100 npx tsx e2e/screenshots-zone.ts`. Writes ./screenshots/zone/*.png.
// It changes demo data on purpose (the founder starts an application, a report is returned), so run it
// against a throw-away DATA_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type APIRequestContext, type BrowserContext, chromium, type Page } from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://localhost:3100';
const OUT = path.resolve('screenshots/zone');
const PASSWORD = 'inohub-demo-2026';
const ONLY = process.env.ONLY?.split(',');

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
    await page.waitForTimeout(400);
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
    if (!/401|Unauthorized|status of 4\d\d/.test(e)) report(`${lang}/${size}/${shot.name}: console: ${e}`);
  await page.close();
}

async function json<T>(req: APIRequestContext, url: string, init?: { method?: string; data?: unknown }) {
  const res =
    init?.method === 'POST'
      ? await req.post(`${BASE}${url}`, { data: init.data ?? {} })
      : await req.get(`${BASE}${url}`);
  if (!res.ok()) throw new Error(`${init?.method ?? 'GET'} ${url}: ${res.status()} ${await res.text()}`);
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

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const ids: Record<string, string | null> = {};
  const residents = await (await fetch(`${BASE}/api/zone/residents?pageSize=100`)).json();
  // The founder's resident (Сибирский мёд) has premises, plans and reports.
  ids.resident =
    (residents.items as Array<{ id: string; name: string }>).find((r) => r.name === 'Сибирский мёд')?.id ??
    residents.items[0]?.id ??
    null;
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

  const visitor: Shot[] = [
    { name: 'register', url: '/zone/residents' },
    { name: 'register-filtered', url: '/zone/residents?status=active&it=true&foreign=true' },
    { name: 'register-empty', url: '/zone/residents?q=qwertyuiop' },
    { name: 'resident', url: () => (ids.resident ? `/zone/residents/${ids.resident}` : null) },
    { name: 'resident-missing', url: '/zone/residents/00000000-0000-4000-8000-000000000000' },
    { name: 'stats', url: '/zone/stats' },
    {
      name: 'stats-table',
      url: '/zone/stats',
      act: async (p) =>
        p
          .getByText(/^(Данные|Data)$/)
          .first()
          .click(),
    },
    { name: 'space', url: '/zone/space' },
    { name: 'space-empty', url: '/zone/space?kind=lab&minArea=5000' },
    { name: 'apply-visitor', url: '/zone/apply' },
  ];
  const founder: Shot[] = [
    { name: 'f-apply', url: '/zone/apply' },
    { name: 'f-edit-activity', url: () => (ids.draft ? `/zone/applications/${ids.draft}/edit` : null) },
    {
      name: 'f-edit-plan',
      url: () => (ids.draft ? `/zone/applications/${ids.draft}/edit` : null),
      act: async (p) => {
        await clickButton(/^(Далее|Next)$/)(p);
        await clickButton(/^(Далее|Next)$/)(p);
        await clickButton(/^(Добавить|Add) \d{4}/)(p);
        await p.locator('#field-investmentPlan-0-capexKopecks').fill('12500000');
        await p.waitForTimeout(2000);
      },
    },
    {
      name: 'f-edit-documents',
      url: () => (ids.draft ? `/zone/applications/${ids.draft}/edit` : null),
      act: async (p) => {
        for (let i = 0; i < 4; i++) await clickButton(/^(Далее|Next)$/)(p);
      },
    },
    {
      name: 'f-edit-check-failed',
      url: () => (ids.draft ? `/zone/applications/${ids.draft}/edit` : null),
      act: async (p) => {
        for (let i = 0; i < 5; i++) await clickButton(/^(Далее|Next)$/)(p);
        await clickButton(/^(Отправить заявку|Submit the application)$/)(p);
        await p.locator('#zone-eligibility-title').waitFor({ timeout: 10_000 });
      },
    },
    { name: 'f-application-draft', url: () => (ids.draft ? `/zone/applications/${ids.draft}` : null) },
    { name: 'f-applications', url: '/zone/applications' },
    { name: 'f-reports', url: '/zone/reports' },
    { name: 'f-report-form', url: () => (ids.report ? `/zone/reports/${ids.report}` : null) },
    { name: 'f-resident-private', url: () => (ids.resident ? `/zone/residents/${ids.resident}` : null) },
    { name: 'f-lease', url: () => (ids.resident ? `/zone/residents/${ids.resident}/lease` : null) },
    {
      name: 'f-lease-confirm',
      url: () => (ids.resident ? `/zone/residents/${ids.resident}/lease` : null),
      act: async (p) => {
        await p
          .getByRole('button', { name: /^(Арендовать помещение|Lease unit) / })
          .first()
          .click();
        await p.getByRole('dialog').waitFor();
      },
    },
  ];
  const admin: Shot[] = [
    { name: 'a-review', url: '/zone/review' },
    { name: 'a-review-overdue', url: '/zone/review?overdue=true' },
    { name: 'a-application-board', url: () => (ids.board ? `/zone/review/${ids.board}` : null) },
    {
      name: 'a-application-reject-dialog',
      url: () => (ids.board ? `/zone/review/${ids.board}` : null),
      act: async (p) => {
        await clickButton(/^(Отклонить|Reject)$/)(p);
        await p.getByRole('dialog').waitFor();
      },
    },
    {
      name: 'a-application-sign-dialog',
      url: () => (ids.approved ? `/zone/review/${ids.approved}` : null),
      act: async (p) => {
        await clickButton(/^(Отметить подписание соглашения|Record the signed agreement)$/)(p);
        await p.getByRole('dialog').waitFor();
      },
    },
    { name: 'a-rates', url: '/zone/rates' },
    {
      name: 'a-rates-new',
      url: '/zone/rates',
      act: async (p) => {
        await p
          .getByRole('button', { name: /^(Новое значение|New value): / })
          .first()
          .click();
        await p.getByRole('dialog').waitFor();
      },
    },
    { name: 'a-compliance', url: '/zone/compliance' },
    { name: 'a-ledger', url: '/zone/ledger?year=2025' },
    {
      name: 'a-resident-ledger',
      url: () => (ids.resident ? `/zone/residents/${ids.resident}/ledger?year=2025` : null),
    },
    { name: 'a-space', url: '/zone/space' },
    { name: 'a-occupancy', url: () => (ids.building ? `/zone/space/buildings/${ids.building}` : null) },
    { name: 'a-resident', url: () => (ids.resident ? `/zone/residents/${ids.resident}` : null) },
  ];

  // Data the pages need, prepared through the API as the people concerned.
  {
    const ctx = await browser.newContext();
    await signIn(ctx, 'zone@demo.inohub.ru', 'ru');
    const queue = await json<{ items: Array<{ id: string; state: string }> }>(
      ctx.request,
      '/api/zone/review-queue?pageSize=100',
    );
    ids.board = queue.items.find((a) => a.state === 'supervisory_board_review')?.id ?? null;
    ids.approved = queue.items.find((a) => a.state === 'approved')?.id ?? null;
    const zones = await json<Array<{ id: string }>>(ctx.request, '/api/zone/zones');
    ids.zone = zones[0]?.id ?? null;
    const zone = await json<{ sites: Array<{ id: string }> }>(ctx.request, `/api/zone/zones/${ids.zone}`);
    const site = await json<{ buildings: Array<{ id: string }> }>(
      ctx.request,
      `/api/zone/sites/${zone.sites[0]?.id}`,
    );
    ids.building = site.buildings[0]?.id ?? null;
    if (ids.resident) {
      const reports = await json<{ items: Array<{ id: string; status: string }> }>(
        ctx.request,
        `/api/zone/residents/${ids.resident}/reports`,
      );
      const open = reports.items.find((r) => ['due', 'draft', 'returned'].includes(r.status));
      const submitted = reports.items.find((r) => r.status === 'submitted');
      if (!open && submitted)
        await json(ctx.request, `/api/zone/reports/${submitted.id}/review`, {
          method: 'POST',
          data: {
            decision: 'return',
            comment: 'Уточните, пожалуйста, расходы на НИОКР: они не сходятся с годовым отчётом.',
          },
        });
      ids.report = open?.id ?? submitted?.id ?? null;
    }
    await ctx.close();
  }

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

      await signIn(context, 'founder@demo.inohub.ru', lang);
      await capture(context, lang, size.name, founder[0] as Shot);
      if (!ids.draft) {
        const me = await json<{ memberships: Array<{ organizationId: string; organizationName: string }> }>(
          context.request,
          '/api/me',
        );
        const mine = await json<{ items: Array<{ id: string; organizationId: string; state: string }> }>(
          context.request,
          '/api/zone/applications/mine',
        );
        const org = me.memberships.find(
          (m) => !mine.items.some((a) => a.organizationId === m.organizationId),
        );
        const existing = mine.items.find((a) => a.state === 'draft');
        ids.draft =
          existing?.id ??
          (org
            ? (
                await json<{ id: string }>(context.request, '/api/zone/applications', {
                  method: 'POST',
                  data: { zoneId: ids.zone, organizationId: org.organizationId },
                })
              ).id
            : null);
      }
      for (const shot of founder.slice(1)) await capture(context, lang, size.name, shot);

      await signIn(context, 'zone@demo.inohub.ru', lang);
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
