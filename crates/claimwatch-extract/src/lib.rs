//! claimwatch's extractor: claims, denials, confirmations, retractions,
//! reports and questions, with their speakers, subjects, predicates and cue
//! words, from news and social text.
//!
//! Pure and deterministic: no IO, no clock, no randomness. The same post
//! always yields the same statements with the same ids, so replays are
//! harmless downstream.
//!
//! ```
//! let found = claimwatch_extract::extract_text("The ministry denied that the city of Aleppo had fallen.");
//! assert_eq!(found[0].kind, claimwatch_model::StatementKind::Denial);
//! assert_eq!(found[0].subject.key, "aleppo");
//! ```

mod analyse;
mod lexicon;
mod segment;
mod source_span;

use chrono::{DateTime, Utc};
use claimwatch_model::{
    stable_id, RawPost, Span, Speaker, Statement, StatementKind, Subject, Target, STATEMENT_SCHEMA,
};

pub use analyse::{find_quote, key_of, EntityKind, Found, FoundSpeaker, FoundSubject, Input};
pub use lexicon::{
    business_base, decides_by_word, denies_a_clause, disowns, family_name_first,
    is_predicate_class, named_media, names_a_claim, only_names_a_claim, predicate_classes_opposed,
    predicate_classes_overlap, topic_words, Lexicon,
};
pub use segment::{units, NAME_PARTICLES};

/// Version stamped on every statement; bump when output changes.
pub const EXTRACTOR_VERSION: &str =
    concat!("claimwatch-extract/", env!("CARGO_PKG_VERSION"), "+rules.1");

/// Options for extracting from text that is not a [`RawPost`].
#[derive(Debug, Clone, Default)]
pub struct TextOptions<'a> {
    pub title: Option<&'a str>,
    pub author: Option<&'a str>,
    /// Who publishes the post when it names no author (a feed's id): the
    /// speaker of an unattributed claim in its title, and nothing else.
    pub publisher: Option<&'a str>,
    pub first_person: bool,
    pub language: Option<&'a str>,
    /// Keep attributions that are not claims (see [`Input::keep_all`]).
    pub keep_all: bool,
}

/// Converts byte offsets into code-point offsets.
struct CharIndex {
    /// For every character beyond ASCII, its byte offset and how many bytes
    /// beyond one each it and those before it take: ASCII characters are
    /// one byte and one code point, so only these tell the two offsets
    /// apart (and most text has few of them).
    wide: Vec<(usize, usize)>,
    len: usize,
}

impl CharIndex {
    fn new(s: &str) -> CharIndex {
        let mut wide = Vec::new();
        let mut extra = 0;
        let bytes = s.as_bytes();
        let mut i = 0;
        while let Some(at) = segment::next_non_ascii(bytes, i) {
            // A lead byte at a char boundary: its width from its high bits.
            let width = match bytes[at] {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            extra += width - 1;
            wide.push((at, extra));
            i = at + width;
        }
        CharIndex { wide, len: s.len() }
    }
    fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        match self.wide.partition_point(|&(start, _)| start < byte) {
            0 => byte,
            k => byte - self.wide[k - 1].1,
        }
    }
}

/// The text the extractor reads for a post: the title, a blank line, the
/// body. Spans of statements whose `field` is `title` index into the title,
/// the others into the body.
struct Joined<'a> {
    /// (Borrowed from the post when cleaning changed nothing.)
    text: std::borrow::Cow<'a, str>,
    title_len: Option<usize>,
}

fn join<'a>(title: Option<&'a str>, body: &'a str) -> Joined<'a> {
    use claimwatch_model::text::clean_cow;
    match title.map(clean_cow).filter(|t| !t.trim().is_empty()) {
        Some(t) => {
            let body = clean_cow(body);
            // A body that starts with its own title would repeat it.
            if body.trim_start().starts_with(t.trim()) {
                return Joined {
                    text: body,
                    title_len: None,
                };
            }
            let title_len = t.len();
            Joined {
                text: format!("{t}\n\n{body}").into(),
                title_len: Some(title_len),
            }
        }
        None => Joined {
            text: clean_cow(body),
            title_len: None,
        },
    }
}

/// A statement as found in plain text, before post metadata is attached.
#[derive(Debug, Clone, PartialEq)]
pub struct TextStatement {
    pub kind: StatementKind,
    pub text: String,
    /// `text` or `title`.
    pub field: &'static str,
    pub span: Span,
    /// The cue introducing the speaker.
    pub cue_span: Option<Span>,
    /// What the speaker says: the clause or quotation, then any quotations
    /// that continue it in the following sentences.
    pub content_spans: Vec<Span>,
    pub quote: Option<String>,
    pub predicate: Option<String>,
    pub predicate_class: Option<String>,
    pub speaker: Speaker,
    pub subject: Subject,
    pub other_subjects: Vec<Subject>,
    pub target: Option<Target>,
    pub cues: Vec<String>,
    pub hedges: Vec<String>,
    pub certainty: f32,
}

/// Extracts statements from plain text with default options.
pub fn extract_text(text: &str) -> Vec<TextStatement> {
    extract_with(text, &TextOptions::default())
}

/// Extracts statements from text (cleaned first: NFC, entities decoded,
/// hidden characters removed). Spans are code-point offsets into the
/// cleaned title or body.
pub fn extract_with(text: &str, opts: &TextOptions<'_>) -> Vec<TextStatement> {
    let joined = join(opts.title, text);
    let doc = &*joined.text;
    let found = analyse::analyse(Input {
        text: doc,
        author: opts.author,
        publisher: opts.publisher,
        first_person: opts.first_person,
        language: opts.language,
        keep_all: opts.keep_all,
        title_len: joined.title_len,
    });
    let body_offset = joined.title_len.map(|l| l + 2).unwrap_or(0);
    let title_index = joined.title_len.map(|l| CharIndex::new(&doc[..l]));
    let body_index = CharIndex::new(&doc[body_offset..]);
    let span_of = |r: &std::ops::Range<usize>| -> (Span, &'static str) {
        match (&title_index, joined.title_len) {
            (Some(ti), Some(l)) if r.start < l => (
                Span {
                    start: ti.at(r.start),
                    end: ti.at(r.end.min(l)),
                },
                "title",
            ),
            _ => (
                Span {
                    start: body_index.at(r.start.saturating_sub(body_offset)),
                    end: body_index.at(r.end.saturating_sub(body_offset)),
                },
                "text",
            ),
        }
    };
    // (Statements are consumed: their strings move, not copied.)
    let subject_of = |s: FoundSubject| Subject {
        key: s.key,
        surface: s.surface,
        kind: s.kind.as_str().to_string(),
        span: s.range.as_ref().map(|r| span_of(r).0),
    };
    found
        .into_iter()
        .map(|f| {
            let (span, field) = span_of(&f.range);
            TextStatement {
                kind: f.kind,
                text: doc[f.range.clone()].to_string(),
                field,
                span,
                cue_span: f.cue_range.as_ref().map(|r| span_of(r).0),
                content_spans: std::iter::once(&f.content)
                    .chain(f.content_more.iter())
                    .map(|r| span_of(r).0)
                    .collect(),
                quote: f.quote.as_ref().map(|q| doc[q.clone()].to_string()),
                predicate: f.predicate,
                predicate_class: f.predicate_class,
                speaker: Speaker {
                    name: f.speaker.name,
                    surface: f.speaker.surface,
                    role: f.speaker.role,
                    organisation: f.speaker.organisation,
                    party: f.speaker.party,
                    aliases: f.speaker.aliases,
                    attribution: f.speaker.attribution,
                    span: f.speaker.range.as_ref().map(|r| span_of(r).0),
                },
                subject: f.subject.map(subject_of).unwrap_or_else(|| Subject {
                    key: String::new(),
                    surface: String::new(),
                    kind: "unknown".to_string(),
                    span: None,
                }),
                other_subjects: f.other_subjects.into_iter().map(subject_of).collect(),
                target: f.target.map(|(text, party)| Target { text, party }),
                cues: f.cues,
                hedges: f.hedges,
                certainty: f.certainty,
            }
        })
        .collect()
}

/// Extracts the statements of a post, with deterministic ids.
pub fn extract_post(post: &RawPost) -> Vec<Statement> {
    let author = post
        .author
        .name
        .as_deref()
        .or(post.author.handle.as_deref());
    let opts = TextOptions {
        title: post.title.as_deref(),
        author,
        // A news item with no byline is its feed's ("Rebels seize Marsk
        // airport" from the feed `wire` is `wire`'s claim).
        publisher: (!post.first_person).then_some(post.source.id.as_str()),
        first_person: post.first_person,
        language: post.language.as_deref(),
        keep_all: false,
    };
    to_statements(post, extract_with(&post.text, &opts), post.published_at)
}

fn to_statements(post: &RawPost, found: Vec<TextStatement>, time: DateTime<Utc>) -> Vec<Statement> {
    // (What the post answers: the posts it replies to or quotes, by
    // whichever of id and permalink the platform gave.)
    let answers: Vec<String> = post
        .references
        .iter()
        .filter(|r| matches!(r.kind.as_str(), "reply_to" | "quote_of"))
        .flat_map(|r| r.id.iter().chain(r.url.iter()).cloned())
        .collect();
    found
        .into_iter()
        .map(|t| Statement {
            post_guid: post.guid.clone(),
            answers: answers.clone(),
            ..statement_from(t, &post.id, post.url.clone(), &post.source.id, time)
        })
        .collect()
}

/// A statement found in a post's text, with its deterministic id:
/// `stable_id("s", [post id, field, span start, span end, kind])`.
pub fn statement_from(
    t: TextStatement,
    post_id: &str,
    post_url: Option<String>,
    source_id: &str,
    time: DateTime<Utc>,
) -> Statement {
    Statement {
        schema: STATEMENT_SCHEMA.to_string(),
        id: stable_id(
            "s",
            &[
                post_id,
                t.field,
                &t.span.start.to_string(),
                &t.span.end.to_string(),
                t.kind.as_str(),
            ],
        ),
        post_id: post_id.to_string(),
        post_url,
        post_guid: None,
        answers: Vec::new(),
        source_id: source_id.to_string(),
        kind: t.kind,
        text: t.text,
        quote: t.quote,
        predicate: t.predicate,
        predicate_class: t.predicate_class,
        speaker: t.speaker,
        subject: t.subject,
        other_subjects: t.other_subjects,
        target: t.target,
        cues: t.cues,
        hedges: t.hedges,
        certainty: t.certainty,
        span: t.span,
        cue_span: t.cue_span,
        content_spans: t.content_spans,
        field: t.field.to_string(),
        event_time: time,
        extractor: EXTRACTOR_VERSION.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::CharIndex;

    #[test]
    fn char_index_counts_code_points_before_every_boundary() {
        for text in [
            "plain ascii",
            "“Panjshir” — Zabihullah’s 🚀 claim é",
            "",
            "ü",
        ] {
            let index = CharIndex::new(text);
            for (n, (byte, _)) in text.char_indices().enumerate() {
                assert_eq!(index.at(byte), n, "{text:?} at byte {byte}");
            }
            let chars = text.chars().count();
            assert_eq!(index.at(text.len()), chars);
            assert_eq!(index.at(text.len() + 5), chars);
        }
    }
}
