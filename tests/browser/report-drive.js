// Opens fact-check sheets in headless Chromium (run by report-e2e.sh, not by hand) and checks
// what a reader would: the page renders with no console error and no request of any kind
// beyond the page itself, the draft's markup stays text, every claim of the draft is in the
// claims table and marked in the text, and the page fits A4 and US Letter when printed.
// Prints "ok"/"FAIL" lines and a closing "N passed, N failed" line.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const env = (name) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`missing ${name}`);
  return value;
};
const PAGES = JSON.parse(env('REPORT_PAGES')); // [{name, html, claims: [...], figures, png, pdf}]

let passed = 0;
let failed = 0;
function check(ok, what, detail) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}${!ok && detail !== undefined ? `: ${detail}` : ''}`);
  return ok;
}

/** Opens `file`, recording console errors, page errors and every request. */
async function open(browser, file, viewport) {
  const page = await browser.newPage({ viewport });
  const seen = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => seen.errors.push(`page error: ${e.message}`));
  const url = pathToFileURL(file).href;
  page.on('request', (r) => {
    if (r.url() !== url) seen.requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(300);
  return { page, seen };
}

/** The widest element's right edge against the page width, in print layout of `width_mm`. */
async function overflowInPrint(page, widthMm) {
  await page.emulateMedia({ media: 'print' });
  // 15 mm margins each side, as @page says; 96 px to the inch.
  const px = Math.floor(((widthMm - 30) / 25.4) * 96);
  await page.setViewportSize({ width: px, height: 1100 });
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.emulateMedia({ media: 'screen' });
  return { px, scroll };
}

async function checkPage(browser, spec) {
  console.log(`--- ${spec.name}`);
  const { page, seen } = await open(browser, spec.html, { width: 1280, height: 1500 });
  check(seen.errors.length === 0, 'no console errors or warnings', JSON.stringify(seen.errors));
  check(seen.requests.length === 0, 'no requests beyond the page itself', JSON.stringify(seen.requests));
  const facts = await page.evaluate(() => ({
    scripts: document.scripts.length,
    images: document.images.length,
    title: document.title,
    figures: [...document.querySelectorAll('table.claims td.fig')].map((td) => td.textContent),
    marks: [...document.querySelectorAll('.text mark.f[id]')].map((m) => m.textContent),
    text: document.querySelector('.text') ? document.querySelector('.text').textContent : '',
    summary: [...document.querySelectorAll('.summary .card')].map((c) => c.textContent),
  }));
  check(facts.scripts === 0 && facts.images === 0, 'the draft\'s <script> and <img> stayed text',
    `${facts.scripts} scripts, ${facts.images} images`);
  check(facts.title.startsWith('Fact-check sheet'), 'the title names the sheet', facts.title);
  check(facts.summary.length === 6, 'six summary cards', JSON.stringify(facts.summary));
  for (const claim of spec.claims) {
    check(facts.figures.includes(claim), `claim "${claim}" is in the claims table`, JSON.stringify(facts.figures));
  }
  check(facts.figures.length === spec.claims.length, `the table has the draft's ${spec.claims.length} claims`,
    facts.figures.length);
  check(facts.marks.length === spec.figures, `all ${spec.figures} figures are marked in the text`, facts.marks.length);
  for (const snippet of spec.text || []) {
    check(facts.text.includes(snippet), `the text shows ${JSON.stringify(snippet)}`);
  }
  await page.screenshot({ path: spec.png, fullPage: Boolean(spec.fullPage) });
  check(fs.statSync(spec.png).size > 10000, `screenshot ${path.basename(spec.png)}`);
  for (const [format, widthMm] of [['A4', 210], ['Letter', 215.9]]) {
    const { px, scroll } = await overflowInPrint(page, widthMm);
    check(scroll <= px + 1, `nothing sticks out of a ${format} page in print`, `${scroll}px wide for ${px}px`);
    const pdf = await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    fs.writeFileSync(spec.pdf.replace(/\.pdf$/, `-${format}.pdf`), pdf);
    check(pages >= 1, `prints on ${format} (${pages} pages)`);
  }
  await page.close();
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.REPORT_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    for (const spec of PAGES) await checkPage(browser, spec);
  } catch (error) {
    check(false, 'the run reached the end', error && error.stack);
  }
  await browser.close().catch(() => {});
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(2);
});
