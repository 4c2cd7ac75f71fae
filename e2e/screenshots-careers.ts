// Screenshots of the career-office and graduate-retention pages (features/careers) at desktop and phone size,
// in Russian and English, with an axe scan of each. A copy of e2e/screenshots-zone.ts for this feature. Run
// against a started server: `BASE_URL=http://localhost:3202 npx tsx e2e/screenshots-careers.ts`.
// Writes ./screenshots/careers/*.png. It changes demo data on purpose (surveys are sent and answered,
// files imported), so run it against a throw-away DATA_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type APIRequestContext, type BrowserContext, chromium, type Page } from 'playwright-core';

const BASE = process.env.BASE_URL ?? 'http://localhost:3202';
const OUT = path.resolve('screenshots/careers');
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

/** Chooses a file in the import form and uploads it, then waits for the answer. */
const upload = (file: () => { name: string; buffer: Buffer } | null) => async (page: Page) => {
  const f = file();
  if (!f) throw new Error('no file prepared');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: f.name, mimeType: 'text/csv', buffer: f.buffer });
  await clickButton(/^(Загрузить|Upload)$/)(page);
  await page
    .getByRole('alert')
    .or(page.getByRole('status').filter({ hasText: /загружен|imported/i }))
    .first()
    .waitFor({
      timeout: 20_000,
    });
};

/** Survey tokens from the mails in the outbox, sorted by what their survey shows. */
interface Tokens {
  withLast: string[];
  withoutLast: string[];
  answered: string | null;
}

async function surveyTokens(req: APIRequestContext): Promise<Tokens> {
  const out: Tokens = { withLast: [], withoutLast: [], answered: null };
  const seen = new Set<string>();
  for (let page = 1; page <= 5; page++) {
    const mail = await json<{ items: Array<{ textBody: string }> }>(
      req,
      `/api/admin/outbox?pageSize=100&page=${page}`,
    );
    for (const m of mail.items)
      for (const match of m.textBody.matchAll(/\/survey\/([A-Za-z0-9_-]{43})/g)) seen.add(match[1] as string);
    if (mail.items.length < 100) break;
  }
  for (const token of seen) {
    if (out.withLast.length >= 8 && out.withoutLast.length >= 8) break;
    const res = await fetch(`${BASE}/api/talent/survey/${token}`);
    if (!res.ok) continue;
    const s = (await res.json()) as { state: string; lastOutcome: unknown };
    if (s.state !== 'open') continue;
    if (s.lastOutcome && out.withLast.length < 8) out.withLast.push(token);
    else if (!s.lastOutcome && out.withoutLast.length < 8) out.withoutLast.push(token);
  }
  return out;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
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

  // Data the pages need, prepared through the API as the people concerned.
  let tokens: Tokens = { withLast: [], withoutLast: [], answered: null };
  const files: {
    good: { name: string; buffer: Buffer } | null;
    bad: { name: string; buffer: Buffer } | null;
  } = {
    good: null,
    bad: null,
  };
  {
    const ctx = await browser.newContext();
    await signIn(ctx, 'career@demo.inohub.ru', 'ru');
    const office = await json<{ universities: Array<{ id: string }> }>(
      ctx.request,
      '/api/talent/career-office',
    );
    const universityId = office.universities[0]?.id;
    if (universityId)
      await json(ctx.request, '/api/talent/surveys', {
        method: 'POST',
        data: { universityId, surveyYear: new Date().getFullYear() },
      }).catch((e) => report(`prepare: survey: ${(e as Error).message}`));
    const template = await ctx.request.get(`${BASE}/api/talent/imports/template?kind=profiles&format=csv`);
    const text = (await template.text()).replace(/^\uFEFF/, '');
    const lines = text.split(/\r?\n/).filter(Boolean);
    files.good = { name: 'students-2026.csv', buffer: Buffer.from(`\uFEFF${lines.join('\n')}\n`) };
    // A file with its headers as keys: a row broken in three ways, a row without a name, and a clean row.
    // Every error is listed and nothing is written.
    files.bad = {
      name: 'students-with-errors.csv',
      buffer: Buffer.from(
        `\uFEFF${[
          'student_number;full_name;email;graduation_year;status',
          'E2E-0001;Иванов Иван Иванович;not-an-email;двадцать;alumnus',
          'E2E-0002;;e2e-0002@example.ru;2024;выпускник',
          'E2E-0003;Петрова Анна Сергеевна;e2e-0003@example.ru;2024;выпускник',
        ].join('\n')}\n`,
      ),
    };
    await signIn(ctx, 'admin@demo.inohub.ru', 'ru');
    tokens = await surveyTokens(ctx.request);
    // One answered in advance, for the "already answered" page.
    const first = tokens.withLast.pop() ?? tokens.withoutLast.pop() ?? null;
    if (first) {
      await json(ctx.request, `/api/talent/survey/${first}`, {
        method: 'POST',
        data: { kind: 'unchanged' },
      }).catch(async () =>
        json(ctx.request, `/api/talent/survey/${first}`, {
          method: 'POST',
          data: {
            kind: 'outcome',
            outcome: { status: 'employed', regionCode: 'RU-TOM', country: 'RU', observedOn: '2026-11-01' },
          },
        }),
      );
      tokens.answered = first;
    }
    console.log(
      `prepared: ${tokens.withLast.length} surveys with a last outcome, ${tokens.withoutLast.length} without`,
    );
    await ctx.close();
  }
  const next = (list: string[]) => () => {
    const t = list.shift();
    return t ? `/survey/${t}` : null;
  };
  const peek = (list: string[]) => () => (list[0] ? `/survey/${list[0]}` : null);
  const changed = async (p: Page) => {
    const button = p.getByRole('button', { name: /^(Изменилось — расскажу|Something changed)$/ });
    if (await button.count()) await button.first().click();
  };

  const visitor: Shot[] = [
    { name: 'retention', url: '/careers/retention' },
    { name: 'retention-program', url: '/careers/retention?by=program' },
    { name: 'retention-participation', url: '/careers/retention?by=participation' },
    { name: 'retention-cohorts', url: '/careers/retention?by=cohort&cohortFrom=2018&cohortTo=2024' },
    { name: 'retention-empty', url: '/careers/retention?cohortFrom=2099' },
    { name: 'survey-last', url: peek(tokens.withLast) },
    {
      name: 'survey-changed',
      url: peek(tokens.withLast),
      act: clickButton(/^(Изменилось — расскажу|Something changed)$/),
    },
    {
      name: 'survey-thanks',
      url: next(tokens.withLast),
      act: async (p) => {
        await clickButton(/^(Ничего не изменилось|Nothing changed)$/)(p);
        await p.getByRole('status').first().waitFor({ timeout: 10_000 });
      },
    },
    // Without a last outcome the form is shown at once; with one, after "something changed".
    {
      name: 'survey-form-errors',
      url: () => peek(tokens.withoutLast)() ?? peek(tokens.withLast)(),
      act: async (p) => {
        await changed(p);
        await clickButton(/^(Отправить ответ|Send my answer)$/)(p);
      },
    },
    {
      name: 'survey-form-employed',
      url: () => peek(tokens.withoutLast)() ?? peek(tokens.withLast)(),
      act: async (p) => {
        await changed(p);
        await p.locator('#field-outcome-status').click();
        await p.getByRole('option', { name: /^(Работаю по найму|Employed)$/ }).click();
        await p.locator('#field-outcome-employerName').fill('ООО «Микран»');
        // The first region in the list, whatever the language.
        await p.locator('#field-outcome-regionCode').click();
        await p.keyboard.press('ArrowDown');
        await p.keyboard.press('Enter');
        await p.locator('#field-outcome-city').fill('Томск');
      },
    },
    { name: 'survey-answered', url: () => (tokens.answered ? `/survey/${tokens.answered}` : null) },
    { name: 'survey-unknown', url: `/survey/${'x'.repeat(43)}` },
  ];
  const office: Shot[] = [
    { name: 'o-imports', url: '/careers/imports' },
    { name: 'o-imports-errors', url: '/careers/imports', act: upload(() => files.bad) },
    { name: 'o-imports-applied', url: '/careers/imports', act: upload(() => files.good) },
    { name: 'o-students', url: '/careers/students' },
    { name: 'o-students-filtered', url: '/careers/students?status=graduate&graduationYear=2024' },
    { name: 'o-students-empty', url: '/careers/students?q=qwertyuiop' },
    {
      name: 'o-students-survey',
      url: '/careers/students',
      act: async (p) => {
        await clickButton(/^(Отправить опрос|Send the) /)(p);
        await p.getByRole('dialog').waitFor();
      },
    },
    { name: 'o-employers', url: '/careers/employers' },
    { name: 'o-employers-approved', url: '/careers/employers?status=approved' },
    {
      name: 'o-employers-reject',
      url: '/careers/employers',
      act: async (p) => {
        await p
          .getByRole('button', { name: /^(Отклонить|Reject):/ })
          .filter({ visible: true })
          .first()
          .click();
        await p.getByRole('dialog').waitFor();
      },
    },
    { name: 'o-retention', url: '/careers/retention' },
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
      await signIn(context, 'career@demo.inohub.ru', lang);
      for (const shot of office) await capture(context, lang, size.name, shot);
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
