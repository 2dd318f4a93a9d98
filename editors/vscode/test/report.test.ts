import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { isReportResult, messagePage, OPEN_SHEET_COMMAND, panelTitle, REPORT_COMMAND, reportParams, reportTarget } from '../src/report';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

test('the code lens names its draft as {uri} or a bare URI', () => {
  assert.equal(reportTarget([{ uri: 'file:///d/draft.md' }]), 'file:///d/draft.md');
  assert.equal(reportTarget(['file:///d/draft.md']), 'file:///d/draft.md');
  assert.equal(reportTarget([]), undefined);
  assert.equal(reportTarget([42]), undefined);
});

test('the sheet is asked for with the server command and the document', () => {
  assert.deepEqual(reportParams('file:///d/a.md'), { command: 'copydesk.report', arguments: [{ uri: 'file:///d/a.md' }] });
  assert.equal(REPORT_COMMAND, 'copydesk.report');
});

test('only an answer with a page counts as a sheet', () => {
  assert.ok(isReportResult({ uri: 'u', version: 1, title: 't', html: '<!DOCTYPE html>', totals: {} }));
  assert.ok(!isReportResult(null));
  assert.ok(!isReportResult({ uri: 'u', title: 't' }));
});

test('the tab is named after the draft, and messages are escaped', () => {
  assert.equal(panelTitle('file:///home/desk/storm%20draft.md'), 'Fact-check: storm draft.md');
  assert.ok(messagePage('<script>x</script>').includes('&#60;script&#62;'));
  assert.ok(!messagePage('<script>x</script>').includes('<script>'));
});

test('"Open fact-check sheet" is contributed for drafts', () => {
  const command = manifest.contributes.commands.find((c: { command: string }) => c.command === OPEN_SHEET_COMMAND);
  assert.equal(command?.title, 'Open fact-check sheet');
  assert.equal(command?.category, 'copydesk');
  const palette = manifest.contributes.menus.commandPalette.find((m: { command: string }) => m.command === OPEN_SHEET_COMMAND);
  assert.match(palette.when, /markdown/);
});
