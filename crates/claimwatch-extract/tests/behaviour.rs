//! What the extractor must understand (issue 3), one sentence pattern per
//! test, on sentences written for these tests (not from any dataset).

use claimwatch_extract::{extract_with, TextOptions, TextStatement};
use claimwatch_model::StatementKind;

fn social(author: &str, text: &str) -> Vec<TextStatement> {
    extract_with(
        text,
        &TextOptions {
            author: Some(author),
            first_person: true,
            ..Default::default()
        },
    )
}

fn news(text: &str) -> Vec<TextStatement> {
    extract_with(text, &TextOptions::default())
}

/// Every attribution of a news text, as the evaluation reads it.
fn evaluation(text: &str) -> Vec<TextStatement> {
    extract_with(
        text,
        &TextOptions {
            keep_all: true,
            ..Default::default()
        },
    )
}

/// (Source surface, content fragments) of the statements whose cue is `cue`.
fn by_cue<'t>(
    found: &'t [TextStatement],
    text: &'t str,
    cue: &str,
) -> Vec<(&'t str, Vec<&'t str>)> {
    found
        .iter()
        .filter(|s| s.cue_span.is_some_and(|c| &text[c.start..c.end] == cue))
        .map(|s| {
            (
                s.speaker.surface.as_str(),
                s.content_spans
                    .iter()
                    .map(|c| &text[c.start..c.end])
                    .collect(),
            )
        })
        .collect()
}

fn only(found: &[TextStatement], kind: StatementKind) -> &TextStatement {
    let of_kind: Vec<_> = found.iter().filter(|s| s.kind == kind).collect();
    assert_eq!(of_kind.len(), 1, "one {kind:?} in {found:#?}");
    of_kind[0]
}

/// No statement of `kind` in the news text of any of `texts`.
fn none_of_kind(texts: &[&str], kind: StatementKind) {
    for text in texts {
        let found = news(text);
        assert!(found.iter().all(|s| s.kind != kind), "{text}: {found:#?}");
    }
}

/// A statement of `kind` in the news text of each of `texts`.
fn some_of_kind(texts: &[&str], kind: StatementKind) {
    for text in texts {
        let found = news(text);
        assert!(found.iter().any(|s| s.kind == kind), "{text}: {found:#?}");
    }
}

/// No statement in `found` has the predicate class `class`.
fn no_predicate_class(found: &[TextStatement], class: &str) {
    assert!(
        found
            .iter()
            .all(|s| s.predicate_class.as_deref() != Some(class)),
        "no {class} in {found:#?}"
    );
}

#[test]
fn predicative_denial_in_a_first_person_post_is_the_authors() {
    let found = social(
        "Northern Front Press Office",
        "The Army's claim of capturing Korvel district is false.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Northern Front Press Office");
    assert_eq!(d.subject.key, "korvel");
    assert!(d.cues.iter().any(|c| c == "false"), "{:?}", d.cues);
}

#[test]
fn the_thing_called_false_is_not_the_speaker() {
    let found = news("Marlow officials said the report was baseless.");
    let d = only(&found, StatementKind::Denial);
    assert!(
        d.speaker.name.to_lowercase().contains("officials"),
        "{:?}",
        d.speaker
    );
}

#[test]
fn negated_denial_is_not_a_denial() {
    let found = news("The ministry did not deny that the bridge at Tarsk was destroyed.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Denial),
        "{found:#?}"
    );
}

#[test]
fn according_to_attributes_to_the_named_source() {
    let found = news("According to the governor of Ventra, the town was captured on Monday.");
    let a = only(&found, StatementKind::Assertion);
    assert!(
        a.speaker.name.to_lowercase().contains("governor"),
        "{:?}",
        a.speaker
    );
    assert_eq!(a.cues, ["according to"]);
    let found = news("According to Ahmad Rahimi, Ventra was captured on Monday.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Ahmad Rahimi");
    assert_eq!(a.subject.key, "ventra");
}

#[test]
fn a_cue_word_opening_a_sentence_is_not_a_subject() {
    let found = social(
        "Resistance Council",
        "Claims that Ventra has fallen are false.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "ventra");
    assert_eq!(d.speaker.name, "Resistance Council");
}

#[test]
fn a_cue_is_found_even_when_a_longer_cue_runs_into_the_next_word() {
    // "said of" must not hide "said" in "said officials"; "told the" must
    // not hide "told" in "told them".
    let a = news("Smith said officials captured Ventra.");
    assert_eq!(only(&a, StatementKind::Assertion).speaker.name, "Smith");
    let b = news("Ahmad Rahimi told them that Ventra was captured.");
    assert_eq!(
        only(&b, StatementKind::Assertion).speaker.name,
        "Ahmad Rahimi"
    );
}

#[test]
fn a_run_of_role_words_keeps_the_name_and_troops_withdrawing_is_no_retraction() {
    let found = news("Police chief Dana Holt said the suspect was arrested in Lund.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Dana Holt");
    assert_eq!(a.speaker.organisation.as_deref(), Some("Police"));
    let found = news("The ministry denied reports that its troops withdrew from Lund.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Retraction),
        "{found:#?}"
    );
}

#[test]
fn a_participial_phrase_after_the_speaker_is_not_what_was_said() {
    // Every attribution (evaluation mode), newspaper-style '' quotes.
    let text = "''I don't feel like I made light of anyone's pain,'' Ms. Sherry said, sitting at the dining room table.";
    let found = evaluation(text);
    let said: Vec<&TextStatement> = found
        .iter()
        .filter(|s| s.speaker.name.contains("Sherry"))
        .collect();
    assert_eq!(said.len(), 1, "{found:#?}");
    // Spans are byte offsets into the text.
    let content: Vec<&str> = said[0]
        .content_spans
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert!(
        content.iter().any(|c| c.contains("made light"))
            && content.iter().all(|c| !c.contains("sitting")),
        "{content:?}"
    );
}

#[test]
fn a_second_speech_verb_of_the_same_speaker_is_its_own_attribution() {
    let text =
        "Senator Olin praised the ceasefire and said the border crossings would reopen next week.";
    let found = evaluation(text);
    let contents: Vec<(String, &str)> = found
        .iter()
        .filter(|s| s.speaker.name.contains("Olin"))
        .flat_map(|s| {
            s.content_spans
                .iter()
                .map(move |c| (s.cues.join(","), &text[c.start..c.end]))
        })
        .collect();
    assert!(
        contents
            .iter()
            .any(|(cue, c)| cue == "said" && c.starts_with("the border crossings would reopen")),
        "{contents:?}"
    );
    assert!(
        contents
            .iter()
            .all(|(_, c)| !c.contains("praised") && !c.contains(" and said")),
        "{contents:?}"
    );
}

#[test]
fn a_speech_verb_after_but_is_a_second_attribution_of_the_same_speaker() {
    // The clause after "but" has no subject: its verb (after auxiliaries,
    // a negation or an adverb) is the first speaker's, and what that
    // speaker said first ends before the "but".
    for (text, first_cue, first, cue, second) in [
        (
            "The auditor called the contract \"deeply flawed,\" but said the mayor should face no charges.",
            "called",
            "the contract \"deeply flawed,\"",
            "said",
            "the mayor should face no charges",
        ),
        (
            "The spokesman refused to answer questions on the vote but said there was no meeting planned.",
            "refused to",
            "answer questions on the vote",
            "said",
            "there was no meeting planned",
        ),
        (
            "The spokesman praised the plan but did not say whether the council would fund it.",
            "praised",
            "the plan",
            "say",
            "whether the council would fund it",
        ),
    ] {
        let found = evaluation(text);
        let speaker = if text.starts_with("The auditor") {
            "The auditor"
        } else {
            "The spokesman"
        };
        assert_eq!(
            by_cue(&found, text, first_cue),
            [(speaker, vec![first])],
            "{text}: {found:#?}"
        );
        assert_eq!(
            by_cue(&found, text, cue),
            [(speaker, vec![second])],
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_closing_attribution_after_a_belief_verb_owns_the_sentence_before_it() {
    // "know" is a verb of belief with its own subject; the sentence is
    // still what the speaker named after the comma said, in either order.
    for (text, name) in [
        (
            "Voters trust the candidates they know, Mara Voss said.",
            "Mara Voss",
        ),
        (
            "Voters trust the candidates they know, said Mara Voss.",
            "Mara Voss",
        ),
        (
            "Most farmers think the levy is unfair, the union's chairman said.",
            "chairman",
        ),
    ] {
        let found = evaluation(text);
        let by: Vec<Vec<&str>> = found
            .iter()
            .filter(|s| s.speaker.surface.contains(name))
            .map(|s| {
                s.content_spans
                    .iter()
                    .map(|c| &text[c.start..c.end])
                    .collect()
            })
            .collect();
        let before_comma = &text[..text.find(',').unwrap()];
        assert_eq!(by, [[before_comma]], "{text}: {found:#?}");
        // The belief's own content stops at the comma.
        assert!(
            found.iter().all(|s| s
                .content_spans
                .iter()
                .all(|c| !text[c.start..c.end].contains(name))),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_quantified_speaker_keeps_its_attribution_over_a_belief_in_its_content() {
    // "they supported" inside what was said is a belief of its own; the
    // quantified speaker before "said" must not lose the sentence to it.
    for (text, speaker) in [
        (
            "Most residents said they supported the curfew.",
            "Most residents",
        ),
        ("Two officials said he supported the plan.", "Two officials"),
        (
            "In Vorsk, many farmers said they backed the levy.",
            "many farmers",
        ),
        // (A share of a group, however long, is the whole phrase.)
        ("Almost half said they supported the levy.", "Almost half"),
        (
            "Nearly eight in 10 Vorsk farmers overall said they supported the levy.",
            "Nearly eight in 10 Vorsk farmers overall",
        ),
    ] {
        let found = evaluation(text);
        let said = by_cue(&found, text, "said");
        let after = text[text.find(" said ").unwrap() + 6..].trim_end_matches('.');
        assert_eq!(said, [(speaker, vec![after])], "{text}: {found:#?}");
    }
}

#[test]
fn a_sentence_opened_by_this_and_a_verb_is_what_the_closing_speaker_said() {
    // "This week" opens an adverbial; "This makes" a clause whose subject
    // is "This", all of it said by the mayor.
    let text = "This makes the bridge unsafe for heavy traffic, the mayor said.";
    let found = evaluation(text);
    let said: Vec<Vec<&str>> = found
        .iter()
        .filter(|s| s.speaker.surface == "the mayor")
        .map(|s| {
            s.content_spans
                .iter()
                .map(|c| &text[c.start..c.end])
                .collect()
        })
        .collect();
    assert_eq!(
        said,
        [["This makes the bridge unsafe for heavy traffic"]],
        "{found:#?}"
    );
}

#[test]
fn a_named_poll_inside_a_sentence_is_its_source() {
    let text = "In May, Mayor Ott had 41 percent support in a Vorsk Herald poll.";
    let found = evaluation(text);
    let by_poll = by_cue(&found, text, "in");
    assert_eq!(
        by_poll,
        [(
            "a Vorsk Herald poll",
            vec!["Mayor Ott had 41 percent support"]
        )],
        "{found:#?}"
    );
    // A poll that names no pollster is where a candidate rose, not a source.
    let text = "Mayor Ott rose in the polls after the debate in Vorsk.";
    let found = evaluation(text);
    assert!(
        found
            .iter()
            .all(|s| s.cue_span.is_none_or(|c| &text[c.start..c.end] != "in")),
        "{found:#?}"
    );
}

#[test]
fn what_seems_is_the_subject_and_the_rest_with_no_source() {
    let text = "Mayor Ott appears to be losing ground in Vorsk.";
    let found = evaluation(text);
    let seems: Vec<(Option<&str>, Vec<&str>)> = found
        .iter()
        .filter_map(|s| {
            let cue = s.cue_span.map(|c| &text[c.start..c.end])?;
            (cue == "appears").then(|| {
                (
                    s.speaker.span.map(|r| &text[r.start..r.end]),
                    s.content_spans
                        .iter()
                        .map(|c| &text[c.start..c.end])
                        .collect(),
                )
            })
        })
        .collect();
    assert_eq!(
        seems,
        [(None, vec!["Mayor Ott", "to be losing ground in Vorsk"])],
        "{found:#?}"
    );
    // Showing up somewhere is no seeming.
    let text = "Mayor Ott appeared on Vorsk television on Monday.";
    let found = evaluation(text);
    assert!(found.iter().all(|s| s.cue_span.is_none()), "{found:#?}");
}

#[test]
fn according_to_a_document_names_the_document_as_source() {
    let text = "Turnout fell to 41 percent in the northern districts, according to a preliminary election commission tally.";
    let found = evaluation(text);
    let acc: Vec<&TextStatement> = found
        .iter()
        .filter(|s| s.cues.iter().any(|c| c.starts_with("according to")))
        .collect();
    assert_eq!(acc.len(), 1, "{found:#?}");
    assert!(
        acc[0].speaker.surface.contains("tally"),
        "{:?}",
        acc[0].speaker
    );
    let content: Vec<&str> = acc[0]
        .content_spans
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(
        content,
        ["Turnout fell to 41 percent in the northern districts"]
    );
}

#[test]
fn the_addressee_of_told_is_not_what_was_said() {
    let text = "The defence ministry spokesman told Reuters that Velda district had been captured.";
    let found = news(text);
    let a = only(&found, StatementKind::Assertion);
    let content: Vec<&str> = a
        .content_spans
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(content, ["Velda district had been captured"], "{a:#?}");
    assert_eq!(a.subject.key, "velda");
}

#[test]
fn saying_after_an_opening_adverbial_belongs_to_the_subject() {
    let text = "In May, the Velda City Council approved the budget, saying the port would reopen by autumn.";
    let found = evaluation(text);
    let saying: Vec<&TextStatement> = found
        .iter()
        .filter(|s| s.cues.iter().any(|c| c == "saying"))
        .collect();
    assert_eq!(saying.len(), 1, "{found:#?}");
    assert!(
        saying[0].speaker.surface.contains("Council"),
        "{:?}",
        saying[0].speaker
    );
}

#[test]
fn a_name_and_a_colon_attribute_a_headline() {
    let text = "Ilves: Port Velda Will Be Rebuilt Within a Year.";
    let found = evaluation(text);
    let ilves: Vec<&TextStatement> = found
        .iter()
        .filter(|s| s.speaker.surface == "Ilves")
        .collect();
    assert_eq!(ilves.len(), 1, "{found:#?}");
    let content: Vec<&str> = ilves[0]
        .content_spans
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(content, ["Port Velda Will Be Rebuilt Within a Year"]);
}

#[test]
fn a_name_and_a_colon_open_a_sentence_of_the_body_too() {
    // Wire and social style: the speaker's name, a colon, the statement.
    let found = news(
        "Shelling was reported near Tarsk overnight.\n\n\
         Velda army: No strike took place in Tarsk, the claim is false.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Velda army");
    assert_eq!(d.subject.key, "tarsk");
}

#[test]
fn a_label_and_a_colon_name_no_speaker() {
    for text in [
        "Correction: The Tarsk bridge was destroyed in May, not June.",
        "The Latest: Rebels captured the Tarsk bridge overnight.",
        "Source: Velda Ministry of Transport, annual report.",
    ] {
        let found = attributions(text);
        assert!(found.iter().all(|f| f.1 != ":"), "{text}: {found:?}");
    }
}

#[test]
fn a_quotation_that_ends_a_sentence_ends_it() {
    let text = "His rallies are the political equivalent of \"The Truman Show.\" She says he is unfit to lead the Velda council.";
    let found = evaluation(text);
    let she: Vec<&TextStatement> = found
        .iter()
        .filter(|s| s.speaker.surface == "She")
        .collect();
    assert_eq!(she.len(), 1, "{found:#?}");
    let content: Vec<&str> = she[0]
        .content_spans
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(content, ["he is unfit to lead the Velda council"]);
}

#[test]
fn a_parenthesised_sentence_is_a_sentence_of_its_own() {
    let text = "The ministry says its new survey counted 2,400 displaced families. (Aid groups say the real number is higher.)";
    let found = evaluation(text);
    let ministry: Vec<&TextStatement> = found
        .iter()
        .filter(|s| s.speaker.surface.contains("ministry"))
        .collect();
    assert_eq!(ministry.len(), 1, "{found:#?}");
    let content: Vec<&str> = ministry[0]
        .content_spans
        .iter()
        .map(|s| &text[s.start..s.end])
        .collect();
    assert_eq!(content, ["its new survey counted 2,400 displaced families"]);
}

/// Every attribution (evaluation mode) as (source, cue, content) texts.
fn attributions(text: &str) -> Vec<(Option<String>, String, String)> {
    attribution_spans(text)
        .into_iter()
        .map(|(source, cue, content)| (source, cue, content.join(" ")))
        .collect()
}

/// Every attribution (evaluation mode) as (source, cue, content fragments).
fn attribution_spans(text: &str) -> Vec<(Option<String>, String, Vec<String>)> {
    let chars: Vec<char> = text.chars().collect();
    let at = |s: &claimwatch_model::Span| chars[s.start..s.end].iter().collect::<String>();
    evaluation(text)
        .iter()
        .filter_map(|s| {
            let cue = s.cue_span.as_ref()?;
            let content: Vec<String> = s.content_spans.iter().map(at).collect();
            Some((s.speaker.span.as_ref().map(at), at(cue), content))
        })
        .collect()
}

/// The attribution whose cue is "said".
fn said_in(found: &[(Option<String>, String, String)]) -> &(Option<String>, String, String) {
    found
        .iter()
        .find(|f| f.1 == "said")
        .unwrap_or_else(|| panic!("no 'said' attribution in {found:?}"))
}

fn source_of<'a>(found: &'a [(Option<String>, String, String)], cue: &str) -> Option<&'a str> {
    found
        .iter()
        .find(|f| f.1.ends_with(cue))
        .and_then(|f| f.0.as_deref())
}

#[test]
fn the_source_is_the_whole_phrase_with_its_appositive() {
    for (text, source) in [
        (
            "Mara Quell, a senior analyst at Dorrit Capital, said the merger would fail.",
            "Mara Quell, a senior analyst at Dorrit Capital,",
        ),
        (
            "\"The count was rigged,\" said Pim Arden, a lawyer for the Ostland party.",
            "Pim Arden, a lawyer for the Ostland party",
        ),
    ] {
        let found = attributions(text);
        assert_eq!(source_of(&found, "said"), Some(source), "{found:?}");
    }
}

#[test]
fn titles_before_a_name_belong_to_the_source_and_adverbials_do_not() {
    let found = attributions("Ostland Lt. Gov. Pim Arden said the count was rigged.");
    assert_eq!(
        source_of(&found, "said"),
        Some("Ostland Lt. Gov. Pim Arden"),
        "{found:?}"
    );
    let found = attributions("Still, the fund has said that it will sell the mine.");
    assert_eq!(source_of(&found, "said"), Some("the fund"), "{found:?}");
}

#[test]
fn a_relative_pronoun_is_the_source_of_its_clause() {
    let found = attributions("The plan drew praise from Mr. Arden, who said it would pass.");
    assert_eq!(source_of(&found, "said"), Some("who"), "{found:?}");
}

#[test]
fn a_quotation_before_its_speaker_is_his_even_when_it_holds_verbs() {
    let found = attributions("\"I think we won the argument on the bridge,\" Arden said.");
    let said = said_in(&found);
    assert_eq!(said.0.as_deref(), Some("Arden"), "{found:?}");
    assert!(said.2.contains("we won the argument"), "{found:?}");
    // A verb inside the quotation is part of what Arden says.
    assert!(found.iter().all(|f| f.1 != "think"), "{found:?}");
}

#[test]
fn a_quotation_split_by_its_speaker_is_one_content() {
    let found = attributions(
        "\"If you read the minutes,\" Arden said, \"you will see the vote was fixed.\"",
    );
    let said = said_in(&found);
    assert_eq!(said.0.as_deref(), Some("Arden"), "{found:?}");
    assert!(
        said.2.contains("read the minutes") && said.2.contains("vote was fixed"),
        "{found:?}"
    );
}

#[test]
fn a_quotation_continues_past_a_phrase_after_its_speaker() {
    // Within the sentence: a participial phrase or the verb's object
    // between the speaker and the rest of the quotation.
    for text in [
        "\"If you read the minutes,\" Arden said, referring to the council, \"you will see the vote was fixed.\"",
        "\"If you read the minutes,\" Arden told the Ostland Post on Monday, \"you will see the vote was fixed.\"",
    ] {
        let found = attributions(text);
        let first = found
            .iter()
            .find(|f| f.2.contains("read the minutes"))
            .unwrap_or_else(|| panic!("{found:?}"));
        assert_eq!(first.0.as_deref(), Some("Arden"), "{found:?}");
        assert!(first.2.contains("vote was fixed"), "{found:?}");
    }
    // In the next sentence, though the phrase attributes something too.
    let found = attributions(
        "''We need the bridge,'' said Ms. Arden, referring to the harbour crossing. ''Give us the money and we will build it.''",
    );
    let said = said_in(&found);
    assert!(
        said.2.contains("need the bridge") && said.2.contains("Give us the money"),
        "{found:?}"
    );
    // Not when somebody else speaks after the quotation.
    let found = attributions(
        "\"We need the bridge,\" Arden said, and Voss replied that it was too costly. \"It will never be built.\"",
    );
    let said = said_in(&found);
    assert!(!said.2.contains("never be built"), "{found:?}");
}

#[test]
fn declining_and_refusing_attribute_what_was_declined() {
    let found = attributions("A spokesman for the council declined to comment on the audit.");
    assert!(
        found
            .iter()
            .any(|f| f.1.starts_with("declined") && f.2.contains("comment on the audit")),
        "{found:?}"
    );
    let found = attributions("Mayor Voss refused to admit any fault.");
    assert!(
        found.iter().any(|f| f.0.as_deref() == Some("Mayor Voss")
            && f.1.starts_with("refused")
            && f.2.contains("admit any fault")),
        "{found:?}"
    );
}

#[test]
fn rulings_and_references_attribute_what_follows() {
    for (text, source, content) in [
        (
            "The appeals court ruled that the district map was unlawful.",
            "The appeals court",
            "the district map was unlawful",
        ),
        (
            "Senator Olin likened the tariff to a tax on farmers.",
            "Senator Olin",
            "the tariff to a tax on farmers",
        ),
    ] {
        let found = attributions(text);
        assert!(
            found
                .iter()
                .any(|f| f.0.as_deref() == Some(source) && f.2.contains(content)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_long_appositive_keeps_its_name_as_the_source() {
    let found = attributions(
        "Dana Voss, senior director for coastal affairs at the Ostland Harbour Council, said she expects the port to reopen.",
    );
    let said = said_in(&found);
    assert!(
        said.0
            .as_deref()
            .is_some_and(|s| s.starts_with("Dana Voss")),
        "{found:?}"
    );
    assert_eq!(said.2, "she expects the port to reopen", "{found:?}");
}

#[test]
fn a_quoted_title_before_the_speaker_is_not_what_he_said() {
    let found = attributions("On the \"Morning Hour,\" Arden said that the count was fixed.");
    let said = said_in(&found);
    assert_eq!(said.2, "the count was fixed", "{found:?}");
}

#[test]
fn a_circumstance_after_the_verb_is_not_what_was_said() {
    let found =
        attributions("\"We will not move the market,\" Arden said before the evening session.");
    let said = said_in(&found);
    assert!(said.2.contains("move the market"), "{found:?}");
    assert!(!said.2.contains("evening session"), "{found:?}");
}

#[test]
fn tallies_and_transcript_letters_are_not_speakers() {
    let found = attributions("Arden: 547.\n\nQ: Will the bridge reopen?");
    assert!(found.is_empty(), "{found:?}");
    let found = attributions("Arden: The bridge will reopen on Monday.");
    assert_eq!(source_of(&found, ":"), Some("Arden"), "{found:?}");
}

#[test]
fn a_plural_noun_before_a_relative_that_is_no_verb() {
    let found = attributions("Voters in the four states that voted on Tuesday were tired.");
    assert!(found.iter().all(|f| f.1 != "states"), "{found:?}");
    let found = attributions("The ministry states that the bridge at Tarsk was destroyed.");
    assert_eq!(
        source_of(&found, "states"),
        Some("The ministry"),
        "{found:?}"
    );
}

#[test]
fn a_question_put_to_someone_is_attributed_without_a_source() {
    let found = attributions("Asked whether he would run again, the mayor said he was not sure.");
    let asked = found
        .iter()
        .find(|f| f.1 == "Asked")
        .unwrap_or_else(|| panic!("no 'asked' attribution in {found:?}"));
    assert_eq!(asked.0, None, "{found:?}");
    assert_eq!(asked.2, "whether he would run again", "{found:?}");
    // The answer is what the mayor said, not the question.
    assert_eq!(said_in(&found).2, "he was not sure", "{found:?}");
}

#[test]
fn sources_said_at_the_end_relays_what_comes_before() {
    let found = news("The convoy reached Dorrin before dawn, two sources said.");
    let r = only(&found, StatementKind::Report);
    let chars: Vec<char> = "The convoy reached Dorrin before dawn, two sources said."
        .chars()
        .collect();
    let content: String = chars[r.content_spans[0].start..r.content_spans[0].end]
        .iter()
        .collect();
    assert_eq!(content, "The convoy reached Dorrin before dawn");
    // Evaluation mode splits the phrase into its source and its verb, and
    // a sentence may open with it.
    let a = attributions("The convoy reached Dorrin before dawn, two sources said.");
    assert_eq!(said_in(&a).0.as_deref(), Some("two sources"));
    let a = attributions("Sources said the convoy reached Dorrin.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Sources"));
    assert_eq!(said_in(&a).2, "the convoy reached Dorrin");
}

#[test]
fn a_party_and_state_in_brackets_after_a_name_keep_the_name_as_speaker() {
    let found = news("Sen. Mara Ilves (D-Ore.) said the bridge at Tarsk was destroyed.");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.speaker.name, "Mara Ilves");
    // Evaluation mode: the bracket belongs to the source phrase.
    let a = attributions("\"It is over,\" Sen. Mara Ilves (D-Ore.) said.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Sen. Mara Ilves (D-Ore.)"));
    assert_eq!(said_in(&a).2, "\"It is over,\"");
}

#[test]
fn a_sentence_that_only_names_the_speaker_takes_the_quotation_before_it() {
    let text =
        "Ilves spoke in Dorrin. \"Was the bridge at Tarsk destroyed?\" Ilves said. Then she left.";
    let found = news(text);
    let s = found
        .iter()
        .find(|s| s.speaker.name == "Ilves")
        .unwrap_or_else(|| panic!("no statement by Ilves in {found:#?}"));
    assert_eq!(
        s.quote.as_deref(),
        Some("Was the bridge at Tarsk destroyed?")
    );
    assert!(s.content_spans.iter().all(|c| c.end > c.start), "{s:#?}");
    let a = attributions(text);
    assert_eq!(said_in(&a).0.as_deref(), Some("Ilves"));
    assert_eq!(said_in(&a).2, "\"Was the bridge at Tarsk destroyed?\"");
}

#[test]
fn a_name_right_after_comma_said_is_the_speaker_whatever_the_commas_before() {
    let a = attributions(
        "Even as the talks move to Dorrin, the vote will be close, said Mara Ilves, an analyst in Tarsk.",
    );
    let (source, _, content) = said_in(&a);
    assert_eq!(source.as_deref(), Some("Mara Ilves, an analyst in Tarsk"));
    assert_eq!(
        content,
        "Even as the talks move to Dorrin, the vote will be close"
    );
    // Not when the name opens what was said.
    let a = attributions("Mr. Coffman, who represents Dorrin, said Mr. Ilves had left.");
    assert_eq!(said_in(&a).2, "Mr. Ilves had left");
}

#[test]
fn a_participle_after_the_main_verb_is_a_second_attribution_of_the_speaker() {
    let a = attributions(
        "Mara Ilves spoke on Monday. \"We will stay,\" she said, adding that the board would meet in Tarsk.",
    );
    assert_eq!(said_in(&a).2, "\"We will stay,\"");
    let adding = a
        .iter()
        .find(|f| f.1 == "adding")
        .unwrap_or_else(|| panic!("no 'adding' attribution in {a:?}"));
    assert_eq!(adding.0.as_deref(), Some("she"));
    assert!(
        adding.2.ends_with("the board would meet in Tarsk"),
        "{adding:?}"
    );
    // An unresolved pronoun is still the source as written.
    let a = attributions("\"We will stay,\" he said.");
    assert_eq!(said_in(&a).0.as_deref(), Some("he"));
}

#[test]
fn a_title_set_as_a_sentence_keeps_its_capitalised_verb() {
    let text = "Ilves Says The Bridge At Tarsk Was Destroyed.  Mara Ilves spoke on Monday.";
    let found = news(text);
    assert!(
        found
            .iter()
            .any(|s| s.speaker.name.contains("Ilves") && s.cues.iter().any(|c| c == "says")),
        "{found:#?}"
    );
    let a = attributions("The Bridge Was Never Built, Mara Ilves Says.  She spoke on Monday.");
    let says = a
        .iter()
        .find(|f| f.1 == "Says")
        .unwrap_or_else(|| panic!("{a:?}"));
    assert_eq!(says.0.as_deref(), Some("Mara Ilves"));
    assert_eq!(says.2, "The Bridge Was Never Built");
}

#[test]
fn the_time_after_the_verb_is_not_what_was_said() {
    let a = attributions("Mara Ilves said on Tuesday the bridge at Tarsk was closed.");
    assert_eq!(said_in(&a).2, "the bridge at Tarsk was closed");
    let a = attributions("Mara Ilves said the week was long.");
    assert_eq!(said_in(&a).2, "the week was long");
}

#[test]
fn a_description_and_a_name_between_commas_are_the_source_before_the_verb() {
    let a = attributions(
        "A lawyer for the two outlets, Mara Ilves, said no decision had been made about an appeal.",
    );
    let (source, _, content) = said_in(&a);
    assert_eq!(
        source.as_deref(),
        Some("A lawyer for the two outlets, Mara Ilves,")
    );
    assert_eq!(content, "no decision had been made about an appeal");
    // After a quotation the source still follows the verb.
    let a = attributions("\"The plan will fail,\" said one district leader.");
    assert_eq!(said_in(&a).0.as_deref(), Some("one district leader"));
    // And after a bare comma when a short phrase follows it.
    let a = attributions("The vote will be close, said a Tarsk official, adding that it was late.");
    assert_eq!(said_in(&a).0.as_deref(), Some("a Tarsk official"));
    assert_eq!(said_in(&a).2, "The vote will be close");
    // Not when what follows is what was said.
    let a = attributions(
        "Mara Ilves, who has led the union since the strike began in the port of Tarsk three winters ago and who still speaks for its members, also said her group would march.",
    );
    assert_eq!(
        a.iter().find(|f| f.1 == "also said").map(|f| f.2.as_str()),
        Some("her group would march")
    );
}

#[test]
fn a_quotation_inside_the_sentence_before_the_speaker_is_part_of_what_was_said() {
    let a = attributions(
        "Given the vote, the pact will carry \"a great deal of weight\" in Tarsk, said Mara Ilves.",
    );
    assert_eq!(
        said_in(&a).2,
        "Given the vote, the pact will carry \"a great deal of weight\" in Tarsk"
    );
    // A quotation that opens the sentence is still all of it.
    let a = attributions("\"It is over,\" said Mara Ilves, an analyst.");
    assert_eq!(said_in(&a).2, "\"It is over,\"");
}

#[test]
fn a_quoted_question_before_its_speaker_is_a_question() {
    let found = news("Ilves spoke in Dorrin. \"Is the bridge at Tarsk open?\" Ilves asked.");
    let q = only(&found, StatementKind::Question);
    assert_eq!(q.speaker.name, "Ilves");
    // A question quoted inside the quotation is not the speaker's.
    let found = news("\"She asked me, 'Is the bridge at Tarsk open?'\" Mara Ilves said.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Question),
        "{found:#?}"
    );
}

#[test]
fn a_full_stop_inside_a_source_phrase_does_not_end_it() {
    let a = attributions(
        "The bridge will reopen, said Mara Ilves, a former adviser to Mr. Korvel of the U.S. Transit Board.",
    );
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Mara Ilves, a former adviser to Mr. Korvel of the U.S. Transit Board")
    );
}

#[test]
fn according_to_names_the_whole_phrase_up_to_its_comma() {
    let a = attributions(
        "According to a Tarsk Herald tally of local results, Ilves leads by four points.",
    );
    assert_eq!(
        source_of(&a, "According to"),
        Some("a Tarsk Herald tally of local results")
    );
    let a = attributions("Ilves leads by four points, according to the Tarsk Herald tally.");
    assert_eq!(
        source_of(&a, "according to"),
        Some("the Tarsk Herald tally")
    );
}

#[test]
fn the_source_before_the_verb_is_the_whole_subject() {
    let a = attributions("A spokesman for the Tarsk Transit Board said the bridge was closed.");
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("A spokesman for the Tarsk Transit Board")
    );
    let a = attributions("The survey found that, while 37 percent of Tarsk voters say the bridge matters, few use it.");
    assert_eq!(source_of(&a, "say"), Some("37 percent of Tarsk voters"));
    // Not across a verb or an opening adverbial.
    let a = attributions("At the rally Mara Ilves said the bridge was closed.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Mara Ilves"));
    let a = attributions("Ilves met with other union leaders and said the bridge was closed.");
    assert_ne!(
        said_in(&a).0.as_deref(),
        Some("Ilves met with other union leaders")
    );
}

#[test]
fn an_opening_adverbial_is_not_what_was_said() {
    let text = "In a speech at the depot, Mara Ilves said the army had captured Korvel.";
    let a = attributions(text);
    assert_eq!(said_in(&a).2, "the army had captured Korvel");
    let chars: Vec<char> = text.chars().collect();
    let found = news(text);
    let s = only(&found, StatementKind::Assertion);
    let content: Vec<String> = s
        .content_spans
        .iter()
        .map(|c| chars[c.start..c.end].iter().collect())
        .collect();
    assert_eq!(content, ["the army had captured Korvel"]);
    // What comes before a speaker at the end is still what was said.
    let a = attributions("When the strike began, the bridge was closed, Ilves said.");
    assert_eq!(
        said_in(&a).2,
        "When the strike began, the bridge was closed"
    );
}

#[test]
fn an_adverbial_between_commas_after_the_name_is_not_the_source() {
    let a = attributions("Mara Ilves, meanwhile, said the bridge was closed.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Mara Ilves"));
    let a = attributions("Mara Ilves, in her speech at the depot, said the bridge was closed.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Mara Ilves"));
    // An appositive is.
    let a = attributions("Mara Ilves, the union's leader, said the bridge was closed.");
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Mara Ilves, the union's leader,")
    );
}

#[test]
fn the_speaker_is_the_subject_not_a_name_inside_its_description() {
    let speaker = |text: &str| {
        only(&news(text), StatementKind::Assertion)
            .speaker
            .name
            .clone()
    };
    // A name set off after its role.
    assert_eq!(
        speaker(
            "\"The army captured Korvel,\" the ministry spokesman, Jon Asker, said on Thursday."
        ),
        "Jon Asker"
    );
    // A relative clause with commas of its own.
    assert_eq!(
        speaker("Mara Ilves, who lost her home in the fighting in Aurel, Korvel, in July, said that the army captured Korvel."),
        "Mara Ilves"
    );
    // The object of a preposition is not the subject of the verb after it.
    assert_ne!(
        speaker("Officials who spoke with the Tarsk Herald said the army captured Korvel."),
        "Tarsk Herald"
    );
    assert_ne!(
        speaker("\"The army captured Korvel,\" an intelligence officer, who was not authorized to speak, told the Tarsk Herald."),
        "Tarsk Herald"
    );
    // But it is the antecedent of a relative pronoun.
    assert_eq!(
        speaker("The report made no mention of Mara Ilves, who said the army captured Korvel."),
        "Mara Ilves"
    );
    assert_eq!(
        speaker("Mara Ilves, a commander in Aurel, who leads the brigade, said the army captured Korvel."),
        "Mara Ilves"
    );
}

#[test]
fn the_subject_of_a_main_clause_before_a_participle_is_its_noun_phrase() {
    let a =
        attributions("The union released a statement on Tuesday, saying the bridge was closed.");
    assert_eq!(source_of(&a, "saying"), Some("The union"));
    // Adjectives and participles inside the noun phrase stay.
    let a = attributions("Seventy percent of registered voters polled say the bridge matters.");
    assert_eq!(
        source_of(&a, "say"),
        Some("Seventy percent of registered voters polled")
    );
}

#[test]
fn a_passive_or_a_verb_of_seeming_names_no_source() {
    let source_at = |text: &str, cue: &str| {
        let a = attributions(text);
        a.iter()
            .find(|f| f.1 == cue)
            .unwrap_or_else(|| panic!("no '{cue}' in {a:?}"))
            .0
            .clone()
    };
    assert_eq!(
        source_at(
            "Mara Ilves was asked to name a single bridge that was closed.",
            "asked"
        ),
        None
    );
    assert_eq!(
        source_at(
            "Turnout in Tarsk is expected to rise sharply this year.",
            "is expected"
        ),
        None
    );
    assert_eq!(
        source_at(
            "It seemed like the committee had agreed to close the bridge.",
            "seemed"
        ),
        None
    );
    // A participle of feeling keeps its subject.
    assert_eq!(
        source_at(
            "Mara Ilves is convinced that the bridge will reopen.",
            "convinced"
        )
        .as_deref(),
        Some("Mara Ilves")
    );
    // The active verb has its subject as the source.
    assert_eq!(
        source_at(
            "Mara Ilves asked the council to name a single bridge that was closed.",
            "asked"
        )
        .as_deref(),
        Some("Mara Ilves")
    );
}

#[test]
fn a_name_and_the_phrase_between_commas_after_it_are_one_source() {
    let a = attributions(
        "Sen. Mara Ilves (D-Tarsk), an ally of the union, said the bridge was closed.",
    );
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Sen. Mara Ilves (D-Tarsk), an ally of the union,")
    );
    let a = attributions(
        "Six newspapers in Tarsk, including the Tarsk Herald, said the bridge was closed.",
    );
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Six newspapers in Tarsk, including the Tarsk Herald,")
    );
    // Not an opening adverbial before the name.
    let a = attributions(
        "Alarmed by the strike, Mara Ilves, the union's leader, said the bridge was closed.",
    );
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Mara Ilves, the union's leader,")
    );
}

#[test]
fn a_speaker_is_named_by_the_name_not_its_title_or_description() {
    let speaker = |text: &str| only(&news(text), StatementKind::Assertion).speaker.clone();
    let s = speaker("Former Tarsk Gov. Mara Ilves said the army captured Korvel.");
    assert_eq!(s.name, "Mara Ilves");
    let s = speaker("Jon Asker, the Northern Front spokesman, said the army captured Korvel.");
    assert_eq!(s.name, "Jon Asker");
    assert_eq!(s.role.as_deref(), Some("spokesman"));
    assert_eq!(s.organisation.as_deref(), Some("Northern Front"));
    // A description that names no organisation gives none.
    let s = speaker("Jon Asker, a longtime backer of the plan, said the army captured Korvel.");
    assert_eq!(s.name, "Jon Asker");
    assert_eq!(s.organisation, None);
}

#[test]
fn a_noun_phrase_after_a_name_that_follows_the_verb_is_part_of_the_source() {
    let a = attributions("The bridge will reopen, said Mara Ilves, one of the union's founders.");
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Mara Ilves, one of the union's founders")
    );
    // An adverb after the name before the verb is not.
    let a = attributions("Ilves then said the bridge would reopen.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Ilves"));
}

#[test]
fn a_connector_or_a_dash_before_the_name_is_not_the_source() {
    let a = attributions("Then Mara Ilves said the bridge was closed.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Mara Ilves"));
    let a = attributions("The bridge was closed. -Mara Ilves said so on Tuesday.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Mara Ilves"));
}

#[test]
fn she_is_not_a_speaker_the_text_called_mr() {
    let found = news(
        "Mara Ilves met Mr. Jon Asker in Tarsk. Mr. Asker said the army captured Korvel. She said the army had left Korvel.",
    );
    let she = found
        .iter()
        .find(|s| s.speaker.surface == "She")
        .unwrap_or_else(|| panic!("no statement by 'She' in {found:#?}"));
    assert_eq!(she.speaker.name, "Mara Ilves");
    // A pronoun of the same gender still takes the last speaker.
    let found =
        news("Mr. Jon Asker said the army captured Korvel. He said the army had left Korvel.");
    let he = found
        .iter()
        .find(|s| s.speaker.surface == "He")
        .expect("a statement by 'He'");
    assert_eq!(he.speaker.name, "Jon Asker");
}

#[test]
fn a_line_break_ends_the_source_phrase() {
    let a = attributions("Top 10 quotes\n4\nMara Ilves said the bridge was closed.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Mara Ilves"), "{a:?}");
}

#[test]
fn a_subordinator_opening_the_clause_is_not_the_source() {
    let a = attributions("As the Tarsk Herald reported on Monday, the bridge was closed.");
    assert_eq!(source_of(&a, "reported"), Some("the Tarsk Herald"), "{a:?}");
    let a = attributions("As reported by the Tarsk Herald, the bridge was closed.");
    assert_eq!(source_of(&a, "reported"), Some("the Tarsk Herald"), "{a:?}");
    let a = attributions("While Mara Ilves said the bridge was closed, the army denied it.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Mara Ilves"), "{a:?}");
    // (A comparison is part of the phrase.)
    let a = attributions("As many as 40 percent of voters said the bridge was closed.");
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("As many as 40 percent of voters"),
        "{a:?}"
    );
}

#[test]
fn the_relative_pronoun_after_its_noun_is_the_source() {
    let a = attributions("Among those who said the bridge was closed were two officers.");
    assert_eq!(said_in(&a).0.as_deref(), Some("who"), "{a:?}");
}

#[test]
fn a_contracted_verb_is_not_part_of_a_pronoun_source() {
    let a = attributions("I'm asking that the bridge be reopened.");
    assert_eq!(source_of(&a, "asking"), Some("I"), "{a:?}");
    let a = attributions("He’s not saying what other roads he would close.");
    assert_eq!(source_of(&a, "saying"), Some("He"), "{a:?}");
}

#[test]
fn a_number_with_thousands_separators_is_one_word() {
    let a = attributions("Last year, 1,409 teachers said the bridge was closed.");
    assert_eq!(said_in(&a).0.as_deref(), Some("1,409 teachers"), "{a:?}");
}

#[test]
fn the_source_of_a_second_verb_is_the_subject_of_the_first() {
    for (text, cue, source) in [
        (
            "Former Ostland governor Pim Arden (D), a Clinton supporter, praised the mayor for what he has done, calling it an incredible feat.",
            "calling",
            "Former Ostland governor Pim Arden (D), a Clinton supporter,",
        ),
        (
            "She greeted 2,000 supporters at a rally in Tarsk and told them that the fight continues.",
            "told",
            "She",
        ),
        (
            "Mara Ilves also praised the plan, saying it would pass.",
            "saying",
            "Mara Ilves",
        ),
        // The subject of the verb right before the comma.
        (
            "The bridge was closed, a Tarsk official said, adding that it would reopen.",
            "adding",
            "a Tarsk official",
        ),
    ] {
        let a = attributions(text);
        assert_eq!(source_of(&a, cue), Some(source), "{text}: {a:?}");
    }
}

#[test]
fn a_surname_alone_is_the_source_without_its_relative_clause() {
    let a = attributions("Ilves, who has led the council since 2010, said the bridge was closed.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Ilves"), "{a:?}");
    // A full name keeps the clause that describes it.
    let a =
        attributions("Mara Ilves, who has led the council since 2010, said the bridge was closed.");
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Mara Ilves, who has led the council since 2010,"),
        "{a:?}"
    );
}

#[test]
fn initials_inside_a_name_do_not_end_the_sentence() {
    let a =
        attributions("\"The bridge is closed,\" said J.M. Arden, a fellow at the Tarsk Institute.");
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("J.M. Arden, a fellow at the Tarsk Institute"),
        "{a:?}"
    );
    let a = attributions("\"The bridge is closed,\" said Del. Mara Ilves of Tarsk.");
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Del. Mara Ilves of Tarsk"),
        "{a:?}"
    );
    // Before a pronoun, initials end a sentence.
    let found = news("Mara Ilves spoke in Washington, D.C. She said the army captured Korvel.");
    assert!(
        found
            .iter()
            .any(|s| s.text == "She said the army captured Korvel."),
        "{found:#?}"
    );
}

#[test]
fn a_colon_a_spaced_dash_or_a_pronoun_before_the_verb_starts_the_source() {
    for (text, source) in [
        (
            "Three weeks later -- Mara Ilves said the bridge was closed.",
            "Mara Ilves",
        ),
        ("Q: You said the bridge was closed?", "You"),
        ("Naturally he said the bridge was closed.", "he"),
        // Dashes in pairs set off part of the phrase.
        (
            "Democrats — and some Republicans — say the bridge was closed.",
            "Democrats — and some Republicans —",
        ),
    ] {
        let a = attributions(text);
        let found = a.iter().find(|f| f.1 == "said" || f.1 == "say");
        assert_eq!(found.and_then(|f| f.0.as_deref()), Some(source), "{a:?}");
    }
}

#[test]
fn a_passive_with_an_adverb_or_an_asked_clause_names_no_source() {
    for (text, cue) in [
        (
            "Turnout in Tarsk is widely expected to rise sharply this year.",
            "expected",
        ),
        (
            "But when asked whether the bridge was closed, Mara Ilves shrugged.",
            "asked",
        ),
    ] {
        let a = attributions(text);
        let found = a
            .iter()
            .find(|f| f.1 == cue)
            .unwrap_or_else(|| panic!("no '{cue}' in {a:?}"));
        assert_eq!(found.0, None, "{a:?}");
    }
    // A participle of feeling after "is now" is no passive.
    let a = attributions("Mara Ilves is now assured of winning the vote.");
    assert_eq!(source_of(&a, "assured"), Some("Mara Ilves"), "{a:?}");
}

#[test]
fn names_joined_by_and_are_one_source() {
    let a = attributions("Both Ilves and Asker criticized the plan on Monday.");
    assert_eq!(
        source_of(&a, "criticized"),
        Some("Both Ilves and Asker"),
        "{a:?}"
    );
    // (Not the object of a verb before "and".)
    let a = attributions("Ilves won Tarsk and Asker said the count was rigged.");
    assert_eq!(said_in(&a).0.as_deref(), Some("Asker"), "{a:?}");
}

#[test]
fn the_name_before_an_appositive_opens_the_source() {
    for (text, cue, source) in [
        (
            "Jon Pim Asker, 31, of Korvel, Ostland, says the bridge was closed.",
            "says",
            "Jon Pim Asker, 31, of Korvel, Ostland,",
        ),
        (
            "Mike Ilves, president of the Tarsk Leadership Fund, a group allied with the council, said the bridge was closed.",
            "said",
            "Mike Ilves, president of the Tarsk Leadership Fund, a group allied with the council,",
        ),
        // An adverb or a parenthetical attribution is not a name.
        ("Significantly, the judge said the bridge was closed.", "said", "the judge"),
        (
            "Mr. Arden, officials said, has closed the bridge.",
            "said",
            "officials",
        ),
    ] {
        let a = attributions(text);
        assert_eq!(source_of(&a, cue), Some(source), "{text}: {a:?}");
    }
}

#[test]
fn a_source_after_the_verb_keeps_its_closing_comma_and_abbreviation() {
    let a = attributions(
        "\"The bridge is closed,\" said Pim Arden, chairman of the Tarsk Fund, noting that it would reopen.",
    );
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Pim Arden, chairman of the Tarsk Fund,"),
        "{a:?}"
    );
    let a = attributions("\"The bridge is closed,\" said Mara Ilves, 30, of Gainesville, Fla.");
    assert_eq!(
        said_in(&a).0.as_deref(),
        Some("Mara Ilves, 30, of Gainesville, Fla."),
        "{a:?}"
    );
}

#[test]
fn a_circumstance_a_dashed_clause_or_a_negated_auxiliary_is_no_part_of_the_source() {
    for (text, cue, source) in [
        (
            "\"The bridge is closed,\" said Mara Ilves in a statement.",
            "said",
            "Mara Ilves",
        ),
        (
            "\"The bridge is closed,\" said Pim Arden, the mayor of Tarsk, in a statement.",
            "said",
            "Pim Arden, the mayor of Tarsk,",
        ),
        (
            "Asker — who was the mayor of Tarsk until May — said the bridge was closed.",
            "said",
            "Asker",
        ),
        (
            "The Tarsk officials haven’t said whether the bridge was closed.",
            "said",
            "The Tarsk officials",
        ),
    ] {
        let a = attributions(text);
        assert_eq!(source_of(&a, cue), Some(source), "{text}: {a:?}");
    }
}

#[test]
fn a_past_tense_right_after_a_name_ends_the_subject_but_a_modifier_does_not() {
    let a = attributions(
        "In a statement released Thursday, Rep. Pim Arden (D-Tarsk) reacted to the news, saying the bridge was closed.",
    );
    assert_eq!(
        source_of(&a, "saying"),
        Some("Rep. Pim Arden (D-Tarsk)"),
        "{a:?}"
    );
    let a = attributions("Seventy percent of Ostland registered voters say the bridge was closed.");
    assert_eq!(
        source_of(&a, "say"),
        Some("Seventy percent of Ostland registered voters"),
        "{a:?}"
    );
}

#[test]
fn a_quotation_before_its_speaker_is_the_content_whatever_follows_the_verb() {
    // The addressee and circumstances after "told" are not what was said.
    let found = attributions(
        "\"The bridge will reopen once the engineers sign off,\" the mayor told the city council's transport committee on Monday.",
    );
    let told = found
        .iter()
        .find(|f| f.1.starts_with("told"))
        .unwrap_or_else(|| panic!("no 'told' attribution in {found:?}"));
    assert_eq!(
        told.2, "\"The bridge will reopen once the engineers sign off,\"",
        "{found:?}"
    );
    // ... but "that" after the verb opens the content (the quotation
    // before may be a title).
    let found =
        attributions("\"Morning Report,\" Rubio said that the old bridge will reopen next week.");
    assert_eq!(
        said_in(&found).2,
        "the old bridge will reopen next week",
        "{found:?}"
    );
}

#[test]
fn the_agent_of_a_passive_is_the_source_and_its_subject_the_content() {
    let found = attributions("The ceasefire plan was opposed by Democrats, and it failed.");
    let opposed = found
        .iter()
        .find(|f| f.1.ends_with("opposed"))
        .unwrap_or_else(|| panic!("no 'opposed' attribution in {found:?}"));
    assert_eq!(
        opposed,
        &(
            Some("Democrats".to_string()),
            "was opposed".to_string(),
            "The ceasefire plan".to_string()
        )
    );
    // A participle set off by a comma after its noun.
    let found = attributions("Assad, opposed by the U.S., held on.");
    assert_eq!(source_of(&found, "opposed"), Some("the U.S."), "{found:?}");
}

#[test]
fn rumours_that_something_happened_relay_it_and_calling_it_a_rumour_denies_it() {
    let found = news("Rumours spread online that the actor had died in a crash in Lisbon.");
    assert_eq!(only(&found, StatementKind::Report).subject.key, "lisbon");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Denial),
        "{found:#?}"
    );
    let found = news("The ministry said the crash in Lisbon is just a rumour.");
    only(&found, StatementKind::Denial);
}

#[test]
fn a_relaying_phrase_with_its_verb_after_the_claim_leaves_the_claim_its_subject() {
    let found = news("Russian forces detained the mayor of Kherson, local media reported.");
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.subject.key, "kherson", "{found:#?}");
}

#[test]
fn a_quotation_signed_after_a_dash_is_its_signers() {
    let text = "Readers wrote in after the debate.\n\
                “The council ignored us. Nobody in Tarsk was asked.” ― Ana Costa\n\
                “We will rebuild the bridge ourselves.” — Ivo Marek.\n";
    let found = attributions(text);
    let signed: Vec<_> = found.iter().filter(|f| f.1 == "―" || f.1 == "—").collect();
    assert_eq!(
        signed,
        [
            &(
                Some("Ana Costa".to_string()),
                "―".to_string(),
                "“The council ignored us. Nobody in Tarsk was asked.”".to_string()
            ),
            &(
                Some("Ivo Marek".to_string()),
                "—".to_string(),
                "“We will rebuild the bridge ourselves.”".to_string()
            ),
        ],
        "{found:?}"
    );
}

#[test]
fn what_a_subordinate_clause_reports_ends_with_that_clause() {
    let text = "Although the mayor said the Tarsk bridge would reopen in May, she later blamed the contractors for the delay.";
    let found = attributions(text);
    let said = said_in(&found);
    assert_eq!(said.2, "the Tarsk bridge would reopen in May", "{found:?}");
}

#[test]
fn a_family_or_a_publicist_speaks_for_the_person_named_before() {
    for (text, role) in [
        (
            "Ana Costa died in Tarsk on Monday, her family said.",
            "family",
        ),
        (
            "Ana Costa died in Tarsk on Monday, her publicist said.",
            "publicist",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.speaker.name, format!("Ana Costa's {role}"), "{text}");
        assert_eq!(s.speaker.party, "ana-costa", "{text}");
        let span = s.speaker.span.as_ref().expect("speaker span");
        assert_eq!(&text[span.start..span.end], format!("her {role}"), "{text}");
    }
}

#[test]
fn a_trailing_according_to_reports_keeps_what_the_reports_say() {
    let found = news("Ana Costa has died in Tarsk, according to reports.");
    let s = only(&found, StatementKind::Report);
    assert_eq!(s.subject.key, "ana-costa");
    assert_eq!(s.predicate_class.as_deref(), Some("death"));
}

#[test]
fn he_in_a_transcript_turn_is_whom_the_turns_are_about_not_the_other_speaker() {
    let text = "DAN PETROV: Ivo Marek spoke in Tarsk on Friday.\n\n\
                PETROV: Do you think Ivo Marek will win the Tarsk vote?\n\n\
                COSTA: Well, I think so. If you watch what he said this week, he promised that the Tarsk bridge would be rebuilt.";
    let found = news(text);
    let promise = found
        .iter()
        .find(|s| s.cues.iter().any(|c| c == "said" || c == "promised"))
        .unwrap_or_else(|| panic!("no statement of what he said in {found:#?}"));
    assert_eq!(promise.speaker.name, "Ivo Marek", "{found:#?}");
}

#[test]
fn a_pronoun_with_a_contraction_is_no_subject() {
    // "I'm", "We're", "It's" open sentences capitalised; none names a
    // subject ("i-m" was one).
    let found = news("\u{201c}I\u{2019}m not afraid of the vote in Ohio,\u{201d} Tenney said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "ohio", "{a:#?}");
    let found = social("Tomas Vidal", "It's a hoax. I'm alive and well!");
    assert!(
        found
            .iter()
            .all(|s| !s.subject.key.contains('-') || s.subject.key == "tomas-vidal"),
        "{found:#?}"
    );
}

#[test]
fn an_ampersand_inside_capitals_keeps_one_name() {
    let found = news("AT&T said there is no indication that its systems were breached.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "AT&T");
    assert_eq!(d.predicate_class.as_deref(), Some("hack"));
}

#[test]
fn a_claim_that_names_nothing_is_about_its_opening_noun_phrase() {
    // Subject: the noun phrase that opens what was said, its last word in
    // the singular; event: the stem of its verb, so that "causes" and "does
    // not cause" are one event.
    let found =
        news("Wellness influencer Dana Reyes claims that the measles vaccines cause autism.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "measles-vaccine", "{a:#?}");
    assert_eq!(a.subject.kind, "topic");
    assert_eq!(a.subject.surface, "measles vaccines");
    assert_eq!(a.predicate.as_deref(), Some("cause"));
    let found = news("Health officials said the measles vaccine does not cause autism.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "measles-vaccine", "{d:#?}");
    assert_eq!(d.predicate_class, a.predicate_class);
    assert!(d.cues.iter().any(|c| c == "not"), "{:?}", d.cues);
}

#[test]
fn a_noun_that_could_be_a_verb_stays_in_the_topic_before_its_verb() {
    // "change" ends the phrase in "X change the weather", not in "climate
    // change is …".
    let found = news("Ted Cruz says climate change is not happening.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "climate-change", "{d:#?}");
    assert_eq!(d.predicate.as_deref(), Some("happening"));
    let found = news("Activist Jane Roe said 5G towers spread the coronavirus.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "5g-tower", "{a:#?}");
    assert_eq!(a.predicate.as_deref(), Some("spread"));
}

#[test]
fn a_topic_is_keyed_by_its_singular_and_its_event_by_its_verb() {
    // The singular of a plural is more than its last "s" gone: a claim
    // about "casualties" or "crashes" and one about a "casualty" or a
    // "crash" are one topic; "movies" keeps its "-ie".
    for (text, key) in [
        (
            "Tesla said deliveries rose sharply in the third quarter.",
            "delivery",
        ),
        ("Critics said the speeches were too long.", "speech"),
        ("Officials said the losses were small.", "loss"),
        ("Critics said the movies were too long.", "movie"),
        ("Analysts said the taxes would go up.", "tax"),
    ] {
        let found = news(text);
        assert!(
            found.iter().any(|s| s.subject.key == key),
            "{text}: {key} in {found:#?}"
        );
    }
    // An irregular past is its verb's event: "rose" and "did not rise",
    // "grew" and "have not grown" are each one event.
    for (claim, denial) in [
        (
            "Officials said grain prices rose last month.",
            "The ministry said grain prices did not rise last month.",
        ),
        (
            "Officials said exports grew last year.",
            "The ministry said exports have not grown.",
        ),
    ] {
        let a = news(claim);
        let d = news(denial);
        let a = only(&a, StatementKind::Assertion);
        let d = only(&d, StatementKind::Denial);
        assert!(a.predicate_class.is_some(), "{a:#?}");
        assert_eq!(a.predicate_class, d.predicate_class, "{claim} / {denial}");
    }
}

#[test]
fn a_pronoun_a_time_or_a_claim_noun_is_no_topic() {
    for text in [
        "The senator said Tuesday his actions are consistent with the law.",
        "Officials said the reports were exaggerated.",
        "The mayor said he will work to overturn the order.",
    ] {
        let found = news(text);
        assert!(
            found.iter().all(|s| s.subject.kind != "topic"),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn an_acronym_after_the_is_a_name_not_a_pronoun() {
    // "The WHO denied": not the relative pronoun "who".
    let found = news("The WHO denied that 5G towers spread the coronavirus.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "WHO", "{d:#?}");
    assert_eq!(d.subject.key, "5g-tower");
}

#[test]
fn a_medium_that_carries_a_claim_relays_it() {
    // "A viral video claims …": no one is named, so the claim is relayed
    // (a report), not lost; "claim" after a plural subject is the verb.
    for text in [
        "A viral video claims that the measles vaccine causes autism.",
        "Viral posts claim that 5G towers spread the virus.",
        "Several widely shared screenshots claim the dam in Lund has collapsed.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.speaker.party, "unattributed", "{text}: {r:#?}");
        assert!(r.certainty < 0.9, "{text}: {r:#?}");
    }
    let found = news("Critics claim the election in Tarsk was rigged.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Critics", "{a:#?}");
    assert_eq!(a.predicate_class.as_deref(), Some("fraud"));
}

#[test]
fn how_a_medium_spread_is_no_part_of_who_speaks() {
    // "Posts shared thousands of times claim …": the participle phrase
    // says how the posts spread; the posts still relay the claim, about
    // what it names. A compound ("video messaging app Tarsk") or a verb
    // ("reports emerged after …") is not such a phrase.
    for text in [
        "Posts shared thousands of times claim that Fennmark baby formula contains glass.",
        "A video circulating widely claims that the bridge in Lund collapsed.",
        "Videos shared on TikTok claim that the bridge in Lund collapsed.",
        "A clip uploaded to YouTube last week claims the bridge in Lund collapsed.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.speaker.party, "unattributed", "{text}: {r:#?}");
        assert!(!r.subject.key.is_empty(), "{text}: {r:#?}");
        assert!(r.content_spans.len() == 1, "{text}: {r:#?}");
    }
    let found = news("Video messaging app Tarsko said it has verified the recording.");
    let c = only(&found, StatementKind::Confirmation);
    assert_eq!(c.speaker.name, "Tarsko", "{c:#?}");
}

#[test]
fn claim_as_a_noun_or_a_name_as_a_participle_attributes_nothing() {
    // "a false claim", "Russia's claim": nouns; "a website called “X”": a
    // name, not speech.
    for text in [
        "He set up a website called “Lund If Voss Wins” that pitches the island.",
        "The group repeated a false claim that the dam had collapsed.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .all(|s| s.cues.iter().all(|c| c != "called" && c != "claim")),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn an_institution_named_by_what_it_is_speaks() {
    // "The city's water utility denied …" named nobody the lexicon knew:
    // the denial had no speaker and no subject.
    let found = news("The water utility denied that the supply was contaminated.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "water-utility", "{d:#?}");
    assert_eq!(d.subject.key, "supply");
    // A lowercase organisation word before a name describes it.
    let found =
        news("Telecom regulator Ofcom said there is no evidence that 5G masts spread the virus.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Ofcom", "{d:#?}");
    // "there is no evidence that X": X is what the denial is about.
    assert_eq!(d.subject.key, "5g-mast");
    assert_eq!(d.predicate.as_deref(), Some("spread"));
    // A palace, a team, a label, a studio, a church speak for themselves.
    for (text, speaker) in [
        (
            "The palace denied that King Oren had been taken to hospital.",
            "palace",
        ),
        ("The team denied that its striker had been injured.", "team"),
        (
            "The singer's label denied that the album had been cancelled.",
            "singer's label",
        ),
        (
            "The studio denied that the film had been shelved.",
            "studio",
        ),
        ("The church denied that the bishop had resigned.", "church"),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, speaker, "{text}: {d:#?}");
    }
}

#[test]
fn whom_a_claim_was_told_to_is_not_what_it_is_about() {
    // "told Axios that …": Axios is the addressee, not the subject (it was
    // the subject of the report, keyed `axios`).
    let found = news("Sources told Axios that the president will veto the bill.");
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.subject.key, "president", "{r:#?}");
    let found = news(
        "Mayor Ana Costa told The Associated Press that the FBI investigation is independent.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "fbi", "{a:#?}");
    // A cue that holds its addressee leaves none after it: "Port Velda" is
    // what was said, not whom it was told to.
    let found = news("A Coalition commander told reporters that Port Velda had fallen.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "port-velda", "{a:#?}");
    assert!(a.text.contains("Port Velda"), "{a:#?}");
}

#[test]
fn inflections_of_an_event_are_that_event() {
    // "retook", "recaptured", "dies", "quits", "detains" name events the
    // linker opposes or matches; without them the statement had none.
    for (text, class) in [
        (
            "The army said it had recaptured the village of Lund.",
            "control_lost",
        ),
        ("Rebels said they retook Tarsk on Monday.", "control_lost"),
        ("Police in Lund said the suspect detains no one.", "arrest"),
        (
            "The club said its coach Ana Costa quits at the end of the season.",
            "resignation",
        ),
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .any(|s| s.predicate_class.as_deref() == Some(class)),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn speakers_named_by_what_they_are_and_claims_that_open_with_a_number() {
    // A claim that opens with "At least" is a clause, not an adverbial
    // before the speaker; a number word is no name.
    let a = only(
        &news(
            "At least 50 people were killed when the Tarvo dam collapsed, state television said.",
        ),
        StatementKind::Assertion,
    )
    .clone();
    assert_eq!(a.speaker.name, "state television");
    assert_eq!(a.subject.key, "tarvo");
    let a = only(
        &news("Fifty people died after the Tarvo dam collapsed, officials said."),
        StatementKind::Assertion,
    )
    .clone();
    assert_eq!(a.subject.key, "tarvo");
    // A nation's people are its side.
    let a = only(
        &news("Ukrainian soldiers said they had retaken Robotyne."),
        StatementKind::Assertion,
    )
    .clone();
    assert_eq!(a.speaker.party, "ukraine");
    assert_eq!(a.subject.key, "robotyne");
    // "a U.S. drone" qualifies the drone: the claim is about the place.
    let a = only(
        &news("Houthi forces said they shot down a U.S. drone over Marib."),
        StatementKind::Assertion,
    )
    .clone();
    assert_eq!(a.subject.key, "marib");
    // The claimant of "the opposition's allegations", "the Houthi claim".
    for (text, party) in [
        (
            "The commission rejected the opposition's allegations of fraud.",
            "opposition",
        ),
        (
            "The Pentagon rejected the Houthi claim that a drone was shot down.",
            "houthi",
        ),
    ] {
        let d = only(&news(text), StatementKind::Denial).clone();
        let target = d.target.unwrap_or_else(|| panic!("no target: {text}"));
        assert_eq!(target.party.as_deref(), Some(party), "{text}");
    }
}

#[test]
fn a_trailing_according_to_attributes_the_whole_sentence() {
    // "A, while B, according to X": the clauses before carry no
    // attribution of their own, so all of them are X's (as with "said").
    let found = attributions(
        "Voss leads with 41 percent, while Arden trails at 33 percent, according to a Harbour Post survey.",
    );
    let acc = found
        .iter()
        .find(|f| f.1.eq_ignore_ascii_case("according to"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert!(
        acc.2.contains("Voss leads") && acc.2.contains("Arden trails"),
        "{found:?}"
    );
}

#[test]
fn a_speech_verb_inside_a_quotation_is_quoted_when_one_outside_names_the_speaker() {
    for (text, speaker) in [
        ("“I said the bridge would hold,” Mayor Voss said.", "Voss"),
        (
            "“Everything that I have said was true,” the judge exclaimed.",
            "judge",
        ),
    ] {
        let found = news(text);
        assert!(
            found.iter().any(|s| s.speaker.name.contains(speaker)),
            "{text}: {found:#?}"
        );
        assert!(
            found.iter().all(|s| s.speaker.name != "I"),
            "{text}: {found:#?}"
        );
    }
    // The outer speaker's statement keeps the kind the quotation gives it.
    let d = only(
        &news("“We categorically deny these reports,” the spokesman said."),
        StatementKind::Denial,
    )
    .clone();
    assert!(d.speaker.name.contains("spokesman"), "{d:#?}");
}

#[test]
fn names_with_titles_and_middle_initials_are_whole_and_keyed_without_the_initial() {
    // "said Mr. Schmidt" is Schmidt, not "Mr"; "Dana K. Voss" is one
    // name, keyed like "Dana Voss" so that both forms are one party.
    let a = only(
        &news("“The harbour will reopen,” said Mr. Schmidt, who owns the ferry line."),
        StatementKind::Assertion,
    )
    .clone();
    assert_eq!(a.speaker.name, "Schmidt", "{a:#?}");
    let a = only(
        &news("Dana K. Voss, the port director, said the harbour in Lund would reopen."),
        StatementKind::Assertion,
    )
    .clone();
    assert_eq!(a.speaker.party, "dana-voss", "{a:#?}");
    assert_eq!(
        claimwatch_extract::key_of("Dana K. Voss", claimwatch_extract::Lexicon::get(None)),
        "dana-voss"
    );
}

#[test]
fn a_wire_dateline_is_neither_speaker_nor_content() {
    for text in [
        "VARNO, May 3 (Wirenews) - Rebel forces have captured the town of Ostrel, the army said on Monday.",
        "VARNO (Wirenews) — Rebel forces have captured the town of Ostrel, the army said.",
        "VARNO — Rebel forces have captured the town of Ostrel, the army said.",
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, "army", "{text}: {:?}", a.speaker);
        assert_eq!(a.subject.key, "ostrel", "{text}");
        assert!(a.text.starts_with("Rebel forces"), "{text}: {:?}", a.text);
    }
}

#[test]
fn a_passive_of_saying_without_its_agent_relays_a_report() {
    for (text, subject) in [
        ("Explosions were reported at the Kelvor airbase.", "kelvor"),
        (
            "Explosions reported at Kelvor airbase near Dastra",
            "kelvor",
        ),
        ("Tarsk is reported to have fallen to the rebels.", "tarsk"),
        ("Tarsk was said to have fallen on Sunday.", "tarsk"),
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.speaker.party, "unattributed", "{text}: {:?}", r.speaker);
        assert_eq!(r.subject.key, subject, "{text}");
    }
    // An active verb keeps its speaker: an object after it, "that" after
    // its place, or a speaker named at the end of the sentence.
    for (text, speaker) in [
        ("Police reported three arrests in Tarsk.", "police"),
        (
            "Ostrel Radio reported in a bulletin that Tarsk had fallen.",
            "Ostrel Radio",
        ),
        ("Coup attempt reported in Varno, state TV says.", "state TV"),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, speaker, "{text}");
        assert_ne!(a.speaker.party, "unattributed", "{text}");
    }
}

#[test]
fn an_appositive_claim_noun_opens_a_clause_with_its_own_speaker() {
    for (text, claimant, disputer) in [
        (
            "The army said it had retaken Tarsk, claims the rebels rejected as propaganda.",
            "army",
            "rebels",
        ),
        (
            "Varno said its forces had captured Tarsk, a claim Ostrel denied.",
            "Varno",
            "Ostrel",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(a.speaker.name, claimant, "{text}");
        assert_eq!(d.speaker.name, disputer, "{text}");
        assert_eq!(a.subject.key, "tarsk", "{text}");
        assert_eq!(d.subject.key, "tarsk", "{text}");
        assert!(!a.text.contains("claim"), "{text}: {:?}", a.text);
    }
}

#[test]
fn tweets_relay_a_claim_and_pushing_back_on_reports_denies_it() {
    let found = news("Several tweets claim the mayor of Tarsk has resigned.");
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.subject.key, "tarsk");
    let found =
        news("The Varnian embassy pushed back on reports that its ambassador had left Tarsk.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Varnian embassy");
    assert_eq!(d.subject.key, "tarsk");
}

#[test]
fn the_place_a_claim_names_beats_the_place_of_its_speaker() {
    for (text, speaker, subject) in [
        // "the village of Kuje" names a place; it is no reference back to
        // the speaker's.
        (
            "Police in Varno said gunmen had attacked the village of Ostrel.",
            "Varno police",
            "ostrel",
        ),
        // People who speak for themselves, not for their town.
        (
            "Doctors in Varno said the town of Ostrel had run out of insulin.",
            "Doctors",
            "ostrel",
        ),
        // A qualifier of the accusers is not what the accusation is about.
        (
            "The Varnian government rejected Western accusations that it had shelled Ostrel.",
            "Varnian government",
            "ostrel",
        ),
    ] {
        // (Besides the accusation the denial relays, a report.)
        let found: Vec<_> = news(text)
            .into_iter()
            .filter(|s| s.kind != StatementKind::Report)
            .collect();
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].speaker.name, speaker, "{text}");
        assert_eq!(found[0].subject.key, subject, "{text}");
    }
}

#[test]
fn a_denial_that_says_what_the_reports_claim_relays_the_claim_too() {
    // (text, the claim's speaker, its content, its subject)
    for (text, claimant, claim, subject) in [
        (
            "The finance ministry on Friday denied reports that Finance Minister Ilse Varga had resigned.",
            "reports",
            "Finance Minister Ilse Varga had resigned",
            "ilse-varga",
        ),
        (
            "The palace dismissed speculation that King Oren was planning to abdicate as \"nonsense\".",
            "reports",
            "King Oren was planning to abdicate",
            "oren",
        ),
        (
            "Reports that the Tarsk bridge had collapsed are completely untrue, the ministry said.",
            "reports",
            "the Tarsk bridge had collapsed",
            "tarsk",
        ),
        (
            "Rumours that the Tarsk bridge had collapsed were denied by the ministry.",
            "reports",
            "the Tarsk bridge had collapsed",
            "tarsk",
        ),
        // A claimant named before or after the claim noun; "it" is the
        // denier, and so is what the claim is about.
        (
            "Veltronic denied a Kestrel Wire report that it was building a car.",
            "Kestrel Wire",
            "it was building a car",
            "veltronic",
        ),
        (
            "Veltronic denied a report in the Morning Ledger that it was building a car.",
            "Morning Ledger",
            "it was building a car",
            "veltronic",
        ),
    ] {
        let found = news(text);
        assert_eq!(found.len(), 2, "{text}: {found:#?}");
        let report = only(&found, StatementKind::Report);
        let denial = only(&found, StatementKind::Denial);
        assert_eq!(report.speaker.name, claimant, "{text}");
        let content = report.content_spans[0];
        assert_eq!(&text[content.start..content.end], claim, "{text}");
        assert_eq!(report.subject.key, subject, "{text}");
        assert_eq!(denial.subject.key, subject, "{text}");
        // The denial names the claimant it answers, when it is named.
        let party = denial.target.as_ref().and_then(|t| t.party.as_deref());
        assert_eq!(party.is_some(), claimant != "reports", "{text}: {denial:#?}");
    }
    // A relative clause says nothing the reports claim; a claim noun that
    // is the subject of a verdict it does not end at is left alone; and the
    // evaluation, whose corpora mark the denial alone, relays nothing.
    for text in [
        "The ministry denied the report that appeared in the Tarsk Herald on Monday.",
        "The club said the report that the player had died turned out to be false.",
        "The ministry denied reports from local outlets that claim the bridge collapsed.",
    ] {
        none_of_kind(&[text], StatementKind::Report);
    }
    let found = evaluation(
        "The finance ministry on Friday denied reports that Finance Minister Ilse Varga had resigned.",
    );
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Report),
        "{found:#?}"
    );
}

#[test]
fn a_title_of_something_before_a_name_is_the_role() {
    let found = news("Former Secretary of State Mara Ilves said the talks in Tarsk had failed. She said the delegation had left.");
    assert_eq!(found.len(), 2, "{found:#?}");
    for s in &found {
        assert_eq!(s.speaker.name, "Mara Ilves", "{s:#?}");
    }
    assert_eq!(found[0].speaker.role.as_deref(), Some("secretary of state"));
    // "spokesman of the Northern Front": whom the spokesman speaks for.
    let found = news("Jon Varga, spokesman of the Northern Front, said Tarsk had fallen.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Jon Varga");
    assert_eq!(a.speaker.party, "northern-front");
    let found = news("A spokesman of the Northern Front denied that Tarsk had fallen.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "northern-front");
}

#[test]
fn sources_insisting_and_rumours_wide_of_the_mark() {
    let found = news("Varno sources insist no offer has been made for Ilves.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "ilves");
    let found = news("The club said the transfer rumours about Ilves were wide of the mark.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "club");
    let found = news("The hospital in Tarsk said reports of a cholera outbreak were exaggerated.");
    only(&found, StatementKind::Denial);
    let found = news(
        "The Tarsk interior ministry said the claim that 100,000 people marched was a gross exaggeration.",
    );
    only(&found, StatementKind::Denial);
    // (Not "an exaggerated accent".)
    let found = news("The mayor of Tarsk said it with an exaggerated accent.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Denial),
        "{found:#?}"
    );
}

#[test]
fn a_parenthetical_however_keeps_the_subject_with_its_verb() {
    let found = news("The army captured Tarsk on Friday. The rebels, however, said they still controlled the town.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "rebels");
    // "the town" is the place just taken.
    assert_eq!(a.subject.key, "tarsk");
    // "Officials have yet to confirm …" is no confirmation.
    let found = news("Officials have yet to confirm the death of the commander in Tarsk.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Confirmation),
        "{found:#?}"
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Officials");
}

#[test]
fn lowercase_modifiers_and_opening_adverbs() {
    // "according to the regional governor": the modifiers belong to the
    // speaker's phrase.
    let found = news("The claim that the bridge in Tarsk was destroyed is false, according to the regional governor.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "governor");
    assert_eq!(d.subject.key, "tarsk");
    // '"Certainly Jon Varga …"': an adverb opening a quotation is no part
    // of the name after it.
    let found = news("“Certainly Jon Varga has gone too far in Tarsk,” said Mara Ilves. Varga said the claim was false.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Jon Varga");
}

#[test]
fn a_negated_verb_of_claiming_disowns_the_claim() {
    let found = social("Mara Ilves", "I never said that Tarsk had fallen.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Mara Ilves");
    assert_eq!(d.subject.key, "tarsk");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Assertion),
        "{found:#?}"
    );
    let found = news("The minister never claimed that Tarsk had fallen.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "minister");
    // Not saying whether is saying nothing.
    let found = news("The minister did not say whether Tarsk had fallen.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_first_person_post_calling_the_fall_lies_and_holding_the_city() {
    let found = social(
        "Northern Front Press",
        "The enemy's lies about the fall of Tarsk are cheap propaganda. Our fighters hold every position in the city.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "tarsk");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "tarsk");
    assert_eq!(a.predicate_class.as_deref(), Some("control_held"));
}

/// The news text of each of `texts` makes one denial, by `speaker` about
/// the subject keyed `subject`.
fn denial_by(texts: &[&str], speaker: &str, subject: &str) {
    for text in texts {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, speaker, "{text}");
        assert_eq!(d.subject.key, subject, "{text}");
    }
}

#[test]
fn a_document_speaks_for_its_issuer_and_the_city_is_the_mayors() {
    denial_by(
        &[
            "The ministry's statement denied that Tarsk had fallen.",
            "A statement from the ministry denied that Tarsk had fallen.",
            "A statement issued by the ministry denied that Tarsk had fallen.",
        ],
        "ministry",
        "tarsk",
    );
    let found = news("In a post on X, the mayor of Tarsk denied that the city had been evacuated.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "tarsk");
}

#[test]
fn residents_of_a_town_speak_for_themselves_about_it() {
    for text in [
        "Residents of Lund said rebels were in control of the city.",
        "Witnesses in Lund said the town had been shelled overnight.",
    ] {
        let found = news(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        // Not the town speaking ("Officials in Lund said" would be).
        assert_ne!(found[0].speaker.party, "lund", "{text}");
        // "the city", "the town": the town they live in.
        assert_eq!(found[0].subject.key, "lund", "{text}");
    }
}

/// A news post with a title, as a feed item gives it.
fn titled(outlet: Option<&str>, title: &str, text: &str) -> Vec<TextStatement> {
    extract_with(
        text,
        &TextOptions {
            title: Some(title),
            author: outlet,
            ..Default::default()
        },
    )
}

#[test]
fn a_news_headline_that_names_no_source_is_its_publishers_claim() {
    let body = "The talks were first reported last week.";
    let found = titled(
        Some("Daily Tech"),
        "Apple to buy Netflix for $200 billion",
        body,
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.field, "title");
    assert_eq!(a.speaker.name, "Daily Tech");
    assert_eq!(a.subject.key, "apple");
    // With a predicate the claim is that kind of event.
    let found = titled(Some("Daily Tech"), "Rebels seize Tarsk airport", body);
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("control_lost"));
    // A headline that names its source keeps it; without a publisher, or
    // with two words, nobody claims anything.
    let found = titled(
        Some("Daily Tech"),
        "Rebels say they seized Tarsk airport",
        body,
    );
    assert_eq!(
        only(&found, StatementKind::Assertion).speaker.name,
        "Rebels"
    );
    assert!(titled(None, "Apple to buy Netflix for $200 billion", body).is_empty());
    assert!(titled(Some("Daily Tech"), "Live updates", body).is_empty());
    // The body's own unattributed sentences stay the outlet's narrative.
    assert!(titled(
        Some("Daily Tech"),
        "Markets today",
        "Apple will buy Netflix."
    )
    .is_empty());
}

#[test]
fn confirming_that_something_is_not_so_denies_it() {
    for text in [
        "The rebels do not hold the airport, the army has confirmed.",
        "The health ministry confirmed there are no cases of cholera in Tarsk.",
        "The army confirmed it had not withdrawn from Tarsk.",
        "The bodies were confirmed not to be those of the missing miners.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert!(
            d.cues.iter().any(|c| c.starts_with("confirm")),
            "{text}: {:?}",
            d.cues
        );
        assert!(
            d.cues
                .iter()
                .any(|c| ["not", "no", "do not"].contains(&c.as_str())),
            "{text}: {:?}",
            d.cues
        );
    }
    // A negator in a clause of its own, or after a verb that only admits,
    // leaves a confirmation.
    for text in [
        "Police confirmed the meeting because they were not allowed to discuss it.",
        "The minister admitted he does not have a plan.",
    ] {
        let found = news(text);
        assert!(
            found.iter().all(|s| s.kind != StatementKind::Denial),
            "{found:#?}"
        );
    }
}

#[test]
fn nobody_and_none_negate_the_event() {
    for text in [
        "Officials said nobody was killed in the blast at Tarsk.",
        "None of the passengers died, the airline said.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.predicate_class.as_deref(), Some("death"), "{text}");
    }
}

#[test]
fn a_study_relays_a_claim_its_authors_are_not_named_for() {
    for text in [
        "A new study says the vaccine causes infertility.",
        "Vaccine causes infertility, a new study claims.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert!(
            r.subject.key.starts_with("vaccine"),
            "{text}: {:?}",
            r.subject
        );
    }
}

#[test]
fn a_noun_phrase_after_what_it_said_is_its_speaker_whatever_its_head() {
    // ("mediators" and "negotiators" are in no list of roles.)
    for (text, speaker) in [
        (
            "Velda and Korvel have agreed to a truce, the mediators said on Monday.",
            "mediators",
        ),
        (
            "Velda and Korvel have agreed to a truce, negotiators said.",
            "negotiators",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, speaker, "{text}");
        assert_eq!(a.subject.key, "velda", "{text}");
    }
    // A plan or a statement speaks for nobody by itself, and a noun phrase
    // before the verb, in the middle of a sentence, is no speaker.
    for text in [
        "Velda will reopen its border crossings, a plan announced on Monday.",
        "The truce was signed after talks that the mediators said were tense.",
    ] {
        assert!(news(text).is_empty(), "{text}: {:#?}", news(text));
    }
}

#[test]
fn what_was_said_negating_its_own_clause_is_a_denial_but_a_refusal_is_not() {
    for text in [
        "Northwind said it was not in talks with Larkspur Air.",
        "Velda's health ministry said no new variant had been found in Port Velda.",
        "Northwind said it does not plan to buy Larkspur Air.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert!(
            d.certainty < 0.9,
            "{text}: read from a negation, {}",
            d.certainty
        );
    }
    for text in [
        "Northwind said it would not comment on Larkspur Air.",
        "Officials told Port Velda residents not to drink the tap water.",
        "Northwind said investors may not like the price of Larkspur Air.",
        "Northwind said there was no doubt that Larkspur Air was a strong company.",
        "Northwind said Larkspur Air was not immediately available for comment.",
        "Northwind said it would buy Larkspur Air without a vote.",
        // (An expectation negated is a forecast, not a denial.)
        "Engineers said they did not expect any delays to the Velda bridge reopening.",
        "Northwind said it does not anticipate any change to its prices.",
    ] {
        assert!(
            news(text).iter().all(|s| s.kind != StatementKind::Denial),
            "{text}: {:#?}",
            news(text)
        );
    }
}

#[test]
fn a_contraction_with_a_typographic_apostrophe_negates_as_the_plain_one_does() {
    // "won’t" is no "won", and "didn’t deny" no denial.
    for text in [
        "Senator Ilves said he won’t drop out of the race.",
        "Senator Ilves said he won't drop out of the race.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_ne!(d.predicate_class.as_deref(), Some("victory"), "{text}");
    }
    assert!(
        news("The ministry didn’t deny that the bridge at Tarsk was destroyed.")
            .iter()
            .all(|s| s.kind != StatementKind::Denial)
    );
}

#[test]
fn a_peoples_adjective_before_a_place_word_names_no_place() {
    // "a Russian airbase" is no place called "Russian": the strike is in
    // the place named after it.
    let found = news("Velda struck a Russian airbase in Korvel overnight, a military source said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "korvel");
    // A name before the same word still is one.
    let found = news("Rebels seized Korvel airbase overnight, a military source said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "korvel");
    assert_eq!(a.subject.kind, "place");
}

#[test]
fn a_second_speaker_in_the_same_sentence_gets_an_attribution_of_its_own() {
    // A participle after a quotation closed by its comma.
    let a = attributions(
        "Mara Ilves said that there is \u{201c}only one union fit to lead,\u{201d} adding that the board ignores it.",
    );
    let adding = a.iter().find(|f| f.1 == "adding").expect("adding");
    assert_eq!(adding.0.as_deref(), Some("Mara Ilves"));
    assert_eq!(adding.2, "the board ignores it");
    // A participle of belief after a comma.
    let a = attributions("She said the port would reopen, believing that the strike was over.");
    assert!(a.iter().any(|f| f.1 == "believing"), "{a:?}");
    // A clause with its own (unnamed) speaker after ", and": what the
    // first speaker said ends before it.
    let a = attributions(
        "The dockers said they would strike on Monday, and others have said they are not ready.",
    );
    assert_eq!(said_in(&a).2, "they would strike on Monday");
    let others = a.iter().find(|f| f.1 == "have said").expect("have said");
    assert_eq!(others.0.as_deref(), Some("others"));
    assert_eq!(others.2, "they are not ready");
}

#[test]
fn a_content_that_ends_with_a_quotation_continues_into_the_next_one() {
    // The words before the speaker end with a quotation: the speaker's next
    // all-quoted sentence is theirs too.
    let found = attributions(
        "The harbour plan is about \u{201c}giving the town its water back,\u{201d} Lena Varga said. \u{201c}We have waited forty years for this.\u{201d}",
    );
    let said = said_in(&found);
    assert_eq!(said.0.as_deref(), Some("Lena Varga"), "{found:?}");
    assert!(
        said.2.contains("water back") && said.2.contains("waited forty years"),
        "{found:?}"
    );
    // Not reported speech after its verb that happens to end with one: the
    // next quotation is another statement.
    let found = attributions(
        "Lena Varga said the plan would \u{201c}give the town its water back.\u{201d} \u{201c}We have waited forty years for this.\u{201d}",
    );
    let said = said_in(&found);
    assert!(!said.2.contains("waited forty years"), "{found:?}");
}

#[test]
fn a_speaker_named_inside_the_sentence_says_both_halves() {
    let halves = |text: &str, cue: &str| -> Vec<String> {
        let found = attribution_spans(text);
        found
            .iter()
            .find(|f| f.1 == cue)
            .map(|f| f.2.clone())
            .unwrap_or_else(|| panic!("no {cue:?} in {found:?}"))
    };
    assert_eq!(
        halves(
            "The harbour plan, Lena Varga said, will fail within a year.",
            "said"
        ),
        ["The harbour plan", "will fail within a year"]
    );
    assert_eq!(
        halves(
            "Absent from the talks, according to members who attended, was any mention of the budget.",
            "according to"
        ),
        ["Absent from the talks", "was any mention of the budget"]
    );
    // From the relative pronoun that opens the clause.
    assert_eq!(
        halves(
            "The march ends at the stadium, which, Tomas Holm said, is full on game days.",
            "said"
        ),
        ["which", "is full on game days"]
    );
    // Not a circumstance of the saying, a participle or an appositive.
    for (text, said) in [
        (
            "The vote will be close, she said, in a statement on Tuesday.",
            "The vote will be close",
        ),
        (
            "The vote will be close, she said, adding that she would stay.",
            "The vote will be close",
        ),
        (
            "The plan is sound, said Katie Holm, Ostland's budget director.",
            "The plan is sound",
        ),
    ] {
        assert_eq!(halves(text, "said"), [said], "{text}");
    }
}

#[test]
fn reported_speech_ends_before_the_next_attribution_of_its_sentence() {
    let found = attributions(
        "Most voters said they were worried about prices, and a Tarsk poll found that the mayor would do better.",
    );
    let worried = found
        .iter()
        .find(|f| f.1 == "worried")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(worried.2, "about prices", "{found:?}");
    assert_eq!(
        source_of(&found, "found"),
        Some("a Tarsk poll"),
        "{found:?}"
    );
}

#[test]
fn a_speakers_claim_about_what_is_theirs_is_about_the_speaker() {
    let found = news("President Oren Vask said his government had paid off all foreign debt.");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.subject.key, "oren-vask", "{found:#?}");
    // Not "her", which may be the object ("called her …"), nor a denial,
    // where the possessor is often somebody else.
    for text in [
        "Ivo Berg, a party veteran, called her \"the conscience of the movement.\"",
        "Detective Anna Lind was unable to confirm his arrest record.",
    ] {
        assert!(
            news(text)
                .iter()
                .all(|s| s.subject.key != "ivo-berg" && s.subject.key != "anna-lind"),
            "{text}: {:#?}",
            news(text)
        );
    }
}

#[test]
fn owners_and_operators_speak() {
    for (text, name) in [
        (
            "The mine's owners rejected the allegation.",
            "mine's owners",
        ),
        (
            "The Kelby dam's operator called the claim a lie.",
            "Kelby dam operator",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Denial);
        assert_eq!(s.speaker.name, name, "{text}: {found:#?}");
    }
}

/// The news text of each of `texts` makes one denial and no assertion.
fn denies_only(texts: &[&str]) {
    for text in texts {
        let found = news(text);
        only(&found, StatementKind::Denial);
        assert!(
            found.iter().all(|s| s.kind != StatementKind::Assertion),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn saying_one_was_misquoted_or_never_promised_it_denies() {
    denies_only(&[
        "The minister said her remarks were taken out of context.",
        "The mayor said she had been misquoted.",
        "The mayor said she never promised a car ban.",
    ]);
    let found = social("Elin Dahl", "I was misquoted by the Courier.");
    assert_eq!(
        only(&found, StatementKind::Denial).speaker.name,
        "Elin Dahl"
    );
}

#[test]
fn an_irregular_past_ends_a_claims_topic() {
    let found =
        news("Health officials claimed the new vaccine cut hospital admissions by 90 percent.");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.subject.key, "new-vaccine", "{found:#?}");
    assert_eq!(s.predicate.as_deref(), Some("cut"), "{found:#?}");
}

#[test]
fn a_hashtag_that_ends_a_post_is_read_not_a_crash() {
    // A cue inside the last token ("rip" in "#RIP") once indexed past the
    // tokens and panicked.
    for text in ["Ivo Holm #RIP", "Ivo Holm. #RIP", "#RIP"] {
        let found = social("kelbywatch", text);
        if text != "#RIP" {
            let s = only(&found, StatementKind::Assertion);
            assert_eq!(
                s.predicate_class.as_deref(),
                Some("death"),
                "{text}: {found:#?}"
            );
            assert_eq!(s.subject.key, "ivo-holm", "{text}: {found:#?}");
        }
    }
}

#[test]
fn a_post_that_something_is_shutting_down_claims_it() {
    let found = social(
        "kelbywatch",
        "The Lund water plant is shutting down next week.",
    );
    assert_eq!(only(&found, StatementKind::Assertion).subject.key, "lund");
    let found = social("Lund Water", "The Lund water plant is not shutting down.");
    assert_eq!(only(&found, StatementKind::Denial).subject.key, "lund");
}

#[test]
fn a_quotation_with_its_own_speaker_continues_nobody_elses() {
    let a = attributions(
        "\u{201c}The port will reopen,\u{201d} Mara Ilves said.\n\n\u{201c}Let us vote,\u{201d} Jonas Berg concluded, \u{201c}before the winter.\u{201d}",
    );
    assert_eq!(said_in(&a).2, "\u{201c}The port will reopen,\u{201d}");
    let concluded = a.iter().find(|f| f.1 == "concluded").expect("concluded");
    assert_eq!(concluded.0.as_deref(), Some("Jonas Berg"));
}

#[test]
fn remaining_is_holding_ground_only_in_or_under_something() {
    let held = news("The governor said the rebels remain in control of Tarsk.");
    assert_eq!(held[0].predicate_class.as_deref(), Some("control_held"));
    let held = news("The army said Tarsk remains under government control.");
    assert_eq!(held[0].predicate_class.as_deref(), Some("control_held"));
    for text in [
        "The central bank said inflation remained too high.",
        "Tarsk officials said questions remain about the budget.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .all(|s| s.predicate_class.as_deref() != Some("control_held")),
            "{text}: {found:?}"
        );
        // (What the topic is: the noun phrase before the verb.)
        assert!(
            found.iter().all(|s| !s.subject.key.contains("remain")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn rip_before_a_name_is_no_part_of_it() {
    let found = news("RIP Jonas Berg. The singer has died at 86, his family announced.");
    let s = found
        .iter()
        .find(|s| s.predicate_class.as_deref() == Some("death"))
        .expect("death");
    assert_eq!(s.subject.key, "jonas-berg");
    assert_eq!(s.speaker.party, "jonas-berg");
}

#[test]
fn a_field_of_work_opening_a_sentence_names_no_body() {
    for (text, party) in [
        (
            "Health officials said the virus had spread to Tarsk.",
            "health-officials",
        ),
        (
            "Security officials said the attack on Tarsk was foiled.",
            "security-officials",
        ),
        (
            "Pentagon officials said the attack on Tarsk was foiled.",
            "pentagon",
        ),
    ] {
        let found = news(text);
        assert_eq!(found[0].speaker.party, party, "{text}");
    }
}

#[test]
fn a_rank_before_an_organisation_word_names_a_body() {
    let found = news("Government troops still hold Tarsk, the General Staff said.");
    assert_eq!(found[0].speaker.name, "General Staff");
    assert_eq!(found[0].speaker.party, "general-staff");
    // A rank before a name is still a title.
    let found = news("Gen. Mark Ilves said the troops still hold Tarsk.");
    assert_eq!(found[0].speaker.party, "mark-ilves");
}

#[test]
fn a_trailing_local_media_report_relays_what_came_before() {
    let found = news("Tarsk mayor Dana Holt arrested on corruption charges, local media report.");
    let s = only(&found, StatementKind::Report);
    assert_eq!(s.subject.key, "dana-holt");
    assert_eq!(s.predicate_class.as_deref(), Some("arrest"));
}

#[test]
fn a_link_after_a_reduced_passive_says_nothing() {
    let found = news("Explosion reported at Tarsk refinery https://t.co/abc123 #Tarsk");
    let s = only(&found, StatementKind::Report);
    assert_eq!(s.subject.key, "tarsk");
    assert_eq!(s.speaker.party, "unattributed");
}

#[test]
fn a_sentence_opened_by_in_a_poll_attributes_the_rest_to_the_poll() {
    let a = attributions(
        "In a Tarsk Herald poll released Monday, 52 percent of voters backed the mayor.",
    );
    let poll = a.iter().find(|f| f.1 == "In").expect("In");
    assert_eq!(
        poll.0.as_deref(),
        Some("a Tarsk Herald poll released Monday")
    );
    assert_eq!(poll.2, "52 percent of voters backed the mayor");
    // Not a phrase that names no source, nor when someone else speaks.
    let a = attributions("In other words, the mayor lost the vote.");
    assert!(a.iter().all(|f| f.1 != "In"), "{a:?}");
    let a = attributions("In a statement, the ministry said the port would reopen.");
    assert!(a.iter().all(|f| f.1 != "In"), "{a:?}");
}

#[test]
fn a_question_put_mid_sentence_or_past_a_phrase_is_attributed() {
    let asked = |text: &str| {
        attributions(text)
            .into_iter()
            .find(|f| f.1.eq_ignore_ascii_case("asked"))
    };
    let a = asked("\"You bet,\" Mara Ilves said when asked whether she would run again.")
        .expect("asked");
    assert_eq!(a.2, "whether she would run again");
    let a =
        asked("Asked on Tarsk Radio who leads the union, she named Jonas Berg.").expect("asked");
    assert_eq!(a.2, "who leads the union");
    let a = asked("Asked by Jonas Berg to respond to the charge, Mara Ilves said nothing.")
        .expect("asked");
    assert_eq!(a.0.as_deref(), Some("Jonas Berg"));
    assert_eq!(a.2, "to respond to the charge");
    // Asking for something is no question put.
    assert!(asked("Asked for comment, the ministry said nothing.").is_none());
}

#[test]
fn a_headline_speaker_may_name_whom_they_speak_about_before_the_colon() {
    let a = attributions("Tarsk Mayor On Berg: The port will reopen next week.");
    let colon = a.iter().find(|f| f.1 == ":").expect("colon");
    assert_eq!(colon.2, "The port will reopen next week");
    // The speaker is the mayor, not "Berg".
    let found = news("Tarsk Mayor On Berg: The port has been captured by the rebels.");
    assert_eq!(found[0].speaker.role.as_deref(), Some("mayor"), "{found:?}");
}

#[test]
fn a_concessive_clause_with_its_own_speaker_is_its_own_statement() {
    for (text, opener) in [
        (
            "The governor insisted the valley was safe, although attendees said the army had seized the bridge.",
            "although",
        ),
        (
            "The governor insisted the valley was safe, even though several attendees said the army had seized the bridge.",
            "even though",
        ),
        (
            "The governor insisted the valley was safe; attendees said the army had seized the bridge.",
            ";",
        ),
    ] {
        let found = news(text);
        let seized: Vec<_> = found
            .iter()
            .filter(|s| s.predicate.as_deref() == Some("seized"))
            .collect();
        assert_eq!(seized.len(), 1, "{text}: {found:#?}");
        // The attendees said it, not the governor …
        assert!(seized[0].speaker.name.contains("attendees"), "{text}: {found:#?}");
        // … and the governor's claim stops before the opener.
        let governor = found
            .iter()
            .find(|s| s.speaker.name.contains("governor"))
            .unwrap_or_else(|| panic!("{text}: {found:#?}"));
        assert!(!governor.text.contains(opener), "{text}: {found:#?}");
        assert!(!governor.text.contains("seized"), "{text}: {found:#?}");
    }
}

#[test]
fn a_passive_after_a_subordinator_names_no_speaker() {
    // "the question was asked": nobody in the sentence asked it.
    let text = "Only in the city where the question was asked did a majority support the plan.";
    for s in news(text) {
        assert_ne!(s.speaker.name, "question", "{s:#?}");
    }
}

#[test]
fn where_a_subject_posted_or_lives_is_no_part_of_who_speaks() {
    // A platform after "on"/"via" is where they posted …
    for text in [
        "Pro-Russian bloggers on Telegram said that Ukrainian forces had captured Velyka Novosilka.",
        "Several users on social media claimed that Ukrainian forces had captured Velyka Novosilka.",
    ] {
        let found = news(text);
        let s = found
            .iter()
            .find(|s| s.predicate.as_deref() == Some("captured"))
            .unwrap_or_else(|| panic!("{text}: {found:#?}"));
        let who = s.speaker.name.to_lowercase();
        assert!(
            who.contains("bloggers") || s.speaker.name == "reports",
            "{text}: {:?}",
            s.speaker
        );
        assert!(!who.contains("telegram") && !who.contains("media"), "{text}: {:?}", s.speaker);
    }
    // … and a place after anonymous voices is where they are: the town
    // relays nothing, its residents do.
    let found = news("Residents of Korvel said that the rebels had seized the bridge.");
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.predicate.as_deref(), Some("seized"));
    assert_ne!(r.speaker.name, "Korvel");
}

#[test]
fn a_denial_the_speaker_talks_about_is_not_theirs() {
    let found = news(
        "Former adviser Andrei Illarionov wrote that the denial was a clear sign the meeting happened in Minsk.",
    );
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Denial),
        "{found:#?}"
    );
    // Denying it in one's own words still is.
    let found =
        news("Former adviser Andrei Illarionov wrote that the meeting in Minsk never happened.");
    let d = only(&found, StatementKind::Denial);
    assert!(d.speaker.name.contains("Illarionov"), "{d:#?}");
}

#[test]
fn saying_there_was_no_such_thing_denies_it() {
    let found = news(
        "\"There was no such meeting in Minsk,\" Kremlin spokesman Dmitry Peskov told reporters.",
    );
    let d = only(&found, StatementKind::Denial);
    assert!(d.speaker.name.contains("Peskov"), "{d:#?}");
    assert!(d.cues.iter().any(|c| c == "no such"), "{:?}", d.cues);
}

#[test]
fn whoever_issues_a_denial_or_a_statement_denying_denies() {
    for text in [
        "The Kremlin issued a denial on Tuesday.",
        "The Kremlin later issued a firm denial.",
        "The Kremlin released a statement denying the reports.",
        "The Kremlin laughed off the reports, saying there was no such meeting.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, "Kremlin", "{text}: {d:#?}");
        // The verb that carried the statement is no predicate of anything
        // claimed, and the statement is no target.
        assert_eq!(d.predicate, None, "{text}: {d:#?}");
        if let Some(t) = &d.target {
            assert!(!t.text.contains("statement"), "{text}: {t:?}");
        }
    }
    let found = news("The Kremlin released a statement denying the reports.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(
        d.target.as_ref().map(|t| t.text.as_str()),
        Some("the reports")
    );
}

#[test]
fn a_falsity_adjective_before_some_other_thing_denies_nothing() {
    none_of_kind(
        &[
            "Police said the smugglers crossed the border at Korvel on false passports.",
            "Investigators said the suspect ran the scheme with fake identity cards in Korvel.",
        ],
        StatementKind::Denial,
    );
    // Before a claim, a picture or a report (a word later, too), or said
    // of one, it denies.
    some_of_kind(
        &[
                "The ministry said the smugglers spread false claims about Korvel.",
                "The army said it was a fake photo of the strike on Korvel.",
                "Police charged the man with filing a false robbery report in Korvel.",
                "The ministry said the report about Korvel is misleading because it omits the ceasefire.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn a_denied_plural_claim_noun_is_the_target_without_a_determiner() {
    for (text, target) in [
        (
            "The ministry denied reports that rebels had captured Korvel.",
            "reports",
        ),
        ("Kyiv rejects claims that Korvel fell.", "claims"),
        (
            "A spokeswoman said that rumours that rebels had captured Korvel were false.",
            "rumours",
        ),
        ("The ministry denied that claim about Korvel.", "that claim"),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(
            d.target.as_ref().map(|t| t.text.as_str()),
            Some(target),
            "{text}: {d:#?}"
        );
    }
    // Not the verb of an assertion ("Taliban claims victory").
    let found = news("Taliban claims victory in Korvel.");
    assert!(found.iter().all(|s| s.target.is_none()), "{found:#?}");
}

#[test]
fn confirming_this_confirms_what_was_said_before() {
    let found = social(
        "Korvel Front",
        "The Antonivskyi bridge has collapsed after overnight strikes. We confirm this from our sources on the ground.",
    );
    let c = only(&found, StatementKind::Confirmation);
    assert_eq!(c.subject.key, "antonivskyi", "{c:#?}");
}

#[test]
fn a_claim_named_by_a_demonym_or_after_the_group_names_its_claimant() {
    for (text, party) in [
        ("Ukraine denies Russian claim of Korvel capture", "russia"),
        (
            "Hamas denies Israeli claim that its commander was killed in Korvel",
            "israel",
        ),
        (
            "The NRF rejected the Taliban claim that Korvel had fallen.",
            "taliban",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        let t = d
            .target
            .as_ref()
            .unwrap_or_else(|| panic!("{text}: {d:#?}"));
        assert_eq!(t.party.as_deref(), Some(party), "{text}: {t:?}");
        // The claimant is not what the denial is about.
        assert_ne!(d.subject.key, party, "{text}: {d:#?}");
        assert!(
            !d.other_subjects
                .iter()
                .any(|s| s.key.starts_with(&party[..4])),
            "{text}: {d:#?}"
        );
    }
    // A name that only ends in such a word claims nothing.
    let found = news("Fox News reported that the Korvel bridge had collapsed.");
    assert!(found.iter().all(|s| s.target.is_none()), "{found:#?}");
}

#[test]
fn reports_before_a_colon_relay_the_headline() {
    let found = news("Reports: Wagner chief killed in plane crash near Korvel");
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.predicate.as_deref(), Some("killed"), "{r:#?}");
    assert_eq!(r.speaker.name, "reports", "{r:#?}");
}

#[test]
fn a_fact_check_verdict_is_the_publishers() {
    let publisher = |text: &str| {
        extract_with(
            text,
            &TextOptions {
                author: Some("Lead Stories"),
                ..Default::default()
            },
        )
    };
    // Something said not to be so is denied, by the publisher, though the
    // sentence names a video as if it spoke …
    for text in [
        "Fact check: Viral video does not show flooding in Korvel",
        "FACT CHECK: The governor did not buy a villa in Korvel",
    ] {
        let found = publisher(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, "Lead Stories", "{text}: {d:#?}");
        assert_eq!(d.subject.key, "korvel", "{text}: {d:#?}");
    }
    // … and something said to be so is asserted.
    let found = publisher("Fact check: Russian forces captured Korvel in February");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Lead Stories", "{a:#?}");
}

#[test]
fn what_could_not_be_verified_is_a_caveat_not_a_denial() {
    for text in [
        "The claim that Korvel had fallen could not be independently verified.",
        "Reuters could not independently confirm that Korvel had fallen.",
        "The report that Korvel had fallen has not been independently confirmed.",
        "While it has not been verified, a recording of the Korvel shooting has surfaced.",
        "There was no indication of when the Korvel video was shot.",
        "The governor is not likely to win the Korvel primary.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .all(|s| !matches!(s.kind, StatementKind::Denial | StatementKind::Confirmation)),
            "{text}: {found:#?}"
        );
    }
    // A party that does not (or cannot) confirm still denies, as the issue
    // asks of negated confirmations; confirming confirms.
    for text in [
        "The ministry did not confirm that Korvel had fallen.",
        "Police were unable to confirm that Korvel had fallen.",
    ] {
        let found = news(text);
        only(&found, StatementKind::Denial);
    }
    let found = news("Police confirmed that Korvel had fallen.");
    only(&found, StatementKind::Confirmation);
    let found = news("The fall of Korvel has been confirmed by the army.");
    only(&found, StatementKind::Confirmation);
    let found = news("There is no indication that the Korvel video was faked, police said.");
    only(&found, StatementKind::Denial);
}

#[test]
fn the_agent_of_a_passive_denial_or_confirmation_speaks() {
    for (text, kind, who) in [
        (
            "Reports that Korvel had fallen were dismissed by the governor as propaganda.",
            StatementKind::Denial,
            "governor",
        ),
        (
            "The capture of Korvel was confirmed by the army.",
            StatementKind::Confirmation,
            "army",
        ),
        (
            "The claim about Korvel was rejected by Kyiv.",
            StatementKind::Denial,
            "Kyiv",
        ),
    ] {
        let found = news(text);
        let s = only(&found, kind);
        assert_eq!(s.speaker.name, who, "{text}: {s:#?}");
    }
    // "by the time …" names nobody.
    let found = news("The claim about Korvel was rejected by the time the army arrived.");
    assert!(found.iter().all(|s| s.speaker.name != "time"), "{found:#?}");
}

#[test]
fn a_dispute_as_a_noun_denies_nothing() {
    none_of_kind(
        &[
            "The tribunal resolves civil disputes in Korvel.",
            "The two sides are in a dispute over Korvel.",
            "Korvel offers non-binding dispute resolution.",
        ],
        StatementKind::Denial,
    );
    let found = news("Kyiv disputes the claim that Korvel fell.");
    only(&found, StatementKind::Denial);
}

#[test]
fn the_subject_of_a_verb_before_an_infinitive_speaks() {
    // A verb that governs "to deny" ("moved to", "were quick to"), or one
    // whose object is the stage ("took to X", "went on state television"),
    // leaves its subject the speaker.
    for (text, kind, who) in [
        (
            "The ministry moved to deny reports that Korvel had fallen.",
            StatementKind::Denial,
            "ministry",
        ),
        (
            "Officials were quick to dismiss claims that Korvel had fallen.",
            StatementKind::Denial,
            "Officials",
        ),
        (
            "Elon Musk took to X to deny that Tesla was in talks to buy the startup.",
            StatementKind::Denial,
            "Elon Musk",
        ),
        (
            "The governor took to Facebook on Sunday to say that the Korvel dam had not burst.",
            StatementKind::Denial,
            "governor",
        ),
        (
            "The army used its daily briefing to deny that Korvel had fallen.",
            StatementKind::Denial,
            "army",
        ),
        (
            "The army refused to confirm that Korvel had fallen.",
            StatementKind::Denial,
            "army",
        ),
    ] {
        let found = news(text);
        let s = only(&found, kind);
        assert_eq!(s.speaker.name, who, "{text}: {s:#?}");
    }
    // Declining to say whether says nothing.
    let found = news("The spokesman declined to say whether Korvel had fallen.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_statement_asked_of_someone_is_not_made() {
    for text in [
        "The opposition asked the commission to confirm that the Korvel vote had been rigged.",
        "Kyiv urged Moscow to deny that its troops had entered Korvel.",
        "The mayor called on the army to confirm that Korvel had fallen.",
    ] {
        let found = news(text);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
    // Asking a question is still a statement of the one who asks.
    let found = news("Senator Lee asked if the army had really withdrawn from Korvel.");
    assert!(found.iter().all(|s| s.speaker.name != "army"), "{found:#?}");
}

#[test]
fn a_claim_noun_opening_what_is_denied_leaves_the_clause_after_that_as_subject() {
    let found = news("The ministry denied reports that the border had been closed.");
    let s = only(&found, StatementKind::Denial);
    assert_eq!(s.subject.key, "border", "{s:#?}");
}

#[test]
fn though_before_a_subject_opens_a_clause_of_its_own() {
    let found = news(
        "The rebels said they had shot down a helicopter over Korvel, though the army denied losing any aircraft.",
    );
    let claim = only(&found, StatementKind::Assertion);
    assert_eq!(claim.speaker.name, "rebels", "{found:#?}");
    let denial = only(&found, StatementKind::Denial);
    assert_eq!(denial.speaker.name, "army", "{found:#?}");
    assert_eq!(
        denial.target.as_ref().map(|t| t.text.as_str()),
        Some("rebels' claim"),
        "{found:#?}"
    );
    // The adverb opens nothing.
    let found = news("The claim, though, was denied by the army.");
    let denial = only(&found, StatementKind::Denial);
    assert!(denial.text.starts_with("The claim"), "{denial:#?}");
}

#[test]
fn anonymous_sources_described_by_what_they_know_relay_a_claim() {
    for text in [
        "Sources close to the club said the Korvel manager had been sacked.",
        "Two people familiar with the matter said Korvel Bank had been hacked.",
        "A person with knowledge of the talks told Reuters that Korvel had been captured.",
        "Korvel Bank was hacked last week, according to two people familiar with the matter.",
        "Korvel has fallen, sources close to the army said.",
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Report);
        assert_eq!(s.speaker.name, "reports", "{text}: {s:#?}");
        assert!(s.speaker.party != "army", "{text}: {s:#?}");
    }
    // People somewhere are not anonymous sources of a claim.
    let found = news("People in Korvel said the dam had burst.");
    assert!(
        found.iter().all(|s| s.speaker.name != "reports"),
        "{found:#?}"
    );
}

#[test]
fn refusing_or_removing_a_thing_is_no_denial_of_a_claim() {
    none_of_kind(
        &[
            "The journalist was denied entry to Korvel on Monday.",
            "The court rejected the appeal by the former mayor of Korvel.",
            "The Korvel senate rejected the bill by 52 votes to 48.",
            "The company dismissed 200 workers at its Korvel plant.",
            "Ukraine rejected Russia's offer of a ceasefire in Korvel.",
            "The army denied access to journalists in Korvel.",
            // (A word of a name is no claim noun: "News".)
            "The mayor rejected an Arlen News proposal for a second debate.",
            "The council dismissed efforts by the union to delay the Korvel vote.",
            // (In the passive, what is refused comes first.)
            "His requests for more leave were denied, the Korvel council said.",
            "The Korvel proposal was rejected by 64 percent of voters.",
        ],
        StatementKind::Denial,
    );
    // A claim beside the thing, or a denial that a thing exists, denies.
    for text in [
        "Boko Haram denied the ceasefire claim by Nigeria's government.",
        "Kyiv denied any ceasefire in Korvel.",
        "The mayor dismissed the plan claims as lies about Korvel.",
        "The claims about the Korvel dam were denied by the army.",
    ] {
        let found = news(text);
        only(&found, StatementKind::Denial);
    }
}

#[test]
fn the_one_who_lies_is_accused_not_the_one_who_denies() {
    for text in [
        "The minister lied about the Korvel dam, the mayor said.",
        "The mayor said the minister is lying about the Korvel dam.",
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Denial);
        assert_eq!(s.speaker.name, "mayor", "{text}: {s:#?}");
        assert_eq!(
            s.target.as_ref().and_then(|t| t.party.as_deref()),
            Some("minister"),
            "{text}: {s:#?}"
        );
    }
    let found = social("ivan_k", "The Kremlin lies every day about Korvel.");
    let s = only(&found, StatementKind::Denial);
    assert_eq!(s.speaker.name, "ivan_k", "{s:#?}");
    // The noun is what is denied, by whoever says it.
    let found = news("These claims about Korvel are lies, the mayor said.");
    let s = only(&found, StatementKind::Denial);
    assert_eq!(s.speaker.name, "mayor", "{s:#?}");
}

#[test]
fn rumours_called_false_are_denied_not_relayed() {
    let found = social(
        "KorvelMayor",
        "Rumours that the Korvel dam has burst are completely false.",
    );
    let s = only(&found, StatementKind::Denial);
    assert_eq!(s.speaker.name, "KorvelMayor", "{s:#?}");
    let found = news("Rumours that the Korvel dam has burst are completely false.");
    let s = only(&found, StatementKind::Denial);
    assert_ne!(s.speaker.name, "reports", "{s:#?}");
}

#[test]
fn observers_and_other_groups_named_by_their_work_speak() {
    let found = news("International observers said they found no evidence of fraud in Korvel.");
    let s = only(&found, StatementKind::Denial);
    assert_eq!(s.speaker.name, "International observers", "{s:#?}");
    assert_ne!(s.subject.key, "international", "{s:#?}");
}

#[test]
fn a_participle_after_a_plural_subject_is_no_part_of_it() {
    let found = news("Posts circulating on Facebook claim that the Korvel dam has burst.");
    let s = only(&found, StatementKind::Report);
    assert_eq!(s.subject.key, "korvel", "{s:#?}");
}

#[test]
fn a_second_speaker_after_a_comma_in_a_headline_has_a_clause_of_its_own() {
    let found = extract_with(
        "Body text.",
        &TextOptions {
            title: Some(
                "Russia claims capture of Korvel, Ukraine says its troops still hold the town",
            ),
            ..Default::default()
        },
    );
    let claim = found
        .iter()
        .find(|s| s.speaker.name == "Russia")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(claim.subject.key, "korvel", "{claim:#?}");
    assert!(!claim.text.contains("Ukraine"), "{claim:#?}");
    assert!(
        found.iter().any(|s| s.speaker.name == "Ukraine"),
        "{found:#?}"
    );
}

#[test]
fn has_taken_a_place_is_a_capture_but_taken_place_is_not() {
    let found = news("Russia says it has taken Korvel.");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.predicate_class.as_deref(), Some("control_lost"), "{s:#?}");
    let found = news("The ministry said the meeting has taken place in Korvel.");
    no_predicate_class(&found, "control_lost");
}

#[test]
fn a_city_that_fell_is_lost_but_a_figure_or_a_deal_that_fell_is_not() {
    for text in [
        "Officials said the city of Korvel fell to the rebels.",
        "The army said Korvel had fallen.",
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.predicate_class.as_deref(), Some("control_lost"), "{s:#?}");
    }
    for text in [
        "The government said inflation fell by half in March.",
        "The minister said the Korvel deal fell through.",
        "Officials said inflation fell to its lowest level in years.",
        "Analysts said sales fell short of forecasts.",
        // (Shop windows, not a ship.)
        "Police said the store in Lund was boarded up.",
    ] {
        no_predicate_class(&news(text), "control_lost");
    }
    // (A judgement, not a service that runs.)
    no_predicate_class(
        &news("\"It is normal for that to occur in Lund,\" the geologist said."),
        "open_running",
    );
}

#[test]
fn an_event_or_a_document_with_a_two_word_name_is_no_person() {
    for (text, key) in [
        ("Fans said the Super Bowl was cancelled.", "super-bowl"),
        (
            "Officials in Lund said the Velda Agreement had collapsed.",
            "velda-agreement",
        ),
    ] {
        let found = news(text);
        let s = found
            .iter()
            .find(|s| s.subject.key == key)
            .unwrap_or_else(|| panic!("{text}: {key} in {found:#?}"));
        assert_ne!(s.subject.kind, "person", "{s:#?}");
    }
    // (Two capitalised words that end otherwise still name a person.)
    let found = news("Officials said Tomas Vell was arrested.");
    assert!(
        found
            .iter()
            .any(|s| s.subject.key == "tomas-vell" && s.subject.kind == "person"),
        "{found:#?}"
    );
}

#[test]
fn a_verdict_shouted_in_capitals_is_no_name() {
    for text in ["This is FAKE.", "TOTALLY FALSE, the Lund bridge is open."] {
        let found = social("driver22", text);
        let d = found
            .iter()
            .find(|s| s.kind == StatementKind::Denial)
            .unwrap_or_else(|| panic!("{text}: a denial in {found:#?}"));
        assert!(
            !matches!(d.subject.key.as_str(), "fake" | "false" | "totally-false"),
            "{text}: {d:#?}"
        );
    }
    // (An acronym that is no such word still names.)
    let found = news("NATO denied that its jets struck Lund.");
    assert_eq!(only(&found, StatementKind::Denial).speaker.name, "NATO");
}

#[test]
fn a_group_named_by_its_place_is_named_by_both() {
    // "Police in Lund" speak for Lund and are the "Lund police", not "Lund".
    for (text, name, party) in [
        (
            "Police in Lund said two people were arrested.",
            "Lund police",
            "lund",
        ),
        (
            "The hospital in Port Velda said two people died.",
            "Port Velda hospital",
            "port-velda",
        ),
        // (The owner of a possessive is named once, as the office's.)
        (
            "An official in the mayor's office said the talks failed.",
            "mayor's office official",
            "mayor",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, name, "{text}: {a:#?}");
        assert_eq!(a.speaker.party, party, "{text}: {a:#?}");
    }
}

#[test]
fn releasing_a_video_is_no_release_and_illness_opposes_good_health() {
    let found = news("The Korvel rebels released a video of the attack, their spokesman said.");
    no_predicate_class(&found, "released");
    let found = news("President Oduya has been hospitalised, the Korvel Times reported.");
    assert!(
        found
            .iter()
            .any(|s| s.predicate_class.as_deref() == Some("ill")),
        "{found:#?}"
    );
    assert!(claimwatch_extract::predicate_classes_opposed(
        "ill", "healthy"
    ));
    assert!(claimwatch_extract::predicate_classes_opposed(
        "death", "healthy"
    ));
}

#[test]
fn the_army_is_not_the_militant_named_before_it() {
    let found =
        news("Militant commander Abu Karim was killed in an airstrike near Korvel, the army said.");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.speaker.name, "army", "{s:#?}");
}

#[test]
fn people_at_a_place_no_name_names_speak_for_themselves() {
    let found =
        news("Officials at the port denied that any ships had been turned away from Korvel.");
    let s = only(&found, StatementKind::Denial);
    assert_eq!(s.speaker.name, "Officials", "{s:#?}");
    // A named place or an organisation is still the side they speak for.
    for (text, who) in [
        ("Senior officials in Kyiv said Korvel had fallen.", "Kyiv"),
        (
            "Senior officials at the ministry said Korvel had fallen.",
            "ministry",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.speaker.name, who, "{text}: {s:#?}");
    }
}

#[test]
fn rip_in_a_post_claims_a_death_and_rip_up_does_not() {
    let found = social("fan99", "RIP Leo Varga, cannot believe he is gone");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.predicate_class.as_deref(), Some("death"), "{s:#?}");
    assert_eq!(s.subject.key, "leo-varga", "{s:#?}");
    let found = news("The president vowed to rip up the Korvel deal, his spokesman said.");
    no_predicate_class(&found, "death");
    let found = news("Rescue workers said at least 30 people had died in the Korvel collapse.");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.speaker.name, "Rescue workers", "{s:#?}");
}

#[test]
fn a_claim_about_what_a_thing_does_to_health_is_about_the_thing() {
    for (text, kind) in [
        (
            "The WHO said there is no evidence that the vaccine affects fertility.",
            StatementKind::Denial,
        ),
        (
            "Posts claim the vaccine weakens the immune system.",
            StatementKind::Report,
        ),
    ] {
        let found = news(text);
        let s = only(&found, kind);
        assert_eq!(s.subject.key, "vaccine", "{text}: {s:#?}");
    }
}

#[test]
fn rejecting_an_incumbent_or_refuting_nothing_denies_no_claim() {
    none_of_kind(
        &[
            "Voters rejected the incumbent in Sunday's Korvel election.",
            "The app falsely flagged thousands of Korvel posts as spam.",
            "The bank refuted nothing in its brief statement on Korvel.",
        ],
        StatementKind::Denial,
    );
    // Denying or dismissing charges is denying what they allege ("The
    // judge dismissed the charges" is read so too); a false claim is
    // denied.
    some_of_kind(
        &[
            "The Korvel mayor denied the charges.",
            "The senator dismissed the mayor's charges about Korvel.",
            "Kyiv said Moscow falsely claimed that Korvel had fallen.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn a_title_with_its_full_stop_is_no_subject_the_name_after_it_is() {
    for (text, key) in [
        (
            "Police said Mr. Varga was killed in the Korvel attack.",
            "varga",
        ),
        (
            "The senator said Dr. Okafor had misled the public.",
            "okafor",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.subject.key, key, "{text}: {s:#?}");
        assert!(
            s.other_subjects
                .iter()
                .all(|o| !matches!(o.key.as_str(), "mr" | "dr")),
            "{text}: {s:#?}"
        );
    }
}

#[test]
fn who_brands_a_report_false_denies_it() {
    for (text, speaker, target) in [
        (
            "Beijing denounced the Korvel report as a fabrication.",
            "Beijing",
            "the Korvel report",
        ),
        (
            "The Kremlin condemned the claims about Korvel as lies.",
            "Kremlin",
            "the claims",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, speaker, "{text}: {d:#?}");
        assert_eq!(
            d.target.as_ref().map(|t| t.text.as_str()),
            Some(target),
            "{text}: {d:#?}"
        );
    }
    // Condemning an act brands no claim.
    let found = news("The UN condemned the attack on Korvel.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Denial),
        "{found:#?}"
    );
}

#[test]
fn a_relative_clause_with_its_own_subject_denies_the_claim_before_it() {
    for (text, claimant, denier) in [
        (
            "The rebels said they had captured Korvel airport, which Kyiv denies.",
            "rebels",
            "Kyiv",
        ),
        (
            "The rebels said they had captured Korvel airport, a claim Kyiv disputes.",
            "rebels",
            "Kyiv",
        ),
        (
            "The rebels said they had captured Korvel airport, which Kyiv disputes.",
            "rebels",
            "Kyiv",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, claimant, "{text}: {found:#?}");
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, denier, "{text}: {found:#?}");
        assert_eq!(
            d.target.as_ref().and_then(|t| t.party.as_deref()),
            Some("rebels"),
            "{text}: {d:#?}"
        );
    }
    // The noun at the end of a clause stays a noun.
    let found = news("Officials said the Korvel court would resolve the disputes.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Denial),
        "{found:#?}"
    );
}

#[test]
fn the_outlet_told_is_not_the_group_referred_to_later() {
    let found = news(
        "Witnesses told AFP that soldiers opened fire on protesters in Korvel. The army denied it.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "army", "{d:#?}");
}

#[test]
fn a_name_joined_to_a_lowercase_word_is_a_modifier_not_a_subject() {
    let found = news("Officials in Korvel have denied that the drone was Iranian-made.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "drone", "{d:#?}");
    assert!(
        d.other_subjects.iter().all(|s| s.key != "iranian-made"),
        "{d:#?}"
    );
}

#[test]
fn refusing_to_confirm_or_deny_is_neither() {
    for text in [
        "The company neither confirmed nor denied the Korvel report.",
        "A Kremlin spokesman would neither confirm nor deny that Korvel had fallen.",
        "The ministry stopped short of denying the Korvel report.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .all(|s| !matches!(s.kind, StatementKind::Denial | StatementKind::Confirmation)),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn an_adjective_before_a_noun_of_confirming_is_no_speaker() {
    let found = news("There has been no official confirmation of the Korvel minister's death.");
    let d = only(&found, StatementKind::Denial);
    assert_ne!(d.speaker.name, "official", "{d:#?}");
}

#[test]
fn a_dam_that_has_not_burst_is_denied_and_is_the_subject() {
    let found = social(
        "Korvel Police",
        "The dam has NOT burst. Please stop sharing this rumour.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "dam", "{d:#?}");
    assert_eq!(d.predicate_class.as_deref(), Some("destroyed"), "{d:#?}");
    let found = news("Police said the dam in Korvel had burst its banks overnight.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("destroyed"), "{a:#?}");
    // Bursting into applause destroys nothing.
    let found = news("The crowd burst into applause when Varga arrived, police said.");
    no_predicate_class(&found, "destroyed");
}

#[test]
fn military_intelligence_speaks_and_an_opening_plural_is_no_subject() {
    let found =
        news("Saboteurs blew up the Korvel bridge overnight, Kyiv's military intelligence said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Kyiv's military intelligence", "{a:#?}");
    assert_eq!(a.subject.key, "korvel", "{a:#?}");
}

#[test]
fn a_report_that_someone_is_ill_claims_illness() {
    let found = news(
        "The Korvel palace dismissed as \"categorically false\" a report that the king is ill.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.predicate_class.as_deref(), Some("ill"), "{d:#?}");
}

#[test]
fn an_answer_word_before_a_claim_leaves_its_topic_as_the_subject() {
    let found = news("No, the new vaccine does not contain microchips, the health ministry said.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "new-vaccine", "{d:#?}");
}

#[test]
fn an_office_saying_someone_is_alive_is_not_the_subject() {
    let found = news("The Korvel mayor's office said he was alive and well.");
    let a = only(&found, StatementKind::Assertion);
    assert_ne!(a.subject.key, "office", "{a:#?}");
    // A named speaker's own standing stays about the speaker.
    let found = news("Opposition leader Ana Ruiz claimed victory.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "ana-ruiz", "{a:#?}");
}

#[test]
fn a_participle_phrase_after_a_role_word_leaves_the_role_speaking() {
    for (text, speaker) in [
        (
            "A senior official, speaking on condition of anonymity, said the Tarsk talks had collapsed.",
            "official",
        ),
        (
            "The spokesman, speaking on Monday, said the Korvel bridge had been destroyed.",
            "spokesman",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert!(a.speaker.name.contains(speaker), "{text}: {a:#?}");
        assert!(a.cues.iter().any(|c| c == "said"), "{text}: {a:#?}");
    }
}

#[test]
fn a_body_named_with_a_lowercase_field_speaks() {
    let found = news(
        "The ministry of health rejected reports that the Tarsk hospital had run out of oxygen.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "ministry of health", "{d:#?}");
    assert_eq!(d.subject.key, "tarsk", "{d:#?}");
    let found = news("The department of education denied that schools in Korvel would close.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "department of education", "{d:#?}");
}

#[test]
fn a_plain_verb_before_an_article_ends_the_subject() {
    for text in [
        "The Korvel military said the missile hit the area.",
        "Witnesses heard two blasts, but the Korvel military said only one missile hit the area.",
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.subject.key, "missile", "{text}: {a:#?}");
        assert_eq!(a.predicate.as_deref(), Some("hit"), "{text}: {a:#?}");
    }
}

#[test]
fn a_claim_of_injuries_is_kept_and_contradicted_by_nobody_hurt() {
    let found = news("Officials in Tarsk said only two people were injured.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("injury"), "{a:#?}");
    let found = news("Police in Tarsk said all the passengers were unhurt.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("unhurt"), "{a:#?}");
}

#[test]
fn calling_a_claim_meritless_or_saying_it_never_happened_denies_it() {
    some_of_kind(
        &[
            "The Korvel mining company said the allegations were \"completely without merit\".",
            "\"That is simply not what happened,\" the mayor of Tarsk said.",
            "The Korvel ministry said the meeting with the rebels never took place.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn a_spokesman_for_a_body_after_the_content_speaks_for_it() {
    for text in [
        "The Tarsk bridge was destroyed, a spokesman for the Korvel army said.",
        "The Tarsk bridge was destroyed, said a spokesman for the Korvel army.",
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, "Korvel army", "{text}: {a:#?}");
        let content: String = a
            .content_spans
            .iter()
            .map(|s| {
                text.chars()
                    .skip(s.start)
                    .take(s.end - s.start)
                    .collect::<String>()
            })
            .collect();
        assert_eq!(content, "The Tarsk bridge was destroyed", "{text}: {a:#?}");
    }
}

#[test]
fn the_claim_after_no_evidence_or_a_claim_noun_is_the_subject() {
    for (text, key) in [
        (
            "Experts in Tarsk say there is no evidence the vaccine causes infertility.",
            "vaccine",
        ),
        (
            "Officials in Tarsk denied reports that the dam had burst.",
            "dam",
        ),
        (
            "Officials in Tarsk denied reports the dam had burst.",
            "dam",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.subject.key, key, "{text}: {d:#?}");
    }
}

#[test]
fn a_denial_noun_naming_a_kind_of_thing_denies_nothing() {
    none_of_kind(
        &[
            "A propaganda video released by the Korvel rebels showed the Tarsk bridge.",
            "The Korvel army's propaganda machine has produced hundreds of clips about Tarsk.",
            "A conspiracy theorist in Tarsk posted the photo of the bridge.",
            "Propaganda: The Korvel leader visits the Tarsk dam, the agency said.",
        ],
        StatementKind::Denial,
    );
    some_of_kind(
        &[
            "\"This is pure propaganda aimed at our people,\" the Korvel army said of the Tarsk video.",
            "The Korvel ministry called the report about Tarsk propaganda.",
            "The Korvel ministry said the Tarsk story was a conspiracy theory.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn declining_to_confirm_or_deny_or_a_verdict_in_a_condition_decides_nothing() {
    for text in [
        "The Korvel ministry declined to confirm or deny that the general was killed in Tarsk.",
        "The Korvel army would not confirm or deny reports of the Tarsk attack.",
        "If the identities are confirmed, Korvel may use the Tarsk prisoners as bargaining chips.",
        "Officials in Korvel will decide whether the Tarsk reports are false.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .all(|s| !matches!(s.kind, StatementKind::Denial | StatementKind::Confirmation)),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_negated_passive_without_an_agent_is_the_writers_caveat() {
    none_of_kind(
        &[
            "The story about the Tarsk dam wasn't verified.",
            "The Tarsk recording, which has not been publicly verified, was first broadcast in Korvel.",
            "The reports of the Tarsk attack were not immediately confirmed.",
        ],
        StatementKind::Denial,
    );
    // (With an agent it is the agent's negated confirmation.)
    some_of_kind(
        &["The reports of the Tarsk attack were not confirmed by the Korvel army."],
        StatementKind::Denial,
    );
}

#[test]
fn claims_before_a_copula_or_of_are_the_noun_not_the_claimants_verb() {
    for (text, speaker) in [
        (
            "The Korvel claims are false, the Tarsk army said.",
            "Tarsk army",
        ),
        (
            "Korvel claims of a victory in Tarsk are baseless, the ministry said.",
            "ministry",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, speaker, "{text}: {d:#?}");
    }
}

#[test]
fn a_name_of_several_words_before_a_lowercase_head_is_kept_whole() {
    for text in [
        "The United Nations refugee agency said the Tarsk reports were false.",
        "The Geneva-based United Nations refugee agency said the Tarsk reports were false.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(
            d.speaker.name, "United Nations refugee agency",
            "{text}: {d:#?}"
        );
    }
}

#[test]
fn a_headline_claim_and_a_final_denial_after_a_comma_are_two_statements() {
    for title in [
        "Korvel rebels claim victory in Tarsk, Velda army denies",
        "Korvel Rebels Claim Victory In Tarsk, Velda Army Denies",
    ] {
        let found = titled(Some("Daily Wire"), title, "");
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(
            a.speaker.name.to_lowercase(),
            "korvel rebels",
            "{title}: {a:#?}"
        );
        assert_eq!(a.subject.key, "tarsk", "{title}: {a:#?}");
        let d = only(&found, StatementKind::Denial);
        assert_eq!(
            d.speaker.name.to_lowercase(),
            "velda army",
            "{title}: {d:#?}"
        );
        assert_eq!(d.subject.key, "tarsk", "{title}: {d:#?}");
    }
}

#[test]
fn in_a_title_case_headline_a_verb_or_an_adverb_is_no_part_of_a_name() {
    for (title, key) in [
        (
            "Singer Mara Volk Arrested In Tarsk After Protest",
            "mara-volk",
        ),
        ("Korvel Finally Confirms Mara Volk As Envoy", "mara-volk"),
    ] {
        let found = titled(Some("Daily Wire"), title, "");
        assert!(
            found
                .iter()
                .any(|s| s.subject.key == key || s.other_subjects.iter().any(|o| o.key == key)),
            "{title}: {found:#?}"
        );
        assert!(
            found
                .iter()
                .all(|s| !s.subject.key.contains("arrested") && !s.subject.key.contains("finally")),
            "{title}: {found:#?}"
        );
    }
}

#[test]
fn reps_speak_and_a_possessive_name_of_several_words_is_kept_whole() {
    let text = "The Korvel newspaper reached out to the singer's reps, who denied that Mara Volk had been arrested in Tarsk.";
    let found = news(text);
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "singer's reps", "{d:#?}");
    let text = "Korvel Bank's customer service reps said the Tarsk branch was robbed.";
    let found = news(text);
    let a = only(&found, StatementKind::Assertion);
    assert!(a.speaker.name.starts_with("Korvel Bank"), "{a:#?}");
    assert_eq!(a.predicate_class.as_deref(), Some("theft"), "{a:#?}");
}

#[test]
fn he_or_she_is_no_group_of_officials() {
    let text = "Korvel Bank officials said the data was safe. He said the bank had been hacked by the Tarsk group.";
    let found = news(text);
    assert!(
        found
            .iter()
            .all(|s| s.predicate_class.as_deref() != Some("hack")
                || s.speaker.name != "Korvel Bank officials"),
        "{found:#?}"
    );
}

#[test]
fn lying_where_something_is_or_denying_someone_a_right_is_no_denial() {
    none_of_kind(
        &[
            "The weapons were dropped to fighters in Tarsk, a town that lies near the Korvel border.",
            "The Korvel fleet is made up of 13 aircraft, the airline said.",
            "As the Tarsk Times reports, Mara Volk made no public comment on the matter.",
            "Even if this Tarsk story turns out to be a complete hoax, it is a good one.",
            "The Korvel leader warned that any attempt to deny the Tarsk people their right to vote would fail.",
        ],
        StatementKind::Denial,
    );
    some_of_kind(
        &[
            "The minister lied about the Tarsk dam, the mayor said.",
            "\"The Korvel army is lying,\" the Tarsk mayor said.",
            "The Tarsk mayor said the story about the dam was made up.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn an_unconfirmed_report_or_denying_people_freedom_is_no_denial() {
    // "unconfirmed" before a noun hedges it; "deny Korvel citizens
    // liberty" refuses them a thing.
    none_of_kind(
        &[
            "Several unconfirmed Tarsk media reports, which cited locals, said the general was killed.",
            "Any attempt to deny Korvel citizens liberty and safety will fail, the group said.",
            "The court denied the Tarsk prisoners food and medicine for a week, the lawyers said.",
        ],
        StatementKind::Denial,
    );
    some_of_kind(
        &[
            "The Tarsk reports of the general's death remain unconfirmed, the ministry said.",
            "The Korvel army denied that the general was killed in Tarsk.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn a_role_word_before_an_organisation_word_is_part_of_the_bodys_name() {
    // "Police" of "the Velda Police Department" is no role that splits the
    // name into a body and a person.
    let found =
        news("The Velda Police Department arrested 300 protesters on Sunday, the mayor said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "mayor", "{a:#?}");
    assert_eq!(a.subject.key, "velda-police-department", "{a:#?}");
    // (A title after the organisation word still names the person.)
    let found = news("Velda Spokesman Army Col. Tomas Vey said the bridge in Lund was destroyed.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Tomas Vey", "{a:#?}");
}

#[test]
fn a_first_person_post_stating_what_something_causes_is_its_authors_claim() {
    let found = social(
        "Dr. Sam Ortell",
        "The flu vaccine causes infertility. Do your research.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Dr. Sam Ortell", "{a:#?}");
    assert_eq!(a.subject.key, "flu-vaccine", "{a:#?}");
    // (A question is no claim, nor, in news, a sentence nobody says.)
    let found = social(
        "Dr. Sam Ortell",
        "Does the new flu vaccine cause infertility?",
    );
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Assertion),
        "{found:#?}"
    );
    assert!(news("The new flu vaccine causes infertility.").is_empty());
}

#[test]
fn a_report_that_something_happened_relays_it() {
    for text in [
        "Shares in Arlen Air jumped after a report that the airline was in merger talks with Velda Airways.",
        "A report that Arlen Air was in merger talks with Velda Airways sent its shares up.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.speaker.party, "unattributed", "{text}: {r:#?}");
        assert!(r.text.contains("merger talks"), "{text}: {r:#?}");
    }
    // (Denying the reports is still a denial.)
    let found = news("Arlen Air denied reports that it was in merger talks with Velda Airways.");
    only(&found, StatementKind::Denial);
}

#[test]
fn a_word_in_scare_quotes_is_no_quotation() {
    let text = "The Korvel army assured that it will continue to fight against the rebels in Tarsk and their 'partners'.";
    let found = news(text);
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.quote, None, "{a:#?}");
    // A short quotation that is all that was said, or that carries the
    // claim, is one.
    for (text, quote) in [
        (
            "\"Completely false,\" the Tarsk mayor said of the report.",
            "Completely false",
        ),
        (
            "The Korvel army claimed that Tarsk was 'completely captured'.",
            "completely captured",
        ),
    ] {
        let found = news(text);
        assert!(
            found.iter().any(|s| s.quote.as_deref() == Some(quote)),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn an_office_speaks_for_its_holder_and_fact_checkers_speak() {
    for (text, name, party) in [
        (
            "Governor Tomas Arlen's office denied that the Tarsk bridge had collapsed.",
            "Tomas Arlen's office",
            "tomas-arlen",
        ),
        (
            "The governor's office denied that the Tarsk bridge had collapsed.",
            "governor's office",
            "governor",
        ),
        (
            "President Ana Roos was seen in Tarsk on Monday. Reports that she is ill are false, her office said.",
            "Ana Roos's office",
            "ana-roos",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, name, "{text}: {d:#?}");
        assert_eq!(d.speaker.party, party, "{text}: {d:#?}");
        // (What the office denies is what it is about: the bridge, or its
        // holder when that is all it names.)
        let about_bridge = text.contains("bridge");
        assert_eq!(d.subject.key == party, !about_bridge, "{text}: {d:#?}");
    }
    let found = news("The Tarsk dam claims have been debunked by fact-checkers.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "fact-checkers", "{d:#?}");
}

#[test]
fn a_post_denying_shelling_or_saying_a_bridge_still_stands_has_its_subject() {
    let found = social(
        "Tarsk Watch",
        "Just to be clear: the Korvel army did NOT shell the hospital.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.predicate_class.as_deref(), Some("attack"), "{d:#?}");
    let found = social("Tarsk Watch", "The bridge is still standing.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "bridge", "{a:#?}");
    assert_eq!(a.predicate_class.as_deref(), Some("intact"), "{a:#?}");
}

#[test]
fn a_group_is_no_outlet_that_reports_on_it() {
    let text = "Korvel state media reported that the rebels had surrendered in Tarsk, but the rebels denied it.";
    let found = news(text);
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "rebels", "{d:#?}");
}

#[test]
fn whom_a_denial_was_told_to_is_not_its_subject() {
    let text = "A senior official denied the report, telling Reuters it was \"completely untrue\".";
    let found = news(text);
    let d = only(&found, StatementKind::Denial);
    assert_ne!(d.subject.key, "reuters", "{d:#?}");
}

#[test]
fn in_a_title_case_headline_function_words_and_multiword_cues_end_a_name() {
    for (title, key) in [
        (
            "Velda Rejects Claims Korvel Was Behind Tarsk Dam Attack",
            "tarsk-dam",
        ),
        ("Korvel Says It Shot Down 30 Velda Drones", "velda-drones"),
        (
            "Fact Check: Viral Video Does Not Show Flooding In Tarsk",
            "tarsk",
        ),
    ] {
        let found = titled(Some("Daily Wire"), title, "");
        assert!(
            found.iter().any(|s| s.subject.key == key),
            "{title}: {found:#?}"
        );
    }
}

#[test]
fn it_with_nothing_before_is_the_body_that_opens_the_sentence() {
    let text = "The Korvel ministry summoned the Velda ambassador over what it called \"fabricated\" allegations about Tarsk.";
    let found = news(text);
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Korvel ministry", "{d:#?}");
}

#[test]
fn a_reference_by_an_institution_names_that_institution_not_any_group_before() {
    // "the army" is not "Government forces", named in what it said; nor
    // "the police" the last organisation named.
    let text = "Government forces recaptured the village of Tolva, the army said.";
    let found = news(text);
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.party, "army", "{a:#?}");
    let text = "The Tarsk Daily Mail reported the arrest. The police denied that any arrest had been made.";
    let found = news(text);
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "police", "{d:#?}");
    // But the army named before under another word for it is still meant.
    let text = "Militants ambushed a patrol near Halvik, Korvel's military said. The attack was followed by clashes, the army said in a statement.";
    let found = news(text);
    let speakers: Vec<&str> = found.iter().map(|s| s.speaker.name.as_str()).collect();
    assert_eq!(
        speakers,
        ["Korvel's military", "Korvel's military"],
        "{found:#?}"
    );
}

#[test]
fn a_word_of_an_event_that_describes_the_person_named_is_no_event() {
    // "hostage" says who Ana Velt is; the event claimed is her death.
    for title in [
        "Rebels claim foreign hostage Ana Velt died in air strike",
        "Rebels claim a foreign hostage, Ana Velt, died in air strike",
    ] {
        let found = titled(Some("Tarsk Wire"), title, "");
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.predicate_class.as_deref(), Some("death"), "{a:#?}");
    }
    // Before no name, it is the event.
    let found = news("Gunmen took five hostages in Tolva, police said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("attack"), "{a:#?}");
}

#[test]
fn an_armed_group_is_not_the_officials_who_spoke_before() {
    let text = "Officials said they could not confirm her death. The rebels said that Ana Velt was buried in Tolva.";
    let found = news(text);
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.party, "rebels", "{a:#?}");
}

#[test]
fn who_is_denying_denies() {
    // The progressive is the verb of its subject, as the participle after
    // a comma is the clause's.
    let found = news("The Velda interior ministry is denying reports that the minister resigned.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Velda interior ministry", "{d:#?}");
    let found = news("Officials were denying that any arrests had been made in Tolva.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "officials", "{d:#?}");
    let found =
        news("The rebel leader dashed hopes on Saturday, denying reports of a truce with Velda.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "rebel leader", "{d:#?}");
}

#[test]
fn a_spokesman_named_after_a_comma_speaks_for_whom_the_pronoun_names() {
    // "his lawyer" after the verb, and after a passive of relaying: the
    // lawyer or spokesman speaks, not "reports".
    let found = news("Reports Eli Marr was arrested are untrue, says his lawyer.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "eli-marr", "{d:#?}");
    let found = news("Actor Bo Lind has been falsely reported dead, his spokesman said on Sunday.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "bo-lind", "{d:#?}");
    // A passive with nobody named after it still relays.
    let found = news("Actor Bo Lind has been reported dead in Lund.");
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.speaker.party, "unattributed", "{r:#?}");
}

#[test]
fn a_title_in_capitals_inside_a_name_splits_the_party_from_the_person() {
    let found = news("Labour MP Lia Tams claimed the Velda central bank had sold its gold.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Lia Tams", "{a:#?}");
}

#[test]
fn rubbishing_claims_denies_them() {
    let found = news("The Velda central bank rubbished claims that it had sold its gold reserves.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Velda central bank", "{d:#?}");
}

#[test]
fn a_reply_saying_no_with_a_negated_auxiliary_denies() {
    for text in [
        "No, he didn't.",
        "@ana_v @tarsk_news no he hasn't",
        "Nope, it isn't. https://example.org/x",
    ] {
        let found = social("Ada Pell", text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, "Ada Pell", "{text}: {d:#?}");
    }
    // Not a refusal with more to it, nor the author's own feeling.
    for text in ["No, I don't think so.", "No, we can't come tonight, sorry."] {
        let found = social("Ada Pell", text);
        assert!(
            found.iter().all(|s| s.kind != StatementKind::Denial),
            "{text}: {found:#?}"
        );
    }
    // Outside a first-person post nobody says it.
    assert!(news("No, he didn't.").is_empty());
}

#[test]
fn an_author_negating_what_they_are_denies_it_but_not_an_opinion() {
    let found = social("Lia Wren", "lol I'm not pregnant, stop it");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, d.speaker.party, "{d:#?}");
    for text in [
        "I don't think so.",
        "I'm not sure about that.",
        "I wouldn't be surprised if he did.",
    ] {
        let found = social("Lia Wren", text);
        assert!(
            found.iter().all(|s| s.kind != StatementKind::Denial),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn bodies_named_in_the_plural_speak() {
    for (text, speaker) in [
        (
            "Human rights groups said the Korvel army had used cluster munitions in Dresk.",
            "Human rights groups",
        ),
        (
            "Consumer groups claimed that Brenna Foods had recalled its infant formula.",
            "Consumer groups",
        ),
        (
            "Aid agencies say the army used cluster munitions in Dresk.",
            "Aid agencies",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, speaker, "{text}: {a:#?}");
    }
}

#[test]
fn a_state_body_after_an_unknown_name_speaks_for_that_name() {
    for text in [
        "The Korvel foreign ministry called the allegations groundless.",
        "Korvel's army denied the allegations.",
        "Rebels said they had taken Dresk. The Korvel army denied it.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.party, "korvel", "{text}: {d:#?}");
    }
    // A capitalised word opening the sentence is no name.
    let found = news("Local police said the road to Dresk was closed.");
    let a = only(&found, StatementKind::Assertion);
    assert_ne!(a.speaker.party, "local", "{a:#?}");
}

#[test]
fn a_medium_that_shows_something_relays_a_claim() {
    for text in [
        "Video shows Velda soldiers burning ballots in Kesh.",
        "A video purportedly shows Velda soldiers burning ballots in Kesh.",
        "Photos appear to show the Lund bridge destroyed.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert!(r.speaker.party == "unattributed", "{text}: {r:#?}");
    }
    // What a poll shows, or a show, relays no claim.
    for text in [
        "Polls show Ana Ruiz leading in Lund.",
        "The show was cancelled in Lund.",
    ] {
        assert!(news(text).is_empty(), "{text}: {:#?}", news(text));
    }
}

#[test]
fn a_post_opening_as_a_news_flash_is_its_authors_claim() {
    for text in [
        "Breaking: Arlen Air grounds its entire fleet after engine failures",
        "JUST IN — Arlen Air grounds its entire fleet after engine failures",
        "BREAKING Arlen Air grounds its entire fleet after engine failures",
    ] {
        let found = social("Dana Holt", text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, "Dana Holt", "{text}: {a:#?}");
        assert_eq!(a.subject.key, "arlen-air", "{text}: {a:#?}");
    }
    // Without the label a post's statement needs more than a verb.
    assert!(social("Dana Holt", "Breaking news is exhausting, honestly.").is_empty());
}

#[test]
fn an_account_saying_it_has_not_done_something_denies_it() {
    let found = social(
        "Arlen Air",
        "Arlen Air has not grounded its fleet. All flights are operating as scheduled.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "arlen-air", "{d:#?}");
    // Another account's name is no self-reference.
    let found = social("Dana Holt", "Arlen Air has not grounded its fleet.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_document_with_no_author_relays_what_it_claims() {
    for text in [
        "A document circulating online claims the Velda health ministry ordered hospitals to stop vaccinations.",
        "A letter shared on Facebook claims the Velda health ministry ordered hospitals to stop vaccinations.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.speaker.party, "unattributed", "{text}: {r:#?}");
    }
    // A document of a named body is that body's.
    let found = news("The ministry's letter said the bridge in Lund had collapsed.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.party, "ministry", "{a:#?}");
}

#[test]
fn news_that_emerged_with_no_source_is_relayed() {
    for text in [
        "Reports emerged that Arlen Air would ground its fleet over safety concerns.",
        "Reports emerged on Monday that Arlen Air would ground its fleet over safety concerns.",
        "Reports have surfaced that Arlen Air will ground its fleet.",
        "It emerged that Arlen Air would ground its fleet over safety concerns.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.speaker.party, "unattributed", "{text}: {r:#?}");
        assert_eq!(r.subject.key, "arlen-air", "{text}: {r:#?}");
    }
}

#[test]
fn a_business_named_by_its_trade_is_the_last_one_of_that_trade() {
    let found = news(
        "Reports emerged that Arlen Air would ground its fleet over safety concerns. \
         The airline was quick to deny the reports.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "arlen-air", "{d:#?}");
    let found = news(
        "Tabloids reported that Norlet Bank will close 40 branches. The bank denied the reports.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "norlet-bank", "{d:#?}");
    // A name of another trade is not meant.
    let found = news(
        "Reports emerged that Dorn Motors would close its Lund plant. The airline denied the reports.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_ne!(d.speaker.party, "dorn-motors", "{d:#?}");
}

#[test]
fn accusers_and_branders_speak() {
    let found = news("Prosecutors accuse former mayor Jan Pold of taking bribes from builders.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Prosecutors", "{a:#?}");
    assert_eq!(a.subject.key, "jan-pold", "{a:#?}");
    let found = news("Finance minister Kasper Lind branded the claim \"complete nonsense\".");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Kasper Lind", "{d:#?}");
    // Branding that denies nothing is no statement of its own.
    let found = news("The robot, dubbed K5, is five feet tall.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_medium_that_went_round_online_relays_what_it_shows() {
    for text in [
        "A video shared online shows police beating protesters in Dornik square.",
        "A clip circulating on social media appears to show the Lund bridge collapsing.",
        "Photos shared on Telegram show the Lund bridge collapsing.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.speaker.party, "unattributed", "{text}: {r:#?}");
    }
    // A medium that is the object of a verb before it shows nothing.
    let found = news("The man who posted the video shows no remorse.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Report),
        "{found:#?}"
    );
}

#[test]
fn firing_a_weapon_is_an_attack_and_firing_a_person_a_sacking() {
    for text in [
        "Rebels said the army fired two rockets at the village of Oska.",
        "The coast guard said its crew fired only warning shots into the air.",
        "Witnesses said troops fired dozens of shells at Kesh.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .any(|s| s.predicate_class.as_deref() == Some("attack")),
            "{text}: {found:#?}"
        );
    }
    let found = news("The union said Norlet Bank fired 40 workers in Lund.");
    assert!(
        found
            .iter()
            .all(|s| s.predicate_class.as_deref() != Some("attack")),
        "{found:#?}"
    );
}

#[test]
fn evidence_contradicting_a_claim_denies_it() {
    for text in [
        "Satellite images show the Dorna bridge still standing, contradicting the army's claim.",
        "Satellite images contradict the army's claim that the Dorna bridge was destroyed.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        let party = d.target.as_ref().and_then(|t| t.party.as_deref());
        assert_eq!(party, Some("army"), "{text}: {d:#?}");
    }
    // "Contradicting" as an adjective denies nothing.
    none_of_kind(
        &["There were contradicting reports that the Dorna bridge had been destroyed."],
        StatementKind::Denial,
    );
}

#[test]
fn a_speaker_who_says_what_it_will_do_is_what_the_claim_is_about() {
    for (text, key) in [
        ("Dara Holm said she would resign next week.", "dara-holm"),
        (
            "Actor Remy Sol said he supports the new tax on cinemas.",
            "remy-sol",
        ),
        (
            "Norlet Bank said it would close 40 branches.",
            "norlet-bank",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.subject.key, key, "{text}: {a:#?}");
    }
    // In a quotation "he" is somebody else.
    for text in [
        "Eyewitness Remy Sol said: \"He was banging his fist on the window.\"",
        "Remy Sol said, \"He is a terrific guy.\"",
    ] {
        let found = news(text);
        assert!(
            found.iter().all(|s| s.subject.key != "remy-sol"),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn lawmakers_and_critics_named_in_the_plural_speak() {
    for (text, party) in [
        (
            "Opposition lawmakers claimed the Velda central bank had run out of foreign reserves.",
            "opposition",
        ),
        ("Critics said the Velda election was rigged.", "critics"),
        (
            "Velda senators said the Lund bridge had collapsed.",
            "velda",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.party, party, "{text}: {a:#?}");
    }
}

#[test]
fn a_claim_dismissed_as_false_by_someone_is_their_denial() {
    for text in [
        "The claim has been dismissed as false by the mayor's office.",
        "The reports were rejected as baseless by the Lund mayor's office.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert!(d.speaker.name.contains("mayor's office"), "{text}: {d:#?}");
    }
}

#[test]
fn knowing_of_nothing_of_the_kind_denies() {
    for text in [
        "The Lund agriculture agency said it was not aware of any second case.",
        "Police said they were unaware of any attack on the bridge in Lund.",
    ] {
        let found = news(text);
        only(&found, StatementKind::Denial);
    }
}

#[test]
fn an_outlet_withdrawing_its_report_retracts_it() {
    let found = news(
        "The Marlow Herald said it had withdrawn its report that the finance minister had resigned.",
    );
    let r = only(&found, StatementKind::Retraction);
    assert_eq!(r.speaker.party, "marlow-herald", "{r:#?}");
}

#[test]
fn a_post_announcing_a_closure_or_cancellation_is_a_claim() {
    for text in [
        "Lund airport will close for six months from January.",
        "Arlen Air is cancelling all flights to Lund from March.",
    ] {
        let found = social("Lund News", text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, "Lund News", "{text}: {a:#?}");
    }
}

#[test]
fn nothing_but_scaremongering_is_one_clause_that_denies() {
    let found = news(
        "The Lund water board said the claim was nothing but scaremongering and the dam is safe.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "lund-water-board", "{d:#?}");
}

#[test]
fn a_denial_coordinated_with_a_verb_of_saying_is_its_own_statement() {
    // The negation of what was said does not reach the denial, and what
    // was said ends before the "and".
    let text = "The Velsk election commission said the count was not finished and rejected \
                Anna Brook's claim of victory as premature.";
    let found = news(text);
    let d = found
        .iter()
        .find(|s| s.cues.iter().any(|c| c == "rejected"))
        .unwrap_or_else(|| panic!("a statement cued by 'rejected' in {found:#?}"));
    assert_eq!(d.kind, StatementKind::Denial, "{d:#?}");
    assert_eq!(d.speaker.party, "velsk-election-commission", "{d:#?}");
    let target = d.target.as_ref().expect("a target");
    assert_eq!(target.party.as_deref(), Some("anna-brook"), "{d:#?}");
    let said = found
        .iter()
        .find(|s| s.cues.iter().any(|c| c == "said"))
        .expect("the statement of 'said'");
    let chars: Vec<char> = text.chars().collect();
    let content: String = chars[said.content_spans[0].start..said.content_spans[0].end]
        .iter()
        .collect();
    assert_eq!(content, "the count was not finished", "{said:#?}");
    // ("… were unanswered and dismissed.": a participle, no verb of its own.)
    let found = news("Families said their calls were unanswered and dismissed.");
    assert_eq!(found.len(), 1, "{found:#?}");
}

#[test]
fn a_qualified_rank_before_a_role_names_no_organisation() {
    for text in [
        "Presidential candidate Anna Brook said she had won the Velsk election.",
        "Former Acting Mayor Anna Brook said she had won the Velsk election.",
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.organisation, None, "{text}: {a:#?}");
        assert_eq!(a.speaker.party, "anna-brook", "{text}: {a:#?}");
    }
    // (A party before the role still is one.)
    let found = news("Republican candidate Anna Brook said she had won the Velsk election.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.speaker.organisation.as_deref(),
        Some("Republican"),
        "{a:#?}"
    );
}

#[test]
fn a_body_named_before_a_claim_noun_is_its_claimant() {
    for (text, party) in [
        (
            "Local media in Orsk reported that at least 40 people had died, contradicting the \
             official figure.",
            "officials",
        ),
        (
            "The rebels rejected the army version of the fighting in Orsk.",
            "army",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        let target = d
            .target
            .as_ref()
            .unwrap_or_else(|| panic!("{text}: {d:#?}"));
        assert_eq!(target.party.as_deref(), Some(party), "{text}: {d:#?}");
    }
    // (Verbs, and a compound, name no claimant: "the group claims that …",
    // "the television news network".)
    for text in [
        "In a video, the group claims that the Orsk bridge was destroyed.",
        "The Orsk bridge was destroyed, the television news network said.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .all(|s| s.target.as_ref().is_none_or(|t| t.party.is_none())),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_topic_opened_by_no_is_denied() {
    let found =
        news("The Dunmore weather service said no tsunami warning had been issued for the coast.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "tsunami-warning", "{d:#?}");
    // (Not a possibility: "no … would".)
    none_of_kind(
        &["\"No honest mayor would sign such a deal,\" Ivo Tarn said on Sunday."],
        StatementKind::Denial,
    );
}

#[test]
fn incorrect_as_a_verdict_denies_but_not_before_a_noun() {
    let found = news("The Lund council said the figures in the leaflet were incorrect.");
    only(&found, StatementKind::Denial);
    none_of_kind(
        &[
            "Ivo Tarn said rumours spread through incorrect information on Telegram.",
            "Ivo Tarn said he was proud to be politically incorrect.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn an_outlet_calling_its_own_report_false_retracts_it() {
    for text in [
        "The Velsk Herald said its report that the mayor had been hospitalised was incorrect.",
        "The Velsk Herald said on Sunday that its earlier story about the mayor was wrong.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Retraction);
        assert_eq!(r.speaker.party, "velsk-herald", "{text}: {r:#?}");
    }
    // ("its" after a verb of denying may be anyone's; a negated verdict
    // takes nothing back.)
    for text in [
        "The ministry rejected its report on the Velsk mayor as false.",
        "The Velsk Herald said its report about the mayor was not wrong.",
    ] {
        let found = news(text);
        assert!(
            found.iter().all(|s| s.kind != StatementKind::Retraction),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn sources_telling_an_outlet_after_the_claim_relay_what_comes_before() {
    let found = news(
        "Finance minister Oren Pask has resigned, two government sources told the Velsk Herald.",
    );
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.subject.key, "oren-pask", "{r:#?}");
    assert_eq!(r.predicate_class.as_deref(), Some("resignation"), "{r:#?}");
}

#[test]
fn a_closing_attribution_is_not_what_the_first_speaker_said() {
    let text =
        "Mayor Ivo Tarn said the Kelby bridge would reopen in May, the Kelby Courier reported on \
         Monday.";
    let found = news(text);
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Ivo Tarn", "{a:#?}");
    assert_eq!(a.subject.key, "kelby", "{a:#?}");
    let chars: Vec<char> = text.chars().collect();
    let content: String = chars[a.content_spans[0].start..a.content_spans[0].end]
        .iter()
        .collect();
    assert_eq!(content, "the Kelby bridge would reopen in May", "{a:#?}");
}

#[test]
fn a_negated_topic_denies_though_the_subject_is_named_elsewhere() {
    let found = news("Odell's agent said the sprinter had never failed a doping test.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "odell", "{d:#?}");
    // ("not only …" negates nothing.)
    none_of_kind(
        &["A new wall would not only stop smuggling but also create jobs, Ivo Tarn said."],
        StatementKind::Denial,
    );
}

#[test]
fn denying_any_part_in_it_or_calling_it_defamatory_denies() {
    some_of_kind(
        &[
            "The Lund climate group said it had \"nothing to do with\" the fire at the refinery.",
            "The Lund climate group said it was not involved in the fire at the refinery.",
            "Odell's agent called the Norvik report \"defamatory\".",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn an_adverb_between_speaker_and_verb_is_skipped_but_not_a_headlines_teaser() {
    let found =
        news("The Lund mayor just announced the city will ban cars from the centre next year.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.role.as_deref(), Some("mayor"), "{a:#?}");
    // (A capitalised "Just" in a teaser headline is no adverb to skip.)
    let found = news("Ivo Tarn Just Revealed Who He Would Pick For Mayor.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn having_no_plans_or_no_intention_denies_a_reported_plan() {
    some_of_kind(
        &[
            "A spokesman for Norvik Motors said: \"We have no plans to close the Lund plant.\"",
            "\"I have no intention of leaving Lund,\" Ivo Tarn said on Friday.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn according_to_a_statement_from_a_body_is_that_bodys() {
    let found =
        news("According to a statement from Norvik Motors, the Lund plant will close in May.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.party, "norvik-motors", "{a:#?}");
}

#[test]
fn an_elliptical_not_before_a_predicate_is_the_authors_denial() {
    let found = social("@niadove", "Not pregnant, just bloated lol. Please stop.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.predicate_class.as_deref(), Some("pregnancy"), "{d:#?}");
    // (Before anything else it denies nothing.)
    let found = social("@lundfan", "Not a good day for Lund.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn an_accusation_is_a_claim_whose_maker_is_its_claimant() {
    let found = news("The Kesh embassy called Tarsk's accusations \"baseless and absurd\".");
    let d = only(&found, StatementKind::Denial);
    let target = d.target.as_ref().expect("a target");
    assert_eq!(target.party.as_deref(), Some("tarsk"), "{d:#?}");
}

#[test]
fn people_named_by_a_plural_noun_speak_for_themselves() {
    for (text, name) in [
        (
            "Local elders said the dead in Dorvan were farmers.",
            "Local elders",
        ),
        (
            "The protesters said police had fired on them in Dorvan.",
            "protesters",
        ),
        (
            "Tribal elders denied that militants were hiding in Dorvan.",
            "Tribal elders",
        ),
        (
            "Two farmers told reporters the army had shelled Dorvan.",
            "farmers",
        ),
    ] {
        let found = news(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_eq!(found[0].speaker.name, name, "{text}: {found:#?}");
        assert_eq!(found[0].subject.key, "dorvan", "{text}: {found:#?}");
    }
    // (A name before them qualifies them: fans of Lund FC do not speak for
    // the club, nor Vask's supporters for Vask.)
    for (text, not_party) in [
        (
            "Lund FC fans said the referee in Dorvan had been bribed.",
            "lund-fc",
        ),
        (
            "Vask supporters said the count in Dorvan was rigged.",
            "vask",
        ),
    ] {
        let found = news(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        assert_ne!(found[0].speaker.party, not_party, "{text}: {found:#?}");
        assert_eq!(found[0].speaker.organisation, None, "{text}: {found:#?}");
    }
    // (A singular one without a determiner is a noun before a noun.)
    let found = news("They fear refugee claims in Dorvan will rise.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn the_subject_of_a_passive_with_no_agent_does_not_speak() {
    for text in [
        "The migrants were blamed for the fire in Dorvan.",
        "The official was later charged with assault in Dorvan.",
        "When officials were asked who would win in Dorvan, Ivo Tarn led.",
        "Mara Ilves is accused of taking bribes in Dorvan.",
    ] {
        let found = news(text);
        assert!(found.is_empty(), "{text}: {found:#?}");
    }
    // (A progressive is no passive.)
    let found = news("The Tarn campaign is already claiming victory in Dorvan.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Tarn campaign", "{a:#?}");
}

#[test]
fn whom_a_report_quoted_as_saying_something_said_it() {
    for text in [
        "Ivo Tarn was quoted as saying the Dorvan dam had burst.",
        "The Velsk Herald quoted Ivo Tarn as saying the Dorvan dam had burst.",
        "The Velsk Herald quoted Ivo Tarn as telling reporters that the Dorvan dam had burst.",
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, "Ivo Tarn", "{text}: {a:#?}");
        assert_eq!(a.subject.key, "dorvan", "{text}: {a:#?}");
        assert_eq!(
            a.predicate_class.as_deref(),
            Some("destroyed"),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn firing_on_someone_is_an_attack_but_being_fired_on_a_date_is_a_sacking() {
    for text in [
        "The protesters said police had fired on them in Dorvan.",
        "Rebels said troops had fired on Dorvan.",
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(
            a.predicate_class.as_deref(),
            Some("attack"),
            "{text}: {a:#?}"
        );
    }
    for text in [
        "Dorvan FC said coach Ivo Tarn was fired on May 3.",
        "Dorvan FC said coach Ivo Tarn was fired on Monday.",
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(
            a.predicate_class.as_deref(),
            Some("resignation"),
            "{text}: {a:#?}"
        );
    }
}

#[test]
fn a_lowercase_role_after_the_verb_names_the_speaker_after_it() {
    for (text, org) in [
        (
            "\"The Lund plant will stay open,\" said Drayton chief executive Pia Loft.",
            Some("Drayton"),
        ),
        (
            "\"The Lund plant will stay open,\" said defence minister Pia Loft.",
            None,
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, "Pia Loft", "{text}: {a:#?}");
        assert_eq!(a.speaker.organisation.as_deref(), org, "{text}: {a:#?}");
    }
    let found = news("The Lund plant will stay open, according to local authorities.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "local authorities", "{a:#?}");
}

#[test]
fn a_flat_no_to_a_question_put_to_the_speaker_denies_what_was_asked() {
    for (text, predicate_class) in [
        (
            "Asked whether the bank would close its Brenmoor branch, a Hollin Bank spokesman said: \"No.\"",
            None,
        ),
        (
            "When asked if he would resign over the Dorvan scandal, Ivo Tarn replied: \"Absolutely not.\"",
            Some("resignation"),
        ),
        (
            "Asked about reports that Mensa would leave, manager Tomas Brey said: \"No. He is staying.\"",
            None,
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.predicate_class.as_deref(), predicate_class, "{text}: {d:#?}");
        assert!(!d.cues.is_empty(), "{text}: {d:#?}");
        // (What it denies is the question, not the answer.)
        let content = &d.content_spans[0];
        let chars: Vec<char> = text.chars().collect();
        let said: String = chars[content.start..content.end].iter().collect();
        assert!(!said.contains('"'), "{text}: {said}");
    }
    // (A yes, or a no without a question, denies nothing.)
    none_of_kind(
        &[
            "Asked whether he would resign, Ivo Tarn said: \"Yes.\"",
            "Asked whether he would resign, Ivo Tarn said no one had asked him to.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn people_named_before_a_headlines_colon_speak_what_follows() {
    let found = extract_with(
        "Organisers said the march went ahead.",
        &TextOptions {
            title: Some("Sovar protest organisers: arrest figures are a lie"),
            publisher: Some("Kelby Courier"),
            ..Default::default()
        },
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Sovar protest organisers", "{d:#?}");
}

#[test]
fn a_posts_closing_tags_are_no_part_of_its_last_sentence() {
    let found = social(
        "@velskherald",
        "Velsk mayor Ida Rask has been arrested on corruption charges, police sources say. #Velsk #breaking",
    );
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.subject.key, "ida-rask", "{r:#?}");
    assert_eq!(r.predicate_class.as_deref(), Some("arrest"), "{r:#?}");
}

#[test]
fn an_adverb_that_relays_relays_its_whole_clause() {
    for text in [
        "Singer Mira Sol reportedly splits from husband",
        "Mira Sol has reportedly split from her husband.",
        "Mira Sol allegedly attacked a photographer in Dorvan.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.subject.key, "mira-sol", "{text}: {r:#?}");
    }
}

#[test]
fn insisting_that_one_did_not_is_a_denial() {
    for text in [
        "Ana Velt insisted she had not taken any money from lobbyists.",
        "Norvik Motors insisted that it had never used forced labour in Dorvan.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert!(
            d.cues.iter().any(|c| c == "not" || c == "never"),
            "{text}: {d:#?}"
        );
    }
    // (Not what another did, nor withholding a comment.)
    none_of_kind(
        &[
            "Ana Velt insisted the ministry had not taken any money in Dorvan.",
            "Ana Velt insisted she would not comment on the Dorvan case.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn pouring_cold_water_on_reports_denies_them() {
    let found = news("Zentra Motors poured cold water on reports of merger talks with Orbis.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "zentra-motors", "{d:#?}");
}

#[test]
fn nothing_and_everything_name_no_subject() {
    let found =
        news("\"Nothing could be further from the truth,\" said council leader Mia Brandt.");
    let d = only(&found, StatementKind::Denial);
    assert_ne!(d.subject.key, "nothing", "{d:#?}");
}

#[test]
fn a_passive_denial_with_a_quoted_verdict_is_its_agents() {
    let found = news(
        "The report was dismissed as \"pure speculation\" by Norvik Bank chief executive Tove Lind.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Tove Lind", "{d:#?}");
    assert_eq!(d.speaker.party, "norvik-bank", "{d:#?}");
}

#[test]
fn a_title_that_befalls_a_person_refers_to_the_last_person_named() {
    let found = social(
        "@popwire",
        "Lena Vorst starred in Dorvan Nights. The actress has died at 72.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "lena-vorst", "{a:#?}");
    let found =
        news("Ivo Tarn led the Dorvan party for a decade. The minister has resigned, aides said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "ivo-tarn", "{a:#?}");
}

#[test]
fn the_accused_before_a_headlines_reduced_passive_does_not_speak() {
    let found = extract_with(
        "The company did not respond.",
        &TextOptions {
            title: Some("Orbis accused of dumping toxic waste in Lund river"),
            publisher: Some("Kelby Courier"),
            ..Default::default()
        },
    );
    assert!(
        found.iter().all(|s| s.speaker.party != "orbis"),
        "{found:#?}"
    );
    // (Active, the accuser speaks; so does the subject after a relative.)
    let found = news("Estavia accused Molvar of shelling Drun.");
    assert_eq!(
        only(&found, StatementKind::Assertion).speaker.party,
        "estavia"
    );
    let found = news("It was the group which Mayor Ivo Tarn blamed for the attack on Drun.");
    assert_eq!(
        only(&found, StatementKind::Assertion).speaker.name,
        "Ivo Tarn"
    );
}

#[test]
fn a_verb_coordinated_with_the_first_shares_its_subject() {
    // "X did something and said …": the subject of the clause's first verb
    // speaks, however far back it stands.
    for (text, speaker, kind) in [
        (
            "The defence ministry briefed reporters on Monday and said the town of Korvel was captured.",
            "defence ministry",
            StatementKind::Assertion,
        ),
        (
            "Velt Energy closed its plant in Orsk last week and said the workers would be paid.",
            "Velt Energy",
            StatementKind::Assertion,
        ),
        (
            "Mayor Ida Brun toured the flooded district on Sunday and said the dam had not collapsed.",
            "Ida Brun",
            StatementKind::Denial,
        ),
        (
            "Forensic engineer Tomas Reil inspected the bridge and said the main span had collapsed.",
            "Tomas Reil",
            StatementKind::Assertion,
        ),
        (
            "Harlow Mining keeps its accounts private but says its output has tripled.",
            "Harlow Mining",
            StatementKind::Assertion,
        ),
    ] {
        let found = news(text);
        let s = only(&found, kind);
        assert_eq!(s.speaker.name, speaker, "{text}: {found:#?}");
    }
}

#[test]
fn a_denial_after_a_bare_but_is_the_subjects() {
    // "…but denied that …": the clause cut at "but" has no subject of its
    // own; the first clause's is the one who denies.
    // (Also past auxiliaries and adverbs before the verb: "but has since
    // denied".)
    denial_by(
        &[
            "Mayor Ida Brun visited the district but denied that the dam had collapsed.",
            "Mayor Ida Brun visited the district but has since denied that the dam had collapsed.",
        ],
        "Ida Brun",
        "dam",
    );
}

#[test]
fn a_noun_before_the_conjunction_is_no_coordinated_subject() {
    // "Western governments have …": "governments" is no verb, so the
    // capitalised word before it does not speak alone; nor does a noun
    // taken for the verb ("The Kurds report receiving …").
    for text in [
        "Western governments have responded sceptically and described the rumours as wishful thinking.",
        "The Kurds report receiving rifles but say they badly need armoured vehicles.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .all(|s| s.speaker.name != "Western" && s.speaker.name != "Kurds report"),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn according_to_an_unnamed_medium_relays_the_claim() {
    // "according to a security blog": a medium nobody names carries the
    // claim without anyone committing to it, as "according to reports" does.
    for text in [
        "Tech firm Nimbus has been hacked, according to a security blog.",
        "The Orsk dam has collapsed, according to a new report.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.speaker.party, "unattributed", "{text}: {found:#?}");
        assert!(r.predicate_class.is_some(), "{text}: {found:#?}");
    }
}

#[test]
fn a_headline_that_admits_is_a_confirmation() {
    let found = news("Defence ministry admits two jets lost near Kallo");
    let c = only(&found, StatementKind::Confirmation);
    assert_eq!(c.speaker.name, "Defence ministry");
    assert_eq!(c.subject.key, "kallo");
}

#[test]
fn a_finding_that_is_a_claim_of_whoever_made_it() {
    // "found that …", "concluded that …" state what was found; "a report
    // by X" and "a fact check by X" are X's.
    for (text, speaker) in [
        (
            "The Halden Post found that the Halden bridge is intact.",
            "Halden Post",
        ),
        (
            "A fact check by the Halden Post found that the Halden bridge is intact.",
            "Halden Post",
        ),
        (
            "A report by Amnesty International said the Orsk prison had been destroyed.",
            "Amnesty International",
        ),
        (
            "The Halden Post's fact check found that the Halden bridge is intact.",
            "Halden Post",
        ),
        (
            "Amnesty's annual report said the Orsk prison had been destroyed.",
            "Amnesty",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.speaker.name, speaker, "{text}: {found:#?}");
    }
    // (Finding a thing is no claim.)
    assert!(news("Police found a body near the Orsk bridge.").is_empty());
}

#[test]
fn denying_ones_own_act_is_about_the_speaker() {
    for (text, key) in [
        ("Karl Brun flatly denied ordering the raid.", "karl-brun"),
        ("Lund FC denied breaking the transfer rules.", "lund-fc"),
        // (Not what the speaker said next: the denial is about its own act.)
        (
            "Karl Brun denied ordering the raid and said the orders came from Orsk.",
            "karl-brun",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.subject.key, key, "{text}: {found:#?}");
    }
}

#[test]
fn striking_is_an_attack_but_striking_workers_are_not() {
    let found = news("The ministry denied striking a hospital in Orsk.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.predicate_class.as_deref(), Some("attack"), "{found:#?}");
    let found = news("Police said striking nurses had blocked the Orsk road.");
    assert!(!found.is_empty());
    no_predicate_class(&found, "attack");
}

#[test]
fn a_name_and_a_colon_own_the_verdict_that_follows() {
    // "Brun: Harbour chief 'absolutely wrong' …": the name before the colon
    // judges; a capitalised word inside what she said is no speaker.
    let found = news("Ida Brun: Harbour Chief ‘Absolutely Wrong’ About Orsk Dam");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Ida Brun", "{found:#?}");
    // (A caption's label before a sentence with its own verb of saying
    // names no speaker.)
    let found = news("Grateful: Lin Ask says the Orsk dam was saved");
    assert!(
        found.iter().all(|s| s.speaker.name != "Grateful"),
        "{found:#?}"
    );
}

#[test]
fn a_quoted_title_inside_the_speaker_phrase_is_no_quotation() {
    // A title in quotation marks inside an appositive or a relative clause
    // ('author of "Dark Water,"') leaves the name before it the speaker;
    // the words after the verb are what was said, not who said it.
    for (text, speaker) in [
        (
            "Lena Ott, author of \"Dark Water,\" said that the rebels captured Orsk.",
            "Lena Ott",
        ),
        (
            "Karl Brun, the host of the show “Night Desk,” said that the rebels captured Orsk.",
            "Karl Brun",
        ),
        (
            "The Velsk ministry, which runs the \"Safe Water\" programme, said the rebels captured Orsk.",
            "Velsk ministry",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.speaker.name, speaker, "{text}: {found:#?}");
        assert_eq!(s.subject.key, "orsk", "{text}: {found:#?}");
    }
}

#[test]
fn a_verb_inside_a_quotation_leaves_the_speaker_after_it() {
    // A verb of saying followed by "that" inside the quotation is the
    // quoted speaker's own words; the name after the closing verb still
    // says all of it (evaluation mode, which also reads verbs outside the
    // lexicon before "that").
    let text = "“If anybody thinks that the dam in Kelby is safe, they are wrong,” said one engineer from Velsk.";
    let found = evaluation(text);
    let said: Vec<_> = found
        .iter()
        .filter(|s| s.cues.iter().any(|c| c == "said"))
        .collect();
    assert_eq!(said.len(), 1, "{found:#?}");
    assert!(said[0].speaker.surface.contains("engineer"), "{found:#?}");
    assert!(
        found.iter().all(|s| !s.cues.iter().any(|c| c == "thinks")),
        "{found:#?}"
    );
}

#[test]
fn nested_appositives_and_trades_keep_the_named_speaker() {
    // The name is the speaker however its description is set off: a trade
    // before the name ("strategist", "pollster"), an appositive nested in
    // the one after it, an article before a title, the one a role speaks
    // for before the name, an opening adverb.
    for (text, speaker) in [
        (
            "“The mayor of Kelby lied about the dam,” said Republican strategist Ryan Voss.",
            "Ryan Voss",
        ),
        (
            "Democratic pollster Ina Moll said the mayor of Kelby lied about the dam.",
            "Ina Moll",
        ),
        (
            "Geoff Tamm, an analyst who works with Velsk Futures, a lobby group, said the mayor of Kelby lied about the dam.",
            "Geoff Tamm",
        ),
        (
            "The Rev. Jon Marr, a priest, said the mayor of Kelby lied about the dam.",
            "Jon Marr",
        ),
        (
            "The Velsk Herald, a local paper, said the mayor of Kelby lied about the dam.",
            "Velsk Herald",
        ),
        (
            "The spokesman for Velsk, Ann Roe, said the mayor of Kelby lied about the dam.",
            "Ann Roe",
        ),
        (
            "Rosa Melin, a spokeswoman and wife of the governor, Piet Melin, said the mayor of Kelby lied about the dam.",
            "Rosa Melin",
        ),
        (
            "Furthermore, a Velsk government spokesman, Ahmed Rudan, said the mayor of Kelby lied about the dam.",
            "Ahmed Rudan",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Denial);
        assert_eq!(s.speaker.name, speaker, "{text}: {found:#?}");
        assert_eq!(s.subject.key, "kelby", "{text}: {found:#?}");
    }
}

#[test]
fn a_quoted_question_is_what_the_next_sentence_says_its_speaker_said() {
    // The question mark ends the sentence; the next one names the speaker
    // and a circumstance, or a phrase a preposition opens.
    for (text, speaker) in [
        (
            "\"Why would anyone trust the mayor of Kelby?\" Ryan Voss said Friday.",
            "Ryan Voss",
        ),
        (
            "\"Why would anyone trust the mayor of Kelby?\" Voss said about the dam plan.",
            "Voss",
        ),
        (
            "\"Why would anyone trust the mayor of Kelby?\" Ina Moll said to a crowd of about 500.",
            "Ina Moll",
        ),
    ] {
        let found = news(text);
        let q = only(&found, StatementKind::Question);
        assert_eq!(q.speaker.surface, speaker, "{text}: {found:#?}");
        let content: Vec<&str> = q
            .content_spans
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(
            content,
            ["\"Why would anyone trust the mayor of Kelby?\""],
            "{text}"
        );
    }
    // A sentence that says something of its own, or one in the next
    // paragraph, does not take the quotation.
    for (text, cue, said) in [
        (
            "\"Is the dam in Kelby safe?\" Voss has said for months that the dam is unsafe.",
            "has said",
            "the dam is unsafe",
        ),
        (
            "\"Is the dam in Kelby safe?\"\n\nVoss said about the plan that the dam is unsafe.",
            "said",
            "the dam is unsafe",
        ),
    ] {
        let found = evaluation(text);
        let voss = by_cue(&found, text, cue);
        assert_eq!(voss.len(), 1, "{text}: {found:#?}");
        assert!(
            voss[0].1.iter().all(|c| !c.contains("Is the dam")),
            "{text}: {found:#?}"
        );
        assert!(
            voss[0].1.iter().any(|c| c.contains(said)),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_counted_speaker_after_an_inverted_verb_is_the_speaker() {
    for (text, speaker) in [
        (
            "The dam in Kelby is unsafe, said one Velsk official.",
            "one Velsk official",
        ),
        (
            "The dam in Kelby is unsafe, said two officials.",
            "two officials",
        ),
        (
            "The dam in Kelby is unsafe, according to several engineers.",
            "several engineers",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.speaker.surface, speaker, "{text}: {found:#?}");
        assert_eq!(s.subject.key, "kelby", "{text}: {found:#?}");
    }
}

#[test]
fn an_inverted_speaker_phrase_goes_on_through_what_places_it() {
    // Evaluation mode: the source phrase keeps the phrases that say who
    // the speaker is, not the circumstances of what was said.
    for (text, source) in [
        (
            "\"The dam is unsafe,\" said one official on the Velsk panel.",
            "one official on the Velsk panel",
        ),
        (
            "\"The dam is unsafe,\" said a senior adviser to Ina Moll.",
            "a senior adviser to Ina Moll",
        ),
        (
            "\"The dam is unsafe,\" said one spokesman in a statement.",
            "one spokesman",
        ),
        ("\"The dam is unsafe,\" said Voss in his speech.", "Voss"),
    ] {
        let found = evaluation(text);
        let said = by_cue(&found, text, "said");
        assert_eq!(said.len(), 1, "{text}: {found:#?}");
        assert_eq!(said[0].0, source, "{text}: {found:#?}");
        assert_eq!(said[0].1, ["\"The dam is unsafe,\""], "{text}");
    }
}

#[test]
fn a_transcript_turn_is_all_its_speaker_says_on_the_line() {
    let text = "The governor spoke to the station.\n\nVOSS: Well, I think the dam in Kelby is safe. They built it well.\n\nMOLL: Is the dam in Kelby safe?\n\nUPDATE: The dam was inspected on Monday by the council.";
    let found = evaluation(text);
    let colon = by_cue(&found, text, ":");
    assert_eq!(
        colon,
        [
            (
                "VOSS",
                vec!["Well, I think the dam in Kelby is safe. They built it well"]
            ),
            ("MOLL", vec!["Is the dam in Kelby safe?"]),
        ],
        "{found:#?}"
    );
    // A turn that asks is a question.
    assert!(
        found
            .iter()
            .any(|s| s.speaker.surface == "MOLL" && s.kind == StatementKind::Question),
        "{found:#?}"
    );
}

#[test]
fn a_denial_word_said_of_something_indefinite_is_no_verdict() {
    for text in [
        "Something is definitely wrong with the mayor of Kelby.",
        "There is something wrong with the dam in Kelby.",
        "What's wrong with the dam in Kelby?",
    ] {
        let found = social("velsk_watch", text);
        assert!(
            found.iter().all(|s| s.kind != StatementKind::Denial),
            "{text}: {found:#?}"
        );
    }
    for text in [
        "The claim about the dam in Kelby is wrong.",
        "Nothing is wrong with the dam in Kelby.",
    ] {
        let found = social("velsk_watch", text);
        assert!(
            found.iter().any(|s| s.kind == StatementKind::Denial),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_counted_speaker_after_a_quotation_said_the_quotation() {
    // Evaluation mode: the count opens the source phrase.
    for (text, source) in [
        (
            "\"The dam in Kelby is unsafe,\" one engineer said.",
            "one engineer",
        ),
        (
            "\"The dam in Kelby is unsafe, they knew it,\" two engineers said.",
            "two engineers",
        ),
    ] {
        let found = evaluation(text);
        let said = by_cue(&found, text, "said");
        assert_eq!(said.len(), 1, "{text}: {found:#?}");
        assert_eq!(said[0].0, source, "{text}: {found:#?}");
        assert_eq!(said[0].1.len(), 1, "{text}: {found:#?}");
        assert!(said[0].1[0].starts_with("\"The dam"), "{text}: {found:#?}");
    }
    // Product mode: what an addressee follows is not what was said.
    let text = "\"The dam in Kelby is unsafe,\" one official told Velsk television station VTV.";
    let found = news(text);
    let told = by_cue(&found, text, "told");
    assert_eq!(told.len(), 1, "{found:#?}");
    assert_eq!(told[0].1, ["\"The dam in Kelby is unsafe,\""], "{found:#?}");
}

#[test]
fn a_described_speaker_after_a_quotation_or_a_comma_said_what_came_before() {
    // A determiner and modifiers open the speaker phrase; what follows the
    // verb is a circumstance or an addressee.
    for (text, said) in [
        (
            "\"The dam in Kelby is unsafe,\" a senior official said on condition of anonymity.",
            "\"The dam in Kelby is unsafe,\"",
        ),
        (
            "The dam in Kelby is unsafe, a senior official told Velsk television.",
            "The dam in Kelby is unsafe",
        ),
    ] {
        for found in [news(text), evaluation(text)] {
            let cue = if text.contains("told") {
                "told"
            } else {
                "said"
            };
            let s = by_cue(&found, text, cue);
            assert_eq!(s.len(), 1, "{text}: {found:#?}");
            assert_eq!(s[0].1, [said], "{text}: {found:#?}");
        }
    }
}

#[test]
fn a_quotation_right_after_the_verb_is_what_was_said() {
    let text = "Asked whether the dam in Kelby would hold, Voss said, \"Absolutely, it will.\"";
    for found in [news(text), evaluation(text)] {
        let said = by_cue(&found, text, "said");
        assert_eq!(said.len(), 1, "{found:#?}");
        assert_eq!(said[0].1, ["\"Absolutely, it will.\""], "{found:#?}");
    }
}

#[test]
fn where_something_was_said_is_not_what_was_said() {
    for text in [
        "Voss said on Twitter that the dam in Kelby had burst.",
        "Voss wrote in an op-ed on Sunday that the dam in Kelby had burst.",
    ] {
        let found = news(text);
        let s = found
            .iter()
            .find(|s| s.speaker.surface == "Voss")
            .unwrap_or_else(|| panic!("{text}: {found:#?}"));
        let content: Vec<&str> = s
            .content_spans
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(content, ["the dam in Kelby had burst"], "{text}");
    }
    // Not the "that" of a claim noun, nor a determiner.
    let text = "Voss responded on Sunday to claims that the dam in Kelby had burst.";
    let found = evaluation(text);
    let s = by_cue(&found, text, "responded");
    assert!(
        s.iter()
            .all(|(_, c)| c.iter().all(|c| c.contains("claims"))),
        "{found:#?}"
    );
}

#[test]
fn words_of_denial_in_their_other_senses_deny_nothing() {
    // An adjective before its noun, lying somewhere, a quarrel, "not so
    // much" and "no way around": no verdict on anybody's claim.
    none_of_kind(
        &[
            "Most voters in Dorna believe the country is on the wrong track.",
            "One wrong move could cost the mayor her seat.",
            "Analysts asked what went wrong for the Velda campaign.",
            "The former president will lie in state at the Korvel parliament.",
            "The town lies just north of the Orsk border crossing.",
            "The blame lies with the council, the union said.",
            "A dispute over water rights has divided the two villages for years.",
            "Patrol boats entered the disputed waters off Marsk on Monday.",
            "It is not so much a problem for the Arlen board now.",
            "There is no way around the Velda budget rules, the minister said.",
        ],
        StatementKind::Denial,
    );
    // The same words as verdicts still deny.
    some_of_kind(
        &[
            "The Dorna ministry said the report was wrong.",
            "Mayor Ina Moll got it wrong, the council said.",
            "The union said the mayor lies about the Velda budget.",
            "The Arlen board disputed the report that its chief had resigned.",
            "Officials said there was no way the Orsk dam had burst.",
        ],
        StatementKind::Denial,
    );
    // "No way to confirm" still negates the confirmation.
    let found = news("The Orsk police said they had no way to confirm the report.");
    assert!(
        found.iter().all(|s| s.kind != StatementKind::Confirmation),
        "{found:#?}"
    );
}

#[test]
fn a_sentence_adverb_or_a_senate_vote_confirms_no_claim() {
    none_of_kind(
        &[
            "Indeed, turnout in Velda was higher than the Arlen party expected.",
            "The Senate confirmed Ina Moll as defence minister on Tuesday.",
            "Ina Moll was confirmed by the Senate in May, the Dorna ministry said.",
            "Her confirmation hearing before the Velda senate starts on Monday.",
        ],
        StatementKind::Confirmation,
    );
    some_of_kind(
        &[
            "The army confirmed that the Orsk dam had burst.",
            "There has indeed been heavy fighting in Korvel, the ministry said.",
        ],
        StatementKind::Confirmation,
    );
}

#[test]
fn an_office_of_something_is_named_whole() {
    // "Secretary of State", "King of Jordan": a title before "of" is part
    // of the name, and "State" after "of" is no place descriptor to drop.
    for (text, key) in [
        (
            "Protesters said the Secretary of State had resigned.",
            "secretary-of-state",
        ),
        (
            "Officials said the King of Velda had been taken to hospital.",
            "king-of-velda",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.subject.key, key, "{text}: {a:#?}");
    }
    // An office in apposition is the named person's: "he" is that person.
    let text = "Mark Andres, President of Arlen Foods, sparked speculation when he \
                asked investors, \u{201c}Why do we need preservatives?\u{201d}";
    let found = news(text);
    let q = only(&found, StatementKind::Question);
    assert_eq!(q.speaker.name, "Mark Andres", "{q:#?}");
}

#[test]
fn a_word_that_opens_a_sentence_is_no_name() {
    // "Look", "Given", "Several": capitalised only to open the sentence or
    // the quotation, they name nothing the claim could be about.
    for (text, opener) in [
        (
            "\"Look, the billionaires control most of the wealth,\" said Kai Moll.",
            "look",
        ),
        (
            "\"Given how liberal he is, it made the work hard,\" Kai Moll recalled.",
            "given",
        ),
        (
            "Several Velda ministers said the airport had closed.",
            "several",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        let named: Vec<&str> = std::iter::once(&a.subject)
            .chain(&a.other_subjects)
            .map(|s| s.key.as_str())
            .collect();
        assert!(
            !named.iter().any(|k| k.starts_with(opener)),
            "{text}: {named:?}"
        );
    }
    // Nor is it part of the speaker's name.
    let found = news("Yet Kai Moll said the Orsk airport had closed.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Kai Moll", "{a:#?}");
    // A name there is still a name.
    let found = news("Velda said the Orsk airport had closed.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Velda", "{a:#?}");
}

#[test]
fn a_that_before_a_verb_opens_a_relative_clause_not_what_is_said() {
    // Evaluation mode reads an unlisted word between a speaker and "that"
    // as a verb of saying; a noun before a relative clause is none.
    for text in [
        "It was good news for a one-party authoritarian regime that controlled the press.",
        "Neither chamber is pursuing any Velda measures that are that simple.",
        "Voters saw a big building that was built in 1990.",
    ] {
        let found = evaluation(text);
        assert!(
            found.iter().all(|s| s.cue_span.is_none()),
            "{text}: {found:#?}"
        );
    }
    // An unlisted verb before a clause of its own still attributes.
    let text = "The senator reckoned that the Orsk vote was fair.";
    let found = evaluation(text);
    assert!(found.iter().any(|s| s.cue_span.is_some()), "{found:#?}");
}

#[test]
fn a_think_tank_thinks_nothing() {
    let text = "\u{201c}The budget is sound,\u{201d} said Ina Moll, director of Velda \
                Policy, a liberal think tank.";
    let found = evaluation(text);
    let chars: Vec<char> = text.chars().collect();
    for s in &found {
        let cue: String = s
            .cue_span
            .as_ref()
            .map(|c| chars[c.start..c.end].iter().collect())
            .unwrap_or_default();
        assert_ne!(cue, "think", "{found:#?}");
    }
    assert!(found.iter().any(|s| s.cue_span.is_some()), "{found:#?}");
}

#[test]
fn a_title_before_one_name_makes_it_the_person_a_claim_is_about() {
    // "the singer Velma" is a person, and a person named in a claim is
    // what it is about before a place named after her.
    let found =
        news("Several outlets reported that the singer Velma had cancelled her concerts in Lund.");
    assert_eq!(
        only(&found, StatementKind::Report).subject.key,
        "velma",
        "{found:#?}"
    );
    // (Not a people's name after a title-like word.)
    let found = news("Police said the premier Varnian airline had been grounded in Lund.");
    assert!(
        found.iter().all(|s| s.subject.kind != "person"),
        "{found:#?}"
    );
}

#[test]
fn rumours_said_to_exist_relay_their_claim_and_rumours_called_so_deny_it() {
    for (text, claim) in [
        (
            "There are rumours that Lena Vorst is pregnant.",
            "Lena Vorst is pregnant",
        ),
        (
            "There were reports that shots were fired near the Lund mall.",
            "shots were fired near the Lund mall",
        ),
        (
            "Rumours are swirling that Lena Vorst is pregnant.",
            "Lena Vorst is pregnant",
        ),
        (
            "Speculation is growing that Lena Vorst is pregnant.",
            "Lena Vorst is pregnant",
        ),
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        let c = r.content_spans[0];
        assert_eq!(&text[c.start..c.end], claim, "{found:#?}");
        assert!(
            found.iter().all(|s| s.kind != StatementKind::Denial),
            "{found:#?}"
        );
    }
    some_of_kind(
        &["These are rumours.", "Those claims are just rumours."],
        StatementKind::Denial,
    );
    // A tabloid, a magazine, an outlet, a blog speak.
    let found = news("The tabloid claimed that Lena Vorst is pregnant.");
    assert_eq!(found[0].speaker.name, "tabloid", "{found:#?}");
}

#[test]
fn a_word_of_the_sides_opening_a_claim_is_not_what_it_is_about() {
    // "Rebel" is capitalised only because it opens the sentence.
    for text in [
        "Rebel forces have seized the Ostrel dam, the rebel command said.",
        "Army units entered Ostrel on Monday, the ministry said.",
    ] {
        let found = news(text);
        assert_eq!(found[0].subject.key, "ostrel", "{text}: {found:#?}");
    }
}

#[test]
fn an_event_called_off_and_one_going_ahead_are_opposed_claims() {
    for (text, class) in [
        (
            "The Velsk festival has been called off, organisers said.",
            "cancellation",
        ),
        (
            "Lena Vorst has cancelled her Lund concerts, a tabloid claimed.",
            "cancellation",
        ),
        (
            "The Velsk festival will go ahead as planned, the mayor said.",
            "going_ahead",
        ),
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.predicate_class.as_deref(), Some(class), "{found:#?}");
    }
    // In the singer's own feed, her shows "are not cancelled": a claim
    // that they go ahead, against the claim that they were called off.
    let found = social(
        "lenavorst",
        "My Lund shows are not cancelled. See you there!",
    );
    assert_eq!(
        found[0].predicate_class.as_deref(),
        Some("going_ahead"),
        "{found:#?}"
    );
    assert!(claimwatch_extract::predicate_classes_opposed(
        "cancellation",
        "going_ahead"
    ));
}

#[test]
fn a_body_named_by_its_place_speaks_for_it_and_its_claim_is_about_it() {
    // A lowercase field before the body ("health") is part of it, and a
    // claim naming nothing else is about the place.
    for text in [
        "The health ministry in Velsk said 40 people were killed in the blast.",
        "Police in Velsk said 40 people were killed in the blast.",
    ] {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(s.speaker.party, "velsk", "{text}: {found:#?}");
        assert_eq!(s.subject.key, "velsk", "{text}: {found:#?}");
    }
    // Not a place only named in a description of a person.
    let found =
        news("\"We are tired,\" Ivo Marek, a student at Lund College in Velsk, said on Monday.");
    assert!(found.iter().all(|s| s.subject.key != "velsk"), "{found:#?}");
}

#[test]
fn we_in_a_groups_quoted_claim_is_the_group() {
    let found = news(
        "\"We have taken full control of the airport,\" a spokesman for the Kestrel Front said.",
    );
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.subject.key, s.speaker.party, "{found:#?}");
    assert_eq!(s.subject.key, "kestrel-front", "{found:#?}");
    // Not the outlet that relays somebody's words.
    let found = news("\"We will rebuild it,\" he said, according to the Velsk Herald.");
    assert!(
        found.iter().all(|s| s.subject.key != "velsk-herald"),
        "{found:#?}"
    );
}

#[test]
fn there_being_no_such_event_denies_it() {
    let text =
        "Velsk Chemicals said there had been no gas leak and the plant was operating normally.";
    let found = news(text);
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "gas-leak", "{found:#?}");
    assert_eq!(d.predicate_class.as_deref(), Some("leak"), "{found:#?}");
    // Not what is no event of the lexicon, nor "no" as part of the event.
    none_of_kind(
        &[
            "\"There are no excuses,\" the coach said.",
            "The minister said there is no doubt that the bridge will open.",
            "The army said there were no casualties.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn no_before_a_longer_phrase_and_its_auxiliaries_negates_the_event() {
    let found =
        news("The Velkan air force said that no Lancer air defence system had been destroyed.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(
        d.predicate_class.as_deref(),
        Some("destroyed"),
        "{found:#?}"
    );
    // "no matter which …", "had no idea that she …" negate no event.
    none_of_kind(
        &[
            "The report said that no matter which partner was killed, the abuse had begun earlier.",
            "The Velsk Herald said the nun had no idea that she was pregnant.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn illegal_votes_are_a_claim_of_fraud() {
    let found = news(
        "President Ivo Arlen claimed that millions of illegal votes were cast in the election.",
    );
    assert_eq!(
        only(&found, StatementKind::Assertion)
            .predicate_class
            .as_deref(),
        Some("fraud"),
        "{found:#?}"
    );
}

#[test]
fn signing_a_truce_is_agreeing_a_ceasefire() {
    let found =
        news("The Kestrel Front dismissed claims by the government that it had signed a truce.");
    assert_eq!(
        only(&found, StatementKind::Denial)
            .predicate_class
            .as_deref(),
        Some("ceasefire"),
        "{found:#?}"
    );
}

#[test]
fn a_word_opening_a_sentence_before_a_title_is_no_name() {
    for text in [
        "Veteran actor Leo Varga has died, his agent said.",
        "Legendary singer Leo Varga has died, according to posts on social media.",
    ] {
        let found = news(text);
        assert_eq!(found[0].subject.key, "leo-varga", "{text}: {found:#?}");
        assert!(
            found[0]
                .other_subjects
                .iter()
                .all(|o| o.key != "veteran" && o.key != "legendary"),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_word_opening_a_sentence_before_a_bodys_word_is_no_name() {
    let found = news("Security forces shot dead five protesters in Dera, activists said.");
    assert_eq!(found[0].subject.key, "dera", "{found:#?}");
    // (A people's name still is: "Lebanese authorities …" is about Lebanon.)
    let found = news("Lebanese authorities are holding two men, the army said.");
    assert_eq!(found[0].subject.key, "lebanon", "{found:#?}");
}

#[test]
fn a_headlines_plural_claimant_takes_a_bare_apostrophe() {
    let found = news("Rebels claim capture of Tarsk airport; army denies");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(
        d.target.as_ref().map(|t| t.text.as_str()),
        Some("Rebels' claim"),
        "{found:#?}"
    );
}

#[test]
fn a_site_named_by_its_place_opening_the_sentence_speaks() {
    for text in [
        "The Lund plant said the reactor was safe.",
        "The Velsk nuclear plant said there had been no radiation leak.",
    ] {
        let found = news(text);
        assert!(
            found.iter().any(|s| s.speaker.name.ends_with("plant")),
            "{text}: {found:#?}"
        );
    }
    // Not an epidemic that "claimed thousands of lives".
    let found = news("The Velsk flu epidemic has claimed thousands of lives.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_post_passing_on_what_its_author_heard_relays_it() {
    for text in [
        "Hearing reports that the harbor bridge has collapsed.",
        "Just heard that the harbor bridge has collapsed.",
        "Saw on the news that the harbor bridge has collapsed.",
    ] {
        let found = social("@ana", text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.subject.key, "harbor-bridge", "{text}: {found:#?}");
        let c = r.content_spans[0];
        assert_eq!(
            &text[c.start..c.end],
            "the harbor bridge has collapsed",
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_question_tag_after_a_comma_leaves_the_clause_before_it_a_statement() {
    let text = "just saw on local news that the harbor bridge collapsed, anyone know more??";
    let found = social("@ana", text);
    assert_eq!(
        only(&found, StatementKind::Report).subject.key,
        "harbor-bridge",
        "{found:#?}"
    );
    // A question of its own before the tag stays one question.
    let found = social("@ana", "Is the harbor bridge down, anyone know?");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, StatementKind::Question, "{found:#?}");
}

#[test]
fn a_phrase_of_place_between_a_topic_and_its_predicate_is_skipped() {
    for text in [
        "the harbor bridge in lund has collapsed.",
        "The harbor bridge near the old port collapsed this morning.",
    ] {
        let found = social("@ana", text);
        assert_eq!(found[0].subject.key, "harbor-bridge", "{text}: {found:#?}");
    }
    // A phrase naming an event is no place ("in the shooting").
    let found = news("Police said the suspect in the shooting is dead.");
    assert_ne!(found[0].subject.key, "suspect", "{found:#?}");
}

#[test]
fn a_surname_with_a_lowercase_particle_is_part_of_the_name() {
    let text = "Ali al-Bredi said that militants had captured Fallujah.";
    let found = news(text);
    assert_eq!(found[0].speaker.name, "Ali al-Bredi", "{found:#?}");
    // The surname with its particle, later on, is the person named in full.
    let found = news(
        "Officials said Omar al-Fassi had been killed. Later, police said al-Fassi was alive.",
    );
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[1].subject.key, found[0].subject.key, "{found:#?}");
    assert_eq!(found[0].subject.key, "omar-al-fassi", "{found:#?}");
}

#[test]
fn a_thing_claimed_then_negated_after_its_auxiliary_is_denied() {
    for text in [
        "Police said that chlorine gas had not been used in Sarmin.",
        "The army said chemical weapons were never used in Sarmin.",
        "The army said chlorine gas wasn't used in Sarmin.",
    ] {
        let d = only(&news(text), StatementKind::Denial).clone();
        assert_eq!(
            d.predicate_class.as_deref(),
            Some("attack"),
            "{text}: {d:#?}"
        );
    }
    // A negated quality of the thing denies nothing.
    none_of_kind(
        &["Police said chlorine gas is not dangerous in small amounts."],
        StatementKind::Denial,
    );
}

#[test]
fn police_or_an_unnamed_official_after_a_persons_news_is_not_that_person() {
    for (text, speaker) in [
        ("Mira Tal was arrested in Velsk, police said.", "police"),
        (
            "Luke Sorn was killed in Shabwa, a senior official said.",
            "official",
        ),
        (
            "Luke Sorn was killed in Shabwa, an official said.",
            "an official",
        ),
    ] {
        let found = news(text);
        assert_eq!(found[0].speaker.name, speaker, "{text}: {found:#?}");
        let c = found[0].content_spans[0];
        assert!(
            !text[c.start..c.end].contains("official"),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn an_event_that_befalls_a_person_is_about_the_person_not_the_place() {
    for (text, key) in [
        (
            "The army said rebel commander Masri was killed in an airstrike near Idlib.",
            "masri",
        ),
        (
            "Police said activist Ana Sorn was arrested at her home in Velsk.",
            "ana-sorn",
        ),
    ] {
        let found = news(text);
        assert_eq!(found[0].subject.key, key, "{text}: {found:#?}");
    }
    // An attack stays about where it happened.
    let found = news("The army said rebel commander Masri attacked a checkpoint near Idlib.");
    assert_eq!(found[0].subject.key, "idlib", "{found:#?}");
}

#[test]
fn a_denial_takes_no_event_from_its_speakers_own_words() {
    let found = news(
        "The group's leader dashed hopes for the release of 200 kidnapped girls, denying reports of a truce with the government.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_ne!(d.predicate_class.as_deref(), Some("attack"), "{found:#?}");
}

#[test]
fn a_spokesman_for_something_no_list_knows_speaks_for_it() {
    for (text, speaker) in [
        (
            "A spokesman for the plant said the reactor was shut down.",
            "plant",
        ),
        (
            "The spokesman for the Lund plant said the reactor was shut down.",
            "Lund plant",
        ),
        (
            "The reactor was shut down, a spokesman for the plant said.",
            "plant",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, speaker, "{text}: {found:#?}");
        assert_eq!(a.subject.key, "reactor", "{text}: {found:#?}");
    }
}

#[test]
fn a_role_named_after_a_person_in_its_sentence_is_someone_else() {
    for text in [
        "Omar Masri was killed in an airstrike, the spokesman said.",
        "Omar Masri said the town had fallen. Masri was killed in an airstrike, the spokesman said.",
    ] {
        let found = news(text);
        let last = found.last().expect("a statement");
        assert_eq!(last.speaker.name, "spokesman", "{text}: {found:#?}");
        assert_eq!(last.subject.key, "omar-masri", "{text}: {found:#?}");
    }
    // A spokesman named before the sentence is the one meant.
    let found = news(
        "Rebel spokesman Ali Brun spoke on Monday. Omar Masri was killed in an airstrike, the spokesman said.",
    );
    assert_eq!(found.last().unwrap().speaker.name, "Ali Brun", "{found:#?}");
}

#[test]
fn what_a_name_is_said_to_be_before_and_after_it_is_no_part_of_it() {
    for text in [
        "The group Ansar Deen, an ally of al-Qaeda, tweeted that the town had fallen.",
        "The rebel group Ansar Deen, an ally of al-Qaeda, said the town had fallen.",
    ] {
        let found = news(text);
        assert_eq!(found[0].speaker.name, "Ansar Deen", "{text}: {found:#?}");
    }
}

#[test]
fn a_label_of_fact_opens_a_first_person_posts_claim() {
    for text in [
        "TIL the Great Wall of China is visible from space with the naked eye.",
        "Fun fact: the Great Wall of China is visible from space.",
    ] {
        let found = social("factfan", text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, "factfan", "{text}: {found:#?}");
        assert_eq!(a.subject.key, "great-wall-of-china", "{text}: {found:#?}");
        let c = a.content_spans[0];
        assert!(
            text[c.start..c.end].starts_with("the Great"),
            "{text}: {found:#?}"
        );
    }
    // A name that starts like a label is a name.
    let found = news("Tilly said the bridge is closed.");
    assert_eq!(found[0].speaker.name, "Tilly", "{found:#?}");
}

#[test]
fn a_models_designation_is_not_what_a_claim_is_about() {
    for text in [
        "Rebels said they shot down a Su-25 jet over Avdiivka.",
        "Rebels said they shot down an F-16 over Avdiivka.",
    ] {
        let found = news(text);
        assert_eq!(found[0].subject.key, "avdiivka", "{text}: {found:#?}");
    }
    // A name with a number may still be the subject.
    let found = news("The Sunday Times reported that MI5 had identified the man.");
    assert_eq!(found[0].subject.key, "mi5", "{found:#?}");
}

#[test]
fn an_earthquake_striking_is_no_attack_and_an_alert_sent_in_error_is_retracted() {
    let found = news(
        "A magnitude 7.1 earthquake struck off the coast of Valdora, the seismology service said.",
    );
    assert_eq!(
        found[0].predicate_class.as_deref(),
        Some("earthquake"),
        "{found:#?}"
    );
    let found = news("The seismology service said the alert had been issued in error.");
    only(&found, StatementKind::Retraction);
    let found = news("The air force said no aircraft had been lost over Avdiivka.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(
        d.predicate_class.as_deref(),
        Some("destroyed"),
        "{found:#?}"
    );
}

#[test]
fn an_outlet_that_understands_or_has_learned_claims_what_it_found() {
    for (text, speaker) in [
        (
            "Chelsea are preparing a bid for striker Ivan Petrov, Sky Sports understands.",
            "Sky Sports",
        ),
        (
            "Chelsea are preparing a bid for striker Ivan Petrov, ESPN has learned.",
            "ESPN",
        ),
        (
            "ESPN has learned that Chelsea are preparing a bid for striker Ivan Petrov.",
            "ESPN",
        ),
        (
            "Seventy groups had collected $144 million, the fact checkers found.",
            "fact checkers",
        ),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.name, speaker, "{text}: {found:#?}");
    }
    // Learning something is not saying it.
    for text in [
        "When Ana Sorn learned that the bridge had collapsed, she drove to Lund.",
        "But, as we learned in Iowa, his lead could be tenuous.",
    ] {
        let found = news(text);
        assert!(
            found
                .iter()
                .all(|s| s.speaker.name != "Ana Sorn" && s.speaker.name != "we"),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn at_least_a_number_opens_what_was_said_not_an_adverbial() {
    let text = "At least 12 workers died in a fire at the Meridian Textiles factory in Gazipur, fire officials said.";
    let found = news(text);
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "fire officials", "{found:#?}");
    assert_eq!(a.subject.key, "meridian-textiles", "{found:#?}");
    assert_eq!(a.predicate_class.as_deref(), Some("death"), "{found:#?}");
    // "At least three times, …" still only says when.
    let found = news("At least three times, the army said the bridge had collapsed.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "army", "{found:#?}");
}

#[test]
fn a_country_that_says_it_did_something_is_what_it_claims_about() {
    let found =
        news("North Korea said it successfully tested a new hypersonic missile on Wednesday.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "North Korea", "{found:#?}");
    assert_eq!(a.subject.key, "north-korea", "{found:#?}");
}

#[test]
fn none_of_its_things_denies_and_is_about_the_body_that_owns_them() {
    for (text, subject) in [
        ("SkyJet said none of its planes had crashed.", "skyjet"),
        (
            "SkyJet said all of its aircraft are accounted for and that none of its planes had crashed.",
            "skyjet",
        ),
        ("Nexa Bank said its systems had not been hacked.", "nexa-bank"),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.subject.key, subject, "{text}: {found:#?}");
    }
    // An outlet reporting on "its" something reports on that thing.
    let text = "The plane was grounded after The New York Times reported that its registration had expired.";
    let found = news(text);
    assert!(
        found.iter().all(|s| s.subject.key != "new-york-times"),
        "{found:#?}"
    );
}

#[test]
fn an_accusation_that_names_no_one_is_about_the_body_accused() {
    for (text, subject) in [
        (
            "The government accused the opposition of paying protesters to riot in the capital.",
            "opposition",
        ),
        ("The army blamed the rebels for the massacre.", "rebel"),
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.subject.key, subject, "{text}: {found:#?}");
    }
    // Not a person accused by a pronoun.
    let found = news("The government accused him of paying protesters.");
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_friend_of_someone_relays_and_does_not_speak_for_them() {
    for text in [
        "Tom Reyes has split from Lina Park, a friend of the couple said.",
        "Tom Reyes has split from Lina Park, a friend of Reyes said.",
        "A friend of the couple said Tom Reyes had split from Lina Park.",
    ] {
        let found = news(text);
        let r = only(&found, StatementKind::Report);
        assert_eq!(r.subject.key, "tom-reyes", "{text}: {found:#?}");
        assert_ne!(r.speaker.party, "tom-reyes", "{text}: {found:#?}");
    }
    // A plural title before names joined by "and" is no part of them.
    let found =
        news("Actors Tom Reyes and Lina Park have split, a friend of the couple told Page Six.");
    let r = only(&found, StatementKind::Report);
    assert_eq!(r.subject.key, "tom-reyes", "{found:#?}");
}

#[test]
fn a_quotation_that_goes_on_denies_in_its_speakers_voice() {
    let text = "\"They are very much together,\" a spokesperson for the couple said. \"These rumours are completely false.\"";
    let found = news(text);
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "couple", "{found:#?}");
    // The rumours are somebody else's, not the spokesperson's.
    assert!(
        d.target.as_ref().is_some_and(|t| t.party.is_none()),
        "{found:#?}"
    );
}

#[test]
fn claims_called_a_fantasy_are_denied_and_a_genre_is_not() {
    let found = news("A spokesman for Ukraine's air force, Yuriy Ihnat, said the Russian claims were \"fantasy\".");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Yuriy Ihnat", "{found:#?}");
    none_of_kind(
        &[
            "The film is a Hollywood fantasy, written and directed by the Coen brothers, critics said.",
            "He said fantasy football had ruined his weekends.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn a_word_capitalised_only_to_open_a_post_names_nothing() {
    for (text, subject) in [
        (
            "Trading in Zentrix shares has been halted after the CEO was arrested, per my sources.",
            "zentrix",
        ),
        (
            "Huge explosion at the Kessler power plant, reactor on fire!!",
            "kessler",
        ),
    ] {
        let found = social("trader99", text);
        assert!(!found.is_empty(), "{text}");
        assert!(
            found.iter().all(|s| s.subject.key == subject),
            "{text}: {found:#?}"
        );
    }
    // A capital so spelt is still one.
    let found = news("Beijing on Monday denied that the Zentrix plant had closed.");
    assert!(
        found.iter().any(|s| s.speaker.name == "Beijing"),
        "{found:#?}"
    );
}

#[test]
fn no_evidence_that_a_substance_does_something_is_about_the_substance() {
    let found = news("The FDA said there is no evidence that ivermectin cures COVID-19.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "ivermectin", "{found:#?}");
    // Not a plural of people, whose claim is about the names after it.
    let found =
        news("Asiya Ummi Abdullah denied that children are unhappy under the rule of ISIS.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "isis", "{found:#?}");
}

#[test]
fn a_massacre_is_a_death_and_whoever_is_about_nobody() {
    let found = news("Rebels massacred 30 civilians in the village of Doma, the army said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("death"), "{found:#?}");
    assert_eq!(a.subject.key, "doma", "{found:#?}");
    let found = social("alanbrooks", "Whoever is spreading this is lying.");
    assert!(
        found.iter().all(|s| s.subject.key != "whoever"),
        "{found:#?}"
    );
}

#[test]
fn heard_opening_a_post_is_no_part_of_the_name_after_it() {
    let found = social(
        "traveler",
        "Heard Kelso airport is closed because of a bomb threat??",
    );
    assert!(!found.is_empty(), "{found:#?}");
    assert!(found.iter().all(|s| s.subject.key == "kelso"), "{found:#?}");
}

#[test]
fn a_person_dismissed_from_a_post_is_no_denial() {
    let texts = [
        "Defence minister Ivo Tarn has been dismissed, according to a post on Telegram.",
        "Coach Lena Berg was dismissed from her post on Monday, the club said.",
    ];
    none_of_kind(&texts, StatementKind::Denial);
    for text in texts {
        let found = news(text);
        assert!(
            found
                .iter()
                .any(|s| s.predicate_class.as_deref() == Some("resignation")),
            "{text}: {found:#?}"
        );
    }
    // (A claim dismissed still is.)
    let found = news("Ivo Tarn dismissed the reports as fake.");
    only(&found, StatementKind::Denial);
}

#[test]
fn a_city_named_by_what_it_is_speaks_for_the_place() {
    for (text, party) in [
        (
            "The city of Varna said there had been no chemical leak.",
            "varna",
        ),
        (
            "A chemical leak was reported in Varna. The city said there had been no evacuation.",
            "varna",
        ),
        (
            "The county said the Orsk bridge had not collapsed.",
            "county",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.party, party, "{text}: {found:#?}");
    }
    // (Not whom a place preposition's object is: the officials speak.)
    let found = news("Officials in the city said the Orsk bridge had not collapsed.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Officials", "{found:#?}");
}

#[test]
fn a_post_without_final_punctuation_is_still_sentences() {
    let text = "Is it true the Orsk bridge collapsed?? My brother drove over it an hour ago";
    let found = social("localguy", text);
    let q = only(&found, StatementKind::Question);
    assert_eq!(
        q.text, "Is it true the Orsk bridge collapsed??",
        "{found:#?}"
    );
    none_of_kind(&[text], StatementKind::Assertion);
    // (A headline's own punctuation keeps it one line: "U.S." is no end.)
    let found = news("U.S. Army denies Orsk bridge collapsed");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(
        d.text, "U.S. Army denies Orsk bridge collapsed",
        "{found:#?}"
    );
}

#[test]
fn pushing_back_on_claims_names_its_speaker_and_its_subject() {
    let text = "Greta Holm pushed back on claims that she plans to resign.";
    let found = news(text);
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "Greta Holm", "{found:#?}");
    assert_eq!(d.subject.key, "greta-holm", "{found:#?}");
    // (Asking somebody still says nothing: "pushed the council to deny".)
    let found = news("Greta Holm pushed the council to deny that the Orsk dam had burst.");
    assert!(
        found.iter().all(|s| s.speaker.name != "Greta Holm"),
        "{found:#?}"
    );
}

#[test]
fn a_speaker_who_said_that_she_did_something_is_the_subject() {
    let found = news("Lena Berg said that she had not been questioned by police.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "lena-berg", "{found:#?}");
}

#[test]
fn taking_bribes_is_bribery_not_a_capture() {
    for text in [
        "The mayor of Orsk took bribes from a construction firm, a newspaper alleged.",
        "The mayor of Orsk denied reports that he had taken bribes.",
    ] {
        let found = news(text);
        no_predicate_class(&found, "control_lost");
        assert!(
            found
                .iter()
                .any(|s| s.predicate_class.as_deref() == Some("bribery")),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_second_thing_said_that_none_had_crashed_denies() {
    let found = news(
        "SkyJet said all of its aircraft were accounted for and none of its planes had crashed.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "skyjet", "{found:#?}");
}

#[test]
fn a_workers_strike_that_ends_is_no_attack() {
    for text in [
        "Dockworkers at the port of Velsk have ended their strike, the union said.",
        "The dockworkers' union denied that the strike had ended.",
    ] {
        no_predicate_class(&news(text), "attack");
    }
}

#[test]
fn an_authors_there_is_no_denies_unless_it_is_an_idiom() {
    let found = social("parisfire", "There is no fire at the Eiffel Tower.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "eiffel-tower", "{found:#?}");
    for text in [
        "There is no excuse for this.",
        "There is no point to any of this.",
    ] {
        let found = social("someone", text);
        assert!(
            found.iter().all(|s| s.kind != StatementKind::Denial),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn an_authors_there_has_been_no_denies_after_another_sentence() {
    let found = social(
        "telvabank",
        "We are aware of claims circulating online. There has been no breach of our systems.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.predicate_class.as_deref(), Some("hack"), "{found:#?}");
}

#[test]
fn reports_of_her_death_denied_by_her_representatives_are_about_her() {
    for text in [
        "Mara Lind said reports of her death were a hoax.",
        "Representatives for Mara Lind said reports of her death were a hoax.",
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.subject.key, "mara-lind", "{text}: {found:#?}");
    }
    // (Not any "his" of a denial: this record is somebody else's.)
    let found = news("Butler was unable to confirm his arrest record.");
    assert!(
        found.iter().all(|s| s.subject.key != "butler"),
        "{found:#?}"
    );
}

#[test]
fn a_campaign_denying_he_was_quitting_is_about_its_candidate() {
    let found = news("Cole's campaign denied he was quitting.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "cole", "{found:#?}");
    assert_eq!(
        d.predicate_class.as_deref(),
        Some("resignation"),
        "{found:#?}"
    );
    let found = news("Senator Alan Cole will drop out of the presidential race, two aides said.");
    assert_eq!(
        found[0].predicate_class.as_deref(),
        Some("resignation"),
        "{found:#?}"
    );
}

#[test]
fn damaged_but_not_sunk_denies_the_sinking() {
    let found =
        news("Russia's defence ministry said the Novocherkassk was damaged but had not sunk.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "novocherkassk", "{found:#?}");
    // (A negated verb outside the lexicon's predicates denies nothing.)
    none_of_kind(
        &["Doyin Okupe said the government had agreed to concessions but did not give any details."],
        StatementKind::Denial,
    );
}

#[test]
fn whom_a_witness_told_ends_the_closing_attribution() {
    let found = news(
        "An explosion at a market in Osh was a terrorist attack, a witness told local television.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "witness", "{found:#?}");
    assert_eq!(a.subject.key, "osh", "{found:#?}");
}

#[test]
fn ruling_out_an_attack_denies_it_unless_negated() {
    some_of_kind(&["Police ruled out an attack."], StatementKind::Denial);
    none_of_kind(
        &[
            "Police have not ruled out foul play.",
            "Police said an attack cannot be ruled out.",
            "He said it is a mistake to rule out a nuclear test.",
        ],
        StatementKind::Denial,
    );
}

#[test]
fn another_fake_from_somebody_is_the_authors_denial() {
    let found = social("ua_gs", "This is another fake from the Russian ministry.");
    only(&found, StatementKind::Denial);
}

#[test]
fn an_authors_no_drones_were_launched_denies_the_attack() {
    let found = social("ua_gs", "No drones were launched at Belgorod.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "belgorod", "{found:#?}");
    assert_eq!(d.predicate_class.as_deref(), Some("attack"), "{found:#?}");
}

#[test]
fn flooding_is_a_flood_and_a_flood_of_calls_is_not() {
    let found = social(
        "newsflash24",
        "Massive flooding in Valencia right now, cars swept away in the city centre!",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("flood"), "{found:#?}");
    assert_eq!(a.subject.key, "valencia", "{found:#?}");
    for text in [
        "The minister said the office was flooded with calls.",
        "Reports flooded the media that the phone bends, the company said.",
    ] {
        no_predicate_class(&news(text), "flood");
    }
}

#[test]
fn a_country_is_no_he_so_he_is_the_person_named_before() {
    let found = news(
        "Igor Malkov appeared on state television on Tuesday, days after Ukraine claimed he had been killed.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Ukraine", "{found:#?}");
    assert_eq!(a.subject.key, "igor-malkov", "{found:#?}");
    // (A country's "it" is still the country.)
    let found = news("North Korea said it had tested a missile.");
    assert_eq!(found[0].subject.key, "north-korea", "{found:#?}");
}

#[test]
fn an_incumbent_is_a_title_before_a_name() {
    let found = news("Incumbent Paul Dorr claimed victory in Sunday's presidential election.");
    assert_eq!(found[0].speaker.name, "Paul Dorr", "{found:#?}");
    assert_eq!(found[0].subject.key, "paul-dorr", "{found:#?}");
}

#[test]
fn a_tunnel_open_as_normal_answers_one_closed_by_a_strike() {
    let found = social(
        "eurotunnel",
        "The Channel Tunnel is open and services are running as normal today.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("open_running"),
        "{found:#?}"
    );
    let found = news(
        "The Channel Tunnel will be closed all week because of the strike, a union official said.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("closure"), "{found:#?}");
}

#[test]
fn frozen_withdrawals_are_a_closure_and_working_normally_is_open() {
    let found = social(
        "cryptoinsider",
        "Binura exchange has frozen all customer withdrawals!",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("closure"), "{found:#?}");
    let found = social("binura", "Withdrawals are working normally.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("open_running"),
        "{found:#?}"
    );
}

#[test]
fn the_main_hospital_in_a_city_speaks_for_it() {
    let found = news("The main hospital in Mosul said 20 people had been killed.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "mosul", "{found:#?}");
}

#[test]
fn part_opening_a_sentence_is_no_name() {
    let found =
        news("Part of the Varna bridge collapsed into the river on Sunday, a witness said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "varna", "{found:#?}");
}

#[test]
fn a_lockdown_is_a_restriction_and_there_will_be_none_denies_it() {
    let found = social(
        "newsbot",
        "Government announces nationwide lockdown from Monday",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("restriction"),
        "{found:#?}"
    );
    let found = social(
        "govspokes",
        "There will be no lockdown. Please ignore the fake messages circulating on WhatsApp.",
    );
    let d = found
        .iter()
        .find(|s| s.kind == StatementKind::Denial && s.text.starts_with("There will be"))
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(
        d.predicate_class.as_deref(),
        Some("restriction"),
        "{found:#?}"
    );
}

#[test]
fn a_ceo_who_remains_our_ceo_is_in_office() {
    let found = social("orvomotors", "This is not true. Dana Pike remains our CEO.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("in_office"),
        "{found:#?}"
    );
    assert_eq!(a.subject.key, "dana-pike", "{found:#?}");
}

#[test]
fn whom_his_family_speaks_for_may_be_the_subject() {
    let found =
        news("Journalist Evan Holt has been released from prison in Minsk, his family said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "evan-holt", "{found:#?}");
    let found = news("Belarusian authorities said Holt remained in custody.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("arrest"), "{found:#?}");
}

#[test]
fn a_fire_under_control_is_no_place_taken() {
    for text in [
        "The fire at the Halvik refinery is under control, the fire department said.",
        "Officials said the blaze was brought under control overnight.",
        "The situation is now under control, the governor said.",
    ] {
        no_predicate_class(&news(text), "control_lost");
    }
    // A place under somebody's control still is.
    let found = news("The army said the town of Kesra was under the control of rebels.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("control_lost"),
        "{found:#?}"
    );
}

#[test]
fn an_evacuation_ordered_is_a_disruption() {
    let found = news(
        "Authorities ordered the evacuation of the coastal town of Marren ahead of the storm, state radio reported.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("disruption"),
        "{found:#?}"
    );
    assert_eq!(a.subject.key, "marren", "{found:#?}");
}

#[test]
fn an_embassy_in_a_city_speaks_for_its_own_country() {
    let found = news("The British embassy in Bamako said the ambassador had not been expelled.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.name, "British embassy", "{found:#?}");
    assert_eq!(d.speaker.party, "united-kingdom", "{found:#?}");
    let found = news("The US embassy in Kyiv said five people had been killed.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.party, "united-states", "{found:#?}");
    assert_eq!(a.subject.key, "kyiv", "{found:#?}");
    // A group named by its place alone still speaks for the place.
    let found = news("Police in Lagos denied that the ambassador had been expelled.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "lagos", "{found:#?}");
}

#[test]
fn a_participle_phrase_after_the_topic_does_not_hide_it() {
    let found = news("The concert planned for Monday has been called off, the organisers said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "concert", "{found:#?}");
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("cancellation"),
        "{found:#?}"
    );
}

#[test]
fn remaining_in_ones_post_is_in_office() {
    let found = social(
        "olegrusin",
        "Reports of my resignation are false. I remain in my post and continue to work.",
    );
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("in_office"),
        "{found:#?}"
    );
}

#[test]
fn a_person_dismissed_loses_a_post_and_denies_nothing() {
    let found = news("Ruth Keller was dismissed as chief executive on Monday, the company said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("resignation"),
        "{found:#?}"
    );
    assert_eq!(a.subject.key, "ruth-keller", "{found:#?}");
    let found = news("Novalink said Ruth Keller had not been dismissed.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(
        d.predicate_class.as_deref(),
        Some("resignation"),
        "{found:#?}"
    );
    // Claims dismissed are still denied.
    let found = news("The claims were dismissed as false by the ministry.");
    only(&found, StatementKind::Denial);
}

#[test]
fn a_time_word_after_an_event_denied_is_not_part_of_it() {
    let found = social("quakewatch", "There was no earthquake today.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "earthquake", "{found:#?}");
}

#[test]
fn an_event_that_opens_the_clause_yields_to_what_it_did() {
    let found = news("The rocket attack on Base Tora killed three soldiers, the militants said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("death"), "{found:#?}");
    // Not a noun that only modifies another ("arrest warrants").
    let found =
        news("Police said the outstanding arrest warrants against Rodney Cole could be executed.");
    no_predicate_class(&found, "death");
}

#[test]
fn our_earlier_post_is_the_authors() {
    let found = social(
        "wirebot",
        "Correction: our earlier post said 12 people were killed in the Dorvo blast.",
    );
    let r = only(&found, StatementKind::Retraction);
    assert_eq!(r.speaker.name, "wirebot", "{found:#?}");
}

#[test]
fn what_was_said_before_told_whom_adding_is_what_was_said() {
    let found = news(
        "Jay Kross has not been arrested, his representative told Billboard, adding that the rapper was at home in Atlanta.",
    );
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.subject.key, "jay-kross", "{found:#?}");
    assert_eq!(d.predicate_class.as_deref(), Some("arrest"), "{found:#?}");
}

#[test]
fn a_medium_named_after_its_kind_speaks_by_its_name() {
    for text in [
        "President Emile Duran has resigned, according to Spanish daily El Pais.",
        "President Emile Duran has resigned, said Spanish daily El Pais.",
    ] {
        let found = news(text);
        let a = only(&found, StatementKind::Assertion);
        assert_eq!(a.speaker.party, "el-pais", "{text}: {found:#?}");
    }
    let found =
        news("President Emile Duran has resigned, according to British newspaper The Guardian.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.party, "guardian", "{found:#?}");
}

#[test]
fn a_handle_without_its_at_sign_is_still_a_handle() {
    let found = social("ivotarn.bsky.social", "I am not resigning.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "ivotarn", "{found:#?}");
    // A name with full stops is no handle.
    let found = social("J.D. Marsh", "I am not resigning.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.speaker.party, "j-marsh", "{found:#?}");
}

#[test]
fn a_video_released_or_denials_fired_off_are_no_release_or_dismissal() {
    let found = news("A video released by the rebels shows the bridge at Kesra, the army said.");
    no_predicate_class(&found, "released");
    let found = news("The ministry fired back, saying the report was categorically false.");
    no_predicate_class(&found, "resignation");
}

#[test]
fn islamic_state_is_a_group_and_a_monitoring_group_speaks() {
    let found = news("Islamic State has captured the town of Kesra, a monitoring group said.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.subject.key, "kesra", "{found:#?}");
    assert!(
        a.other_subjects.iter().any(|o| o.key == "islamic-state"),
        "{found:#?}"
    );
    assert_eq!(a.speaker.name, "monitoring group", "{found:#?}");
}

#[test]
fn border_guards_speak_and_a_peoples_name_is_its_states_party() {
    let found = news("Velskan border guards said the crossing at Tarsk remained open.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.name, "Velskan border guards", "{found:#?}");
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("open_running"),
        "{found:#?}"
    );
    // A people's name read as a place ("Russian border") keys its state,
    // as "Russian officials" and "the US" do.
    let guards = news("Russian border guards said the crossing at Tarsk remained open.");
    let officials = news("Russian officials said the crossing at Tarsk remained open.");
    assert_eq!(
        only(&guards, StatementKind::Assertion).speaker.party,
        only(&officials, StatementKind::Assertion).speaker.party,
        "{guards:#?} {officials:#?}"
    );
    let found = news("The US said the crossing at Tarsk remained open.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.speaker.party, "united-states", "{found:#?}");
    // The party a denial targets is keyed the same way.
    let found = news("Velsk rejected the US claim that its drone was shot down.");
    let d = only(&found, StatementKind::Denial);
    let target = d.target.as_ref().and_then(|t| t.party.as_deref());
    assert_eq!(target, Some("united-states"), "{found:#?}");
}

#[test]
fn detaining_someone_is_an_arrest() {
    let found = news("Tarsk police denied detaining the journalist Mira Holt.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.predicate_class.as_deref(), Some("arrest"), "{found:#?}");
}

#[test]
fn a_business_name_without_its_ending_word_is_its_base_unless_a_state() {
    use claimwatch_extract::business_base;
    assert_eq!(business_base("silvergate-bank"), Some("silvergate"));
    assert_eq!(business_base("kestrel-airways"), Some("kestrel"));
    // A state's airline is not the state, a club not its city.
    assert_eq!(business_base("qatar-airways"), None);
    assert_eq!(business_base("turkish-airlines"), None);
    assert_eq!(business_base("manchester-city"), None);
    assert_eq!(business_base("silvergate"), None);
}

#[test]
fn troops_that_still_control_a_town_hold_it() {
    let found = news("Velsk's defence ministry said its troops still control Tarsk.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(
        a.predicate_class.as_deref(),
        Some("control_held"),
        "{found:#?}"
    );
    assert_eq!(a.subject.key, "tarsk", "{found:#?}");
}

#[test]
fn recalling_a_product_is_a_recall_and_recalling_a_memory_is_speech() {
    let found = news("Calvora has recalled its flu vaccine, the regulator said.");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.predicate_class.as_deref(), Some("recall"), "{found:#?}");
    assert_eq!(s.subject.key, "calvora");
    let found = news("Calvora said it had not recalled any vaccine.");
    let d = only(&found, StatementKind::Denial);
    assert_eq!(d.predicate_class.as_deref(), Some("recall"), "{found:#?}");
    // "recalled that …" is still a verb of saying.
    let found = news("The former minister recalled that the border had been closed for a week.");
    let s = only(&found, StatementKind::Assertion);
    assert_eq!(s.speaker.name, "minister", "{found:#?}");
    no_predicate_class(&found, "recall");
}

/// The one assertion in the news text of each case has this speaker name
/// and party: `(text, name, party)`.
fn assert_speakers(cases: &[(&str, &str, &str)]) {
    for &(text, name, party) in cases {
        let found = news(text);
        let s = only(&found, StatementKind::Assertion);
        assert_eq!(
            (s.speaker.name.as_str(), s.speaker.party.as_str()),
            (name, party),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_state_body_named_of_its_state_speaks_for_it_and_other_names_of_a_state_do_not() {
    // "X of the Y of Z": the phrase before "of the" is the subject's head,
    // and a state's body named "of" the state speaks as that state does
    // ("Russia's defence ministry").
    assert_speakers(&[
        (
            "The General Staff of the Armed Forces of Ukraine said the attack near Kupiansk was repelled.",
            "General Staff of the Armed Forces of Ukraine",
            "ukraine",
        ),
        (
            "The Ministry of Defence of the Russian Federation said the attack near Kupiansk was repelled.",
            "Ministry of Defence of the Russian Federation",
            "russia",
        ),
        (
            "Russia's defence ministry said the attack near Kupiansk was repelled.",
            "Russia's defence ministry",
            "russia",
        ),
        // ("general staff" is one body, not a general and his staff.)
        (
            "Ukraine's general staff said the attack near Kupiansk was repelled.",
            "Ukraine's general staff",
            "ukraine",
        ),
        // Not a newspaper or a movement named for a state.
        (
            "The Times of Israel said the attack near Kupiansk was repelled.",
            "Times of Israel",
            "times-of-israel",
        ),
        (
            "The National Resistance Front of Afghanistan said the attack near Kupiansk was repelled.",
            "National Resistance Front of Afghanistan",
            "national-resistance-front-of-afghanistan",
        ),
    ]);
}

#[test]
fn the_field_of_an_office_names_no_side_and_a_state_before_it_does() {
    // "Foreign", "security", "health" qualify an office: the state named
    // before them is the speaker's side; with none, the speaker is keyed by
    // name. A body whose name holds a field ("Homeland Security") stays
    // itself.
    assert_speakers(&[
        (
            "Russian Foreign Minister Sergei Vatutin said the convoy had crossed the border.",
            "Sergei Vatutin",
            "russia",
        ),
        (
            "Foreign Minister Sergei Vatutin said the convoy had crossed the border.",
            "Sergei Vatutin",
            "sergei-vatutin",
        ),
        (
            "Lebanese security officials said the convoy had crossed the border.",
            "Lebanese security officials",
            "lebanon",
        ),
        (
            "Homeland Security Secretary Dana Kole said the convoy had crossed the border.",
            "Dana Kole",
            "homeland-security",
        ),
        // (A named office still speaks as itself.)
        (
            "The Foreign Secretary said the convoy had crossed the border.",
            "Foreign secretary",
            "foreign-secretary",
        ),
    ]);
}

#[test]
fn a_negator_that_opens_the_subject_denies_the_verb_after_it() {
    // "Not a single protester was killed": the negator is further from the
    // verb than four words, as "no" may be.
    denies_only(&[
        "\"Not a single protester was killed in Dhaka,\" the minister told reporters.",
        "The minister said not a single protester was killed in Dhaka.",
        "Hospital management said no single patient was harmed in Dhaka.",
    ]);
    let found = news("Hospital management denied that the ward in Dhaka was closed.");
    assert_eq!(
        only(&found, StatementKind::Denial).speaker.name,
        "Hospital management"
    );
}

#[test]
fn a_speaker_no_list_knows_is_named_by_the_ending_of_its_head() {
    // "registrar", "auditor", "headteacher": no list of roles is complete,
    // but a head that names who does something speaks before or after a
    // verb of saying.
    for (text, name) in [
        (
            "The registrar said no ballots had been destroyed.",
            "registrar",
        ),
        (
            "The county auditor denied that the fund had collapsed.",
            "county auditor",
        ),
        (
            "No ballots were destroyed, said the county registrar.",
            "county registrar",
        ),
        (
            "No ballots were destroyed, according to the county registrar.",
            "county registrar",
        ),
        (
            "A commissioner told reporters that no ballots had been destroyed.",
            "commissioner",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, name, "{text}: {d:#?}");
    }
    // Not the object of a preposition, nor a noun that names no one, nor
    // an anonymous source.
    for (text, not) in [
        (
            "People who live near the crater told local media they heard a blast.",
            "crater",
        ),
        ("The number said to have died rose to 40.", "number"),
        (
            "The militiamen responded with artillery, the official added.",
            "militiamen",
        ),
        ("An insider said the story was bunk.", "insider"),
    ] {
        let found = news(text);
        assert!(
            found.iter().all(|s| s.speaker.name != not),
            "{text}: {found:#?}"
        );
    }
}

#[test]
fn a_title_or_a_names_agent_speaks_as_the_head_of_its_phrase() {
    // A title no list of roles holds ("coach"), and a head named by its
    // ending after a name's possessive ("Ada Kole's coach").
    for (text, name) in [
        ("The coach said the match had not been cancelled.", "coach"),
        // (No participle for its "-ing".)
        ("The king said the match had not been cancelled.", "king"),
        (
            "Ada Kole's coach said the race had not been cancelled.",
            "Ada Kole's coach",
        ),
        (
            "Tomas Brun's groundsman said the pitch had not been damaged.",
            "Tomas Brun's groundsman",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, name, "{text}: {d:#?}");
    }
}

#[test]
fn a_site_named_by_its_name_and_lowercase_head_speaks() {
    // "Tarsk airport said", not only "The Tarsk airport said"; and the
    // officials at it speak for it. Not a lowercase word before the name:
    // "officials in the western Anbar province" are no province.
    for (text, name, party) in [
        (
            "Tarsk airport said there had been no crash.",
            "Tarsk airport",
            "tarsk",
        ),
        (
            "Port Velda airport said there had been no crash.",
            "Port Velda airport",
            "port-velda",
        ),
        (
            "Officials at Tarsk airport said there had been no crash.",
            "Tarsk airport officials",
            "tarsk",
        ),
    ] {
        let found = news(text);
        let d = only(&found, StatementKind::Denial);
        assert_eq!(d.speaker.name, name, "{text}: {d:#?}");
        assert_eq!(d.speaker.party, party, "{text}: {d:#?}");
    }
    let text =
        "Iraqi officials in the western Anbar province said a curfew has been imposed in Ramadi.";
    let found = news(text);
    assert!(
        found.iter().all(|s| !s.speaker.name.contains("province")),
        "{found:#?}"
    );
}

#[test]
fn an_event_that_would_go_ahead_is_going_ahead() {
    let found = news("The promoter said the concert would go ahead.");
    let a = only(&found, StatementKind::Assertion);
    assert_eq!(a.predicate_class.as_deref(), Some("going_ahead"), "{a:#?}");
}
