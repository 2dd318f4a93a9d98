//! Which claims are about the same thing, and whether a later one contradicts an earlier one.

use super::claims::Figure;

/// Claims grouped by subject key, with the conflicts found in document order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ledger {
    /// For each figure, its quantity's index.
    pub quantity_of: Vec<Option<usize>>,
    /// For each quantity, its figures in document order.
    pub quantities: Vec<Vec<usize>>,
    /// `(later, earlier)` figure indexes whose intervals cannot meet.
    pub conflicts: Vec<(usize, usize)>,
}

impl Ledger {
    /// Groups `figures` and finds conflicts.
    pub fn build(figures: &[Figure]) -> Ledger {
        Ledger { quantity_of: vec![None; figures.len()], ..Ledger::default() }
    }
}
