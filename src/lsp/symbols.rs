//! The draft's claims as an outline, and the mentions of one quantity as references.
//!
//! Outline: every claim, named "14,400 soldiers — Ukraine" or "about 14400 people — no
//! attribution", under the paragraph (or list item, cell, quote) that holds it, and those
//! under the heading they follow. Clients without nested symbols get a flat list with the
//! group as the container name.

use tower_lsp_server::ls_types::{
    DocumentSymbol, DocumentSymbolResponse, Location, Range, SymbolInformation, SymbolKind,
};

use super::hover::interval_in_words;
use super::position::{Encoding, range_of};
use super::scheduler::Snapshot;
use crate::analysis::{Block, BlockKind, Figure, Span};

/// How many characters of a paragraph name its group in the outline.
const GROUP_NAME_CHARS: usize = 48;

/// The outline of the draft.
pub fn document_symbols(
    snapshot: &Snapshot,
    encoding: Encoding,
    nested: bool,
) -> DocumentSymbolResponse {
    let outline = Outline { snapshot, encoding };
    let groups = outline.groups();
    if nested {
        DocumentSymbolResponse::Nested(groups)
    } else {
        let mut flat = Vec::new();
        for group in &groups {
            outline.flatten(group, None, &mut flat);
        }
        DocumentSymbolResponse::Flat(flat)
    }
}

/// Every mention of the quantity of the figure at byte `offset` (the figure itself when the
/// engine groups it with no other). `include_first` keeps the first mention, which plays the
/// part of the declaration.
pub fn references(
    snapshot: &Snapshot,
    offset: usize,
    include_first: bool,
    encoding: Encoding,
) -> Option<Vec<Location>> {
    let analysis = &snapshot.analysis;
    let index = analysis.figure_at(offset)?;
    let own = [index];
    let mentions = match analysis.mentions(index) {
        [] => &own[..],
        mentions => mentions,
    };
    let skip = usize::from(!include_first);
    Some(
        mentions
            .iter()
            .skip(skip)
            .filter_map(|&i| analysis.figures.get(i))
            .map(|f| {
                Location::new(
                    snapshot.uri.clone(),
                    range_of(&snapshot.rope, f.span, encoding),
                )
            })
            .collect(),
    )
}

struct Outline<'a> {
    snapshot: &'a Snapshot,
    encoding: Encoding,
}

impl Outline<'_> {
    fn range(&self, span: Span) -> Range {
        range_of(&self.snapshot.rope, span, self.encoding)
    }

    fn text(&self, span: Span) -> String {
        span.of(&self.snapshot.text)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Headings with the claim paragraphs that follow them; paragraphs before any heading
    /// stand alone.
    fn groups(&self) -> Vec<DocumentSymbol> {
        let figures = &self.snapshot.analysis.figures;
        let mut top = Vec::new();
        let mut heading: Option<DocumentSymbol> = None;
        let mut next_figure = 0;
        for block in &self.snapshot.analysis.blocks {
            let first = next_figure
                + figures[next_figure..].partition_point(|f| f.span.start < block.span.start);
            let end = first + figures[first..].partition_point(|f| f.span.start < block.span.end);
            next_figure = end;
            let claims: Vec<DocumentSymbol> = figures[first..end]
                .iter()
                .filter(|f| f.is_claim())
                .map(|f| self.claim(f))
                .collect();
            if let BlockKind::Heading(_) = block.kind {
                top.extend(
                    heading
                        .take()
                        .filter(|h| h.children.as_ref().is_some_and(|c| !c.is_empty())),
                );
                heading = Some(self.group(block, SymbolKind::NAMESPACE, claims));
                continue;
            }
            if claims.is_empty() {
                continue;
            }
            let paragraph = self.group(block, SymbolKind::STRING, claims);
            match heading.as_mut() {
                Some(heading) => {
                    heading.range.end = paragraph.range.end;
                    heading
                        .children
                        .get_or_insert_with(Vec::new)
                        .push(paragraph);
                }
                None => top.push(paragraph),
            }
        }
        top.extend(heading.filter(|h| h.children.as_ref().is_some_and(|c| !c.is_empty())));
        top
    }

    fn claim(&self, figure: &Figure) -> DocumentSymbol {
        let source = figure
            .attribution
            .as_ref()
            .map_or("no attribution", |a| a.effective_source());
        let range = self.range(figure.span);
        symbol(
            format!("{} — {}", self.text(figure.span), source),
            Some(interval_in_words(figure)),
            SymbolKind::NUMBER,
            range,
            range,
            None,
        )
    }

    fn group(
        &self,
        block: &Block,
        kind: SymbolKind,
        children: Vec<DocumentSymbol>,
    ) -> DocumentSymbol {
        let text = block.span.of(&self.snapshot.text);
        let name_end = match text.char_indices().nth(GROUP_NAME_CHARS) {
            // Cut at the last space before the limit, so no word is cut in half.
            Some((limit, _)) => text[..limit].rfind(char::is_whitespace).unwrap_or(limit),
            None => text.len(),
        };
        let mut name = self.text(Span::new(block.span.start, block.span.start + name_end));
        if name_end < text.len() {
            name.push('…');
        }
        if name.is_empty() {
            name = "(paragraph)".to_string();
        }
        let selection = self.range(Span::new(block.span.start, block.span.start + name_end));
        // A heading gathers paragraphs after this, so only a paragraph's count is final.
        let detail = match (kind, children.len()) {
            (SymbolKind::NAMESPACE, _) => None,
            (_, 1) => Some("1 claim".to_string()),
            (_, n) => Some(format!("{n} claims")),
        };
        symbol(
            name,
            detail,
            kind,
            self.range(block.span),
            selection,
            Some(children),
        )
    }

    fn flatten(
        &self,
        symbol: &DocumentSymbol,
        container: Option<&str>,
        out: &mut Vec<SymbolInformation>,
    ) {
        if symbol.kind == SymbolKind::NUMBER {
            #[allow(deprecated)] // `deprecated` must be written out, though tags replace it
            out.push(SymbolInformation {
                name: symbol.name.clone(),
                kind: symbol.kind,
                tags: None,
                deprecated: None,
                location: Location::new(self.snapshot.uri.clone(), symbol.range),
                container_name: container.map(str::to_string),
            });
        }
        for child in symbol.children.iter().flatten() {
            self.flatten(child, Some(&symbol.name), out);
        }
    }
}

fn symbol(
    name: String,
    detail: Option<String>,
    kind: SymbolKind,
    range: Range,
    selection_range: Range,
    children: Option<Vec<DocumentSymbol>>,
) -> DocumentSymbol {
    #[allow(deprecated)] // `deprecated` must be written out, though tags replace it
    DocumentSymbol {
        name,
        detail,
        kind,
        tags: None,
        deprecated: None,
        range,
        selection_range,
        children,
    }
}
