// Keyboard, on the fixture site: a sandbox's variant tabs, Copy, Reset and devtools pane work with the
// keyboard alone, focus is always visible, and Tab walks the whole page and comes back round without
// getting stuck.
import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtExamples, fixtureDist } from './built-site';
import { sandboxOf, waitForSandboxToSettle } from './quality-gates';

const example = builtExamples(fixtureDist).find((candidate) => candidate.slug === 'widget-fixture');

interface FocusStop {
  /** A readable path to the focused element, through frames and shadow roots ("host >>> element"). */
  path: string;
  focusVisible: boolean;
  /** The element's data-keyboard-check mark, if the test put one on it. */
  mark: string | null;
}

/** The focused element (looking inside same-origin frames and open shadow roots), and whether it shows a focus outline or ring. */
function focusedElement(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const describe = (element: Element) => {
      const id = element.id ? `#${element.id}` : '';
      const attributes = ['data-variant', 'data-copy', 'aria-label', 'href', 'name', 'data-reset', 'data-clear']
        .filter((name) => element.hasAttribute(name))
        .map((name) => `[${name}="${element.getAttribute(name)}"]`)
        .join('');
      const siblings = element.parentElement ? [...element.parentElement.children].filter((other) => other.tagName === element.tagName) : [];
      const index = siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(element) + 1})` : '';
      return `${element.tagName.toLowerCase()}${id}${attributes}${id || attributes ? '' : index}`;
    };
    const pathTo = (element: Element) => {
      const parts: string[] = [];
      for (let node: Element | null = element; node && node !== node.ownerDocument.documentElement; node = node.parentElement) parts.unshift(describe(node));
      return parts.join(' > ');
    };
    const hosts: string[] = [];
    let active = document.activeElement;
    for (;;) {
      if (active instanceof HTMLIFrameElement && active.contentDocument) {
        hosts.push(pathTo(active));
        active = active.contentDocument.activeElement;
      } else if (active?.shadowRoot?.activeElement) {
        hosts.push(pathTo(active));
        active = active.shadowRoot.activeElement;
      } else break;
    }
    if (!active || active === active.ownerDocument.body || active === active.ownerDocument.documentElement) return null;
    const style = getComputedStyle(active);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    return { path: [...hosts, pathTo(active)].join(' >>> '), focusVisible: outline || ring, mark: active.getAttribute('data-keyboard-check') };
  });
}

/** Marks the last element in document order that Tab should reach in the page itself (frames aside). */
function markLastTabbable(page: Page): Promise<string> {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
    const tabbable = [...candidates].filter(
      (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && !element.closest('[inert]') && element.checkVisibility({ visibilityProperty: true }),
    );
    const last = tabbable.at(-1)!;
    last.setAttribute('data-keyboard-check', 'last');
    return last.outerHTML.slice(0, 160);
  });
}

async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}

async function openSandbox(page: Page) {
  await page.goto(example!.page);
  const sandbox = sandboxOf(page, example!.slug);
  await sandbox.scrollIntoViewIfNeeded();
  await expect(sandbox.getByRole('tablist', { name: 'Variants' })).toBeVisible();
  return sandbox;
}

test('the fixture site has the sandbox to test the keyboard on', () => {
  expect(example, 'tests/fixtures/sandbox-site has no widget-fixture example').toBeDefined();
});

test('variant tabs: Tab reaches the selected one; arrow keys, Home and End select; the panel and URL follow', async ({ page }) => {
  const sandbox = await openSandbox(page);
  const { slug, variants } = example!;
  const names = variants.map((variant) => variant.name);
  const tab = (name: string) => sandbox.locator(`[role="tab"][data-variant="${name}"]`);

  const expectSelected = async (name: string) => {
    await expect(tab(name)).toBeFocused();
    await expect(tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(sandbox.locator(`.sandbox-tabs [role="tab"][aria-selected="true"]`)).toHaveCount(1);
    await expect(sandbox.locator(`.sandbox-panel[data-variant="${name}"]`)).toBeVisible();
    await expect(sandbox.locator('.sandbox-panel:visible')).toHaveCount(1);
    expect(new URL(page.url()).searchParams.get(slug)).toBe(name);
  };

  await tabTo(page, tab(names[0]!));
  await page.keyboard.press('ArrowRight');
  await expectSelected(names[1]!);
  await page.keyboard.press('ArrowLeft');
  await expectSelected(names[0]!);
  await page.keyboard.press('End');
  await expectSelected(names.at(-1)!);
  await page.keyboard.press('Home');
  await expectSelected(names[0]!);
  await page.keyboard.press('ArrowLeft');
  await expectSelected(names.at(-1)!);
  await page.keyboard.press('ArrowRight');
  await expectSelected(names[0]!);

  await page.keyboard.press('Tab');
  await expect(sandbox.locator('.sandbox-tabs [role="tab"]:focus')).toHaveCount(0);
});

test('Copy copies the file that ran, from the keyboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sandbox = await openSandbox(page);
  const variant = example!.variants[0]!;
  const file = variant.files[0]!;
  const copy = sandbox.locator(`.sandbox-panel[data-variant="${variant.name}"] button[data-copy$="/${file}"]`);

  await tabTo(page, copy);
  await page.keyboard.press('Enter');
  await expect(copy).toHaveText('Copied');
  await expect(sandbox.locator('[data-copy-feedback]')).toHaveText(`Copied ${file} to the clipboard.`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(readFileSync(`tests/fixtures/sandbox-site/examples/${example!.slug}/${file}`, 'utf8'));
});

test('Reset reloads the running frame, from the keyboard', async ({ page }) => {
  const sandbox = await openSandbox(page);
  await waitForSandboxToSettle(sandbox);
  await sandbox.locator('iframe').evaluate((frame) => frame.setAttribute('data-before-reset', ''));

  await tabTo(page, sandbox.getByRole('button', { name: 'Reset' }));
  await page.keyboard.press('Enter');
  await expect(sandbox.locator('iframe')).toHaveCount(1);
  await expect(sandbox.locator('iframe[data-before-reset]')).toHaveCount(0);
  await waitForSandboxToSettle(sandbox);

  await sandbox.locator('iframe').evaluate((frame) => frame.setAttribute('data-before-reset', ''));
  await page.keyboard.press('Space');
  await expect(sandbox.locator('iframe[data-before-reset]')).toHaveCount(0);
});

test('devtools pane: its tabs switch with the arrow keys, Home and End; Clear empties the logs', async ({ page }) => {
  const sandbox = await openSandbox(page);
  await waitForSandboxToSettle(sandbox);
  const devtools = sandbox.getByRole('tablist', { name: 'Devtools' });
  const panes = devtools.getByRole('tab');
  const labels = await panes.evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('aria-controls')!));

  const expectPane = async (index: number) => {
    await expect(panes.nth(index)).toBeFocused();
    await expect(panes.nth(index)).toHaveAttribute('aria-selected', 'true');
    for (const [other, id] of labels.entries()) await expect(sandbox.locator(`[id="${id}"]`)).toBeVisible({ visible: other === index });
  };

  await tabTo(page, panes.first());
  await page.keyboard.press('ArrowRight');
  await expectPane(1);
  await page.keyboard.press('End');
  await expectPane(labels.length - 1);
  await page.keyboard.press('Home');
  await expectPane(0);

  const counts = sandbox.locator('[data-count]');
  await expect.poll(() => counts.allTextContents().then((texts) => texts.reduce((sum, text) => sum + Number(text), 0))).toBeGreaterThan(0);
  await tabTo(page, sandbox.getByRole('button', { name: 'Clear' }));
  await page.keyboard.press('Enter');
  await expect(sandbox.locator('[data-log] li')).toHaveCount(0);
  await expect(counts).toHaveText(await counts.evaluateAll((badges) => badges.map(() => '0')));
});

test('Tab visits the whole page, focus is always visible, and it comes back round to the start', async ({ page }) => {
  test.setTimeout(90_000);
  const sandbox = await openSandbox(page);
  await waitForSandboxToSettle(sandbox);
  const controls = {
    'selected variant tab': sandbox.locator('.sandbox-tabs [role="tab"][aria-selected="true"]'),
    'a Copy button': sandbox.locator('.sandbox-panel:visible button[data-copy]').first(),
    Reset: sandbox.locator('button[data-reset]'),
    'selected devtools tab': sandbox.locator('[data-devtools] [role="tab"][aria-selected="true"]'),
    Clear: sandbox.locator('button[data-clear]'),
  };
  for (const [name, control] of Object.entries(controls)) await control.evaluate((element, mark) => element.setAttribute('data-keyboard-check', mark), name);
  const last = await markLastTabbable(page);
  await page.evaluate(() => window.scrollTo(0, 0));

  const stops: FocusStop[] = [];
  let cycled = false;
  const maxPresses = 400;
  for (let presses = 0; presses < maxPresses && !cycled; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focusedElement(page);
    if (!stop) continue; // between the end of the page and its start, focus rests on the document itself
    if (stops.length > 0 && stop.path === stops[0]!.path) cycled = true;
    else stops.push(stop);
  }

  const paths = stops.map((stop) => stop.path).join('\n');
  const marks = new Set(stops.map((stop) => stop.mark));
  expect(marks.has('last'), `Tab never reached the last focusable element ${last}; stops:\n${paths}`).toBe(true);
  expect(cycled, `Tab did not come back to the first stop within ${maxPresses} presses (a focus trap?); stops:\n${paths}`).toBe(true);
  expect(stops.filter((stop) => !stop.focusVisible).map((stop) => stop.path), 'elements with no visible focus').toEqual([]);
  expect(Object.keys(controls).filter((name) => !marks.has(name)), 'sandbox controls Tab never reached').toEqual([]);
});
