import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  configurationItem,
  didChangeConfigurationSettings,
  explicitValue,
  parseSeverity,
  serverSettings,
} from '../src/settings';

const reader = (values: Record<string, unknown>) => (key: string) => values[key];

test('nothing set sends nothing, so copydesk.json keeps its say', () => {
  assert.deepEqual(serverSettings(reader({})), {});
});

test('every setting maps to the server name', () => {
  const settings = serverSettings(
    reader({
      severity: { 'unattributed-claim': 'error', 'conflicting-figure': 'off', 'vague-source': 'hint' },
      namedSources: 'warning',
      maxDiagnostics: 50,
      debounceMs: 300,
    }),
  );
  assert.deepEqual(settings, {
    severity: { 'unattributed-claim': 'error', 'conflicting-figure': 'off', 'vague-source': 'hint' },
    namedSources: 'warning',
    maxDiagnostics: 50,
    debounceMs: 300,
  });
});

test('unknown codes and severities are dropped, "info" means information', () => {
  const settings = serverSettings(
    reader({ severity: { 'unattributed-claim': 'info', 'made-up-code': 'error', 'conflicting-figure': 'loud' } }),
  );
  assert.deepEqual(settings, { severity: { 'unattributed-claim': 'information' } });
  assert.equal(parseSeverity(' Warning '), 'warning');
  assert.equal(parseSeverity(3), undefined);
});

test('a severity table with nothing valid is not sent', () => {
  assert.deepEqual(serverSettings(reader({ severity: { bogus: 'off' } })), {});
  assert.deepEqual(serverSettings(reader({ severity: ['error'] })), {});
  assert.deepEqual(serverSettings(reader({ severity: 'error' })), {});
});

test('numbers are whole and never negative; the debounce is capped at ten seconds, as the server caps it', () => {
  assert.deepEqual(serverSettings(reader({ maxDiagnostics: 12.7, debounceMs: 99999 })), {
    maxDiagnostics: 12,
    debounceMs: 10000,
  });
  assert.deepEqual(serverSettings(reader({ maxDiagnostics: -1, debounceMs: Number.NaN })), {});
  assert.deepEqual(serverSettings(reader({ maxDiagnostics: '100' })), {});
  assert.deepEqual(serverSettings(reader({ maxDiagnostics: 0 })), { maxDiagnostics: 0 });
});

test('an unknown named-source policy is dropped', () => {
  assert.deepEqual(serverSettings(reader({ namedSources: 'always' })), {});
  assert.deepEqual(serverSettings(reader({ namedSources: 'hint' })), { namedSources: 'hint' });
});

test('didChangeConfiguration carries the settings under the copydesk section', () => {
  assert.deepEqual(didChangeConfigurationSettings({ maxDiagnostics: 5 }), { copydesk: { maxDiagnostics: 5 } });
});

test('workspace/configuration answers the section, a key below it, or everything', () => {
  const settings = { namedSources: 'hint' as const };
  assert.deepEqual(configurationItem('copydesk', settings), settings);
  assert.equal(configurationItem('copydesk.namedSources', settings), 'hint');
  assert.equal(configurationItem('copydesk.maxDiagnostics', settings), null);
  assert.deepEqual(configurationItem(undefined, settings), { copydesk: settings });
  assert.equal(configurationItem('editor', settings), null);
});

test('the most specific level wins; defaults do not count as set', () => {
  assert.equal(explicitValue({ globalValue: 'a', workspaceValue: 'b', workspaceFolderValue: 'c' }), 'c');
  assert.equal(explicitValue({ globalValue: 'a', workspaceValue: 'b' }), 'b');
  assert.equal(explicitValue({}), undefined);
  assert.equal(explicitValue(undefined), undefined);
  assert.equal(explicitValue({ globalValue: 0 }), 0);
  assert.equal(explicitValue({ globalValue: 'md', globalLanguageValue: 'lang' }), 'lang');
});

test('severity tables merge across levels, the workspace winning per code', () => {
  assert.deepEqual(
    explicitValue({
      globalValue: { 'unattributed-claim': 'hint', 'conflicting-figure': 'error' },
      workspaceValue: { 'unattributed-claim': 'off' },
    }),
    { 'unattributed-claim': 'off', 'conflicting-figure': 'error' },
  );
});

test('an untrusted workspace only counts the user levels', () => {
  assert.equal(explicitValue({ globalValue: '/usr/bin/copydesk', workspaceValue: './evil' }, false), '/usr/bin/copydesk');
  assert.equal(explicitValue({ workspaceValue: './evil', workspaceFolderValue: './evil' }, false), undefined);
});
