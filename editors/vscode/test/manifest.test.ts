import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { FINDING_CODES, NAMED_SOURCE_POLICIES, SEVERITIES } from '../src/settings';

// Compiled to out/test/: the extension folder is two levels up.
const extensionDir = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
const schema = JSON.parse(readFileSync(join(extensionDir, '..', 'schema', 'copydesk.schema.json'), 'utf8'));
const settings: Record<string, any> = manifest.contributes.configuration.properties;

test('the extension activates on Markdown and plain text and targets VS Code 1.91', () => {
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext']);
  assert.equal(manifest.engines.vscode, '^1.91.0');
  assert.equal(manifest.main, './dist/extension.js');
});

test('the severity setting lists exactly the codes and severities the settings mapping knows', () => {
  const severity = settings['copydesk.severity'];
  assert.deepEqual(Object.keys(severity.properties), [...FINDING_CODES]);
  for (const code of FINDING_CODES) assert.deepEqual(severity.properties[code].enum, [...SEVERITIES]);
  assert.deepEqual(settings['copydesk.namedSources'].enum, [...NAMED_SOURCE_POLICIES]);
});

test('every setting has a description, and the trace setting follows the client id', () => {
  for (const [key, value] of Object.entries(settings)) {
    assert.ok(value.markdownDescription || value.description, `${key} has no description`);
    assert.ok(key.startsWith('copydesk.'), key);
  }
  assert.deepEqual(settings['copydesk.trace.server'].enum, ['off', 'messages', 'verbose']);
});

test('untrusted workspaces may not choose the program', () => {
  const untrusted = manifest.capabilities.untrustedWorkspaces;
  assert.equal(untrusted.supported, 'limited');
  assert.deepEqual(untrusted.restrictedConfigurations.sort(), ['copydesk.server.extraArgs', 'copydesk.server.path']);
});

test('the restart command is contributed and copydesk.json is validated by the shipped schema', () => {
  const commands = manifest.contributes.commands.map((c: { command: string }) => c.command);
  assert.ok(commands.includes('copydesk.restartServer'));
  assert.deepEqual(manifest.contributes.jsonValidation, [
    { fileMatch: 'copydesk.json', url: './schema/copydesk.schema.json' },
  ]);
});

test('the schema is 2020-12, closed, and knows the same codes and severities', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(Object.keys(schema.properties).sort(), [
    '$schema', 'classes', 'cues', 'ignore', 'ledger', 'ledgerMaxBytes', 'maxDiagnostics', 'namedSources',
    'policy', 'preset', 'severity', 'skip', 'sources',
  ]);
  assert.deepEqual(Object.keys(schema.properties.severity.properties), [...FINDING_CODES]);
  assert.deepEqual(schema.$defs.severity.enum, [...SEVERITIES]);
  assert.deepEqual(schema.properties.namedSources.enum, [...NAMED_SOURCE_POLICIES]);
});

test('every key in the schema has a description and every object is closed', () => {
  const walk = (node: any, at: string) => {
    if (node === null || typeof node !== 'object') return;
    if (node.properties) {
      assert.equal(node.additionalProperties, false, `${at} is not closed`);
      for (const [key, child] of Object.entries<any>(node.properties)) {
        assert.ok(child.description, `${at}.${key} has no description`);
        walk(child, `${at}.${key}`);
      }
    }
    if (node.items) walk(node.items, `${at}[]`);
  };
  walk(schema, '$');
});
