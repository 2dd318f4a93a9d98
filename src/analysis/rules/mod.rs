//! Stage 0, the rules themselves: every decision the engine makes about a figure (that it is
//! a date or an age, who says so, why two figures are kept apart) is taken by a named
//! [`Rule`] with a stable id, a one-line summary and example sentences it must and must not
//! fire on, kept beside the code that applies it. A figure records the rules that decided it
//! in its [`Trail`], so a writer who disagrees with a call can name what to fix
//! (`copydesk rules ID`, the hover, `check --explain`, the JSON `rules` field).
//!
//! Depends on nothing else in the engine; the catalogue of every rule is
//! `crate::analysis::catalogue`.

use std::fmt;

/// Declares a [`Rule`] as a static: `rule!(NAME, "stage.id", "Summary.", fires: [...], spares: [...]);`.
macro_rules! rule {
    ($name:ident, $id:literal, $summary:literal, fires: [$($f:literal),* $(,)?], spares: [$($s:literal),* $(,)?] $(,)?) => {
        #[doc = $summary]
        pub static $name: Rule = Rule { id: $id, summary: $summary, fires: &[$($f),*], spares: &[$($s),*] };
    };
}
pub(crate) use rule;

/// One named decision of the engine.
///
/// The examples are whole sentences analysed as a plain-text draft: the rule fires on an
/// example when some figure of it records the rule in its [`Trail`].
#[derive(Debug)]
pub struct Rule {
    /// Stable id, `stage.name`: `kind.age-at`, `cue.said-after`, `carry.it-added`.
    pub id: &'static str,
    /// What the rule decides, in one line.
    pub summary: &'static str,
    /// Sentences the rule must fire on.
    pub fires: &'static [&'static str],
    /// Sentences the rule must not fire on: the near misses it is written to spare.
    pub spares: &'static [&'static str],
}

impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id)
    }
}

rule!(NO_SOURCE, "cue.none", "A claim with no cue in its sentence and none carried to it has no source: who says so?",
    fires: ["At least 300 homes were flooded."],
    spares: ["At least 300 homes were flooded, the council said."]);

/// The rules of the claim model itself, for the catalogue.
pub static RULES: &[&Rule] = &[&NO_SOURCE];

/// How many rules a figure's trail keeps: its kind, its attribution (a cue and a carry-over)
/// and its subject and scopes rarely take more than five.
pub const TRAIL_LEN: usize = 8;

/// The rules that decided one figure, in the order they were applied: a fixed array, so a
/// figure stays cheap to copy on every keystroke.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Trail {
    rules: [Option<&'static Rule>; TRAIL_LEN],
}

impl Trail {
    /// A trail holding one rule.
    pub fn of(rule: &'static Rule) -> Trail {
        let mut trail = Trail::default();
        trail.push(rule);
        trail
    }

    /// Records `rule`, once; a full trail keeps its first rules (the kind and the source).
    pub fn push(&mut self, rule: &'static Rule) {
        for slot in &mut self.rules {
            match slot {
                Some(r) if r.id == rule.id => return,
                Some(_) => {}
                None => {
                    *slot = Some(rule);
                    return;
                }
            }
        }
    }

    /// Records every rule of `other` after this trail's own.
    pub fn extend(&mut self, other: &Trail) {
        for rule in other.iter() {
            self.push(rule);
        }
    }

    /// Forgets the rules whose id starts with `prefix` (`"cue."`, `"carry."`): a later stage
    /// that overrides an earlier decision replaces its reasons too.
    pub fn forget(&mut self, prefix: &str) {
        // Most trails hold no such rule: the document-wide steps ask this of every figure on
        // every keystroke, so it neither allocates nor rewrites a trail it leaves alone.
        if !self.iter().any(|r| r.id.starts_with(prefix)) {
            return;
        }
        // Ids in a trail are unique (`push` records each once), so keeping the others in
        // order is the trail they would make pushed again.
        let mut kept = Trail::default();
        for (slot, rule) in kept
            .rules
            .iter_mut()
            .zip(self.iter().filter(|r| !r.id.starts_with(prefix)))
        {
            *slot = Some(rule);
        }
        *self = kept;
    }

    /// The rules in the order they were recorded.
    pub fn iter(&self) -> impl Iterator<Item = &'static Rule> + '_ {
        self.rules.iter().map_while(|r| *r)
    }

    /// True when the trail holds the rule with this id.
    pub fn contains(&self, id: &str) -> bool {
        self.iter().any(|r| r.id == id)
    }

    /// True when no rule is recorded.
    pub fn is_empty(&self) -> bool {
        self.rules[0].is_none()
    }
}

impl serde::Serialize for Trail {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(|r| r.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static A: Rule = Rule {
        id: "test.a",
        summary: "a",
        fires: &[],
        spares: &[],
    };
    static B: Rule = Rule {
        id: "test.b",
        summary: "b",
        fires: &[],
        spares: &[],
    };

    #[test]
    fn a_trail_keeps_each_rule_once_in_order() {
        let mut t = Trail::of(&A);
        t.push(&B);
        t.push(&A);
        assert_eq!(
            t.iter().map(|r| r.id).collect::<Vec<_>>(),
            ["test.a", "test.b"]
        );
        t.forget("test.c");
        let mut both = Trail::of(&A);
        both.push(&B);
        assert_eq!(t, both, "no such rule: the trail is untouched");
        t.forget("test.a");
        assert_eq!(t.iter().map(|r| r.id).collect::<Vec<_>>(), ["test.b"]);
        assert_eq!(
            t,
            Trail::of(&B),
            "what is left moves to the front, as if pushed again"
        );
    }

    #[test]
    fn a_full_trail_keeps_its_first_rules() {
        let mut t = Trail::default();
        for _ in 0..TRAIL_LEN {
            t.push(&A);
        }
        t.push(&B);
        assert!(t.contains("test.b"));
        assert_eq!(t.iter().count(), 2);
    }
}
