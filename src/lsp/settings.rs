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

use std::sync::{Arc, RwLock};
use std::time::Duration;

use serde_json::Value;

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
    /// Increases each time the settings change, so analyses started under older settings are
    /// known to be stale.
    pub generation: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            config: Arc::new(Config::default()),
            debounce: DEFAULT_DEBOUNCE,
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
        let config = Config::from_json(&Value::Object(section).to_string())
            .map_err(|e| format!("copydesk settings: {}", e.message))?;
        Ok(Settings {
            config: Arc::new(config),
            debounce,
            generation: 0,
        })
    }
}

/// The settings in force, shared by every handler and analysis.
#[derive(Default)]
pub struct SettingsStore {
    current: RwLock<Arc<Settings>>,
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
        if current.config == settings.config && current.debounce == settings.debounce {
            return false;
        }
        settings.generation = current.generation + 1;
        *current = Arc::new(settings);
        true
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
