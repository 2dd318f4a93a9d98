//! Evaluation of harper-brill against copydesk's word lists (issue 12; see docs/tagger.md).
//!
//! - `tagger-eval FILES...`: agreement of harper-brill's UPOS tags with copydesk's word
//!   classes, and of its noun-phrase chunks with the noun copydesk counted for each figure,
//!   with samples of the disagreements (20 per class, spread evenly over the drafts).
//! - `tagger-eval --speed FILE [RUNS]`: wall time of tagging, chunking and copydesk's whole
//!   analysis of FILE, median of RUNS (default 7), and one cold pass of the neural chunker.
//! - `tagger-eval --only tag|burn|analyze FILE`: one pass only, for `valgrind
//!   --tool=callgrind` (read the inclusive cost of `tagger_eval::tag_all`,
//!   `tagger_eval::chunk_all` or `tagger_eval::burn_chunk_all` with `callgrind_annotate
//!   --inclusive=yes`; for `analyze`, the program total).
//! - `tagger-eval --show TEXT`: each word of TEXT with its tag and chunk flag.
//! - Before any of these, `--raw` gives harper-brill every word as written (see
//!   `word_for_tagger`), and `--burn` takes chunks from `burn_chunker()` (the one harper-core
//!   uses) instead of `brill_chunker()`.
//!
//! Alignment: harper-brill takes a sentence as a list of words and returns one tag (and one
//! noun-phrase flag) per word. It is fed copydesk's own tokens: the engine's blocks
//! (`text::prose::extract`), its sentences (`text::sentences::split`) and its lexer
//! (`text::tokens::Tokens`), each token as one word (a word with `’` written `'`, as the
//! model was trained on; a number as its digits; a punctuation mark alone). So tag `i` is the
//! tag of copydesk's token `i` of the sentence, and every comparison is made on the byte span
//! of that token in the draft.

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::Instant;

use copydesk::analysis::figures::numbers::number_word_starts;
use copydesk::analysis::text::nouns::{MONTHS, WEEKDAYS};
use copydesk::analysis::text::tokens::{TokenKind, Tokens};
use copydesk::analysis::text::{prose, sentences};
use copydesk::analysis::{Config, Format, Kind, Span, analyze};
use harper_brill::{Chunker, Tagger, UPOS, brill_chunker, brill_tagger, burn_chunker};

/// The same allocator as the `copydesk` binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// One token of a sentence, with copydesk's annotations.
#[derive(Clone, Debug)]
struct Tok {
    span: Span,
    kind: TokenKind,
    stop: bool,
    plural: bool,
    /// The cue verb's lemma and form, if the word is one.
    cue: Option<String>,
    capitalised: bool,
    /// The first word of its sentence.
    initial: bool,
    month: bool,
    weekday: bool,
    number_word: bool,
}

/// One sentence as both sides see it.
struct Sentence {
    span: Span,
    toks: Vec<Tok>,
    /// The words harper-brill is given, one per token.
    words: Vec<String>,
}

fn read(path: &str) -> String {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    }
}

/// The draft's sentences, tokenised by copydesk's lexer.
fn sentences_of(text: &str, format: Format, raw_words: bool) -> Vec<Sentence> {
    let numbers: Vec<&str> = number_word_starts()
        .filter(|w| !matches!(*w, "a" | "an" | "half"))
        .collect();
    let prose = prose::extract(text, format);
    let mut out = Vec::new();
    for block in &prose.blocks {
        let block_text = block.span.of(&prose.masked);
        for s in sentences::split(block_text) {
            let start = block.span.start + s.start;
            let sentence_text = s.of(block_text);
            let t = Tokens::new(sentence_text);
            let mut toks = Vec::with_capacity(t.len());
            let mut words = Vec::with_capacity(t.len());
            let mut seen_word = false;
            for (i, token) in t.list.iter().enumerate() {
                let raw = token.text(sentence_text);
                let is_word = token.is_word();
                let lower = raw.to_lowercase();
                toks.push(Tok {
                    span: Span::new(start + token.span.start, start + token.span.end),
                    kind: token.kind,
                    stop: is_word && t.is_stop(i),
                    plural: is_word && t.is_plural_noun(i),
                    cue: if is_word {
                        t.verb(i).map(|v| format!("{}/{:?}", v.lemma, v.form))
                    } else {
                        None
                    },
                    capitalised: is_word && t.is_capitalised(i),
                    initial: is_word && !seen_word,
                    // "may" and "march" in lower case are the verbs.
                    month: is_word && t.is_capitalised(i) && MONTHS.contains(&lower.as_str()),
                    weekday: is_word && WEEKDAYS.contains(&lower.as_str()),
                    number_word: is_word && numbers.contains(&lower.as_str()),
                });
                seen_word |= is_word;
                words.push(word_for_tagger(raw, token.kind, raw_words));
            }
            if !toks.is_empty() {
                out.push(Sentence {
                    span: Span::new(start, start + s.len()),
                    toks,
                    words,
                });
            }
        }
    }
    out
}

/// The word harper-brill is given for a token: its text with `’` written `'`. Unless `raw`,
/// two helps for words its dictionary (the forms seen in training, lower-cased) lacks and
/// has no rule for, so that they would be untagged: a possessive is given without its `'s`
/// ("Bank's" as "Bank"; "it's", "who's" ... kept), and a number as a number of the same shape
/// the dictionary has ("14,400" as "2,000", "2024" as "800", "3.25" as "5.5").
fn word_for_tagger(raw: &str, kind: TokenKind, raw_words: bool) -> String {
    let word = raw.replace('’', "'");
    if raw_words {
        return word;
    }
    match kind {
        TokenKind::Number if word.contains(',') => "2,000".to_string(),
        TokenKind::Number if word.contains('.') => "5.5".to_string(),
        TokenKind::Number => "800".to_string(),
        TokenKind::Word => {
            const CLITICS: [&str; 10] = [
                "it's", "he's", "she's", "that's", "there's", "what's", "who's", "here's", "let's",
                "where's",
            ];
            let lower = word.to_lowercase();
            if lower.ends_with("'s") && !CLITICS.contains(&lower.as_str()) {
                word[..word.len() - 2].to_string()
            } else if lower.ends_with("s'") {
                word[..word.len() - 1].to_string()
            } else {
                word
            }
        }
        _ => word,
    }
}

/// Every sentence tagged. Kept out of line so that callgrind can report it alone.
#[inline(never)]
fn tag_all(sentences: &[Sentence]) -> Vec<Vec<Option<UPOS>>> {
    let tagger = brill_tagger();
    sentences
        .iter()
        .map(|s| tagger.tag_sentence(&s.words))
        .collect()
}

/// Which chunker: the rule-based one the brief names, or the neural one harper-core uses.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Brill,
    Burn,
}

/// Every sentence chunked with `which`, given its tags.
fn chunk_with(which: Which, sentences: &[Sentence], tags: &[Vec<Option<UPOS>>]) -> Vec<Vec<bool>> {
    match which {
        Which::Brill => chunk_all(sentences, tags),
        Which::Burn => burn_chunk_all(sentences, tags),
    }
}

/// Every sentence chunked by `burn_chunker()` (a small neural network, run on the CPU with
/// burn's ndarray backend, behind an LRU cache of 10,000 sentences: the timing of a first
/// pass over distinct sentences is of the network).
#[inline(never)]
fn burn_chunk_all(sentences: &[Sentence], tags: &[Vec<Option<UPOS>>]) -> Vec<Vec<bool>> {
    let chunker = burn_chunker();
    sentences
        .iter()
        .zip(tags)
        .map(|(s, t)| chunker.chunk_sentence(&s.words, t))
        .collect()
}

/// Every sentence chunked by `brill_chunker()`, given its tags.
#[inline(never)]
fn chunk_all(sentences: &[Sentence], tags: &[Vec<Option<UPOS>>]) -> Vec<Vec<bool>> {
    let chunker = brill_chunker();
    sentences
        .iter()
        .zip(tags)
        .map(|(s, t)| chunker.chunk_sentence(&s.words, t))
        .collect()
}

/// The models parsed from their JSON (once per process, on first use).
#[inline(never)]
fn load_models() {
    black_box(brill_tagger());
    black_box(brill_chunker());
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

fn speed(path: &str, runs: usize, raw_words: bool) {
    let text = read(path);
    let format = Format::from_path(path.as_ref());
    let bytes = text.len() as f64;
    let start = Instant::now();
    load_models();
    let load = start.elapsed().as_secs_f64();
    let mut prep = Vec::new();
    let mut tag = Vec::new();
    let mut chunk = Vec::new();
    let mut whole = Vec::new();
    let mut words = 0;
    let mut tokens = 0;
    for _ in 0..runs {
        let t0 = Instant::now();
        let sentences = sentences_of(&text, format, raw_words);
        let t1 = Instant::now();
        let tags = tag_all(&sentences);
        let t2 = Instant::now();
        let chunks = chunk_all(&sentences, &tags);
        let t3 = Instant::now();
        let analysis = analyze(&text, format, &Config::default());
        let t4 = Instant::now();
        black_box((&chunks, &analysis));
        prep.push((t1 - t0).as_secs_f64());
        tag.push((t2 - t1).as_secs_f64());
        chunk.push((t3 - t2).as_secs_f64());
        whole.push((t4 - t3).as_secs_f64());
        tokens = sentences.iter().map(|s| s.toks.len()).sum::<usize>();
        words = sentences
            .iter()
            .flat_map(|s| &s.toks)
            .filter(|t| t.kind == TokenKind::Word)
            .count();
    }
    // The neural chunker, once (its cache would answer later passes): its model loaded on a
    // sentence of one word first.
    let sentences = sentences_of(&text, format, raw_words);
    let tags = tag_all(&sentences);
    let t0 = Instant::now();
    black_box(burn_chunker().chunk_sentence(&["Load".to_string()], &[Some(UPOS::VERB)]));
    let burn_load = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    black_box(burn_chunk_all(&sentences, &tags));
    let burn = t1.elapsed().as_secs_f64();
    let w = words as f64;
    println!(
        "{path}: {} bytes, {} sentences' tokens {tokens}, words {words}; median of {runs} runs",
        text.len(),
        sentences_of(&text, format, raw_words).len()
    );
    println!(
        "models loaded, once per process: tagger and brill chunker (JSON parsed) {:.1} ms, \
         burn chunker {:.1} ms",
        load * 1e3,
        burn_load * 1e3
    );
    for (name, xs) in [
        (
            "sentences and word strings for harper-brill (copydesk's lexer)",
            prep,
        ),
        ("harper-brill tagging", tag),
        ("harper-brill chunking (brill_chunker)", chunk),
        ("copydesk analyze (whole engine)", whole),
        (
            "harper-brill burn_chunker, one cold pass (not a median)",
            vec![burn],
        ),
    ] {
        let m = median(xs);
        println!(
            "  {name}: {:.1} ms = {:.0} ns/word, {:.1} ns/byte, {:.1} MB/s",
            m * 1e3,
            m * 1e9 / w,
            m * 1e9 / bytes,
            bytes / m / 1e6
        );
    }
}

fn only(what: &str, path: &str, raw_words: bool) {
    let text = read(path);
    let format = Format::from_path(path.as_ref());
    match what {
        "tag" => {
            load_models();
            let sentences = sentences_of(&text, format, raw_words);
            let tags = tag_all(&sentences);
            let chunks = chunk_all(&sentences, &tags);
            black_box(chunks);
        }
        "burn" => {
            load_models();
            let sentences = sentences_of(&text, format, raw_words);
            let tags = tag_all(&sentences);
            black_box(burn_chunk_all(&sentences, &tags));
        }
        "analyze" => {
            black_box(analyze(&text, format, &Config::default()));
        }
        _ => {
            eprintln!("--only tag|burn|analyze FILE");
            std::process::exit(2);
        }
    }
}

/// A count of agreements for one class, with every disagreement kept for sampling.
#[derive(Default)]
struct Tally {
    total: usize,
    agree: usize,
    untagged: usize,
    by_tag: BTreeMap<String, usize>,
    disagreements: Vec<String>,
}

impl Tally {
    fn add(&mut self, tag: Option<UPOS>, agrees: bool, example: impl FnOnce() -> String) {
        self.total += 1;
        *self.by_tag.entry(tag_name(tag)).or_default() += 1;
        if tag.is_none() {
            self.untagged += 1;
        }
        if agrees {
            self.agree += 1;
        } else {
            self.disagreements.push(example());
        }
    }

    fn report(&self, name: &str, sample: usize) {
        let pct = |n: usize| 100.0 * n as f64 / self.total.max(1) as f64;
        println!(
            "\n## {name}\n{} tokens, {} agree ({:.1}%), {} untagged by harper-brill ({:.1}%)",
            self.total,
            self.agree,
            pct(self.agree),
            self.untagged,
            pct(self.untagged)
        );
        let mut tags: Vec<_> = self.by_tag.iter().collect();
        tags.sort_by(|a, b| b.1.cmp(a.1));
        let shown: Vec<String> = tags
            .iter()
            .map(|(t, n)| format!("{t} {n} ({:.1}%)", pct(**n)))
            .collect();
        println!("harper-brill's tags: {}", shown.join(", "));
        let d = &self.disagreements;
        if !d.is_empty() && sample > 0 {
            println!("sample of the {} disagreements:", d.len());
            let step = (d.len() as f64 / sample as f64).max(1.0);
            let mut k = 0.0;
            let mut n = 0;
            while (k as usize) < d.len() && n < sample {
                println!("  {:>2}. {}", n + 1, d[k as usize]);
                k += step;
                n += 1;
            }
        }
    }
}

fn tag_name(tag: Option<UPOS>) -> String {
    tag.map_or_else(|| "none".to_string(), |t| format!("{t:?}"))
}

/// The sentence with token `i` marked `[[...]]` and its tag, trimmed to 60 bytes each side.
fn context(text: &str, s: &Sentence, i: usize, tags: &[Option<UPOS>]) -> String {
    let t = &s.toks[i];
    let before = &text[s.span.start..t.span.start];
    let after = &text[t.span.end..s.span.end];
    let cut_before = before
        .char_indices()
        .map(|(k, _)| k)
        .find(|k| before.len() - k <= 60)
        .unwrap_or(before.len());
    let cut_after = after
        .char_indices()
        .map(|(k, _)| k)
        .take_while(|k| *k <= 60)
        .last()
        .unwrap_or(0);
    let after_end = if after.len() <= 60 {
        after.len()
    } else {
        cut_after
    };
    format!(
        "{}[[{}/{}]]{}",
        before[cut_before..].replace('\n', " "),
        t.span.of(text),
        tag_name(tags[i]),
        after[..after_end].replace('\n', " ")
    )
}

const FUNCTION_TAGS: [UPOS; 7] = [
    UPOS::DET,
    UPOS::ADP,
    UPOS::PRON,
    UPOS::AUX,
    UPOS::CCONJ,
    UPOS::SCONJ,
    UPOS::PART,
];

/// The noun-phrase chunk holding token `at` or, failing that, the first one starting within
/// the three tokens after it, past only words that may modify a noun (untagged, ADJ, NUM):
/// copydesk's counted noun may stand up to three modifiers after the number too. Its tokens
/// as a range.
fn chunk_at(np: &[bool], tags: &[Option<UPOS>], at: usize) -> Option<std::ops::Range<usize>> {
    let start = (at..np.len().min(at + 4))
        .take_while(|&k| k == at || np[k] || matches!(tags[k], None | Some(UPOS::ADJ | UPOS::NUM)))
        .find(|&k| np[k])?;
    let mut lo = start;
    while lo > 0 && np[lo - 1] {
        lo -= 1;
    }
    let mut hi = start;
    while hi < np.len() && np[hi] {
        hi += 1;
    }
    Some(lo..hi)
}

/// The head of the chunk `range` after the number's last token `at`: the last of the first
/// run of nouns (NOUN, PROPN) after it. The chunker marks each word in or out of a noun
/// phrase and no more, so two phrases side by side ("people a year") make one run of flags:
/// the first run of nouns is taken as the head of the first.
fn head_of(range: std::ops::Range<usize>, tags: &[Option<UPOS>], at: usize) -> Option<usize> {
    let is_noun = |k: usize| matches!(tags[k], Some(UPOS::NOUN | UPOS::PROPN));
    let mut k = (at + 1).max(range.start);
    while k < range.end && !is_noun(k) {
        k += 1;
    }
    if k >= range.end {
        return None;
    }
    while k + 1 < range.end && is_noun(k + 1) {
        k += 1;
    }
    Some(k)
}

fn compare(paths: &[String], sample: usize, raw_words: bool, which: Which) {
    let mut plural = Tally::default();
    let mut plural_nominal = Tally::default();
    let mut cue = Tally::default();
    let mut cues_taken = Tally::default();
    let mut stop = Tally::default();
    let mut capital = Tally::default();
    let mut propn_lower = Tally::default();
    let mut months = Tally::default();
    let mut weekdays = Tally::default();
    let mut number_words = Tally::default();
    let mut words = 0;
    let mut untagged_words = 0;
    // Figures.
    let mut claims = 0;
    let mut with_noun = 0;
    let mut noun_agree = 0;
    let mut noun_no_chunk = 0;
    let mut noun_disagree = Vec::new();
    let mut no_noun = 0;
    let mut no_noun_harper_head = Vec::new();
    let mut unit_claims = 0;
    let mut bytes = 0;
    for path in paths {
        let text = read(path);
        bytes += text.len();
        let format = Format::from_path(path.as_ref());
        let name = path.rsplit('/').next().unwrap_or(path);
        let sentences = sentences_of(&text, format, raw_words);
        let tags = tag_all(&sentences);
        let chunks = chunk_with(which, &sentences, &tags);
        for (s, (tags, _)) in sentences.iter().zip(tags.iter().zip(&chunks)) {
            for (i, t) in s.toks.iter().enumerate() {
                if t.kind != TokenKind::Word {
                    continue;
                }
                words += 1;
                let tag = tags[i];
                untagged_words += usize::from(tag.is_none());
                let ex = || format!("{name}: {}", context(&text, s, i, tags));
                if t.plural {
                    plural.add(tag, tag == Some(UPOS::NOUN), ex);
                    plural_nominal.add(tag, matches!(tag, Some(UPOS::NOUN | UPOS::PROPN)), ex);
                }
                if let Some(c) = &t.cue {
                    let ex2 = || format!("{name} ({c}): {}", context(&text, s, i, tags));
                    cue.add(tag, tag == Some(UPOS::VERB), ex2);
                }
                if t.stop {
                    stop.add(tag, tag.is_some_and(|g| FUNCTION_TAGS.contains(&g)), ex);
                }
                if t.capitalised && !t.initial && !t.month && !t.weekday {
                    capital.add(tag, tag == Some(UPOS::PROPN), ex);
                }
                if !t.capitalised && tag == Some(UPOS::PROPN) {
                    propn_lower.add(tag, false, ex);
                }
                if t.month {
                    months.add(tag, tag == Some(UPOS::PROPN), ex);
                }
                if t.weekday {
                    weekdays.add(tag, tag == Some(UPOS::PROPN), ex);
                }
                if t.number_word {
                    number_words.add(tag, tag == Some(UPOS::NUM), ex);
                }
            }
        }
        // The noun copydesk counted against harper-brill's chunk.
        let analysis = analyze(&text, format, &Config::default());
        // The cue verbs the engine took (each once): what harper-brill tags them.
        let mut cues_seen = std::collections::BTreeSet::new();
        for a in analysis
            .figures
            .iter()
            .filter_map(|f| f.attribution.as_ref())
        {
            if !cues_seen.insert(a.cue_span.start) {
                continue;
            }
            let found = sentences.iter().enumerate().find_map(|(si, s)| {
                let k = s
                    .toks
                    .iter()
                    .position(|t| t.span.start == a.cue_span.start)?;
                Some((si, k))
            });
            if let Some((si, k)) = found
                && let Some(c) = &sentences[si].toks[k].cue
            {
                let s = &sentences[si];
                let tag = tags[si][k];
                let ex = || format!("{name} ({c}): {}", context(&text, s, k, &tags[si]));
                cues_taken.add(tag, tag == Some(UPOS::VERB), ex);
            }
        }
        for f in analysis.figures.iter().filter(|f| f.kind == Kind::Claim) {
            claims += 1;
            let Some(si) = sentences
                .iter()
                .position(|s| s.span.start <= f.number.start && f.number.end <= s.span.end)
            else {
                continue;
            };
            let s = &sentences[si];
            let (tags, np) = (&tags[si], &chunks[si]);
            // The last token of the numeral.
            let Some(last) = s.toks.iter().rposition(|t| t.span.start < f.number.end) else {
                continue;
            };
            // copydesk's counted noun: the figure's unit when it is the word its span ends on.
            let noun = f.unit.as_deref().and_then(|u| {
                s.toks
                    .iter()
                    .rposition(|t| t.span.end <= f.span.end && t.kind == TokenKind::Word)
                    .filter(|&k| k > last && s.toks[k].span.of(&text) == u)
            });
            let head = chunk_at(np, tags, last).and_then(|r| head_of(r, tags, last));
            let show = |k: Option<usize>| {
                k.map_or("-".to_string(), |k| s.toks[k].span.of(&text).to_string())
            };
            let chunk_text = chunk_at(np, tags, last).map_or("-".to_string(), |r| {
                Span::new(s.toks[r.start].span.start, s.toks[r.end - 1].span.end)
                    .of(&text)
                    .replace('\n', " ")
            });
            let sentence = s.span.of(&text).replace('\n', " ");
            let ex = || {
                format!(
                    "{name}: figure {:?} copydesk {:?} harper {:?} chunk {:?} | {}",
                    f.span.of(&text),
                    show(noun),
                    show(head),
                    chunk_text,
                    sentence
                )
            };
            match (noun, f.unit.is_some()) {
                (Some(n), _) => {
                    with_noun += 1;
                    if head == Some(n) {
                        noun_agree += 1;
                    } else {
                        if head.is_none() {
                            noun_no_chunk += 1;
                        }
                        noun_disagree.push(ex());
                    }
                }
                (None, true) => unit_claims += 1,
                (None, false) => {
                    no_noun += 1;
                    if head.is_some() {
                        no_noun_harper_head.push(ex());
                    }
                }
            }
        }
    }
    println!(
        "# harper-brill against copydesk's word lists\n{} drafts, {bytes} bytes, {words} words; \
         {untagged_words} words ({:.1}%) untagged by harper-brill (outside its dictionary)",
        paths.len(),
        100.0 * untagged_words as f64 / words.max(1) as f64
    );
    plural.report("Plural nouns (Tokens::is_plural_noun) ~ NOUN", sample);
    plural_nominal.report("Plural nouns ~ NOUN or PROPN", 0);
    cue.report("Cue verbs (Tokens::verb) ~ VERB", sample);
    cues_taken.report(
        "Cue verbs the engine took as a figure's attribution cue ~ VERB",
        sample,
    );
    stop.report(
        "Stop words (Tokens::is_stop) ~ DET/ADP/PRON/AUX/CCONJ/SCONJ/PART",
        sample,
    );
    capital.report(
        "Capitalised words not first in their sentence (not months, weekdays) ~ PROPN",
        sample,
    );
    propn_lower.report("Lower-case words harper-brill tags PROPN", sample);
    months.report("Month names ~ PROPN", sample);
    weekdays.report("Weekday names ~ PROPN", sample);
    number_words.report("Number words (numbers::number_word_starts) ~ NUM", sample);
    println!(
        "\n## Counted nouns\n{claims} claims: {with_noun} with a counted noun, {unit_claims} with \
         a unit (currency, per cent ...) and no noun, {no_noun} with neither"
    );
    println!(
        "with a counted noun: harper-brill's chunk head is the same word for {noun_agree} \
         ({:.1}%); no chunk or no nominal head after the number for {noun_no_chunk}",
        100.0 * noun_agree as f64 / with_noun.max(1) as f64
    );
    let show_sample = |list: &[String], title: &str| {
        println!("{title}: {} cases", list.len());
        let step = (list.len() as f64 / sample as f64).max(1.0);
        let mut k = 0.0;
        let mut n = 0;
        while (k as usize) < list.len() && n < sample {
            println!("  {:>2}. {}", n + 1, list[k as usize]);
            k += step;
            n += 1;
        }
    };
    show_sample(&noun_disagree, "sample of the disagreements");
    println!(
        "with neither noun nor unit: harper-brill's chunk has a nominal head after the number \
         for {} of {no_noun}",
        no_noun_harper_head.len()
    );
    show_sample(&no_noun_harper_head, "sample of those");
}

/// Each word of `text` with its tag and noun-phrase flag (`+` inside a chunk).
fn show(text: &str, raw_words: bool, which: Which) {
    let sentences = sentences_of(text, Format::PlainText, raw_words);
    let tags = tag_all(&sentences);
    let chunks = chunk_with(which, &sentences, &tags);
    for ((s, tags), np) in sentences.iter().zip(&tags).zip(&chunks) {
        let line: Vec<String> = s
            .words
            .iter()
            .zip(tags)
            .zip(np)
            .map(|((w, t), n)| format!("{w}/{}{}", tag_name(*t), if *n { "+" } else { "" }))
            .collect();
        println!("{}", line.join(" "));
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    // `--raw`: every token given to harper-brill as written (see `word_for_tagger`).
    let raw_words = args.first().is_some_and(|a| a == "--raw");
    if raw_words {
        args.remove(0);
        println!("(--raw: words given to harper-brill as written)");
    }
    // `--burn`: chunks from `burn_chunker()` instead of `brill_chunker()`.
    let which = if args.first().is_some_and(|a| a == "--burn") {
        args.remove(0);
        println!("(--burn: chunks from burn_chunker)");
        Which::Burn
    } else {
        Which::Brill
    };
    match args.as_slice() {
        [flag, path] if flag == "--speed" => speed(path, 7, raw_words),
        [flag, path, runs] if flag == "--speed" => {
            speed(path, runs.parse().unwrap_or(7), raw_words)
        }
        [flag, what, path] if flag == "--only" => only(what, path, raw_words),
        [flag, text] if flag == "--show" => show(text, raw_words, which),
        [] => {
            eprintln!(
                "usage: tagger-eval [--raw] [--burn] FILES... | tagger-eval [--raw] --speed FILE [RUNS] | \
                 tagger-eval [--raw] --only tag|analyze FILE"
            );
            std::process::exit(2);
        }
        files => compare(files, 20, raw_words, which),
    }
}
