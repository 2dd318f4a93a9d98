//! Claim classes remembered between runs of one analyser. Classing an unattributed claim
//! reads its whole sentence against every class rule's word lists; on a keystroke in a long
//! draft that was most of the work, though only the edited paragraph's claims can have
//! changed class. The memo keys a class on exactly what the class rules read.

use std::hash::{BuildHasher, Hash, Hasher};

use rayon::prelude::*;

use crate::analysis::figures::claims::Figure;
use crate::analysis::findings::weight::{self, ClaimClass, Story};
use crate::analysis::rules::Rule;
use crate::analysis::text::lookup::{FastMap, FastState};
use crate::analysis::text::prose::{BlockKind, Prose};

/// From this many claims to class in a one-off run, they are classed in parallel.
const PARALLEL_FROM: usize = 64;

/// A claim's class and the rule that gave it.
pub type Classed = (ClaimClass, Option<&'static Rule>);

/// The classes of the last run and of this one: a class unused for a whole run is dropped,
/// so the memo never holds more than two drafts' worth.
#[derive(Default)]
pub struct ClassMemo {
    previous: FastMap<u64, Classed>,
    current: FastMap<u64, Classed>,
    /// A memo for one run only, which remembers nothing: hashing every claim's sentence
    /// would cost a one-off check without ever paying back.
    off: bool,
}

impl ClassMemo {
    /// A memo for a single run (`copydesk check`): every class is worked out.
    pub fn one_off() -> Self {
        Self {
            off: true,
            ..Self::default()
        }
    }

    /// The class of figure `i`, an unattributed claim: remembered, or worked out by
    /// [`weight::classify`].
    pub fn class_of(
        &mut self,
        text: &str,
        prose: &Prose<'_>,
        story: Story,
        figures: &[Figure],
        i: usize,
    ) -> Classed {
        let f = &figures[i];
        let classify = || weight::classify(text, prose, story, figures, i);
        // A headline's class also depends on the figures below it: always worked out.
        let Some(block) =
            weight::block_of(prose, f).filter(|&k| !self.off && !is_headline_block(prose, k))
        else {
            return classify();
        };
        let key = key_of(text, prose, story, f, block);
        let remembered = self
            .current
            .get(&key)
            .or_else(|| self.previous.get(&key))
            .copied();
        let classed = remembered.unwrap_or_else(classify);
        // Tests run the debug build: a class rule that reads more than the key holds shows up
        // as a different class here, not as a stale warning in a writer's editor.
        debug_assert!(
            remembered.is_none() || same(classed, classify()),
            "the class memo's key misses something a class rule reads"
        );
        self.current.insert(key, classed);
        classed
    }

    /// The classes of figures `claims` (unattributed claims), in order. A one-off run's
    /// claims are classed in parallel when there are many: each class is worked out from
    /// the draft alone, and a draft of megabytes has thousands of them, classed after the
    /// parallel analysis of its blocks.
    pub fn classes_of(
        &mut self,
        text: &str,
        prose: &Prose<'_>,
        story: Story,
        figures: &[Figure],
        claims: &[usize],
    ) -> Vec<Classed> {
        if self.off && claims.len() >= PARALLEL_FROM {
            return claims
                .par_iter()
                .map(|&i| weight::classify(text, prose, story, figures, i))
                .collect();
        }
        claims
            .iter()
            .map(|&i| self.class_of(text, prose, story, figures, i))
            .collect()
    }

    /// Ends a run: what it did not use is forgotten after the next.
    pub fn end_run(&mut self) {
        self.previous = std::mem::take(&mut self.current);
    }
}

fn same(a: Classed, b: Classed) -> bool {
    a.0 == b.0 && a.1.map(|r| r.id) == b.1.map(|r| r.id)
}

/// The draft's first block or a heading, where [`weight::classify`] looks past the sentence.
fn is_headline_block(prose: &Prose<'_>, k: usize) -> bool {
    k == 0 || matches!(prose.blocks[k].kind, BlockKind::Heading(_))
}

/// Everything the class rules read ([`weight::Seen`]): the sentence, where the figure sits
/// in it, the figure's qualifier and unit, the story's kind, and the heading over the list
/// the figure's block belongs to. A rule that reads more must add it here.
fn key_of(text: &str, prose: &Prose<'_>, story: Story, f: &Figure, block: usize) -> u64 {
    let mut h = FastState::default().build_hasher();
    f.sentence.of(text).hash(&mut h);
    f.span.start.wrapping_sub(f.sentence.start).hash(&mut h);
    f.span.end.wrapping_sub(f.sentence.start).hash(&mut h);
    f.qualifier_kind.hash(&mut h);
    f.qualifier.as_deref().hash(&mut h);
    f.unit.as_deref().hash(&mut h);
    story.markets_copy.hash(&mut h);
    story.results_story.hash(&mut h);
    weight::heading_over_list(text, prose, block).hash(&mut h);
    h.finish()
}
