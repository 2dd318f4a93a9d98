//! Tests of attribution within a sentence: cues, sources, grades and pronouns.

use crate::analysis::attribution::patterns::*;
use crate::analysis::attribution::sentence::*;
use crate::analysis::figures::claims::Grade;
use crate::analysis::text::cues::Lexicon;
use crate::analysis::text::tokens::Tokens;

fn cue_of(text: &str) -> Option<(String, String, Grade)> {
    let t = Tokens::new(text);
    let quotes = crate::analysis::text::sentences::quotations(text);
    cues_in_sentence(&t, 0, t.len(), &quotes, false, &Lexicon::default())
        .into_iter()
        .next()
        .map(|c| {
            let a = c.attribution;
            (a.source.into(), a.cue.into(), a.grade)
        })
}

fn source_of(text: &str) -> Option<String> {
    cue_of(text).map(|c| c.0)
}

#[test]
fn wire_datelines_and_long_descriptions_keep_the_subject() {
    // A Reuters dateline ends in a spaced hyphen; the subject after it still speaks.
    assert_eq!(
        source_of(
            "LONDON, Oct 8 (Reuters) - Harcourts, Britain's fourth-biggest grocer, reported a 23% rise in profit."
        ),
        Some("Harcourts".into())
    );
    assert_eq!(
        source_of(
            "LONDON (Reuters) - The company, which is based in Ohio, said 300 jobs would go."
        ),
        Some("The company".into())
    );
    // A description running past its noun, with a relative clause.
    assert_eq!(
        source_of(
            "One victim, a 67-year-old retired teacher from Ohio who asked to be identified only as Linda, told the court she had lost $230,000."
        ),
        Some("One victim".into())
    );
    assert_eq!(
        source_of(
            "The victim, a retired teacher who lives in Ohio, told the court she lost $230,000."
        ),
        Some("The victim".into())
    );
    // Near-miss: a clause (not a description) between commas gives no subject.
    assert_eq!(
        source_of("Sales, up in most regions of Ohio, reported 300 stores."),
        None
    );
}

#[test]
fn whoever_revises_a_count_is_its_source() {
    assert_eq!(
        source_of("It later raised the number of survivors to 41, including six children."),
        Some("It".into())
    );
    assert_eq!(
        source_of("Officials revised the death toll up to 300 on Friday."),
        Some("Officials".into())
    );
    assert_eq!(
        source_of("The coast guard lowered its estimate of the missing to 30."),
        Some("The coast guard".into())
    );
    // Near-misses: no count's noun, no source as subject, or no "to".
    assert_eq!(source_of("The Fed raised rates to 5.5% in July."), None);
    assert_eq!(
        source_of("Heavy rain raised the number of flooded homes to 300."),
        None
    );
    assert_eq!(
        source_of("The storm raised the death toll to 41 by Friday."),
        None
    );
    assert_eq!(source_of("It raised the number of beds by 40."), None);
    assert_eq!(
        source_of("Rescuers raised the boat to the surface after 3 hours."),
        None
    );
}

#[test]
fn a_plural_subject_before_a_name_takes_a_base_verb() {
    assert_eq!(
        source_of(
            "Analysts at Quilty Space estimate SpaceX's revenue will reach $13.3 billion this year."
        ),
        Some("Analysts at Quilty Space".into())
    );
    assert_eq!(
        source_of(
            "Scientists at the World Weather Attribution group say climate change has made such heatwaves at least 10 times more likely."
        ),
        Some("Scientists at the World Weather Attribution group".into())
    );
    // Near-miss: a singular head with a name before the verb is no subject of "estimate".
    assert_eq!(
        source_of("The head of Quilty Space estimate revenue at $13.3 billion."),
        None
    );
    // People who forecast take an object, not only a clause, past the name.
    assert_eq!(
        source_of("Analysts at Jefferies estimate peak annual sales of $6 billion."),
        Some("Analysts at Jefferies".into())
    );
    assert_eq!(
        source_of("Economists at the IMF expect growth of 1.2% next year."),
        Some("Economists at the IMF".into())
    );
    // Near-misses: a head that names no people still needs a clause after the verb.
    assert_eq!(
        source_of("Sales at Jefferies estimate peak annual sales of $6 billion."),
        None
    );
    assert_eq!(
        source_of("Prices in Jefferies count peak annual sales of $6 billion."),
        None
    );
}

#[test]
fn records_and_conceded_goals_are_no_cues() {
    assert_eq!(
        source_of("Haaland scored 36 league goals in his first season, a Premier League record."),
        None
    );
    assert_eq!(
        sources_of("Their manager, Marco Silva, said his side had conceded 48 goals this season."),
        vec!["Marco Silva".to_string()]
    );
    // Near-misses: a body that records, a plural subject closing the sentence, and a
    // concession in argument.
    assert_eq!(
        source_of("Prices rose 3% in May, analysts say."),
        Some("analysts".into())
    );
    assert_eq!(
        source_of("The minister conceded that 300 schools had closed."),
        Some("The minister".into())
    );
}

#[test]
fn party_tags_and_times_inside_a_source() {
    assert_eq!(
        source_of(
            "Sen. Rand Paul, R-Ky., who led opposition to the bill, said the debt now exceeds $34 trillion."
        ),
        Some("Sen. Rand Paul".into())
    );
    assert_eq!(
        source_of("A Gallup poll published last month found that 41% of Americans agree."),
        Some("A Gallup poll published last month".into())
    );
    // Near-miss: "last month" after a verb that is no participle stays out.
    assert_eq!(
        source_of("Sales fell last month, the company said, to 300 units."),
        Some("the company".into())
    );
}

#[test]
fn a_named_document_shows() {
    assert_eq!(
        source_of(
            "The ADP National Employment Report showed private employers added 152,000 jobs."
        ),
        Some("The ADP National Employment Report".into())
    );
    // Near-miss: a named place that shows things is no source.
    assert_eq!(source_of("The National Gallery shows 300 paintings."), None);
}

#[test]
fn a_base_verb_before_a_modal_reports() {
    assert_eq!(
        source_of("He must pay restitution that prosecutors estimate will exceed $1 billion."),
        Some("prosecutors".into())
    );
    // Near-misses: a noun before the modal, and a verb with no plural subject.
    assert_eq!(source_of("The estimate will exceed $1 billion."), None);
    assert_eq!(
        source_of("Costs estimate will exceed $1 billion."),
        Some("Costs".into())
    );
}

#[test]
fn united_states_and_record_figures_are_no_cues() {
    assert_eq!(
        source_of("The phone will cost $1,099 in the United States, $100 more than last year."),
        None
    );
    assert_eq!(
        source_of(
            "In 1974 he took 8 for 43, still the best figures by an England bowler at the ground."
        ),
        None
    );
    assert_eq!(
        source_of("Helene killed at least 230 people across six states, making it the deadliest."),
        None
    );
    // Near-misses: the verb before "that", and the latest figures from a source.
    assert_eq!(
        source_of("The ministry states that 300 people died."),
        Some("The ministry".into())
    );
    assert_eq!(
        source_of("The latest figures from the ONS show 300 deaths."),
        Some("the ONS".into())
    );
    assert_eq!(
        source_of("Orbit also unveiled a $349 watch."),
        Some("Orbit".into())
    );
}

#[test]
fn a_second_verb_shares_the_subject() {
    assert_eq!(
        source_of("Mr Siddiqui congratulated her and said Labour would win 300 seats."),
        Some("Mr Siddiqui".into())
    );
    assert_eq!(
        source_of(
            "Supporters' trust chair Ray Dunne welcomed the signing but said fans wanted 300 more."
        ),
        Some("Supporters' trust chair Ray Dunne".into())
    );
    assert_eq!(
        source_of("Ms Carver, a teacher, welcomed the result and said 300 people helped."),
        Some("Ms Carver".into())
    );
    assert_eq!(
        source_of("She welcomed the result but said 300 people had left."),
        Some("She".into())
    );
    // Near-misses: a subject of its own before the verb, and no reporting verb at all.
    assert_eq!(
        source_of("Prices jumped 4% and analysts said 300 stores would close."),
        Some("analysts".into())
    );
    assert_eq!(source_of("Sales climbed and reached 300 stores."), None);
    assert_eq!(
        source_of("Rescuers searched the rubble and said 300 people were missing."),
        Some("Rescuers".into())
    );
    assert_eq!(
        source_of(
            "Officers raided the building early on 14 March last year and found 2,000 plants."
        ),
        Some("Officers".into())
    );
    assert_eq!(
        source_of("The study followed 8,000 adults and found a 30% higher risk."),
        Some("The study".into())
    );
    assert_eq!(source_of("Prices climbed but said 300 stores."), None);
    assert_eq!(
        source_of("The company opened 30 stores last year and said 300 more would open."),
        Some("The company".into())
    );
}

#[test]
fn a_capitalised_function_word_inside_a_name() {
    assert_eq!(
        source_of("She is guaranteed at least £178,000, according to the All England Club."),
        Some("the All England Club".into())
    );
    // Near-miss: a lower-case "all" still ends the source.
    assert_eq!(
        source_of("The club said all 300 tickets had gone."),
        Some("The club".into())
    );
}

#[test]
fn on_average_sits_between_subject_and_verb() {
    assert_eq!(
        source_of("Analysts had on average expected £398 million."),
        Some("Analysts".into())
    );
    // Near-miss: "average" as the head of a source phrase stays.
    assert_eq!(
        source_of("The average forecast showed 300 jobs."),
        Some("The average forecast".into())
    );
}

#[test]
fn hyphenated_and_hedging_participles() {
    // "self-reported" is an adjective: nobody reports.
    assert_eq!(
        source_of(
            "Sleep was self-reported by most participants, although about 3,900 of them wore a device."
        ),
        None
    );
    // "a fee reported to be" hedges like "reportedly".
    assert_eq!(
        cue_of("He joined in June for a fee reported to be about £30m.").map(|c| c.2),
        Some(Grade::Vague)
    );
    // Near-misses: the plain verbs still report.
    assert_eq!(
        source_of("Participants reported sleeping 3,900 nights."),
        Some("Participants".into())
    );
    assert_eq!(
        source_of("The club reported a fee of about £30m."),
        Some("The club".into())
    );
}

#[test]
fn a_source_is_kept_with_single_spaces() {
    // As the prose layer hands over a Markdown link: brackets masked to spaces.
    assert_eq!(
        source_of("The  Office for Budget Responsibility  said 300 jobs would go."),
        Some("The Office for Budget Responsibility".into())
    );
    assert_eq!(
        source_of("Growth was 2%, according to the Office for\nNational Statistics."),
        Some("the Office for National Statistics".into())
    );
}

#[test]
fn a_capitalised_verb_inside_a_name_and_a_possessive_document() {
    for (text, source) in [
        (
            "Aid has reached more than $66 billion, according to the State Department.",
            "the State Department",
        ),
        (
            "Aid has reached $66 billion, according to State Department figures.",
            "State Department figures",
        ),
        (
            "Aid has reached $66 billion, the State Department said.",
            "the State Department",
        ),
        (
            "It employs 2,300 people, according to its filing.",
            "filing",
        ),
        (
            "It employs 2,300 people, according to its report.",
            "report",
        ),
        (
            "It employs 2,300 people, according to its most recent filing with the \
             Companies Registration Office.",
            "most recent filing with the Companies Registration Office",
        ),
    ] {
        assert_eq!(source_of(text).as_deref(), Some(source), "{text}");
    }
    assert_eq!(
        source_of("He has spent £200m, according to figures compiled by Transfermarkt."),
        Some("Transfermarkt".into())
    );
    assert_eq!(
        source_of(
            "Its director, Madeleine Sumption, said arrivals on work and study visas had \
             fallen by roughly a third."
        ),
        Some("Madeleine Sumption".into())
    );
    for text in [
        "Prices rose 5%, said the ministry on Monday.",
        "Prices rose 5%, said the ministry in a statement.",
        "Prices rose 5%, said officials on condition of anonymity.",
    ] {
        assert!(
            source_of(text).is_some_and(|s| !s.contains("Prices")),
            "{text}"
        );
    }
    assert_eq!(
        source_of(
            "If current trends continue, the population will pass 65 million by 2032, the \
             ONS projects."
        ),
        Some("the ONS".into())
    );
    assert_eq!(
        source_of("If confirmed, 300 people died, the ministry said."),
        Some("the ministry".into())
    );
    assert_eq!(
        source_of(
            "The Kiel Institute, which tracks aid pledges, estimates that Europe has \
             committed 132 billion euros."
        ),
        Some("The Kiel Institute".into())
    );
    assert_eq!(
        source_of("Only about half of pledged equipment has arrived."),
        None
    );
    assert_eq!(
        source_of("The 24 jets promised by the Netherlands have arrived."),
        Some("the Netherlands".into())
    );
    assert_eq!(
        source_of("The Netherlands promised 24 jets."),
        Some("The Netherlands".into())
    );
    assert_eq!(
        source_of("The ministry, which reports losses, said 300 died."),
        Some("The ministry".into())
    );
    // Near misses: a lower-case verb still ends the source, and "according to plan"
    // and a capitalised verb opening a clause are no names.
    assert_eq!(
        source_of("Everything went according to plan, and 300 guests came."),
        None
    );
    assert_eq!(
        source_of("Sales rose 4%, according to the ministry said nothing."),
        Some("the ministry".into())
    );
    assert_eq!(
        cue_of("Output fell 3%, according to the council reported by Reuters.").map(|c| c.0),
        Some("the council".into())
    );
}

#[test]
fn according_to_takes_the_whole_name() {
    assert_eq!(
        source_of(
            "included “about 14400 people”, according to the General Staff of the Armed Forces of Ukraine."
        ),
        Some("the General Staff of the Armed Forces of Ukraine".into())
    );
}

#[test]
fn subject_before_the_verb() {
    assert_eq!(
        source_of("Ukraine claimed on Saturday that more than 14,400 soldiers died."),
        Some("Ukraine".into())
    );
    assert_eq!(
        source_of(
            "In a post shared on Facebook, the Ukrainian military command also claimed that Russia lost 450 tanks."
        ),
        Some("the Ukrainian military command".into())
    );
    assert_eq!(
        source_of(
            "The event came as the latest UN count indicated at least 816 civilians have been killed."
        ),
        Some("the latest UN count".into())
    );
    assert_eq!(
        source_of(
            "Late on Friday, Ukrainian president Volodymyr Zelensky said the 200,000 people gathered."
        ),
        Some("Ukrainian president Volodymyr Zelensky".into())
    );
}

#[test]
fn present_tense_claims_needs_a_clause() {
    assert_eq!(
        source_of("Hours after the rally, Ukraine claims Russia has lost 14,400 soldiers"),
        Some("Ukraine".into())
    );
    assert_eq!(source_of("Insurance claims rose to 300 last year."), None);
    assert_eq!(source_of("TV shows are watched by 300 people."), None);
}

#[test]
fn inversion_and_quotes() {
    assert_eq!(
        source_of("“We lost 300 tanks,” said Mr Smith."),
        Some("Mr Smith".into())
    );
    assert_eq!(
        source_of("“We lost 300 tanks,” the minister said."),
        Some("the minister".into())
    );
    assert_eq!(
        source_of("Russia lost 300 tanks, the ministry said on Tuesday."),
        Some("the ministry".into())
    );
}

#[test]
fn grades() {
    assert_eq!(
        cue_of("It added that 95 planes were lost.").map(|c| c.2),
        Some(Grade::Pronoun)
    );
    assert_eq!(
        cue_of("Officials said 300 people died.").map(|c| c.2),
        Some(Grade::Vague)
    );
    assert_eq!(
        cue_of("ONS figures show 300 people died.").map(|c| c.2),
        Some(Grade::Document)
    );
    assert_eq!(
        cue_of("About 300 people were reportedly killed.").map(|c| c.2),
        Some(Grade::Vague)
    );
    assert_eq!(
        cue_of("300 people are said to have died.").map(|c| c.2),
        Some(Grade::Vague)
    );
}

#[test]
fn false_cues() {
    assert_eq!(
        source_of("Everything went according to plan with 300 guests."),
        None
    );
    assert_eq!(source_of("An estimated 300 people attended."), None);
    assert_eq!(
        source_of("Police declined to say how many of the 300 were held."),
        None
    );
}

#[test]
fn prepositional_and_possessive() {
    assert_eq!(
        source_of("Figures from the Office for National Statistics put it at 4%."),
        Some("the Office for National Statistics".into())
    );
    assert_eq!(
        source_of("By the UN’s count, 816 civilians have died."),
        Some("the UN".into())
    );
    assert_eq!(
        source_of("A report by the World Bank found 3%."),
        Some("the World Bank".into())
    );
}

#[test]
fn a_label_and_its_value_is_no_headline_colon() {
    for text in [
        "Revenue: £2.1bn",
        "Staff: 41,000",
        "Population: 8.9 million",
    ] {
        let t = Tokens::new(text);
        let cues = cues_in_sentence(&t, 0, t.len(), &[], true, &Lexicon::default());
        assert!(cues.is_empty(), "{text}: {cues:?}");
    }
}

#[test]
fn headline_colon_attributes() {
    let text = "Minister: 14,400 troops lost";
    let t = Tokens::new(text);
    let cues = cues_in_sentence(&t, 0, t.len(), &[], true, &Lexicon::default());
    assert_eq!(
        cues.first().map(|c| c.attribution.source.as_str()),
        Some("Minister")
    );
}

#[test]
fn a_topic_label_before_a_headline_colon_names_nobody() {
    let first_source = |text: &str| {
        let t = Tokens::new(text);
        headline_colon(&t, 0, t.len()).map(|c| c.attribution.source.to_string())
    };
    for text in [
        "Storm Claudia: 300 homes flooded in Wales",
        "Ukraine war: Russia has lost 300 tanks",
        "Election latest: 300 seats counted so far",
        "Covid: 1,200 new cases recorded overnight",
    ] {
        assert_eq!(first_source(text), None, "{text}");
    }
    // Near-misses: a speaker, a body and a named person keep the credit.
    for (text, source) in [
        ("Putin: 300 tanks were never lost", "Putin"),
        ("UN: 14,000 civilians have fled", "UN"),
        ("Met Office: 40C possible this week", "Met Office"),
    ] {
        assert_eq!(first_source(text), Some(source.to_string()), "{text}");
    }
}

#[test]
fn a_body_that_expects_a_figure_is_its_source() {
    let text = "The IMF expects growth of 2.1% next year.";
    assert_eq!(credited(text, "2.1%", &[]).as_deref(), Some("The IMF"));
    // Near-miss: a passive expectation names nobody.
    let text = "Growth of 2.1% is expected next year.";
    assert_eq!(credited(text, "2.1%", &[]), None);
}

#[test]
fn a_plus_glued_to_a_name_is_part_of_the_source() {
    let text = "Oil fell after Opec+ said it would raise output by 400,000 barrels a day.";
    assert_eq!(credited(text, "400,000", &[]).as_deref(), Some("Opec+"));
    // Near-miss: no cue, no source.
    let text = "Oil fell as Opec+ output rose by 400,000 barrels a day.";
    assert_eq!(credited(text, "400,000", &[]), None);
}

#[test]
fn headline_dash_credits_its_source() {
    for (text, source) in [
        ("Inflation falls to 3.2% - ONS", "ONS"),
        (
            "NHS waiting list falls to 7.5 million – NHS England",
            "NHS England",
        ),
    ] {
        let t = Tokens::new(text);
        let cues = cues_in_sentence(&t, 0, t.len(), &[], true, &Lexicon::default());
        assert_eq!(
            cues.first().map(|c| c.attribution.source.as_str()),
            Some(source),
            "{text}"
        );
    }
    // Near-misses: a dash before words that name nobody, and body text.
    for (text, headline) in [
        ("Prices rise 3% - and more rises to come", true),
        ("Inflation falls to 3.2% - ONS", false),
    ] {
        let t = Tokens::new(text);
        let cues = cues_in_sentence(&t, 0, t.len(), &[], headline, &Lexicon::default());
        assert!(cues.is_empty(), "{text}: {cues:?}");
    }
}

fn sources_of(text: &str) -> Vec<String> {
    let t = Tokens::new(text);
    let quotes = crate::analysis::text::sentences::quotations(text);
    cues_in_sentence(&t, 0, t.len(), &quotes, false, &Lexicon::default())
        .into_iter()
        .map(|c| c.attribution.source.into())
        .collect()
}

/// The source credited for the claim whose text starts with `figure`, analysing `text` as
/// a whole draft (so pronouns resolve and carry-over applies).
fn credited(text: &str, figure: &str, extra: &[&str]) -> Option<String> {
    let config = crate::analysis::Config {
        cues: extra.iter().map(|s| s.to_string()).collect(),
        ..Default::default()
    };
    let analysis = crate::analysis::analyze(text, crate::analysis::Format::PlainText, &config);
    analysis
        .figures
        .iter()
        .find(|f| f.span.of(text).starts_with(figure) || f.number.of(text) == figure)
        .and_then(|f| f.attribution.as_ref())
        .map(|a| a.effective_source().to_string())
}

#[test]
fn cue_closing_the_sentence_after_a_comma() {
    assert_eq!(
        source_of("Hungary has 20 billion euros of EU funds frozen, the European Commission says."),
        Some("the European Commission".into())
    );
    assert_eq!(
        source_of("Small boat crossings fell to 29,437 last year, Home Office figures show."),
        Some("Home Office figures".into())
    );
    assert_eq!(
        source_of("Apple is appealing a $1.2bn verdict, court filings show."),
        Some("court filings".into())
    );
    assert_eq!(
        source_of("A buyer would need a deposit of almost £42,000, Nationwide estimates."),
        Some("Nationwide".into())
    );
    assert_eq!(
        source_of("Prices rose 3%, analysts say.").map(|s| s.to_lowercase()),
        Some("analysts".into())
    );
    // Nouns ending a sentence are not cues.
    assert_eq!(source_of("He watched three TV shows."), None);
    assert_eq!(source_of("The firm paid 300 insurance claims."), None);
}

#[test]
fn document_subject_makes_a_data_verb_before_any_clause() {
    assert_eq!(
        source_of("ONS figures show food prices rose by 7 per cent in the year."),
        Some("ONS figures".into())
    );
    assert_eq!(
        source_of("Data published on Tuesday showed 300 more cases."),
        Some("Data published on Tuesday".into())
    );
    assert_eq!(
        cue_of("Data published on Tuesday showed 300 more cases.").map(|c| c.2),
        Some(Grade::Document)
    );
}

#[test]
fn inverted_verb_takes_the_source_only_when_it_closes_the_clause() {
    assert_eq!(
        source_of("Sales rose 3 per cent, said the ministry on Monday."),
        Some("the ministry".into())
    );
    assert_eq!(
        source_of("Sales rose 3 per cent, says Ms Revie."),
        Some("Ms Revie".into())
    );
    // A clause after the verb: the subject is before the comma-delimited phrase.
    assert_eq!(
        source_of(
            "Harlow Brands, which reported revenue of $1.2bn last year, said the combined group would have sales of $1.6bn."
        ),
        Some("Harlow Brands".into())
    );
    assert_eq!(
        sources_of(
            "A survey by the British Retail Consortium, published on Monday, showed footfall up 3.1 per cent."
        ),
        vec!["the British Retail Consortium".to_string()]
    );
    assert_eq!(
        source_of("The survey of 2,029 adults, carried out in March, puts Labour on 44 per cent."),
        Some("The survey of 2,029 adults".into())
    );
}

#[test]
fn apposition_and_titles() {
    assert_eq!(
        source_of(
            "Robert Gardner, Nationwide's chief economist, said prices were about 3 per cent below the peak."
        ),
        Some("Robert Gardner".into())
    );
    assert_eq!(
        source_of(
            "The council's housing director, Paul Grant, said 53 people had been found sleeping rough."
        ),
        Some("Paul Grant".into())
    );
    assert_eq!(
        source_of(
            "Emma Revie, chief executive of the Trussell Trust, said 3.1 million parcels were handed out."
        ),
        Some("Emma Revie".into())
    );
    assert_eq!(
        source_of(
            "But Tim Mitchell, president of the Royal College of Surgeons, said about one in nine people were waiting."
        ),
        Some("Tim Mitchell".into())
    );
    assert_eq!(
        source_of("Mr Smith, 52, said he sold 300 cakes."),
        Some("Mr Smith".into())
    );
    assert_eq!(
        source_of("“We lost 300 tanks,” Ivan Petrov, the defence minister, said."),
        Some("Ivan Petrov".into())
    );
    assert_eq!(
        source_of(
            "The hospice needs to raise £3.5 million a year, according to its chief executive, Dr Paul Gray."
        ),
        Some("Dr Paul Gray".into())
    );
    // A comma-delimited phrase that is no apposition gives no source.
    assert_eq!(
        source_of("Prices in London, the most expensive region, rose 3%."),
        None
    );
    assert_eq!(source_of("Sales rose 3%, the best result in years."), None);
}

#[test]
fn the_object_of_told_is_an_audience() {
    assert_eq!(
        source_of(
            "The council leader, Dev Patel, told reporters on Sunday that 300 homes were empty."
        ),
        Some("Dev Patel".into())
    );
    assert_eq!(
        source_of(
            "Its chief executive, Lena Brooks, told investors the group would employ 21,000 people."
        ),
        Some("Lena Brooks".into())
    );
    assert_eq!(
        source_of("Lena Brooks told investors the group would employ 21,000 people."),
        Some("Lena Brooks".into())
    );
    assert_eq!(source_of("He was told 300 jobs would go."), None);
}

#[test]
fn action_verbs_do_not_make_their_subject_a_source() {
    assert_eq!(
        source_of("US employers added 275,000 jobs in February."),
        None
    );
    assert_eq!(source_of("Health care added 67,000 jobs."), None);
    assert_eq!(source_of("Honda recalled 1.2 million cars."), None);
    assert_eq!(
        source_of("The combined group will have 12,000 staff."),
        None
    );
    assert_eq!(source_of("Investors put $300m into the fund."), None);
    assert_eq!(
        source_of(
            "Toyota, which sold 10.3 million vehicles worldwide last year, has issued four recalls this year."
        ),
        None
    );
    // The reporting senses still count.
    assert_eq!(
        source_of("He added that 300 people had died."),
        Some("He".into())
    );
    assert_eq!(
        source_of("The data firm added: “We expect 300 deals.”"),
        Some("The data firm".into())
    );
    assert_eq!(
        source_of("She recalled that 300 people had come."),
        Some("She".into())
    );
    assert_eq!(
        source_of("The NHTSA put the number of affected Toyota vehicles at 1,004,000."),
        Some("The NHTSA".into())
    );
}

#[test]
fn estimated_as_verb_and_as_qualifier() {
    assert_eq!(
        source_of("The ABI estimated 2,800 claims were made."),
        Some("The ABI".into())
    );
    assert_eq!(source_of("An estimated 2,800 people attended."), None);
    assert_eq!(
        source_of("Prices fell below the 3.5% forecast by economists polled by Reuters."),
        Some("economists polled by Reuters".into())
    );
    assert_eq!(
        source_of("Economists surveyed by the data firm FactSet had forecast a gain of 200,000."),
        Some("Economists surveyed by the data firm FactSet".into())
    );
}

#[test]
fn document_and_named_grades() {
    assert_eq!(
        cue_of("According to a draft of the summit conclusions, €33bn will come as loans.")
            .map(|c| c.2),
        Some(Grade::Document)
    );
    assert_eq!(
        cue_of("The government will borrow ₹14.13 trillion, according to budget documents."),
        Some((
            "budget documents".into(),
            "according to".into(),
            Grade::Document
        ))
    );
    assert_eq!(
        cue_of("It made £8.4m last year, its accounts show."),
        Some(("accounts".into(), "show".into(), Grade::Document))
    );
    assert_eq!(
        cue_of("The council spent £4.2m, according to its accounts."),
        Some(("accounts".into(), "according to".into(), Grade::Document))
    );
    assert_eq!(
        cue_of("A magnitude 7.8 earthquake struck, the US Geological Survey said."),
        Some((
            "the US Geological Survey".into(),
            "say".into(),
            Grade::Named
        ))
    );
    assert_eq!(
        cue_of("A source close to the company said 40 staff had been sent home."),
        Some((
            "A source close to the company".into(),
            "say".into(),
            Grade::Vague
        ))
    );
    assert_eq!(
        cue_of("Reform UK is on 13 per cent, its highest in a YouGov poll."),
        Some(("YouGov poll".into(), "poll".into(), Grade::Document))
    );
    assert_eq!(
        cue_of("Wages rose 4.3%, according to the report.").map(|c| c.0),
        Some("the report".into())
    );
    assert_eq!(
        cue_of("Sales rose 3 per cent, according to figures from the ONS.").map(|c| c.0),
        Some("the ONS".into())
    );
    // A poll that is only a modifier is no cue.
    assert_eq!(source_of("Labour has a 20-point YouGov poll lead."), None);
}

#[test]
fn bracketed_gloss_before_the_verb() {
    assert_eq!(
        source_of("Exports rose 11.9% to ¥7.33tn, the finance ministry (財務省) said on Monday."),
        Some("the finance ministry".into())
    );
    assert_eq!(
        source_of("Toyota Motor (トヨタ自動車) said it sold 10.3 million vehicles."),
        Some("Toyota Motor".into())
    );
}

#[test]
fn a_cue_inside_another_source_gives_way() {
    assert_eq!(
        sources_of(
            "Retail sales will rise 2% this year, the Bank of England's latest forecast shows."
        ),
        vec!["the Bank of England's latest forecast".to_string()]
    );
    assert_eq!(
        source_of("Judge Robin Mairs said Fenwick had shown no remorse and must pay £30,000."),
        Some("Judge Robin Mairs".into())
    );
    assert_eq!(
        sources_of("Victoria Atkins said the figures showed 300 fewer waits."),
        vec!["Victoria Atkins".to_string(), "the figures".to_string()]
    );
}

#[test]
fn relative_pronoun_stands_for_its_antecedent() {
    assert_eq!(
        cue_of("The report, which found that 2,000 homes were flooded, was published on Monday.")
            .map(|c| (c.0, c.2)),
        Some(("The report".into(), Grade::Document))
    );
    assert_eq!(
        source_of("The firm, which employs 400 people, has been sold."),
        None
    );
}

#[test]
fn the_claims_own_clause_decides_between_cues() {
    let text = "The ministry put losses at more than 14,400, and the General Staff said the figure was about 14400.";
    assert_eq!(
        credited(text, "more than 14,400", &[]),
        Some("The ministry".into())
    );
    assert_eq!(
        credited(text, "about 14400", &[]),
        Some("the General Staff".into())
    );
    // With no cue in its own clause, the nearest cue still attributes.
    let text = "Sales rose 3%, while profits fell 2%, the company said.";
    assert_eq!(credited(text, "3%", &[]), Some("the company".into()));
    // A hedge gives way to a named source in the same sentence.
    let text = "Sales of 300 cars were recorded, the ONS said.";
    assert_eq!(credited(text, "300", &[]), Some("the ONS".into()));
}

#[test]
fn pronouns_resolve_to_a_source_of_their_kind() {
    let text = "Health Secretary Victoria Atkins said the figures showed the plan was working. \
                \"We have cut the longest waits by almost 90 per cent,\" she said.";
    assert_eq!(
        credited(text, "almost 90", &[]),
        Some("Health Secretary Victoria Atkins".into())
    );
    let text = "Apple sold 50 million iPhones, the company said. Chief executive Tim Cook \
                said demand was strong. Apple returned almost $27bn to shareholders, it said.";
    assert_eq!(
        credited(text, "almost $27bn", &[]),
        Some("the company".into())
    );
    let text = "Robert Gardner, Nationwide's chief economist, said prices were 3 per cent \
                below the peak. He also said rates had fallen to 4.9 per cent.";
    assert_eq!(credited(text, "4.9", &[]), Some("Robert Gardner".into()));
    // A role in lower case between an organisation and a personal name: a person.
    let text = "Temperatures reached 33C, the Met Office said. Met Office meteorologist Greg \
                Dewhurst said highs of 32C were possible. Overnight temperatures would stay \
                above 20C, he added.";
    assert_eq!(
        credited(text, "above 20C", &[]),
        Some("Met Office meteorologist Greg Dewhurst".into())
    );
    // Near-miss: an organisation's two-word name stays an organisation.
    let text = "Demand rose, the Sleep Charity said. It added that 300 people called.";
    assert_eq!(credited(text, "300", &[]), Some("the Sleep Charity".into()));
}

#[test]
fn desk_phrases_work_in_every_position() {
    let extra = ["the court heard", "put the figure at"];
    assert_eq!(
        credited(
            "Fenwick stole £250,000 from 14 victims, the court heard.",
            "£250,000",
            &extra
        ),
        Some("the court".into())
    );
    assert_eq!(
        credited(
            "The court heard that Fenwick stole £250,000.",
            "£250,000",
            &extra
        ),
        Some("The court".into())
    );
    assert_eq!(
        credited("The council put the figure at 300.", "300", &extra),
        Some("The council".into())
    );
    assert_eq!(
        credited("Fenwick stole £250,000.", "£250,000", &extra),
        None
    );
}

#[test]
fn according_to_plan_is_no_source_however_long() {
    assert_eq!(
        source_of("Everything went according to plan at the meeting, and 120 residents watched."),
        None
    );
}

#[test]
fn several_phrases_between_subject_and_verb() {
    assert_eq!(
        source_of("Ms Revie, 52, who founded the charity, said 300 volunteers helped."),
        Some("Ms Revie".into())
    );
    assert_eq!(
        source_of("Prices, the ONS said, rose 3%."),
        Some("the ONS".into())
    );
    assert_eq!(
        source_of("The strike will cost £300m, says the CBI, which represents 190,000 firms."),
        Some("the CBI".into())
    );
}

#[test]
fn an_adverb_after_a_participial_phrase_keeps_the_subject() {
    assert_eq!(
        source_of("The figures, released on Thursday, also showed a 9% rise in theft."),
        Some("The figures".into())
    );
    assert_eq!(
        source_of("Robert Gardner, Nationwide's chief economist, also said prices rose 3%."),
        Some("Robert Gardner".into())
    );
    // Without the adverb, as before.
    assert_eq!(
        source_of("The figures, released on Thursday, showed a 9% rise in theft."),
        Some("The figures".into())
    );
    // A comma closing a clause with no subject of its own gives nothing.
    assert_eq!(
        source_of("Prices rose by 4%, also showing the strain."),
        None
    );
    assert_eq!(
        source_of("In March, also on a Friday, 300 people marched."),
        None
    );
}

#[test]
fn released_reports_only_a_document() {
    assert_eq!(
        source_of("The ministry released figures showing 300 deaths."),
        Some("The ministry".into())
    );
    assert_eq!(source_of("The company released 300 pages of emails."), None);
    assert_eq!(
        source_of("Russia released 300 prisoners, Ukraine said."),
        Some("Ukraine".into())
    );
}

#[test]
fn an_unnamed_document_belongs_to_the_speaker_who_cites_it() {
    assert_eq!(
        sources_of("The survey of 1,000 firms found 30% planned to hire, the CBI said."),
        vec!["the CBI".to_string()]
    );
    assert_eq!(
        sources_of("They found 300 new variants, the team said."),
        vec!["the team".to_string()]
    );
    // A named document keeps its own cue.
    assert_eq!(
        sources_of("ONS figures show 300 more cases, the minister said."),
        vec!["ONS figures".to_string(), "the minister".to_string()]
    );
}

#[test]
fn acronyms_are_names_not_function_words() {
    assert_eq!(
        source_of("Covid-19 killed more than 7 million people worldwide, the WHO says."),
        Some("the WHO".into())
    );
    assert_eq!(
        source_of("The U.N. estimated that 300 civilians were killed."),
        Some("The U.N.".into())
    );
}

#[test]
fn a_cue_right_after_a_figure_speaks_for_that_figure() {
    let text = "Revenue was $57bn, ahead of the $55.2bn analysts had forecast, the company said.";
    assert_eq!(credited(text, "$57bn", &[]), Some("the company".into()));
    assert_eq!(credited(text, "$55.2bn", &[]), Some("analysts".into()));
}

#[test]
fn a_year_or_a_date_before_the_source_is_not_another_figure() {
    for text in [
        "In 2023 the ministry said over 450 tanks were lost.",
        "On March 12 the ministry said over 450 tanks were lost.",
    ] {
        assert_eq!(
            credited(text, "over 450", &[]),
            Some("the ministry".into()),
            "{text}"
        );
    }
    // An amount before the subject still speaks for itself.
    let text = "Sales beat the 300 analysts had forecast by far, the firm said 12,000 cars sold.";
    assert_eq!(credited(text, "300", &[]), Some("analysts".into()));
}

#[test]
fn a_day_leading_the_sentence_is_not_part_of_the_source() {
    for (text, source) in [
        (
            "On Sunday evening the fire service said it rescued 30 people.",
            "the fire service",
        ),
        (
            "By Monday the ministry said 300 tanks were lost.",
            "the ministry",
        ),
        (
            "Last night the council said 40 homes had flooded.",
            "the council",
        ),
        (
            "Yesterday the ministry said 300 tanks were lost.",
            "the ministry",
        ),
        ("On Sunday Russia said 300 tanks were lost.", "Russia"),
        (
            "By the evening the fire service said 30 people were rescued.",
            "the fire service",
        ),
        (
            "In the morning the council said 40 homes had flooded.",
            "the council",
        ),
        // Near-misses: a day inside a name.
        (
            "The Evening Standard said 300 jobs were lost.",
            "The Evening Standard",
        ),
        (
            "The Sunday Times said 300 jobs were lost.",
            "The Sunday Times",
        ),
        (
            "Sunday Times reporters said 300 jobs were lost.",
            "Sunday Times reporters",
        ),
    ] {
        let figure = text
            .split(' ')
            .find(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or("");
        assert_eq!(credited(text, figure, &[]), Some(source.into()), "{text}");
    }
}

#[test]
fn forecasters_need_no_clause_after_the_verb() {
    let text = "Analysts expect growth of 1.2% next year, while the charity estimates that 1.5 million people are homeless.";
    assert_eq!(credited(text, "1.2%", &[]), Some("Analysts".into()));
    assert_eq!(
        credited(text, "1.5 million", &[]),
        Some("the charity".into())
    );
    assert_eq!(
        source_of("A Reuters poll of economists had pointed to a 0.2% decrease."),
        Some("Reuters poll".into())
    );
    // A passive forecast names nobody.
    assert_eq!(
        credited("Another 25 are expected to leave by the summer.", "25", &[]),
        None
    );
}

#[test]
fn a_participle_giving_the_figure_is_no_cue() {
    assert_eq!(
        source_of("Last year, Storm Bert caused damage estimated at £20m across Wales."),
        None
    );
    assert_eq!(
        source_of("The ministry estimated at least 300 people had died."),
        Some("The ministry".into())
    );
}

#[test]
fn citing_a_reason_is_no_source() {
    assert_eq!(
        sources_of("Inflation rose to 3%, said economists at ING, citing energy costs."),
        vec!["economists at ING".to_string()]
    );
    assert_eq!(
        cue_of("Oil rose 3%, Reuters reported, citing officials.").map(|c| c.0),
        Some("Reuters".into())
    );
    assert_eq!(
        sources_of("Shares fell 5%, citing the company's filings."),
        vec!["the company's filings".to_string()]
    );
}

#[test]
fn a_hometown_between_commas_is_no_apposition() {
    assert_eq!(
        source_of("The 45-year-old, from Leeds, said he had lost £300."),
        Some("The 45-year-old".into())
    );
    assert_eq!(
        source_of("Mark Fenwick, of Otley, said he had lost £300."),
        Some("Mark Fenwick".into())
    );
    // Comma-delimited phrases with no verb after them attribute nothing.
    assert_eq!(
        source_of("Shares in the company, which employs 3,000 people, fell 5%."),
        None
    );
    assert_eq!(
        source_of("The club's manager, Mikel Arteta, wants 60,000 fans."),
        None
    );
}

#[test]
fn a_role_before_a_name_makes_a_person() {
    let text = "Council leader Helen Marsh said the authority faced a £12m gap. \
                \"Demand has risen by 30 per cent,\" she said.";
    assert_eq!(
        credited(text, "30 per cent", &[]),
        Some("Council leader Helen Marsh".into())
    );
    let text = "The county council confirmed the rise. Council leader Helen Marsh \
                agreed. It said 300 posts would go.";
    assert_eq!(
        credited(text, "300", &[]),
        Some("The county council".into())
    );
}

#[test]
fn a_person_before_a_role_a_gloss_and_a_relative_clause() {
    assert_eq!(
        source_of(
            "“Prices rose 3%,” Jane Fox, chief economist at the Office for National Statistics (ONS), which publishes the figures, told the BBC."
        ),
        Some("Jane Fox".into())
    );
    assert_eq!(
        source_of("The UN's refugee agency, UNHCR, said 300 people had fled."),
        Some("UNHCR".into())
    );
    // An organisation before a relative clause stays the source.
    assert_eq!(
        source_of("The Premier League, which has 20 clubs, said revenue rose 5%."),
        Some("The Premier League".into())
    );
}

#[test]
fn a_lone_participle_is_no_source() {
    assert_eq!(
        source_of("Forty per cent of those polled said they would vote Labour."),
        None
    );
}

#[test]
fn a_speaking_pronoun_is_no_document() {
    let text = "Shell paid $9.2 billion in dividends, the company said. It made \
                $2 billion more, according to its annual report, and it has promised \
                to raise the payout by 4%.";
    assert_eq!(credited(text, "4%", &[]), Some("the company".into()));
    // A finding may be a document's.
    let text = "The figures were released by the ONS. The report also found 300 cases. \
                It found 40 more.";
    assert_eq!(credited(text, "40", &[]), Some("The report".into()));
}

#[test]
fn a_document_from_a_described_body() {
    assert_eq!(
        source_of(
            "Insured losses could reach $1.5 billion, according to an estimate from catastrophe modeler Karen Clark & Co."
        ),
        Some("an estimate from catastrophe modeler Karen Clark & Co".into())
    );
    // Figures "from last year" have nobody behind them: no source (source.not-data-alone).
    assert_eq!(
        source_of("Losses reached $1.5 billion, according to figures from last year."),
        None
    );
}

#[test]
fn an_ampersand_joins_a_name() {
    assert_eq!(
        source_of("Sales rose 3%, Marks & Spencer said."),
        Some("Marks & Spencer".into())
    );
    assert_eq!(
        source_of("Sales rose 3%, said Marks & Spencer."),
        Some("Marks & Spencer".into())
    );
}

#[test]
fn a_verb_straight_after_a_figure_is_inverted() {
    assert_eq!(source_of("Inflation hits 3% says ONS"), Some("ONS".into()));
    assert_eq!(
        source_of("Sales rose 3% said the ministry."),
        Some("the ministry".into())
    );
    assert_eq!(
        source_of("The G7 said on Monday that 300 tanks would be sent."),
        Some("The G7".into())
    );
    assert_eq!(source_of("300 said they would vote Labour."), None);
}

#[test]
fn a_gerund_is_no_source() {
    assert_eq!(
        sources_of("Profits rose 3% to £300m, beating forecasts, the bank said in a statement."),
        vec!["the bank".to_string()]
    );
}

#[test]
fn show_reports_only_for_a_document() {
    assert_eq!(source_of("The museum shows 300 paintings."), None);
    assert_eq!(
        source_of("The film, which shows 300 Spartans, grossed $450m."),
        None
    );
    assert_eq!(
        source_of("Records show he paid £300."),
        Some("Records".into())
    );
    assert_eq!(
        source_of("The chart shows that 300 people died."),
        Some("The chart".into())
    );
    assert_eq!(
        source_of("Ukraine lost 300 tanks in March, Russia's figures show."),
        Some("Russia's figures".into())
    );
}

#[test]
fn a_name_with_a_preposition_heads_its_document() {
    assert_eq!(
        cue_of("Bank of England figures show it has raised rates 14 times.").map(|c| (c.0, c.2)),
        Some(("Bank of England figures".into(), Grade::Document))
    );
    assert_eq!(
        cue_of("Inflation fell, the Office for National Statistics said.").map(|c| c.2),
        Some(Grade::Named)
    );
}

#[test]
fn abbreviated_titles_after_the_verb() {
    assert_eq!(
        source_of("Sales rose 3%, said Mr. Bloggs, who joined in 2019."),
        Some("Mr. Bloggs".into())
    );
    assert_eq!(
        source_of("At least four people died, said Gov. Greg Abbott."),
        Some("Gov. Greg Abbott".into())
    );
}

#[test]
fn trailing_cues_with_crlf_emoji_and_cjk() {
    let text = "Sales rose 3% 🚀, the firm says.\r\n\r\nProfits rose 5%, court filings show.\r\n";
    assert_eq!(credited(text, "3%", &[]), Some("the firm".into()));
    assert_eq!(credited(text, "5%", &[]), Some("court filings".into()));
    let text = "Exports from 東京 rose 3%, the finance ministry (財務省) said.";
    assert_eq!(
        credited(text, "3%", &[]),
        Some("the finance ministry".into())
    );
}

#[test]
fn filed_accounts_and_annual_reports_are_documents() {
    assert_eq!(
        cue_of("The firm lost £3m last year, accounts filed at Companies House show."),
        Some((
            "accounts filed at Companies House".into(),
            "show".into(),
            Grade::Document
        ))
    );
    assert_eq!(
        cue_of("The firm employs 6,200 staff, according to the annual report."),
        Some((
            "the annual report".into(),
            "according to".into(),
            Grade::Document
        ))
    );
    // The company itself stays named.
    assert_eq!(
        cue_of("The company said its 400 staff would be paid.").map(|c| (c.0, c.2)),
        Some(("The company".into(), Grade::Named))
    );
}

#[test]
fn says_needs_no_clause_opener() {
    assert_eq!(
        source_of("UN says civilian toll in the east tops 800"),
        Some("UN".into())
    );
    assert_eq!(source_of("Insurance claims rose to 300 last year."), None);
    assert_eq!(
        source_of("The company's annual reports list 300 stores."),
        None
    );
    assert_eq!(
        source_of("Insurance estimates rose to 300 last year."),
        None
    );
}

#[test]
fn sources_are_speakers() {
    // Never a unit, a number phrase, a verb phrase or a bare noun for data.
    assert_eq!(
        source_of("About 45 percent said they would vote, the survey found."),
        Some("the survey".into())
    );
    assert_eq!(
        source_of("Nearly eight of 10 voters said prices were rising too fast."),
        None
    );
    assert_eq!(
        source_of("More than 300 deaths have been reported in the region since June."),
        None
    );
    assert_eq!(
        source_of("New numbers show 4.2 million people are on the waiting list."),
        None
    );
    assert_eq!(
        source_of("The latest figures show 4.2 million people are on the list."),
        Some("The latest figures".into())
    );
    // Nor a thing that cannot count, nor a headline's pledger nobody has named.
    assert_eq!(
        source_of("The boats, which found 300 migrants off Lampedusa, returned to port."),
        None
    );
    assert_eq!(
        source_of("Billionaire alumnus pledges £150m to Oxford college"),
        None
    );
    assert_eq!(
        source_of("Spain has pledged 20 howitzers."),
        Some("Spain".into())
    );
}

#[test]
fn whole_names_and_polls_stay_whole() {
    assert_eq!(
        source_of(
            "Support for the mayor stands at 41%, according to a New York Times/Siena College poll."
        ),
        Some("a New York Times/Siena College poll".into())
    );
    assert_eq!(
        source_of("The governor trails by 6 points in a separate poll of Michigan voters."),
        Some("a separate poll of Michigan voters".into())
    );
    assert_eq!(
        source_of(
            "Top grades rose to 27.8%, according to figures published on Thursday by the JCQ."
        ),
        Some("figures published on Thursday by the JCQ".into())
    );
}

#[test]
fn a_pronoun_after_a_cue_less_sentence_is_its_subject() {
    let text = "The ministry said snow was coming. Pearson closed both runways on Sunday. \
                It said 120 flights were cancelled.";
    assert_eq!(credited(text, "120", &[]), Some("Pearson".into()));
    // A person does not fit "It": the older cited source does.
    let text = "The county council confirmed the rise. Council leader Helen Marsh \
                agreed. It said 300 posts would go.";
    assert_eq!(
        credited(text, "300", &[]),
        Some("The county council".into())
    );
}

#[test]
fn a_time_after_a_data_participles_by_is_no_agent() {
    assert_eq!(
        source_of("More than 180 aftershocks had been recorded by mid-afternoon."),
        None
    );
    assert_eq!(
        source_of("More than 180 aftershocks had been recorded by Friday."),
        None
    );
    assert_eq!(
        source_of(
            "More than 180 aftershocks had been recorded by the Central Weather Administration."
        ),
        Some("the Central Weather Administration".into())
    );
}

#[test]
fn what_a_figure_counts_expected_to_do_names_nobody() {
    assert_eq!(
        source_of(
            "With about 650 athletes from 140 countries expected to compete, the hall is full."
        ),
        None
    );
    assert_eq!(
        source_of("Analysts expected 300 job cuts at the bank."),
        Some("Analysts".into())
    );
}
