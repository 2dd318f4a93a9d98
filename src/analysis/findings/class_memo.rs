//! Claim classes remembered between runs of one analyser. Classing an unattributed claim
//! reads its whole sentence against every class rule's word lists; on a keystroke in a long
//! draft that was most of the work, though only the edited paragraph's claims can have
//! changed class. The memo keys a class on exactly what the class rules read.

use std::hash::{BuildHasher, Hash, Hasher};

use crate::analysis::figures::claims::Figure;
use crate::analysis::findings::weight::{self, ClaimClass};
use crate::analysis::rules::Rule;
use crate::analysis::text::lookup::{FastMap, FastState};
use crate::analysis::text::prose::{BlockKind, Prose};

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
        figures: &[Figure],
        i: usize,
    ) -> Classed {
        let f = &figures[i];
        // A headline's class also depends on the figures below it: always worked out.
        if self.off || may_be_headline(prose, f) {
            return weight::classify(text, prose, figures, i);
        }
        let key = key_of(text, f);
        let remembered = self
            .current
            .get(&key)
            .or_else(|| self.previous.get(&key))
            .copied();
        let classed = remembered.unwrap_or_else(|| weight::classify(text, prose, figures, i));
        // Tests run the debug build: a class rule that reads more than the key holds shows up
        // as a different class here, not as a stale warning in a writer's editor.
        debug_assert!(
            remembered.is_none() || same(classed, weight::classify(text, prose, figures, i)),
            "the class memo's key misses something a class rule reads"
        );
        self.current.insert(key, classed);
        classed
    }

    /// Ends a run: what it did not use is forgotten after the next.
    pub fn end_run(&mut self) {
        self.previous = std::mem::take(&mut self.current);
    }
}

fn same(a: Classed, b: Classed) -> bool {
    a.0 == b.0 && a.1.map(|r| r.id) == b.1.map(|r| r.id)
}

/// The figure stands in the draft's first block or a heading, where
/// [`weight::classify`] looks past the sentence.
fn may_be_headline(prose: &Prose<'_>, f: &Figure) -> bool {
    let k = prose
        .blocks
        .partition_point(|b| b.span.start <= f.span.start);
    k <= 1
        || prose
            .blocks
            .get(k - 1)
            .is_some_and(|b| matches!(b.kind, BlockKind::Heading(_)))
}

/// Everything the class rules read ([`weight::Seen`]): the sentence, where the figure sits
/// in it, and the figure's qualifier and unit. A rule that reads more must add it here.
fn key_of(text: &str, f: &Figure) -> u64 {
    let mut h = FastState::default().build_hasher();
    f.sentence.of(text).hash(&mut h);
    f.span.start.wrapping_sub(f.sentence.start).hash(&mut h);
    f.span.end.wrapping_sub(f.sentence.start).hash(&mut h);
    f.qualifier_kind.hash(&mut h);
    f.qualifier.as_deref().hash(&mut h);
    f.unit.as_deref().hash(&mut h);
    h.finish()
}
