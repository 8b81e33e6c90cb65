//! Properties of the extractor on arbitrary input: it never panics, every
//! span lies inside the text on char boundaries, and output is deterministic.

use claimwatch_extract::{extract_with, TextOptions};
use proptest::prelude::*;

/// Text built from words and punctuation the extractor reacts to, so that
/// random inputs reach the deep paths (quotes, cues, names, parentheses).
fn newsy() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "said",
        "denied",
        "the",
        "Taliban",
        "NRFA",
        "(NRFA)",
        "claimed",
        "that",
        "\"",
        "“",
        "”",
        "'",
        "''",
        "‘",
        "’",
        ",",
        ".",
        "?",
        ";",
        ":",
        "\n\n",
        "according to",
        "reports",
        "Panjshir",
        "province",
        "was",
        "captured",
        "not",
        "false",
        "he",
        "she",
        "who",
        "saying",
        "Mr.",
        "Gen.",
        "spokesman",
        "'s",
        "’s",
        "é",
        "e\u{301}",
        "\u{200B}",
        "&amp;",
        "🙂",
        "Kandahar",
        "fell",
        "retracted",
        "confirmed",
        "did not deny",
        "—",
        "-",
        "(",
        ")",
        // (Cue words glued to a symbol, as hashtags and handles are: a cue
        // that starts inside the text's last token once panicked.)
        "#RIP",
        "#fake",
        "@denied",
        "#captured",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.join(" "))
}

fn check(text: &str, opts: &TextOptions<'_>) {
    let a = extract_with(text, opts);
    let b = extract_with(text, opts);
    assert_eq!(a, b, "non-deterministic output");
    let cleaned = claimwatch_model::text::clean(text);
    let limit = cleaned.chars().count() + opts.title.map_or(0, |t| t.chars().count()) + 2;
    for s in &a {
        let spans = std::iter::once(s.span)
            .chain(s.cue_span)
            .chain(s.content_spans.iter().copied())
            .chain(s.speaker.span)
            .chain(s.subject.span);
        for sp in spans {
            assert!(
                sp.start <= sp.end && sp.end <= limit,
                "span {sp:?} outside text of {limit} chars"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_arbitrary_utf8(text in any::<String>()) {
        check(&text, &TextOptions::default());
    }

    #[test]
    fn never_panics_on_newsy_text(text in newsy(), title in prop::option::of(newsy()), first_person in any::<bool>()) {
        let opts = TextOptions { title: title.as_deref(), author: Some("author"), first_person, keep_all: first_person, ..Default::default() };
        check(&text, &opts);
    }

    #[test]
    fn statement_spans_slice_the_text(text in newsy()) {
        let cleaned = claimwatch_model::text::clean(&text);
        let chars: Vec<char> = cleaned.chars().collect();
        for s in extract_with(&text, &TextOptions::default()) {
            prop_assert_eq!(s.field, "text");
            let slice: String = chars[s.span.start..s.span.end].iter().collect();
            prop_assert_eq!(slice, s.text.clone());
        }
    }
}
