import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** The field console in a real browser: Debian's Chromium (as .ci/run installs it) at phone size. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function signIn(page: Page, account: { username: string; password: string }): Promise<void> {
  await page.getByPlaceholder('请输入用户名').fill(account.username);
  await page.getByPlaceholder('请输入密码').fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('viewer').waitFor();
}

/** A new phone-sized page; what it logs as an error (a CSP refusal above all) or throws is collected in `problems`. */
export async function phone(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/graphql')) problems.push(`${response.status()} ${response.url()}`);
  });
  return { page, problems };
}

/** Clicks `button` on a card and answers what the card says then: the hub's new state, or its refusal. */
export async function actOn(card: Locator, button: string): Promise<string> {
  await card.getByRole('button', { name: button, exact: true }).click();
  const answer = card.getByRole('status').or(card.getByRole('alert'));
  await answer.waitFor();
  return answer.innerText();
}

/** Signs `account` in and opens its 移送待办 at the card of `party`. */
export async function inboxCard(page: Page, account: { username: string; password: string }, party: string): Promise<Locator> {
  await signIn(page, account);
  await page.getByRole('tab', { name: '移送待办' }).click();
  const card = page.getByTestId('inbox-item').filter({ hasText: party });
  await card.first().waitFor();
  return card;
}

/**
 * Where a console spec writes its screenshots: the console's docs/ with UPDATE_SCREENSHOTS=1 (the committed
 * ones, which show the day's date), otherwise a temporary folder that `discard` removes, so an ordinary run
 * leaves the tree unchanged.
 */
export function screenshotsFolder(root: string): { dir: string; discard: () => void } {
  if (process.env.UPDATE_SCREENSHOTS) {
    const dir = join(root, 'apps/field-console/docs');
    mkdirSync(dir, { recursive: true });
    return { dir, discard: () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'console-shots-'));
  return { dir, discard: () => rmSync(dir, { recursive: true, force: true }) };
}
