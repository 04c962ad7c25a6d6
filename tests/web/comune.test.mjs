// SPDX-License-Identifier: GPL-3.0-or-later
// A Comune's social services answer the referrals addressed to them (decision 48), in a real
// browser against a real hub: a desk of Pioltello sends referrals through the API; the hub's
// administrator makes the Comune di Pioltello's account, whose temporary password is changed at
// the first login; the Comune lists the referrals sent to its social services for people who
// live in Pioltello, with the code printed on the letter, and none of Segrate's; it finds one
// by its code, declines it without a reason (refused, and said), takes it on and closes it; the
// desk finds both answers in its feed, for its next sync. An answer sent from a page left open
// too long is refused; a referral declined leaves the list of the open ones. A citizen's account
// is refused. Every page on the way passes the checks of PageChecker; one referral is found and
// taken on with the keyboard alone.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { addDesk, addStaff, deskFeed, letterCode, referralRecord, sendReferrals, uuid7 } from './support/api.mjs';
import { activate, assertErrors, field, heading, mainText, register, submit } from './support/board.mjs';
import { artifactsDir, closeBrowser, DESKTOP, launchBrowser, newContext, newPage, PageChecker, PHONE } from './support/browser.mjs';
import { PIOLTELLO, SEGRATE, startHub } from './support/hub.mjs';
import { byId, skipToContent, tabUntil } from './support/keys.mjs';

const DESK = 'PIO-CDA';
const COMUNE_PASSWORD = 'quaderno-fontana-tulipano-81';
const comune = { username: 'servizi-pioltello', name: 'Servizi Sociali di Pioltello' };
const citizen = {
  displayName: 'Paolo Gallo', contact: '347 111 2233',
  username: 'paolo.gallo', password: 'sedia-lampone-vulcano-26',
};

// The referrals the desk sends: three to Pioltello's social services (one to the professional
// front desk, SS_SEGR, with a version-4 uuid, whose code is its first 8 digits), one of a person
// living in Segrate, and one of a Pioltello resident sent to the job centre.
const toComune = uuid7();
const toFrontDesk = randomUUID();
const declined = uuid7();
const ofSegrate = uuid7();
const toJobCentre = uuid7();
const records = {
  toComune: referralRecord({ refUuid: toComune, desk: DESK, comune: PIOLTELLO, needs: ['CAS', 'POV'] }),
  toFrontDesk: referralRecord({ refUuid: toFrontDesk, desk: DESK, comune: PIOLTELLO, dest: 'SS_SEGR', urgency: 'PRIOR' }),
  declined: referralRecord({ refUuid: declined, desk: DESK, comune: PIOLTELLO, needs: ['OCC'] }),
  ofSegrate: referralRecord({ refUuid: ofSegrate, desk: DESK, comune: SEGRATE }),
  toJobCentre: referralRecord({ refUuid: toJobCentre, desk: DESK, comune: PIOLTELLO, dest: 'CPI', needs: ['OCC'] }),
};

// The rows of the Comune's list: the code (the row's header, a link) and its address.
function listRows(page) {
  return page.locator('main table tbody tr').evaluateAll((rows) => rows.map((row) => ({
    code: row.querySelector('th').textContent.trim(),
    href: row.querySelector('th a')?.getAttribute('href'),
    cells: [...row.querySelectorAll('td')].map((td) => td.textContent.trim()),
  })));
}

// The values of the referral page's facts, in their order: code, state, sent on, desk, to, …
function facts(page) {
  return page.locator('main dl dd').evaluateAll((values) => values.map((dd) => dd.textContent.trim()));
}

// The answer form for `state` on a referral's page.
const answerForm = (page, state) => page.locator(`main form.answer:has(input[name=stato][value=${state}])`);

async function logInAs(page, username, password) {
  await page.goto('/bacheca/accedi');
  await page.fill(field('username'), username);
  await page.fill(field('password'), password);
  await page.locator('main form[action="/bacheca/accedi"] button[type=submit]').click();
}

describe("a Comune's social services answer the referrals addressed to them", { timeout: 280_000 }, () => {
  let hub;
  let browser;
  let deskToken;
  let temporary;
  const pages = new PageChecker('comune');
  let office; // the Comune's page, on a desktop
  let person; // a citizen's, on a phone
  let stale; // a second tab of the Comune's, left behind

  before(async () => {
    hub = await startHub({ logFile: join(artifactsDir, 'comune-hub.log') });
    browser = await launchBrowser();
    office = await newPage(await newContext(browser, hub, DESKTOP));
    person = await newPage(await newContext(browser, hub, PHONE));
    deskToken = await addDesk(hub, DESK, PIOLTELLO);
    await sendReferrals(hub, deskToken, Object.values(records));
    temporary = await addStaff(hub, comune.username, { kind: 'comune', comune: PIOLTELLO, name: comune.name });
  }, { timeout: 120_000 });

  after(async () => {
    await closeBrowser(browser);
    await hub?.stop();
  }, { timeout: 60_000 });

  test('the Comune logs in with its temporary password and must change it first', { timeout: 60_000 }, async () => {
    await logInAs(office, comune.username, temporary);
    await office.waitForURL(/\/bacheca\/account$/);
    // Only the password form, and why, announced.
    assert.equal(await office.locator('main form').count(), 1);
    assert.equal(await office.locator('main [role=alert]').count(), 1);
    await pages.check(office, 'must-change-password');
    // Nothing else opens before.
    await office.goto('/comune/');
    assert.match(new URL(office.url()).pathname, /\/bacheca\/account$/);
    await office.fill(field('current'), temporary);
    await office.fill(field('password'), COMUNE_PASSWORD);
    await office.fill(field('password2'), COMUNE_PASSWORD);
    assert.equal(await submit(office, office.locator('main form[action="/bacheca/account/password"]')), 200);
    assert.equal(await heading(office), 'Password cambiata');
    // The new password opens the Comune's list, which is its home.
    await logInAs(office, comune.username, COMUNE_PASSWORD);
    await office.waitForURL(/\/comune\/$/);
    await office.goto('/bacheca/');
    await office.waitForURL(/\/comune\/$/);
    assert.equal(await office.locator('nav a[href="/comune/"]').count(), 1);
  });

  test("its list: the referrals to its social services with the letter's code, no other", { timeout: 60_000 }, async () => {
    await office.goto('/comune/');
    assert.match(await heading(office), /Pioltello/);
    const rows = await listRows(office);
    assert.deepEqual(rows.map((r) => r.code).sort(), [toComune, toFrontDesk, declined].map(letterCode).sort(),
      JSON.stringify(rows));
    assert.equal(letterCode(toComune), toComune.replace(/-/g, '').slice(-8).toUpperCase());
    assert.equal(letterCode(toFrontDesk), toFrontDesk.replace(/-/g, '').slice(0, 8).toUpperCase());
    for (const row of rows) {
      assert.match(row.href, /^\/comune\/segnalazione\/[0-9a-f-]{36}$/);
      assert.ok(row.cells.includes(DESK), JSON.stringify(row));
    }
    const text = await mainText(office);
    for (const other of [ofSegrate, toJobCentre])
      assert.ok(!text.includes(letterCode(other)) && !text.includes(other), `the list shows ${other}`);
    await pages.check(office, 'list');

    // Another Comune's referral, one for another office and one that does not exist: the same 404.
    for (const id of [ofSegrate, toJobCentre, uuid7()]) {
      const response = await office.goto(`/comune/segnalazione/${id}`);
      assert.equal(response.status(), 404, id);
    }
    assert.equal(await heading(office), 'Pagina non trovata');
    await pages.check(office, 'referral-not-found');
    // And answering Segrate's, by sending the form anyway, finds nothing either.
    const csrf = await office.locator('nav input[name=csrf]').inputValue();
    const foreign = await office.context().request.post(`/comune/segnalazione/${ofSegrate}`, {
      form: { csrf, stato: 'PRESA_IN_CARICO' }, maxRedirects: 0,
    });
    assert.equal(foreign.status(), 404);

    // In English.
    await office.goto('/comune/?lang=en');
    assert.match(await heading(office), /^Referrals to the Comune of Pioltello$/);
    await pages.check(office, 'en-list', { language: 'en' });
    await office.goto('/comune/?lang=it');
  });

  test('it finds a referral by its code, declines it without a reason (refused), then takes it on', { timeout: 60_000 }, async () => {
    await office.goto('/comune/');
    await office.fill(field('codice'), letterCode(toComune).toLowerCase());
    await office.locator('main form.filters button[type=submit]').click();
    await office.waitForURL(/\/comune\/\?codice=/);
    assert.deepEqual((await listRows(office)).map((r) => r.code), [letterCode(toComune)]);
    await pages.check(office, 'list-by-code');
    await office.goto(`/comune/?codice=${letterCode(ofSegrate)}`);
    assert.equal(await office.locator('main table').count(), 0);
    await pages.check(office, 'list-no-such-code');

    await office.goto(`/comune/?codice=${letterCode(toComune)}`);
    await office.locator('main table tbody th a').click();
    await office.waitForURL(new RegExp(`/comune/segnalazione/${toComune}$`));
    assert.match(await heading(office), new RegExp(` ${letterCode(toComune)}$`));
    const shown = await facts(office);
    assert.equal(shown[0], letterCode(toComune));
    assert.match(shown[1], /^(Inviata|Sent)$/);
    assert.ok(shown.includes(DESK), shown.join(' | '));
    // The answers a sent referral allows, each a form of its own: taken on, or declined.
    assert.equal(await answerForm(office, 'PRESA_IN_CARICO').count(), 1);
    assert.equal(await answerForm(office, 'NON_PRESA_IN_CARICO').count(), 1);
    assert.equal(await answerForm(office, 'CHIUSA').count(), 0);
    await pages.check(office, 'referral');

    // "Declined" without a reason: the browser holds the form back (the list is required), and
    // the hub refuses it too, said above the forms and tied to the list.
    const decline = answerForm(office, 'NON_PRESA_IN_CARICO');
    await decline.locator('button[type=submit]').click();
    assert.ok(await office.locator(field('motivo')).evaluate((s) => s.validity.valueMissing));
    await decline.evaluate((form) => { form.noValidate = true; });
    assert.equal(await submit(office, decline), 422);
    await assertErrors(office, ['f-motivo']);
    assert.match((await facts(office))[1], /^(Inviata|Sent)$/);
    await pages.check(office, 'referral-decline-without-reason');

    // Taken on: the notice says the desk will see it at its next sync; the answer is listed,
    // the state shows it at once, and what follows is closing.
    assert.equal(await submit(office, answerForm(office, 'PRESA_IN_CARICO')), 303);
    assert.match(office.url(), new RegExp(`/comune/segnalazione/${toComune}\\?fatto=1$`));
    assert.equal(await office.locator('main [role=status]').count(), 1);
    assert.equal(await office.locator('main ul li').count(), 1);
    assert.match(await office.locator('main ul li').innerText(), /Presa in carico|Taken on/);
    assert.match((await facts(office))[1], /^(Presa in carico|Taken on)$/);
    assert.equal(await answerForm(office, 'PRESA_IN_CARICO').count(), 0);
    assert.equal(await answerForm(office, 'NON_PRESA_IN_CARICO').count(), 0);
    assert.equal(await answerForm(office, 'CHIUSA').count(), 1);
    await pages.check(office, 'referral-taken-on');
  });

  test('it closes the referral with its outcome; the desk finds both answers in its feed', { timeout: 60_000 }, async () => {
    await office.goto(`/comune/segnalazione/${toComune}`);
    const close = answerForm(office, 'CHIUSA');
    await close.locator('select').selectOption('RISOLTA');
    assert.equal(await submit(office, close), 303);
    assert.equal(await office.locator('main [role=status]').count(), 1);
    assert.match((await facts(office))[1], /^(Chiusa|Closed)$/);
    assert.equal(await office.locator('main ul li').count(), 2);
    assert.match(await office.locator('main ul li').last().innerText(), /(Chiusa|Closed).*(Risolta|Resolved)/);
    // Nothing more to answer.
    assert.equal(await office.locator('main form.answer').count(), 0);
    await pages.check(office, 'referral-closed');

    // The list of the open ones no longer shows it; "also those already decided or closed" does.
    await office.goto('/comune/');
    assert.ok(!(await listRows(office)).some((r) => r.code === letterCode(toComune)));
    await office.check(field('tutte'));
    await office.locator('main form.filters button[type=submit]').click();
    await office.waitForURL(/\/comune\/\?.*tutte=1/);
    assert.ok(await office.isChecked(field('tutte')));
    const closed = (await listRows(office)).find((r) => r.code === letterCode(toComune));
    assert.ok(closed, 'the closed referral is not among all the referrals');
    assert.ok(closed.cells.some((c) => /^(Chiusa|Closed)$/.test(c)), JSON.stringify(closed));
    await pages.check(office, 'list-all');

    // The desk's feed: both answers, in order, and nothing about the referrals not answered.
    const feed = (await deskFeed(hub, deskToken)).filter((e) => e.type === 'referral.status_changed');
    assert.deepEqual(feed.map((e) => `${e.data.ref_uuid} ${e.data.stato}`),
      [`${toComune} PRESA_IN_CARICO`, `${toComune} CHIUSA`]);
    assert.equal(feed[1].data.esito_finale, 'RISOLTA');
    assert.equal(feed[1].data.motivo, null);
    // At its next sync the desk applies them, and sends the referral's new states: the Comune's
    // page still reads closed.
    const takenOn = { ...records.toComune, stato: 'PRESA_IN_CARICO', giorni_invio_presa_in_carico: '0-7' };
    await sendReferrals(hub, deskToken, [takenOn, { ...takenOn, stato: 'CHIUSA', esito_finale: 'RISOLTA' }],
      'referral.status_changed');
    await office.goto(`/comune/segnalazione/${toComune}`);
    assert.match((await facts(office))[1], /^(Chiusa|Closed)$/);
    assert.equal(await office.locator('main form.answer').count(), 0);
  });

  test('with the keyboard alone: the code typed, the referral opened and taken on', { timeout: 60_000 }, async () => {
    await office.goto('/comune/');
    await skipToContent(office, 'list');
    await tabUntil(office, byId('f-codice'), 'list', 1);
    await office.keyboard.type(letterCode(toFrontDesk));
    await tabUntil(office, byId('f-tutte'), 'list', 1);
    await tabUntil(office, (s) => s.tag === 'button', 'list', 1);
    await office.keyboard.press('Enter');
    await office.waitForURL(/\/comune\/\?codice=/);
    assert.deepEqual((await listRows(office)).map((r) => r.code), [letterCode(toFrontDesk)]);
    await skipToContent(office, 'list by code');
    await tabUntil(office, (s) => s.href === `/comune/segnalazione/${toFrontDesk}`, 'list by code');
    await office.keyboard.press('Enter');
    await office.waitForURL(new RegExp(`/comune/segnalazione/${toFrontDesk}$`));
    // A second tab keeps the page as it is now, with its "taken on" form.
    stale = await newPage(office.context());
    await stale.goto(office.url());
    await skipToContent(office, 'referral');
    const { state } = await tabUntil(office, (s) => s.tag === 'button', 'referral');
    assert.equal(await office.evaluate(() => document.activeElement.form.querySelector('[name=stato]').value),
      'PRESA_IN_CARICO', `the first button of the referral's page is ${state.description}`);
    await office.keyboard.press('Enter');
    await office.waitForURL(/\?fatto=1$/);
    assert.equal(await office.locator('main [role=status]').count(), 1);
    await pages.check(office, 'referral-taken-on-by-keyboard');
  });

  test('an answer that no longer fits the referral is refused, and said', { timeout: 60_000 }, async () => {
    // The other tab still offers "taken on", which the keyboard has just given.
    assert.equal(await submit(stale, answerForm(stale, 'PRESA_IN_CARICO')), 409);
    assert.equal(await stale.locator('main [role=alert]').count(), 1);
    assert.match((await facts(stale))[1], /^(Presa in carico|Taken on)$/);
    await pages.check(stale, 'referral-answer-no-longer-fits');
    await stale.close();
  });

  test('a declined referral reads so at once, and leaves the list of the open ones', { timeout: 60_000 }, async () => {
    await office.goto(`/comune/segnalazione/${declined}`);
    const decline = answerForm(office, 'NON_PRESA_IN_CARICO');
    await decline.locator('select').selectOption('NON_COMPETENZA');
    assert.equal(await submit(office, decline), 303);
    // Declined: shown as such, with nothing more to answer but its closing.
    assert.match((await facts(office))[1], /^(Non presa in carico|Not taken on)$/);
    assert.equal(await answerForm(office, 'NON_PRESA_IN_CARICO').count(), 0);
    assert.equal(await answerForm(office, 'PRESA_IN_CARICO').count(), 0);
    assert.match(await office.locator('main ul li').innerText(),
      /(Non presa in carico|Not taken on).*(Ufficio non competente|Not the right office)/);
    await pages.check(office, 'referral-declined');
    const answer = (await deskFeed(hub, deskToken)).find((e) => e.data.ref_uuid === declined);
    assert.deepEqual([answer?.data.stato, answer?.data.motivo], ['NON_PRESA_IN_CARICO', 'NON_COMPETENZA']);
    // A decided referral leaves the list of the open ones.
    await office.goto('/comune/');
    assert.ok(!(await listRows(office)).some((r) => r.code === letterCode(declined)));
  });

  test("a citizen's account is refused the Comune's pages; a visitor is sent to log in", { timeout: 90_000 }, async () => {
    let response = await person.goto('/comune/');
    assert.match(new URL(person.url()).pathname, /\/bacheca\/accedi$/);
    assert.equal(response.status(), 200);
    await person.goto('/bacheca/registrati');
    await register(person, citizen);
    await activate(hub, citizen.username);
    await logInAs(person, citizen.username, citizen.password);
    await person.waitForURL(/\/bacheca\/$/);
    response = await person.goto('/comune/');
    assert.equal(response.status(), 403);
    assert.equal(await person.locator('nav a[href="/comune/"]').count(), 0);
    await pages.check(person, 'citizen-forbidden');
    response = await person.goto(`/comune/segnalazione/${toFrontDesk}`);
    assert.equal(response.status(), 403);
    // And the Comune's account is no moderator.
    response = await office.goto('/bacheca/moderazione');
    assert.equal(response.status(), 403);
  });
});
