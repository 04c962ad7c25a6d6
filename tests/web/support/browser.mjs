// SPDX-License-Identifier: GPL-3.0-or-later
// Debian's chromium driven headless by playwright-core (no browser download), and what each
// page of the board is checked for: its landmarks, heading, language and labels, axe-core's
// WCAG 2.1 A/AA rules, no Content-Security-Policy violation, and screenshots at a phone's and a
// desktop's width.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function missingModules(error) {
  return new Error('tests/web/node_modules is missing or incomplete (' + error.message.split('\n')[0]
    + '): run ./dev setup, or `npm ci` in tests/web');
}
const { chromium } = await import('playwright-core').catch((error) => { throw missingModules(error); });
let axeSource;
try {
  axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
} catch (error) {
  throw missingModules(error);
}

// Actions and navigations wait at most this long (the hub may run under the sanitizers, and
// ctest runs other suites beside this one).
export const ACTION_MS = 30_000;

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 };
const WIDTHS = [['phone', PHONE.viewport], ['desktop', DESKTOP.viewport]];

export const artifactsDir = resolve(process.env.SPORTELLO_WEB_ARTIFACTS || join(here, '..', 'artifacts'));

function chromiumPath() {
  const candidates = process.env.SPORTELLO_CHROMIUM
    ? [process.env.SPORTELLO_CHROMIUM]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(`no Chromium at ${candidates.join(', ')}: install Debian's chromium `
      + '(./dev setup does), or set SPORTELLO_CHROMIUM to a Chromium executable');
  return found;
}

export async function launchBrowser() {
  const args = ['--disable-dev-shm-usage'];
  // Chromium's sandbox refuses to run as root (CI and this project's machines run as root).
  if (process.getuid?.() === 0)
    args.push('--no-sandbox');
  // The browser's own language is Italian, as the board's people have it: the date and time
  // fields then read dd/mm/yyyy and 24 hours (Debian's chromium-l10n holds the translation).
  return chromium.launch({
    executablePath: chromiumPath(), headless: true, args, timeout: ACTION_MS,
    env: { ...process.env, LANG: 'it_IT.UTF-8', LANGUAGE: 'it' },
  });
}

// A browser profile of its own (cookies included) at a phone's or a desktop's size, reading
// Italian unless told otherwise. The hub's certificate comes from its own throw-away CA on
// 127.0.0.1, which this profile does not know.
export async function newContext(browser, hub, device, { locale = 'it-IT' } = {}) {
  const context = await browser.newContext({
    ...device,
    baseURL: hub.url,
    ignoreHTTPSErrors: true,
    locale,
    acceptDownloads: true,
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(ACTION_MS);
  context.setDefaultNavigationTimeout(ACTION_MS);
  // SPORTELLO_WEB_CSS=../../hub/web/bacheca.css tries a change of the stylesheet without building the
  // hub again: the browser gets that file in place of the one built into sportello-hub, with the
  // hub's own headers.
  const css = process.env.SPORTELLO_WEB_CSS;
  if (css) {
    const text = readFileSync(resolve(css));
    await context.route('**/bacheca/static/bacheca.css', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: text });
    });
  }
  return context;
}

// A new page of `context` that remembers every Content-Security-Policy violation, script error
// and failed request: PageChecker fails on any of them.
export async function newPage(context) {
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      page.problems.push(`CSP: ${message.text()}`);
  });
  page.on('pageerror', (error) => page.problems.push(`script error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A download the test does not save ends as an aborted request: not a problem.
    if (!/ERR_ABORTED/.test(request.failure()?.errorText ?? ''))
      page.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  return page;
}

export async function runAxe(page) {
  // Injected through the DevTools protocol: an inline <script> (page.addScriptTag) is refused by
  // the board's Content-Security-Policy, which these tests keep in force.
  if (!(await page.evaluate(() => typeof window.axe === 'object')))
    await page.evaluate(axeSource);
  return page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  }));
}

function describeViolations(violations) {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n`
    + v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n'))
    .join('\n');
}

// The structure every page has: a language, a title, one <main>, one <h1>, a label on every
// control; an invalid control says why (aria-describedby) and the error is announced.
export async function structureProblems(page, language) {
  return page.evaluate((expected) => {
    const problems = [];
    const lang = document.documentElement.getAttribute('lang');
    if (lang !== expected)
      problems.push(`<html lang="${lang}">, expected "${expected}"`);
    if (!document.title.trim())
      problems.push('no <title>');
    const mains = document.querySelectorAll('main');
    if (mains.length !== 1)
      problems.push(`${mains.length} <main> elements`);
    const h1s = document.querySelectorAll('h1');
    if (h1s.length !== 1)
      problems.push(`${h1s.length} <h1> elements`);
    else if (!h1s[0].textContent.trim())
      problems.push('an empty <h1>');
    if (!document.querySelector('nav[aria-label]'))
      problems.push('no labelled <nav>');
    for (const control of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
      const labelled = [...(control.labels ?? [])].some((l) => l.textContent.trim())
        || control.getAttribute('aria-labelledby') || control.getAttribute('aria-label');
      if (!labelled)
        problems.push(`no label for ${control.outerHTML.slice(0, 80)}`);
    }
    for (const element of document.querySelectorAll('[tabindex]')) {
      if (Number(element.getAttribute('tabindex')) > 0)
        problems.push(`a positive tabindex breaks the focus order: ${element.outerHTML.slice(0, 80)}`);
    }
    for (const control of document.querySelectorAll('[aria-invalid="true"]')) {
      const ids = (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const said = ids.map((id) => document.getElementById(id)?.textContent.trim() ?? '').join(' ');
      if (!said)
        problems.push(`invalid ${control.name} without aria-describedby text`);
    }
    if (document.querySelector('[aria-invalid="true"], .error')
        && !document.querySelector('[role="alert"], [aria-live]'))
      problems.push('errors on the page, but none announced (role="alert" or aria-live)');
    for (const link of document.querySelectorAll('a[href^="#"]')) {
      const id = decodeURIComponent(link.getAttribute('href').slice(1));
      if (id && !document.getElementById(id))
        problems.push(`a link to #${id}, which is not on the page`);
    }
    return problems;
  }, language);
}

// Records the pages one test file visits: each is checked, and screenshotted at both widths as
// artifactsDir/PREFIX-NN-NAME-{phone,desktop}.png.
export class PageChecker {
  constructor(prefix) {
    this.prefix = prefix;
    this.count = 0;
    this.visited = [];
    mkdirSync(artifactsDir, { recursive: true });
    for (const file of readdirSync(artifactsDir)) {
      if (file.startsWith(`${prefix}-`) && file.endsWith('.png'))
        rmSync(join(artifactsDir, file));
    }
  }

  // Checks the page as it is now, in `language` ('it' or 'en'), at both widths, and leaves it at
  // the width it had.
  async check(page, name, { language = 'it' } = {}) {
    await page.waitForLoadState('load');
    const problems = await structureProblems(page, language);
    assert.deepEqual(problems, [], `${name} (${page.url()}): ${problems.join('; ')}`);
    assert.deepEqual(page.problems, [], `${name} (${page.url()}): ${page.problems.join('; ')}`);
    // No button shows its hover colour because the pointer was left on it.
    await page.mouse.move(0, 0);
    const original = page.viewportSize();
    const number = String(++this.count).padStart(2, '0');
    for (const [width, viewport] of WIDTHS) {
      await page.setViewportSize(viewport);
      // Nothing makes the whole page scroll sideways (WCAG 1.4.10): a wide table scrolls in its
      // own box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${name} (${page.url()}) at ${width} width is ${overflow} px wider than `
        + 'the screen and scrolls sideways (WCAG 1.4.10 Reflow)');
      const { violations } = await runAxe(page);
      assert.equal(violations.length, 0,
        `axe-core on ${name} (${page.url()}) at ${width} width:\n${describeViolations(violations)}`);
      await page.screenshot({
        path: join(artifactsDir, `${this.prefix}-${number}-${name}-${width}.png`),
        fullPage: true, scale: 'css',
      });
    }
    await page.setViewportSize(original);
    this.visited.push(name);
  }
}

function luminance([r, g, b]) {
  const channel = (c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a, b) {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// What the keyboard focus is on, and how it is shown: the focused element, whether it matches
// :focus-visible, its outline, and the colour behind it.
export async function focusState(page) {
  const state = await page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body)
      return null;
    const style = getComputedStyle(element);
    const rgb = (text) => (text.match(/[\d.]+/g) ?? []).map(Number);
    // The outline is drawn outside the element (outline-offset): what is behind it is the
    // background of the nearest ancestor that paints one.
    let behind = [255, 255, 255];
    for (let node = element.parentElement; node; node = node.parentElement) {
      const colour = rgb(getComputedStyle(node).backgroundColor);
      if (colour.length === 3 || (colour.length === 4 && colour[3] > 0)) {
        behind = colour.slice(0, 3);
        break;
      }
    }
    const box = element.getBoundingClientRect();
    return {
      description: `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}`
        + ` "${(element.labels?.[0] ?? element).textContent.trim().replace(/\s+/g, ' ').slice(0, 40)}"`,
      tag: element.tagName.toLowerCase(),
      id: element.id,
      name: element.getAttribute('name'),
      type: element.getAttribute('type'),
      href: element.getAttribute('href'),
      // A date's or a time's own button has the focus inside the field (its shadow tree).
      focusVisible: element.matches(':focus-visible')
        || (element.matches(':focus-within') && !element.matches(':focus')),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      outlineColour: rgb(style.outlineColor).slice(0, 3),
      behind,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
        && box.left < window.innerWidth,
    };
  });
  if (state)
    state.outlineContrast = contrast(state.outlineColour, state.behind);
  return state;
}

// Fails unless the keyboard focus is visible: on screen, an outline of at least 2 px with a
// contrast of at least 3:1 against what is behind it (WCAG 2.4.7 and 1.4.11).
export function assertFocusVisible(state, where) {
  assert.ok(state, `${where}: nothing has the focus`);
  assert.ok(state.focusVisible, `${where}: ${state.description} has the focus but not :focus-visible`);
  assert.ok(state.onScreen, `${where}: ${state.description} has the focus but is off screen`);
  assert.ok(state.outlineStyle !== 'none' && state.outlineWidth >= 2,
    `${where}: ${state.description} shows no focus outline (${state.outlineStyle} ${state.outlineWidth}px)`);
  assert.ok(state.outlineContrast >= 3,
    `${where}: the focus outline of ${state.description} has a contrast of `
    + `${state.outlineContrast.toFixed(2)}:1 against rgb(${state.behind}), below 3:1`);
}

// Closes the browser, or kills it when it does not close in time.
export async function closeBrowser(browser) {
  if (!browser)
    return;
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(resolve, 15_000, 'late'); });
  const result = await Promise.race([browser.close().catch(() => {}), late]);
  clearTimeout(timer);
  if (result === 'late')
    browser.process?.()?.kill('SIGKILL');
}
