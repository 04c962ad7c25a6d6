// SPDX-License-Identifier: GPL-3.0-or-later
// Every other page of the board in a real browser, in Italian and in English: the visitor's
// pages, a page that does not exist, the forms shown with their errors (announced, and tied to
// their fields), and a person's own account: a new password, their data, their deletion.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { activate, details, errorsShown, field, heading, logIn, mainText, newPost, register } from './support/board.mjs';
import { artifactsDir, closeBrowser, DESKTOP, launchBrowser, newContext, newPage, PageChecker, PHONE } from './support/browser.mjs';
import { startHub } from './support/hub.mjs';

const giulia = {
  displayName: 'Giulia Neri', contact: '02 1234 5678',
  username: 'giulia.neri', password: 'pentola-arancio-vela-29',
};
const NEW_PASSWORD = 'biscotto-fiume-lanterna-63';

describe('every page of the board, in a real browser', { timeout: 280_000 }, () => {
  let hub;
  let browser;
  const pages = new PageChecker('pages');
  let page;

  before(async () => {
    hub = await startHub({ logFile: join(artifactsDir, 'pages-hub.log') });
    browser = await launchBrowser();
    page = await newPage(await newContext(browser, hub, PHONE));
  }, { timeout: 120_000 });

  after(async () => {
    await closeBrowser(browser);
    await hub?.stop();
  }, { timeout: 60_000 });

  test("a visitor's pages, a page that does not exist, one that is not used that way", { timeout: 60_000 }, async () => {
    await page.goto('/bacheca/privacy');
    assert.equal(await heading(page), 'Informativa sulla privacy');
    await pages.check(page, 'privacy');
    const missing = await page.goto('/bacheca/non-esiste');
    assert.equal(missing.status(), 404);
    assert.equal(await heading(page), 'Pagina non trovata');
    await pages.check(page, 'not-found');
    const wrongMethod = await page.goto('/bacheca/esci');
    assert.equal(wrongMethod.status(), 405);
    await pages.check(page, 'not-allowed');
  });

  test('forms sent with errors say so, announced and tied to each field', { timeout: 60_000 }, async () => {
    await page.goto('/bacheca/registrati');
    await page.fill(field('password'), 'una-password-lunga');
    await page.fill(field('password2'), 'un-altra-password');
    await page.locator('main button[type=submit]').click();
    await page.waitForLoadState('load');
    const shown = await errorsShown(page);
    assert.deepEqual(shown.summary.map((e) => e.href), ['#f-comune', '#f-password2', '#f-consent']);
    assert.deepEqual(shown.invalid.map((e) => e.id), ['f-comune', 'f-password2', 'f-consent']);
    for (const [i, error] of shown.summary.entries())
      assert.ok(shown.invalid[i].says.includes(error.text), `${error.href}: "${shown.invalid[i].says}"`);
    // What was typed is kept, except the passwords.
    assert.equal(await page.inputValue(field('password')), '');
    await pages.check(page, 'register-errors');

    await page.goto('/bacheca/accedi');
    await page.fill(field('username'), 'nessuno');
    await page.fill(field('password'), 'una-password-sbagliata');
    await page.locator('main button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.equal(await page.locator('main [role=alert]').innerText(), 'Il nome utente o la password non sono corretti.');
    assert.equal(await page.inputValue(field('username')), 'nessuno');
    await pages.check(page, 'login-error');

    // A form whose token went (the cookie expired) is refused, and says what to do.
    await page.context().clearCookies();
    await page.fill(field('password'), 'una-password-sbagliata');
    await page.locator('main button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.equal(await heading(page), 'Il modulo è scaduto');
    await pages.check(page, 'form-expired');
  });

  test('in English, the home page, registration (with its errors) and login', { timeout: 60_000 }, async () => {
    await page.goto('/bacheca/?lang=en');
    assert.equal(await heading(page), 'Offer and ask for help in your neighbourhood');
    await pages.check(page, 'en-home', { language: 'en' });
    // The choice is remembered.
    await page.locator('main').getByRole('link', { name: 'Register' }).click();
    await page.waitForURL(/\/bacheca\/registrati$/);
    assert.equal(await heading(page), 'Register on the board');
    await pages.check(page, 'en-register', { language: 'en' });
    await page.locator('main button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.match(await page.locator('[role=alert]').innerText(), /Please correct the following/);
    await pages.check(page, 'en-register-errors', { language: 'en' });
    await page.goto('/bacheca/accedi');
    await pages.check(page, 'en-login', { language: 'en' });
    await page.goto('/bacheca/privacy');
    await pages.check(page, 'en-privacy', { language: 'en' });
    await page.goto('/bacheca/non-esiste');
    await pages.check(page, 'en-not-found', { language: 'en' });
    // And back to Italian from the menu's link.
    await page.locator('nav').getByRole('link', { name: 'Italiano' }).click();
    await page.waitForLoadState('load');
    assert.equal(await page.getAttribute('html', 'lang'), 'it');
  });

  test('a person changes the password, downloads the data and deletes the account', { timeout: 120_000 }, async () => {
    await page.goto('/bacheca/registrati');
    await register(page, giulia);
    assert.equal(await heading(page), 'Registrazione ricevuta');
    await activate(hub, giulia.username);
    await logIn(page, giulia);
    await pages.check(page, 'home-empty');

    // A new post with a start and no end, and no day: both said.
    await page.goto('/bacheca/nuovo');
    await page.fill(field('from'), '10:00');
    await page.locator('main button[type=submit]').click();
    await page.waitForLoadState('load');
    const shown = await errorsShown(page);
    assert.deepEqual(shown.summary.map((e) => e.href).sort(), ['#f-d1', '#f-to']);
    await pages.check(page, 'new-post-errors');
    const postPath = await newPost(page, {
      kind: 'OFFERTA', category: 'Compagnia', days: [1, 3, 5], from: '15:00', to: '17:00', capacity: 2,
      notes: 'Una passeggiata o due chiacchiere.',
    });
    assert.equal((await details(page)).Tipo, 'Offerta');
    await pages.check(page, 'post-page');

    await page.goto('/bacheca/account');
    const facts = await details(page);
    assert.equal(facts['Nome utente'], giulia.username);
    assert.equal(facts['Telefono o e-mail'], giulia.contact);
    assert.equal(facts.Comune, 'Pioltello');
    await pages.check(page, 'account');

    // The data, as a download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('main').getByRole('link', { name: 'Scarica i miei dati (JSON)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'bacheca-dati.json');
    const data = await readFile(await download.path(), 'utf8');
    assert.match(data, /giulia\.neri/);
    assert.match(data, /Una passeggiata o due chiacchiere/);
    assert.doesNotMatch(data, /pentola-arancio/);

    // A wrong current password; then the change, which ends the session.
    await page.fill(field('current'), 'non-e-quella-giusta');
    await page.fill(field('password'), NEW_PASSWORD);
    await page.fill(field('password2'), NEW_PASSWORD);
    await page.locator('main form[action="/bacheca/account/password"] button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.deepEqual((await errorsShown(page)).invalid.map((e) => e.id), ['f-current']);
    await pages.check(page, 'password-errors');
    await page.fill(field('current'), giulia.password);
    await page.fill(field('password'), NEW_PASSWORD);
    await page.fill(field('password2'), NEW_PASSWORD);
    await page.locator('main form[action="/bacheca/account/password"] button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.equal(await heading(page), 'Password cambiata');
    await pages.check(page, 'password-changed');
    await logIn(page, { ...giulia, password: NEW_PASSWORD });

    // Deleting needs the box ticked: the browser holds the form back (the box is required), and
    // the hub refuses it too, when a browser that does not check forms sends it.
    await page.goto('/bacheca/account');
    const deletion = page.locator('main form[action="/bacheca/account/elimina"]');
    await deletion.locator('button[type=submit]').click();
    assert.ok(await page.locator(field('confirm')).evaluate((box) => box.validity.valueMissing));
    assert.match(new URL(page.url()).pathname, /\/bacheca\/account$/);
    await deletion.evaluate((form) => { form.noValidate = true; });
    await deletion.locator('button[type=submit]').click();
    await page.waitForURL(/\/bacheca\/account\/elimina$/);
    assert.deepEqual((await errorsShown(page)).invalid.map((e) => e.id), ['f-confirm']);
    assert.match(await mainText(page), /Spunta la casella per confermare la cancellazione/);
    await pages.check(page, 'delete-not-confirmed');
    await page.check(field('confirm'));
    await page.locator('main form[action="/bacheca/account/elimina"] button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.equal(await heading(page), 'Account cancellato');
    await pages.check(page, 'account-deleted');

    // Gone: the post with it, and the login.
    await page.goto(postPath);
    await page.waitForURL(/\/bacheca\/accedi$/);
    await page.fill(field('username'), giulia.username);
    await page.fill(field('password'), NEW_PASSWORD);
    await page.locator('main button[type=submit]').click();
    await page.waitForLoadState('load');
    assert.equal(await page.locator('main [role=alert]').innerText(), 'Il nome utente o la password non sono corretti.');
  });
});
