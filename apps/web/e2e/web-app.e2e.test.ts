// The web app in Debian's Chromium against the real stack (`npm start`: PostgreSQL, API, worker, web).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { inheritedEnvironment } from '@logai/config';
import { CreatedInvitation, Me, Session } from '@logai/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  killLeftovers,
  prepareLogAi,
  startLogAi,
  stopLogAi,
  type RunningLogAi,
} from '../../../test/support/start-logai';
import { dropFiles, openBrowser, screenshotOnFailure, visit, type Browser } from './support/browser';
import { incidentFixture, KNOWN_LINE } from './support/incident-fixture';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
// The upload pipeline's routes are a separate piece of work: run its browser test once they exist.
const hasUploadApi = existsSync(path.join(repoRoot, 'apps/api/src/routes/uploads'));
// `UPDATE_SCREENSHOTS=1` refreshes the README's pictures in docs/screenshots.
const screenshotsDir = inheritedEnvironment().UPDATE_SCREENSHOTS
  ? path.join(repoRoot, 'docs/screenshots')
  : null;

const owner = {
  fullName: 'Ada Lovelace',
  email: 'ada@example.com',
  password: 'correct horse battery',
  organization: 'Analytical Engines',
};
const ACCESS_TOKEN_TTL_SECONDS = 15;
let installation: Awaited<ReturnType<typeof prepareLogAi>>;
let logai: RunningLogAi;
let browser: Browser;

beforeAll(async () => {
  // Access tokens that expire within the run: every later step also proves the transparent refresh.
  installation = await prepareLogAi({ ACCESS_TOKEN_TTL_SECONDS: String(ACCESS_TOKEN_TTL_SECONDS) });
  logai = await startLogAi(installation.env);
  browser = await openBrowser();
}, 400_000);

afterAll(async () => {
  await browser?.close();
  if (logai) await stopLogAi(logai);
  killLeftovers();
  await installation?.cleanup();
}, 60_000);

async function snap(name: string): Promise<void> {
  if (!screenshotsDir) return;
  await mkdir(screenshotsDir, { recursive: true });
  await browser.page.waitForTimeout(300);
  await browser.page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) });
}

// Generous per-step limits: CI runs this next to other whole-system tests on two cores.
describe('web app', { timeout: 120_000 }, () => {
  it('signs a new user up and lands on the dashboard', async () => {
    const { page } = browser;
    screenshotOnFailure(page, 'sign-up');
    await page.goto(`${installation.webUrl}/dashboard`);
    // The guard sends a visitor without a session to sign in; from there, to sign up.
    await page.waitForURL('**/sign-in**');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByLabel('Your name').fill(owner.fullName);
    await page.getByLabel('Work e-mail').fill(owner.email);
    await page.getByLabel('Password').fill(owner.password);
    await page.getByLabel('Organisation name').fill(owner.organization);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/dashboard');
    await page.getByRole('heading', { name: 'Dashboard' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).textContent()).toContain('Anomalies');
    expect(await page.getByText(owner.organization).first().isVisible()).toBe(true);
  });

  it('refreshes an expired session transparently', async () => {
    const { page } = browser;
    screenshotOnFailure(page, 'session-refresh');
    await page.waitForTimeout((ACCESS_TOKEN_TTL_SECONDS + 2) * 1000);
    await page.goto(`${installation.webUrl}/settings`);
    await page.getByRole('table', { name: 'Members' }).getByText(owner.email).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
  });

  it('invites a member, who joins through the link', async () => {
    const { page } = browser;
    screenshotOnFailure(page, 'invite-member');
    await page.goto(`${installation.webUrl}/settings`);
    await page.getByLabel('E-mail to invite').fill('grace@example.com');
    await page.getByRole('button', { name: 'Invite' }).click();
    // No SMTP server in this stack: the link is shown to pass on, with a copy button.
    const link = (await page.getByLabel('Invitation link').textContent()) ?? '';
    expect(link).toContain('/invitations/accept?token=');
    expect(await page.getByRole('button', { name: 'Copy invitation link' }).isVisible()).toBe(true);

    const invitee = await openBrowser();
    try {
      screenshotOnFailure(invitee.page, 'accept-invitation');
      await invitee.page.goto(link);
      await invitee.page.getByLabel('Your name').fill('Grace Hopper');
      await invitee.page.getByLabel('Choose a password').fill('another long password');
      await invitee.page.getByRole('button', { name: 'Accept invitation' }).click();
      await invitee.page.waitForURL('**/dashboard');
      await invitee.page.getByText('Grace Hopper').first().waitFor();
      expect(await invitee.page.getByText(owner.organization).first().isVisible()).toBe(true);
      // A member sees no admin sections.
      await invitee.page.goto(`${installation.webUrl}/settings`);
      await invitee.page.getByRole('heading', { name: 'Members' }).waitFor();
      expect(await invitee.page.getByRole('heading', { name: 'API keys' }).count()).toBe(0);
    } finally {
      await invitee.close();
    }

    await page.reload();
    await page.getByRole('table', { name: 'Members' }).getByText('grace@example.com').waitFor();
  });

  it('creates an API key, shown once, that works against the API', async () => {
    const { page } = browser;
    screenshotOnFailure(page, 'api-key');
    await page.goto(`${installation.webUrl}/settings#api-keys`);
    await page.getByLabel('Key name').fill('CI uploader');
    await page.getByRole('button', { name: 'Create key' }).click();
    const secret = ((await page.getByLabel('API key', { exact: true }).textContent()) ?? '').trim();
    expect(secret).toMatch(/^lak_/);

    const response = await fetch(`${installation.apiUrl}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(response.status).toBe(200);
    expect(Me.parse(await response.json()).actor).toBe('api_key');

    await page.reload();
    const keys = page.getByRole('table', { name: 'API keys' });
    await keys.getByText('CI uploader').waitFor();
    expect(await page.getByText(secret).count()).toBe(0);
    // After the reload: the README's picture shows no secret, as the page would not either.
    await snap('settings');
  });

  it.skipIf(!hasUploadApi)('refuses a binary file with a message a person can act on', async () => {
    const { page } = browser;
    screenshotOnFailure(page, 'binary-refused');
    await page.goto(`${installation.webUrl}/uploads`);
    // An ELF header and zeros: not a log by any reading.
    const bytes = [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, ...new Array<number>(4000).fill(0)];
    await dropFiles(page, '[data-testid=drop-zone]', [{ name: 'core.dump', content: bytes }]);
    const batch = page.getByRole('listitem', { name: 'Upload of core.dump' });
    await batch.getByText(/not a text log/).waitFor({ timeout: 60_000 });
    expect(await batch.textContent()).toMatch(/failed/i);
  });

  it.skipIf(!hasUploadApi)(
    'analyses a dropped incident bundle live, shows and acknowledges the incident, finds a known line',
    async () => {
      const { page } = browser;
      screenshotOnFailure(page, 'upload-incident');
      await page.goto(`${installation.webUrl}/uploads`);
      await dropFiles(page, '[data-testid=drop-zone]', incidentFixture());

      // No reload from here on: the status reaches "completed" over server-sent events.
      const batch = page.getByRole('listitem', { name: 'Upload of 2 files' });
      await batch.waitFor();
      await batch.getByRole('link', { name: 'Open the analysis' }).waitFor({ timeout: 120_000 });
      expect(await batch.textContent()).toContain('Analysis ready');
      await snap('uploads');

      await batch.getByRole('link', { name: 'Open the analysis' }).click();
      const title = page.getByTestId('summary-title');
      await title.waitFor();
      expect((await page.locator('#summary').textContent())?.toLowerCase()).toContain('connection refused');
      await page.locator('[data-testid=anomaly-window]').first().waitFor();
      expect(await page.locator('[data-testid=anomaly-window]').count()).toBeGreaterThan(0);
      await snap('upload-detail');

      await page
        .getByRole('navigation', { name: 'Upload views' })
        .getByRole('link', { name: /Anomalies/ })
        .click();
      const spike = page.getByRole('article', { name: /Error spike/ }).first();
      await spike.getByRole('button', { name: 'Acknowledge' }).click();
      await spike.getByLabel('Note (optional)').fill('DB failover, on it');
      await spike.getByRole('button', { name: 'Confirm: acknowledge' }).click();
      await spike.getByText('acknowledged', { exact: true }).waitFor();
      expect(await spike.textContent()).toContain('DB failover, on it');

      await page
        .getByRole('navigation', { name: 'Upload views' })
        .getByRole('link', { name: 'Log explorer' })
        .click();
      await page.getByLabel('Search events').fill('pay_7Q2XK9');
      await page.getByLabel('Search events').press('Enter');
      await page.getByRole('listitem').filter({ hasText: KNOWN_LINE }).waitFor();
      // The incident's lines, with the context of one of them.
      await page.getByLabel('Search events').fill('connection refused');
      await page.getByLabel('Search events').press('Enter');
      await page
        .locator('[data-event-id]')
        .first()
        .getByRole('button', { name: /Show context/ })
        .click();
      await page.getByRole('list', { name: /Events around/ }).waitFor();
      await snap('log-explorer');

      // Brushing the histogram zooms the search into the dragged time range.
      const chart = page.getByRole('img', { name: /drag across the chart/ });
      const box = await chart.boundingBox();
      if (!box) throw new Error('the histogram is not on screen');
      await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
      await page.mouse.up();
      await page.getByRole('button', { name: 'Whole time range' }).waitFor();
      await page.locator('[data-event-id]').first().waitFor();

      await page.goto(`${installation.webUrl}/dashboard`);
      await page.getByRole('table', { name: 'Recent uploads' }).waitFor();
      await snap('dashboard');
      await page.goto(`${installation.webUrl}/anomalies`);
      await page.getByRole('list', { name: 'Anomalies' }).waitFor();
      await snap('anomalies');

      // At phone width, in dark mode: the navigation folds away, the timeline keeps its anomaly window.
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${installation.webUrl}/uploads`);
      await page
        .getByRole('table', { name: 'Uploads' })
        .getByRole('link', { name: /api\.log/ })
        .click();
      await page.locator('[data-testid=anomaly-window]').first().waitFor();
      expect(await page.getByRole('button', { name: 'Open menu' }).isVisible()).toBe(true);
      await snap('phone-dark');
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.emulateMedia({ colorScheme: 'light' });
    },
    240_000,
  );

  it.skipIf(!hasUploadApi)(
    'reads times without a zone in the time zone chosen beside the drop zone',
    async () => {
      const { page } = browser;
      screenshotOnFailure(page, 'upload-time-zone');
      await page.goto(`${installation.webUrl}/uploads`);
      await page.getByLabel('Times written without a time zone').selectOption('Asia/Tokyo');
      const lines = Array.from(
        { length: 60 },
        (_, i) =>
          `2026-11-25 10:${String(i).padStart(2, '0')}:00,000 INFO  [main] shop.Orders: order ${7700 + i} shipped`,
      );
      await dropFiles(page, '[data-testid=drop-zone]', [
        { name: 'local.log', content: lines.join('\n') + '\n' },
      ]);
      const batch = page.getByRole('listitem', { name: 'Upload of local.log' });
      await batch.getByRole('link', { name: 'Open the analysis' }).click({ timeout: 120_000 });
      await page
        .getByRole('navigation', { name: 'Upload views' })
        .getByRole('link', { name: 'Log explorer' })
        .click();
      await page.getByLabel('Search events').fill('order 7700');
      await page.getByLabel('Search events').press('Enter');
      // 10:00 in Tokyo (UTC+09:00) is 01:00 UTC.
      const row = page.locator('[data-event-id]').filter({ hasText: 'order 7700 shipped' });
      await row.waitFor();
      expect(await row.textContent()).toContain('2026-11-25 01:00:00Z');
      // The choice stays for the next visit; Automatic sends none.
      await page.goto(`${installation.webUrl}/uploads`);
      const select = page.getByLabel('Times written without a time zone');
      await expect.poll(async () => select.inputValue()).toBe('Asia/Tokyo');
      await select.selectOption('');
    },
    180_000,
  );

  it.skipIf(!hasUploadApi)(
    'follows an analysis to its end when its live updates are lost',
    async () => {
      // The stream stays up but carries no upload update (delivery is at-most-once): the page must
      // still read the analysis again on its own.
      const page = await browser.context.newPage();
      screenshotOnFailure(page, 'upload-lost-updates');
      await page.addInitScript({
        content: `window.EventSource = class extends window.EventSource {
          addEventListener(type, ...rest) {
            if (type !== 'upload.updated') super.addEventListener(type, ...rest);
          }
        };`,
      });
      try {
        await page.goto(`${installation.webUrl}/uploads`);
        await page.getByText('Live', { exact: true }).waitFor();
        const lines = Array.from(
          { length: 40 },
          (_, i) =>
            `2026-11-25 11:${String(i).padStart(2, '0')}:00,000 WARN  [main] shop.Cart: cart ${i} expired`,
        );
        await dropFiles(page, '[data-testid=drop-zone]', [
          { name: 'quiet.log', content: lines.join('\n') + '\n' },
        ]);
        const batch = page.getByRole('listitem', { name: 'Upload of quiet.log' });
        await batch.getByRole('link', { name: 'Open the analysis' }).waitFor({ timeout: 60_000 });
        expect(await batch.textContent()).toContain('Analysis ready');
      } finally {
        await page.close();
      }
    },
    90_000,
  );

  it('joins a second organisation with an existing account and switches between them', async () => {
    const { page } = browser;
    screenshotOnFailure(page, 'switch-organisation');
    // Another team, signed up through the API, invites Ada.
    const other = await fetch(`${installation.apiUrl}/api/v1/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'charles@example.com',
        password: 'difference engine no 2',
        fullName: 'Charles Babbage',
        organizationName: 'Difference Engines',
      }),
    });
    const { accessToken } = Session.parse(await other.json());
    const invited = await fetch(`${installation.apiUrl}/api/v1/organization/invitations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken ?? ''}` },
      body: JSON.stringify({ email: owner.email, role: 'admin' }),
    });
    const { acceptUrl } = CreatedInvitation.parse(await invited.json());
    expect(acceptUrl).toBeDefined();

    await page.goto(acceptUrl ?? '');
    await page.getByText('I have an account').click();
    await page.getByLabel('Your password').fill(owner.password);
    await page.getByRole('button', { name: 'Accept invitation' }).click();
    await page.waitForURL('**/dashboard');
    const switcher = page.getByLabel('Organisation', { exact: true });
    await switcher.waitFor();
    expect(await switcher.locator('option:checked').textContent()).toContain('Difference Engines');

    await switcher.selectOption({ label: `${owner.organization} (owner)` });
    await page.getByLabel('Your password, to switch organisation').fill(owner.password);
    await page.getByRole('button', { name: 'Switch organisation' }).click();
    await page.waitForURL('**/dashboard');
    await expect
      .poll(async () =>
        page.getByLabel('Organisation', { exact: true }).locator('option:checked').textContent(),
      )
      .toContain(owner.organization);
  });

  it('signs out, keeps app pages closed, and signs back in to the page asked for', async () => {
    const { page } = browser;
    screenshotOnFailure(page, 'sign-out-in');
    // The organisation switch of the test before may still be reloading the page.
    await visit(page, `${installation.webUrl}/dashboard`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/sign-in**');
    await page.goto(`${installation.webUrl}/settings`);
    await page.waitForURL('**/sign-in**');
    await page.getByLabel('E-mail').fill(owner.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Next.js's route announcer is an (empty) alert too: wait for the one that says something.
    await page.getByRole('alert').filter({ hasText: /\S/ }).waitFor();
    await page.getByLabel('Password').fill(owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/settings');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
  });
});
