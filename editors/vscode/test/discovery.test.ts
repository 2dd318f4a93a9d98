import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  bundledCandidates,
  discoverServer,
  type DiscoveryInput,
  expandSettingPath,
  type FileProbe,
  NOT_FOUND_MESSAGE,
  nodeProbe,
  pathCandidates,
} from '../src/discovery';

/** A file system of executable files, plus files present without the executable bit. */
function fakeProbe(executables: string[], plainFiles: string[] = [], chmodWorks = true): FileProbe & { chmodded: string[] } {
  const exec = new Set(executables);
  const plain = new Set(plainFiles);
  const chmodded: string[] = [];
  return {
    chmodded,
    isExecutable: (file) => exec.has(file),
    exists: (file) => exec.has(file) || plain.has(file),
    makeExecutable: (file) => {
      chmodded.push(file);
      if (!chmodWorks || !plain.has(file)) return false;
      exec.add(file);
      return true;
    },
  };
}

function input(over: Partial<DiscoveryInput>): DiscoveryInput {
  return {
    extensionPath: '/ext',
    platform: 'linux',
    arch: 'x64',
    envPath: '/usr/local/bin:/usr/bin',
    homeDir: '/home/writer',
    workspaceFolder: '/work/desk',
    probe: fakeProbe([]),
    ...over,
  };
}

test('the setting wins over a bundled binary and PATH', () => {
  const probe = fakeProbe(['/opt/copydesk', '/ext/server/linux-x64/copydesk', '/usr/bin/copydesk']);
  const found = discoverServer(input({ settingPath: '/opt/copydesk', probe }));
  assert.deepEqual(found.ok && found.server, { command: '/opt/copydesk', source: 'setting' });
});

test('a setting pointing nowhere is reported, not replaced by another program', () => {
  const probe = fakeProbe(['/ext/server/linux-x64/copydesk', '/usr/bin/copydesk']);
  const found = discoverServer(input({ settingPath: '/opt/missing', probe }));
  assert.equal(found.ok, false);
  assert.ok(!found.ok && found.settingProblem);
  assert.match(!found.ok ? found.message : '', /copydesk\.server\.path.*\/opt\/missing/);
});

test('a blank setting counts as unset', () => {
  const probe = fakeProbe(['/usr/bin/copydesk']);
  const found = discoverServer(input({ settingPath: '   ', probe }));
  assert.deepEqual(found.ok && found.server, { command: '/usr/bin/copydesk', source: 'path' });
});

test('the platform-specific bundled binary comes before the generic one and PATH', () => {
  const probe = fakeProbe(['/ext/server/linux-x64/copydesk', '/ext/server/copydesk', '/usr/bin/copydesk']);
  const found = discoverServer(input({ probe }));
  assert.deepEqual(found.ok && found.server, { command: '/ext/server/linux-x64/copydesk', source: 'bundled' });
});

test('a bundled binary that lost its executable bit is made executable', () => {
  const probe = fakeProbe([], ['/ext/server/linux-x64/copydesk']);
  const found = discoverServer(input({ probe }));
  assert.deepEqual(found.ok && found.server, { command: '/ext/server/linux-x64/copydesk', source: 'bundled' });
  assert.deepEqual(probe.chmodded, ['/ext/server/linux-x64/copydesk']);
});

test('a bundled binary that cannot be made executable falls through to PATH', () => {
  const probe = fakeProbe(['/usr/bin/copydesk'], ['/ext/server/linux-x64/copydesk'], false);
  const found = discoverServer(input({ probe }));
  assert.deepEqual(found.ok && found.server, { command: '/usr/bin/copydesk', source: 'path' });
});

test('PATH is searched in order', () => {
  const probe = fakeProbe(['/usr/bin/copydesk', '/usr/local/bin/copydesk']);
  const found = discoverServer(input({ probe }));
  assert.deepEqual(found.ok && found.server, { command: '/usr/local/bin/copydesk', source: 'path' });
});

test('nothing found says what to install and lists every place tried', () => {
  const found = discoverServer(input({}));
  assert.equal(found.ok, false);
  assert.equal(!found.ok && found.message, NOT_FOUND_MESSAGE);
  assert.match(NOT_FOUND_MESSAGE, /cargo install copydesk/);
  assert.match(NOT_FOUND_MESSAGE, /copydesk\.server\.path/);
  assert.deepEqual(found.tried, [
    '/ext/server/linux-x64/copydesk',
    '/ext/server/copydesk',
    '/usr/local/bin/copydesk',
    '/usr/bin/copydesk',
  ]);
});

test('no PATH at all is not an error', () => {
  const found = discoverServer(input({ envPath: undefined }));
  assert.equal(found.ok, false);
  assert.deepEqual(pathCandidates(undefined, 'linux'), []);
  assert.deepEqual(pathCandidates('', 'linux'), []);
});

test('windows uses PATHEXT, semicolons, quoted folders and .exe for the bundled binary', () => {
  assert.deepEqual(pathCandidates('C:\\bin;"C:\\Program Files\\copydesk";;', 'win32', '.EXE;.CMD'), [
    'C:\\bin\\copydesk.exe',
    'C:\\bin\\copydesk.cmd',
    'C:\\Program Files\\copydesk\\copydesk.exe',
    'C:\\Program Files\\copydesk\\copydesk.cmd',
  ]);
  assert.deepEqual(bundledCandidates('C:\\ext', 'win32', 'arm64'), [
    'C:\\ext\\server\\win32-arm64\\copydesk.exe',
    'C:\\ext\\server\\copydesk.exe',
  ]);
});

test('setting paths expand home, workspace folder and relative paths', () => {
  assert.equal(expandSettingPath('~/bin/copydesk', 'linux', '/w', '/home/a'), '/home/a/bin/copydesk');
  assert.equal(expandSettingPath('${userHome}/copydesk', 'linux', '/w', '/home/a'), '/home/a/copydesk');
  assert.equal(expandSettingPath('${workspaceFolder}/bin/copydesk', 'linux', '/w', '/home/a'), '/w/bin/copydesk');
  assert.equal(expandSettingPath('target/release/copydesk', 'linux', '/w', '/home/a'), '/w/target/release/copydesk');
  assert.equal(expandSettingPath('/abs/copydesk', 'linux', '/w', '/home/a'), '/abs/copydesk');
  assert.equal(expandSettingPath('target/release/copydesk', 'linux', undefined, '/home/a'), 'target/release/copydesk');
});

test('paths with spaces, emoji and CJK survive untouched', () => {
  const odd = '/Users/ré dacteur/📰/新闻/copydesk';
  const found = discoverServer(input({ settingPath: odd, probe: fakeProbe([odd]) }));
  assert.deepEqual(found.ok && found.server, { command: odd, source: 'setting' });
});

test('the real file system probe finds node itself and rejects a folder', () => {
  assert.equal(nodeProbe.isExecutable(process.execPath), true);
  assert.equal(nodeProbe.isExecutable(process.cwd()), false);
  assert.equal(nodeProbe.exists('/definitely/not/here/copydesk'), false);
});
