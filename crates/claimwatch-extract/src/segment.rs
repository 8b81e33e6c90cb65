//! Splitting text into units (headlines and sentences), clauses and tokens.
//! Every range is a byte range into the document and lies on char
//! boundaries.

use std::ops::Range;

/// A headline or a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub range: Range<usize>,
    /// A short line without final punctuation, standing on its own.
    pub headline: bool,
}

/// A word or a punctuation mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok<'a> {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// The token lowercased (the analysis compares it often): a slice of
    /// the document's lowercase copy ([`lowercase_doc`]), made once per
    /// document, so that no token copies or allocates its own.
    pub lower: &'a str,
    /// A word that starts with an uppercase letter: asked of most tokens
    /// many times over, so decided once here.
    pub capitalised: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    Word,
    /// The possessive `'s` split off a word.
    Possessive,
    Punct(char),
}

impl Tok<'_> {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        &doc[self.start..self.end]
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }
    /// Starts with an uppercase letter (or is a number-free acronym).
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }
    /// A number written in digits ("95", "1,409").
    pub fn is_number(&self, doc: &str) -> bool {
        self.is_word()
            && self
                .text(doc)
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',')
    }
    /// Two or more letters, all uppercase (`NRFA`, `UN`).
    pub fn is_acronym(&self, doc: &str) -> bool {
        let t = self.text(doc);
        self.is_word() && t.chars().count() >= 2 && t.chars().all(|c| c.is_uppercase())
    }
}

/// The document lowercased with every character at the same byte offset,
/// so that a token's lowercase form is the same range of this copy: ASCII
/// by a byte table, other characters when their lowercase is one character
/// of the same UTF-8 length (nearly all; "İ", whose lowercase is longer,
/// stays as it is).
pub fn lowercase_doc(doc: &str) -> String {
    let mut out = doc.to_ascii_lowercase();
    // The few characters beyond ASCII, one by one (most are quotes and
    // dashes, their own lowercase).
    let mut i = 0;
    while let Some(at) = next_non_ascii(doc.as_bytes(), i) {
        let c = doc[at..].chars().next().unwrap_or('\u{fffd}');
        let width = c.len_utf8();
        let mut low = c.to_lowercase();
        if let (Some(l), None) = (low.next(), low.next()) {
            if l != c && l.len_utf8() == width {
                out.replace_range(at..at + width, l.encode_utf8(&mut [0; 4]));
            }
        }
        i = at + width;
    }
    out
}

/// Where the next byte beyond ASCII is, from `from` on: sixteen ASCII bytes
/// at a time, as most text is.
pub(crate) fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 16) {
        if !chunk.is_ascii() {
            break;
        }
        i += 16;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| b >= 0x80)
        .map(|k| i + k)
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "st", "sen", "rep", "gov", "jr", "sr", "inc",
    "ltd", "co", "corp", "vs", "no", "prof", "capt", "sgt", "maj", "mt", "ft", "jan", "feb", "aug",
    "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "etc", "approx", "dept", "del", "rev",
    "adm", "amb", "atty", "sens", "reps",
];

fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '«' | '„')
}

/// Splits a document into headlines and sentences.
pub fn units(doc: &str) -> Vec<Unit> {
    Units::new(doc).collect()
}

/// A document's headlines and sentences, one paragraph at a time: a reader
/// that stops early (the analysis, past the last cue that can make a
/// claim) does not segment the rest.
pub struct Units<'a> {
    doc: &'a str,
    /// Where the next line starts.
    pos: usize,
    /// The units of the paragraph being read (one buffer for all) and the
    /// next of them to hand out.
    buf: Vec<Unit>,
    next: usize,
}

impl<'a> Units<'a> {
    pub fn new(doc: &'a str) -> Self {
        Units {
            doc,
            pos: 0,
            buf: Vec::with_capacity(16),
            next: 0,
        }
    }

    /// The next paragraph (a run of non-blank lines), or None at the end.
    fn next_paragraph(&mut self) -> Option<Range<usize>> {
        let doc = self.doc;
        let mut start: Option<usize> = None;
        while self.pos < doc.len() {
            // (Lines found by the memchr crate, many bytes at a time.)
            let end = memchr::memchr(b'\n', &doc.as_bytes()[self.pos..])
                .map_or(doc.len(), |k| self.pos + k + 1);
            let blank = doc[self.pos..end].trim().is_empty();
            if blank {
                if let Some(s) = start {
                    let r = s..self.pos;
                    self.pos = end;
                    return Some(r);
                }
            } else if start.is_none() {
                start = Some(self.pos);
            }
            self.pos = end;
        }
        start.map(|s| s..doc.len())
    }
}

impl Iterator for Units<'_> {
    type Item = Unit;

    fn next(&mut self) -> Option<Unit> {
        loop {
            if let Some(u) = self.buf.get(self.next) {
                self.next += 1;
                return Some(u.clone());
            }
            let r = self.next_paragraph()?;
            self.buf.clear();
            self.next = 0;
            paragraph(self.doc, r, &mut self.buf);
        }
    }
}

fn trim_range(doc: &str, r: Range<usize>) -> Range<usize> {
    let s = &doc[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail >= s.len() {
        return r.start..r.start;
    }
    r.start + lead..r.end - trail
}

fn paragraph(doc: &str, r: Range<usize>, out: &mut Vec<Unit>) {
    let r = trim_range(doc, r);
    // A wire dateline is where the story was filed, not part of its first
    // sentence (nor its speaker, nor a name a later "the military" could
    // refer to).
    let r = r.start + dateline_len(&doc[r.clone()])..r.end;
    let text = &doc[r.clone()];
    if text.is_empty() {
        return;
    }
    let single_line = memchr::memchr(b'\n', text.as_bytes()).is_none();
    let last = text.chars().last().unwrap_or('.');
    if single_line
        && !matches!(
            last,
            '.' | '!' | '?' | '"' | '”' | '\'' | '’' | ')' | ':' | ','
        )
        && text.split_whitespace().nth(24).is_none()
        && !ends_a_sentence_inside(text)
    {
        out.push(Unit {
            range: r,
            headline: true,
        });
        return;
    }
    sentences(doc, r, out);
}

/// Whether a line holds a sentence's end before its own: a question or
/// exclamation mark, or a full stop after a word of three or more
/// lowercase letters, then a space and a capital ("Is it true the bridge
/// collapsed?? My brother drove over it", "The bridge is gone. Stay
/// safe"). A social post without final punctuation is then sentences, not
/// one headline.
fn ends_a_sentence_inside(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'.', b'!', b'?', b).any(|i| {
        let mut e = i + 1;
        while e < b.len() && matches!(b[e], b'.' | b'!' | b'?') {
            e += 1;
        }
        let after = &text[e..];
        let capital_after =
            after.starts_with(' ') && after[1..].starts_with(|c: char| c.is_uppercase());
        let word_before = text[..i]
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.len() >= 3 && w.chars().all(|c| c.is_lowercase()));
        capital_after && (b[i] != b'.' || word_before)
    })
}

/// The length of a wire dateline opening a paragraph, with its dash and
/// the space after it: "KYIV (Reuters) - ", "NEW YORK, Dec. 14 (UPI) — ",
/// "Mexico City (AFP) – ", "LONDON — ". A dateline is short and either
/// names its agency in parentheses right before the dash, or opens with a
/// place in capitals ("WASHINGTON, May 3 — "); "Jason Sims — a teacher —"
/// is none. 0 when there is none.
fn dateline_len(text: &str) -> usize {
    const LONGEST: usize = 60;
    // "BREAKING: ", "JUST IN - ", "Fun fact: ", "TIL ": a label of the
    // post, not its first words.
    const LABELS: [&str; 14] = [
        "breaking news",
        "breaking",
        "just in",
        "developing",
        "exclusive",
        "urgent",
        "update",
        "watch",
        "alert",
        "flash",
        "fun fact",
        "psa",
        "fyi",
        "til",
    ];
    if !text.starts_with(char::is_uppercase) {
        return 0;
    }
    // (Its first letter first: most paragraphs open with none of them.)
    let first = text.as_bytes()[0].to_ascii_lowercase();
    if let Some(label) = LABELS.iter().find(|l| {
        l.as_bytes()[0] == first
            && text
                .get(..l.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(l))
    }) {
        let rest = text[label.len()..].trim_start_matches(' ');
        if let Some(after) = ["—", "–", "-", ":"]
            .iter()
            .find_map(|d| rest.strip_prefix(d))
        {
            let after_all = after.trim_start();
            if !after_all.is_empty() {
                return text.len() - after_all.len();
            }
        }
        // (Or in capitals before a word: "BREAKING Arlen Air grounds its
        // fleet", "TIL the Great Wall …".)
        let shouted = !text[..label.len()].contains(|c: char| c.is_lowercase());
        if shouted
            && label.len() >= 3
            && rest.len() < text.len() - label.len()
            && rest.starts_with(char::is_alphabetic)
        {
            return text.len() - rest.len();
        }
    }
    // (Only the paragraph's opening is searched.)
    let mut w = text.len().min(LONGEST + 4);
    while !text.is_char_boundary(w) {
        w -= 1;
    }
    let window = &text[..w];
    // The first dash: "—", "–", " - " or " -- " (a vectorised search for
    // the bytes that start one: most paragraphs have none).
    let b = window.as_bytes();
    let Some((at, dash_len)) = memchr::memchr2_iter(b'-', 0xE2, b).find_map(|i| match b[i] {
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93 | 0x94)) => {
            Some((i, 3))
        }
        b'-' if i > 0 && b[i - 1] == b' ' => match (b.get(i + 1), b.get(i + 2)) {
            (Some(b' '), _) => Some((i - 1, 3)),
            (Some(b'-'), Some(b' ')) => Some((i - 1, 4)),
            _ => None,
        },
        _ => None,
    }) else {
        return 0;
    };
    if at == 0 || at > LONGEST {
        return 0;
    }
    let head = text[..at].trim_end();
    if head.contains(['!', '?', '"', '“', '”', ';', ':', '\n']) {
        return 0;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 9 {
        return 0;
    }
    let capitals = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic());
        letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
    };
    let agency = head.ends_with(')')
        && head.rfind('(').is_some_and(|o| {
            let inside = &head[o + 1..head.len() - 1];
            !inside.is_empty()
                && inside.split_whitespace().count() <= 3
                && inside.starts_with(|c: char| c.is_uppercase())
        })
        && words[0].starts_with(|c: char| c.is_uppercase());
    // The place before any comma, all in capitals ("ST. LOUIS").
    let place: Vec<&str> = head
        .split(',')
        .next()
        .unwrap_or("")
        .split_whitespace()
        .collect();
    let capital_place = !place.is_empty()
        && place.iter().all(|w| capitals(w))
        && place.iter().map(|w| w.len()).sum::<usize>() >= 4;
    if !(agency || capital_place) {
        return 0;
    }
    let end = at + dash_len;
    let rest = &text[end..];
    end + (rest.len() - rest.trim_start().len())
}

/// Bytes that may start a character the sentence splitter looks at: quotes,
/// final punctuation, line breaks, and the lead bytes of “ ” „ … « ».
/// Everything else is skipped without decoding.
const fn interesting_bytes() -> [bool; 256] {
    let mut t = [false; 256];
    let list = [b'"', b'\'', b'`', b'.', b'!', b'?', b'\n', 0xE2, 0xC2];
    let mut i = 0;
    while i < list.len() {
        t[list[i] as usize] = true;
        i += 1;
    }
    t
}
static INTERESTING: [bool; 256] = interesting_bytes();

/// Where the next byte of [`INTERESTING`] is, from `from` on: found many
/// bytes at a time by a packed (SIMD) searcher where the CPU has one, else
/// byte by byte.
fn next_interesting(bytes: &[u8], from: usize) -> Option<usize> {
    static SEARCHER: std::sync::LazyLock<Option<aho_corasick::packed::Searcher>> =
        std::sync::LazyLock::new(|| {
            let table = interesting_bytes();
            aho_corasick::packed::Searcher::new(
                (0..=255u8).filter(|&b| table[b as usize]).map(|b| [b]),
            )
        });
    match SEARCHER.as_ref() {
        Some(s) => s
            .find_in(bytes, aho_corasick::Span::from(from..bytes.len()))
            .map(|m| m.start()),
        None => bytes[from..]
            .iter()
            .position(|&b| INTERESTING[b as usize])
            .map(|k| from + k),
    }
}

fn sentences(doc: &str, r: Range<usize>, out: &mut Vec<Unit>) {
    let text = &doc[r.clone()];
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut in_quote: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        if !INTERESTING[bytes[i] as usize] {
            match next_interesting(bytes, i) {
                Some(k) => i = k,
                None => break,
            }
        }
        // `i` is on a char boundary: every skipped byte was ASCII or a
        // continuation byte of a char whose lead byte was skipped whole.
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let mut next = i + c.len_utf8();
        let doubled = c == '\'' && text[i + 1..].starts_with('\'')
            || c == '`' && text[i + 1..].starts_with('`');
        let closing = match c {
            '"' => in_quote.is_some(),
            '”' | '»' => true,
            _ => doubled && in_quote.is_some(),
        };
        if c == '"' || doubled {
            if doubled {
                next += 1;
            }
            in_quote = match in_quote {
                Some(_) => None,
                None => Some(i),
            };
        } else if is_opening_quote(c) {
            in_quote = Some(i);
            i = next;
            continue;
        } else if matches!(c, '”' | '»') {
            in_quote = None;
        }
        if c == '"' || doubled || matches!(c, '”' | '»') {
            // A quotation that ends its sentence ('… "The Truman Show." She
            // says …'): the sentence ends with the closing mark.
            let end = i + if doubled { 2 } else { c.len_utf8() };
            let ends_sentence = closing
                && i > start
                && text[..i].ends_with(['.', '!', '?'])
                && !is_listed_abbreviation(&text[start..i.saturating_sub(1)]);
            let rest = &text[end..];
            let after_ws = rest.trim_start();
            let next_starts = rest.len() > after_ws.len()
                && after_ws
                    .chars()
                    .next()
                    .is_some_and(|n| n.is_uppercase() || is_opening_quote(n));
            if ends_sentence && next_starts {
                push_unit(doc, r.start + start..r.start + end, out);
                start = end;
            }
            i = next;
            continue;
        }
        if !matches!(c, '.' | '!' | '?' | '…') {
            // (A line break inside a paragraph is a soft wrap unless the
            // line ends with final punctuation, which is handled there.)
            i = next;
            continue;
        }
        // A long-open quote is probably unbalanced: stop honouring it.
        if let Some(q) = in_quote {
            if i - q < 600 {
                i = next;
                continue;
            }
            in_quote = None;
        }
        // Consume repeated final punctuation and closing quotes/brackets.
        let mut end = next;
        while let Some(d) = text[end..].chars().next() {
            if matches!(
                d,
                '.' | '!' | '?' | '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '…'
            ) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        i = end;
        // Must be followed by whitespace and then something that starts a sentence.
        let rest = &text[end..];
        let after_ws = rest.trim_start();
        if rest.len() == after_ws.len() && !rest.is_empty() {
            continue;
        }
        if let Some(n) = after_ws.chars().next() {
            let starts = n.is_uppercase()
                || n.is_numeric()
                || is_opening_quote(n)
                // "(Forbes says it tracks …)": a parenthesised sentence.
                || (n == '(' && after_ws[1..].starts_with(char::is_uppercase))
                || n == '\''
                || n == '‘'
                || n == '@'
                || n == '#';
            if !starts {
                continue;
            }
        }
        // "J.M. Berger", "George H.W. Bush", "Acme Inc. said": initials or
        // an abbreviation before a name (but "in Washington, D.C. He said",
        // "to enter the U.S. The proposal …": before a pronoun or an
        // article, a sentence ends; titles such as "Mr." never end one).
        if c == '.' {
            let before = &text[start..next - 1];
            let listed = is_listed_abbreviation(before);
            let may_end = if listed {
                may_end_sentence(last_word(before))
            } else {
                is_initials(before)
            };
            if listed && !may_end {
                continue;
            }
            if may_end {
                let first = after_ws
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                if !SENTENCE_OPENERS
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(first))
                {
                    continue;
                }
            }
        }
        push_unit(doc, r.start + start..r.start + end, out);
        start = end;
    }
    if start < text.len() {
        push_unit(doc, r.start + start..r.end, out);
    }
}

/// Abbreviations that also end sentences ("… moved to the U.S.", "… of
/// Acme Inc."), unlike titles ("Mr.", "Gen.") and months.
fn may_end_sentence(word: &str) -> bool {
    const ENDING: &[&str] = &["u.s", "u.k", "inc", "ltd", "co", "corp", "jr", "sr", "etc"];
    ENDING.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words that open a sentence rather than continue a name after initials.
const SENTENCE_OPENERS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "this", "that", "but", "and",
    "in", "on", "at", "for", "as", "his", "her", "their", "its", "there", "if", "when",
];

/// The word that ends `before` (after its last space, bracket or quote).
fn last_word(before: &str) -> &str {
    // Back over ASCII bytes without decoding (nearly every word); a byte
    // beyond ASCII sends the search to the general case.
    let b = before.as_bytes();
    match b
        .iter()
        .rposition(|&x| x >= 0x80 || matches!(x, b' ' | b'\t'..=b'\r' | b'(' | b'"'))
    {
        None => before,
        Some(k) if b[k] < 0x80 => &before[k + 1..],
        Some(_) => before
            .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '"')
            .next()
            .unwrap_or(""),
    }
}

/// A run of two or more initials at the end of `before` ("J.M", "H.W"):
/// ASCII capitals with full stops between them.
fn is_initials(before: &str) -> bool {
    initials_word(last_word(before))
}

/// "J.M", "H.W": ASCII capitals with full stops between them.
pub(crate) fn initials_word(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 3
        && b.len() % 2 == 1
        && b.iter().enumerate().all(|(k, c)| {
            if k % 2 == 0 {
                c.is_ascii_uppercase()
            } else {
                *c == b'.'
            }
        })
}

fn push_unit(doc: &str, r: Range<usize>, out: &mut Vec<Unit>) {
    let r = trim_range(doc, r);
    if !r.is_empty() {
        out.push(Unit {
            range: r,
            headline: false,
        });
    }
}

/// Whether the full stop after `before` ends an abbreviation, an initial
/// or a run of initials ("Mr.", "B.", "J.M."), inside a sentence.
pub(crate) fn is_abbreviation(before: &str) -> bool {
    let word = last_word(before);
    listed_abbreviation(word) || initials_word(word)
}

/// An abbreviation of the list, or a single initial, at the end of `before`.
fn is_listed_abbreviation(before: &str) -> bool {
    listed_abbreviation(last_word(before))
}

fn listed_abbreviation(word: &str) -> bool {
    // (A single character is at most four bytes.)
    if word.len() <= 4 && word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // (Most words are longer than any abbreviation: no list scan for them;
    // the list is searched lowercased, in order.)
    word.len() <= LONGEST_ABBREVIATION
        && ABBREVIATION_CODES
            .binary_search(&ascii_code(word.as_bytes()))
            .is_ok()
}

/// A short word lowercased and packed into one integer (zero-padded), so
/// that the abbreviation list is searched by integer comparisons.
const fn ascii_code(word: &[u8]) -> u64 {
    let mut code = [0u8; 8];
    let mut k = 0;
    while k < word.len() && k < 8 {
        code[k] = word[k].to_ascii_lowercase();
        k += 1;
    }
    u64::from_be_bytes(code)
}

/// [`ABBREVIATIONS`] as [`ascii_code`]s, sorted.
static ABBREVIATION_CODES: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<u64> = ABBREVIATIONS
        .iter()
        .map(|a| ascii_code(a.as_bytes()))
        .collect();
    v.sort_unstable();
    v
});

// (Every abbreviation fits an [`ascii_code`].)
const _: () = assert!(LONGEST_ABBREVIATION <= 8);

const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > longest {
            longest = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    longest
};

/// Splits a unit into clauses at semicolons and contrastive conjunctions
/// ("…, but …", "…, while …"), keeping both sides non-empty.
pub fn clauses(doc: &str, unit: &Unit) -> Vec<Range<usize>> {
    let text = &doc[unit.range.clone()];
    let mut cuts = separators(text);
    if unit.headline {
        // "Russia claims capture of Korvel, Ukraine says fighting
        // continues": a second speaker's clause after a comma.
        cuts.extend(headline_speaker_cuts(text));
        cuts.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
        cuts.dedup_by_key(|c| c.0);
    }
    // Never cut inside a quotation (most units have nothing to cut).
    if !cuts.is_empty() {
        let quoted = quoted_ranges(text);
        cuts.retain(|(a, _)| !quoted.iter().any(|q| q.start < *a && *a < q.end));
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (a, b) in cuts {
        if a < start {
            continue;
        }
        let left = &text[start..a];
        let left_words = left.split_whitespace().count();
        // ("The rebels, however, said …": a parenthetical after a short
        // subject is no clause boundary; but "On Wednesday, however, the
        // director said" is cut after its adverbial.)
        let parenthetical = text[a..b].contains("however")
            && left_words <= 4
            && !left.split_whitespace().next().is_some_and(|w| {
                [
                    "on", "in", "at", "by", "after", "before", "during", "for", "from", "since",
                    "until", "with", "last", "this", "earlier", "later",
                ]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
            });
        if left_words >= 2 && text[b..].split_whitespace().count() >= 2 && !parenthetical {
            out.push(unit.range.start + start..unit.range.start + a);
            start = b;
        }
    }
    out.push(unit.range.start + start..unit.range.end);
    out.into_iter()
        .map(|r| trim_range(doc, r))
        .filter(|r| !r.is_empty())
        .collect()
}

/// Commas of a headline before a clause of another speaker: one to three
/// capitalised words, a verb of saying or denying, then what was said
/// ("…, Ukraine says fighting continues"; not a final "…, Kyiv says").
/// A final verb of denying is a clause of its own ("Taliban claims victory
/// in Panjshir, Northern Alliance denies"): it answers, it does not
/// attribute. Verbs in any case ("…, Northern Alliance Denies").
fn headline_speaker_cuts(text: &str) -> Vec<(usize, usize)> {
    const SAYING: [&str; 8] = [
        "says", "say", "said", "claims", "claim", "insists", "insist", "confirms",
    ];
    const DENYING: [&str; 8] = [
        "denies", "deny", "rejects", "reject", "disputes", "dispute", "refutes", "refute",
    ];
    let is = |list: &[&str], w: &str| {
        let w = w.trim_end_matches(['.', '!']);
        list.iter().any(|v| v.eq_ignore_ascii_case(w))
    };
    memchr::memchr_iter(b',', text.as_bytes())
        .filter(|&i| {
            let words: Vec<&str> = text[i + 1..].split_whitespace().take(6).collect();
            let Some(v) = words.iter().position(|w| is(&SAYING, w) || is(&DENYING, w)) else {
                return false;
            };
            // (A name first, then words of the name or its head: "…,
            // Velda army denies".)
            (1..=3).contains(&v)
                && words[0].chars().next().is_some_and(char::is_uppercase)
                && (words.len() > v + 1 || is(&DENYING, words[v]))
        })
        .map(|i| (i, i + 1))
        .collect()
}

/// What opens an appositive that names the clause before it as a claim and
/// says who disputes it ("…, a claim Kyiv denies", "…, an allegation the
/// company rejected").
const CLAIM_APPOSITIVES: [&str; 8] = [
    " a claim ",
    " claims ",
    " an allegation ",
    " allegations ",
    " an assertion ",
    " an accusation ",
    " accusations ",
    " a report ",
];

/// Openers of a question that asks about the clause before its comma
/// ("…, anyone know more?", "…, can anyone confirm?", "…, is this true?"):
/// a clause of its own, which leaves the one before it a statement.
const QUESTION_TAGS: [&str; 17] = [
    " anyone ",
    " anybody ",
    " does anyone ",
    " does anybody ",
    " can anyone ",
    " can anybody ",
    " can someone ",
    " could anyone ",
    " could someone ",
    " has anyone ",
    " did anyone ",
    " is this true",
    " is it true",
    " is that true",
    " any news",
    " any idea",
    " any update",
];

/// Words that open a question, before which no tag leaves a statement.
const QUESTION_OPENERS: [&str; 20] = [
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "should",
    "has", "have", "who", "what", "where", "when", "why", "how",
];

/// Is `rest`, what follows a comma of a text that ends with a question
/// mark, a question tag of the last clause (`QUESTION_TAGS`, no comma
/// after it)?
fn question_tag(rest: &str) -> bool {
    QUESTION_TAGS.iter().any(|t| {
        rest.get(..t.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(t))
    }) && !rest.contains(',')
}

/// Where `text` may be cut into clauses: semicolons, contrastive and
/// concessive conjunctions (", but ", ", while ", ", whereas ", " but ",
/// ", however, ", ", although ", ", even though ", ", though " before a
/// subject), the comma before a claim appositive (", a claim Kyiv denies")
/// or a relative clause with its own subject (", which Kyiv denies"), the
/// comma before a question tag ("…, anyone know more?") and a spaced dash,
/// leftmost first and the longest at a position, none overlapping. (Vectorised searches for ';', ',', " but "
/// and " - ": about a tenth of the cost of one automaton over every byte.)
fn separators(text: &str) -> Vec<(usize, usize)> {
    const AFTER_COMMA: [&str; 6] = [
        " however, ",
        " whereas ",
        " while ",
        " but ",
        " although ",
        " even though ",
    ];
    let b = text.as_bytes();
    let mut found: Vec<(usize, usize)> = Vec::new();
    found.extend(memchr::memchr_iter(b';', b).map(|i| (i, i + 1)));
    // (Not after a question of its own: "Is the bridge down, anyone know?")
    let asks = text
        .trim_end_matches(['"', '”', '\'', '’', ')', ' '])
        .ends_with('?')
        && !text
            .split_whitespace()
            .next()
            .is_some_and(|w| QUESTION_OPENERS.iter().any(|q| w.eq_ignore_ascii_case(q)));
    for i in memchr::memchr_iter(b',', b) {
        if let Some(p) = AFTER_COMMA
            .iter()
            .find(|p| b[i + 1..].starts_with(p.as_bytes()))
        {
            found.push((i, i + 1 + p.len()));
        } else if let Some(len) = concessive_though(&text[i + 1..]) {
            found.push((i, i + 1 + len));
        } else if CLAIM_APPOSITIVES
            .iter()
            .any(|p| b[i + 1..].starts_with(p.as_bytes()))
            || relative_with_subject(&text[i + 1..])
        {
            // "…, a claim the group did not confirm": the appositive is
            // its own clause, with its own speaker, and keeps its noun.
            found.push((i, i + 1));
        } else if asks && question_tag(&text[i + 1..]) {
            found.push((i, i + 1));
        }
    }
    // (Searchers built once: setting one up costs more than a sentence's
    // search.)
    static FINDERS: std::sync::LazyLock<[memchr::memmem::Finder<'static>; 2]> =
        std::sync::LazyLock::new(|| {
            [" but ", " - "].map(|p| memchr::memmem::Finder::new(p.as_bytes()))
        });
    // ("The claim was nothing but scaremongering": "but" means "only"
    // after these, and joins no clause.)
    let only = |i: usize| {
        let before = text[..i].rsplit(' ').next().unwrap_or_default();
        ["nothing", "anything", "everything", "all"]
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w))
    };
    for f in FINDERS.iter() {
        let len = f.needle().len();
        found.extend(
            f.find_iter(b)
                .filter(|&i| len != 5 || !only(i))
                .map(|i| (i, i + len)),
        );
    }
    if found.len() > 1 {
        // Leftmost first, the longest of those that start together.
        found.sort_by_key(|&(s, e)| (s, std::cmp::Reverse(e)));
        let mut end = 0;
        found.retain(|&(s, e)| {
            let keep = s >= end;
            if keep {
                end = e;
            }
            keep
        });
    }
    found
}

/// ", which the army denied", ", which Kyiv disputes": a relative clause
/// with a subject of its own (not ", which was denied") is that subject's
/// statement about the clause before.
fn relative_with_subject(after_comma: &str) -> bool {
    after_comma
        .strip_prefix(" which ")
        .and_then(|rest| rest.split([' ', ',']).next())
        .is_some_and(opens_subject)
}

/// A word that can open a subject: a name, a determiner or a pronoun.
fn opens_subject(word: &str) -> bool {
    const OPENERS: [&str; 16] = [
        "the", "a", "an", "his", "her", "its", "their", "this", "these", "those", "it", "he",
        "she", "they", "we", "there",
    ];
    word.chars().next().is_some_and(char::is_uppercase) || OPENERS.contains(&word)
}

/// The length of " though " after a comma when it opens a clause: a
/// subject follows, a name or a determiner or pronoun ("…, though the
/// Pentagon has not confirmed it", "…, though Kyiv denied it"), not the
/// adverb ("…, though, was …") or a phrase ("…, though not cheap").
fn concessive_though(after_comma: &str) -> Option<usize> {
    let rest = after_comma.strip_prefix(" though ")?;
    let word = rest.split([' ', ',']).next()?;
    opens_subject(word).then_some(" though ".len())
}

/// Byte ranges (relative to `text`) inside double quotes: “…”, "…" and
/// ''…'' (two apostrophes, as some newspapers write them).
pub fn quoted_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Only four bytes can start a quotation mark: step from one to the next
    // without decoding the text between.
    let b = text.as_bytes();
    let mut open: Option<usize> = None;
    // (Backticks are rare: the vectorised search looks for the other three.)
    let backticks = memchr::memchr(b'`', b).is_some();
    let mut i = 0;
    while i < b.len() {
        let next = if backticks {
            (i..b.len()).find(|&k| matches!(b[k], b'"' | b'\'' | b'`' | 0xE2))
        } else {
            memchr::memchr3(b'"', b'\'', 0xE2, &b[i..]).map(|k| i + k)
        };
        let Some(k) = next else {
            break;
        };
        i = k;
        let (is_open, is_close, width) = match b[i] {
            b'"' => (open.is_none(), open.is_some(), 1),
            c @ (b'\'' | b'`') if b.get(i + 1) == Some(&c) => (open.is_none(), open.is_some(), 2),
            0xE2 if text[i..].starts_with('“') => (true, false, 3),
            0xE2 if text[i..].starts_with('”') => (false, true, 3),
            _ => {
                i += 1;
                continue;
            }
        };
        if is_open && open.is_none() {
            open = Some(i);
        } else if is_close {
            if let Some(o) = open.take() {
                out.push(o..i + width);
            }
        }
        i += width;
    }
    out
}

/// Unicode's General Punctuation block (U+2000–U+206F: spaces, dashes,
/// curly quotes, bullets): no letter or digit in it.
fn general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&c)
}

/// [`char::is_alphanumeric`] without the table lookup for the curly quotes
/// and dashes news text is full of.
fn alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !general_punctuation(c) && c.is_alphanumeric()
    }
}

/// ASCII letters, digits and '_': the bytes a word's ASCII run is made of
/// (one table lookup per byte in the tokeniser's tightest loop).
static WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    t
};

/// Lowercase particles of Arabic surnames ("al-Assad", "el-Sisi",
/// "ibn-Saud"): the extractor reads such a surname as a name, and the
/// linker takes "al-Baghdadi" and "Abu Bakr al-Baghdadi" for one person.
/// (`particle_before` spells them out as byte patterns, a third of the cost
/// of comparing with this list at every hyphen of news text; a test keeps
/// the two in step.)
pub const NAME_PARTICLES: &[&str] = &[
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ibn", "bin", "abu",
];

/// Where a surname written with its lowercase particle (`NAME_PARTICLES`)
/// starts, given the hyphen at `b[h]`: part of a name, as a capitalised
/// word is.
fn particle_before(b: &[u8], h: usize) -> Option<usize> {
    if !b.get(h + 1).is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let start = (2..=3).map(|n| h.checked_sub(n)).find_map(|s| {
        let s = s?;
        // (A particle opens its word: not "at" of "weed-at-KFC".)
        (s == 0 || !(b[s - 1].is_ascii_alphanumeric() || b[s - 1] == b'-')).then_some(s)
    })?;
    matches!(
        &b[start..h],
        b"al"
            | b"el"
            | b"ad"
            | b"an"
            | b"ar"
            | b"as"
            | b"ash"
            | b"at"
            | b"az"
            | b"ibn"
            | b"bin"
            | b"abu"
    )
    .then_some(start)
}

/// Tokenises a range of the document into `out` (cleared first), reusing
/// its allocation. `low` is [`lowercase_doc`] of `doc`.
pub fn tokens_into<'a>(doc: &'a str, low: &'a str, r: Range<usize>, out: &mut Vec<Tok<'a>>) {
    out.clear();
    let text = &doc[r.clone()];
    let b = text.as_bytes();
    // The char at byte `i` (a char boundary) and its width; ASCII without
    // decoding.
    #[inline(always)]
    fn char_at(text: &str, i: usize) -> (char, usize) {
        let b = text.as_bytes()[i];
        if b < 0x80 {
            (b as char, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{fffd}');
            (c, c.len_utf8())
        }
    }
    let possessive_after = |after: &str| {
        (after.starts_with('s') || after.starts_with('S')) && !after[1..].starts_with(alphanumeric)
    };
    // About one token per five bytes of news text (a little more room, so
    // that the vector is not grown).
    out.reserve(text.len() / 4 + 4);
    let mut i = 0;
    while i < b.len() {
        if matches!(b[i], b' ' | b'\t'..=b'\r') {
            i += 1;
            continue;
        }
        let (c, w) = char_at(text, i);
        if c.is_whitespace() {
            i += w;
            continue;
        }
        if !(alphanumeric(c) || c == '@' || c == '#') {
            out.push(Tok {
                start: r.start + i,
                end: r.start + i + w,
                kind: TokKind::Punct(c),
                lower: &doc[r.start + i..r.start + i + w],
                capitalised: false,
            });
            i += w;
            continue;
        }
        let mut end = i + w;
        loop {
            // Letters and digits of ASCII in one tight loop.
            while end < b.len() && WORD_BYTE[b[end] as usize] {
                end += 1;
            }
            // (A space ends most words.)
            if end >= b.len() || b[end] == b' ' {
                break;
            }
            let (d, dw) = char_at(text, end);
            if alphanumeric(d) || d == '_' {
                end += dw;
            } else if d == ',' && b[i].is_ascii_digit() && thousands_group(&b[i..], end - i) {
                // "30,000" is one number, not "30" "," "000".
                end += 1;
            } else if d == '&'
                && b[end - 1].is_ascii_uppercase()
                && b.get(end + 1).is_some_and(u8::is_ascii_uppercase)
            {
                // "AT&T", "S&P", "P&G": one name, not "AT" "&" "T".
                end += 1;
            } else if matches!(d, '-' | '\'' | '’' | '.') {
                // Keep word-internal hyphens and apostrophes (don't,
                // al-Qaeda) and dotted acronyms (U.S.), but split the
                // possessive 's.
                let after = &text[end + dw..];
                if !after.starts_with(alphanumeric) {
                    break;
                }
                let possessive = matches!(d, '\'' | '’') && possessive_after(after);
                if possessive || (d == '.' && !text[i..end].chars().all(|x| x.is_uppercase())) {
                    break;
                }
                end += dw;
            } else {
                break;
            }
        }
        let word = &text[i..end];
        // "the WHO", "the US": an acronym after "the" is a name, not the
        // function word it spells; its uppercase stays its lookup form.
        let acronym = (2..=4).contains(&word.len())
            && word.bytes().all(|x| x.is_ascii_uppercase())
            && out.last().is_some_and(|t| t.lower == "the");
        out.push(Tok {
            start: r.start + i,
            end: r.start + end,
            kind: TokKind::Word,
            lower: if acronym {
                word
            } else {
                &low[r.start + i..r.start + end]
            },
            capitalised: c.is_uppercase(),
        });
        i = end;
        // Possessive 's (after a straight or curly apostrophe: one byte test
        // first, as most words have neither).
        if !matches!(b.get(end), Some(b'\'' | 0xE2)) {
            continue;
        }
        let rest = &text[end..];
        for ap in ['\'', '’'] {
            if rest.starts_with(ap) && possessive_after(&rest[ap.len_utf8()..]) {
                let e = end + ap.len_utf8() + 1;
                out.push(Tok {
                    start: r.start + end,
                    end: r.start + e,
                    kind: TokKind::Possessive,
                    lower: "'s",
                    capitalised: false,
                });
                i = e;
            }
        }
    }
    // A surname with its lowercase particle ("al-Assad") is capitalised as
    // a name is (looked for only in the few sentences with a hyphen).
    for h in memchr::memchr_iter(b'-', b) {
        if let Some(start) = particle_before(b, h) {
            let at = r.start + start;
            if let Some(t) = out
                .iter_mut()
                .find(|t| t.start == at && t.kind == TokKind::Word)
            {
                t.capitalised = true;
            }
        }
    }
}

/// Whether the comma at `word[at]` separates groups of thousands: digits
/// only before it, exactly three digits after it.
fn thousands_group(word: &[u8], at: usize) -> bool {
    let after = &word[at + 1..];
    word[..at].iter().all(|b| b.is_ascii_digit() || *b == b',')
        && after.len() >= 3
        && after[..3].iter().all(u8::is_ascii_digit)
        && after.get(3).is_none_or(|b| !b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn datelines_are_found_and_names_before_a_dash_are_not() {
        for (text, dateline) in [
            ("KYIV (Reuters) - Forces advanced.", "KYIV (Reuters) - "),
            (
                "NEW YORK, Dec. 14 (UPI) — A poll says.",
                "NEW YORK, Dec. 14 (UPI) — ",
            ),
            (
                "Mexico City (AFP) – It featured drama.",
                "Mexico City (AFP) – ",
            ),
            ("LONDON — The minister said.", "LONDON — "),
            ("ST. LOUIS, May 3 -- Police said.", "ST. LOUIS, May 3 -- "),
            ("BREAKING: Forces advanced.", "BREAKING: "),
            ("Just in - Forces advanced.", "Just in - "),
        ] {
            assert_eq!(&text[..dateline_len(text)], dateline, "{text}");
        }
        for text in [
            "Jason Sims — a teacher from Mount Pleasant — says he voted.",
            "Governor Chris Christie – a Dallas Cowboys fan – answered.",
            "Taliban claims victory in Panjshir – Northern Alliance denies",
            "NRF — the resistance — denied it.",
            "He said: \"LONDON — the city\" was calm.",
            "The talks (in Doha) - which failed - ended.",
            "Breaking news is what we do: the editor said so.",
            "Watchdog: the plant is safe.",
        ] {
            assert_eq!(dateline_len(text), 0, "{text}");
        }
    }

    #[test]
    fn abbreviations_are_found_in_any_case_and_other_words_are_not() {
        for w in ["Mr", "MRS", "u.s", "U.S", "Sept", "approx", "B", "M", "É"] {
            assert!(listed_abbreviation(w), "{w}");
        }
        for w in ["said", "approxi", "sep", "us", "é", "", "Mr.", "mister"] {
            assert!(!listed_abbreviation(w), "{w}");
        }
        assert_eq!(last_word("said Mr"), "Mr");
        assert_eq!(last_word("(Gen"), "Gen");
        assert_eq!(last_word("Zoë\u{2003}Dr"), "Dr");
        assert_eq!(last_word("Dr"), "Dr");
    }

    #[test]
    fn general_punctuation_has_no_letter_or_digit() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert_eq!(alphanumeric(c), c.is_alphanumeric());
        }
    }

    proptest::proptest! {
        /// The packed searcher finds the same next byte of interest as a
        /// byte-by-byte scan, from any offset.
        #[test]
        fn next_interesting_is_the_first_byte_of_interest(
            text in "[a-z .!?\"'`\n“”é’]{0,80}",
            from in 0usize..90,
        ) {
            let bytes = text.as_bytes();
            let from = from.min(bytes.len());
            let want = bytes[from..]
                .iter()
                .position(|&b| INTERESTING[b as usize])
                .map(|k| from + k);
            proptest::prop_assert_eq!(next_interesting(bytes, from), want);
        }

        /// The separators are those one leftmost-longest automaton over
        /// the same patterns finds.
        #[test]
        fn separators_are_the_leftmost_longest_matches(
            words in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "but", "while", "whereas", "however", ",", ";", "-", "é", " ", "  ",
                ]),
                0..40,
            )
        ) {
            let text: String = words.iter().enumerate().map(|(k, w)| {
                if k % 2 == 0 { format!("{w} ") } else { w.to_string() }
            }).collect();
            let patterns = [";", ", but ", ", while ", ", whereas ", " but ", ", however, ", " - "];
            let reference = aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(patterns)
                .expect("automaton");
            let want: Vec<(usize, usize)> =
                reference.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(separators(&text), want, "{:?}", text);
        }
    }

    fn texts(doc: &str) -> Vec<&str> {
        units(doc).into_iter().map(|u| &doc[u.range]).collect()
    }

    #[test]
    fn the_particles_spelled_out_are_the_listed_ones() {
        for p in NAME_PARTICLES {
            let word = format!("{p}-Fassi");
            assert_eq!(particle_before(word.as_bytes(), p.len()), Some(0), "{word}");
            let inside = format!("Omar {p}-Fassi");
            assert_eq!(
                particle_before(inside.as_bytes(), p.len() + 5),
                Some(5),
                "{inside}"
            );
        }
        for word in [
            "pro-Trump",
            "ex-FBI",
            "anti-Clinton",
            "weed-at-KFC",
            "al-fassi",
        ] {
            let h = word.rfind('-').unwrap();
            assert_eq!(particle_before(word.as_bytes(), h), None, "{word}");
        }
    }

    #[test]
    fn an_abbreviation_that_can_end_a_sentence_ends_one_before_a_pronoun() {
        let doc = "They moved to the U.S. He stayed. Acme Inc. said it would. Mr. He spoke.";
        assert_eq!(
            texts(doc),
            vec![
                "They moved to the U.S.",
                "He stayed.",
                "Acme Inc. said it would.",
                "Mr. He spoke."
            ]
        );
        assert_eq!(texts("The U.S. Army left."), vec!["The U.S. Army left."]);
    }

    #[test]
    fn splits_sentences_but_not_abbreviations_or_quotes() {
        let doc = "Mr. Smith said it. \"We won. They lost,\" he said. Gen. Lee agreed!";
        assert_eq!(
            texts(doc),
            vec![
                "Mr. Smith said it.",
                "\"We won. They lost,\" he said.",
                "Gen. Lee agreed!"
            ]
        );
    }

    #[test]
    fn headline_is_its_own_unit() {
        let doc = "Taliban claims victory in Panjshir; Northern Alliance denies\n\nThe Taliban said so. Others did not.";
        let u = units(doc);
        assert!(u[0].headline);
        assert_eq!(u.len(), 3);
        let c = clauses(doc, &u[0]);
        assert_eq!(&doc[c[1].clone()], "Northern Alliance denies");
    }

    #[test]
    fn possessive_is_split() {
        let doc = "the Taliban's claim";
        let low = lowercase_doc(doc);
        let mut t = Vec::new();
        tokens_into(doc, &low, 0..doc.len(), &mut t);
        assert_eq!(t[1].text(doc), "Taliban");
        assert_eq!(t[2].kind, TokKind::Possessive);
        assert_eq!(t[3].text(doc), "claim");
    }
}
