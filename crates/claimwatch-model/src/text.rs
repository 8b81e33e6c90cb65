//! Text hygiene shared by the fetcher (which cleans what it publishes) and
//! the extractor (which cleans what it is given, so that `claimwatch
//! extract` on a raw file behaves like the pipeline).

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

/// True for characters that are invisible and only serve to hide or reorder
/// text: zero-width characters, bidi controls, the BOM and C0/C1 controls
/// other than newline and tab.
pub fn is_hidden_control(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
    ) || (c.is_control() && c != '\n' && c != '\t')
}

/// Decodes HTML entities, removes hidden controls, turns `\r\n` and `\r`
/// into `\n`, non-breaking spaces into spaces, and normalises to NFC.
/// Idempotent: `clean(clean(x)) == clean(x)`.
pub fn clean(input: &str) -> String {
    clean_cow(input).into_owned()
}

/// [`clean`], borrowing the input when nothing in it changes (most text:
/// the extractor then copies no document).
pub fn clean_cow(input: &str) -> Cow<'_, str> {
    // Plain printable ASCII (most feed text) has nothing to decode, remove
    // or compose.
    // (One search for '&', used twice; the memchr crate's, which reads many
    // bytes at a time.)
    let entities = memchr::memchr(b'&', input.as_bytes()).is_some();
    if !entities && input.bytes().all(ordinary_ascii) {
        return Cow::Borrowed(input);
    }
    let decoded: Cow<'_, str> = if entities {
        html_escape::decode_html_entities(input)
    } else {
        Cow::Borrowed(input)
    };
    // Copy runs of ordinary characters whole, into a new string made at
    // the first character that changes (none in most text); only those
    // few characters are handled one by one. ASCII bytes are checked
    // without decoding.
    let mut out: Option<String> = None;
    let bytes = decoded.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Sixteen ordinary ASCII bytes at a time (a branch-free test the
        // compiler vectorises): most of any text.
        while let Some(chunk) = bytes.get(i..i + 16) {
            if !chunk.iter().fold(true, |all, &b| all & ordinary_ascii(b)) {
                break;
            }
            i += 16;
        }
        let Some(&b) = bytes.get(i) else {
            break;
        };
        let (c, width) = if b < 0x80 {
            if ordinary_ascii(b) {
                i += 1;
                continue;
            }
            (b as char, 1)
        } else {
            let c = decoded[i..].chars().next().unwrap_or('\u{fffd}');
            if !(matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}') || is_hidden_control(c)) {
                i += c.len_utf8();
                continue;
            }
            (c, c.len_utf8())
        };
        let out = out.get_or_insert_with(|| String::with_capacity(decoded.len()));
        out.push_str(&decoded[run..i]);
        run = i + width;
        match c {
            // "\r\n" and "\r" are line ends.
            '\r' if bytes.get(i + 1) != Some(&b'\n') => out.push('\n'),
            '\u{00A0}' | '\u{2007}' | '\u{202F}' => out.push(' '),
            _ => {}
        }
        i += width;
    }
    let stripped: Cow<'_, str> = match out {
        Some(mut out) => {
            out.push_str(&decoded[run..]);
            Cow::Owned(out)
        }
        None => decoded,
    };
    // Most text is already NFC: check cheaply before composing. ASCII
    // characters are starters that never change, so the check looks at the
    // others only (skipping a starter can only make it stricter).
    let nfc: Cow<'_, str> = if stripped.is_ascii()
        || unicode_normalization::is_nfc_quick(non_ascii_chars(&stripped))
            == unicode_normalization::IsNormalized::Yes
    {
        stripped
    } else {
        Cow::Owned(stripped.nfc().collect())
    };
    // Decoding may have produced a new '&' sequence (`&amp;lt;`); one more
    // round keeps the function idempotent without decoding twice in general.
    if entities
        && memchr::memchr(b'&', nfc.as_bytes()).is_some()
        && html_escape::decode_html_entities(&nfc) != nfc
    {
        return Cow::Owned(clean(&nfc));
    }
    nfc
}

/// A printable ASCII byte, newline or tab: kept as it is.
fn ordinary_ascii(b: u8) -> bool {
    (0x20..0x7F).contains(&b) || b == b'\n' || b == b'\t'
}

/// The characters of `s` outside ASCII, found without decoding the ASCII
/// bytes between them.
fn non_ascii_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(chunk) = bytes.get(i..i + 16) {
            if chunk.iter().fold(0, |any, &b| any | b) >= 0x80 {
                break;
            }
            i += 16;
        }
        while i < bytes.len() && bytes[i] < 0x80 {
            i += 1;
        }
        let c = s.get(i..)?.chars().next()?;
        i += c.len_utf8();
        Some(c)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrows_what_needs_no_change_and_agrees_with_clean() {
        for text in ["plain ascii", "“curly” quotes — and dashes", "café"] {
            assert!(matches!(clean_cow(text), Cow::Borrowed(_)), "{text}");
        }
        for text in ["a\u{00A0}b", "x &amp; y", "e\u{301}", "a\r\nb", "z\u{200B}"] {
            let cleaned = clean_cow(text);
            assert!(matches!(cleaned, Cow::Owned(_)), "{text}");
            assert_eq!(cleaned, clean(text), "{text}");
        }
    }

    #[test]
    fn removes_hidden_and_decodes() {
        assert_eq!(clean("a\u{200B}b &amp; c\r\nd\u{202E}"), "ab & c\nd");
        assert_eq!(clean("e\u{301}"), "\u{e9}");
    }

    #[test]
    fn finds_what_to_change_at_any_offset() {
        // The scan skips ordinary ASCII sixteen bytes at a time: what must
        // change is found wherever it falls in or across those blocks.
        let ascii = "The ministry said the bridge was intact and open.";
        for at in 0..=ascii.len() {
            let (a, b) = ascii.split_at(at);
            assert_eq!(clean(&format!("{a}\u{200B}{b}")), ascii, "at {at}");
            assert_eq!(clean(&format!("{a}\u{7}{b}")), ascii, "at {at}");
            assert_eq!(clean(&format!("{a}\r{b}")), format!("{a}\n{b}"), "at {at}");
            assert_eq!(
                clean(&format!("{a}\u{A0}{b}")),
                format!("{a} {b}"),
                "at {at}"
            );
            assert_eq!(
                clean(&format!("{a}e\u{301}{b}")),
                format!("{a}\u{e9}{b}"),
                "at {at}"
            );
            let curly = format!("{a}\u{2019}{b}");
            assert_eq!(clean(&curly), curly, "at {at}");
        }
    }

    #[test]
    fn idempotent_on_nested_entities() {
        let once = clean("&amp;amp;lt;");
        assert_eq!(clean(&once), once);
    }
}
