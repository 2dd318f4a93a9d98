/**
 * The fact-check sheet's protocol, without VS Code: the server answers
 * `workspace/executeCommand` `copydesk.report` with the sheet of an open document, and its code
 * lens runs that command with the document's URI. Pure, so plain Node tests it.
 */

/** The server command that returns the sheet; also the code lens's command. */
export const REPORT_COMMAND = 'copydesk.report';

/** The palette command that opens the sheet beside the draft. */
export const OPEN_SHEET_COMMAND = 'copydesk.openFactCheckSheet';

/** What the server returns for `copydesk.report`. */
export interface ReportResult {
  uri: string;
  version: number;
  title: string;
  html: string;
  totals: { figures: number; claims: number; unattributed: number; conflicting: number; sources: number; lens: string };
}

/** The document URI the code lens's arguments name (`[{uri}]` or `[uri]`), if any. */
export function reportTarget(args: readonly unknown[]): string | undefined {
  const first = args[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { uri?: unknown }).uri === 'string') {
    return (first as { uri: string }).uri;
  }
  return undefined;
}

/** The `workspace/executeCommand` parameters that ask for the sheet of `uri`. */
export function reportParams(uri: string): { command: string; arguments: unknown[] } {
  return { command: REPORT_COMMAND, arguments: [{ uri }] };
}

/** True when the server's answer looks like a sheet. */
export function isReportResult(value: unknown): value is ReportResult {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.uri === 'string' && typeof v.html === 'string' && typeof v.title === 'string';
}

/** The tab title: "Fact-check: draft.md". */
export function panelTitle(uri: string): string {
  const path = decodeURIComponent(uri.replace(/[?#].*$/, ''));
  const name = path.split(/[\\/]/).pop() || path;
  return `Fact-check: ${name}`;
}

/** A page shown while the server has not answered, or when it cannot. */
export function messagePage(message: string): string {
  const text = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    '<style>body{font:14px system-ui,sans-serif;padding:24px;color:#444}</style></head>' +
    `<body><p>${text}</p></body></html>`
  );
}
