// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16's "done means", in a real browser against a real hub: a citizen registers on a
// phone, the hub's administrator issues the credentials, she asks for medicines to be brought
// home on Tuesday mornings in Pioltello; a volunteer who offers deliveries in Pioltello on
// Tuesdays is suggested first, with why; she proposes, he accepts, and only then each sees the
// other's name and contact; they arrange the help in a few messages (a third account can
// neither read nor write them), it starts and ends, and each leaves a feedback, once. Every page
// on the way, the forms sent with errors included, passes the checks of PageChecker.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { activate, assertErrors, details, heading, logIn, mainText, newPost, register, submit, suggestions } from './support/board.mjs';
import { artifactsDir, closeBrowser, DESKTOP, launchBrowser, newContext, newPage, PageChecker, PHONE } from './support/browser.mjs';
import { startHub } from './support/hub.mjs';

const MEDICINES = 'Consegna farmaci a domicilio';

const maria = {
  displayName: 'Maria Bianchi', contact: 'maria.bianchi@example.org',
  username: 'maria.bianchi', password: 'tromba-lucertola-vasca-17',
};
const luca = {
  displayName: 'Luca Verdi', contact: '+39 333 123 4567',
  username: 'luca.verdi', password: 'ombrello-cavallo-neve-42',
};
const parish = {
  kind: 'ORGANIZZAZIONE', displayName: 'Parrocchia San Giorgio', contact: 'segreteria@sangiorgio.example.org',
  username: 'parrocchia.sangiorgio', password: 'campana-girasole-treno-35',
};

describe('the board in a real browser: medicines at home on Tuesday mornings', { timeout: 280_000 }, () => {
  let hub;
  let browser;
  const pages = new PageChecker('flow');
  let citizen; // Maria's page, on a phone
  let volunteer; // Luca's, on a desktop
  let organization; // the parish's, on a desktop
  let requestPath;
  let matchPath;

  before(async () => {
    hub = await startHub({ logFile: join(artifactsDir, 'flow-hub.log') });
    browser = await launchBrowser();
    citizen = await newPage(await newContext(browser, hub, PHONE));
    volunteer = await newPage(await newContext(browser, hub, DESKTOP));
    organization = await newPage(await newContext(browser, hub, DESKTOP));
  }, { timeout: 120_000 });

  after(async () => {
    await closeBrowser(browser);
    await hub?.stop();
  }, { timeout: 60_000 });

  test('a citizen registers on a phone and waits for her credentials', { timeout: 90_000 }, async () => {
    await citizen.goto('/bacheca/');
    assert.equal(await heading(citizen), 'Offri e chiedi aiuto nel tuo quartiere');
    await pages.check(citizen, 'home-visitor');
    await citizen.locator('main').getByRole('link', { name: 'Registrati' }).click();
    await citizen.waitForURL(/\/bacheca\/registrati$/);
    await pages.check(citizen, 'register');
    await register(citizen, maria);
    assert.equal(await heading(citizen), 'Registrazione ricevuta');
    assert.match(await mainText(citizen), /maria\.bianchi/);
    await pages.check(citizen, 'registered');

    // Before the credentials are issued, the right password does not let her in.
    await citizen.goto('/bacheca/accedi');
    await pages.check(citizen, 'login');
    await citizen.fill('#f-username', maria.username);
    await citizen.fill('#f-password', maria.password);
    await citizen.locator('main button[type=submit]').click();
    await citizen.waitForLoadState('load');
    assert.match(new URL(citizen.url()).pathname, /\/bacheca\/accedi$/);
    await assert.doesNotReject(citizen.locator('main [role=alert]').waitFor());
    await pages.check(citizen, 'login-not-active-yet');
  });

  test('the hub issues the credentials; she logs in and asks for medicines on Tuesday mornings', { timeout: 90_000 }, async () => {
    await activate(hub, maria.username);
    await logIn(citizen, maria);
    assert.equal(await heading(citizen), 'La mia bacheca');
    assert.match(await mainText(citizen), /Maria Bianchi/);
    await pages.check(citizen, 'home-citizen');
    await citizen.locator('main').getByRole('link', { name: 'Nuova offerta o richiesta' }).click();
    await citizen.waitForURL(/\/bacheca\/nuovo$/);
    await pages.check(citizen, 'new-post');
    requestPath = await newPost(citizen, {
      kind: 'RICHIESTA', category: MEDICINES, days: [2], from: '09:00', to: '12:00',
      notes: 'Ricetta già in farmacia, consegna in via Roma.',
    });
    assert.equal(await heading(citizen), MEDICINES);
    const facts = await details(citizen);
    assert.equal(facts.Tipo, 'Richiesta');
    assert.equal(facts.Dove, 'Pioltello');
    assert.equal(await citizen.locator('main ol.suggestions > li').count(), 0);
    await pages.check(citizen, 'request-nobody-yet');
  });

  test('a parish and a volunteer register, get their credentials and offer deliveries', { timeout: 120_000 }, async () => {
    for (const [page, account] of [[organization, parish], [volunteer, luca]]) {
      await page.goto('/bacheca/registrati');
      await register(page, account);
      assert.equal(await heading(page), 'Registrazione ricevuta');
      await activate(hub, account.username);
      await logIn(page, account);
    }
    // The parish posts first: an older offer, but only 11–12 on Tuesdays in Pioltello; and one
    // in Segrate, which is no answer for Pioltello.
    await organization.goto('/bacheca/nuovo');
    await newPost(organization, {
      kind: 'OFFERTA', category: MEDICINES, days: [2], from: '11:00', to: '12:00', capacity: 3,
      notes: 'Un volontario della parrocchia passa in farmacia a fine mattinata.',
    });
    await organization.goto('/bacheca/nuovo');
    await newPost(organization, {
      kind: 'OFFERTA', category: MEDICINES, comune: 'Segrate', days: [2], notes: 'Solo a Segrate.',
    });
    // The volunteer: Tuesdays, at any time, in Pioltello.
    await volunteer.goto('/bacheca/nuovo');
    await newPost(volunteer, {
      kind: 'OFFERTA', category: MEDICINES, days: [2], capacity: 1,
      notes: 'Porto i farmaci a casa con la mia auto il martedì.',
    });
    const offered = await suggestions(volunteer);
    assert.equal(offered.length, 1, offered.join(' | '));
    assert.match(offered[0], /stesso comune, martedì 9–12/);
    assert.match(offered[0], /Ricetta già in farmacia/);
    await pages.check(volunteer, 'offer-with-suggestion');
  });

  test("the request's page suggests the volunteer first, with why", { timeout: 60_000 }, async () => {
    await citizen.goto(requestPath);
    const found = await suggestions(citizen);
    assert.equal(found.length, 2, found.join(' | '));
    assert.match(found[0], /^stesso comune, martedì 9–12/);
    assert.match(found[0], /Porto i farmaci a casa con la mia auto/);
    assert.match(found[1], /^stesso comune, martedì 11–12/);
    assert.doesNotMatch(found.join(' '), /Solo a Segrate/);
    // A suggestion names nobody.
    const text = await mainText(citizen);
    for (const secret of [luca.displayName, luca.contact, parish.displayName, parish.contact])
      assert.ok(!text.includes(secret), `the suggestions show ${secret}`);
    await pages.check(citizen, 'request-with-suggestions');
  });

  test('she proposes, he accepts, and only then the contacts appear on both sides', { timeout: 90_000 }, async () => {
    await citizen.locator('main ol.suggestions > li').first().getByRole('button', { name: 'Proponi' }).click();
    await citizen.waitForURL(/\/bacheca\/abbinamento\/[^/]+$/);
    matchPath = new URL(citizen.url()).pathname;
    let facts = await details(citizen);
    assert.equal(facts.Stato, 'Proposta');
    assert.equal(facts.Note, 'Porto i farmaci a casa con la mia auto il martedì.');
    assert.equal(facts.Con, undefined);
    assert.equal(facts.Recapito, undefined);
    let text = await mainText(citizen);
    assert.ok(!text.includes(luca.contact) && !text.includes(luca.displayName), text);
    // Proposing was her acceptance: she can only decline now.
    assert.equal(await citizen.locator('main').getByRole('button', { name: 'Accetta' }).count(), 0);
    assert.equal(await citizen.locator('main').getByRole('button', { name: 'Rifiuta' }).count(), 1);
    await pages.check(citizen, 'match-proposed-by-her');

    // The volunteer finds it among his matches, and sees her request but not who she is.
    await volunteer.goto('/bacheca/');
    await pages.check(volunteer, 'home-volunteer-with-match');
    await volunteer.locator('main').getByRole('link', { name: 'Proposta' }).click();
    await volunteer.waitForURL(/\/bacheca\/abbinamento\/[^/]+$/);
    assert.equal(new URL(volunteer.url()).pathname, matchPath);
    facts = await details(volunteer);
    assert.equal(facts.Stato, 'Proposta');
    assert.equal(facts.Note, 'Ricetta già in farmacia, consegna in via Roma.');
    text = await mainText(volunteer);
    assert.ok(!text.includes(maria.contact) && !text.includes(maria.displayName), text);
    await pages.check(volunteer, 'match-proposed-to-him');

    // A third account gets the page of a match that does not exist.
    await organization.goto(matchPath);
    assert.equal(await heading(organization), 'Pagina non trovata');
    await pages.check(organization, 'match-of-others-404');

    await volunteer.locator('main').getByRole('button', { name: 'Accetta' }).click();
    await volunteer.waitForLoadState('load');
    facts = await details(volunteer);
    assert.equal(facts.Stato, 'Accettata da entrambi');
    assert.equal(facts.Con, maria.displayName);
    assert.equal(facts.Recapito, maria.contact);
    await pages.check(volunteer, 'match-accepted-volunteer');

    await citizen.reload();
    facts = await details(citizen);
    assert.equal(facts.Stato, 'Accettata da entrambi');
    assert.equal(facts.Con, luca.displayName);
    assert.equal(facts.Recapito, luca.contact);
    assert.equal(await citizen.locator('main').getByRole('button', { name: 'Accetta' }).count(), 0);
    await pages.check(citizen, 'match-accepted-citizen');

    await citizen.goto('/bacheca/');
    assert.match(await mainText(citizen), /Accettata da entrambi/);
    await pages.check(citizen, 'home-citizen-with-match');
  });

  test('they arrange it in a few words, the help starts, ends, and each says how it went, once', { timeout: 90_000 }, async () => {
    const form = (page, move) => page.locator(`main form[action="${matchPath}/${move}"]`);
    await citizen.goto(matchPath);
    await form(citizen, 'messaggio').locator('textarea').fill('Martedì alle 10 va bene? Citofono Bianchi.');
    await form(citizen, 'messaggio').locator('button[type=submit]').click();
    await citizen.waitForLoadState('load');
    assert.match(await mainText(citizen), /Martedì alle 10 va bene\? Citofono Bianchi\./);

    await volunteer.goto(matchPath);
    assert.match(await mainText(volunteer), /Martedì alle 10 va bene\? Citofono Bianchi\./);
    await form(volunteer, 'messaggio').locator('textarea').fill('Va bene, passo verso le 10.');
    await form(volunteer, 'messaggio').locator('button[type=submit]').click();
    await volunteer.waitForLoadState('load');
    await pages.check(volunteer, 'match-conversation');
    // A message of blanks is refused, said and tied to its field.
    await form(volunteer, 'messaggio').locator('textarea').fill('   ');
    assert.equal(await submit(volunteer, form(volunteer, 'messaggio')), 422);
    await assertErrors(volunteer, ['f-testo']);
    await pages.check(volunteer, 'match-message-empty');

    // A third account can neither read their conversation nor write into it.
    await organization.goto('/bacheca/');
    const third = await organization.context().request.post(`${matchPath}/messaggio`, {
      form: { csrf: await organization.locator('nav input[name=csrf]').inputValue(), testo: 'Posso aiutare anche io?' },
      maxRedirects: 0,
    });
    assert.equal(third.status(), 404);
    assert.equal((await organization.goto(matchPath)).status(), 404);
    await volunteer.reload();
    assert.doesNotMatch(await mainText(volunteer), /Posso aiutare anche io/);

    await form(volunteer, 'avvia').locator('button[type=submit]').click();
    await volunteer.waitForLoadState('load');
    assert.equal((await details(volunteer)).Stato, 'In corso');
    await pages.check(volunteer, 'match-under-way');
    // Calling it off needs a reason: the browser holds the form back, and the hub refuses it.
    await form(volunteer, 'annulla').evaluate((f) => { f.noValidate = true; });
    assert.equal(await submit(volunteer, form(volunteer, 'annulla')), 422);
    await assertErrors(volunteer, ['f-motivo']);
    assert.equal((await details(volunteer)).Stato, 'In corso');
    await pages.check(volunteer, 'match-call-off-without-reason');
    await form(volunteer, 'concludi').locator('button[type=submit]').click();
    await volunteer.waitForLoadState('load');
    assert.equal((await details(volunteer)).Stato, 'Conclusa');
    // The conversation is kept, and closed.
    assert.match(await mainText(volunteer), /Va bene, passo verso le 10\./);
    assert.equal(await form(volunteer, 'messaggio').count(), 0);

    await citizen.goto(matchPath);
    assert.equal((await details(citizen)).Stato, 'Conclusa');
    await pages.check(citizen, 'match-concluded');
    // Without an outcome the browser itself holds the form back (the list is required).
    await form(citizen, 'giudizio').locator('button[type=submit]').click();
    assert.ok(await form(citizen, 'giudizio').locator('select').evaluate((s) => s.validity.valueMissing));
    await form(citizen, 'giudizio').locator('select').selectOption({ index: 1 });
    const firstOutcome = await form(citizen, 'giudizio').locator('select option:checked').innerText();
    await form(citizen, 'giudizio').locator('textarea').fill('Puntuale e gentile.');
    await form(citizen, 'giudizio').locator('button[type=submit]').click();
    await citizen.waitForLoadState('load');
    assert.equal(await form(citizen, 'giudizio').count(), 0);
    await pages.check(citizen, 'match-feedback-given');
    // Once: the same form sent again is refused.
    const again = await citizen.context().request.post(`${matchPath}/giudizio`, {
      form: { csrf: await citizen.locator('nav input[name=csrf]').inputValue(), esito: 'NON_SVOLTO' },
      maxRedirects: 0,
    });
    assert.equal(again.status(), 409);
    await citizen.reload();
    assert.match(await mainText(citizen), new RegExp(`: ${firstOutcome}\\.`));

    // The volunteer leaves his own.
    await volunteer.reload();
    await form(volunteer, 'giudizio').locator('select').selectOption('SVOLTO');
    assert.equal(await submit(volunteer, form(volunteer, 'giudizio')), 303);
    assert.equal(await form(volunteer, 'giudizio').count(), 0);
    await pages.check(volunteer, 'match-feedback-both');
  });
});
