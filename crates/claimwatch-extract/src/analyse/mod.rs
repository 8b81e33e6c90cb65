//! The rule-based core: finds cues, speakers, subjects and predicates, and
//! decides the kind of each statement. Pure: no IO, no clock, no globals
//! beyond the read-only lexicons.

use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

use smol_str::SmolStr;

use claimwatch_model::{Attribution, StatementKind};

use crate::lexicon::{Cat, Lexicon, WordSet};
use crate::segment::{self, Tok, TokKind, Unit};
use crate::source_span;

mod attribution;
mod clause;
mod entities;
mod noun_phrase;
mod speakers;
mod target;
mod topic;

/// Words with which a reply says no ("No, he didn't.", "Nope, it isn't").
const REPLY_NOES: &[&str] = &["no", "nope", "nah"];

/// Words that may open a noun phrase naming a speaker after the verb
/// ("said the ministry", "says his lawyer"); alone they name nobody.
const NAME_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "their", "its"];

/// Interjections a social post may open with before what it says ("lol
/// I'm not pregnant").
const INTERJECTIONS: &[&str] = &[
    "lol", "lmao", "haha", "omg", "ugh", "guys", "ok", "okay", "um",
];

/// Input of [`analyse`].
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    /// Cleaned text (title and body joined by a blank line).
    pub text: &'a str,
    /// The post's author, the default speaker of first-person posts.
    pub author: Option<&'a str>,
    /// Who publishes a post without an author: the speaker of an
    /// unattributed claim in its title (see `Ctx::publishes`).
    pub publisher: Option<&'a str>,
    /// True for first-person social posts.
    pub first_person: bool,
    /// BCP-47 language tag; selects the lexicon.
    pub language: Option<&'a str>,
    /// Keep attributions that are not claims (nothing they are about, no
    /// predicate): the attribution evaluation wants every one.
    pub keep_all: bool,
    /// Byte length of the post's title at the start of `text`, when the
    /// post has one: an unattributed claim in it is its publisher's.
    pub title_len: Option<usize>,
}

/// Coarse entity type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityKind {
    Place,
    Person,
    Organisation,
    Thing,
    /// What a claim is about when no name names it: the noun phrase that
    /// opens what was said ("the measles vaccine").
    Topic,
}

impl EntityKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Place => "place",
            EntityKind::Person => "person",
            EntityKind::Organisation => "organisation",
            EntityKind::Thing => "thing",
            EntityKind::Topic => "topic",
        }
    }
}

/// A named entity in the text.
#[derive(Debug, Clone)]
pub struct Mention {
    pub range: Range<usize>,
    /// Inline (no heap allocation) up to 23 bytes, as nearly every name is:
    /// a mention is registered for every capitalised run of the document.
    /// (Copied out with `as_str().to_owned()`: `to_string()` on a `SmolStr`
    /// goes through the formatter, several times slower.)
    pub key: SmolStr,
    pub surface: SmolStr,
    pub kind: EntityKind,
}

/// A speaker found by the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundSpeaker {
    pub name: String,
    pub surface: String,
    pub role: Option<String>,
    pub organisation: Option<String>,
    pub party: String,
    pub aliases: Vec<String>,
    pub attribution: Attribution,
    pub range: Option<Range<usize>>,
    /// The speaker relays a claim without committing to it ("reports").
    pub relayed: bool,
}

/// A subject found by the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundSubject {
    pub key: String,
    pub surface: String,
    pub kind: EntityKind,
    /// Where the subject is named in this statement (the reference itself
    /// when it was resolved to an earlier mention).
    pub range: Option<Range<usize>>,
}

impl FoundSubject {
    /// The subject an earlier mention names ("the actress" → the person
    /// named before): no range in this statement.
    fn earlier(m: &Mention) -> Self {
        FoundSubject {
            key: m.key.as_str().to_owned(),
            surface: m.surface.as_str().to_owned(),
            kind: m.kind,
            range: None,
        }
    }
}

/// A statement found by the analysis; byte ranges into the input text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub kind: StatementKind,
    /// The cue that introduces the speaker, when there is one.
    pub cue_range: Option<Range<usize>>,
    /// What the speaker says: the complement clause or the quotation.
    pub content: Range<usize>,
    /// Quotations that continue the content in the following sentences
    /// ('"…," she said. "…"').
    pub content_more: Vec<Range<usize>>,
    pub range: Range<usize>,
    pub quote: Option<Range<usize>>,
    pub predicate: Option<String>,
    pub predicate_class: Option<String>,
    pub speaker: FoundSpeaker,
    pub subject: Option<FoundSubject>,
    pub other_subjects: Vec<FoundSubject>,
    pub target: Option<(String, Option<String>)>,
    pub cues: Vec<String>,
    pub hedges: Vec<String>,
    pub certainty: f32,
}

/// What a claim that names nothing is about (see `Ctx::topic_of`).
struct Topic {
    subject: FoundSubject,
    /// The verb after the noun phrase, as written ("causes").
    verb: String,
    /// The verb's stem: the claim's event, an open predicate class ("caus").
    event: String,
    /// Where the verb ends (a byte offset): names after it are its objects.
    verb_end: usize,
    /// The negation between the two ("not"): the statement denies.
    negation: Option<String>,
    /// The phrase is its speaker's own ("none of its planes had
    /// crashed"): a named body that speaks of its own things is what the
    /// claim is about, as the claim it answers names the body.
    owned: bool,
}

#[derive(Debug, Clone)]
struct Cue {
    start: usize,
    end: usize,
    pat: usize,
}

struct Registry {
    kinds: HashMap<SmolStr, EntityKind>,
    /// Alias key (acronym) → (canonical name, canonical key).
    aliases: HashMap<SmolStr, (SmolStr, SmolStr)>,
    /// Person key → organisation name.
    person_org: HashMap<SmolStr, SmolStr>,
    /// Last word of a person's name → (full surface, full key).
    surnames: HashMap<SmolStr, (SmolStr, SmolStr)>,
    /// Name key or surname → gender, from a title before the name ("Mrs.
    /// Clinton"), so that "she" does not resolve to a man.
    genders: HashMap<SmolStr, Gender>,
    mentions: Vec<Mention>,
}

/// What a title, role or pronoun says about a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// The analysis of one document.
struct Ctx<'a> {
    doc: &'a str,
    lex: &'static Lexicon,
    input: Input<'a>,
    cues: Vec<Cue>,
    reg: Registry,
    found: Vec<Found>,
    /// Where the post's headline ends, when it is one whose unattributed
    /// claim ("Taliban capture Panjshir") is its publisher's assertion:
    /// the first unit of a news post (not a first-person one, whose every
    /// claim is its author's anyway) with a known author.
    headline_end: Option<usize>,
    /// Name keys already worked out, by the name they were made from: a
    /// name recurs through an article (and a speaker's name is compared
    /// with many), and its key is the same each time.
    keys: std::cell::RefCell<HashMap<SmolStr, SmolStr>>,
}

/// Normalised key of a name: lowercase, no leading article, no possessive,
/// no place descriptor (`the Panjshir Valley` → `panjshir`).
pub fn key_of(surface: &str, lex: &Lexicon) -> String {
    name_key(surface, lex).into()
}

/// [`key_of`], stored inline when short (the registry builds one for every
/// capitalised run of the document).
fn name_key(surface: &str, lex: &Lexicon) -> SmolStr {
    // Called for every capitalised run of every sentence: short ASCII names
    // (nearly all) are lowercased on the stack, and words are ranges into
    // that copy (no allocation per word).
    use smol_str::StrExt;
    let mut stack = [0u8; 96];
    let owned: String;
    let small: SmolStr;
    let lowered: &str = if surface.is_ascii() && surface.len() <= 23 {
        small = surface.to_ascii_lowercase_smolstr();
        &small
    } else if surface.is_ascii() && surface.len() <= stack.len() {
        let buf = &mut stack[..surface.len()];
        buf.copy_from_slice(surface.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).unwrap_or_default()
    } else {
        owned = surface.to_lowercase();
        &owned
    };
    let owned_without_possessive: String;
    // (A byte scan first: a substring search sets up a searcher per call.)
    let apostrophe = lowered.bytes().any(|b| b == b'\'' || b == 0xE2);
    let lowered: &str = if apostrophe && (lowered.contains("'s") || lowered.contains("’s")) {
        owned_without_possessive = lowered.replace("'s", "").replace("’s", "");
        &owned_without_possessive
    } else {
        lowered
    };
    const MAX_WORDS: usize = 24;
    let mut ranges = [(0usize, 0usize); MAX_WORDS];
    let mut n = 0;
    let mut start: Option<usize> = None;
    let mut boundary = |i: usize, word_char: bool| -> bool {
        if word_char {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            if n == MAX_WORDS {
                return false;
            }
            ranges[n] = (s, i);
            n += 1;
        }
        true
    };
    if lowered.is_ascii() {
        // (Nearly every name: bytes, without decoding.)
        for (i, b) in lowered.bytes().enumerate() {
            if !boundary(i, b.is_ascii_alphanumeric()) {
                break;
            }
        }
    } else {
        for (i, c) in lowered.char_indices() {
            if !boundary(i, c.is_alphanumeric()) {
                break;
            }
        }
    }
    boundary(lowered.len(), false);
    let word = |k: usize| &lowered[ranges[k].0..ranges[k].1];
    let mut first = 0;
    while n - first > 1 && lex.grammar.determiners.contains(&word(first)) {
        first += 1;
    }
    let mut lo = first;
    let mut hi = n;
    if hi - lo > 2 && lex.place_descriptors.contains(word(lo)) && word(lo + 1) == "of" {
        lo += 2;
    }
    // ("Panjshir province" is `panjshir`; "Secretary of State" keeps its
    // "state", and so does "Islamic State", an organisation's name.)
    let whole = hi - lo == 2
        && lex.place_descriptors.contains(word(hi - 1))
        && lex
            .organisation_words
            .contains(&lowered[ranges[lo].0..ranges[hi - 1].1]);
    while !whole
        && hi - lo > 1
        && lex.place_descriptors.contains(word(hi - 1))
        && word(hi - 2) != "of"
    {
        hi -= 1;
    }
    let (lo, hi) = if hi > lo { (lo, hi) } else { (first, n) };
    // Inline (no allocation) when the key is short, as nearly every key is.
    // A middle initial is left out: "Donald J. Trump" is `donald-trump`.
    let mut key = smol_str::SmolStrBuilder::new();
    let mut any = false;
    for k in lo..hi {
        let middle_initial = k > lo
            && k + 1 < hi
            && word(k).chars().count() == 1
            && word(k).chars().all(char::is_alphabetic);
        if middle_initial {
            continue;
        }
        if any {
            key.push('-');
        }
        key.push_str(word(k));
        any = true;
    }
    key.finish()
}

/// Forms of "tell": what follows them is whom something was told
/// ("sources told Axios that …"), not a subject or a group named.
const TELLING: &[&str] = &["told", "tells", "tell", "telling"];

/// "Iranian-made", "Geneva-based", "US-led": a name joined to a lowercase
/// word, which qualifies a name and is none.
fn compound_modifier(doc: &str, t: &Tok) -> bool {
    t.lower.contains('-')
        && doc[t.start..t.end]
            .rsplit('-')
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
}

/// A title set in title case ("Trump Says He Never Pledged …"): four in
/// five words of more than three letters capitalised, three such words at
/// least.
fn title_case(toks: &[Tok]) -> bool {
    let (mut long, mut capitalised) = (0, 0);
    for (i, t) in toks.iter().enumerate() {
        if !(t.is_word() && t.lower.len() > 3) {
            continue;
        }
        long += 1;
        capitalised += usize::from(t.is_capitalised());
        // (Running text fails after a few lowercase words: the tokens left
        // could not make up four capitalised ones for each.)
        let left = toks.len() - i - 1;
        if (long - capitalised) * 4 > capitalised + left {
            return false;
        }
    }
    long >= 3 && capitalised * 5 >= long * 4
}

/// A word shaped like an adverb ("finally", "certainly", "newly"), by
/// endings few names have.
fn adverb_shaped(low: &str) -> bool {
    low.len() >= 6
        && low.ends_with("ly")
        && [
            "ally", "ately", "ously", "ainly", "nkly", "stly", "ckly", "rtly", "ewly", "etely",
            "utely", "irely", "ually", "ently",
        ]
        .iter()
        .any(|x| low.ends_with(x))
}

/// A pronoun that can be a clause's subject.
/// A verb negated in one word ("didn't", "wasn’t").
fn contracted_negation(w: &str) -> bool {
    w.ends_with("n't") || w.ends_with("n’t")
}

/// "not", "never" or a contracted negation ("wasn't"): a word that negates
/// the verb beside it.
fn negating_word(t: &Tok) -> bool {
    matches!(t.lower, "not" | "never") || contracted_negation(t.lower)
}

/// Shaped like a people's or a region's adjective ("Iranian", "Sudanese",
/// "Turkish", "Israeli", "French"; "Western accusations", "Northern
/// forces").
fn demonym_shaped(w: &str) -> bool {
    ["an", "ese", "ish", "i", "ch", "ern"]
        .iter()
        .any(|suffix| w.ends_with(suffix))
}

fn subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "i")
}

/// The last word of a name key (`dana-holt` → `holt`), found by a byte
/// search from the end.
fn last_word_of_key(key: &str) -> &str {
    memchr::memrchr(b'-', key.as_bytes()).map_or(key, |k| &key[k + 1..])
}

/// Analyses a document.
pub fn analyse(input: Input<'_>) -> Vec<Found> {
    let lex = Lexicon::get(input.language);
    let doc = input.text;
    let cues = find_cues(doc, lex);
    let mut ctx = Ctx {
        doc,
        lex,
        input,
        cues,
        // (Room for the names of a typical article, so that the maps are
        // not grown step by step.)
        reg: Registry {
            kinds: HashMap::with_capacity_and_hasher(64, Default::default()),
            aliases: HashMap::default(),
            person_org: HashMap::default(),
            surnames: HashMap::default(),
            genders: HashMap::default(),
            mentions: Vec::with_capacity(128),
        },
        found: Vec::new(),
        headline_end: None,
        keys: std::cell::RefCell::new(HashMap::with_capacity_and_hasher(128, Default::default())),
    };
    // The statement whose quotation the next sentence may continue.
    let mut open_quote: Option<usize> = None;
    // The document lowercased once: every token's lowercase form is a
    // slice of it.
    let low_doc = segment::lowercase_doc(doc);
    // One token buffer for every unit (no allocation per sentence).
    let mut toks: Vec<Tok> = Vec::new();
    // The previous unit when it was all quotation and attributed nothing:
    // its range, where its statements start, and the statement whose
    // quotation it was taken to continue.
    let mut lone_quote: Option<(Range<usize>, usize, Option<usize>)> = None;
    // Past the last cue that can make a claim and the last question mark,
    // a unit can only name things for later units, of which none makes a
    // statement: the analysis ends there (outside evaluation mode, which
    // also looks for verbs outside the lexicon).
    let last_claim_cue = ctx
        .cues
        .iter()
        .rev()
        .find(|c| ctx.claim_cue(c))
        .map_or(0, |c| c.end);
    let last_needed =
        last_claim_cue.max(memchr::memrchr(b'?', doc.as_bytes()).map_or(0, |q| q + 1));
    for (n, unit) in segment::Units::new(doc).enumerate() {
        let past_the_last = n > 0
            && !ctx.input.keep_all
            && unit.range.start >= last_needed
            && open_quote.is_none()
            && lone_quote.is_none();
        if past_the_last && !ctx.input.first_person {
            break;
        }
        segment::tokens_into(doc, &low_doc, unit.range.clone(), &mut toks);
        // (A first-person post reads on to its author's "There is no fire
        // at the Eiffel Tower", which needs no cue of the lexicon.)
        if past_the_last && !ctx.negates_self(&toks) {
            break;
        }
        ctx.register_entities(&toks);
        if n == 0 {
            ctx.headline_end = ctx.publishes(&unit, &toks).then_some(unit.range.end);
        }
        let mut unit = unit;
        // '"Is it fair?" Sanders said.': the quotation ended its sentence,
        // and the next one only names who said it.
        if let Some((q, first, continued)) = lone_quote.take() {
            let same_paragraph = !doc[q.end..unit.range.start].contains('\n');
            if ctx.names_a_speaker_only(&unit, &toks, same_paragraph) {
                let r = trim_content(doc, q.clone());
                if let Some(i) = continued {
                    ctx.found[i].content_more.retain(|m| *m != r);
                }
                ctx.found.truncate(first);
                open_quote = None;
                unit = Unit {
                    range: q.start..unit.range.end,
                    headline: false,
                };
                segment::tokens_into(doc, &low_doc, unit.range.clone(), &mut toks);
            }
        }
        let before = ctx.found.len();
        let unit_text = &doc[unit.range.clone()];
        let starts_quoted = unit_text.starts_with(['"', '“', '«']) || unit_text.starts_with("''");
        // The last statement of this unit (its speaker continues the
        // unit's next clause): an index into `ctx.found`.
        let mut last_speaker: Option<usize> = None;
        // The attribution whose content reached the end of its clause: a
        // following clause without a statement of its own continues it
        // ("He said the process was fair, but required candidates to …").
        let mut continued: Option<usize> = None;
        // The clause before this one (what separates the two tells a
        // coordinated verb of the same speaker: "…, but said …").
        let mut previous: Option<Range<usize>> = None;
        // A unit without a single cue (and no question) holds no statement: only its names
        // matter (for later references), so skip the clause analysis.
        // (Evaluation mode also looks for verbs outside the lexicon.)
        // (Verbs of attitude and negators alone make no claim.)
        // (In a first-person post a verb of such claims may make one: "The
        // new vaccine causes infertility.")
        // (Nor "No, he didn't.", the reply's elliptical denial.)
        let claim_cues = ctx.cues_in(&unit.range).iter().any(|c| ctx.claim_cue(c))
            || (ctx.input.first_person
                && (toks
                    .iter()
                    .any(|t| lex.grammar.topic_verbs.contains(t.lower))
                    || toks
                        .iter()
                        .find(|t| !t.lower.starts_with('@'))
                        .is_some_and(|t| REPLY_NOES.contains(&t.lower))
                    || ctx.negates_self(&toks)));
        let clauses = if !claim_cues
            && !ctx.input.keep_all
            && !unit_text.contains('?')
            && ctx.headline_end != Some(unit.range.end)
        {
            Vec::new()
        } else {
            ctx.split_coordinated_denials(
                ctx.join_negated_buts(segment::clauses(doc, &unit), &toks),
                &toks,
            )
        };
        // The clause before when it made no statement.
        let mut silent: Option<Range<usize>> = None;
        for clause in clauses {
            // "Brun toured the district but denied that …": a clause cut
            // at a bare "but" that opens with a verb of saying or denying
            // has the subject of the clause before, which said nothing:
            // the two are read as one.
            let clause = match silent.take() {
                Some(p)
                    if doc[p.end..clause.start].trim() == "but"
                        && ctx
                            .opening_verb(
                                &clause,
                                &toks[toks.partition_point(|t| t.start < clause.start)..],
                            )
                            .is_some_and(|c| ctx.claim_cue(c)) =>
                {
                    p.start..clause.end
                }
                _ => clause,
            };
            // Tokens are in document order: the clause's are one slice.
            let a = toks.partition_point(|t| t.start < clause.start);
            let b = toks.partition_point(|t| t.end <= clause.end).max(a);
            let ctoks = &toks[a..b];
            // "…, but said …": a second verb of the speaker before.
            let second = match (continued, &previous) {
                (Some(i), Some(p)) if p.end <= clause.start => ctx.coordinated_after_but(
                    &ctx.found[i],
                    &doc[p.end..clause.start],
                    &clause,
                    ctoks,
                ),
                _ => None,
            };
            previous = Some(clause.clone());
            if let Some(second) = second {
                continued = Some(ctx.found.len());
                ctx.found.push(second);
                continue;
            }
            let found = ctx.clause(&unit, clause.clone(), ctoks, last_speaker);
            if found.is_none() {
                silent = Some(clause.clone());
                if let Some(i) = continued {
                    let more = trim_content(doc, clause.clone());
                    if more.end > ctx.found[i].content.end && !more.is_empty() {
                        ctx.found[i].content.end = more.end;
                        ctx.found[i].range.end = ctx.found[i].range.end.max(more.end);
                    }
                }
            }
            continued = None;
            if let Some(found) = found {
                if let Some(org) = &found.speaker.organisation {
                    let k = ctx.key(&found.speaker.name);
                    ctx.reg
                        .person_org
                        .entry(k)
                        .or_insert_with(|| SmolStr::new(org));
                }
                let mut found = found;
                let extra = if ctx.input.keep_all {
                    ctx.more_attributions(&unit, &clause, ctoks, &mut found)
                } else {
                    Vec::new()
                };
                // Only reported speech after its cue continues, and only
                // when it ran to the end of its clause.
                let reaches_end = trim_content(doc, clause.clone()).end <= found.content.end;
                let after_cue = found
                    .cue_range
                    .as_ref()
                    .is_some_and(|c| c.end <= found.content.start);
                let quoted = opens_quoted(&doc[found.content.clone()]);
                // (Evaluation mode only: PolNeAR's content runs to the end
                // of the sentence; a product statement stays the clause
                // that makes the claim.)
                if ctx.input.keep_all && reaches_end && after_cue && !quoted && extra.is_empty() {
                    continued = Some(ctx.found.len());
                }
                if let Some(claim) = ctx.implied_claim(&mut found, ctoks) {
                    ctx.found.push(claim);
                }
                last_speaker = Some(ctx.found.len());
                ctx.found.push(found);
                ctx.found.extend(extra);
            }
        }
        if ctx.found.len() == before && ctx.input.keep_all {
            if let Some(f) = ctx.colon_attribution(&unit, &toks) {
                ctx.found.push(f);
            }
        }
        if ctx.input.keep_all {
            if let Some(f) = ctx.asked_attribution(&unit, &toks) {
                ctx.found.insert(before, f);
            }
            // (Only when nothing else in the sentence attributes: "In a
            // statement, the ministry said …" is the ministry's.)
            if ctx.found.len() == before {
                if let Some(f) = ctx
                    .in_source_attribution(&unit, &toks)
                    .or_else(|| ctx.poll_attribution(&unit, &toks))
                {
                    ctx.found.push(f);
                }
            }
            // Attribution spans name the whole phrase of the source.
            let inside = |r: &Range<usize>| r.start >= unit.range.start && r.end <= unit.range.end;
            let quotes: Vec<Range<usize>> = segment::quoted_ranges(unit_text)
                .into_iter()
                .map(|q| unit.range.start + q.start..unit.range.start + q.end)
                .collect();
            // A verb inside a quotation is part of what the quoted speaker
            // says ('"I think we won," she said'), not an attribution of its
            // own: the corpora mark only the outer one.
            let unit_found = ctx.found.split_off(before);
            ctx.found.extend(unit_found.into_iter().filter(|f| {
                !f.cue_range
                    .as_ref()
                    .is_some_and(|cr| quotes.iter().any(|q| q.start < cr.start && cr.end < q.end))
            }));
            // 'Misinformation may be "strategic," said X': a quotation
            // inside the sentence before the speaker is part of what was
            // said, not all of it (the first attribution of the unit, with
            // no other verb before the quotation).
            if let Some(f) = ctx.found.get(before) {
                let quoted = opens_quoted(&doc[f.content.clone()]);
                if let (true, Some(cr), true) =
                    (quoted, f.cue_range.clone(), f.content_more.is_empty())
                {
                    let src = f.speaker.range.clone().unwrap_or(cr.clone());
                    let end = src.start.min(cr.start);
                    let opening = unit.range.start..f.content.start;
                    let words_before = doc[opening.clone()].split_whitespace().count();
                    let verb_before = ctx
                        .cues_in(&opening)
                        .iter()
                        .any(|c| ctx.has(c, Cat::Speech));
                    if f.content.end <= end && words_before >= 3 && !verb_before {
                        let all = trim_content(doc, unit.range.start..end);
                        if all.end >= f.content.end {
                            ctx.found[before].content = all;
                        }
                    }
                }
            }
            let grammar = &ctx.lex.grammar;
            // "Although Smith said that X, he …": a sentence that opens with
            // a subordinate clause holding the attribution.
            let subordinate_opening = toks
                .iter()
                .find(|t| t.is_word())
                .is_some_and(|t| grammar.subordinate_openers.contains(&t.lower));
            // (Where each attribution of the unit starts, at its source
            // when that comes before its verb: what one says ends before
            // the next.)
            let attribution_starts: Vec<usize> = ctx.found[before..]
                .iter()
                .filter_map(|f| {
                    let cr = f.cue_range.as_ref()?;
                    let sr = f.speaker.range.as_ref().filter(|r| inside(r));
                    Some(sr.map_or(cr.start, |r| r.start.min(cr.start)))
                })
                .collect();
            for f in &mut ctx.found[before..] {
                let said_after_cue = f
                    .cue_range
                    .as_ref()
                    .is_some_and(|cr| cr.end <= f.content.start);
                if subordinate_opening && said_after_cue {
                    // What was said ends at the comma before the main
                    // clause: one followed by a pronoun, an article or a
                    // name ("…, he clarified", "…, Mr. Trump has cited").
                    let a = toks.partition_point(|t| t.start < f.content.start);
                    let b = toks.partition_point(|t| t.end <= f.content.end);
                    let cut = (a..b.min(toks.len().saturating_sub(1))).find(|&k| {
                        toks[k].is_punct(',') && {
                            // (Past a quotation closed by the comma: '… has
                            // the "best experience," Trump is …'.)
                            let closes = matches!(toks[k + 1].kind, TokKind::Punct('"' | '”'));
                            let n = match toks.get(k + 2) {
                                Some(t) if closes => t,
                                _ => &toks[k + 1],
                            };
                            n.is_capitalised()
                                || ctx.lex.person_references.contains(&n.lower)
                                || grammar.determiners.contains(&n.lower)
                        }
                    });
                    if let Some(k) = cut {
                        if toks[k].start > f.content.start {
                            f.content.end = trim_content(doc, f.content.start..toks[k].start).end;
                            f.content_more.clear();
                        }
                    }
                }
                // "said Wednesday night that …", "said on Tuesday the …":
                // the time after the verb is not what was said.
                if f.cue_range
                    .as_ref()
                    .is_some_and(|cr| f.content.start >= cr.end)
                {
                    let a = toks.partition_point(|t| t.start < f.content.start);
                    // (Not "said the week was long".)
                    let opens_np = toks
                        .get(a)
                        .is_some_and(|t| grammar.determiners.contains(&t.lower));
                    // Past the last time word of a run of circumstance words.
                    let skip = toks[a.min(toks.len())..]
                        .iter()
                        .take(6)
                        .take_while(|t| !opens_np && t.is_word() && grammar.circumstance(t.lower))
                        .enumerate()
                        .filter(|(_, t)| grammar.time_words.contains(&t.lower))
                        .last()
                        .map(|(k, _)| a + k + 1);
                    if let Some(t) = skip.and_then(|k| toks.get(k)) {
                        if t.is_word() && t.end < f.content.end {
                            f.content.start = t.start;
                        }
                    }
                }
                if let Some(cr) = f.cue_range.clone().filter(|cr| inside(cr)) {
                    if names_no_source(ctx.lex, &toks, cr.clone()) {
                        // "Ben Carson appears to be slipping": the subject
                        // of a verb of seeming is part of what seems.
                        let seeming = ctx
                            .lex
                            .attribution
                            .sourceless_verbs
                            .contains(doc[cr.clone()].split(' ').next().unwrap_or(""));
                        match f.speaker.range.take() {
                            Some(sr)
                                if seeming && sr.end <= cr.start && f.content.start >= cr.end =>
                            {
                                // ("appears to be …": the cue is the verb,
                                // "to be …" what seems.)
                                let mut rest = f.content.clone();
                                if let Some(space) = doc[cr.clone()].find(' ') {
                                    f.cue_range = Some(cr.start..cr.start + space);
                                    rest.start = cr.start + space + 1;
                                }
                                f.content_more.insert(0, rest);
                                f.content = sr;
                            }
                            _ => {}
                        }
                    }
                }
                if let (Some(sr), Some(cr)) = (f.speaker.range.clone(), f.cue_range.clone()) {
                    if inside(&sr) && inside(&cr) {
                        f.speaker.range = Some(source_span::widen(doc, ctx.lex, &toks, sr, cr));
                    }
                }
                // "…said they were worried, and more than half said …":
                // reported speech ends at the comma before another
                // attribution's clause.
                if let Some(end) = end_before_next_attribution(doc, &toks, &attribution_starts, f) {
                    f.content.end = end;
                }
                if let Some((said_before, said_after)) =
                    aside_halves(doc, ctx.lex, &toks, &unit.range, &attribution_starts, f)
                {
                    f.content = said_before;
                    f.content_more.retain(|m| m.start >= said_after.end);
                    f.content_more.insert(0, said_after);
                }
                // '"A," Scott said, "B."': the quotation after the speaker
                // continues the one before, also past a participial phrase
                // ('"A," Scott said, referring to the bill, "B."').
                if let (Some(cr), Some(sr)) = (&f.cue_range, &f.speaker.range) {
                    let quoted = quoted_at_an_edge(&doc[f.content.clone()]);
                    let after = cr.end.max(sr.end);
                    if quoted && f.content.end <= cr.start.min(sr.start) {
                        if let Some(q) = quotes.iter().find(|q| {
                            q.start >= after
                                && continues_after(&doc[after..q.start])
                                && !f.content_more.contains(q)
                        }) {
                            f.content_more.insert(0, q.clone());
                        }
                    }
                }
            }
        }
        let closes_quoted =
            unit_text.trim_end().ends_with(['"', '”', '»']) || unit_text.trim_end().ends_with("''");
        let attributes_nothing = ctx.found[before..].iter().all(|f| f.cue_range.is_none());
        lone_quote = (starts_quoted && closes_quoted && attributes_nothing).then(|| {
            let continued = open_quote.filter(|_| ctx.found.len() == before);
            (unit.range.clone(), before, continued)
        });
        // '“A,” Blackwell concluded, “B.”': a speaker named between the
        // quotations owns them; they continue nobody else's quote.
        let names_own_speaker = closes_quoted && open_quote.is_some() && {
            let quotes = segment::quoted_ranges(unit_text);
            ctx.found[before..].iter().any(|f| {
                f.cue_range.as_ref().is_some_and(|cr| {
                    let s = cr.start.saturating_sub(unit.range.start);
                    let e = cr.end.saturating_sub(unit.range.start);
                    !quotes.iter().any(|q| q.start < s && e < q.end)
                })
            })
        };
        if let (Some(i), true) = (
            open_quote,
            starts_quoted && closes_quoted && !names_own_speaker,
        ) {
            // A sentence that is all quotation continues the previous
            // speaker's quote, even when it holds attributions of its own
            // ("“But even so, I think society is.”").
            let r = trim_content(doc, unit.range.clone());
            ctx.found[i].content_more.push(r);
            // ('"They are together," a spokesperson said. "These rumours
            // are false."': what the quotation denies, the speaker denies.)
            // (Not a relayed source's: "reports" say nothing themselves.)
            if !ctx.input.keep_all && !ctx.found[i].speaker.relayed {
                let speaker = ctx.found[i].speaker.clone();
                for f in &mut ctx.found[before..] {
                    if f.speaker.attribution != Attribution::Unknown {
                        continue;
                    }
                    f.speaker = FoundSpeaker {
                        attribution: Attribution::Coreference,
                        ..speaker.clone()
                    };
                    // (The claims it denies are somebody else's, not those
                    // of its own first sentence: a target found there goes,
                    // one named in it stays, claimant unknown.)
                    if f.target.as_ref().and_then(|t| t.1.as_deref()) == Some(&speaker.party) {
                        let named_there = f
                            .target
                            .as_ref()
                            .is_some_and(|t| t.0.starts_with(speaker.name.as_str()));
                        if named_there {
                            f.target = None;
                        } else if let Some(t) = f.target.as_mut() {
                            t.1 = None;
                        }
                    }
                }
            }
        } else if ctx.found.len() == before {
            // A quotation on its own continues the previous speaker's quote.
            match open_quote {
                Some(i) if starts_quoted => {
                    let r = trim_content(doc, unit.range.clone());
                    ctx.found[i].content_more.push(r);
                }
                _ => open_quote = None,
            }
        } else {
            // The unit's last quotation, when nobody else speaks after it:
            // '"A," said Ms. Acosta, referring to the bill. "B."' continues
            // her quote, though "referring to" attributes something too.
            let unit_found = &ctx.found[before..];
            open_quote = unit_found
                .iter()
                .rposition(|f| {
                    // (A content after its verb that ends with a quotation
                    // is indirect speech: "said that X would "do Y."" ends
                    // it.)
                    f.cue_range.as_ref().is_some_and(|cr| {
                        let c = &doc[f.content.clone()];
                        opens_quoted(c) || (f.content.end <= cr.start && quoted_at_an_edge(c))
                    })
                })
                .filter(|&k| {
                    let name = &unit_found[k].speaker.name;
                    unit_found[k + 1..].iter().all(|g| &g.speaker.name == name)
                })
                .map(|k| before + k);
        }
    }
    if ctx.input.keep_all {
        let epigraphs = ctx.epigraphs();
        ctx.found.extend(epigraphs);
        for mut turn in ctx.transcript_turns() {
            // (The turn replaces what the sentence alone made of its
            // label, and keeps its kind: "TAPPER: Do you think so?")
            if let Some(k) = ctx.found.iter().position(|f| f.cue_range == turn.cue_range) {
                turn.kind = ctx.found.remove(k).kind;
            }
            ctx.found.push(turn);
        }
    }
    // "Fake news. The mayor is alive and well.": a short denial that names
    // nothing is about what its (known) speaker says next.
    for i in 1..ctx.found.len() {
        let (before, after) = ctx.found.split_at_mut(i);
        let (d, next) = (&mut before[i - 1], &after[0]);
        let names_nothing = d.subject.is_none()
            && d.target.as_ref().is_none_or(|t| t.1.is_none())
            && doc[d.range.clone()].split_whitespace().count() <= 8;
        if d.kind == StatementKind::Denial
            && names_nothing
            && d.speaker.attribution != Attribution::Unknown
            && next.speaker.party == d.speaker.party
            && matches!(next.kind, StatementKind::Assertion | StatementKind::Denial)
        {
            d.subject = next
                .subject
                .clone()
                .map(|s| FoundSubject { range: None, ..s });
        }
    }
    // A party keyed by a people's or a country's name ("Russian border
    // guards", read as a place "Russian border" and its guards; "the US")
    // is that state's key, for speakers and the parties denials target
    // alike ("denied the US claim").
    // (So is a state's body named "of" it, `entities.state_bodies`: "the
    // Ministry of Defence of Ukraine", "the General Staff of the Armed
    // Forces of Ukraine", as "Ukraine's defence ministry" is.)
    // (A hyphenated key, "russian-federation", as the nations are written.)
    let nation_of_key = |key: &str| {
        lex.nations
            .get(key)
            .or_else(|| lex.nations.get(key.replace('-', " ").as_str()))
    };
    let of_state = |party: &str| {
        let (head, _) = party.split_once("-of-")?;
        let (_, tail) = party.rsplit_once("-of-")?;
        let tail = tail.strip_prefix("the-").unwrap_or(tail);
        if !lex.state_bodies.contains(head) {
            return None;
        }
        nation_of_key(tail)
    };
    // (And a state's name before the field of an office,
    // `grammar.field_words`: "Lebanese security officials", "US Defence
    // Secretary Chuck Hagel", "Danish Foreign Minister …"; not "Homeland
    // Security", which names no state.)
    let field =
        |w: &str| lex.grammar.field_words.contains(w) || lex.grammar.office_fields.contains(w);
    let field_state = |party: &str| {
        let mut rest = party;
        while let Some((head, last)) = rest.rsplit_once('-') {
            if !field(last) {
                break;
            }
            rest = head;
        }
        if rest.len() == party.len() {
            return None;
        }
        nation_of_key(rest)
    };
    let to_state = |party: &mut String| {
        if let Some(state) = lex
            .nations
            .get(party.as_str())
            .or_else(|| of_state(party))
            .or_else(|| field_state(party))
        {
            if state != party {
                party.clone_from(state);
            }
        }
    };
    for f in &mut ctx.found {
        // ("Foreign Minister Sergei Lavrov": a field alone names no side;
        // the speaker is keyed by name.)
        if !f.speaker.party.is_empty() && f.speaker.party.split('-').all(field) {
            f.speaker.party = name_key(&f.speaker.name, lex).to_string();
            if f.speaker.organisation.as_deref().is_some_and(|o| {
                o.split_whitespace()
                    .all(|w| field(w.to_lowercase().as_str()))
            }) {
                f.speaker.organisation = None;
            }
        }
        to_state(&mut f.speaker.party);
        if let Some((_, Some(party))) = &mut f.target {
            to_state(party);
        }
    }
    ctx.found
}

fn find_cues(doc: &str, lex: &Lexicon) -> Vec<Cue> {
    use aho_corasick::{Anchored, Input};
    let bytes = doc.as_bytes();
    let on_boundaries = |s: usize, e: usize, pat: usize| {
        let text = &lex.patterns[pat].text;
        let starts_word = text.chars().next().is_some_and(char::is_alphanumeric);
        let before_ok =
            !starts_word || s == 0 || !prev_char(doc, s).is_some_and(char::is_alphanumeric);
        let after_ok =
            e >= bytes.len() || !doc[e..].chars().next().is_some_and(char::is_alphanumeric);
        before_ok && after_ok && doc.is_char_boundary(s) && doc.is_char_boundary(e)
    };
    // (News text holds about one cue per 70 bytes: room for them all, so
    // that the vector is not grown and copied step by step.)
    let mut out = Vec::with_capacity(doc.len() / 48 + 8);
    let mut at = 0;
    while at < doc.len() {
        let Some(m) = lex.automaton.find(Input::new(doc).span(at..doc.len())) else {
            break;
        };
        let s = m.start();
        // The longest cue at `s` may run into a longer word ("said of" in
        // "said officials"): then the shorter cues at `s` ("said") get
        // their turn.
        let mut candidate = Some(m);
        let mut found = None;
        while let Some(c) = candidate {
            if on_boundaries(s, c.end(), c.pattern().as_usize()) {
                found = Some(c);
                break;
            }
            candidate = (c.end() > s + 1)
                .then(|| {
                    lex.automaton
                        .find(Input::new(doc).span(s..c.end() - 1).anchored(Anchored::Yes))
                })
                .flatten();
        }
        // (A masking phrase, of a `not_…` predicate class: it hides the
        // shorter predicate inside it and is no cue itself.)
        let masking = |c: &aho_corasick::Match| {
            let p = &lex.patterns[c.pattern().as_usize()];
            p.cats == [Cat::Predicate] && p.class.as_deref().is_some_and(|k| k.starts_with("not_"))
        };
        match found {
            Some(c) if masking(&c) => at = c.end(),
            Some(c) => {
                out.push(Cue {
                    start: s,
                    end: c.end(),
                    pat: c.pattern().as_usize(),
                });
                at = c.end();
            }
            None => at = s + doc[s..].chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

fn prev_char(doc: &str, i: usize) -> Option<char> {
    doc[..i].chars().next_back()
}

impl<'a> Ctx<'a> {
    fn has(&self, cue: &Cue, cat: Cat) -> bool {
        self.lex.patterns[cue.pat].cats.contains(&cat)
    }

    /// The cue as its lexicon entry spells it: the automaton matches ASCII
    /// case-insensitively and everything else exactly, so this is the
    /// matched text lowercased, without a copy.
    fn cue_text(&self, cue: &Cue) -> &'a str {
        &self.lex.patterns[cue.pat].text
    }
}

/// Contracted negations of "be" and "have" that follow "I" or "we": the
/// ones a first-person post may deny itself with ("I haven't quit"; "I
/// don't think" holds an opinion).
const FIRST_PERSON_NEGATED_BE_HAVE: &[&str] = &[
    "haven't",
    "haven’t",
    "wasn't",
    "wasn’t",
    "aren't",
    "aren’t",
    "weren't",
    "weren’t",
];

/// The other contracted negations of an auxiliary ("hasn't", "didn't",
/// "won't"), after an account's own name ("Arlen Air hasn't …").
const OTHER_NEGATED_AUXILIARIES: &[&str] = &[
    "hasn't",
    "hasn’t",
    "isn't",
    "isn’t",
    "hadn't",
    "hadn’t",
    "didn't",
    "didn’t",
    "doesn't",
    "doesn’t",
    "won't",
    "won’t",
];

/// ", sitting at the table …" after "X said": a participial phrase that
/// describes the speaker, not what was said (unlike ", adding that …").
fn circumstantial_participle(after: &[Tok]) -> bool {
    const SPEECH: &[&str] = &[
        "adding",
        "saying",
        "noting",
        "arguing",
        "insisting",
        "claiming",
        "warning",
        "explaining",
        "telling",
        "writing",
        "suggesting",
        "calling",
        "asking",
        "stating",
        "acknowledging",
        "admitting",
        "denying",
        "citing",
        "referring",
        "accusing",
        "urging",
        "describing",
        "predicting",
        "according",
    ];
    match after {
        [comma, word, ..] if matches!(comma.kind, TokKind::Punct(',')) && word.is_word() => {
            let w = word.lower;
            w.len() > 5 && w.ends_with("ing") && !SPEECH.contains(&w)
        }
        _ => false,
    }
}

/// Where the words after a speech verb that end with a participial phrase
/// ("…, Reuters reported on Monday, citing people familiar with the
/// matter") stop before it: the comma that opens the phrase, else the end.
/// What follows such a comma says how the speaker knows, not what it said.
fn participle_phrase_start(toks: &[Tok], from: usize) -> usize {
    (from..toks.len())
        .find(|&i| {
            toks[i].is_punct(',')
                && toks.get(i + 1).is_some_and(|w| {
                    let w = w.lower;
                    w.len() > 5 && w.ends_with("ing")
                })
        })
        .unwrap_or(toks.len())
}

/// Whether `toks[k]` is a word capitalised only because it opens a
/// sentence, a line, a quotation or a parenthesis, and that names nobody:
/// an adverb ("Certainly") or a word of `sentence_openers` ("Look",
/// "Given", "Yet").
fn only_opens(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    let opens = k == 0
        || matches!(
            toks[k - 1].kind,
            TokKind::Punct('"' | '“' | '‘' | '\'' | ':' | '.' | '(' | '\n')
        );
    let w = toks[k].lower;
    opens && (adverb_shaped(w) || lex.sentence_openers.contains(w) || opening_gerund(lex, toks, k))
}

/// "Trading in Zentrix shares was halted", "Fighting near Kupiansk …": a
/// verb's "-ing" form opening the sentence before a preposition names an
/// activity, not a place or a body (a capital so spelt, "Beijing", is one).
fn opening_gerund(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    let w = toks[k].lower;
    w.len() > 6
        && w.ends_with("ing")
        && toks
            .get(k + 1)
            .is_some_and(|n| !n.is_capitalised() && lex.grammar.prepositions.contains(n.lower))
        && lex.capital(w).is_none()
        && lex.nation(w).is_none()
}

/// An attribution found by a pattern of its own (evaluation mode): an
/// assertion of the whole unit with one cue and no subject.
fn bare_attribution(
    unit: &Unit,
    cue: Range<usize>,
    cue_word: &str,
    content: Range<usize>,
    speaker: FoundSpeaker,
) -> Found {
    Found {
        kind: StatementKind::Assertion,
        cue_range: Some(cue),
        content,
        content_more: Vec::new(),
        range: unit.range.clone(),
        quote: None,
        predicate: None,
        predicate_class: None,
        speaker,
        subject: None,
        other_subjects: Vec::new(),
        target: None,
        cues: vec![cue_word.to_string()],
        hedges: Vec::new(),
        certainty: 0.9,
    }
}

/// The "to" of an infinitive at `end` (the verb or its "to"): `end` when
/// it is "to", `end - 1` when the word before is.
fn infinitive_to(toks: &[Tok], end: usize) -> Option<usize> {
    match toks.get(end) {
        Some(t) if t.lower == "to" => Some(end),
        _ if end > 0 && toks[end - 1].lower == "to" => Some(end - 1),
        _ => None,
    }
}

fn unknown_speaker() -> FoundSpeaker {
    FoundSpeaker {
        name: "unknown".to_string(),
        surface: String::new(),
        role: None,
        organisation: None,
        party: "unknown".to_string(),
        aliases: Vec::new(),
        attribution: Attribution::Unknown,
        range: None,
        relayed: false,
    }
}

/// The account a social handle names, without its server or domain:
/// "@lenavorst.bsky.social" and "@lenavorst@mastodon.social" are
/// "lenavorst", as "@lenavorst" is, and so is a Bluesky handle written
/// without its "@" ("lenavorst.bsky.social"); any other name is itself.
fn handle_account(name: &str) -> &str {
    let Some(handle) = name.strip_prefix('@').or_else(|| {
        // (A domain: no spaces, a lowercase last label, an account of
        // three characters at least; not "J.D.Vance".)
        let (account, rest) = name.split_once('.')?;
        let domain = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_');
        (account.len() >= 3
            && name.chars().all(domain)
            && rest
                .rsplit('.')
                .next()
                .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase())))
        .then_some(name)
    }) else {
        return name;
    };
    let account = handle.split('@').next().unwrap_or(handle);
    let account = account.split('.').next().unwrap_or(account);
    if account.is_empty() {
        name
    } else {
        account
    }
}

/// Whether a claim noun is plural ("reports", "rumours"; "news" is not):
/// a plural needs no determiner to name what is denied.
fn plural_claim_noun(t: &Tok) -> bool {
    t.lower.ends_with('s') && t.lower != "news"
}

/// `Female` for a word of `female`, `Male` for one of `male`.
fn gender_in(w: &str, female: &WordSet, male: &WordSet) -> Option<Gender> {
    if female.contains(w) {
        Some(Gender::Female)
    } else if male.contains(w) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// A word that may be a past participle: "-ed", or an irregular past
/// ("told", "held") from `attribution.finite_verbs`.
fn may_be_participle(lex: &Lexicon, w: &str) -> bool {
    w.ends_with("ed") || lex.attribution.finite_verbs.contains(w)
}

/// Evaluation mode: an attribution whose cue (at byte range `cue`, inside
/// the sentence `toks`) names no source: a verb of seeming ("It seemed
/// like …") or a passive ("Sanders was asked to …", "is expected to").
fn names_no_source(lex: &Lexicon, toks: &[Tok], cue: Range<usize>) -> bool {
    let words = &lex.attribution;
    let c = toks.partition_point(|t| t.start < cue.start);
    let n = toks[c..].iter().take_while(|t| t.end <= cue.end).count();
    let in_cue = &toks[c..c + n];
    let Some(first) = in_cue.first() else {
        return false;
    };
    if words.sourceless_verbs.contains(first.lower) {
        return true;
    }
    // "was said", "is widely expected", "was once thought".
    let adverb = |t: &Tok| t.is_word() && source_span::auxiliary_or_adverb(lex, t.lower);
    let aux_at = |k: usize| words.passive_auxiliaries.contains(toks[k].lower);
    let passive_before =
        (c > 0 && aux_at(c - 1)) || (c > 1 && adverb(&toks[c - 1]) && aux_at(c - 2));
    // "when asked whether …": a participle opening an adverbial clause.
    if c > 0
        && matches!(toks[c - 1].lower, "when" | "if" | "after" | "while")
        && in_cue.len() == 1
        && first.lower.ends_with("ed")
    {
        return true;
    }
    let passive_inside = in_cue.len() >= 2 && words.passive_auxiliaries.contains(first.lower);
    let participle = in_cue.last().is_some_and(|t| {
        may_be_participle(lex, t.lower) && !words.experiencer_participles.contains(t.lower)
    });
    // (Not "was told by X": the agent is named after it.)
    let by_agent = toks.get(c + in_cue.len()).is_some_and(|t| t.lower == "by");
    (passive_before || passive_inside) && participle && !by_agent
}

/// The opening mark of a short quoted title whose closing mark is at
/// `close`, inside a phrase that reads on around it: 'author of "Dark
/// Water,"', 'the show "The Apprentice"' (a word before the opening mark,
/// a capital after it, eight tokens at most). A quotation that opens a
/// clause or is lowercase is what someone said, not a title.
fn embedded_title(toks: &[Tok], close: usize) -> Option<usize> {
    if !matches!(toks.get(close)?.kind, TokKind::Punct('"' | '”')) {
        return None;
    }
    let open = (close.saturating_sub(9)..close)
        .rev()
        .find(|&k| matches!(toks[k].kind, TokKind::Punct('"' | '“' | '”')))?;
    let titled = open > 0
        && toks[open].kind != TokKind::Punct('”')
        && toks[open - 1].is_word()
        && toks
            .get(open + 1)
            .is_some_and(|t| open + 1 < close && t.is_capitalised())
        && toks[open + 1..close]
            .iter()
            .all(|t| !matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ';' | ':')));
    titled.then_some(open)
}

/// Whether a content span opens with a quotation mark.
fn opens_quoted(text: &str) -> bool {
    text.starts_with(['"', '“', '\'', '«'])
}

/// Whether a content opens or closes with a quotation: its speaker's next
/// quotation continues it ('The movement is about "telling leaders no,"
/// Wilcox said. "What we see …"').
fn quoted_at_an_edge(text: &str) -> bool {
    opens_quoted(text) || text.ends_with(['"', '”', '\'', '»'])
}

/// Where reported speech after its verb ends when another attribution of
/// the sentence opens inside it, right after a comma or semicolon and at
/// most one word ("…, and more than half said", "…, a poll found", "…,
/// whom he called …"): at that comma. Not for quotations, which run to
/// their closing mark.
fn end_before_next_attribution(
    doc: &str,
    toks: &[Tok],
    starts: &[usize],
    f: &Found,
) -> Option<usize> {
    let cr = f.cue_range.as_ref()?;
    let c = &f.content;
    if cr.end > c.start || !f.content_more.is_empty() || opens_quoted(&doc[c.clone()]) {
        return None;
    }
    let next = starts
        .iter()
        .copied()
        .filter(|&s| s > c.start && s < c.end)
        .min()?;
    let k = toks.partition_point(|t| t.start < next);
    let first = toks.partition_point(|t| t.start < c.start);
    let comma = (first + 1..k)
        .rev()
        .take(2)
        .find(|&i| toks[i].is_punct(',') || toks[i].is_punct(';'))?;
    let end = trim_content(doc, c.start..toks[comma].start).end;
    (end > c.start).then_some(end)
}

/// The two halves of what was said around a speaker named inside the
/// sentence between commas ("The plan, she said, will fail", "Absent from
/// the talks, according to members, was any mention of the budget"), when
/// the statement's content is one of them: the sentence before the
/// attribution and the rest of it after. Not when what follows is a
/// circumstance of the saying or a phrase about the speaker ("…, he said,
/// in a statement", "…, he said, adding …"), a quotation (the quotation
/// rules join those) or another attribution.
fn aside_halves(
    doc: &str,
    lex: &Lexicon,
    toks: &[Tok],
    unit: &Range<usize>,
    attribution_starts: &[usize],
    f: &Found,
) -> Option<(Range<usize>, Range<usize>)> {
    let (cr, sr) = (f.cue_range.as_ref()?, f.speaker.range.as_ref()?);
    let (start, end) = (cr.start.min(sr.start), cr.end.max(sr.end));
    let c = &f.content;
    // (Cheap tests first: a source named apart from the verb, and the
    // content beside the attribution.)
    let beside = c.end <= start || c.start >= end;
    if sr.start < cr.end && cr.start < sr.end || !beside || c.start < unit.start || c.end > unit.end
    {
        return None;
    }
    let a = toks.partition_point(|t| t.start < start);
    let mut b = toks.partition_point(|t| t.start < end);
    // ("The deal, announced Friday, would …": a day is no source.)
    let s = toks.partition_point(|t| t.start < sr.start);
    if toks
        .get(s)
        .is_some_and(|t| t.end == sr.end && lex.grammar.time_words.contains(&t.lower))
    {
        return None;
    }
    // ("…, and, records show, does not …": the connector joins the
    // sentence to the content after it alone.)
    let connector = |t: &Tok| matches!(t.lower, "and" | "but" | "or");
    if a < 2 || !toks[a - 1].is_punct(',') || connector(&toks[a - 2]) {
        return None;
    }
    // ("…, he said Tuesday, …")
    while b < toks.len() && toks[b].is_word() && lex.grammar.time_words.contains(&toks[b].lower) {
        b += 1;
    }
    let next = toks.get(b + 1).filter(|_| toks[b].is_punct(','))?;
    let w = next.lower;
    let participle = w.len() > 5 && w.ends_with("ing") && !w.ends_with("thing");
    // ("…, said Katie Holm, Ostland's outreach director": a name after an
    // inverted verb is followed by its appositive.)
    let appositive = cr.start < sr.start && next.is_capitalised();
    if !next.is_word() || participle || appositive || lex.attribution.aside_followers.contains(&w) {
        return None;
    }
    // What was said before opens the sentence, or the clause after a dash,
    // semicolon or colon, or the relative pronoun after a comma ("the
    // stadium, which, Holm said, is full on game days").
    let opening = toks[..a - 1]
        .iter()
        .enumerate()
        .rev()
        .find_map(|(k, t)| {
            if matches!(t.kind, TokKind::Punct('—' | '–' | '-' | ';' | ':')) {
                toks.get(k + 1).map(|n| n.start)
            } else if k > 0
                && toks[k - 1].is_punct(',')
                && lex.grammar.relative_pronouns.contains(&t.lower)
            {
                Some(t.start)
            } else {
                None
            }
        })
        .unwrap_or(unit.start);
    // What was said after ends before another attribution in the sentence
    // ("…, KING-TV reported, while in Chicago …, the Sun-Times reported"):
    // at the comma before it.
    let close = match attribution_starts.iter().filter(|&&c| c > next.start).min() {
        Some(&c) => {
            toks[b + 2..toks.partition_point(|t| t.start < c)]
                .iter()
                .rev()
                .find(|t| t.is_punct(','))?
                .start
        }
        None => unit.end,
    };
    let before = trim_content(doc, opening..toks[a - 1].start);
    let after = trim_content(doc, next.start..close);
    let quoted = |r: &Range<usize>| opens_quoted(&doc[r.clone()]);
    let words = |r: &Range<usize>| doc[r.clone()].split_whitespace().count();
    (words(&before) >= 1 && words(&after) >= 2 && !quoted(&before) && !quoted(&after))
        .then_some((before, after))
}

/// Whether the words between a speaker and the next quotation let it
/// continue the quotation before the speaker: a comma alone, or a short
/// phrase that ends with one ("…, referring to the bill, “…", "… told the
/// Post on Tuesday, “…").
fn continues_after(between: &str) -> bool {
    let t = between.trim();
    t.ends_with(',')
        && t.split_whitespace().count() <= 16
        && !t.contains(['"', '“', '”', '.', ';', ':', '?', '!'])
}

/// The index of the token at `pos` in sorted `toks`: the first token
/// starting at or after it, or the last token when `pos` lies inside it
/// ("rip" in a hashtag "#RIP" that ends a clause), so that a cue's position
/// never indexes past the tokens.
fn token_at(toks: &[Tok], pos: usize) -> usize {
    let i = toks.partition_point(|t| t.start < pos);
    if i == toks.len() && toks.last().is_some_and(|t| pos < t.end) {
        i - 1
    } else {
        i
    }
}

/// The lines of `doc` (each with its line end) and the byte offsets they
/// start at.
fn lines_at(doc: &str) -> impl Iterator<Item = (usize, &str)> {
    doc.split_inclusive('\n').scan(0, |start, line| {
        let at = *start;
        *start += line.len();
        Some((at, line))
    })
}

/// Trims whitespace, a leading "that" and final punctuation from a content range.
fn trim_content(doc: &str, r: Range<usize>) -> Range<usize> {
    let mut s = r.start;
    let mut e = r.end.max(s);
    let text = &doc[s..e];
    let lead = text.len()
        - text
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':')
            .len();
    s += lead;
    if doc[s..e].starts_with("that ") {
        s += 5;
    }
    while e > s
        && doc[..e].ends_with(|c: char| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':'))
    {
        e = doc[..e]
            .char_indices()
            .next_back()
            .map(|(i, _)| i)
            .unwrap_or(s);
    }
    s..e
}

/// The longest quotation inside `r` (the words, without the marks): “…”,
/// "…", ''…'', ‘…’ or '…' (single quotes only when they are not apostrophes).
pub fn find_quote(doc: &str, r: &Range<usize>) -> Option<Range<usize>> {
    let text = &doc[r.clone()];
    let consider = |best: &mut Option<Range<usize>>, s: usize, mut e: usize| {
        // '"…conquered," tweeted X': the comma closes the sentence, not the claim.
        while e > s && matches!(text.as_bytes()[e - 1], b',' | b';' | b':' | b' ') {
            e -= 1;
        }
        if e > s + 1 && best.as_ref().is_none_or(|b| e - s > b.end - b.start) {
            *best = Some(r.start + s..r.start + e);
        }
    };
    let mut best: Option<Range<usize>> = None;
    for q in segment::quoted_ranges(text) {
        let open = if text[q.start..].starts_with("''") || text[q.start..].starts_with("``") {
            2
        } else {
            text[q.start..].chars().next().map_or(1, char::len_utf8)
        };
        let close = if text[..q.end].ends_with("''") {
            2
        } else {
            text[..q.end].chars().next_back().map_or(1, char::len_utf8)
        };
        if q.end >= q.start + open + close {
            consider(&mut best, q.start + open, q.end - close);
        }
    }
    if best.is_some() {
        return best;
    }
    if !text.contains('\'') && !text.contains('‘') {
        return None;
    }
    // The single quotation marks, found by a byte search (' and the lead
    // byte of ‘ and ’) without decoding the text between them.
    let b = text.as_bytes();
    let marks =
        |from: usize, lead: u8| memchr::memchr_iter(lead, &b[from..]).map(move |k| from + k);
    // After a quotation is found, the scan resumes past its closing mark.
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'\'', 0xE2, &b[i..]) {
        let at = i + k;
        let (c, close) = if b[at] == b'\'' {
            ('\'', '\'')
        } else if text[at..].starts_with('‘') {
            ('‘', '’')
        } else {
            i = at + 1;
            continue;
        };
        i = at + c.len_utf8();
        // Opening single quote: not preceded by a letter (that is an apostrophe),
        // and not a doubled '' (handled above).
        let inner_start = at + c.len_utf8();
        let before = text[..at].chars().next_back();
        if before.is_some_and(char::is_alphanumeric) || text[inner_start..].starts_with('\'') {
            continue;
        }
        let lead = if close == '\'' { b'\'' } else { 0xE2 };
        for j in marks(inner_start, lead) {
            if !text[j..].starts_with(close) {
                continue;
            }
            let next = text[j + close.len_utf8()..].chars().next();
            if next.is_some_and(char::is_alphanumeric) {
                continue;
            }
            consider(&mut best, inner_start, j);
            i = j + close.len_utf8();
            break;
        }
    }
    best
}

/// Widens a quotation's words to include its marks and the comma inside
/// them ('"…," he said' → '"…,"').
fn with_marks(doc: &str, inner: Range<usize>) -> Range<usize> {
    let mut s = inner.start;
    let mut e = inner.end;
    while s > 0 {
        match doc[..s].chars().next_back() {
            Some(c @ ('"' | '“' | '\'' | '‘' | '`' | '«')) => s -= c.len_utf8(),
            _ => break,
        }
    }
    while e < doc.len() {
        match doc[e..].chars().next() {
            Some(c @ ('"' | '”' | '\'' | '’' | '»' | ',')) => e += c.len_utf8(),
            _ => break,
        }
    }
    s..e
}
