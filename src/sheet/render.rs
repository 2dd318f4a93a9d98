//! The sheet as one self-contained HTML page: inline CSS, no scripts, fonts, images or
//! requests (a Content-Security-Policy says so to the browser too). Summary and legend
//! first, then each draft (its claims table, its marked text, the sources it cites), then
//! the cross-draft table when there are several drafts.

use super::html::Page;
use super::ledger::LedgerTable;
use super::model::{ClaimRow, DraftSheet, ListedCell, Sheet, SourceCell, Status, Totals, plural};
use super::style::stylesheet;
use super::text::write_text;
use crate::analysis::Grade;

/// Nothing may load: styles are inline, links are navigations only.
const CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
                   base-uri 'none'; form-action 'none'";

/// The whole page.
pub fn render(sheet: &Sheet) -> String {
    let size: usize = sheet.drafts.iter().map(|d| d.text.len()).sum();
    let mut page = Page {
        out: String::with_capacity(16_384 + size * 3),
    };
    head(&mut page, sheet);
    page.raw("<body>\n");
    top(&mut page, sheet);
    for (d, draft) in sheet.drafts.iter().enumerate() {
        write_draft(&mut page, sheet, d, draft);
    }
    if sheet.drafts.len() > 1 {
        write_ledger_table(&mut page, sheet, &sheet.ledger);
    }
    page.fmt(format_args!(
        "<footer>Made by copydesk {}. Figures are marked as copydesk reads them; a person \
         checks before publishing.</footer>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    ));
    page.out
}

/// The page's title: "Fact-check sheet: draft.md" or "... 3 drafts".
pub fn title(sheet: &Sheet) -> String {
    match sheet.drafts.as_slice() {
        [one] => format!("Fact-check sheet: {}", one.name),
        drafts => format!("Fact-check sheet: {} drafts", drafts.len()),
    }
}

fn head(page: &mut Page, sheet: &Sheet) {
    page.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.fmt(format_args!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n"
    ));
    page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.raw("<meta name=\"generator\" content=\"copydesk\">\n<title>");
    page.text(&title(sheet));
    page.raw("</title>\n<style>\n");
    page.raw(&stylesheet());
    page.raw("</style>\n</head>\n");
}

/// The heading, the summary cards and the legend.
fn top(page: &mut Page, sheet: &Sheet) {
    page.raw("<header class=\"top\">\n<p class=\"kicker\">copydesk · fact-check sheet</p>\n<h1>");
    match sheet.drafts.as_slice() {
        [one] => page.text(&one.name),
        drafts => page.text(&plural(drafts.len(), "draft", "drafts")),
    };
    page.raw("</h1>\n");
    if sheet.drafts.len() > 1 {
        page.raw("<p class=\"meta\">");
        for (d, draft) in sheet.drafts.iter().enumerate() {
            if d > 0 {
                page.raw(" · ");
            }
            page.fmt(format_args!("<a href=\"#d{d}\">"));
            page.text(&draft.name).raw("</a>");
        }
        page.raw("</p>\n");
    }
    summary(page, &sheet.totals);
    legend(page);
    page.raw("</header>\n");
}

fn summary(page: &mut Page, totals: &Totals) {
    page.raw("<div class=\"summary\" role=\"list\" aria-label=\"Summary\">\n");
    let cards = [
        ("drafts", totals.drafts, ""),
        ("figures", totals.figures, ""),
        ("claims", totals.claims, ""),
        ("unattributed", totals.unattributed, " s-unattributed"),
        ("conflicting", totals.conflicting, " s-conflicting"),
        ("sources cited", totals.sources, ""),
    ];
    for (name, n, class) in cards {
        let zero = if n == 0 && !class.is_empty() {
            " zero"
        } else {
            ""
        };
        page.fmt(format_args!(
            "<div class=\"card{class}{zero}\" role=\"listitem\"><span class=\"n\">{n}</span>\
             <span class=\"k\">{name}</span></div>\n"
        ));
    }
    page.raw("</div>\n");
}

fn legend(page: &mut Page) {
    page.raw("<ul class=\"legend\" aria-label=\"Legend\">\n");
    for status in Status::ALL {
        page.fmt(format_args!(
            "<li><mark class=\"f s-{}\">{}</mark><span class=\"what\">{}</span></li>\n",
            status.key(),
            status.label(),
            status.meaning()
        ));
    }
    page.raw("</ul>\n");
}

fn write_draft(page: &mut Page, sheet: &Sheet, d: usize, draft: &DraftSheet) {
    page.fmt(format_args!("<section class=\"draft\" id=\"d{d}\">\n"));
    if sheet.drafts.len() > 1 {
        page.raw("<h2>").text(&draft.name).raw("</h2>\n");
        draft_counts(page, &draft.totals);
    }
    if draft.truncated > 0 {
        page.fmt(format_args!(
            "<p class=\"note\">{} more findings are not shown (maxDiagnostics in \
             copydesk.json).</p>\n",
            draft.truncated
        ));
    }
    page.raw("<h3>Claims</h3>\n");
    claims_table(page, d, draft);
    page.raw("<h3>The draft</h3>\n");
    write_text(page, d, draft);
    page.raw("<h3>Sources cited</h3>\n");
    cited_table(page, draft);
    page.raw("</section>\n");
}

/// One draft's counts, under its heading when the sheet has several.
fn draft_counts(page: &mut Page, t: &Totals) {
    page.fmt(format_args!(
        "<p class=\"meta\">{} · {} · {} unattributed · {} · {}</p>\n",
        plural(t.figures, "figure", "figures"),
        plural(t.claims, "claim", "claims"),
        t.unattributed,
        plural(t.conflicting, "conflict", "conflicts"),
        plural(t.sources, "source cited", "sources cited"),
    ));
}

fn claims_table(page: &mut Page, d: usize, draft: &DraftSheet) {
    if draft.claims.is_empty() {
        page.raw("<p class=\"none\">No claims: nothing here needs a source.</p>\n");
        return;
    }
    page.raw(
        "<table class=\"claims\">\n<colgroup><col class=\"c-at\"><col class=\"c-fig\">\
         <col class=\"c-val\"><col class=\"c-sub\"><col class=\"c-src\"><col class=\"c-st\">\
         <col class=\"c-men\"></colgroup>\n<thead><tr><th>Line</th><th>Figure as written</th>\
         <th>Value</th><th>Subject</th><th>Source</th><th>Status</th>\
         <th>Other mentions</th></tr></thead>\n<tbody>\n",
    );
    for row in &draft.claims {
        claim_row(page, d, row);
    }
    page.raw("</tbody>\n</table>\n");
}

fn claim_row(page: &mut Page, d: usize, row: &ClaimRow) {
    page.fmt(format_args!(
        "<tr id=\"d{d}-r{f}\"><td class=\"at\" data-label=\"Line\"><a href=\"#d{d}-f{f}\">{}:{}</a>\
         </td><td class=\"fig\" data-label=\"Figure\">",
        row.line,
        row.column,
        f = row.figure
    ));
    page.text(&row.text)
        .raw("</td><td data-label=\"Value\">")
        .text(&row.value);
    if let Some(unit) = &row.unit {
        page.raw(" <span class=\"sub\">").text(unit).raw("</span>");
    }
    page.raw("</td><td data-label=\"Subject\">");
    match &row.subject {
        Some(subject) => page.text(subject),
        None => page.raw("<span class=\"none\">not keyed</span>"),
    };
    page.raw("</td><td data-label=\"Source\">");
    source_cell(page, d, row.source.as_ref());
    page.raw("</td><td data-label=\"Status\">");
    badge(page, row.status);
    for finding in &row.findings {
        page.element("span", "finding", finding);
    }
    page.raw("</td><td data-label=\"Also\">");
    mentions_cell(page, d, row);
    page.raw("</td></tr>\n");
}

fn source_cell(page: &mut Page, d: usize, source: Option<&SourceCell>) {
    let Some(source) = source else {
        page.raw("<span class=\"none\">none found</span>");
        return;
    };
    match source.listed.as_ref().and_then(|l| l.url.as_deref()) {
        Some(url) => {
            page.raw("<a href=\"")
                .text(url)
                .raw("\" rel=\"noreferrer\">");
            page.text(&source.name).raw("</a>");
        }
        None => {
            page.text(&source.name);
        }
    }
    let grade = match source.grade {
        Grade::Named => String::new(),
        other => format!("{}, ", other.as_str()),
    };
    page.fmt(format_args!(
        "<span class=\"sub\">{grade}<a href=\"#d{d}-l{l}\">line {l}</a></span>",
        l = source.line
    ));
    if let Some(listed) = &source.listed {
        listed_line(page, listed);
    }
}

/// "On the source list as X, published 19 March".
fn listed_line(page: &mut Page, listed: &ListedCell) {
    page.raw("<span class=\"sub\">source list: ")
        .text(&listed.name);
    if let Some(published) = &listed.published {
        page.raw(", published ").text(published);
    }
    page.raw("</span>");
}

/// The status as icon, label and colour.
pub(super) fn badge(page: &mut Page, status: Status) {
    page.fmt(format_args!(
        "<span class=\"badge s-{}\">{}</span>",
        status.key(),
        status.label()
    ));
}

fn mentions_cell(page: &mut Page, d: usize, row: &ClaimRow) {
    if row.mentions.is_empty() && row.more_mentions == 0 {
        page.raw("<span class=\"none\">none</span>");
        return;
    }
    page.raw("<ul>");
    for mention in &row.mentions {
        page.fmt(format_args!(
            "<li><a href=\"#d{d}-f{}\">line {}</a>: ",
            mention.figure, mention.line
        ));
        page.text(&mention.text);
        if mention.status == Status::Conflicting {
            page.raw(" <span class=\"badge s-conflicting\">conflicts</span>");
        }
        page.raw("</li>");
    }
    if row.more_mentions > 0 {
        page.fmt(format_args!(
            "<li class=\"none\">and {} more</li>",
            row.more_mentions
        ));
    }
    page.raw("</ul>");
}

fn cited_table(page: &mut Page, draft: &DraftSheet) {
    if draft.cited.is_empty() {
        page.raw("<p class=\"none\">No sources cited.</p>\n");
        return;
    }
    page.raw(
        "<table class=\"cited\">\n<thead><tr><th>Source</th><th>Kind</th><th>First cited</th>\
         <th>Claims</th><th>Source list</th></tr></thead>\n<tbody>\n",
    );
    for cited in &draft.cited {
        page.raw("<tr><td>").text(&cited.name).raw("</td><td>");
        page.text(cited.grade.as_str());
        page.fmt(format_args!(
            "</td><td>line {}</td><td>{}</td><td>",
            cited.line, cited.claims
        ));
        match &cited.listed {
            Some(listed) => {
                match &listed.url {
                    Some(url) => {
                        page.raw("<a href=\"")
                            .text(url)
                            .raw("\" rel=\"noreferrer\">");
                        page.text(&listed.name).raw("</a>")
                    }
                    None => page.text(&listed.name),
                };
                if let Some(published) = &listed.published {
                    page.raw(", published ").text(published);
                }
            }
            None => {
                page.raw("<span class=\"none\">not listed</span>");
            }
        }
        page.raw("</td></tr>\n");
    }
    page.raw("</tbody>\n</table>\n");
}

/// The cross-draft table: each subject several drafts give a figure for, with every draft's
/// figures and, when the table's maker judged them, its verdict.
pub fn write_ledger_table(page: &mut Page, sheet: &Sheet, table: &LedgerTable) {
    page.raw("<section class=\"ledger\" id=\"ledger\">\n<h2>Across the drafts</h2>\n");
    page.raw("<p class=\"note\">")
        .text(&table.made_by)
        .raw("</p>\n");
    if table.subjects.is_empty() {
        page.raw("<p class=\"none\">No subject has figures in more than one draft.</p>\n");
        page.raw("</section>\n");
        return;
    }
    page.raw(
        "<table class=\"across\">\n<thead><tr><th>Subject</th><th>Draft</th><th>Figure as \
         written</th><th>Value</th><th>Source</th><th>Status</th></tr></thead>\n<tbody>\n",
    );
    for subject in &table.subjects {
        let rows = subject.entries.len() + usize::from(subject.verdict.is_some());
        page.fmt(format_args!("<tr><td rowspan=\"{rows}\">"));
        page.text(&subject.subject).raw("</td>");
        for (i, entry) in subject.entries.iter().enumerate() {
            if i > 0 {
                page.raw("<tr>");
            }
            let name = sheet
                .drafts
                .get(entry.draft)
                .map_or("", |d| d.name.as_str());
            page.fmt(format_args!(
                "<td><a href=\"#d{}-f{}\">",
                entry.draft, entry.figure
            ));
            page.text(name)
                .fmt(format_args!(":{}</a></td><td class=\"fig\">", entry.line));
            page.text(&entry.text)
                .raw("</td><td>")
                .text(&entry.value)
                .raw("</td><td>");
            match &entry.source {
                Some(source) => page.text(source),
                None => page.raw("<span class=\"none\">none found</span>"),
            };
            page.raw("</td><td>");
            badge(page, entry.status);
            page.raw("</td></tr>\n");
        }
        if let Some(verdict) = &subject.verdict {
            let status = if verdict.conflict {
                Status::Conflicting
            } else {
                Status::Attributed
            };
            page.raw("<tr><td colspan=\"5\">");
            page.fmt(format_args!("<span class=\"badge s-{}\">", status.key()));
            page.text(if verdict.conflict {
                "drafts conflict"
            } else {
                "drafts agree"
            });
            page.raw("</span> ")
                .text(&verdict.message)
                .raw("</td></tr>\n");
        }
    }
    page.raw("</tbody>\n</table>\n</section>\n");
}
