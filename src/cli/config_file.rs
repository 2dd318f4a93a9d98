//! Finding and reading `copydesk.json` for the command line: `--config FILE` wins, otherwise
//! the nearest `copydesk.json` in a draft's directory or above it (cached per directory), and
//! the configuration's `skip` globs, matched relative to the configuration file's directory.
//! What the settings mean is the engine's business ([`crate::analysis::Config`]).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use super::inputs::{describe_io, display_name};
use crate::analysis::Config;

/// The file name searched for upward from each draft.
pub const CONFIG_FILE_NAME: &str = "copydesk.json";

/// A configuration as one run uses it.
#[derive(Debug)]
pub struct ProjectConfig {
    /// The file it was read from; `None` for the defaults.
    pub file: Option<PathBuf>,
    /// The directory `skip` globs are relative to.
    pub root: PathBuf,
    pub config: Config,
    skip: GlobSet,
}

impl ProjectConfig {
    fn defaults(root: PathBuf) -> Self {
        ProjectConfig {
            file: None,
            root,
            config: Config::default(),
            skip: GlobSet::empty(),
        }
    }

    /// Reads and parses a configuration file.
    pub fn load(path: &Path) -> Result<Self, ConfigFileError> {
        let name = display_name(path);
        let text = std::fs::read_to_string(path).map_err(|err| ConfigFileError {
            name: name.clone(),
            line: 0,
            column: 0,
            message: format!("cannot read configuration: {}", describe_io(&err)),
        })?;
        let config = Config::from_json(&text).map_err(|err| ConfigFileError {
            name: name.clone(),
            line: err.line,
            column: err.column,
            message: without_position(&err.message).to_string(),
        })?;
        let skip = skip_globs(&config.skip).map_err(|message| ConfigFileError {
            name,
            line: 0,
            column: 0,
            message,
        })?;
        let root = canonical(path)
            .parent()
            .map_or_else(|| PathBuf::from("/"), Path::to_path_buf);
        Ok(ProjectConfig {
            file: Some(path.to_path_buf()),
            root,
            config,
            skip,
        })
    }

    /// True when the configuration's `skip` globs match `path`.
    pub fn skips(&self, path: &Path) -> bool {
        if self.skip.is_empty() {
            return false;
        }
        let full = canonical(path);
        match full.strip_prefix(&self.root) {
            Ok(relative) => self.skip.is_match(relative),
            Err(_) => self.skip.is_match(path),
        }
    }
}

/// A configuration that cannot be used, shown as `path:line:column: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigFileError {
    pub name: String,
    /// 1-based; 0 when the mistake has no position.
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ConfigFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.name, self.line, self.column, self.message
            )
        } else {
            write!(f, "{}: {}", self.name, self.message)
        }
    }
}

/// serde_json ends its messages with " at line L column C"; the position is shown in front.
fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => &message[..at],
        _ => message,
    }
}

/// Skip globs: `*` stays inside one directory, `**` crosses them, and a glob without a `/`
/// matches a file name at any depth (as in .gitignore).
pub fn skip_globs(globs: &[String]) -> Result<GlobSet, String> {
    let mut set = GlobSetBuilder::new();
    for glob in globs {
        let pattern = glob.trim_start_matches("./");
        let pattern = if pattern.contains('/') {
            pattern.trim_start_matches('/').to_string()
        } else {
            format!("**/{pattern}")
        };
        let compiled = GlobBuilder::new(&pattern)
            .literal_separator(true)
            .build()
            .map_err(|err| format!("bad glob \"{glob}\" in \"skip\": {}", err.kind()))?;
        set.add(compiled);
    }
    set.build()
        .map_err(|err| format!("bad globs in \"skip\": {err}"))
}

/// The absolute path with symbolic links and `..` resolved, or as close as can be.
fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path)
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_path_buf())
}

/// Finds each draft's configuration, reading each `copydesk.json` once.
#[derive(Debug)]
pub struct ConfigFinder {
    explicit: Option<Arc<ProjectConfig>>,
    defaults: Arc<ProjectConfig>,
    /// For each directory visited, the nearest configuration at or above it.
    nearest: HashMap<PathBuf, Option<Arc<ProjectConfig>>>,
}

impl ConfigFinder {
    /// A finder that always answers `explicit` when given, and otherwise searches.
    pub fn new(explicit: Option<&Path>) -> Result<Self, ConfigFileError> {
        let explicit = explicit.map(ProjectConfig::load).transpose()?.map(Arc::new);
        let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
        Ok(ConfigFinder {
            explicit,
            defaults: Arc::new(ProjectConfig::defaults(cwd)),
            nearest: HashMap::new(),
        })
    }

    /// The configuration for a draft at `path` (`None`: standard input with no name, searched
    /// from the working directory).
    pub fn for_draft(
        &mut self,
        path: Option<&Path>,
    ) -> Result<Arc<ProjectConfig>, ConfigFileError> {
        if let Some(explicit) = &self.explicit {
            return Ok(Arc::clone(explicit));
        }
        let start = match path {
            Some(path) => {
                let full = canonical(path);
                match full.parent() {
                    Some(dir) => dir.to_path_buf(),
                    None => full,
                }
            }
            None => canonical(Path::new(".")),
        };
        Ok(self
            .search(&start)?
            .unwrap_or_else(|| Arc::clone(&self.defaults)))
    }

    fn search(&mut self, start: &Path) -> Result<Option<Arc<ProjectConfig>>, ConfigFileError> {
        let mut visited = Vec::new();
        let mut found = None;
        for dir in start.ancestors() {
            if let Some(cached) = self.nearest.get(dir) {
                found = cached.clone();
                break;
            }
            visited.push(dir.to_path_buf());
            let candidate = dir.join(CONFIG_FILE_NAME);
            if candidate.is_file() {
                found = Some(Arc::new(ProjectConfig::load(&candidate)?));
                break;
            }
        }
        for dir in visited {
            self.nearest.insert(dir, found.clone());
        }
        Ok(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_positions_are_dropped_from_the_message() {
        assert_eq!(
            without_position("unknown field `sevrity` at line 2 column 11"),
            "unknown field `sevrity`"
        );
        assert_eq!(without_position("no position here"), "no position here");
    }

    #[test]
    fn errors_with_a_position_read_like_a_compiler() {
        let err = ConfigFileError {
            name: "copydesk.json".into(),
            line: 2,
            column: 3,
            message: "expected value".into(),
        };
        assert_eq!(err.to_string(), "copydesk.json:2:3: expected value");
    }

    #[test]
    fn a_glob_without_a_slash_matches_at_any_depth() {
        let set = skip_globs(&["*.txt".to_string()]).unwrap_or_else(|_| GlobSet::empty());
        assert!(set.is_match("notes.txt"));
        assert!(set.is_match("a/b/notes.txt"));
        assert!(!set.is_match("a/b/notes.md"));
    }

    #[test]
    fn a_glob_with_a_slash_is_anchored_and_star_stays_in_its_directory() {
        let set = skip_globs(&["archive/*.md".to_string()]).unwrap_or_else(|_| GlobSet::empty());
        assert!(set.is_match("archive/old.md"));
        assert!(!set.is_match("archive/2020/old.md"));
        assert!(!set.is_match("news/archive/old.md"));
    }

    #[test]
    fn a_bad_glob_is_reported() {
        let err = skip_globs(&["[oops".to_string()]).err().unwrap_or_default();
        assert!(err.contains("[oops"), "{err}");
    }
}
