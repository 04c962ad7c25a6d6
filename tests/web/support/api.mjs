// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's desk API (docs/hub-api.yaml) as a desk uses it, for the browser tests: a desk is
// enrolled with `desk add`, sends its referrals' anonymized records as `referral.created`
// events (POST /v1/events) and reads its feed (GET /v1/events), where the answers a Comune
// records on its pages come back. The staff accounts (`board add-staff`) come from here too.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';

// A request to the hub waits at most this long.
const API_MS = 30_000;

// A request to the hub's API, trusting the hub's own throw-away CA (ca.pem in its folder);
// answers { status, body } with the body parsed when it is JSON.
export function apiCall(hub, method, path, { token, body } = {}) {
  const url = new URL(path, hub.url);
  const payload = body === undefined ? null : Buffer.from(JSON.stringify(body));
  const headers = { Accept: 'application/json' };
  if (token)
    headers.Authorization = `Bearer ${token}`;
  if (payload) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = payload.length;
  }
  return new Promise((resolve, reject) => {
    const call = request(url, {
      method, headers, ca: readFileSync(join(hub.dir, 'ca.pem')), timeout: API_MS,
    }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { text += chunk; });
      response.on('end', () => {
        let parsed = text;
        try {
          parsed = text ? JSON.parse(text) : null;
        } catch {
          // Not JSON: kept as text, for the assertion's message.
        }
        resolve({ status: response.statusCode, body: parsed });
      });
      response.on('error', reject);
    });
    call.on('timeout', () => call.destroy(new Error(`${method} ${path}: no answer in ${API_MS} ms`)));
    call.on('error', reject);
    if (payload)
      call.write(payload);
    call.end();
  });
}

// Enrols a desk and answers its one-time token (the last word of `desk add`'s last line).
export async function addDesk(hub, name, comune) {
  const { stdout } = await hub.cli('desk', 'add', name, '--comune', comune);
  const token = stdout.trim().split('\n').at(-1).trim().split(/\s+/).at(-1);
  assert.match(token, /^sph1_[A-Za-z0-9_-]{43}$/, `desk add ${name} printed no token:\n${stdout}`);
  return token;
}

// Makes a staff account (`kind` comune or operator) and answers its temporary password.
export async function addStaff(hub, username, { kind, name, comune }) {
  const args = ['board', 'add-staff', username, '--kind', kind, '--name', name];
  if (comune)
    args.push('--comune', comune);
  const { stdout } = await hub.cli(...args);
  const found = /[a-z2-9]{5}(?:-[a-z2-9]{5}){3}/.exec(stdout);
  assert.ok(found, `board add-staff ${username} printed no temporary password:\n${stdout}`);
  return found[0];
}

// A time-ordered (version 7) uuid, as the desk gives its referrals: 48 bits of milliseconds,
// the version, then random bits with the RFC 9562 variant.
export function uuid7() {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Date.now(), 0, 6);
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// The code printed on the referral's letter (ui/text/referraltext.cpp, referralCode): the last
// 8 hex digits of a version-7 uuid, whose first ones are only its time; else the first 8.
export function letterCode(uuid) {
  const hex = uuid.replace(/[^0-9a-f]/gi, '').toUpperCase();
  return hex.length === 32 && uuid.length === 36 && uuid[14] === '7' ? hex.slice(-8) : hex.slice(0, 8);
}

// A referral's anonymized record as a desk sends it (tests/hub/hubfixture.h, referralRecord).
export function referralRecord({ refUuid, desk, comune, dest = 'SS_COMUNE', needs = ['CAS'], urgency = 'ORD' }) {
  const now = new Date();
  return {
    ref_uuid: refUuid,
    sportello_id: desk,
    anno_mese: `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`,
    comune_istat: comune,
    fascia_eta: '30-44',
    genere: 'F',
    cittadinanza_macro: 'EXTRA_UE',
    nucleo_tipo: 'MONOGENITORE',
    bisogni_macro: needs,
    dest_tipo: dest,
    dest_org: null,
    urgenza: urgency,
    stato: 'INVIATA',
    esito_finale: null,
    giorni_invio_presa_in_carico: null,
  };
}

// Sends the records as `type` events (`referral.created`: the desk sent the referrals;
// `referral.status_changed`: their state changed at the desk); every one must be stored. As at a
// desk, each event happened after the one before it (a second apart, the last one now): the hub
// keeps a referral's record from its latest event.
export async function sendReferrals(hub, token, records, type = 'referral.created') {
  const now = Math.floor(Date.now() / 1000) * 1000;
  const events = records.map((data, i) => ({
    id: randomUUID(), type,
    occurred_at: new Date(now - (records.length - 1 - i) * 1000).toISOString().replace(/\.\d+Z$/, 'Z'),
    data,
  }));
  const { status, body } = await apiCall(hub, 'POST', '/v1/events', { token, body: { events } });
  assert.equal(status, 200, `POST /v1/events: ${JSON.stringify(body)}`);
  assert.deepEqual(body.results.map((r) => r.status), records.map(() => 'stored'), JSON.stringify(body));
  assert.deepEqual(body.results.map((r) => r.id), events.map((e) => e.id));
}

// The whole feed of a desk, oldest first (GET /v1/events, page after page).
export async function deskFeed(hub, token) {
  const events = [];
  let after = '0';
  for (let page = 0; page < 20; ++page) {
    const { status, body } = await apiCall(hub, 'GET', `/v1/events?after=${after}`, { token });
    assert.equal(status, 200, `GET /v1/events: ${JSON.stringify(body)}`);
    events.push(...body.events);
    after = body.next;
    if (!body.more)
      return events;
  }
  assert.fail('the desk feed did not end in 20 pages');
}
