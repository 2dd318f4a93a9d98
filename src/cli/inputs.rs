//! Which drafts a run checks and their text: paths as given, directories walked (respecting
//! `.gitignore`), `-` for standard input, and bytes decoded to text. Nothing here analyses.

use std::collections::HashSet;
use std::io::{self, Read};
use std::path::{Component, Path, PathBuf};

use crate::analysis::Format;

/// Extensions a directory walk takes; a file named on the command line is checked whatever
/// its extension.
const DRAFT_EXTENSIONS: [&str; 3] = ["md", "markdown", "txt"];

/// Where a draft comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A file, by the path as given or walked.
    File(PathBuf),
    /// Standard input.
    Stdin,
}

/// A draft to check, before it is read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftPath {
    pub origin: Origin,
    /// The name shown in the output: the path as given or walked, or the stdin name.
    pub name: String,
    /// The path the format and configuration are derived from (for stdin, the
    /// `--stdin-filename` if any).
    pub path_for_lookup: Option<PathBuf>,
    /// Named on the command line rather than found by a walk.
    pub explicit: bool,
    pub format: Format,
}

/// A draft's text, decoded.
#[derive(Clone, Debug)]
pub struct Draft {
    pub path: DraftPath,
    pub text: String,
    /// Set when the bytes were not valid UTF-8 and were decoded lossily.
    pub lossy_at: Option<usize>,
}

/// A problem with one input, shown as `PATH: problem`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    pub name: String,
    pub problem: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.name, self.problem)
    }
}

/// The drafts named by `paths`, in the order given, each directory's files sorted by path;
/// a draft reached twice is checked once. All problems are returned together.
pub fn collect(
    paths: &[PathBuf],
    stdin_filename: Option<&Path>,
) -> Result<Vec<DraftPath>, Vec<InputError>> {
    let mut drafts = Vec::new();
    let mut errors = Vec::new();
    let mut seen = HashSet::new();
    let mut push = |draft: DraftPath, drafts: &mut Vec<DraftPath>| {
        let key = match draft.origin {
            Origin::Stdin => None,
            Origin::File(_) => Some(draft.name.clone()),
        };
        if seen.insert(key) {
            drafts.push(draft);
        }
    };
    for path in paths {
        if path.as_os_str() == "-" {
            push(stdin_draft(stdin_filename), &mut drafts);
            continue;
        }
        let name = display_name(path);
        match std::fs::metadata(path) {
            Err(err) => errors.push(InputError {
                name,
                problem: describe_io(&err),
            }),
            Ok(meta) if meta.is_dir() => match walk(path) {
                Ok(found) if found.is_empty() => errors.push(InputError {
                    name: name.clone(),
                    problem: format!(
                        "no drafts found under {name} (looked for .md, .markdown and .txt files \
                         not ignored by .gitignore)"
                    ),
                }),
                Ok(found) => {
                    for file in found {
                        push(file_draft(file, false), &mut drafts);
                    }
                }
                Err(err) => errors.push(err),
            },
            Ok(_) => push(file_draft(path.clone(), true), &mut drafts),
        }
    }
    if errors.is_empty() {
        Ok(drafts)
    } else {
        Err(errors)
    }
}

fn stdin_draft(stdin_filename: Option<&Path>) -> DraftPath {
    DraftPath {
        origin: Origin::Stdin,
        name: stdin_filename.map_or_else(|| "<stdin>".to_string(), display_name),
        path_for_lookup: stdin_filename.map(Path::to_path_buf),
        explicit: true,
        format: stdin_filename.map_or(Format::Markdown, Format::from_path),
    }
}

fn file_draft(path: PathBuf, explicit: bool) -> DraftPath {
    DraftPath {
        name: display_name(&path),
        format: Format::from_path(&path),
        path_for_lookup: Some(path.clone()),
        origin: Origin::File(path),
        explicit,
    }
}

/// The files under `dir` with a draft extension, not ignored, sorted by path.
fn walk(dir: &Path) -> Result<Vec<PathBuf>, InputError> {
    let walker = ignore::WalkBuilder::new(dir)
        // Drafts folders are often not git repositories; their .gitignore still says what
        // the desk wants left alone.
        .require_git(false)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    let mut files = Vec::new();
    for entry in walker {
        let entry = entry.map_err(|err| InputError {
            name: display_name(dir),
            problem: walk_problem(&err),
        })?;
        let is_file = entry.file_type().is_some_and(|t| t.is_file());
        if is_file && has_draft_extension(entry.path()) {
            files.push(entry.into_path());
        }
    }
    files.sort();
    Ok(files)
}

fn walk_problem(err: &ignore::Error) -> String {
    match err.io_error() {
        Some(io) => match err {
            ignore::Error::WithPath { path, .. } => {
                format!("cannot read {}: {}", display_name(path), describe_io(io))
            }
            _ => describe_io(io),
        },
        None => err.to_string(),
    }
}

fn has_draft_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|ext| DRAFT_EXTENSIONS.iter().any(|d| ext.eq_ignore_ascii_case(d)))
}

/// The path as the user would write it: without a leading `./`.
pub fn display_name(path: &Path) -> String {
    let mut components = path.components().peekable();
    while components.peek() == Some(&Component::CurDir) && components.clone().count() > 1 {
        components.next();
    }
    let trimmed: PathBuf = components.collect();
    trimmed.to_string_lossy().into_owned()
}

/// An I/O error in plain words, without the OS error number.
pub fn describe_io(err: &io::Error) -> String {
    match err.kind() {
        io::ErrorKind::NotFound => "no such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::IsADirectory => "is a directory".to_string(),
        _ => {
            let text = err.to_string();
            match text.find(" (os error") {
                Some(at) => text[..at].to_string(),
                None => text,
            }
        }
    }
}

/// Reads and decodes one draft; `stdin` is standard input, read beforehand. Invalid UTF-8
/// is decoded lossily (the caller warns); a leading byte-order mark is dropped.
pub fn read(path: &DraftPath, stdin: &[u8]) -> Result<Draft, InputError> {
    let bytes = match &path.origin {
        Origin::File(file) => std::fs::read(file).map_err(|err| InputError {
            name: path.name.clone(),
            problem: format!("cannot read: {}", describe_io(&err)),
        })?,
        Origin::Stdin => stdin.to_vec(),
    };
    let (text, lossy_at) = decode(bytes);
    Ok(Draft {
        path: path.clone(),
        text,
        lossy_at,
    })
}

/// Reads all of standard input.
pub fn read_stdin() -> Result<Vec<u8>, InputError> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .map_err(|err| InputError {
            name: "<stdin>".to_string(),
            problem: format!("cannot read standard input: {}", describe_io(&err)),
        })?;
    Ok(bytes)
}

/// UTF-8 text from bytes, lossily when needed (returning the offset of the first bad byte).
pub fn decode(bytes: Vec<u8>) -> (String, Option<usize>) {
    let (text, lossy_at) = match String::from_utf8(bytes) {
        Ok(text) => (text, None),
        Err(err) => {
            let at = err.utf8_error().valid_up_to();
            (
                String::from_utf8_lossy(err.as_bytes()).into_owned(),
                Some(at),
            )
        }
    };
    match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest.to_string(), lossy_at.map(|at| at.saturating_sub(3))),
        None => (text, lossy_at),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_name_drops_a_leading_dot_slash() {
        assert_eq!(display_name(Path::new("./drafts/a.md")), "drafts/a.md");
        assert_eq!(display_name(Path::new(".")), ".");
        assert_eq!(display_name(Path::new("a.md")), "a.md");
    }

    #[test]
    fn decode_keeps_valid_text_and_drops_the_bom() {
        let (text, lossy) = decode("\u{feff}300 tanks".as_bytes().to_vec());
        assert_eq!(text, "300 tanks");
        assert_eq!(lossy, None);
    }

    #[test]
    fn decode_replaces_invalid_bytes_and_says_where() {
        let (text, lossy) = decode(b"ab\xffcd".to_vec());
        assert_eq!(text, "ab\u{fffd}cd");
        assert_eq!(lossy, Some(2));
    }

    #[test]
    fn draft_extensions_ignore_case() {
        assert!(has_draft_extension(Path::new("a.MD")));
        assert!(has_draft_extension(Path::new("a.markdown")));
        assert!(has_draft_extension(Path::new("a.txt")));
        assert!(!has_draft_extension(Path::new("a.json")));
        assert!(!has_draft_extension(Path::new("README")));
    }

    #[test]
    fn stdin_format_follows_the_stdin_filename() {
        assert_eq!(stdin_draft(None).format, Format::Markdown);
        assert_eq!(
            stdin_draft(Some(Path::new("a.txt"))).format,
            Format::PlainText
        );
        assert_eq!(stdin_draft(Some(Path::new("a.txt"))).name, "a.txt");
        assert_eq!(stdin_draft(None).name, "<stdin>");
    }
}
