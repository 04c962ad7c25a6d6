// SPDX-License-Identifier: GPL-3.0-or-later
// The network's moderators (decision 48), in a real browser against a real hub: the hub's
// administrator makes an operator's account, whose temporary password is changed at the first
// login; a person registers, and the operator issues her credentials from the moderation page,
// only once the box "I have checked who this person is" is ticked; she and a volunteer post a
// request and an offer that fit, and each reports the other's post; the operator keeps one and
// hides the other, which then is suggested no more. The trail of the moderators' actions shows
// all of it, on the page and from `sportello-hub board audit`. A citizen is refused the
// moderation pages. Every page on the way passes the checks of PageChecker; the credentials are
// issued with the keyboard alone.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { addStaff } from './support/api.mjs';
import { activate, assertErrors, field, heading, logIn, mainText, newPost, register, submit, suggestions } from './support/board.mjs';
import { artifactsDir, closeBrowser, DESKTOP, launchBrowser, newContext, newPage, PageChecker, PHONE } from './support/browser.mjs';
import { startHub } from './support/hub.mjs';
import { byId, skipToContent, tabUntil } from './support/keys.mjs';

const MEDICINES = 'Consegna farmaci a domicilio';
const OPERATOR_PASSWORD = 'lavagna-gabbiano-ortica-47';
const marta = { username: 'marta', name: 'Marta' };
const rosa = {
  displayName: 'Rosa Esposito', contact: 'rosa.esposito@example.org',
  username: 'rosa.esposito', password: 'cipresso-tamburo-gelso-53',
};
const luca = {
  displayName: 'Luca Verdi', contact: '+39 333 123 4567',
  username: 'luca.verdi', password: 'ombrello-cavallo-neve-42',
};

// The moderation page's lists: the registrations waiting (name and address), the reported
// posts' addresses, and the trail's lines.
function queue(page) {
  return page.evaluate(() => ({
    pending: [...document.querySelectorAll('main table tbody tr th a')].map((a) => ({
      name: a.textContent.trim(), href: a.getAttribute('href'),
    })),
    reported: [...document.querySelectorAll('main a[href^="/bacheca/moderazione/annuncio/"]')]
      .map((a) => a.getAttribute('href')),
    trail: [...document.querySelectorAll('main ul.trail li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
  }));
}

const idOf = (path) => path.split('/').at(-1);

describe("the network's moderators: registrations, reported posts, the trail", { timeout: 280_000 }, () => {
  let hub;
  let browser;
  const pages = new PageChecker('moderation');
  let operator; // Marta's page, on a desktop
  let citizen; // Rosa's, on a phone
  let volunteer; // Luca's, on a desktop
  let rosaId;
  let requestPath;
  let offerPath;
  let temporary;

  before(async () => {
    hub = await startHub({ logFile: join(artifactsDir, 'moderation-hub.log') });
    temporary = await addStaff(hub, marta.username, { kind: 'operator', name: marta.name });
    browser = await launchBrowser();
    operator = await newPage(await newContext(browser, hub, DESKTOP));
    citizen = await newPage(await newContext(browser, hub, PHONE));
    volunteer = await newPage(await newContext(browser, hub, DESKTOP));
  }, { timeout: 120_000 });

  after(async () => {
    await closeBrowser(browser);
    await hub?.stop();
  }, { timeout: 60_000 });

  test('the operator changes the temporary password at the first login, then sees an empty queue', { timeout: 60_000 }, async () => {
    await operator.goto('/bacheca/accedi');
    await operator.fill(field('username'), marta.username);
    await operator.fill(field('password'), temporary);
    await operator.locator('main form[action="/bacheca/accedi"] button[type=submit]').click();
    await operator.waitForURL(/\/bacheca\/account$/);
    await operator.goto('/bacheca/moderazione');
    assert.match(new URL(operator.url()).pathname, /\/bacheca\/account$/);
    await operator.fill(field('current'), temporary);
    await operator.fill(field('password'), OPERATOR_PASSWORD);
    await operator.fill(field('password2'), OPERATOR_PASSWORD);
    await operator.locator('main form[action="/bacheca/account/password"] button[type=submit]').click();
    await operator.waitForLoadState('load');
    assert.equal(await heading(operator), 'Password cambiata');
    await logIn(operator, { username: marta.username, password: OPERATOR_PASSWORD });

    await operator.locator('nav a[href="/bacheca/moderazione"]').click();
    await operator.waitForURL(/\/bacheca\/moderazione$/);
    const shown = await queue(operator);
    assert.deepEqual(shown.pending, []);
    assert.deepEqual(shown.reported, []);
    assert.equal(await operator.locator('main h2').count(), 3);
    await pages.check(operator, 'queue-empty');
  });

  test('a person registers; the operator issues her credentials only once her identity is checked', { timeout: 90_000 }, async () => {
    await citizen.goto('/bacheca/registrati');
    await register(citizen, rosa);
    assert.equal(await heading(citizen), 'Registrazione ricevuta');

    await operator.goto('/bacheca/moderazione');
    const { pending } = await queue(operator);
    assert.deepEqual(pending.map((p) => p.name), [rosa.displayName]);
    assert.match(await mainText(operator), new RegExp(rosa.username.replace('.', '\\.')));
    await pages.check(operator, 'queue-registration');
    await operator.locator(`main a[href="${pending[0].href}"]`).click();
    await operator.waitForURL(/\/bacheca\/moderazione\/account\/[^/]+$/);
    rosaId = idOf(operator.url());
    const text = await mainText(operator);
    for (const shown of [rosa.displayName, rosa.username, rosa.contact, 'Pioltello'])
      assert.ok(text.includes(shown), `the registration's page does not show ${shown}`);
    await pages.check(operator, 'registration');

    // Without the tick: the browser holds the form back (the box is required), and the hub
    // refuses it too, said and tied to the box.
    const issue = operator.locator(`main form[action="/bacheca/moderazione/account/${rosaId}"]`);
    await issue.locator('button[type=submit]').click();
    assert.ok(await operator.locator(field('verificato')).evaluate((box) => box.validity.valueMissing));
    await issue.evaluate((form) => { form.noValidate = true; });
    assert.equal(await submit(operator, issue), 422);
    await assertErrors(operator, ['f-verificato']);
    await pages.check(operator, 'registration-not-checked');

    // Before the credentials, she cannot log in.
    await citizen.goto('/bacheca/accedi');
    await citizen.fill(field('username'), rosa.username);
    await citizen.fill(field('password'), rosa.password);
    await citizen.locator('main form[action="/bacheca/accedi"] button[type=submit]').click();
    await citizen.waitForLoadState('load');
    assert.match(new URL(citizen.url()).pathname, /\/bacheca\/accedi$/);

    // With the keyboard alone: to the box, Space, to the button, Enter.
    await operator.goto(`/bacheca/moderazione/account/${rosaId}`);
    await skipToContent(operator, 'registration');
    await tabUntil(operator, byId('f-verificato'), 'registration');
    await operator.keyboard.press('Space');
    assert.ok(await operator.isChecked(field('verificato')));
    await tabUntil(operator, (s) => s.tag === 'button', 'registration', 1);
    await operator.keyboard.press('Enter');
    await operator.waitForURL(/\/bacheca\/moderazione$/);
    assert.deepEqual((await queue(operator)).pending, []);
    // Issued: its page is gone.
    const gone = await operator.goto(`/bacheca/moderazione/account/${rosaId}`);
    assert.equal(gone.status(), 404);

    await logIn(citizen, rosa);
    assert.equal(await heading(citizen), 'La mia bacheca');
  });

  test('a request and an offer that fit; each reports the other, once with no reason first', { timeout: 90_000 }, async () => {
    await volunteer.goto('/bacheca/registrati');
    await register(volunteer, luca);
    await activate(hub, luca.username);
    await logIn(volunteer, luca);
    await citizen.goto('/bacheca/nuovo');
    requestPath = await newPost(citizen, {
      kind: 'RICHIESTA', category: MEDICINES, days: [2], from: '09:00', to: '12:00',
      notes: 'Ricetta già in farmacia.',
    });
    await volunteer.goto('/bacheca/nuovo');
    offerPath = await newPost(volunteer, {
      kind: 'OFFERTA', category: MEDICINES, days: [2], capacity: 1, notes: 'Vendo anche integratori, chiamatemi.',
    });

    // The volunteer reports her request (suspected fraud), straight from the suggestion.
    assert.equal((await suggestions(volunteer)).length, 1);
    await volunteer.locator(`main ol.suggestions a[href="/bacheca/segnala/${idOf(requestPath)}"]`).click();
    await volunteer.waitForURL(/\/bacheca\/segnala\/[^/]+$/);
    await volunteer.selectOption(field('motivo'), 'SOSPETTO');
    assert.equal(await submit(volunteer, volunteer.locator('main form')), 200);
    assert.equal(await volunteer.locator('main form').count(), 0);
    // Nobody reports their own post.
    const own = await volunteer.goto(`/bacheca/segnala/${idOf(offerPath)}`);
    assert.equal(own.status(), 404);

    // She reports his offer (not neighbourly help).
    await citizen.goto(requestPath);
    const found = await suggestions(citizen);
    assert.equal(found.length, 1, found.join(' | '));
    assert.match(found[0], /Vendo anche integratori/);
    await citizen.locator('main ol.suggestions > li').first()
      .locator(`a[href="/bacheca/segnala/${idOf(offerPath)}"]`).click();
    await citizen.waitForURL(new RegExp(`/bacheca/segnala/${idOf(offerPath)}$`));
    await pages.check(citizen, 'report');
    const report = citizen.locator(`main form[action="/bacheca/segnala/${idOf(offerPath)}"]`);
    await report.locator('button[type=submit]').click();
    assert.ok(await citizen.locator(field('motivo')).evaluate((s) => s.validity.valueMissing));
    await report.evaluate((form) => { form.noValidate = true; });
    assert.equal(await submit(citizen, report), 422);
    await assertErrors(citizen, ['f-motivo']);
    await pages.check(citizen, 'report-without-reason');
    await citizen.selectOption(field('motivo'), 'NON_PERTINENTE');
    assert.equal(await submit(citizen, citizen.locator(`main form[action="/bacheca/segnala/${idOf(offerPath)}"]`)), 200);
    assert.equal(await citizen.locator('main form').count(), 0);
    assert.equal(await citizen.locator('main a[href="/bacheca/"]').count(), 1);
    await pages.check(citizen, 'reported');
    // Reporting it again (the form sent twice) counts once, and is no error.
    await citizen.goto(`/bacheca/segnala/${idOf(offerPath)}`);
    await citizen.selectOption(field('motivo'), 'INAPPROPRIATO');
    assert.equal(await submit(citizen, citizen.locator(`main form[action="/bacheca/segnala/${idOf(offerPath)}"]`)), 200);
  });

  test('the operator keeps one reported post and hides the other, which is suggested no more', { timeout: 90_000 }, async () => {
    await operator.goto('/bacheca/moderazione');
    let shown = await queue(operator);
    assert.deepEqual(shown.reported.sort(), [requestPath, offerPath].map((p) => `/bacheca/moderazione/annuncio/${idOf(p)}`).sort());
    await pages.check(operator, 'queue-reports');

    // Her request: kept, its report dismissed.
    await operator.locator(`main a[href="/bacheca/moderazione/annuncio/${idOf(requestPath)}"]`).click();
    await operator.waitForURL(/\/bacheca\/moderazione\/annuncio\/[^/]+$/);
    assert.match(await mainText(operator), /Ricetta già in farmacia/);
    await pages.check(operator, 'reported-request');
    await operator.locator(`main form[action$="/${idOf(requestPath)}/mantieni"] button[type=submit]`).click();
    await operator.waitForURL(/\/bacheca\/moderazione$/);

    // His offer: hidden.
    await operator.locator(`main a[href="/bacheca/moderazione/annuncio/${idOf(offerPath)}"]`).click();
    await operator.waitForURL(/\/bacheca\/moderazione\/annuncio\/[^/]+$/);
    assert.match(await mainText(operator), /Vendo anche integratori/);
    await pages.check(operator, 'reported-offer');
    await operator.locator(`main form[action$="/${idOf(offerPath)}/nascondi"] button[type=submit]`).click();
    await operator.waitForURL(/\/bacheca\/moderazione$/);
    shown = await queue(operator);
    assert.deepEqual(shown.reported, []);
    // The trail, newest first or not: each act with who did it and on what.
    const trail = shown.trail.join('\n');
    assert.match(trail, new RegExp(`operator:marta — ACCOUNT_ACTIVATED ${rosaId}`));
    assert.match(trail, new RegExp(`operator:marta — REPORTS_DISMISSED ${idOf(requestPath)}`));
    assert.match(trail, new RegExp(`operator:marta — POST_HIDDEN ${idOf(offerPath)}`));
    await pages.check(operator, 'queue-after-moderation');
    // A post no longer reported has no page here.
    const gone = await operator.goto(`/bacheca/moderazione/annuncio/${idOf(offerPath)}`);
    assert.equal(gone.status(), 404);

    // The hidden offer is no longer suggested; the request kept still is, to nobody now.
    await citizen.goto(requestPath);
    assert.deepEqual(await suggestions(citizen), []);
    await pages.check(citizen, 'request-after-hiding');

    // The administrator reads the same trail.
    const { stdout } = await hub.cli('board', 'audit');
    for (const [action, object] of [['ACCOUNT_ACTIVATED', rosaId], ['REPORTS_DISMISSED', idOf(requestPath)],
      ['POST_HIDDEN', idOf(offerPath)]])
      assert.match(stdout, new RegExp(`^\\S+\\toperator:marta\\t${action}\\t${object}$`, 'm'), stdout);
  });

  test('a citizen is refused the moderation pages; a visitor is sent to log in', { timeout: 60_000 }, async () => {
    for (const path of ['/bacheca/moderazione', `/bacheca/moderazione/account/${rosaId}`,
      `/bacheca/moderazione/annuncio/${idOf(requestPath)}`]) {
      const response = await citizen.goto(path);
      assert.equal(response.status(), 403, path);
    }
    assert.equal(await citizen.locator('nav a[href="/bacheca/moderazione"]').count(), 0);
    await pages.check(citizen, 'moderation-forbidden');
    // Sending an operator's form anyway changes nothing.
    const csrf = await citizen.locator('nav input[name=csrf]').inputValue();
    const hide = await citizen.context().request.post(
      `/bacheca/moderazione/annuncio/${idOf(requestPath)}/nascondi`, { form: { csrf }, maxRedirects: 0 });
    assert.equal(hide.status(), 403);
    await citizen.goto(requestPath);
    assert.match(await mainText(citizen), /Aperto|Open/);
    const visitor = await newPage(await newContext(browser, hub, PHONE));
    await visitor.goto('/bacheca/moderazione');
    assert.match(new URL(visitor.url()).pathname, /\/bacheca\/accedi$/);
    await visitor.goto(`/bacheca/segnala/${idOf(requestPath)}`);
    assert.match(new URL(visitor.url()).pathname, /\/bacheca\/accedi$/);
    await visitor.context().close();
  });
});
