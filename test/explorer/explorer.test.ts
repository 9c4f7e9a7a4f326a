// The explorer in a real browser: it loads, knows the schema, runs an example operation and
// shows the seed article, and asks nothing of any host but the gateway (closed networks).
import { mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from '../helpers/browser.js';
import { buildExplorer } from '../helpers/explorer-build.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const seedTitle =
  'Tăng cường hợp tác quốc tế phòng, chống tội phạm mạng tại khu vực châu Á và Nam Thái Bình Dương';

describe.runIf(browserAvailable())('API explorer in headless Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let explorerDir: string;
  const requested: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    explorerDir = await buildExplorer();
    server = await startTestServer('sqlite', { EXPLORER_DIR: explorerDir });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
    // Context-wide, so Monaco's web workers' requests are seen too.
    context.on('request', (request) => requested.push(request.url()));
    page = await context.newPage();
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (explorerDir) rmSync(explorerDir, { recursive: true, force: true });
  });

  it('opens from / and /graphql, runs the home page example and shows the seed article', async () => {
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/graphql');
    await page.locator('.graphiql-container').waitFor();
    // The home page example is the first tab; run it as a developer would.
    await page.locator('.graphiql-query-editor').getByText('query HomePage').waitFor();
    const answered = page.waitForResponse(
      (r) =>
        r.url() === `${server.url}/graphql` && (r.request().postData() ?? '').includes('HomePage'),
    );
    await page.locator('.graphiql-execute-button').click();
    const response = await answered;
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.latest[0].title).toBe(seedTitle);
    await page.locator('.result-window').getByText(seedTitle).first().waitFor();

    mkdirSync('test-output', { recursive: true });
    await page.screenshot({ path: 'test-output/explorer.png' });
  });

  it('offers every example operation as a tab', async () => {
    const tabs = await page.locator('.graphiql-tab-button').allTextContents();
    expect(tabs.map((t) => t.trim())).toEqual([
      'HomePage',
      'ArticlePage',
      'MostReadThisWeek',
      'PersonPage',
      'EventPage',
      'Search',
      'CreateDraft',
    ]);
  });

  it('shows the schema documentation, loaded by introspection', async () => {
    await page.getByRole('button', { name: /documentation explorer/i }).click();
    await page
      .locator('.graphiql-doc-explorer')
      .getByText('Query', { exact: true })
      .first()
      .waitFor();
    await page
      .locator('.graphiql-doc-explorer')
      .getByText('Query', { exact: true })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer').getByText('mostRead').first().waitFor();
  });

  it('sent no request to any host but the gateway, and logged no error', () => {
    const origin = new URL(server.url).origin;
    expect(requested.length).toBeGreaterThan(3);
    expect(
      requested.filter(
        (url) =>
          !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
    ).toEqual([]);
    expect(problems).toEqual([]);
  });
});
