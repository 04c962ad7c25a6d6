// SPDX-License-Identifier: GPL-3.0-or-later
// Going through a page with the keyboard alone (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): the skip link
// first, then Tab after Tab, the focus visible at every stop.
import assert from 'node:assert/strict';

import { assertFocusVisible, focusState } from './browser.mjs';

// The keyboard's focus goes to the first thing on the page, which must be the skip link; Enter
// on it leaves the next Tab in the page's content.
export async function skipToContent(page, where) {
  await page.keyboard.press('Tab');
  const skip = await focusState(page);
  assertFocusVisible(skip, `${where}, first Tab`);
  assert.equal(skip.href, '#main', `${where}: the first Tab reaches ${skip.description}, not the skip link`);
  await page.keyboard.press('Enter');
}

// Presses Tab until `until(state)` holds, checking the focus is visible at every stop; answers
// the stops (an element met twice in a row, like a time field's hours and minutes, counts once).
export async function tabUntil(page, until, where, limit = 30) {
  const stops = [];
  for (let i = 0; i < limit; ++i) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    assertFocusVisible(state, `${where}, Tab ${i + 1}`);
    if (stops.at(-1) !== state.description)
      stops.push(state.description);
    if (until(state))
      return { state, stops };
  }
  assert.fail(`${where}: ${limit} presses of Tab did not get there; met ${stops.join(', ')}`);
}

export const byId = (id) => (state) => state.id === id;
