// SPDX-License-Identifier: GPL-3.0-or-later
// What a person does on the board's pages, as a browser does it: register, log in, post.
// The fields are found by their ids (f-NAME, from the form's field names); the checks of
// PageChecker make sure every one of them has a label a person sees.
import assert from 'node:assert/strict';

export const field = (name) => `#f-${name}`;

// The terms and values of the page's definition lists, as { term: value }.
export function details(page) {
  return page.evaluate(() => {
    const found = {};
    for (const dt of document.querySelectorAll('main dl dt'))
      found[dt.textContent.trim()] = dt.nextElementSibling?.textContent.trim() ?? '';
    return found;
  });
}

export async function mainText(page) {
  return (await page.locator('main').innerText()).replace(/\s+/g, ' ');
}

export async function heading(page) {
  return (await page.locator('h1').innerText()).trim();
}

// Fills the registration form (the page must be showing it) and sends it.
export async function register(page, account) {
  await page.selectOption(field('kind'), account.kind ?? 'CITTADINO');
  await page.fill(field('display_name'), account.displayName);
  await page.fill(field('contact'), account.contact);
  await page.selectOption(field('comune'), { label: account.comune ?? 'Pioltello' });
  await page.fill(field('username'), account.username);
  await page.fill(field('password'), account.password);
  await page.fill(field('password2'), account.password);
  await page.check(field('consent'));
  await page.locator('main form[action="/bacheca/registrati"] button[type=submit]').click();
  await page.waitForLoadState('load');
}

export async function logIn(page, account) {
  await page.goto('/bacheca/accedi');
  await page.fill(field('username'), account.username);
  await page.fill(field('password'), account.password);
  await page.locator('main form[action="/bacheca/accedi"] button[type=submit]').click();
  await page.waitForURL(/\/bacheca\/$/);
}

// The administrator issues the credentials of a pending account at the hub.
export async function activate(hub, username) {
  const { stdout } = await hub.cli('board', 'pending');
  assert.match(stdout, new RegExp(`^${username.replace(/\./g, '\\.')}\\t`, 'm'),
    `${username} is not among the pending accounts:\n${stdout}`);
  await hub.cli('board', 'activate', username);
}

// Fills the new post form (the page must be showing it) and sends it; answers the new post's
// address. `post`: kind (RICHIESTA|OFFERTA), category (its Italian label), comune (its name),
// days (1 = Monday), from, to ("HH:MM" or none), capacity, notes.
export async function newPost(page, post) {
  await page.selectOption(field('kind'), post.kind);
  await page.selectOption(field('category'), { label: post.category });
  await page.selectOption(field('comune'), { label: post.comune ?? 'Pioltello' });
  for (const day of post.days ?? [])
    await page.check(field(`d${day}`));
  if (post.from)
    await page.fill(field('from'), post.from);
  if (post.to)
    await page.fill(field('to'), post.to);
  if (post.capacity)
    await page.fill(field('capacity'), String(post.capacity));
  if (post.notes)
    await page.fill(field('notes'), post.notes);
  await page.locator('main form[action="/bacheca/nuovo"] button[type=submit]').click();
  await page.waitForURL(/\/bacheca\/annuncio\/[^/]+$/);
  return new URL(page.url()).pathname;
}

// The texts of the suggestions on a post's page, best first.
export function suggestions(page) {
  return page.locator('main ol.suggestions > li').evaluateAll(
    (items) => items.map((li) => li.textContent.replace(/\s+/g, ' ').trim()));
}

// Sends `form` (a locator) with its submit button and answers the HTTP status of the answer to
// that POST itself (303 when the hub redirects, 422 when it shows the form's errors…).
export async function submit(page, form) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    form.locator('button[type=submit]').click(),
  ]);
  await page.waitForLoadState('load');
  return response.status();
}

// The errors the page lists in its announced summary, and the fields marked invalid with what
// each one's description says.
export function errorsShown(page) {
  return page.evaluate(() => ({
    summary: [...document.querySelectorAll('[role=alert] li a')].map((a) => ({
      href: a.getAttribute('href'), text: a.textContent.trim(),
    })),
    invalid: [...document.querySelectorAll('[aria-invalid=true]')].map((control) => ({
      id: control.id,
      says: (control.getAttribute('aria-describedby') ?? '').split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent.trim() ?? '').join(' '),
    })),
  }));
}

// Fails unless the page's error summary links to exactly `ids` and those fields, and only
// those, are marked invalid, each saying its summary's message.
export async function assertErrors(page, ids) {
  const shown = await errorsShown(page);
  assert.deepEqual(shown.summary.map((e) => e.href), ids.map((id) => `#${id}`));
  assert.deepEqual(shown.invalid.map((e) => e.id), ids);
  for (const [i, error] of shown.summary.entries())
    assert.ok(shown.invalid[i].says.includes(error.text), `${error.href}: "${shown.invalid[i].says}"`);
}
