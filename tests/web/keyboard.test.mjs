// SPDX-License-Identifier: GPL-3.0-or-later
// The board with the keyboard alone (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): registering, logging in,
// posting a request, going through the menu and logging out, with Tab, typing, Space and Enter
// only. At every stop the focus must be visible: an outline of 2 px or more with a contrast of
// 3:1 or more against what is behind it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { activate, details, heading } from './support/board.mjs';
import { artifactsDir, closeBrowser, DESKTOP, launchBrowser, newContext, newPage, PageChecker } from './support/browser.mjs';
import { startHub } from './support/hub.mjs';
import { byId, skipToContent, tabUntil } from './support/keys.mjs';

const anna = {
  displayName: 'Anna Russo', contact: '333 765 4321',
  username: 'anna.russo', password: 'cucchiaio-nuvola-tram-58',
};

describe('the board with the keyboard alone', { timeout: 280_000 }, () => {
  let hub;
  let browser;
  let page;
  const pages = new PageChecker('keyboard');

  before(async () => {
    hub = await startHub({ logFile: join(artifactsDir, 'keyboard-hub.log') });
    browser = await launchBrowser();
    page = await newPage(await newContext(browser, hub, DESKTOP));
  }, { timeout: 120_000 });

  after(async () => {
    await closeBrowser(browser);
    await hub?.stop();
  }, { timeout: 60_000 });

  test('registering: every field in order, the skip link first, the focus always visible', { timeout: 60_000 }, async () => {
    await page.goto('/bacheca/registrati');
    await skipToContent(page, 'registration');
    const typing = {
      'f-display_name': anna.displayName,
      'f-contact': anna.contact,
      // A closed list picks the option whose name is typed.
      'f-comune': 'Pioltello',
      'f-username': anna.username,
      'f-password': anna.password,
      'f-password2': anna.password,
    };
    const stops = [];
    for (;;) {
      const { state } = await tabUntil(page, () => true, 'registration');
      stops.push(state.id || state.href);
      if (typing[state.id])
        await page.keyboard.type(typing[state.id]);
      if (state.id === 'f-consent')
        await page.keyboard.press('Space');
      if (state.tag === 'button')
        break;
      assert.ok(stops.length < 20, `the registration form's Tab order never reaches its button: ${stops.join(', ')}`);
    }
    assert.deepEqual(stops, ['f-kind', 'f-display_name', 'f-contact', 'f-comune', 'f-username',
      'f-password', 'f-password2', 'f-consent', '/bacheca/privacy', null]);
    assert.equal(await page.inputValue('#f-comune'), '015175');
    assert.ok(await page.isChecked('#f-consent'));
    await page.keyboard.press('Enter');
    await page.waitForLoadState('load');
    assert.equal(await heading(page), 'Registrazione ricevuta');
    await pages.check(page, 'registered');
  });

  test('logging in: the skip link, the user name, the password, Enter', { timeout: 60_000 }, async () => {
    await activate(hub, anna.username);
    await page.goto('/bacheca/accedi');
    await skipToContent(page, 'login');
    await tabUntil(page, byId('f-username'), 'login', 1);
    await page.keyboard.type(anna.username);
    await tabUntil(page, byId('f-password'), 'login', 1);
    await page.keyboard.type(anna.password);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bacheca\/$/);
    assert.equal(await heading(page), 'La mia bacheca');
  });

  test('the menu: every link and the log-out button show their focus', { timeout: 60_000 }, async () => {
    await page.goto('/bacheca/');
    // From the top: skip link, the board's name, the menu; then the page's own links.
    const { stops } = await tabUntil(page, (s) => s.href === '/bacheca/nuovo', 'menu');
    assert.deepEqual(stops, ['a "Vai al contenuto"', 'a "Bacheca di prossimità"', 'a "La mia bacheca"',
      'a "Il mio account"', 'button "Esci"', 'a "English"', 'a "Nuova offerta o richiesta"']);
  });

  test('posting a request: lists, ticks and times from the keyboard', { timeout: 60_000 }, async () => {
    await page.goto('/bacheca/');
    await skipToContent(page, 'home');
    await tabUntil(page, (s) => s.href === '/bacheca/nuovo', 'home');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bacheca\/nuovo$/);
    await skipToContent(page, 'new post');
    await tabUntil(page, byId('f-kind'), 'new post', 1);
    // "chiedere aiuto" is the first choice already.
    await tabUntil(page, byId('f-category'), 'new post', 1);
    await page.keyboard.type('Consegna farmaci');
    await tabUntil(page, byId('f-comune'), 'new post', 1);
    await tabUntil(page, byId('f-d2'), 'new post');
    await page.keyboard.press('Space');
    await tabUntil(page, byId('f-from'), 'new post');
    await page.keyboard.type('0900');
    await tabUntil(page, byId('f-to'), 'new post');
    await page.keyboard.type('1200');
    await tabUntil(page, byId('f-notes'), 'new post');
    await page.keyboard.type('Dalla farmacia di via Milano.');
    await tabUntil(page, (s) => s.tag === 'button', 'new post', 1);
    assert.equal(await page.inputValue('#f-category'), 'CONSEGNA_FARMACI');
    assert.ok(await page.isChecked('#f-d2'));
    const hours = 'typed as 0900 and 1200 in 24-hour fields: is the browser in Italian (chromium-l10n)?';
    assert.equal(await page.inputValue('#f-from'), '09:00', hours);
    assert.equal(await page.inputValue('#f-to'), '12:00', hours);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bacheca\/annuncio\/[^/]+$/);
    const facts = await details(page);
    assert.equal(facts.Tipo, 'Richiesta');
    assert.equal(facts.Categoria, 'Consegna farmaci a domicilio');
    assert.equal(facts.Dove, 'Pioltello');
    await pages.check(page, 'request-by-keyboard');
  });

  test('logging out from the menu with the keyboard', { timeout: 60_000 }, async () => {
    await page.goto('/bacheca/');
    await page.keyboard.press('Tab');
    await tabUntil(page, (s) => s.tag === 'button', 'menu');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/bacheca\/$/);
    assert.equal(await heading(page), 'Offri e chiedi aiuto nel tuo quartiere');
  });
});
