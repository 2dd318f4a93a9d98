/**
 * Finding the copydesk program: the `copydesk.server.path` setting, then a binary bundled in
 * the extension under `server/`, then `copydesk` on PATH. Pure apart from the file checks,
 * which tests replace, so that it runs in plain Node without VS Code.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Where the program was found. */
export type ServerSource = 'setting' | 'bundled' | 'path';

/** A program to run as `command lsp`. */
export interface FoundServer {
  command: string;
  source: ServerSource;
}

/** What the file system answers about a candidate. */
export interface FileProbe {
  /** True when `file` is a regular file this process may execute. */
  isExecutable(file: string): boolean;
  /**
   * True when `file` is a regular file at all; used to make a bundled binary executable when
   * the extension's archive lost its mode bits.
   */
  exists(file: string): boolean;
  /** Makes `file` executable; returns whether that worked. */
  makeExecutable(file: string): boolean;
}

/** Everything discovery looks at. */
export interface DiscoveryInput {
  /** `copydesk.server.path` as the user set it (already ignored in untrusted workspaces). */
  settingPath?: string | null;
  /** The extension's install folder. */
  extensionPath: string;
  platform: NodeJS.Platform;
  arch: string;
  /** The PATH (Path on Windows) variable. */
  envPath?: string;
  /** PATHEXT on Windows. */
  envPathExt?: string;
  /** The first workspace folder, for relative setting paths and `${workspaceFolder}`. */
  workspaceFolder?: string;
  homeDir?: string;
  probe?: FileProbe;
}

/** The outcome: a program, or a message for the writer and the places tried. */
export type Discovery =
  | { ok: true; server: FoundServer; tried: string[] }
  | { ok: false; message: string; tried: string[]; settingProblem: boolean };

/** The real file system. */
export const nodeProbe: FileProbe = {
  isExecutable(file) {
    try {
      if (!fs.statSync(file).isFile()) return false;
      if (process.platform === 'win32') return true;
      fs.accessSync(file, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
  exists(file) {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  makeExecutable(file) {
    try {
      fs.chmodSync(file, 0o755);
      return true;
    } catch {
      return false;
    }
  },
};

/** The program's file name on `platform`. */
export function programName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'copydesk.exe' : 'copydesk';
}

/**
 * The bundled binaries to try, most specific first: `server/<platform>-<arch>/copydesk`
 * (the layout `vsce package --target` builds use) and `server/copydesk`.
 */
export function bundledCandidates(extensionPath: string, platform: NodeJS.Platform, arch: string): string[] {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const name = programName(platform);
  return [join(extensionPath, 'server', `${platform}-${arch}`, name), join(extensionPath, 'server', name)];
}

/** The `copydesk` candidates on PATH, in PATH order. */
export function pathCandidates(envPath: string | undefined, platform: NodeJS.Platform, envPathExt?: string): string[] {
  if (!envPath) return [];
  const win = platform === 'win32';
  const delimiter = win ? ';' : ':';
  const join = win ? path.win32.join : path.posix.join;
  const exts = win
    ? (envPathExt || '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e.length > 0).map((e) => e.toLowerCase())
    : [''];
  const out: string[] = [];
  for (const raw of envPath.split(delimiter)) {
    const dir = raw.trim().replace(/^"(.*)"$/, '$1');
    if (dir.length === 0) continue;
    for (const ext of exts) out.push(join(dir, `copydesk${ext}`));
  }
  return out;
}

/**
 * Expands `~`, `${userHome}` and `${workspaceFolder}` in a configured path and makes a relative
 * one relative to the workspace folder.
 */
export function expandSettingPath(
  setting: string,
  platform: NodeJS.Platform,
  workspaceFolder?: string,
  homeDir: string = os.homedir(),
): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  let value = setting.trim();
  value = value.replace(/\$\{userHome\}/g, homeDir);
  if (workspaceFolder) value = value.replace(/\$\{workspaceFolder\}/g, workspaceFolder);
  if (value === '~') value = homeDir;
  else if (value.startsWith('~/') || value.startsWith('~\\')) value = p.join(homeDir, value.slice(2));
  if (!p.isAbsolute(value) && workspaceFolder) value = p.join(workspaceFolder, value);
  return value;
}

/** What to tell a writer who has no copydesk program yet. */
export const NOT_FOUND_MESSAGE =
  'copydesk: the copydesk program was not found, so drafts are not checked. ' +
  'Install it with `cargo install copydesk` (or build it with `cargo build --release` and put ' +
  'target/release/copydesk on your PATH), or set "copydesk.server.path" to the program, ' +
  'then run "copydesk: Restart server".';

/** Finds the program to run, or says why there is none. */
export function discoverServer(input: DiscoveryInput): Discovery {
  const probe = input.probe ?? nodeProbe;
  const tried: string[] = [];
  const setting = typeof input.settingPath === 'string' ? input.settingPath.trim() : '';
  if (setting.length > 0) {
    const file = expandSettingPath(setting, input.platform, input.workspaceFolder, input.homeDir);
    tried.push(file);
    if (probe.isExecutable(file)) return { ok: true, server: { command: file, source: 'setting' }, tried };
    // A setting the writer chose is not silently replaced by another program.
    return {
      ok: false,
      settingProblem: true,
      tried,
      message:
        `copydesk: "copydesk.server.path" is set to ${JSON.stringify(setting)}, but ${file} ` +
        'is not an executable file. Fix or clear the setting, then run "copydesk: Restart server".',
    };
  }
  for (const file of bundledCandidates(input.extensionPath, input.platform, input.arch)) {
    tried.push(file);
    if (probe.isExecutable(file)) return { ok: true, server: { command: file, source: 'bundled' }, tried };
    if (input.platform !== 'win32' && probe.exists(file) && probe.makeExecutable(file) && probe.isExecutable(file)) {
      return { ok: true, server: { command: file, source: 'bundled' }, tried };
    }
  }
  for (const file of pathCandidates(input.envPath, input.platform, input.envPathExt)) {
    tried.push(file);
    if (probe.isExecutable(file)) return { ok: true, server: { command: file, source: 'path' }, tried };
  }
  return { ok: false, settingProblem: false, tried, message: NOT_FOUND_MESSAGE };
}
