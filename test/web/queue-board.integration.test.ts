import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newContext } from './browser.js';
import { startWebStack, type WebStack } from './stack.js';

/*
 * The queue board (bull-board) through the web: an admin opens it from the console with
 * the session the browser already has; staff and visitors are refused by the API; a
 * change sent from another site is refused by the web before it reaches the API.
 */
let stack: WebStack;
let browser: Browser;

beforeAll(async () => {
  stack = await startWebStack('web-queue-board');
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe('the queue board', () => {
  it('opens from the console for an admin, listing every queue', async () => {
    const admin = await stack.person('admin', { language: 'fr' });
    const context = await newContext(browser);
    await stack.signInContext(context, admin.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/fr/console`);
    await page.click('a[href="/admin/queues"]');
    await page.waitForURL(/\/admin\/queues$/);
    expect(await page.title()).toBe('Enlace queues');
    // The board is a script of its own that reads the queues through the same pass-through.
    await page.getByText('match', { exact: true }).first().waitFor({ timeout: 30_000 });
    await context.close();
  });

  it('is refused to staff and to visitors, and offers them no link', async () => {
    const staff = await stack.person('staff', { language: 'en' });
    const context = await newContext(browser);
    await stack.signInContext(context, staff.email);
    const page = await context.newPage();
    await page.goto(`${stack.webUrl}/en/console`);
    expect(await page.locator('a[href="/admin/queues"]').count()).toBe(0);
    expect((await page.goto(`${stack.webUrl}/admin/queues`))?.status()).toBe(403);
    await context.close();
    expect((await fetch(`${stack.webUrl}/admin/queues`)).status).toBe(401);
  });

  it('refuses a change that does not come from the board itself', async () => {
    const res = await fetch(`${stack.webUrl}/admin/queues/api/queues/match/retry/failed`, { method: 'PUT', headers: { origin: 'https://elsewhere.example' } });
    expect(res.status).toBe(403);
  });
});
