/**
 * "copydesk: Open fact-check sheet": the server's sheet of the draft in a webview beside it,
 * refreshed as the writer types (after a short pause) and when the diagnostics change. One
 * panel per draft; scripts stay off, the page needs none.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

import { isReportResult, messagePage, panelTitle, reportParams } from './report';

/** How long typing must pause before the sheet is fetched again. */
const REFRESH_DELAY_MS = 300;

export class SheetViews implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document.uri.toString())),
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) this.schedule(uri.toString());
      }),
    ];
  }

  /** Opens (or reveals) the sheet of `uri` beside its editor and fetches it. */
  async show(uri: string): Promise<void> {
    let panel = this.panels.get(uri);
    if (panel) {
      panel.reveal(vscode.ViewColumn.Beside, true);
    } else {
      panel = vscode.window.createWebviewPanel('copydesk.sheet', panelTitle(uri), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableFindWidget: true,
        retainContextWhenHidden: false,
      });
      panel.webview.html = messagePage('Checking the draft…');
      this.panels.set(uri, panel);
      panel.onDidDispose(() => {
        this.panels.delete(uri);
        clearTimeout(this.timers.get(uri));
        this.timers.delete(uri);
      });
    }
    await this.refresh(uri);
  }

  private schedule(uri: string): void {
    if (!this.panels.has(uri)) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => void this.refresh(uri), REFRESH_DELAY_MS));
  }

  private async refresh(uri: string): Promise<void> {
    const panel = this.panels.get(uri);
    const client = this.client();
    if (!panel) return;
    if (!client?.isRunning()) {
      panel.webview.html = messagePage('The copydesk server is not running: see "copydesk: Show server output".');
      return;
    }
    try {
      const result: unknown = await client.sendRequest('workspace/executeCommand', reportParams(uri));
      if (!isReportResult(result)) throw new Error('the server did not answer with a sheet');
      // The panel may have been closed while the server worked.
      if (this.panels.get(uri) === panel) panel.webview.html = result.html;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.log.warn(`Fact-check sheet of ${uri}: ${reason}`);
      if (this.panels.get(uri) === panel) panel.webview.html = messagePage(`No sheet: ${reason}`);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const panel of [...this.panels.values()]) panel.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
