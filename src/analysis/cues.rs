//! The attribution lexicon: the words and phrases news uses to say who says so.

/// The cue phrases in force: the built-in lexicon plus a desk's extra phrases.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    pub extra: Vec<String>,
}

impl Lexicon {
    /// The built-in lexicon plus `extra` phrases from the configuration.
    pub fn with_extra(extra: &[String]) -> Self {
        Lexicon { extra: extra.iter().map(|e| e.to_lowercase()).collect() }
    }
}
