//! `copydesk report` run as a program: the page on standard output or in a file, exit
//! statuses as for `check`, escaping of everything from the draft, Unicode and CRLF drafts,
//! several drafts with the table across them, and the desk's source list.

use std::path::Path;

use assert_cmd::cargo::cargo_bin_cmd;
use tempfile::TempDir;

fn report(dir: &Path) -> assert_cmd::Command {
    let mut cmd = cargo_bin_cmd!("copydesk");
    cmd.current_dir(dir).arg("report");
    cmd
}

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) {
    std::fs::write(dir.join(name), text).expect("write test file");
}

fn tempdir() -> TempDir {
    tempfile::tempdir().expect("create temporary directory")
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut assert_cmd::Command) -> Run {
    let output = cmd.output().expect("run copydesk");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

const DRAFT: &str = "Russia has lost over 450 tanks, the General Staff said.\n\n\
                     The General Staff later said Russia had lost 400 tanks.\n\n\
                     About 600 soldiers were sent in 2023.\n";

#[test]
fn the_page_goes_to_standard_output_and_the_exit_status_is_checks() {
    let dir = tempdir();
    write(dir.path(), "draft.md", DRAFT);
    let out = run(report(dir.path()).arg("draft.md"));
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.starts_with("<!DOCTYPE html>"));
    assert!(out.stdout.trim_end().ends_with("</html>"));
    for claim in ["over 450 tanks", "400 tanks", "About 600 soldiers"] {
        assert!(out.stdout.contains(&format!(">{claim}</td>")), "{claim}");
    }
    assert!(
        out.stdout
            .contains("<title>Fact-check sheet: draft.md</title>")
    );
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn output_writes_the_file_and_says_so_on_standard_error() {
    let dir = tempdir();
    write(dir.path(), "draft.md", DRAFT);
    let out = run(report(dir.path()).args(["draft.md", "--output", "sheet.html"]));
    assert_eq!(out.code, 1);
    assert!(out.stdout.is_empty());
    assert_eq!(
        out.stderr.trim(),
        "sheet.html: 1 file checked: 1 unattributed claim, 1 conflicting figure"
    );
    let page = std::fs::read_to_string(dir.path().join("sheet.html")).expect("the sheet");
    assert!(page.contains(">About 600 soldiers</td>"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty());
    let quiet = run(report(dir.path()).args(["-q", "draft.md", "-o", "again.html"]));
    assert!(quiet.stderr.is_empty(), "{}", quiet.stderr);
}

#[test]
fn a_clean_draft_exits_zero() {
    let dir = tempdir();
    write(
        dir.path(),
        "clean.md",
        "The river rose overnight, the Environment Agency said.\n",
    );
    let out = run(report(dir.path()).arg("clean.md"));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("No claims"), "no figure at all");
}

#[test]
fn a_missing_file_is_status_two_and_no_page_is_written() {
    let dir = tempdir();
    let out = run(report(dir.path()).args(["nope.md", "-o", "sheet.html"]));
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("nope.md"), "{}", out.stderr);
    assert!(!dir.path().join("sheet.html").exists());
    let usage = run(report(dir.path()).arg("--bogus"));
    assert_eq!(usage.code, 2);
    assert!(
        usage.stderr.contains("usage: copydesk report"),
        "{}",
        usage.stderr
    );
}

#[test]
fn markup_in_the_draft_and_its_name_is_shown_as_text() {
    let dir = tempdir();
    let name = "<b onclick=x>draft.md";
    write(
        dir.path(),
        name,
        "Russia lost 300 tanks, officials said <script>alert('x')</script>.\n\n\
         <script>document.title = 'pwned'</script>\n\n\
         \"><img src=x onerror=alert(1)> 20 jets were lost.\n",
    );
    let out = run(report(dir.path()).arg(name));
    let page = out.stdout;
    assert!(!page.contains("<script"), "no script element");
    assert!(!page.contains("<img"), "no image element");
    assert!(!page.contains("<b onclick"), "the file name is text");
    assert!(page.contains("&lt;script&gt;document.title = &#39;pwned&#39;&lt;/script&gt;"));
    assert!(page.contains("&lt;b onclick=x&gt;draft.md"));
    assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert("));
}

#[test]
fn emoji_cjk_curly_quotes_and_crlf_keep_their_lines_and_characters() {
    let dir = tempdir();
    write(
        dir.path(),
        "unicode.md",
        "# 記者ノート 🚜\r\n\r\n“We lost 300 tanks,” the ministry said — 東京 🚀.\r\n\r\n\
         Later 12 jets were lost.\r\n",
    );
    let out = run(report(dir.path()).arg("unicode.md"));
    let page = out.stdout;
    assert!(
        !page.contains('\r'),
        "line breaks are the layout's, not the text's"
    );
    assert!(page.contains("# 記者ノート 🚜"));
    assert!(
        page.contains("“We lost <mark class=\"f s-attributed\""),
        "{page}"
    );
    assert!(
        page.contains(">3:10</a>"),
        "line 3, column 10 in characters: {page}"
    );
    assert!(page.contains(">5:7</a>"), "{page}");
    assert!(page.contains("id=\"d0-l5\""));
}

#[test]
fn several_drafts_and_a_directory_get_sections_and_the_table_across() {
    let dir = tempdir();
    std::fs::create_dir(dir.path().join("desk")).expect("mkdir");
    write(
        &dir.path().join("desk"),
        "a.md",
        "Russia has lost over 450 tanks, the ministry said.\n",
    );
    write(
        &dir.path().join("desk"),
        "b.md",
        "Russia has lost 400 tanks, the General Staff said.\n",
    );
    let out = run(report(dir.path()).arg("desk"));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = out.stdout;
    assert!(page.contains("<title>Fact-check sheet: 2 drafts</title>"));
    assert!(page.contains("<h2>desk/a.md</h2>"));
    assert!(page.contains("<h2>desk/b.md</h2>"));
    assert!(page.contains("<h2>Across the drafts</h2>"));
    assert!(
        page.contains("<a href=\"#d1-f0\">desk/b.md:1</a>"),
        "{page}"
    );
}

#[test]
fn standard_input_is_named_by_stdin_filename() {
    let dir = tempdir();
    let out = run(report(dir.path())
        .args(["-", "--stdin-filename", "story.md"])
        .write_stdin("Russia lost 300 tanks.\n"));
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains("<title>Fact-check sheet: story.md</title>")
    );
}

#[test]
fn a_listed_source_links_to_its_page_with_its_date() {
    let dir = tempdir();
    write(
        dir.path(),
        "copydesk.json",
        r#"{"sources": [{"name": "the UN human rights office",
            "url": "https://www.ohchr.org/en/news?a=1&b=2", "published": "19 March",
            "figures": [{"subject": "civilians killed", "low": 816}]}]}"#,
    );
    write(
        dir.path(),
        "draft.md",
        "At least 816 civilians have been killed, the UN human rights office said.\n",
    );
    let out = run(report(dir.path()).arg("draft.md"));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .contains("href=\"https://www.ohchr.org/en/news?a=1&amp;b=2\" rel=\"noreferrer\""),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("published 19 March"));
}
