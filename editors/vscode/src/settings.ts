/**
 * The editor's `copydesk.*` settings as the server reads them: the same names as
 * copydesk.json (`severity`, `namedSources`, `maxDiagnostics`) plus `debounceMs`. Only values
 * the writer actually set are sent, so a default here never overrides the project's
 * copydesk.json; the server layers defaults < copydesk.json < editor settings.
 */

/** The finding codes the server knows, in the order the settings UI lists them. */
export const FINDING_CODES = ['unattributed-claim', 'conflicting-figure', 'vague-source'] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export const SEVERITIES = ['off', 'error', 'warning', 'information', 'hint'] as const;
export type SeveritySetting = (typeof SEVERITIES)[number];

export const NAMED_SOURCE_POLICIES = ['off', 'hint', 'warning'] as const;
export type NamedSourcePolicy = (typeof NAMED_SOURCE_POLICIES)[number];

/** What goes to the server under the `copydesk` section. Absent keys mean "not set". */
export interface ServerSettings {
  severity?: Partial<Record<FindingCode, SeveritySetting>>;
  namedSources?: NamedSourcePolicy;
  maxDiagnostics?: number;
  debounceMs?: number;
}

/**
 * Reads one setting (the key below `copydesk.`), returning undefined when the writer did not
 * set it at any level. In VS Code this is `inspect()` over user, workspace and folder values.
 */
export type SettingReader = (key: string) => unknown;

/** A severity as written, or undefined when it is not one ("info" is taken for "information"). */
export function parseSeverity(value: unknown): SeveritySetting | undefined {
  if (typeof value !== 'string') return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'info') return 'information';
  return (SEVERITIES as readonly string[]).includes(v) ? (v as SeveritySetting) : undefined;
}

function nonNegativeInteger(value: unknown, max: number): number | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  return Math.min(Math.floor(value), max);
}

/** Maps the editor's settings to the server's; invalid values are dropped, not guessed at. */
export function serverSettings(read: SettingReader): ServerSettings {
  const out: ServerSettings = {};
  const severity = read('severity');
  if (severity && typeof severity === 'object' && !Array.isArray(severity)) {
    const mapped: Partial<Record<FindingCode, SeveritySetting>> = {};
    for (const code of FINDING_CODES) {
      const level = parseSeverity((severity as Record<string, unknown>)[code]);
      if (level !== undefined) mapped[code] = level;
    }
    if (Object.keys(mapped).length > 0) out.severity = mapped;
  }
  const named = read('namedSources');
  if (typeof named === 'string' && (NAMED_SOURCE_POLICIES as readonly string[]).includes(named)) {
    out.namedSources = named as NamedSourcePolicy;
  }
  const max = nonNegativeInteger(read('maxDiagnostics'), Number.MAX_SAFE_INTEGER);
  if (max !== undefined) out.maxDiagnostics = max;
  const debounce = nonNegativeInteger(read('debounceMs'), 10_000);
  if (debounce !== undefined) out.debounceMs = debounce;
  return out;
}

/** The value of `workspace/didChangeConfiguration`'s `settings`: everything under `copydesk`. */
export function didChangeConfigurationSettings(settings: ServerSettings): { copydesk: ServerSettings } {
  return { copydesk: settings };
}

/** What a `workspace/configuration` item asks for, answered from the mapped settings. */
export function configurationItem(section: string | undefined, settings: ServerSettings): unknown {
  if (section === undefined || section === '') return { copydesk: settings };
  if (section === 'copydesk') return settings;
  if (section.startsWith('copydesk.')) {
    const key = section.slice('copydesk.'.length) as keyof ServerSettings;
    return settings[key] ?? null;
  }
  return null;
}

/**
 * Which of VS Code's layered values counts as "set by the writer": the most specific one (in an
 * untrusted workspace only the user's own levels).
 * `inspected` is the result of `WorkspaceConfiguration.inspect(key)`.
 */
export function explicitValue(
  inspected:
    | {
        globalValue?: unknown;
        workspaceValue?: unknown;
        workspaceFolderValue?: unknown;
        globalLanguageValue?: unknown;
        workspaceLanguageValue?: unknown;
        workspaceFolderLanguageValue?: unknown;
      }
    | undefined,
  trusted = true,
): unknown {
  if (!inspected) return undefined;
  const layers = trusted
    ? [
        inspected.workspaceFolderLanguageValue,
        inspected.workspaceLanguageValue,
        inspected.globalLanguageValue,
        inspected.workspaceFolderValue,
        inspected.workspaceValue,
        inspected.globalValue,
      ]
    : [inspected.globalLanguageValue, inspected.globalValue];
  const defined = layers.filter((v) => v !== undefined);
  if (defined.length === 0) return undefined;
  if (!isPlainObject(defined[0])) return defined[0];
  // Objects (the severity table) merge key by key, the most specific level winning, as
  // VS Code's own get() does.
  const merged: Record<string, unknown> = {};
  for (const layer of defined.reverse()) {
    if (isPlainObject(layer)) Object.assign(merged, layer);
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
