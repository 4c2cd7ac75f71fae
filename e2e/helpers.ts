import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'inohub-demo-2026';

/** Waits until the page has its heading and no loading skeletons. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 });
  await page.waitForFunction(() => document.querySelectorAll('[aria-busy="true"]').length === 0, null, {
    timeout: 20_000,
  });
}

/** axe scan of what is on screen: 0 serious or critical violations (WCAG 2.2 AA). */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  await settled(page);
  // A toast or dialog fading in is half-transparent: measure contrast once transitions have ended.
  // Mantine starts a transition a frame or two after it mounts the element, so a single check can fall
  // in the gap before it begins: the page counts as still only after two quiet checks 300 ms apart.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const quiet = () => document.getAnimations().every((a) => a.playState !== 'running');
        if (!quiet()) return resolve(false);
        setTimeout(() => resolve(quiet()), 300);
      }),
    null,
    { timeout: 5_000, polling: 100 },
  );
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')} — ${(v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`,
    );
  expect(bad, `axe on ${label}`).toEqual([]);
}

/** Signs in through the form in a fresh browser context and returns its page. */
export async function signedInPage(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Asia/Tomsk' });
  const page = await context.newPage();
  watchPageErrors(page, email);
  await signIn(page, email, password);
  return page;
}

/** Uncaught errors in any watched page (a crash behind an error boundary still counts). */
export const pageErrors: string[] = [];
export function watchPageErrors(page: Page, who: string): void {
  page.on('pageerror', (e) => {
    const line = `${who} on ${page.url()}: ${e.message} ${(e.stack ?? '').split('\n').slice(1, 4).join(' | ')}`;
    pageErrors.push(line);
    console.error(line);
  });
  // React reports what an error boundary caught on the console, not as an uncaught error.
  page.on('console', (m) => {
    if (m.type() !== 'error' || /Failed to load resource/.test(m.text())) return;
    const line = `${who} on ${page.url()}: console: ${m.text().slice(0, 500)}`;
    pageErrors.push(line);
    console.error(line);
  });
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Электронная почта').fill(email);
  await page.getByRole('textbox', { name: 'Пароль', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти', exact: true }).last().click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Records requests to any origin but ours (data stays home). */
export function watchForeignRequests(page: Page, baseURL: string): string[] {
  const foreign: string[] = [];
  const ours = new URL(baseURL).origin;
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== ours)
      foreign.push(url);
  });
  return foreign;
}
