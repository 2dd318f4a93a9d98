//! Editor settings under `copydesk`, from `initializationOptions` and
//! `workspace/didChangeConfiguration` (or pulled with `workspace/configuration`):
//!
//! ```json
//! {"copydesk": {"severity": {"unattributed-claim": "hint", "conflicting-figure": "off"},
//!               "maxDiagnostics": 1000, "namedSources": "hint", "debounceMs": 10}}
//! ```
//!
//! Everything but `debounceMs` is the engine's [`Config`], parsed by [`Config::from_json`] so
//! editor settings and `copydesk.json` mean the same. `debounceMs` is the server's own: the
//! shortest time between two analyses of one document; edits inside it are coalesced.
//! A broken setting is reported and the last good settings stay in force.
//!
//! Precedence, key by key: the defaults, then the document's `copydesk.json`, then the
//! editor's settings. An editor key replaces the file's key of the same name, except
//! `severity`, which is merged code by code (the editor's `"vague-source": "off"` leaves the
//! file's other codes alone). Only keys the editor actually sends count, so an editor that
//! sends nothing leaves the file fully in force.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use serde_json::{Map, Value};

use crate::analysis::Config;

/// The default shortest time between two analyses of one document.
pub const DEFAULT_DEBOUNCE: Duration = Duration::from_millis(10);

/// The longest debounce accepted (the VS Code extension's limit too); a setting above it is
/// clamped.
const MAX_DEBOUNCE_MS: u64 = 10_000;

/// The settings in force.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub config: Arc<Config>,
    pub debounce: Duration,
    /// The keys the editor set (everything but `debounceMs`), to lay over a project file.
    pub section: Arc<Map<String, Value>>,
    /// Increases each time the settings change, so analyses started under older settings are
    /// known to be stale.
    pub generation: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            config: Arc::new(Config::default()),
            debounce: DEFAULT_DEBOUNCE,
            section: Arc::default(),
            generation: 0,
        }
    }
}

impl Settings {
    /// Parses `initializationOptions`: either `{"copydesk": {...}}` or the `{...}` itself.
    /// `Ok(None)` when there are none.
    pub fn from_initialization_options(
        options: Option<&Value>,
    ) -> Result<Option<Settings>, String> {
        match options {
            None | Some(Value::Null) => Ok(None),
            Some(value) => Settings::from_section(value.get("copydesk").unwrap_or(value)).map(Some),
        }
    }

    /// Parses the `settings` of `workspace/didChangeConfiguration`; `Ok(None)` when they
    /// hold no `copydesk` section (the client expects the server to pull it).
    pub fn from_configuration_change(settings: &Value) -> Result<Option<Settings>, String> {
        match settings.get("copydesk") {
            None => Ok(None),
            Some(section) => Settings::from_section(section).map(Some),
        }
    }

    /// Parses the `copydesk` section itself (null means the defaults).
    pub fn from_section(section: &Value) -> Result<Settings, String> {
        let mut section = match section {
            Value::Null => serde_json::Map::new(),
            Value::Object(map) => map.clone(),
            other => {
                return Err(format!(
                    "the copydesk settings should be an object, not {other}"
                ));
            }
        };
        let debounce = match section.remove("debounceMs") {
            None | Some(Value::Null) => DEFAULT_DEBOUNCE,
            Some(value) => match value.as_u64() {
                Some(ms) => Duration::from_millis(ms.min(MAX_DEBOUNCE_MS)),
                None => {
                    return Err(format!(
                        "debounceMs should be a whole number of milliseconds, not {value}"
                    ));
                }
            },
        };
        section.remove("$schema");
        let config = Config::from_json(&Value::Object(section.clone()).to_string())
            .map_err(|e| format!("copydesk settings: {}", e.message))?;
        Ok(Settings {
            config: Arc::new(config),
            debounce,
            section: Arc::new(section),
            generation: 0,
        })
    }
}

/// The keys of a project file with the editor's keys laid over them (see the module comment).
pub fn merge(file: &Map<String, Value>, editor: &Map<String, Value>) -> Map<String, Value> {
    let mut merged = file.clone();
    for (key, value) in editor {
        match (key.as_str(), merged.get_mut(key), value) {
            ("severity", Some(Value::Object(codes)), Value::Object(overrides)) => {
                for (code, level) in overrides {
                    codes.insert(code.clone(), level.clone());
                }
            }
            _ => {
                merged.insert(key.clone(), value.clone());
            }
        }
    }
    merged
}

/// The settings in force, shared by every handler and analysis: the editor's, and for each
/// project file the editor's merged over the file's.
#[derive(Default)]
pub struct SettingsStore {
    current: RwLock<Arc<Settings>>,
    /// Merged settings by project file, for the current generation.
    merged: RwLock<HashMap<PathBuf, Arc<Settings>>>,
}

impl SettingsStore {
    /// The settings in force.
    pub fn current(&self) -> Arc<Settings> {
        Arc::clone(
            &self
                .current
                .read()
                .unwrap_or_else(std::sync::PoisonError::into_inner),
        )
    }

    /// Puts `settings` in force; returns false when they equal the ones already in force.
    pub fn replace(&self, mut settings: Settings) -> bool {
        let mut current = self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if current.config == settings.config
            && current.debounce == settings.debounce
            && current.section == settings.section
        {
            return false;
        }
        settings.generation = current.generation + 1;
        *current = Arc::new(settings);
        self.forget_merged();
        true
    }

    /// Starts a new generation with the same editor settings: a project file changed.
    pub fn bump(&self) {
        let mut current = self
            .current
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut next = Settings::clone(&current);
        next.generation += 1;
        *current = Arc::new(next);
        self.forget_merged();
    }

    fn forget_merged(&self) {
        self.merged
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clear();
    }

    /// The settings for a document using project file `file` with last good keys `keys`
    /// (`None`: no project file, the editor's settings alone).
    pub fn with_project(&self, project: Option<(&Path, &Map<String, Value>)>) -> Arc<Settings> {
        let current = self.current();
        let Some((file, keys)) = project else {
            return current;
        };
        if let Some(hit) = self
            .merged
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .get(file)
            .filter(|s| s.generation == current.generation)
        {
            return Arc::clone(hit);
        }
        let merged = merge(keys, &current.section);
        // Both halves were checked on their own; should the merge still fail, the editor's
        // settings alone apply.
        let config = Config::from_json(&Value::Object(merged).to_string())
            .map(Arc::new)
            .unwrap_or_else(|_| Arc::clone(&current.config));
        let settings = Arc::new(Settings {
            config,
            ..Settings::clone(&current)
        });
        self.merged
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .insert(file.to_path_buf(), Arc::clone(&settings));
        settings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Code, Severity};
    use serde_json::json;

    #[test]
    fn options_may_be_wrapped_in_copydesk_or_not() {
        let wrapped = json!({"copydesk": {"maxDiagnostics": 5}});
        let bare = json!({"maxDiagnostics": 5, "debounceMs": 0});
        let a = Settings::from_initialization_options(Some(&wrapped))
            .ok()
            .flatten();
        let b = Settings::from_initialization_options(Some(&bare))
            .ok()
            .flatten();
        assert_eq!(a.map(|s| s.config.max_diagnostics), Some(5));
        assert_eq!(
            b.map(|s| (s.config.max_diagnostics, s.debounce)),
            Some((5, Duration::ZERO))
        );
    }

    #[test]
    fn severities_and_named_sources_reach_the_engine_config() {
        let section = json!({"severity": {"unattributed-claim": "off", "conflicting-figure": "hint"},
                             "namedSources": "warning"});
        let settings = Settings::from_section(&section).unwrap_or_default();
        assert_eq!(settings.config.severity_of(Code::UnattributedClaim), None);
        assert_eq!(
            settings.config.severity_of(Code::ConflictingFigure),
            Some(Severity::Hint)
        );
        assert_eq!(
            settings.config.severity_of(Code::VagueSource),
            Some(Severity::Warning)
        );
    }

    #[test]
    fn a_change_without_a_copydesk_section_asks_for_a_pull() {
        assert_eq!(
            Settings::from_configuration_change(&json!({"other": 1})),
            Ok(None)
        );
        assert_eq!(Settings::from_configuration_change(&Value::Null), Ok(None));
    }

    #[test]
    fn mistakes_are_reported() {
        assert!(Settings::from_section(&json!({"severity": {"no-such-code": "off"}})).is_err());
        assert!(Settings::from_section(&json!({"maxDiagnostic": 3})).is_err());
        assert!(Settings::from_section(&json!({"debounceMs": "fast"})).is_err());
        assert!(Settings::from_section(&json!(7)).is_err());
    }

    #[test]
    fn editor_keys_override_the_file_key_by_key_and_severity_code_by_code() {
        let file = json!({"severity": {"unattributed-claim": "hint", "conflicting-figure": "error"},
                          "maxDiagnostics": 7, "cues": ["tallied"]});
        let editor = json!({"severity": {"conflicting-figure": "off"}, "maxDiagnostics": 2});
        let (Value::Object(file), Value::Object(editor)) = (file, editor) else {
            unreachable!()
        };
        let merged = Value::Object(merge(&file, &editor));
        assert_eq!(
            merged,
            json!({"severity": {"unattributed-claim": "hint", "conflicting-figure": "off"},
                   "maxDiagnostics": 2, "cues": ["tallied"]})
        );
    }

    #[test]
    fn a_project_file_applies_under_the_editor_settings() {
        let store = SettingsStore::default();
        let editor = Settings::from_section(&json!({"namedSources": "hint"})).unwrap_or_default();
        store.replace(editor);
        let Value::Object(keys) = json!({"namedSources": "warning", "maxDiagnostics": 5}) else {
            unreachable!()
        };
        let settings = store.with_project(Some((Path::new("/p/copydesk.json"), &keys)));
        assert_eq!(settings.config.max_diagnostics, 5);
        assert_eq!(
            settings.config.severity_of(Code::VagueSource),
            Some(Severity::Hint)
        );
        assert_eq!(settings.generation, store.current().generation);
        store.bump();
        let again = store.with_project(Some((Path::new("/p/copydesk.json"), &keys)));
        assert_eq!(again.generation, store.current().generation);
    }

    #[test]
    fn equal_settings_do_not_bump_the_generation() {
        let store = SettingsStore::default();
        assert!(!store.replace(Settings::default()));
        assert!(store.replace(Settings {
            debounce: Duration::ZERO,
            ..Settings::default()
        }));
        assert_eq!(store.current().generation, 1);
    }
}
