//! The fact-check sheet: one self-contained HTML page with every figure of one or more
//! drafts, who says so and what is wrong, to read, print or attach to a story's ticket.
//!
//! Pure presentation over the engine's public results, shared by `copydesk report`
//! ([`crate::cli::sheet`]) and the language server's `copydesk.report` command
//! ([`crate::lsp::report_command`]); it knows nothing of files, terminals or the protocol.
//!
//! - [`model`]: what the sheet shows (drafts, claims, statuses, sources, other mentions),
//!   made from an [`crate::analysis::Analysis`].
//! - [`ledger`]: the cross-draft table of a sheet with several drafts, and where a
//!   cross-draft ledger plugs in.
//! - [`render`] writes the page; [`text`] the marked draft; [`style`] the colours and the
//!   stylesheet; [`html`] the escaping every piece of draft text goes through.

pub mod html;
pub mod ledger;
pub mod model;
pub mod render;
pub mod style;
pub mod text;

pub use ledger::{LedgerEntry, LedgerSubject, LedgerTable, Verdict, ledger_table_from_drafts};
pub use model::{ClaimRow, DraftSheet, Sheet, Status, Totals};
pub use render::{render, title};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Config, Format, analyze};

    fn page(drafts: &[(&str, &str)]) -> String {
        let sheets = drafts
            .iter()
            .map(|(name, text)| {
                DraftSheet::new(
                    *name,
                    *text,
                    &analyze(text, Format::Markdown, &Config::default()),
                )
            })
            .collect();
        render(&Sheet::new(sheets))
    }

    #[test]
    fn a_draft_holding_markup_shows_it_as_text() {
        let out = page(&[(
            "<img src=x onerror=alert(1)>.md",
            "<script>alert('x')</script>\n\n\"><b>Russia</b> lost 300 tanks.\n",
        )]);
        assert!(!out.contains("<script"), "no script element");
        assert!(!out.contains("<img"), "no image element");
        assert!(!out.contains("<b>"), "no markup from the draft");
        assert!(out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(out.contains("&lt;img src=x onerror=alert(1)&gt;.md"));
    }

    #[test]
    fn the_page_is_self_contained() {
        let out = page(&[("draft.md", "Russia lost 300 tanks, the ministry said.\n")]);
        for banned in [
            "<script", "<link", "<img", "<iframe", "@import", "url(", "src=",
        ] {
            assert!(!out.contains(banned), "{banned}");
        }
        assert!(out.contains("Content-Security-Policy"));
        assert!(out.starts_with("<!DOCTYPE html>"));
    }

    #[test]
    fn summary_legend_claims_and_text_are_there() {
        let out = page(&[(
            "draft.md",
            "Russia has lost over 450 tanks, the General Staff said.\n\n\
             The General Staff later said Russia had lost 400 tanks.\n\nThe war began in 2022.\n",
        )]);
        for status in Status::ALL {
            assert!(out.contains(status.meaning()), "legend: {status:?}");
        }
        assert!(out.contains("<span class=\"k\">claims</span>"));
        assert!(out.contains(">over 450 tanks</td>"));
        assert!(out.contains("class=\"badge s-conflicting\">conflicting</span>"));
        assert!(
            out.contains("title=\"not a claim\">2022</mark>"),
            "the year is marked"
        );
        assert!(
            !out.contains("Across the drafts"),
            "one draft has no ledger table"
        );
    }

    #[test]
    fn a_subject_mentioned_hundreds_of_times_lists_the_nearest_and_counts_the_rest() {
        let text = "Russia has lost over 450 tanks, the ministry said.\n\n".repeat(300);
        let out = page(&[("long.md", &text)]);
        assert_eq!(
            out.matches("<li class=\"none\">and 293 more</li>").count(),
            300
        );
        // Linear: the page grows with the draft, not with its square.
        assert!(
            out.len() < text.len() * 60,
            "{} bytes for {}",
            out.len(),
            text.len()
        );
    }

    #[test]
    fn several_drafts_get_a_section_each_and_the_table_across() {
        let out = page(&[
            (
                "a.md",
                "Russia has lost over 450 tanks, the ministry said.\n",
            ),
            ("b.md", "Russia has lost 400 tanks, the ministry said.\n"),
        ]);
        assert!(out.contains("<section class=\"draft\" id=\"d0\">"));
        assert!(out.contains("<section class=\"draft\" id=\"d1\">"));
        assert!(out.contains("<section class=\"ledger\" id=\"ledger\">"));
        assert!(out.contains("<a href=\"#d1-f0\">b.md:1</a>"), "{out}");
    }

    #[test]
    fn a_cross_draft_ledger_plugs_in_its_own_table_and_verdicts() {
        let drafts: Vec<DraftSheet> = [
            (
                "a.md",
                "Russia has lost over 450 tanks, the ministry said.\n",
            ),
            ("b.md", "Russia has lost 400 tanks, the ministry said.\n"),
        ]
        .iter()
        .map(|(name, text)| {
            DraftSheet::new(
                *name,
                *text,
                &analyze(text, Format::Markdown, &Config::default()),
            )
        })
        .collect();
        // What a cross-draft ledger hands over: the grouping (here the drafts' own) with its
        // judgement on each subject.
        let mut table = ledger_table_from_drafts(&drafts);
        table.made_by = "The desk's ledger across drafts.".into();
        table.subjects[0].verdict = Some(Verdict {
            conflict: true,
            message: "b.md says 400 <tanks>, a.md more than 450".into(),
        });
        let out = render(&Sheet::with_ledger(drafts, table));
        assert!(out.contains("The desk&#39;s ledger across drafts."));
        assert!(out.contains(
            "<span class=\"badge s-conflicting\">drafts conflict</span> b.md says 400 &lt;tanks&gt;"
        ));
    }

    #[test]
    fn a_listed_source_links_to_its_url_and_date_but_never_to_script() {
        let config = Config::from_json(
            r#"{"sources": [
                {"name": "the ministry", "url": "https://example.org/losses?a=1&b=2",
                 "published": "19 March"},
                {"name": "the agency", "url": "javascript:alert(1)"}
            ]}"#,
        )
        .unwrap_or_default();
        let text = "Russia lost 300 tanks, the ministry said. It lost 20 jets, the agency said.\n";
        let analysis = analyze(text, Format::Markdown, &config);
        let out = render(&Sheet::new(vec![DraftSheet::new("d.md", text, &analysis)]));
        assert!(
            out.contains("<a href=\"https://example.org/losses?a=1&amp;b=2\" rel=\"noreferrer\">the ministry</a>"),
            "{out}"
        );
        assert!(out.contains("published 19 March"));
        assert!(!out.contains("javascript:"), "not a link, not anywhere");
    }
}
