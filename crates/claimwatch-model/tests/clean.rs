//! Properties of text hygiene on arbitrary input, and on input built from
//! the characters its fast paths treat specially (combining marks after
//! ASCII letters, curly quotes, hidden controls, entities, line ends).

use claimwatch_model::text::{clean, is_hidden_control};
use proptest::prelude::*;
use unicode_normalization::is_nfc;

fn tricky() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "e",
        "E",
        " ",
        "\n",
        "\r\n",
        "\r",
        "\t",
        "&amp;",
        "&lt;",
        "&#8220;",
        "\u{301}",
        "\u{327}",
        "\u{316}",
        "\u{300}",
        "“",
        "”",
        "’",
        "\u{200B}",
        "\u{202E}",
        "\u{FEFF}",
        "\u{A0}",
        "é",
        "\u{2000}",
        "\u{212B}",
        "Å",
        "ḱ",
        "\u{1E0A}\u{323}",
        "\x7f",
        "\u{1}",
        "한",
        "\u{1100}\u{1161}",
    ]);
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn check(text: &str) -> Result<(), TestCaseError> {
    let out = clean(text);
    prop_assert!(is_nfc(&out), "not NFC: {:?} -> {:?}", text, out);
    prop_assert_eq!(clean(&out), out.clone(), "not idempotent on {:?}", text);
    prop_assert!(
        !out.chars().any(is_hidden_control),
        "hidden control left in {:?}",
        out
    );
    prop_assert!(!out.contains('\r'), "carriage return left in {:?}", out);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn clean_is_nfc_idempotent_and_hides_nothing(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn clean_handles_its_special_characters(text in tricky()) {
        check(&text)?;
    }
}
