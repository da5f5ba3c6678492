import { expect, test, type Locator, type Page } from '@playwright/test';

const path = '/getting-help/';
const apiKey = 'sk-proj-Abc123Def456Ghi789Jkl012Mno345Pqr678';

/**
 * Every request the page itself makes from now on, as "type URL"; the doctor and the report may load their
 * own scripts, nothing else. The debug-logging sandbox's frame is left out: sandboxes.spec.ts holds it.
 */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.frame() === page.mainFrame()) requests.push(`${request.resourceType()} ${request.url()}`);
  });
  return requests;
}

/** Requests that could carry what the reader pasted: to another origin, or anything but the site's own scripts and icon. */
const leaks = (page: Page, requests: string[]) => {
  const origin = new URL(page.url()).origin;
  return requests.filter((request) => !/^(script|other|image) /.test(request) || !request.split(' ')[1]!.startsWith(`${origin}/`));
};

async function tabTo(page: Page, target: Locator, maxPresses = 300): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

const findings = (page: Page) => page.locator('response-doctor [data-findings] > li');

test.describe('the checklist', () => {
  test('ticks what the URL names, links each step to its page, and keeps ticks in the URL', async ({ page }) => {
    await page.goto(`${path}?done=console,mode`);
    const checklist = page.locator('chatkit-checklist[data-param="done"]');
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(2);
    await expect(checklist.getByRole('checkbox', { name: /first console error/ })).toBeChecked();
    await expect(checklist.getByRole('link', { name: 'CORS errors' })).toHaveAttribute('href', '/failed-to-fetch-cors/');
    await expect(checklist.getByRole('link', { name: 'your own ChatKit server' })).toHaveAttribute('href', '/custom-server-mode/');
    await expect(checklist.getByRole('link', { name: 'moving off Agent Builder' })).toHaveAttribute('href', '/moving-off-agent-builder/');
    await expect(checklist.getByRole('link', { name: 'response doctor' })).toHaveAttribute('href', '#check-what-your-server-answered');

    await checklist.getByRole('checkbox', { name: /Note your versions/ }).check();
    await expect(page).toHaveURL(/[?&]done=console,mode,versions(&|$)/);
    await expect(checklist.getByText('3 of 7 done.')).toBeVisible();
  });
});

test.describe('the response doctor', () => {
  test('explains a pasted answer as you type, with severity in words and the page to read, and sends nothing', async ({ page }) => {
    await page.goto(path);
    const requests = recordRequests(page);
    const answer = page.getByRole('textbox', { name: 'The answer, as text' });
    await expect(page.getByText('Nothing you paste leaves your browser')).toBeVisible();

    await answer.fill(JSON.stringify({ client_secret: apiKey, expires_at: 1796126400000 }));
    await expect(findings(page).first()).toContainText('Error: An OpenAI API key is in this answer: revoke it now');
    await expect(findings(page).first()).toContainText('https://platform.openai.com/api-keys');
    await expect(findings(page).filter({ hasText: 'expires_at is in milliseconds' })).toHaveCount(1);
    await expect(page.locator('response-doctor [role="status"]')).toHaveText('Found 3 errors.');
    await expect(findings(page).first().getByRole('link')).toHaveAttribute('href', '/invalid-client-secret/');
    await expect(findings(page).first()).not.toContainText('Abc123Def456');

    expect(leaks(page, requests)).toEqual([]);
  });

  test('reads a custom server’s stream when the reader picks that mode, and checks on the button', async ({ page }) => {
    await page.goto(path);
    await page.getByRole('radio', { name: /Custom server: what my ChatKit server answered/ }).check();
    await page.getByRole('textbox', { name: 'The answer, as text' }).fill(
      [
        'data: {"type":"thread.item.done","item":{"id":"msg_1","type":"user_message"}}',
        '',
        'data: {"type":"error","code":"custom","message":"The order service is down.","allow_retry":true}',
        '',
        '',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Check the answer' }).click();
    await expect(findings(page)).toHaveCount(1);
    await expect(findings(page).first()).toContainText('Error: An error event: code custom, “The order service is down.”');
    await expect(findings(page).first().getByRole('link')).toHaveAttribute('href', '/response-error/');
  });

  test('says an empty answer has nothing to check, and keeps a huge paste to what it reads', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    await page.getByRole('button', { name: 'Check the answer' }).click();
    await expect(findings(page).first()).toContainText('Warning: Nothing to check yet');

    await page.evaluate(() => navigator.clipboard.writeText('data: {"type":"progress_update","text":"Looking…"}\n\n'.repeat(100_000)));
    const answer = page.getByRole('textbox', { name: 'The answer, as text' });
    await answer.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(findings(page).first()).toContainText('Only the first 256 K characters were checked');
    expect(await answer.evaluate((element: HTMLTextAreaElement) => element.value.length)).toBe(256 * 1024);
  });
});

test.describe('copy bug report', () => {
  test('copies redacted Markdown with the ticked steps, from the keyboard, and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${path}?done=versions`);
    const requests = recordRequests(page);
    const form = page.locator('bug-report');
    await form.getByRole('textbox', { name: '@openai/chatkit-react' }).fill('1.6.1');
    await form.getByRole('radio', { name: /Custom server/ }).check();
    await form.getByRole('textbox', { name: 'What happens, in a sentence' }).fill('Every reply ends in an error.');
    await form.getByRole('textbox', { name: 'The exact error, pasted as text' }).fill(`Authorization: Bearer ${apiKey}\ncookie: sid=s3cr3t`);

    const preview = form.getByRole('textbox', { name: 'The report (Markdown), as it will be copied' });
    await expect(preview).toHaveValue(/- \[x\] Note your versions: `npm ls @openai\/chatkit-react @openai\/chatkit react`\./);
    await expect(preview).toHaveValue(/Authorization: Bearer \[redacted bearer token\]\ncookie: \[redacted cookie\]/);
    await expect(form.getByText('Redacted 1 cookie header value and 1 bearer token.')).toBeVisible();

    const copy = form.getByRole('button', { name: 'Copy bug report' });
    await tabTo(page, copy);
    await page.keyboard.press('Enter');
    await expect(form.getByRole('status')).toHaveText('Copied. Redacted 1 cookie header value and 1 bearer token.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await preview.inputValue());
    expect(copied).not.toContain('Abc123Def456');
    expect(copied).not.toContain('s3cr3t');
    expect(leaks(page, requests)).toEqual([]);
  });

  test('selects the report when the browser refuses the clipboard', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) } });
    });
    await page.goto(path);
    const form = page.locator('bug-report');
    await form.getByRole('button', { name: 'Copy bug report' }).click();
    await expect(form.getByRole('status')).toContainText('the report is selected below');
    const preview = form.getByRole('textbox', { name: 'The report (Markdown), as it will be copied' });
    await expect(preview).toBeFocused();
    const selected = await preview.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd));
    expect(selected).toBe(await preview.inputValue());
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the doctor says what it checks, the form says its button needs JavaScript, the checklist and the list stay', async ({ page }) => {
    await page.goto(path);
    await expect(page.getByText('The doctor reads one answer and checks, offline:')).toBeVisible();
    await expect(page.getByText('The doctor runs in this page and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'The answer, as text' })).toBeHidden();
    await expect(page.locator('bug-report').getByText('needs JavaScript, which is off')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy bug report' })).toBeDisabled();
    await expect(page.locator('chatkit-checklist').getByRole('checkbox')).toHaveCount(7);
    await expect(page.getByRole('listitem').filter({ hasText: /^Versions: the npm ls output/ })).toBeVisible();
  });
});
