/**
 * The VS Code side of copydesk: finds the `copydesk` program, runs `copydesk lsp` over stdio
 * through vscode-languageclient, and passes the writer's `copydesk.*` settings to it.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  DidChangeConfigurationNotification,
  ErrorAction,
  type ErrorHandlerResult,
  type Executable,
  LanguageClient,
  type LanguageClientOptions,
  RevealOutputChannelOn,
} from 'vscode-languageclient/node';

import { type Discovery, discoverServer } from './discovery';
import { SheetViews } from './sheetView';
import { OPEN_SHEET_COMMAND, REPORT_COMMAND, reportTarget } from './report';
import { configurationItem, didChangeConfigurationSettings, explicitValue, type ServerSettings, serverSettings } from './settings';

const CLIENT_ID = 'copydesk';
/** Restarts allowed after crashes within RESTART_WINDOW_MS before giving up. */
const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let starting: Promise<void> | undefined;
let sheets: SheetViews | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('copydesk', { log: true });
  sheets = new SheetViews(() => client, output);
  context.subscriptions.push(
    output,
    sheets,
    vscode.commands.registerCommand(OPEN_SHEET_COMMAND, (uri?: vscode.Uri) => {
      const target = uri ?? vscode.window.activeTextEditor?.document.uri;
      if (!target) {
        void vscode.window.showInformationMessage('copydesk: open a draft first, then its fact-check sheet.');
        return;
      }
      return sheets?.show(target.toString());
    }),
    vscode.commands.registerCommand('copydesk.restartServer', () => restart(context, true)),
    vscode.commands.registerCommand('copydesk.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('copydesk.server')) {
        void restart(context, false);
      } else if (event.affectsConfiguration('copydesk')) {
        void sendSettings();
      }
    }),
    // Trust changes which settings may choose the program.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restart(context, false)),
  );
  await start(context, false);
}

export async function deactivate(): Promise<void> {
  await stop();
}

/** The writer's settings as the server reads them. */
function currentSettings(): ServerSettings {
  const config = vscode.workspace.getConfiguration('copydesk');
  return serverSettings((key) => explicitValue(config.inspect(key)));
}

function findServer(context: vscode.ExtensionContext): Discovery {
  const config = vscode.workspace.getConfiguration('copydesk');
  // In an untrusted workspace a folder's own settings may not pick the program to run.
  const settingPath = explicitValue(config.inspect<string | null>('server.path'), vscode.workspace.isTrusted);
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file');
  return discoverServer({
    settingPath: typeof settingPath === 'string' ? settingPath : undefined,
    extensionPath: context.extensionPath,
    platform: process.platform,
    arch: process.arch,
    envPath: process.env.PATH ?? process.env.Path,
    envPathExt: process.env.PATHEXT,
    workspaceFolder: folder?.uri.fsPath,
  });
}

function extraArgs(): string[] {
  const config = vscode.workspace.getConfiguration('copydesk');
  const value = explicitValue(config.inspect<string[]>('server.extraArgs'), vscode.workspace.isTrusted);
  return Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : [];
}

async function start(context: vscode.ExtensionContext, userAsked: boolean): Promise<void> {
  if (starting) return starting;
  starting = startOnce(context, userAsked).finally(() => {
    starting = undefined;
  });
  return starting;
}

async function startOnce(context: vscode.ExtensionContext, userAsked: boolean): Promise<void> {
  const found = findServer(context);
  if (!found.ok) {
    output.error(found.message);
    output.info(`Looked for: ${found.tried.join(', ') || '(nothing to look at)'}`);
    // One notification, no retry: the writer installs the program or fixes the setting, and a
    // change to copydesk.server.* or the restart command starts the server again.
    void vscode.window.showErrorMessage(found.message, 'Open Settings', 'Show Output').then((choice) => {
      if (choice === 'Open Settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'copydesk.server.path');
      } else if (choice === 'Show Output') {
        output.show(true);
      }
    });
    return;
  }
  const executable: Executable = {
    command: found.server.command,
    args: ['lsp', ...extraArgs()],
    options: { env: { ...process.env, RUST_BACKTRACE: process.env.RUST_BACKTRACE ?? '1' } },
  };
  output.info(`Starting ${found.server.command} lsp (found via ${found.server.source})`);

  let initialized = false;
  const crashes: number[] = [];
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    initializationOptions: currentSettings(),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher('**/copydesk.json'),
    },
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      // The code lens runs the server's copydesk.report: show its sheet in a webview (the
      // command's bare answer would go nowhere).
      executeCommand: async (command, args, next) => {
        const uri = command === REPORT_COMMAND ? reportTarget(args) : undefined;
        if (uri && sheets) return sheets.show(uri);
        return next(command, args);
      },
      workspace: {
        // Answer pulls with the same mapping as pushes, so unset values stay unset.
        configuration: (params) => {
          const settings = currentSettings();
          return params.items.map((item) => configurationItem(item.section, settings));
        },
      },
    },
    errorHandler: {
      error: (error, _message, count): ErrorHandlerResult => {
        output.error(`Connection error: ${error.message}`);
        if ((count ?? 0) <= 3) return { action: ErrorAction.Continue, handled: true };
        return {
          action: ErrorAction.Shutdown,
          message: 'copydesk: the connection to the server keeps failing; it was stopped. See "copydesk: Show server output".',
        };
      },
      closed: (): CloseHandlerResult => {
        // A server that never finished starting is reported once, by startOnce.
        if (!initialized) return { action: CloseAction.DoNotRestart, handled: true };
        const now = Date.now();
        crashes.push(now);
        while (crashes.length > 0 && now - crashes[0] > RESTART_WINDOW_MS) crashes.shift();
        if (crashes.length > MAX_RESTARTS) {
          return {
            action: CloseAction.DoNotRestart,
            message:
              `copydesk: the server stopped ${crashes.length} times in three minutes and will not be ` +
              'restarted. See "copydesk: Show server output", then run "copydesk: Restart server".',
          };
        }
        output.warn('The server stopped; restarting it.');
        return { action: CloseAction.Restart, handled: true };
      },
    },
    // A failed start is reported once by the close handler; never retried in a loop.
    initializationFailedHandler: (error) => {
      output.error(`Initialisation failed: ${String(error)}`);
      return false;
    },
  };

  const next = new CopydeskClient(CLIENT_ID, 'copydesk', { run: executable, debug: executable }, clientOptions);
  client = next;
  try {
    await next.start();
    initialized = true;
    output.info(`Server running: ${JSON.stringify(next.initializeResult?.serverInfo ?? {})}`);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    output.error(`Could not start ${found.server.command} lsp: ${reason}`);
    if (client === next) client = undefined;
    try {
      await next.dispose();
    } catch {
      // Already stopped.
    }
    // One notification, no restart: the writer fixes the program and restarts.
    const message =
      `copydesk: ${found.server.command} lsp stopped while starting (${reason}). ` +
      'See "copydesk: Show server output"; after fixing it, run "copydesk: Restart server".';
    void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
      if (choice === 'Show Output') output.show(true);
    });
    if (userAsked) output.show(true);
  }
}

/**
 * The language client, less its own "couldn't create connection" notification: startOnce
 * reports a failed start once, in words a writer can act on.
 */
class CopydeskClient extends LanguageClient {
  public override error(message: string, data?: unknown, showNotification: boolean | 'force' = true): void {
    const quiet = message.includes("couldn't create connection to server");
    super.error(message, data, quiet ? false : showNotification);
  }
}

async function stop(): Promise<void> {
  const current = client;
  client = undefined;
  if (!current) return;
  try {
    await current.dispose(2000);
  } catch (error) {
    output?.warn(`Stopping the server: ${String(error)}`);
  }
}

async function restart(context: vscode.ExtensionContext, userAsked: boolean): Promise<void> {
  if (starting) await starting;
  await stop();
  await start(context, userAsked);
}

async function sendSettings(): Promise<void> {
  if (!client?.isRunning()) return;
  try {
    await client.sendNotification(DidChangeConfigurationNotification.type, {
      settings: didChangeConfigurationSettings(currentSettings()),
    });
  } catch (error) {
    output.warn(`Sending settings: ${String(error)}`);
  }
}
