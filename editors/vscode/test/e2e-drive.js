// Drives code-server in headless Chromium as a writer would (run by e2e.sh, not by hand).
// Each step waits for what a person would see; the checks print "ok"/"FAIL" lines and a
// closing "N passed, N failed" line; the exit code is non-zero on any failure.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const env = (name) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`missing ${name}`);
  return value;
};
const URL = env('E2E_URL');
const WORK = env('E2E_WORK');
const OUT = env('E2E_OUT');
const HOVER_PNG = env('E2E_HOVER_PNG');
const FAKE = process.env.E2E_FAKE === '1';
const FAKE_LOG = process.env.E2E_FAKE_LOG;
const USER_DATA = env('E2E_USER_DATA');
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 60000);
const HOVER_PATTERN = new RegExp(process.env.E2E_HOVER_PATTERN || 'no attribution', 'i');
const FIXTURES = env('E2E_FIXTURES');
const FIX_TITLE = 'Attribute to the ministry';

let passed = 0;
let failed = 0;
const t0 = Date.now();
const stamp = () => `${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s`;
function check(ok, what, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${stamp()}  ${what}${!ok && detail !== undefined ? `: ${detail}` : ''}`);
  return ok;
}
const note = (text) => console.log(`      ${stamp()}  ${text}`);

/** Polls `probe` until it returns a truthy value or the time runs out; returns the last value. */
async function until(page, probe, timeout = TIMEOUT, every = 250) {
  const end = Date.now() + timeout;
  let value;
  while (!(value = await probe()) && Date.now() < end) await page.waitForTimeout(every);
  return value;
}

async function shot(page, name) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file }).catch(() => {});
  return file;
}

async function visibleText(page, selector) {
  return page
    .$$eval(selector, (els) =>
      els
        .filter((e) => e.offsetParent !== null || e.getClientRects().length > 0)
        .map((e) => e.innerText)
        .join('\n'),
    )
    .then((text) => text.replace(/\u00a0/g, ' '))
    .catch(() => '');
}

async function openWorkbench(page) {
  await page.goto(URL);
  await page.waitForSelector('.monaco-workbench', { timeout: TIMEOUT * 2 });
  note('workbench visible');
  // The explorer shows the folder once the remote extension host is up.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: TIMEOUT * 2 }).catch(() => {});
}

/** The writer's round trip on one draft in the work folder, ending in `expectedFile`'s bytes. */
async function checkDraft(page, name, expectedFile, first) {
  console.log(`--- ${name}`);
  const draftPath = path.join(WORK, name);
  const expected = fs.readFileSync(expectedFile, 'utf8');
  const tag = path.basename(name, '.md');

  // 1. Open the draft with Quick Open, as a writer would.
  const editorText = () => visibleText(page, '.editor-group-container.active .monaco-editor .view-lines');
  let opened = false;
  for (let attempt = 0; attempt < 3 && !opened; attempt++) {
    await page.keyboard.press('Control+P');
    const input = await page.waitForSelector('.quick-input-widget input', { timeout: 10000 }).catch(() => null);
    if (!input) continue;
    await page.keyboard.type(name, { delay: 20 });
    await page
      .waitForSelector(`.quick-input-widget .monaco-list-row[aria-label*="${name}"]`, { timeout: 10000 })
      .catch(() => {});
    await page.keyboard.press('Enter');
    opened = Boolean(await until(page, async () => (await editorText()).includes('300 tanks'), 10000));
  }
  if (!check(opened, 'the draft opens in an editor', JSON.stringify(await editorText()))) {
    await shot(page, `0-open-${tag}.png`);
    return;
  }

  // 2. The squiggle under the figure.
  const squiggle = '.editor-group-container.active .monaco-editor .squiggly-warning';
  const hasSquiggle = await page.waitForSelector(squiggle, { timeout: TIMEOUT * 2 }).then(() => true, () => false);
  await shot(page, `1-squiggle-${tag}.png`);
  if (!check(hasSquiggle, 'a warning squiggle appears')) return;
  const squiggles = await page.$$(squiggle);
  check(squiggles.length === 1, 'exactly one squiggle', squiggles.length);

  // 3. The Problems panel lists it with its code.
  // Ctrl+Shift+M toggles the panel: press it only when it is not showing already.
  if (!(await page.$('.markers-panel .monaco-list-row'))) await page.keyboard.press('Control+Shift+M');
  const problems = await until(page, async () => {
    const text = await visibleText(page, '.markers-panel .monaco-list-row');
    return text.includes('unattributed-claim') ? text : '';
  });
  note(`problems: ${JSON.stringify(problems)}`);
  check(Boolean(problems) && problems.includes('copydesk'), 'the Problems panel lists copydesk(unattributed-claim)', problems);
  // VS Code counts columns in UTF-16 units, as JavaScript strings do.
  const lines = fs.readFileSync(draftPath, 'utf8').split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes('300 tanks'));
  const where = `[Ln ${line + 1}, Col ${lines[line].indexOf('300 tanks') + 1}]`;
  check(Boolean(problems) && problems.includes(where), `the problem is at ${where}, the start of "300 tanks"`, problems);
  const rows = await page.$$('.markers-panel .monaco-list-row');
  check(rows.length === 2, 'one file with one problem in the Problems panel', rows.length); // file row + marker row

  // 4. Hover the figure with the mouse. The real server's code lens adds a row atop the
  // draft and moves the text down when it arrives: wait for it before measuring.
  if (!FAKE) {
    await page
      .waitForSelector('.editor-group-container.active .codelens-decoration', { timeout: TIMEOUT })
      .catch(() => note('no code lens before the hover'));
    await page.waitForTimeout(300);
  }
  let box = await (await page.$(squiggle)).boundingBox();
  await page.mouse.click(box.x + 4, box.y + box.height / 2); // focus the editor, caret on "300"
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await page.mouse.move(box.x + 8, box.y + box.height / 2 - 2, { steps: 5 });
  // The server's answer is the Markdown part of the hover; the marker part above it repeats
  // the diagnostic, so the pattern is looked for in the server's part only.
  const hoverSelector = '.monaco-hover:not(.hidden)';
  const serverHover = `${hoverSelector} .markdown-hover .rendered-markdown`;
  const markerHover = `${hoverSelector} .marker.hover-contents`;
  const readHover = async () => ({ server: await visibleText(page, serverHover), marker: await visibleText(page, markerHover) });
  let hover = await until(page, async () => {
    const h = await readHover();
    return HOVER_PATTERN.test(h.server) && h.marker.includes('unattributed-claim') ? h : null;
  }, 15000);
  if (!hover) {
    // The mouse did not bring it up: ask for it from the keyboard (Ctrl+K Ctrl+I).
    note(`no hover from the mouse (${JSON.stringify(await readHover())}); trying Ctrl+K Ctrl+I`);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    hover = await until(page, async () => {
      const h = await readHover();
      return HOVER_PATTERN.test(h.server) ? h : null;
    }, 15000);
  }
  await page.waitForTimeout(300);
  fs.writeFileSync(path.join(OUT, `hover-${tag}.html`), await page.$$eval(hoverSelector, (els) => els.map((e) => e.outerHTML).join('\n')).catch(() => ''));
  fs.mkdirSync(path.dirname(HOVER_PNG), { recursive: true });
  if (!FAKE && first) await page.screenshot({ path: HOVER_PNG });
  await shot(page, `2-hover-${tag}.png`);
  const seen = hover || (await readHover());
  note(`hover (server): ${JSON.stringify(seen.server)}`);
  note(`hover (problem): ${JSON.stringify(seen.marker)}`);
  check(Boolean(hover), `the server's hover mentions ${HOVER_PATTERN}`, JSON.stringify(seen.server));
  check(Boolean(hover) && hover.marker.includes('unattributed-claim'), 'the hover shows the problem with its code', JSON.stringify(seen.marker));

  // 5. The quick fix, from Ctrl+. on the figure (measured again, in case the text moved).
  await page.mouse.move(10, 10);
  await page.keyboard.press('Escape');
  const again = await page.$(squiggle);
  box = (again && (await again.boundingBox())) || box;
  await page.mouse.click(box.x + 4, box.y + box.height / 2);
  let applied = false;
  for (let attempt = 0; attempt < 3 && !applied; attempt++) {
    await page.keyboard.press('Control+.');
    const item = await until(page, async () => {
      const rows = await page.$$('.action-widget .monaco-list-row');
      // Matched whatever the case, so that a wrong title still lets the edit be checked.
      for (const row of rows) if ((await row.innerText()).toLowerCase().includes(FIX_TITLE.toLowerCase())) return row;
      return null;
    }, 10000);
    await shot(page, `3-quickfix-${tag}.png`);
    if (!item) {
      note(`no "${FIX_TITLE}" in the menu: ${JSON.stringify(await visibleText(page, '.action-widget'))}`);
      await page.keyboard.press('Escape');
      continue;
    }
    const menu = await visibleText(page, '.action-widget');
    note(`quick fixes: ${JSON.stringify(menu)}`);
    check(menu.includes(FIX_TITLE), `the menu says "${FIX_TITLE}"`, JSON.stringify(menu));
    await item.click();
    applied = true;
  }
  if (!check(applied, `a quick fix "${FIX_TITLE}" is offered and chosen`)) return;

  // 6. The document says what the fix promised: save it and read the file.
  await page.keyboard.press('Control+S');
  const saved = await until(page, async () => {
    const text = fs.readFileSync(draftPath, 'utf8');
    return text === expected ? text : '';
  }, 15000);
  check(Boolean(saved), `the saved draft is ${path.basename(expectedFile)}, byte for byte`,
    JSON.stringify(fs.readFileSync(draftPath, 'utf8')));

  // 7. The problem is gone from the editor and the Problems panel.
  const cleared = await until(page, async () => (await page.$$(squiggle)).length === 0, TIMEOUT);
  check(cleared, 'the squiggle is gone');
  const noProblems = await until(page, async () => (await page.$$('.markers-panel .monaco-list-row')).length === 0, TIMEOUT);
  await shot(page, `4-fixed-${tag}.png`);
  check(noProblems, 'the Problems panel is empty', await visibleText(page, '.markers-panel'));
}

/** Every frame (webviews are nested iframes) holding a fact-check sheet, and what it shows. */
async function sheetFrames(page) {
  const found = [];
  for (const frame of page.frames()) {
    const facts = await frame
      .evaluate(() => {
        const table = document.querySelector('table.claims');
        if (!table) return null;
        return {
          figures: [...table.querySelectorAll('td.fig')].map((td) => td.textContent),
          title: document.title,
          scripts: document.scripts.length,
        };
      })
      .catch(() => null);
    if (facts) found.push(facts);
  }
  return found;
}

/**
 * The fact-check sheet: "copydesk: Open fact-check sheet" from the palette shows it beside the
 * draft, typing a new figure refreshes it, and the code lens atop the draft counts the figures
 * and opens the same sheet.
 */
async function factCheckSheet(page) {
  console.log('--- fact-check sheet');
  const name = 'draft.md';
  const editorText = () => visibleText(page, '.editor-group-container.active .monaco-editor .view-lines');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 10000 }).catch(() => {});
  await page.keyboard.type(name, { delay: 20 });
  await page.waitForSelector(`.quick-input-widget .monaco-list-row[aria-label*="${name}"]`, { timeout: 10000 }).catch(() => {});
  await page.keyboard.press('Enter');
  check(Boolean(await until(page, async () => (await editorText()).includes('300 tanks'), 10000)), 'draft.md is open again');

  // 1. The code lens atop the draft.
  const lensSelector = '.editor-group-container.active .codelens-decoration';
  const lens = await until(page, async () => {
    const text = await visibleText(page, lensSelector);
    return /\d+ figures? · \d+ unattributed · \d+ conflicts?/.test(text) ? text : '';
  }, TIMEOUT);
  note(`code lens: ${JSON.stringify(lens)}`);
  check(Boolean(lens), 'a code lens "N figures · N unattributed · N conflicts" tops the draft', await visibleText(page, lensSelector));

  // 2. The palette command opens the sheet beside the draft.
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: 10000 }).catch(() => {});
  await page.keyboard.type('copydesk: Open fact-check sheet', { delay: 10 });
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  let sheets = await until(page, async () => {
    const found = await sheetFrames(page);
    return found.some((f) => f.figures.includes('300 tanks')) ? found : null;
  }, TIMEOUT);
  await shot(page, '6-sheet.png');
  note(`sheet: ${JSON.stringify(sheets)}`);
  check(Boolean(sheets), 'the palette command shows the sheet with the draft\'s claims in a webview');
  check(Boolean(sheets) && sheets[0].scripts === 0, 'the sheet runs no script');
  const tabs = await visibleText(page, '.tabs-container .tab');
  check(/Fact-check: draft\.md/.test(tabs), 'its tab is "Fact-check: draft.md", beside the draft', JSON.stringify(tabs));

  // 3. Typing a new figure refreshes it.
  const line = await page.$('.editor-group-container .monaco-editor .view-line');
  if (line) await line.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n\nOfficials said 77 jets were lost.', { delay: 15 });
  sheets = await until(page, async () => {
    const found = await sheetFrames(page);
    return found.some((f) => f.figures.includes('77 jets')) ? found : null;
  }, TIMEOUT);
  check(Boolean(sheets), 'the sheet shows a figure typed into the draft', JSON.stringify(await sheetFrames(page)));
  const updated = await until(page, async () => {
    const text = await visibleText(page, '.codelens-decoration');
    return text.includes('3 figures') ? text : '';
  }, TIMEOUT);
  check(Boolean(updated), 'the code lens counts the new figure', await visibleText(page, '.codelens-decoration'));

  // 4. The lens opens the same sheet (one tab, not two).
  const anchor = await page.$('.codelens-decoration a');
  if (anchor) await anchor.click();
  await page.waitForTimeout(1500);
  const sheetTabs = (await visibleText(page, '.tabs-container .tab')).match(/Fact-check: draft\.md/g) || [];
  await shot(page, '7-sheet-from-lens.png');
  check(Boolean(anchor) && sheetTabs.length === 1, 'clicking the lens shows that sheet, in one tab', JSON.stringify(sheetTabs));
  await page.keyboard.press('Control+Z');
}

/**
 * A server that cannot start is reported once, never restarted in a loop: first a program that
 * exits at once, then a `copydesk.server.path` that points nowhere. The setting is changed in
 * the Settings editor, as a writer would.
 */
async function brokenServers(page) {
  const toasts = () =>
    page.$$eval('.notification-list-item-message', (els) => els.map((e) => e.textContent || '')).catch(() => []);
  const cases = [
    { path: process.env.E2E_BROKEN_SERVER, expect: 'stopped while starting' },
    { path: path.join(WORK, 'no-such-copydesk'), expect: 'is not an executable file' },
  ];
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Comma');
  await page.waitForSelector('.settings-editor', { timeout: 20000 });
  // A program's path belongs to the machine the server runs on: code-server lists such
  // (machine-overridable) settings under its Remote tab.
  const remoteTab = await until(page, async () => {
    for (const tab of await page.$$('.settings-editor .settings-tabs-widget .action-label')) {
      if ((await tab.innerText()).startsWith('Remote')) return tab;
    }
    return null;
  }, 10000);
  if (remoteTab) await remoteTab.click();
  const field = await until(page, async () => {
    // Type only once the search box has the focus, or the keys land in the draft.
    const focused = await until(page, () =>
      page.evaluate(() => Boolean(document.activeElement && document.activeElement.closest('.settings-editor .settings-header'))),
      5000, 100);
    if (focused) {
      await page.keyboard.press('Control+A');
      await page.keyboard.type('copydesk.server.path');
    }
    await page.waitForTimeout(1500);
    for (const item of await page.$$('.settings-editor .setting-item-contents')) {
      if ((await item.innerText()).includes('Server: Path')) return item.$('input');
    }
    return null;
  }, 30000, 500);
  if (!check(Boolean(field), 'the Settings editor shows copydesk.server.path with a text box')) {
    await shot(page, '5-settings.png');
    return;
  }
  for (const c of cases) {
    if (!c.path) continue;
    await field.fill(c.path);
    const shown = await until(page, async () => (await toasts()).some((t) => t.includes(c.expect)), 30000);
    // Give a restart loop the time to show itself before counting.
    await page.waitForTimeout(4000);
    // Every notification about copydesk counts: the client library's own must not pile up.
    const matching = (await toasts()).filter((t) => /copydesk/i.test(t));
    note(`notifications: ${JSON.stringify(await toasts())}`);
    await shot(page, `5-broken-${cases.indexOf(c)}.png`);
    check(shown && matching.length === 1, `exactly one notification when the server ${c.expect}`, JSON.stringify(matching));
    for (const button of await page.$$('.notification-list-item .codicon-notifications-clear')) await button.click().catch(() => {});
  }
  await field.fill('');
}

/** Facts only the logs show: where the server was found, what settings it was sent. */
function checkLogs() {
  const logs = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/copydesk/i.test(entry.name) && entry.name.endsWith('.log')) logs.push(full);
    }
  };
  try {
    walk(path.join(USER_DATA, 'logs'));
  } catch {}
  const text = logs.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  check(/found via bundled/.test(text), 'the extension started the bundled server', logs.join(', ') || 'no copydesk log');
  if (FAKE && FAKE_LOG) {
    const messages = fs
      .readFileSync(FAKE_LOG, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
    const init = messages.find((m) => m.method === 'initialize');
    check(
      init && JSON.stringify(init.params.initializationOptions) === JSON.stringify({ severity: { 'unattributed-claim': 'warning' }, maxDiagnostics: 50 }),
      'initializationOptions carry the settings the writer set, and only those',
      JSON.stringify(init && init.params.initializationOptions),
    );
  }
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('pageerror', (error) => note(`page error: ${error.message}`));
  try {
    await openWorkbench(page);
    await checkDraft(page, 'draft.md', path.join(FIXTURES, 'draft.fixed.md'), true);
    await checkDraft(page, 'draft-unicode.md', path.join(FIXTURES, 'draft-unicode.fixed.md'), false);
    if (!FAKE) await factCheckSheet(page);
    await brokenServers(page);
  } catch (error) {
    check(false, 'the session ran to the end', error && error.stack);
    await shot(page, 'error.png');
  }
  await browser.close().catch(() => {});
  checkLogs();
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
