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
    /// The negation between the two ("not"): the statement denies.
    negation: Option<String>,
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
    // "state".)
    while hi - lo > 1 && lex.place_descriptors.contains(word(hi - 1)) && word(hi - 2) != "of" {
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
    for (n, unit) in segment::units(doc).into_iter().enumerate() {
        if n > 0
            && !ctx.input.keep_all
            && unit.range.start >= last_needed
            && open_quote.is_none()
            && lone_quote.is_none()
        {
            break;
        }
        segment::tokens_into(doc, &low_doc, unit.range.clone(), &mut toks);
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
            ctx.split_coordinated_denials(segment::clauses(doc, &unit), &toks)
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
                        && doc[clause.clone()].starts_with(|c: char| c.is_lowercase())
                        && ctx
                            .cues_in(&clause)
                            .first()
                            .is_some_and(|c| c.start == clause.start && ctx.claim_cue(c)) =>
                {
                    p.start..clause.end
                }
                _ => clause,
            };
            // Tokens are in document order: the clause's are one slice.
            let a = toks.partition_point(|t| t.start < clause.start);
            let b = toks.partition_point(|t| t.end <= clause.end).max(a);
            let ctoks = &toks[a..b];
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

    // ----- entities -------------------------------------------------------

    fn register_entities(&mut self, toks: &[Tok]) {
        let doc = self.doc;
        let lex = self.lex;
        // "Graffiti Artist Banksy Arrested In London", "Taliban Claims
        // Victory", "Republicans Finally Confirm …": in a title set in title
        // case, a word of the lexicon that says or claims something (a verb
        // of saying, denying or confirming, a predicate) or an adverb is
        // capitalised as every word is, and is no part of a name.
        let (g, a) = (&lex.grammar, &lex.attribution);
        let not_in_name: Vec<bool> = if title_case(toks) {
            toks.iter()
                .map(|t| {
                    let w = t.lower;
                    adverb_shaped(w)
                        // (And the function words and verbs every title
                        // capitalises: "Kyiv Was Behind …"; not "of": "Bank
                        // of England".)
                        || (w != "of"
                            && (g.prepositions.contains(w)
                                || g.copulas.contains(w)
                                || a.auxiliaries.contains(w)
                                || a.finite_verbs.contains(w)
                                || g.topic_verbs.contains(w)
                                || g.time_words.contains(w)))
                        || {
                            // (Any word of such a cue: "Shot Down".)
                            let k = self.cues.partition_point(|c| c.start <= t.start);
                            self.cues[..k].iter().rev().take(3).any(|c| {
                                c.end >= t.end
                                    && [
                                        Cat::Speech,
                                        Cat::Denial,
                                        Cat::Confirmation,
                                        Cat::Retraction,
                                        Cat::Predicate,
                                    ]
                                    .iter()
                                    .any(|&cat| self.has(c, cat))
                            })
                        }
                })
                .collect()
        } else {
            Vec::new()
        };
        let not_in_name = |k: usize| not_in_name.get(k).copied().unwrap_or(false);
        let mut i = 0;
        while i < toks.len() {
            let t = &toks[i];
            let low = t.lower;
            // A pronoun or opener with a contraction ("I'm", "It's",
            // "That's") is no more a name than the word itself.
            let contracted = || {
                low.split_once(['\'', '’'])
                    .is_some_and(|(head, _)| lex.not_names.contains(head))
            };
            // ('"Certainly Donald Trump has …"', "Look, …": a word
            // capitalised only to open the sentence is no part of a name.)
            if !t.is_capitalised()
                || lex.not_names.contains(&low)
                || contracted()
                || only_opens(lex, toks, i)
                || not_in_name(i)
            {
                i += 1;
                continue;
            }
            // "Residents of Lund", "Witnesses in Kano": people named by
            // what they are, capitalised only to open the sentence, are no
            // part of the name of the place after them.
            let people = low.ends_with('s')
                && lex.report_speakers.contains(low)
                && toks.get(i + 1).is_some_and(|n| {
                    matches!(n.lower, "of" | "in")
                        && toks.get(i + 2).is_some_and(|p| p.is_capitalised())
                });
            if people {
                i += 1;
                continue;
            }
            // "Mr. Smith", "Dr. Fauci": a title with its full stop names no
            // one; the name after it does (and the title gives its gender
            // below).
            let title_stop = toks
                .get(i + 1)
                .is_some_and(|d| d.is_punct('.') && d.start == t.end)
                && toks.get(i + 2).is_some_and(|n| n.is_capitalised())
                && lex.titles.contains(&low);
            // "Iranian-made", "Russian-backed", "US-led": a name joined to a
            // lowercase word is a modifier, no name.
            if title_stop || compound_modifier(doc, t) {
                i += 1;
                continue;
            }
            // Extend the run of capitalised words and connectors.
            let mut j = i + 1;
            while j < toks.len() {
                let u = &toks[j];
                let ul = u.lower;
                let name_word =
                    u.is_capitalised() && !lex.not_names.contains(&ul) && !not_in_name(j);
                // (The word lookups below only when a capitalised word
                // follows: most runs end at a lowercase word.)
                let name_next = !name_word
                    && u.is_word()
                    && toks.get(j + 1).is_some_and(|n| n.is_capitalised());
                // A lowercase role inside a name ("Coalition spokesperson Mara Ilves").
                let inner_role = name_next
                    && lex.roles.contains(&ul)
                    && !lex.not_names.contains(&toks[j + 1].lower);
                let connector =
                    name_next && ul != "and" && self.lex.grammar.connectors.contains(&ul);
                // "Michelle F. Tanzer": the full stop after a middle initial.
                let initial_stop = u.is_punct('.')
                    && toks[j - 1].is_word()
                    && toks[j - 1].end - toks[j - 1].start == 1
                    && toks[j - 1].is_capitalised()
                    && toks.get(j + 1).is_some_and(|n| {
                        n.start == u.end + 1
                            && n.is_capitalised()
                            && !lex.not_names.contains(&n.lower)
                    });
                if !(name_word || inner_role || connector || initial_stop) {
                    break;
                }
                j += 1;
            }
            // ("the Secretary of State": the run stops at "of" when the word
            // after it is no name word; the "of" is none either.)
            while j > i + 1 && !toks[j - 1].is_capitalised() && toks[j - 1].lower == "of" {
                j -= 1;
            }
            // "Claims that …", "Reports say …": a cue word capitalised only
            // because it starts the sentence is no name.
            let sentence_start = i == 0
                || matches!(
                    toks[i - 1].kind,
                    TokKind::Punct('.' | '!' | '?' | ':' | '"' | '“' | '\n')
                );
            if j == i + 1
                && sentence_start
                && self
                    .cues
                    .binary_search_by(|c| c.start.cmp(&t.start))
                    .is_ok()
            {
                i += 1;
                continue;
            }
            // "Mrs. Clinton", "Mr Trump": the title tells the gender.
            let title_before = match i {
                0 => None,
                1 => Some(&toks[0]),
                _ if toks[i - 1].is_punct('.') => Some(&toks[i - 2]),
                _ => Some(&toks[i - 1]),
            };
            // (Titles are short capitalised words: most runs skip the
            // lookups.)
            let title_before =
                title_before.filter(|t| t.end - t.start <= 5 && t.is_word() && t.is_capitalised());
            if let Some(g) = title_before.and_then(|t| self.gender_of_word(t.lower)) {
                let key = self.key(&doc[t.start..toks[j - 1].end]);
                self.reg.genders.insert(key, g);
                self.reg.genders.insert(SmolStr::new(toks[j - 1].lower), g);
            }
            let mut end = j;
            // A lowercase place descriptor right after ("Panjshir province"),
            // unless the name is a people's adjective ("a Russian airbase",
            // "the Ukrainian border": no place is named).
            let mut place = false;
            if let Some(n) = toks.get(end) {
                if n.is_word()
                    && lex.place_descriptors.contains(&n.lower)
                    && !(j == i + 1
                        && lex
                            .nations
                            .get(t.lower)
                            .is_some_and(|nation| nation.as_str() != t.lower))
                {
                    end += 1;
                    place = true;
                }
            }
            let words = &toks[i..end];
            if words.len() > 1
                && lex.place_prefixes.contains(&words[0].lower)
                && !words
                    .iter()
                    .any(|w| lex.organisation_words.contains(&w.lower))
            {
                place = true;
            }
            if words
                .last()
                .is_some_and(|w| lex.place_descriptors.contains(&w.lower))
                && words.len() > 1
            {
                place = true;
            }
            // "Secretary of State John Kerry" ("Former Secretary of …"):
            // the person is the name after the title.
            // (A role, "of", a word and a two-word name at least: most runs
            // are shorter and need no lookup.)
            let r0 = if end >= i + 6 && lex.attribution.modifiers.contains(&toks[i].lower) {
                i + 1
            } else {
                i
            };
            if end >= r0 + 5
                && lex.roles.contains(&toks[r0].lower)
                && self.title_of_something(&toks[r0 + 1..end])
            {
                self.add_mention(&toks[end - 2..end], EntityKind::Person);
                i = end;
                continue;
            }
            // Split a role out of the run: "Taliban Spokesperson Zabihullah".
            // (Not a role before an organisation word: "Chicago Police
            // Department", "the General Staff" name a body.)
            // (But "Pentagon Spokesman Army Col. Steve Warren": a title or
            // a role after the organisation word ends the body's name.)
            let names_body = |k: usize| {
                k + 1 < end
                    && lex.organisation_words.contains(&toks[k + 1].lower)
                    && toks[k + 2..end].first().is_none_or(|n| {
                        !lex.roles.contains(&n.lower) && !lex.titles.contains(&n.lower)
                    })
            };
            // (Or a title in capitals: "NDP MP Charlie Angus".)
            let role_at = |k: usize| {
                (lex.roles.contains(&toks[k].lower)
                    || (lex.titles.contains(&toks[k].lower) && toks[k].is_acronym(doc)))
                    && !names_body(k)
            };
            if let Some(r) = (i + 1..end).find(|&k| role_at(k)) {
                // ("Former Acting Mayor …": ranks qualified, no body.)
                let ranks = toks[i..r]
                    .iter()
                    .all(|t| lex.attribution.rank_qualifiers.contains(&t.lower));
                let org = (!ranks)
                    .then(|| self.add_mention(&toks[i..r], EntityKind::Organisation))
                    .flatten()
                    .and_then(|_| self.reg.mentions.last().map(|m| m.surface.clone()));
                if r + 1 < end {
                    let person = self.add_mention(&toks[r + 1..end], EntityKind::Person);
                    if let (Some(o), Some(p)) = (org, person) {
                        self.reg.person_org.insert(p, o);
                    }
                }
                i = end;
                continue;
            }
            // (A title before a name: "President Ruto", not "President of
            // McDonald's", whose office is no name.)
            let title =
                lex.titles.contains(&words[0].lower) && end - i > 1 && words[1].lower != "of";
            let start = if title { i + 1 } else { i };
            let run_key = self.key(&doc[toks[start].start..toks[end - 1].end]);
            let kind = if place {
                EntityKind::Place
            } else if title {
                EntityKind::Person
            } else {
                self.guess_kind(&toks[start..end], &run_key, toks, i)
            };
            let key = self.add_mention_keyed(&toks[start..end], kind, run_key);
            // "Name (ACRONYM)": the acronym is an alias of the name.
            if end + 2 < toks.len()
                && toks[end].is_punct('(')
                && toks[end + 1].is_acronym(doc)
                && toks[end + 2].is_punct(')')
            {
                if let Some(key) = key {
                    let name = SmolStr::new(&doc[toks[start].start..toks[end - 1].end]);
                    let alias = SmolStr::new(toks[end + 1].lower);
                    self.reg.aliases.insert(alias, (name, key));
                }
                end += 3;
            }
            i = end.max(i + 1);
        }
    }

    /// [`name_key`] of a name, worked out once per name and document.
    fn key(&self, name: &str) -> SmolStr {
        if let Some(k) = self.keys.borrow().get(name) {
            return k.clone();
        }
        let k = name_key(name, self.lex);
        self.keys.borrow_mut().insert(SmolStr::new(name), k.clone());
        k
    }

    fn guess_kind(&self, run: &[Tok], key: &str, toks: &[Tok], at: usize) -> EntityKind {
        let doc = self.doc;
        let multiword_organisation = || {
            let mut joined = smol_str::SmolStrBuilder::new();
            for (k, t) in run.iter().enumerate() {
                if k > 0 {
                    joined.push(' ');
                }
                joined.push_str(t.lower);
            }
            self.lex.organisation_words.contains(&joined.finish())
        };
        if run
            .iter()
            .any(|t| self.lex.organisation_words.contains(&t.lower))
            || (run.len() > 1 && multiword_organisation())
        {
            return EntityKind::Organisation;
        }
        if let Some(k) = self.reg.kinds.get(key) {
            return *k;
        }
        if self.reg.aliases.contains_key(key) {
            return EntityKind::Organisation;
        }
        if run.len() == 1 && self.reg.surnames.contains_key(key) {
            return EntityKind::Person;
        }
        if run.len() == 1 && run[0].is_acronym(doc) {
            return EntityKind::Organisation;
        }
        // "the singer Adele", "rapper Drake": a title before one name
        // names a person.
        // (Not a people's name before what it qualifies: "the premier
        // Libyan airline".)
        let qualifier = || {
            (self.lex.nations.contains_key(run[0].lower) || demonym_shaped(run[0].lower))
                && toks
                    .get(at + 1)
                    .is_some_and(|t| t.is_word() && !t.is_capitalised())
        };
        if run.len() == 1 && at > 0 && self.lex.titles.contains(&toks[at - 1].lower) && !qualifier()
        {
            return EntityKind::Person;
        }
        // "the city of X".
        if at > 1
            && toks[at - 1].lower == "of"
            && self.lex.place_descriptors.contains(&toks[at - 2].lower)
        {
            return EntityKind::Place;
        }
        if at > 0 && self.lex.grammar.place_preps.contains(&toks[at - 1].lower) {
            return EntityKind::Place;
        }
        // "Mark Andres, President of Arlen Foods, …": the office in
        // apposition is the named person's, no other person.
        let office_of_the_name_before = run.len() > 2
            && run[1].lower == "of"
            && at > 1
            && toks[at - 1].is_punct(',')
            && toks[at - 2].is_capitalised();
        if (2..=4).contains(&run.len()) && !office_of_the_name_before {
            return EntityKind::Person;
        }
        EntityKind::Thing
    }

    /// Records a mention; returns its key.
    fn add_mention(&mut self, run: &[Tok], kind: EntityKind) -> Option<SmolStr> {
        let (first, last) = (run.first()?, run.last()?);
        let key = self.key(&self.doc[first.start..last.end]);
        self.add_mention_keyed(run, kind, key)
    }

    /// [`Ctx::add_mention`] with the run's key already computed.
    fn add_mention_keyed(
        &mut self,
        run: &[Tok],
        kind: EntityKind,
        key: SmolStr,
    ) -> Option<SmolStr> {
        let (first, last) = (run.first()?, run.last()?);
        if key.is_empty() {
            return None;
        }
        let mut key = key;
        let mut surface = SmolStr::new(&self.doc[first.start..last.end]);
        let mut kind = kind;
        if let Some((name, canonical)) = self.reg.aliases.get(&key) {
            key = canonical.clone();
            surface = name.clone();
            kind = EntityKind::Organisation;
        } else if run.len() == 1 && kind != EntityKind::Place {
            // ("al-Baghdadi" after "Abu Bakr al-Baghdadi": the surname
            // without its lowercase particle.)
            let particle = || {
                self.doc[first.start..]
                    .starts_with(|c: char| c.is_lowercase())
                    .then(|| self.reg.surnames.get(last_word_of_key(&key)))
                    .flatten()
            };
            if let Some((full, full_key)) = self.reg.surnames.get(&key).or_else(particle) {
                surface = full.clone();
                key = full_key.clone();
                kind = EntityKind::Person;
            }
        }
        // (One lookup: a new key starts as this mention's kind.)
        let known = self.reg.kinds.entry(key.clone()).or_insert(kind);
        let kind = match *known {
            EntityKind::Place => EntityKind::Place,
            k if kind == EntityKind::Thing => k,
            _ => kind,
        };
        *known = kind;
        if kind == EntityKind::Person && run.len() > 1 {
            let surname = SmolStr::new(last_word_of_key(&key));
            self.reg
                .surnames
                .insert(surname, (surface.clone(), key.clone()));
        }
        self.reg.mentions.push(Mention {
            range: first.start..last.end,
            key: key.clone(),
            surface,
            kind,
        });
        Some(key)
    }

    /// A cue that can make a claim: verbs of attitude and negators alone
    /// make none.
    fn claim_cue(&self, c: &Cue) -> bool {
        !self.lex.patterns[c.pat]
            .cats
            .iter()
            .all(|k| matches!(k, Cat::Attitude | Cat::Negation))
            || self.medium_shows(c)
            || self.finds_that(c)
    }

    /// "The fact check found that …": a verb of finding
    /// (`grammar.finding_verbs`) before "that" and its clause.
    fn finds_that(&self, c: &Cue) -> bool {
        self.doc[c.end..].starts_with(" that ")
            && self.lex.grammar.finding_verbs.contains(self.cue_text(c))
    }

    /// "Video shows …", "A clip purportedly shows …", "Photos appear to
    /// show …": a verb of showing (`grammar.showing_verbs`) whose subject
    /// is a medium that relays claims (`entities.report_speakers`), past
    /// adverbs in -ly and "appears to", "purports to", "seems to".
    fn medium_shows(&self, c: &Cue) -> bool {
        if !self.lex.grammar.showing_verbs.contains(self.cue_text(c)) {
            return false;
        }
        let mut words = self.doc[..c.start]
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty());
        let mut after_to = false;
        // ("A video shared online shows …", "Photos shared on Telegram
        // show …": a participle and where it went round, in the words of
        // `circulation_at`.)
        let g = &self.lex.grammar;
        let circulated = |w: &str| {
            w.ends_with("ed")
                || w.ends_with("ing")
                || g.circulation_links.contains(w)
                || g.platforms.contains(w)
        };
        for _ in 0..7 {
            let Some(w) = words.next() else {
                return false;
            };
            let w = smol_str::StrExt::to_lowercase_smolstr(w);
            if self.lex.report_speakers.contains(w.as_str()) {
                // ("The man who posted the video shows no remorse": the
                // medium is the object of a verb before it, not the
                // subject.)
                let object = words.next().is_some_and(|d| {
                    // (The verb right before the determiner, in the same
                    // sentence: offsets into the document.)
                    let at = d.as_ptr() as usize - self.doc.as_ptr() as usize;
                    let verb = self.doc[..at].trim_end_matches(' ');
                    self.lex
                        .grammar
                        .determiners
                        .contains(smol_str::StrExt::to_lowercase_smolstr(d).as_str())
                        && verb.ends_with("ed")
                        && verb.len() < at
                });
                return !object;
            }
            let linking = matches!(
                w.as_str(),
                "appears" | "appear" | "appeared" | "purports" | "purport" | "seems" | "seem"
            );
            if w == "to" && !after_to {
                after_to = true;
            } else if !(w.ends_with("ly") || (after_to && linking) || circulated(&w)) {
                return false;
            }
        }
        false
    }

    /// Cues that start inside `r` (cues are in document order).
    fn cues_in(&self, r: &Range<usize>) -> &[Cue] {
        let a = self.cues.partition_point(|c| c.start < r.start);
        let b = self.cues.partition_point(|c| c.start < r.end);
        &self.cues[a..b.max(a)]
    }

    /// The mentions that start inside `r`, without a copy (mentions are
    /// registered in document order).
    fn mentions_starting_in(&self, r: &Range<usize>) -> impl Iterator<Item = &Mention> {
        let a = self
            .reg
            .mentions
            .partition_point(|m| m.range.start < r.start);
        let end = r.end;
        self.reg.mentions[a..]
            .iter()
            .take_while(move |m| m.range.start < end)
    }

    fn mentions_in(&self, r: &Range<usize>) -> Vec<Mention> {
        self.mentions_starting_in(r)
            .filter(|m| m.range.end <= r.end)
            .cloned()
            .collect()
    }

    fn last_mention_before(&self, pos: usize, kind: EntityKind) -> Option<&Mention> {
        self.reg
            .mentions
            .iter()
            .rev()
            .find(|m| m.range.start < pos && m.kind == kind)
    }

    /// The words after a role that make it the title of something, then a
    /// two-word name, all capitalised: "of State Antony Blinken", "of
    /// Foreign Affairs Sergei Lavrov".
    fn title_of_something<'t, T: std::borrow::Borrow<Tok<'t>>>(&self, after_role: &[T]) -> bool {
        let t = |k: usize| after_role[k].borrow();
        after_role.len() >= 4
            && t(0).lower == "of"
            && (1..after_role.len()).all(|k| t(k).is_capitalised())
            && !self.lex.not_names.contains(&t(1).lower)
    }

    /// A one-word verb of claiming (`attribution.disowning_verbs`) at
    /// tokens `vi..ve`, followed by a clause ("that …", "the tax …"), whose
    /// negation disowns the claim ("I never said that …", "did not claim
    /// the tax would …"; not "did not say whether …"); product mode only
    /// (the corpora still mark an attribution).
    fn disowning(&self, toks: &[Tok], vi: usize, ve: usize) -> bool {
        // ("never said the tax would double": a clause may follow without
        // "that", opened by an article, a pronoun or a name.)
        let opens_clause =
            |t: &Tok| t.is_capitalised() || self.lex.grammar.clause_openers.contains(t.lower);
        !self.input.keep_all
            && ve == vi + 1
            && toks.get(ve).is_some_and(|t| t.is_word() && opens_clause(t))
            && toks
                .get(vi)
                .is_some_and(|t| self.lex.attribution.disowning_verbs.contains(t.lower))
    }

    /// The last name before `pos` that a verb or noun of taking or holding
    /// ends with ("captured Tarsk", "the fall of Tarsk"): a place, though
    /// nothing else said so, for "the town" to refer to.
    fn last_taken_before(&self, pos: usize) -> Option<&Mention> {
        self.reg.mentions.iter().rev().find(|m| {
            m.range.start < pos
                && m.kind == EntityKind::Thing
                && self.cues[..self.cues.partition_point(|c| c.start < m.range.start)]
                    .iter()
                    .rev()
                    .take(3)
                    .any(|c| {
                        self.has(c, Cat::Predicate)
                            && c.end < m.range.start
                            // ("captured Tarsk", "the fall of Tarsk")
                            && matches!(self.doc[c.end..m.range.start].trim(), "" | "of")
                            && self.lex.patterns[c.pat]
                                .class
                                .as_deref()
                                .is_some_and(|k| matches!(k, "control_lost" | "control_held"))
                    })
        })
    }

    /// The last name before `pos` in this unit that an office holds or
    /// people live in ("the mayor of Tarsk", "residents of Lund"): a place
    /// for "the city" to refer to.
    fn last_governed_before<'m>(&'m self, toks: &[Tok], pos: usize) -> Option<&'m Mention> {
        let first = toks.first()?.start;
        self.reg
            .mentions
            .iter()
            .rev()
            .skip_while(|m| m.range.start >= pos)
            .take_while(|m| m.range.start >= first)
            .find(|m| {
                let k = toks.partition_point(|t| t.end <= m.range.start);
                m.kind == EntityKind::Thing
                    && k >= 2
                    && matches!(toks[k - 1].lower, "of" | "in")
                    && (self.lex.roles.contains(&toks[k - 2].lower)
                        || self.lex.report_speakers.contains(&toks[k - 2].lower))
            })
    }

    // ----- clauses --------------------------------------------------------

    /// The statement one clause makes, if any. `prev` is the index in
    /// `self.found` of the unit's last statement, whose speaker goes on in
    /// a clause that has a cue but names no speaker of its own.
    fn clause(
        &mut self,
        unit: &Unit,
        clause: Range<usize>,
        toks: &[Tok],
        prev: Option<usize>,
    ) -> Option<Found> {
        if toks.is_empty() {
            return None;
        }
        let doc = self.doc;
        let mut cues: Vec<Cue> = self
            .cues_in(&clause)
            .iter()
            .filter(|c| c.end <= clause.end)
            .cloned()
            .collect();
        if self.input.keep_all {
            // '"I think we won," she said.': the quotation is what she says;
            // its own verbs do not attribute it.
            let text = &doc[clause.clone()];
            if let Some(q) = segment::quoted_ranges(text).first() {
                let q = clause.start + q.start..clause.start + q.end;
                let opens = doc[clause.start..q.start].trim().is_empty();
                let said_after = cues
                    .iter()
                    .any(|c| c.start >= q.end && self.has(c, Cat::Speech));
                if opens && said_after {
                    cues.retain(|c| c.start >= q.end || c.end <= q.start);
                }
            }
        }
        let tok_at = |pos: usize| token_at(toks, pos);
        // ("no Patriot air defence system had been destroyed": "no", a noun
        // phrase and the auxiliaries before the verb, further than four
        // words.)
        let no_phrase_before = |n: &Cue, ti: usize| -> bool {
            if !self.cue_text(n).eq_ignore_ascii_case("no") {
                return false;
            }
            let a = &self.lex.attribution;
            let g = &self.lex.grammar;
            let between = &toks[tok_at(n.end).min(ti)..ti];
            let verbal = |t: &Tok| self.be_or_auxiliary(t);
            let aux = between.iter().rev().take_while(|t| verbal(t)).count();
            let phrase = &between[..between.len() - aux];
            aux > 0
                && (1..=4).contains(&phrase.len())
                && phrase.iter().all(|t| {
                    t.is_word()
                        && !verbal(t)
                        && !a.finite_verbs.contains(&t.lower)
                        && !a.clause_words.contains(&t.lower)
                        && !g.relative_pronouns.contains(&t.lower)
                        && !subject_pronoun(t.lower)
                        && !matches!(t.lower, "that" | "matter" | "idea" | "doubt")
                })
        };
        let negated = |c: &Cue| -> bool {
            let ti = tok_at(c.start);
            let lo = ti.saturating_sub(4);
            cues.iter().any(|n| {
                self.has(n, Cat::Negation)
                    && n.end <= c.start
                    && {
                        let nt = tok_at(n.start);
                        nt >= lo || nt + 8 >= ti && no_phrase_before(n, ti)
                    }
                    && !toks[tok_at(n.end).min(ti)..ti]
                        .iter()
                        .any(|t| matches!(t.kind, TokKind::Punct(',' | ';' | ':')))
            })
        };
        // "Trump Says He Never Pledged …": a title set as a sentence.
        // (Computed only for a capitalised cue after a capitalised word.)
        let title_case = || title_case(toks);
        // The index of the verb that only carries a denial, whose subject
        // denies: "The Kremlin issued a (firm) denial" (one adjective may
        // come between), "The ministry released a statement denying the
        // claims" (a participle after a document so issued).
        let light_verb = |c: &Cue| -> Option<usize> {
            let mut ti = tok_at(c.start);
            let text = self.cue_text(c);
            if text.ends_with("ing")
                && ti >= 3
                && self
                    .lex
                    .grammar
                    .document_nouns
                    .contains(&toks[ti - 1].lower)
            {
                ti -= 1;
            } else if !self.lex.grammar.denial_nouns.contains(text) {
                return None;
            }
            (1..=2).map(|d| ti.checked_sub(d)).find_map(|a| {
                let a = a.filter(|&a| a >= 1 && matches!(toks[a].lower, "a" | "an"))?;
                let between_ok = toks[a + 1..ti]
                    .iter()
                    .all(|t| t.is_word() && !t.is_capitalised());
                (between_ok && self.lex.grammar.light_verbs.contains(&toks[a - 1].lower))
                    .then(|| a - 1)
            })
        };
        let verbal = |c: &Cue| -> bool {
            let ti = tok_at(c.start);
            if ti >= toks.len() {
                // The cue starts inside the last token ("n't" of "didn't").
                return false;
            }
            if ti == 0 {
                // ("Sources said …": the phrase holds its own subject.)
                // ("There are rumours that …": the phrase relays them.)
                return unit.headline
                    || (self.has(c, Cat::Report)
                        && tok_at(c.end) >= 2
                        && (self.lex.report_speakers.contains(&toks[0].lower)
                            || self.lex.grammar.relaying_openers.contains(&toks[0].lower)
                            || toks[0].lower == "there"));
            }
            let p = &toks[ti - 1];
            // "the United States": a capitalised cue inside a name is no verb.
            // (Headlines are often in title case, so only in running text.)
            if !unit.headline && toks[ti].is_capitalised() && p.is_capitalised() && !title_case() {
                return false;
            }
            // (A noun after a verb that carries it is as good as a verb.)
            if p.kind == TokKind::Possessive
                || (p.is_word() && self.lex.grammar.determiners.contains(&p.lower))
            {
                return light_verb(c).is_some();
            }
            // "no official confirmation", "an outright denial": a noun after
            // a determiner and an adjective. (Product mode: PolNeAR counts
            // "relentless questions" as a cue whose source is elsewhere.)
            let noun_form = !self.input.keep_all
                && ["tion", "tions", "ial", "ials"]
                    .iter()
                    .any(|s| self.cue_text(c).ends_with(s));
            if noun_form
                && ti >= 2
                && p.is_word()
                && !p.is_capitalised()
                && self.lex.grammar.determiners.contains(&toks[ti - 2].lower)
            {
                return light_verb(c).is_some();
            }
            !self.cue_is_noun_use(toks, &cues, c, ti) || light_verb(c).is_some()
        };

        // Where content that precedes its attribution starts: the sentence's
        // start when the clauses before this one attribute nothing
        // ("A, but B, said X." reports all of "A, but B").
        let sentence_start = |clause: &Range<usize>| -> usize {
            let before = unit.range.start..clause.start;
            let attributed = self.cues_in(&before).iter().any(|c| {
                c.end <= clause.start && (self.has(c, Cat::Speech) || self.has(c, Cat::According))
            });
            if before.is_empty() || attributed {
                clause.start
            } else {
                let text = &doc[before.clone()];
                before.start + (text.len() - text.trim_start().len())
            }
        };
        let question = doc[clause.clone()]
            .trim_end_matches(['"', '”', '\'', '’', ')', ' '])
            .ends_with('?');
        let mut denial_cues: Vec<&Cue> = Vec::new();
        let mut negated_confirm: Vec<&Cue> = Vec::new();
        let mut confirm_cues: Vec<&Cue> = Vec::new();
        let mut retract_cues: Vec<&Cue> = Vec::new();
        let mut hedge_cues: Vec<&Cue> = Vec::new();
        let mut report_cues: Vec<&Cue> = Vec::new();
        // "Illarionov wrote that the denial was a sign …": a denial named
        // by a determiner or a possessive after a verb of saying is what
        // the speaker talks about, not what they do.
        let talked_about = |c: &Cue| {
            let ti = tok_at(c.start);
            self.lex.grammar.denial_nouns.contains(self.cue_text(c))
                && ti > 0
                && (toks[ti - 1].kind == TokKind::Possessive
                    || self.lex.grammar.determiners.contains(&toks[ti - 1].lower))
                && cues.iter().any(|s| {
                    s.end <= toks[ti - 1].start
                        && self.has(s, Cat::Speech)
                        && !self.has(s, Cat::Denial)
                        && verbal(s)
                })
        };
        // "on false Syrian passports", "a fake Southern accent": an
        // adjective that qualifies some other thing than a claim calls
        // nothing false.
        // (Not after a copula: "the report is misleading because …".)
        let attributive = |c: &Cue| {
            let ti = tok_at(c.start);
            self.lex.grammar.falsity_adjectives.contains(self.cue_text(c))
                && !ti
                    .checked_sub(1)
                    .is_some_and(|p| self.lex.grammar.copulas.contains(&toks[p].lower))
                && toks.get(ti + 1).is_some_and(|n| {
                    n.is_word() && !self.lex.grammar.copulas.contains(&n.lower)
                })
                // ("a false robbery report": the noun may come a word later.)
                && !toks[ti + 1..(ti + 3).min(toks.len())].iter().any(|n| {
                    self.lex.grammar.claim_nouns.contains(&n.lower)
                        || self.lex.grammar.falsified_nouns.contains(&n.lower)
                })
        };
        // "was denied entry", "rejected the bill", "dismissed 200 workers",
        // "rejected Russia's offer": a verb of denial whose object is no
        // claim (`grammar.non_claim_objects`, in the first words after the
        // verb, before a preposition, "that" or punctuation) denies nothing.
        let refuses_a_thing = |c: &Cue| {
            let g = &self.lex.grammar;
            let verb = self.cue_text(c);
            if !g.object_denials.contains(verb) {
                return false;
            }
            let proposal = g.proposal_verbs.contains(verb);
            // ("deny the Tarsk people their right to vote": five words.)
            let object = toks[tok_at(c.end).min(toks.len())..]
                .iter()
                .take(5)
                .take_while(|t| {
                    (t.is_word() || t.kind == TokKind::Possessive)
                        && t.lower != "that"
                        && !g.prepositions.contains(&t.lower)
                });
            // "His requests for leave were denied", "The bill was
            // rejected": in the passive, what is refused comes before the
            // auxiliary (up to six words back, prepositions and all).
            let vi = tok_at(c.start);
            let passive = vi > 0
                && self
                    .lex
                    .attribution
                    .passive_auxiliaries
                    .contains(toks[vi - 1].lower);
            let subject = toks[..vi.saturating_sub(1)]
                .iter()
                .rev()
                .take(if passive { 6 } else { 0 })
                .take_while(|t| {
                    (t.is_word() || t.kind == TokKind::Possessive) && t.lower != "that"
                });
            let mut thing = false;
            let mut after_capital = false;
            for t in object.chain(subject) {
                // ("rejected a Fox News proposal": a word of a name is no
                // claim noun.)
                let in_name = after_capital && t.is_capitalised();
                after_capital = t.is_capitalised();
                if g.claim_nouns.contains(&t.lower) && !in_name {
                    return false;
                }
                thing |= g.non_claim_objects.contains(&t.lower)
                    || (proposal && g.proposal_objects.contains(&t.lower));
            }
            thing
        };
        // "The app falsely flagged posts as spam": an act done falsely is
        // no claim denied; "falsely claimed", "falsely reported" are.
        let falsely_done = |c: &Cue| {
            self.cue_text(c) == "falsely"
                && toks.get(tok_at(c.end)).is_some_and(|next| {
                    !cues.iter().any(|x| {
                        x.start == next.start
                            && (self.has(x, Cat::Speech)
                                || self.has(x, Cat::Report)
                                || self.has(x, Cat::Attitude))
                    })
                })
        };
        // "The Kremlin lies", "the minister lied about …", "X is lying":
        // the one who lies is accused, not the one who denies; the subject
        // (its token range) is whose claims are denied.
        let liar = |c: &Cue| -> Option<(usize, usize)> {
            let g = &self.lex.grammar;
            let ti = tok_at(c.start);
            if !g.lying_verbs.contains(self.cue_text(c)) || ti == 0 || ti >= toks.len() {
                return None;
            }
            let prev = &toks[ti - 1];
            let progressive = toks[ti].lower == "lying"
                && matches!(prev.lower, "is" | "are" | "was" | "were" | "been" | "keeps");
            // (Not the noun: "it is all lies", "those Democratic lies".)
            let noun_before = |k: usize| {
                toks.get(k).is_some_and(|t| {
                    g.determiners.contains(&t.lower)
                        || g.copulas.contains(&t.lower)
                        || g.prepositions.contains(&t.lower)
                })
            };
            let finite = toks[ti].lower != "lying"
                && prev.is_word()
                && !noun_before(ti - 1)
                && !(ti >= 2
                    && (g.copulas.contains(&toks[ti - 2].lower)
                        || (toks[ti - 2].lower != "the" && noun_before(ti - 2))));
            if !(progressive || finite) {
                return None;
            }
            self.np_left(toks, ti)
        };
        // "The claim could not be independently verified", "While it has
        // not been verified, …": a negated passive with nobody confirming,
        // or what could not be checked independently, is the writer's
        // caveat, neither a confirmation nor a denial. ("Police could not
        // confirm reports that …" and "Officials have yet to confirm …"
        // are negated confirmations: denials.)
        let caveat = |c: &Cue| {
            let ti = tok_at(c.start);
            // (The words since the last comma, at most four.)
            let mut window = &toks[ti.saturating_sub(4)..ti];
            if let Some(k) = window
                .iter()
                .rposition(|t| matches!(t.kind, TokKind::Punct(',' | ';' | ':')))
            {
                window = &window[k + 1..];
            }
            // ("has not been verified"; "has been confirmed by police" is
            // a confirmation.)
            // ("has not been publicly verified", "wasn't verified", "were
            // not initially confirmed": adverbs and negators may come
            // between.)
            let aux = toks[..ti]
                .iter()
                .rev()
                .take(3)
                // (Not `negators`: "wasn't" is the auxiliary itself.)
                .find(|t| {
                    !(matches!(t.lower, "not" | "n't" | "n’t" | "yet")
                        || (t.lower.len() > 4 && t.lower.ends_with("ly")))
                })
                .map(|t| {
                    let w = t.lower;
                    w.strip_suffix("n't")
                        .or_else(|| w.strip_suffix("n’t"))
                        .unwrap_or(w)
                });
            // (With an agent, "were not confirmed by the army" is the
            // army's negated confirmation.)
            let agent = toks.get(tok_at(c.end)).is_some_and(|t| t.lower == "by");
            let passive = aux.is_some_and(|w| {
                matches!(w, "been" | "be")
                    || (!agent && self.lex.attribution.passive_auxiliaries.contains(w))
            }) && negated(c);
            passive
                || window
                    .iter()
                    .any(|t| self.lex.grammar.caveat_words.contains(&t.lower))
        };
        // "There was no indication of when …", "we're not likely to know":
        // a gap in what is known, or a forecast, denies nothing.
        let not_a_verdict = |c: &Cue| {
            let next = toks.get(tok_at(c.end));
            match self.cue_text(c) {
                "no indication" => next.is_some_and(|n| {
                    n.lower == "of"
                        && toks.get(tok_at(c.end) + 1).is_some_and(|w| {
                            matches!(
                                w.lower,
                                "when" | "where" | "whether" | "how" | "who" | "why" | "what"
                            )
                        })
                        || matches!(
                            n.lower,
                            "when" | "where" | "whether" | "how" | "who" | "why"
                        )
                }),
                "not likely" => next.is_some_and(|n| n.lower == "to"),
                // "civil disputes in family matters", "dispute resolution":
                // the noun, not the verb.
                "dispute" | "disputes" => {
                    // "…, a claim Kyiv disputes.", "which it disputes.": at
                    // the end of its clause, the verb of a subject right
                    // before it.
                    let ti = tok_at(c.start);
                    let subject_before = ti > 1
                        && toks[ti - 1].is_word()
                        && (toks[ti - 1].is_capitalised() || subject_pronoun(toks[ti - 1].lower))
                        || toks[ti.saturating_sub(4)..ti]
                            .iter()
                            .any(|t| matches!(t.lower, "which" | "claim" | "claims"));
                    next.is_none_or(|n| {
                        (!n.is_word() && !subject_before)
                            || self.lex.grammar.dispute_noun_followers.contains(&n.lower)
                    })
                }
                // "is made up of 13 aircraft", "made up for the loss": what
                // something consists of, or a loss made good.
                "made up" => next.is_some_and(|n| matches!(n.lower, "of" | "for")),
                // "the town that lies near the border", "the problem lies
                // in …": where something is, not a lie.
                "lie" | "lies" | "lying" => {
                    next.is_some_and(|n| self.lex.grammar.position_words.contains(n.lower))
                }
                // "a propaganda video", "a conspiracy theorist": the
                // first noun of a compound names a kind of thing.
                w if self.lex.grammar.modifying_denials.contains(w) => {
                    next.is_some_and(|n| self.names_a_kind(n))
                }
                // "unconfirmed Iraqi media reports": a hedge on the noun.
                w if self.lex.grammar.attributive_hedges.contains(w) => {
                    next.is_some_and(|n| n.is_capitalised() || self.names_a_kind(n))
                }
                // "Something is wrong with her", "there is something
                // wrong": said of an indefinite pronoun, no verdict on a
                // claim.
                _ if self.said_of_something(toks, tok_at(c.start)) => true,
                _ => false,
            }
        };
        // "Propaganda: His love of rich food …": a photo caption's label,
        // no verdict (those are `grammar.verdict_labels`, "False: …").
        let caption_label = |c: &Cue| {
            let ti = tok_at(c.start);
            clause.start == unit.range.start
                && ti == 0
                && toks.get(tok_at(c.end)).is_some_and(|t| t.is_punct(':'))
                && !self.lex.grammar.verdict_labels.contains(self.cue_text(c))
        };
        // "If their identities are confirmed, …", "will decide whether the
        // claims are false", "Even if this turns out to be a hoax": a
        // verdict in a condition or an open question (opened since the last
        // comma, at most ten words before) is not given.
        let hypothetical = |c: &Cue| {
            let ti = tok_at(c.start);
            toks[ti.saturating_sub(10)..ti]
                .iter()
                .rev()
                .take_while(|t| !matches!(t.kind, TokKind::Punct(',' | ';' | ':')))
                .any(|t| self.lex.grammar.hypothetical_openers.contains(t.lower))
        };
        for c in &cues {
            // "The opposition asked the commission to confirm …": a
            // confirmation or denial asked for is not made.
            if self.requested(toks, tok_at(c.start)) {
                continue;
            }
            if (self.has(c, Cat::Denial) || self.has(c, Cat::Confirmation)) && hypothetical(c) {
                continue;
            }
            let neg = negated(c);
            if self.has(c, Cat::Denial)
                && !neg
                && !talked_about(c)
                && !attributive(c)
                && !not_a_verdict(c)
                && !refuses_a_thing(c)
                && !falsely_done(c)
                && !caption_label(c)
            {
                denial_cues.push(c);
            }
            if self.has(c, Cat::Confirmation) && caveat(c) {
                continue;
            }
            if self.has(c, Cat::Confirmation) {
                if neg {
                    negated_confirm.push(c);
                } else {
                    confirm_cues.push(c);
                }
            }
            if self.has(c, Cat::Retraction) && !neg {
                retract_cues.push(c);
            }
            if self.has(c, Cat::Hedge) {
                hedge_cues.push(c);
            }
            if self.has(c, Cat::Report) {
                report_cues.push(c);
            }
        }

        // "Claims of its destruction are fake": the reports named before a
        // denial are what it denies, not who speaks.
        let reports_are_denied = denial_cues.first().is_some_and(|d| {
            report_cues
                .iter()
                .chain(&hedge_cues)
                .all(|r| r.end <= d.start)
                && !cues.iter().any(|c| {
                    self.has(c, Cat::Speech)
                        && c.start < d.start
                        && !self.has(c, Cat::Report)
                        && !self.has(c, Cat::Hedge)
                })
        });
        // ---- speaker ----
        let mut speaker: Option<FoundSpeaker> = None;
        let mut content = clause.clone();
        // The cue that introduces the speaker ("said", "according to").
        let mut speech_cue: Option<Range<usize>> = None;
        // "According to X, …" attributes the content to X as surely as
        // "X said" does.
        let mut according_attribution = false;
        if let Some(acc) = cues.iter().find(|c| {
            self.has(c, Cat::According)
                || (self.has(c, Cat::Report) && self.cue_text(c).starts_with("according to"))
        }) {
            let ai = tok_at(acc.end);
            // "according to a statement from the palace": who issued the
            // document speaks (product mode; the corpora mark the whole
            // phrase as the source).
            let ai = match (toks.get(ai), toks.get(ai + 1), toks.get(ai + 2)) {
                (Some(d), Some(n), Some(p))
                    if !self.input.keep_all
                        && matches!(d.lower, "a" | "an" | "the")
                        && self.lex.grammar.document_nouns.contains(&n.lower)
                        && matches!(p.lower, "from" | "by") =>
                {
                    ai + 3
                }
                _ => ai,
            };
            speech_cue = Some(acc.start..acc.end);
            if self.has(acc, Cat::Report) {
                speaker = Some(self.relayed_speaker(&self.doc[acc.start..acc.end]));
                // "X has died, according to reports": what the reports say
                // comes before them.
                content = if acc.start > clause.start + 2 {
                    sentence_start(&clause)..acc.start
                } else {
                    acc.end..clause.end
                };
            } else if let Some((s, e)) = self
                .anonymous_phrase_at(toks, ai)
                .or_else(|| self.np_right(toks, ai))
                .or_else(|| {
                    // Evaluation mode: any noun phrase up to the punctuation
                    // ("according to a yearly Gallup poll").
                    let e = toks[ai.min(toks.len())..]
                        .iter()
                        .take(15)
                        .take_while(|t| t.is_word() || t.kind == TokKind::Possessive)
                        .count();
                    (self.input.keep_all && e > 0).then_some((ai, ai + e))
                })
            {
                // Evaluation mode: the whole phrase up to its punctuation
                // is the source ("according to a CNN tally", not "a CNN").
                // "The Herald quoted Tarn as saying the dam had burst":
                // what follows "as saying" is what was said.
                let as_saying = self.as_saying_at(toks, e);
                let e = if self.input.keep_all && as_saying.is_none() {
                    self.phrase_end(toks, e)
                } else {
                    e
                };
                let mut sp = self.speaker_from(toks, s, e, Attribution::Indirect);
                // "according to a new report", "according to a security
                // blog": a medium nobody names (an indefinite one) relays
                // what it carries (product mode; as "according to reports"
                // does).
                if !self.input.keep_all
                    && matches!(toks[s].lower, "a" | "an")
                    && self.lex.report_speakers.contains(&toks[e - 1].lower)
                    && toks[s..e].iter().all(|t| !t.is_capitalised())
                {
                    sp = Some(self.relayed_speaker(&self.doc[toks[s].start..toks[e - 1].end]));
                }
                if sp.is_none() && self.input.keep_all {
                    // Evaluation mode: a document or a poll is a source too
                    // ("according to a yearly Gallup poll").
                    let range = toks[s].start..toks[e - 1].end;
                    let mut doc_source = self.relayed_speaker(&self.doc[range.clone()]);
                    doc_source.range = Some(range);
                    sp = Some(doc_source);
                }
                // ("A, while B, according to X": all of it, as with "said".)
                content = if acc.start > clause.start + 2 {
                    sentence_start(&clause)..acc.start
                } else {
                    toks[e - 1].end..clause.end
                };
                if let Some(said) = as_saying {
                    content = said..clause.end;
                }
                according_attribution = sp.is_some();
                speaker = sp;
            }
        }
        // "X said/denied/…" and "…," said X.
        if speaker.is_none() {
            let keep_all = self.input.keep_all;
            // "Beijing denounced the report as a fabrication": a verb that
            // brands its object, before a word of denial.
            let branding = |c: &Cue| {
                self.lex.grammar.branding_verbs.contains(self.cue_text(c))
                    && cues
                        .iter()
                        .any(|d| d.start > c.end && self.has(d, Cat::Denial))
            };
            let eligible = |c: &&Cue| {
                self.has(c, Cat::Speech)
                    || (self.has(c, Cat::Attitude)
                        && (keep_all || branding(c) || self.medium_shows(c) || self.finds_that(c)))
                    || self.has(c, Cat::Denial)
                    || self.has(c, Cat::Confirmation)
                    || self.has(c, Cat::Retraction)
                    || self.has(c, Cat::Report)
            };
            // '"… that I have said," the judge exclaimed': a speech verb
            // inside a quotation is part of what is quoted when one
            // outside it names the speaker.
            let quotes: Vec<Range<usize>> = segment::quoted_ranges(&doc[clause.clone()])
                .into_iter()
                .map(|q| clause.start + q.start..clause.start + q.end)
                .collect();
            let quoted = |c: &Cue| quotes.iter().any(|q| q.start < c.start && c.end < q.end);
            let outside = cues
                .iter()
                .filter(eligible)
                .any(|c| self.has(c, Cat::Speech) && !quoted(c) && verbal(c));
            for c in cues.iter().filter(eligible) {
                if !verbal(c) || (outside && quoted(c)) {
                    continue;
                }
                // "Trump appeared on MSNBC": a verb of seeming before a
                // preposition is a verb of showing up (evaluation mode).
                if keep_all
                    && self
                        .lex
                        .attribution
                        .sourceless_verbs
                        .contains(self.cue_text(c))
                    && toks
                        .get(tok_at(c.end))
                        .is_some_and(|t| self.lex.grammar.prepositions.contains(&t.lower))
                {
                    continue;
                }
                let ci = tok_at(c.start);
                // "It was announced by the ministry that …": the agent
                // speaks, and what follows "that" is what was said.
                if let Some((agent, said)) =
                    self.expletive_passive(toks, ci, tok_at(c.end), &clause)
                {
                    speaker = Some(agent);
                    content = said;
                    speech_cue = Some(c.start..c.end);
                    break;
                }
                // (Before the copula test: "was opposed by X" is a passive.)
                if self.input.keep_all {
                    if let Some((agent, subject, from)) =
                        self.passive_agent(toks, ci, tok_at(c.end))
                    {
                        speaker = Some(agent);
                        content = subject;
                        speech_cue = Some(from..c.end);
                        break;
                    }
                } else if let Some((agent, said)) =
                    self.kind_passive_agent(toks, c, ci, tok_at(c.end), &clause)
                {
                    speaker = Some(agent);
                    content = said;
                    speech_cue = Some(c.start..c.end);
                    break;
                }
                // "Bakhmut is reported to have fallen", "Explosions
                // reported at Belbek": a passive with no agent relays what
                // its subject names; nobody in the text speaks. (Evaluation
                // mode keeps the subject as PolNeAR's content and marks the
                // source missing later.)
                if !self.input.keep_all {
                    if self.passive_before_attribution(toks, ci, tok_at(c.end), &clause) {
                        continue;
                    }
                    if let Some(said) = self.agentless_passive(toks, ci, tok_at(c.end), &clause) {
                        speaker = Some(self.relayed_speaker(self.cue_text(c)));
                        content = said;
                        speech_cue = Some(c.start..c.end);
                        break;
                    }
                }
                if !self.has(c, Cat::Speech)
                    && ci > 0
                    && toks[ci - 1].is_word()
                    && self.lex.grammar.copulas.contains(&toks[ci - 1].lower)
                {
                    continue;
                }
                if self.has(c, Cat::Report) && !self.has(c, Cat::Speech) {
                    // ("Rumours that the dam burst are false": denied, not
                    // relayed.)
                    if reports_are_denied {
                        continue;
                    }
                    let mut sp = self.relayed_speaker(&self.doc[c.start..c.end]);
                    content = c.end..clause.end;
                    speech_cue = Some(c.start..c.end);
                    let mut ve = tok_at(c.end);
                    // "…, local media reported.": the verb after the
                    // relaying phrase is part of it.
                    if let Some(v) = toks.get(ve).and_then(|t| {
                        cues.iter()
                            .find(|x| x.start == t.start && self.has(x, Cat::Speech))
                    }) {
                        ve = tok_at(v.end);
                    }
                    // "…, (two) sources said.": what they said comes before.
                    let mut s = ci;
                    while s > 0 && ci - s < 3 && toks[s - 1].is_word() {
                        s -= 1;
                    }
                    // ("…, sources told the Velsk Herald.": past whom they
                    // told.)
                    let told_whom = self
                        .cue_text(c)
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| TELLING.contains(&w));
                    let past_addressee = if told_whom {
                        self.np_right(toks, ve).map_or(ve, |(_, e)| e)
                    } else {
                        ve
                    };
                    let nothing_after = self.says_nothing(&toks[past_addressee.min(toks.len())..]);
                    if nothing_after && s > 1 && toks[s - 1].is_punct(',') {
                        content = trim_content(doc, clause.start..toks[s - 1].start);
                    } else {
                        s = ci;
                    }
                    // "Mira Sol reportedly splits from husband": an adverb
                    // inside the clause relays all of it (product mode).
                    if !self.input.keep_all
                        && ve == ci + 1
                        && toks[ci].lower.ends_with("ly")
                        && toks[ci].start > clause.start
                    {
                        content = trim_content(doc, clause.clone());
                    }
                    // Evaluation mode: "sources said" is a source and its
                    // verb, as PolNeAR marks them.
                    if self.input.keep_all
                        && ve >= ci + 2
                        && self.lex.report_speakers.contains(&toks[ci].lower)
                    {
                        let verb = &toks[ve - 1];
                        sp.range = Some(toks[s].start..toks[ve - 2].end);
                        sp.attribution = Attribution::Indirect;
                        speech_cue = Some(verb.start..verb.end);
                    }
                    speaker = Some(sp);
                    break;
                }
                let vi = tok_at(c.start);
                let ve = tok_at(c.end);
                // "The opposition asked the commission to confirm …": asking
                // someone to speak says nothing; "The army denied access to
                // journalists" denies nothing.
                if !self.input.keep_all
                    && (self.asks_someone(toks, vi, ve)
                        || self.requested(toks, vi)
                        || refuses_a_thing(c)
                        || liar(c).is_some())
                {
                    continue;
                }
                // "… and rejected Brook's claim" (a clause of its own, see
                // `split_coordinated_denials`): the speaker of the clause
                // before denies.
                if vi == 1 && toks[0].lower == "and" {
                    if let Some(p) = prev.and_then(|i| self.found.get(i)) {
                        let mut sp = p.speaker.clone();
                        sp.attribution = Attribution::Coreference;
                        speaker = Some(sp);
                        content = c.end..clause.end;
                        speech_cue = Some(c.start..c.end);
                        break;
                    }
                }
                // "…, the race will be tight, said Dan Gerstein, an analyst":
                // a name right after ", said" is the speaker, whatever the
                // commas before it seem to hold.
                let name_after = vi > 0
                    && toks[vi - 1].is_punct(',')
                    && self.lex.grammar.inverting_verbs.contains(self.cue_text(c))
                    && toks.get(ve).is_some_and(|t| t.is_capitalised())
                    && self
                        .np_right(toks, ve)
                        .is_some_and(|(_, e)| match toks.get(e) {
                            // The name ends the sentence or opens an appositive
                            // (not "said Mr. Trump was …").
                            None => true,
                            Some(t) if t.is_punct(',') => true,
                            Some(t) if matches!(t.kind, TokKind::Punct('.' | '!' | '?')) => {
                                toks[e + 1..].iter().all(|t| !t.is_word())
                            }
                            Some(_) => false,
                        });
                // "Police could not confirm …": the subject of a negated
                // confirmation or denial, before its negators.
                // (And "The minister never claimed that …".)
                let subject_end = if let Some(lv) = light_verb(c) {
                    lv
                } else if self.has(c, Cat::Confirmation)
                    || self.has(c, Cat::Denial)
                    || self.disowning(toks, vi, ve)
                {
                    let mut k = vi;
                    while k > 0
                        && toks[k - 1].is_word()
                        && self
                            .lex
                            .grammar
                            .subject_negators
                            .contains(&toks[k - 1].lower)
                    {
                        k -= 1;
                    }
                    k
                } else {
                    vi
                };
                // "The ministry moved to deny …", "Musk took to X to deny …":
                // the subject of the verb that governs the infinitive.
                let committal = self.has(c, Cat::Confirmation) || self.has(c, Cat::Denial);
                let subject_end = self.infinitive_subject_end(toks, subject_end, committal);
                // "The migrants were blamed for the fire", "officials were
                // asked who would win": the subject of a passive with no
                // agent is not who speaks (product mode; "is claiming
                // victory" is no passive).
                // ("Orbis accused of dumping waste": a headline's reduced
                // passive, the accused before it.)
                // (Not after a relative pronoun: in "which Hollande blamed
                // for the attacks" Hollande blames.)
                let reduced = || {
                    matches!(self.cue_text(c), "accused" | "charged" | "blamed")
                        && toks
                            .get(ve)
                            .is_some_and(|t| matches!(t.lower, "of" | "with" | "for"))
                        && !toks[vi.saturating_sub(8)..vi]
                            .iter()
                            .any(|t| matches!(t.lower, "which" | "whom"))
                };
                let agentless_passive = || {
                    !self.input.keep_all
                        && (self.auxiliaries_before(toks, vi).1 || reduced())
                        && toks.get(ve).is_none_or(|t| t.lower != "by")
                        && !self.cue_text(c).ends_with("ing")
                };
                if let Some((s, e)) = self
                    .np_left(toks, subject_end)
                    .filter(|_| !name_after && !agentless_passive())
                {
                    if let Some(mut sp) = self.speaker_from(toks, s, e, Attribution::Indirect) {
                        // "…, a spokesman for the army said": the phrase
                        // starts with the group that speaks for the name.
                        let s = match self.group_before_place(toks, s) {
                            Some(g) if g > 0 && toks[g - 1].is_punct(',') => g,
                            // ('"…," one employee told …': the quantifier a
                            // product speaker leaves out still opens the
                            // phrase after the quotation.)
                            _ if s > 0 && self.opening_quantifier(toks, s - 1) => s - 1,
                            _ => s,
                        };
                        content = c.end..clause.end;
                        // "Mayor Ivo Tarn promised to rebuild the bridge, the
                        // Kelby Courier reported.": what was said ends before
                        // the attribution that closes the sentence (product
                        // mode; evaluation mode cuts at every attribution).
                        if !self.input.keep_all {
                            if let Some(k) = self.closing_attribution(toks, &cues, ve) {
                                let cut = trim_content(doc, c.end..toks[k].start);
                                if !cut.is_empty() {
                                    content.end = cut.end;
                                }
                            }
                        }
                        speech_cue = Some(c.start..c.end);
                        // "…, the ministry said (on Saturday) (in a statement)."
                        let after = &toks[ve.min(toks.len())..];
                        let nothing_after =
                            self.says_nothing(after) || circumstantial_participle(after);
                        if nothing_after
                            && s > 0
                            && !matches!(
                                toks[s - 1].kind,
                                TokKind::Punct(',' | '"' | '”' | '\'' | '’')
                            )
                        {
                            // (Looked for only here: most speakers are
                            // followed by what they said.)
                            let quote_before = find_quote(doc, &(clause.start..toks[s].start))
                                .map(|q| with_marks(doc, q));
                            // '"…," one senior Democrat said.': the speaker
                            // phrase starts after the quotation, the content
                            // is the quotation (or the text) before it.
                            // ("Luke Somers was killed, a senior official
                            // said.": without a quotation, after the last
                            // comma.)
                            let comma = quote_before
                                .is_none()
                                .then(|| {
                                    toks[..s]
                                        .iter()
                                        .rposition(|t| t.is_punct(',') && t.start >= clause.start)
                                })
                                .flatten();
                            let from = match (&quote_before, comma) {
                                (Some(q), _) => q.end,
                                (None, Some(c)) => toks[c].end,
                                (None, None) => clause.start,
                            };
                            if let Some(k) = toks[..s]
                                .iter()
                                .position(|t| t.start >= from && t.is_word())
                            {
                                let range = toks[k].start..toks[e - 1].end;
                                sp.surface = doc[range.clone()].to_string();
                                sp.range = Some(range);
                            }
                            content = match (&quote_before, comma) {
                                (Some(q), _) => q.clone(),
                                (None, Some(c)) => sentence_start(&clause)..toks[c].start,
                                (None, None) => sentence_start(&clause)..toks[s - 1].end,
                            };
                        }
                        // (Where the speaker phrase starts after a quotation
                        // or a comma: its determiner and modifiers too,
                        // '"…," a senior official said'.)
                        let s = self.described_phrase_start(toks, s);
                        speaker = Some(sp);
                        // '"…," X said': the content is the quotation before.
                        if s > 0
                            && matches!(
                                toks[s - 1].kind,
                                TokKind::Punct(',' | '"' | '”' | '\'' | '’')
                            )
                        {
                            // Evaluation mode: the content follows the verb
                            // when "that" opens it ('"This Week," Rubio said
                            // that …'), or when the quotation before is a
                            // few words, maybe a title, and words other
                            // than a circumstance follow. A longer quotation
                            // is what was said, whatever follows the verb
                            // ('"…," he told USA TODAY's video series').
                            let that_follows = toks.get(ve).is_some_and(|t| t.lower == "that");
                            let says_more = || {
                                toks.get(ve).is_some_and(|t| {
                                    t.is_word()
                                        && !self.circumstance(t)
                                        && !self
                                            .lex
                                            .attribution
                                            .circumstance_openers
                                            .contains(&t.lower)
                                        && toks.len() - ve > 4
                                })
                            };
                            let title_like =
                                |q: &Range<usize>| doc[q.clone()].split_whitespace().count() < 4;
                            if let Some(q) =
                                find_quote(doc, &(clause.start..toks[s].start)).filter(|q| {
                                    !(self.input.keep_all
                                        && (that_follows || (title_like(q) && says_more())))
                                })
                            {
                                content = with_marks(doc, q);
                            } else if toks[s - 1].is_punct(',')
                                && (toks.len() - ve <= 8
                                    // "…, Reuters reported on Monday,
                                    // citing people familiar with …"
                                    || toks[ve..participle_phrase_start(toks, ve)]
                                        .iter()
                                        .all(|t| self.circumstance(t)))
                                && s >= 4
                                && !self.clause_follows(toks, ve)
                                // ('Asked …, Smith said, "Absolutely."': a
                                // quotation right after the verb is what was
                                // said.)
                                && !(toks.get(ve).is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
                                    && toks.get(ve + 1).is_some_and(|t| {
                                        matches!(t.kind, TokKind::Punct('"' | '“' | '\''))
                                    }))
                                // "In a speech, Trump said …": an opening
                                // adverbial is not what was said.
                                && !self.only_an_opening_adverbial(&toks[..s - 1])
                            {
                                // "Seeing him suffer led him to avoid it, he said."
                                // "He found no taker, he said, on condition of …"
                                content = sentence_start(&clause)..toks[s - 1].start;
                            }
                        }
                        break;
                    }
                }
                // "Trump did X, saying …": the subject of the main clause speaks.
                if vi > 1 && toks[vi - 1].is_punct(',') && self.cue_text(c).ends_with("ing") {
                    // The subject opens the clause, or follows an opening
                    // adverbial ("In May, a federal judge sided …, saying").
                    let after_opening = toks[..vi - 1]
                        .iter()
                        .position(|t| t.is_punct(','))
                        .filter(|&k| k <= 4)
                        .map(|k| k + 1);
                    let found = [Some(0), after_opening]
                        .into_iter()
                        .flatten()
                        .filter_map(|at| self.np_right(toks, at))
                        .find_map(|(s, e)| {
                            self.speaker_from(toks, s, e, Attribution::Indirect)
                                .filter(|sp| !sp.surface.is_empty())
                        });
                    if let Some(sp) = found {
                        speaker = Some(sp);
                        content = c.end..clause.end;
                        speech_cue = Some(c.start..c.end);
                        break;
                    }
                }
                if vi > 0
                    && matches!(
                        toks[vi - 1].kind,
                        TokKind::Punct(',' | '"' | '”' | '\'' | '’')
                    )
                {
                    // '"…," said X.' — X ends the clause or opens an
                    // appositive; "…, said he expects …" is no inversion.
                    let inverted = |e: usize| {
                        toks.get(e)
                            .is_none_or(|t| !t.is_word() || self.circumstance(t))
                    };
                    // ("…, said a spokesman for the army": the one spoken
                    // for, as before the verb.)
                    let spoken_for = |(s, e): (usize, usize)| {
                        if e > s && source_span::role_speaking_for(self.lex, toks, e) {
                            self.np_right(toks, e + 1).or(Some((s, e)))
                        } else {
                            Some((s, e))
                        }
                    };
                    // (Never "…, said that …": what follows is what was said.)
                    let named = self
                        .np_right(toks, ve)
                        .filter(|_| toks[ve].lower != "that")
                        .and_then(spoken_for);
                    if let Some((s, e)) = named.filter(|&(_, e)| inverted(e)) {
                        if let Some(mut sp) = self.speaker_from(toks, s, e, Attribution::Direct) {
                            // Evaluation mode: the source phrase goes on
                            // through what places it ("said one source on
                            // the panel", "… adviser to Bill Clinton").
                            // (Not a name's: "Trump in his speech".)
                            let pe = match toks[e - 1].is_capitalised() {
                                true => e,
                                false => self.placing_phrases_end(toks, e),
                            };
                            if self.input.keep_all && pe > e {
                                if let Some(r) = sp.range.as_mut() {
                                    r.end = toks[pe - 1].end;
                                    sp.surface = doc[r.clone()].to_string();
                                }
                            }
                            speaker = Some(sp);
                            content = match find_quote(doc, &(clause.start..c.start)) {
                                Some(q) => with_marks(doc, q),
                                None => sentence_start(&clause)..c.start,
                            };
                            speech_cue = Some(c.start..c.end);
                            break;
                        }
                    }
                }
            }
        }
        // Any verb between a speaker and "that" or a colon before a quote
        // ("Cruz continued: “…”", "He insisted that …"): an attribution even
        // when the verb is not in the lexicon. Only when every attribution is
        // wanted: it names no claim kind.
        // (Never a verb inside a quotation: '"Ann thinks that …," said
        // X' is X's; the quoted speaker's verbs are what X says.)
        if speaker.is_none() && self.input.keep_all {
            let quotes = segment::quoted_ranges(&doc[clause.clone()]);
            let quoted = |t: &Tok| {
                let at = t.start - clause.start;
                quotes.iter().any(|q| q.start < at && at < q.end)
            };
            for i in 1..toks.len().saturating_sub(1) {
                let (w, next) = (&toks[i], &toks[i + 1]);
                if quoted(w) {
                    continue;
                }
                // ("the regime that commands …", "measures that are …":
                // a "that" before a verb opens a relative clause, not what
                // anybody says.)
                let that = next.is_word()
                    && next.lower == "that"
                    && !self.verb_after_that(toks.get(i + 2));
                let colon_quote = next.is_punct(':')
                    && toks
                        .get(i + 2)
                        .is_some_and(|q| matches!(q.kind, TokKind::Punct('"' | '“' | '\'')));
                if !(that || colon_quote)
                    || !w.is_word()
                    || w.is_capitalised()
                    || w.lower.chars().count() < 3
                    || self.lex.grammar.not_attribution_verbs.contains(&w.lower)
                {
                    continue;
                }
                let Some((s, e)) = self.np_left(toks, i) else {
                    continue;
                };
                // "the four states that voted": after a number or a
                // determiner the word is the noun, "that" a relative.
                let noun = {
                    let p = &toks[i - 1];
                    p.is_number(doc)
                        || self.lex.grammar.determiners.contains(&p.lower)
                        || self.lex.attribution.number_words.contains(p.lower)
                };
                if noun {
                    continue;
                }
                if let Some(sp) = self.speaker_from(toks, s, e, Attribution::Indirect) {
                    speaker = Some(sp);
                    speech_cue = Some(w.start..w.end);
                    content = next.start..clause.end;
                    if colon_quote {
                        content = next.end..clause.end;
                    }
                    break;
                }
            }
        }
        // Every attribution (evaluation mode): a speech verb whose speaker
        // phrase the rules above could not parse ("Hawkins and others who
        // want to ban abortion said …", "“…,” said one district GOP
        // leader") still attributes its content; the source is the raw
        // phrase on the verb's other side.
        if speaker.is_none() && self.input.keep_all {
            if let Some(c) = cues
                .iter()
                .find(|c| self.has(c, Cat::Speech) && verbal(c) && tok_at(c.start) < toks.len())
            {
                let vi = tok_at(c.start);
                let ve = tok_at(c.end).max(vi + 1);
                // (After a bare comma only when a quotation or a name comes
                // first: "A lawyer for them, David Schulz, said no …" puts
                // the source before the verb.)
                let after_quote = vi > 0
                    && match toks[vi - 1].kind {
                        TokKind::Punct('"' | '”' | '\'' | '’') => true,
                        TokKind::Punct(',') => {
                            // (A short phrase: "…, said a Chinese official,",
                            // not "…, also said her group planned to …".)
                            let phrase: Vec<&Tok> = toks[ve.min(toks.len())..]
                                .iter()
                                .take_while(|t| !matches!(t.kind, TokKind::Punct(',' | '.' | ';')))
                                .collect();
                            let short = phrase.len() < 7
                                && !phrase.iter().any(|t| {
                                    self.lex.attribution.auxiliaries.contains(t.lower)
                                        || self.lex.grammar.copulas.contains(&t.lower)
                                });
                            find_quote(doc, &(clause.start..c.start)).is_some()
                                || short
                                    && toks.get(ve).is_some_and(|t| {
                                        t.is_capitalised()
                                            || self.lex.attribution.determiners.contains(&t.lower)
                                    })
                        }
                        _ => false,
                    };
                let raw = |s: usize, e: usize| -> Option<FoundSpeaker> {
                    (s < e).then(|| {
                        self.named_speaker(
                            toks[s].start..toks[e - 1].end,
                            None,
                            Attribution::Indirect,
                        )
                    })
                };
                if after_quote {
                    // '"…," said X (, who …).' The source runs to the next comma.
                    let end = (ve..toks.len())
                        .find(|&k| matches!(toks[k].kind, TokKind::Punct(',' | '.' | ';')))
                        .unwrap_or(toks.len());
                    if let Some(sp) = raw(ve, end) {
                        content = match find_quote(doc, &(clause.start..c.start)) {
                            Some(q) => with_marks(doc, q),
                            None => clause.start..c.start,
                        };
                        speech_cue = Some(c.start..c.end);
                        speaker = Some(sp);
                    }
                } else if let Some(sp) = raw(0, vi) {
                    speaker = Some(sp);
                    speech_cue = Some(c.start..c.end);
                    content = c.end..clause.end;
                }
            }
        }
        // "Fact check: Viral video does not show flooding in Dubai": a
        // fact-checker's verdict, the publisher's own, whatever else in it
        // looks like a speaker.
        let verdict_colon = (clause.start == unit.range.start)
            .then(|| toks.iter().take(4).position(|t| t.is_punct(':')))
            .flatten()
            .filter(|&ci| {
                ci > 0 && {
                    let label = doc[toks[0].start..toks[ci].start].trim().to_lowercase();
                    self.lex.grammar.verdict_labels.contains(&label)
                }
            });
        let fact_check = verdict_colon.is_some();
        if let Some(ci) = verdict_colon {
            speaker = self
                .author_speaker(Attribution::Author)
                .or_else(|| self.publisher_speaker())
                .or_else(|| Some(unknown_speaker()));
            content = toks[ci].end..clause.end;
            speech_cue = Some(toks[ci].start..toks[ci].end);
        }
        // "Hillary: Benghazi mother 'absolutely wrong' to call me a liar":
        // a name and a colon opening a headline or a sentence say all that
        // follows; a speaker found after the colon by a word of denial or
        // confirmation is part of what was said. (Not one with a verb of
        // saying, nor a medium: after a caption's label, "Grateful: Lin
        // says …" and "Horror: Footage shows …" name their own.)
        if !fact_check && (unit.headline || clause.start == unit.range.start) {
            if let Some(ci) = toks.iter().take(7).position(|t| t.is_punct(':')) {
                let colon_end = toks[ci].end;
                // (The speaker's cue only judges, and shows nothing; verbs
                // of saying and "according to" are ruled out below.)
                let judging = |c: &Cue| {
                    (self.has(c, Cat::Denial) || self.has(c, Cat::Confirmation))
                        && !self.has(c, Cat::Attitude)
                };
                let said_inside = speaker.as_ref().is_some_and(|sp| {
                    !sp.relayed
                        && sp.range.as_ref().is_some_and(|r| r.start >= colon_end)
                        && speech_cue.as_ref().is_none_or(|sc| {
                            sc.start >= colon_end
                                && cues.iter().any(|c| c.start == sc.start && judging(c))
                        })
                        && !cues.iter().any(|c| {
                            c.start >= colon_end
                                && (self.has(c, Cat::Speech) || self.has(c, Cat::According))
                        })
                });
                if said_inside {
                    if let Some(sp) = self
                        .colon_speaker_end(toks, ci)
                        .and_then(|e| self.speaker_from(toks, 0, e, Attribution::Direct))
                    {
                        speaker = Some(sp);
                        content = colon_end..clause.end;
                        speech_cue = Some(toks[ci].start..colon_end);
                    }
                }
            }
        }
        // "X: content" opening a headline or a sentence ("IDF: No strike
        // took place", a transcript's "TAPPER: …").
        if speaker.is_none() && (unit.headline || clause.start == unit.range.start) {
            if let Some(ci) = toks.iter().position(|t| t.is_punct(':')) {
                // "Reports: Wagner chief killed in crash": relayed, by nobody
                // named.
                let relayed = ci == 1
                    && toks[0].is_capitalised()
                    && self.lex.report_speakers.contains(&toks[0].lower)
                    && !self.lex.grammar.colon_labels.contains(&toks[0].lower)
                    && toks.len() > 4;
                if relayed {
                    let mut sp = self.relayed_speaker(toks[0].text(doc));
                    sp.range = Some(toks[0].start..toks[0].end);
                    speaker = Some(sp);
                    content = toks[ci].end..clause.end;
                    speech_cue = Some(toks[ci].start..toks[ci].end);
                } else if let Some(name_end) = self
                    .colon_speaker_end(toks, ci)
                    // (A caption's label that is a denial word names nobody.)
                    .filter(|_| {
                        !cues
                            .iter()
                            .any(|c| self.has(c, Cat::Denial) && c.end <= toks[ci].start)
                    })
                {
                    if let Some(sp) = self.speaker_from(toks, 0, name_end, Attribution::Direct) {
                        content = toks[ci].end..clause.end;
                        speech_cue = Some(toks[ci].start..toks[ci].end);
                        speaker = Some(sp);
                    }
                }
            }
        }
        let has_predicate = cues
            .iter()
            .any(|c| self.has(c, Cat::Predicate) && c.start >= content.start);
        // (Whether the clause named its speaker itself: a quotation makes
        // only such a speaker's words direct speech; see `quote` below.)
        let mut named_speaker = speaker.is_some();
        let any_kind_cue = !denial_cues.is_empty()
            || !confirm_cues.is_empty()
            || !negated_confirm.is_empty()
            || !retract_cues.is_empty();
        // "The new flu vaccine causes infertility." in a first-person post:
        // a noun phrase and a verb of such claims (`grammar.topic_verbs`)
        // state the author's claim, though no cue or predicate marks it.
        let topic_claim = || {
            self.topic_of(toks, &content, false).is_some_and(|t| {
                self.lex
                    .grammar
                    .topic_verbs
                    .contains(&t.verb.to_lowercase())
            })
        };
        // "No, he didn't." in a first-person post: a reply that says no
        // to what it answers denies it. The clause is only "no", who did
        // not, and a negated auxiliary ("No, it isn't", "Nope, they
        // weren't"); the cue is the "no".
        let elliptical_no = self
            .input
            .first_person
            .then(|| {
                let words: Vec<(usize, &Tok)> = toks
                    .iter()
                    .enumerate()
                    .filter(|(_, t)| t.start >= clause.start && t.end <= clause.end)
                    .filter(|(_, t)| !matches!(t.kind, TokKind::Punct('.' | '!' | ',')))
                    // (The handles a reply opens with: "@ana no he hasn't";
                    // a link it ends with.)
                    .skip_while(|(_, t)| t.lower.starts_with('@'))
                    .take_while(|(_, t)| !t.lower.starts_with("http"))
                    .collect();
                let [(first, no), rest @ ..] = words.as_slice() else {
                    return None;
                };
                let negated = |t: &Tok| contracted_negation(t.lower);
                let shape = REPLY_NOES.contains(&no.lower)
                    && (2..=4).contains(&rest.len())
                    && rest.iter().position(|(_, t)| negated(t)).is_some_and(|k| {
                        (1..=2).contains(&k)
                            && rest[..k].iter().all(|(_, t)| {
                                t.is_word() && (subject_pronoun(t.lower) || t.is_capitalised())
                            })
                            && rest[k + 1..]
                                .iter()
                                .all(|(_, t)| matches!(t.lower, "it" | "that" | "so" | "true"))
                    });
                shape.then_some(*first)
            })
            .flatten();
        // (What only negates something of the author is a statement only
        // when it denies: not "I'm not sure", "I don't like it".)
        let mut only_negates_self = false;
        if speaker.is_none() {
            let other_reason = || {
                any_kind_cue
                    || has_predicate
                    || question
                    || elliptical_no.is_some()
                    || topic_claim()
            };
            if self.input.first_person && (other_reason() || self.negates_self(toks)) {
                only_negates_self = !other_reason();
                speaker = self.author_speaker(Attribution::Author);
            } else if !reports_are_denied
                && (!report_cues.is_empty() || (!hedge_cues.is_empty() && has_predicate))
            {
                speaker = Some(self.relayed_speaker("reports"));
            } else if !any_kind_cue
                && (clause.start == unit.range.start || self.label_before(unit, &clause))
                && self.headline_end.is_some_and(|e| clause.end <= e)
            {
                // "Taliban capture Panjshir": a news post's headline that
                // names no source states its publisher's claim.
                speaker = self
                    .author_speaker(Attribution::Author)
                    .or_else(|| self.publisher_speaker());
            } else if any_kind_cue {
                if let Some(p) = prev.and_then(|i| self.found.get(i)) {
                    let mut sp = p.speaker.clone();
                    sp.attribution = Attribution::Coreference;
                    speaker = Some(sp);
                } else {
                    speaker = self
                        .author_speaker(Attribution::Author)
                        .or_else(|| Some(unknown_speaker()));
                }
            }
        }
        // A first-person post denying rumours or reports ("There is no truth
        // to rumours that …") is its author's denial, not the rumours'.
        if self.input.first_person
            && speaker.as_ref().is_some_and(|sp| sp.relayed)
            && denial_cues
                .first()
                .is_some_and(|d| report_cues.iter().all(|r| d.start < r.start))
        {
            if let Some(author) = self.author_speaker(Attribution::Author) {
                speaker = Some(author);
                named_speaker = false;
            }
        }
        let mut speaker = speaker?;
        // Quotes make the content direct speech. (A word or two in scare
        // quotes inside what was said quote nothing, unless they carry the
        // claim: "the Taliban and its 'partners'", not "was 'completely
        // captured'" nor '"Really," she added'.) Looked for only here, in a
        // clause with a speaker: most clauses have none.
        let quote = find_quote(doc, &clause).filter(|q| {
            doc[q.clone()].split_whitespace().nth(2).is_some()
                || (q.end - q.start) * 2 >= content.end.saturating_sub(content.start)
                || cues.iter().any(|c| c.start >= q.start && c.end <= q.end)
        });
        if let (Some(q), true) = (&quote, named_speaker) {
            if speaker.attribution == Attribution::Indirect && q.start >= content.start {
                speaker.attribution = Attribution::Direct;
            }
        }

        // ---- kind ----
        // ('"Is the bridge open?" Sanders asked.': what was said is a
        // question even when the sentence ends with its speaker.)
        // (One closing mark only: a question quoted inside the quotation,
        // "… ‘What can I do?’”, is not the speaker's.)
        let question = question || {
            let said = doc[content.clone()].trim_end_matches([' ', ',']);
            let said = said
                .strip_suffix("''")
                .or_else(|| said.strip_suffix(['"', '”', '’', ')']))
                .unwrap_or(said);
            said.trim_end().ends_with('?')
        };
        let has_speech = cues
            .iter()
            .any(|c| (self.has(c, Cat::Speech) || self.finds_that(c)) && verbal(c));
        // "I never said that Tarsk had fallen", "The minister did not claim
        // …": a negated verb of saying disowns what follows (product mode:
        // the corpora still mark an attribution). Only before "that": "did
        // not say whether …" disowns nothing.
        let disowned = speech_cue.as_ref().is_some_and(|sc| {
            cues.iter().any(|c| {
                c.start == sc.start
                    && self.disowning(toks, tok_at(c.start), tok_at(c.end))
                    && negated(c)
            })
        });
        // A negator inside what is confirmed (not one before the cue, which
        // negates the confirmation itself: see `negated_confirm`).
        // Either in the content before the verb ("… do not hold the airport,
        // the army has confirmed"), or opening the clause right after it
        // ("confirmed there are no cases", "confirmed not to be"): a
        // negator further on is in a clause of its own ("confirmed the
        // visit because they were not allowed to …").
        let content_negator = confirm_cues
            .iter()
            .find(|c| {
                self.lex
                    .attribution
                    .confirming_verbs
                    .contains(self.cue_text(c))
            })
            .and_then(|c| {
                let (ci, ce) = (tok_at(c.start), tok_at(c.end));
                cues.iter().find(|n| {
                    let ni = tok_at(n.start);
                    let before =
                        n.end <= c.start && content.end <= c.start && n.start >= content.start;
                    let right_after = n.start >= c.end
                        && ni <= ce + 3
                        && !toks[ce..ni]
                            .iter()
                            .any(|t| matches!(t.kind, TokKind::Punct(',' | ';' | ':')));
                    self.has(n, Cat::Negation) && ni != ci && (before || right_after)
                })
            });
        // 'Asked whether the bank would close the branch, a spokesman said:
        // "No."' (product mode; the corpora mark the answer as said).
        let answered_no = match &speech_cue {
            Some(sc) if !self.input.keep_all => {
                self.asked_and_answered_no(toks, &clause, sc.end..clause.end.max(sc.end))
            }
            _ => None,
        };
        // "Velt insisted she had not taken any money": insisting that the
        // speaker did not (product mode).
        let insisted_not = match &speech_cue {
            Some(sc)
                if !self.input.keep_all
                    && content.start >= sc.end
                    && self
                        .lex
                        .attribution
                        .insisting_verbs
                        .contains(&doc[sc.clone()]) =>
            {
                let first = toks.partition_point(|t| t.start < content.start);
                let first = first + usize::from(toks.get(first).is_some_and(|t| t.lower == "that"));
                // (A negator among the three words after the pronoun, and
                // no word that only withholds after it: "she would not
                // comment".)
                toks.get(first)
                    .filter(|t| subject_pronoun(t.lower))
                    .and_then(|_| {
                        let n = (first + 1..toks.len().min(first + 4))
                            .find(|&k| negating_word(&toks[k]))?;
                        let withholds = toks[n + 1..toks.len().min(n + 4)]
                            .iter()
                            .any(|t| self.lex.grammar.noncommittal_words.contains(t.lower));
                        (!withholds).then_some(n)
                    })
            }
            _ => None,
        };
        // A fact-checker's verdict that something is not so denies it.
        let verdict_negator = cues
            .iter()
            .find(|n| fact_check && self.has(n, Cat::Negation) && n.start >= content.start);
        let (mut kind, mut certainty) = if !retract_cues.is_empty() {
            (StatementKind::Retraction, 0.9)
        } else if question {
            (StatementKind::Question, 0.3)
        } else if !denial_cues.is_empty() {
            (StatementKind::Denial, 0.9)
        } else if !negated_confirm.is_empty() || disowned {
            (StatementKind::Denial, 0.6)
        } else if verdict_negator.is_some() {
            (StatementKind::Denial, 0.8)
        } else if elliptical_no.is_some() && speaker.attribution == Attribution::Author {
            (StatementKind::Denial, 0.7)
        } else if insisted_not.is_some() {
            (StatementKind::Denial, 0.8)
        } else if let Some((q, _)) = &answered_no {
            // What was asked is what the answer denies.
            content = q.clone();
            (StatementKind::Denial, 0.8)
        } else if content_negator.is_some() {
            // "The rebels do not hold the airport, the army has confirmed", "police
            // confirmed there were no casualties": to confirm that something
            // is not so is to deny it.
            (StatementKind::Denial, 0.8)
        } else if !confirm_cues.is_empty() {
            (StatementKind::Confirmation, 0.9)
        } else if speaker.relayed {
            (StatementKind::Report, 0.5)
        } else if has_speech
            || according_attribution
            || speaker.attribution == Attribution::Author
            || speaker.attribution == Attribution::Direct
            || (self.input.keep_all && speech_cue.is_some())
        {
            (StatementKind::Assertion, 0.9)
        } else {
            return None;
        };
        let mut hedges: Vec<String> = Vec::new();
        for h in &hedge_cues {
            let t = self.cue_text(h);
            if !hedges.iter().any(|x| x == t) {
                hedges.push(t.to_string());
            }
        }
        if matches!(kind, StatementKind::Assertion | StatementKind::Report) {
            certainty -= 0.2 * hedges.len() as f32;
        }
        if cues.iter().any(|c| self.cue_text(c) == "categorically") {
            certainty = 1.0;
        }
        let speaker = if kind == StatementKind::Denial {
            self.not_the_claimant(speaker)
        } else {
            speaker
        };
        let mut certainty = certainty.clamp(0.1, 1.0);
        let kind_cues: Vec<&Cue> = match kind {
            StatementKind::Retraction => retract_cues.clone(),
            StatementKind::Denial if !denial_cues.is_empty() => denial_cues.clone(),
            // ("confirmed", "no": what denies.)
            StatementKind::Denial if negated_confirm.is_empty() && !disowned => {
                let mut v = confirm_cues.clone();
                v.extend(content_negator);
                v.extend(verdict_negator);
                v.sort_by_key(|c| c.start);
                v
            }
            StatementKind::Denial => negated_confirm.clone(),
            StatementKind::Confirmation => confirm_cues.clone(),
            StatementKind::Report => {
                // "…, according to several outlets": the outlets relay it,
                // and "according to" is the cue.
                let mut v = report_cues.clone();
                v.extend(cues.iter().filter(|c| {
                    (self.has(c, Cat::Speech) && verbal(c))
                        || (according_attribution && self.has(c, Cat::According))
                }));
                v
            }
            _ => cues
                .iter()
                .filter(|c| {
                    (self.has(c, Cat::Speech) && verbal(c))
                        || (according_attribution && self.has(c, Cat::According))
                })
                .collect(),
        };
        let mut cue_words: Vec<String> = Vec::new();
        if let Some(no) = elliptical_no.filter(|_| kind == StatementKind::Denial) {
            cue_words.push(toks[no].lower.to_string());
        }
        if let Some((_, answer)) = answered_no.filter(|_| kind == StatementKind::Denial) {
            cue_words.push(answer);
        }
        if let Some(n) = insisted_not.filter(|_| kind == StatementKind::Denial) {
            cue_words.push(toks[n].lower.to_string());
        }
        for c in &kind_cues {
            let t = self.cue_text(c);
            if !cue_words.iter().any(|x| x == t) {
                cue_words.push(t.to_string());
            }
        }
        if question && !cue_words.iter().any(|c| c == "?") {
            cue_words.push("?".to_string());
        }
        // ("never", "said": what disowns the claim.)
        if disowned {
            if let Some(sc) = &speech_cue {
                let neg = cues
                    .iter()
                    .rev()
                    .find(|n| self.has(n, Cat::Negation) && n.end <= sc.start)
                    .map(|n| self.cue_text(n));
                for w in neg.into_iter().chain([&doc[sc.clone()]]) {
                    if !cue_words.iter().any(|x| x == w) {
                        cue_words.push(w.to_string());
                    }
                }
            }
        }

        // ---- predicate ----
        // ("released a statement denying …": the verb that issued it is
        // no predicate of the claim.)
        let carrier_verb = speech_cue
            .as_ref()
            .and_then(|sc| cues.iter().find(|c| c.start == sc.start))
            .and_then(light_verb);
        // ("US hostage Kayla Mueller killed in airstrike": a word of an
        // event that describes the person named after it is no event.)
        let describes_a_name = |c: &&Cue| {
            let ti = tok_at(c.start);
            toks[ti].end == c.end
                && self.lex.grammar.descriptive_predicates.contains(toks[ti].lower)
                // ("an American hostage, Kayla Mueller, died")
                && match toks.get(ti + 1) {
                    Some(t) if t.kind == TokKind::Punct(',') => {
                        toks.get(ti + 2).is_some_and(|t| t.capitalised)
                    }
                    Some(t) => t.capitalised,
                    None => false,
                }
        };
        let in_content = |c: &&Cue| {
            self.has(c, Cat::Predicate) && c.start >= content.start && c.end <= content.end
        };
        let pred = cues
            .iter()
            .filter(in_content)
            .find(|c| !describes_a_name(c))
            .or_else(|| cues.iter().find(in_content))
            .or_else(|| {
                // (Not, for a denial, an event in the words of its speaker
                // before the denying word: "… dashed hopes for the release
                // of 200 kidnapped girls, denying reports of a truce".)
                let speakers_words = |c: &Cue| {
                    kind == StatementKind::Denial
                        && speech_cue
                            .as_ref()
                            .is_some_and(|sc| c.end <= sc.start && content.start >= sc.end)
                };
                cues.iter().find(|c| {
                    self.has(c, Cat::Predicate)
                        && Some(tok_at(c.start)) != carrier_verb
                        && !speakers_words(c)
                })
            });
        let (mut predicate, mut predicate_class) = match pred {
            Some(p) => {
                let mut start = p.start;
                let ti = tok_at(p.start);
                if ti > 0 {
                    let prev_tok = &toks[ti - 1];
                    if prev_tok.is_word() && prev_tok.lower.ends_with("ly") {
                        start = prev_tok.start;
                    }
                }
                let mut class = self.lex.patterns[p.pat].class.clone();
                // ("fired two rockets", "fired only warning shots",
                // "fired dozens of shells": a weapon, not a person.)
                // ("Police fired on the crowd", "fired at protesters"; not
                // "was fired on Monday".)
                let fired_at = || {
                    let at = |k: usize| toks.get(k).map(|t| t.lower);
                    // (Not inside a word: "coal-fired generators at …".)
                    if toks.get(ti).is_none_or(|t| t.start != p.start) {
                        return false;
                    }
                    match at(ti + 1) {
                        Some("at" | "upon" | "into" | "toward" | "towards") => true,
                        // (Not a date: a day, a number or a month, "on May 3".)
                        Some("on") => toks.get(ti + 2).is_some_and(|t| {
                            let date = self.lex.grammar.time_words.contains(t.lower)
                                || t.lower.starts_with(|c: char| c.is_ascii_digit())
                                || (t.is_capitalised()
                                    && self.lex.grammar.months.contains(t.lower));
                            !date
                        }),
                        _ => false,
                    }
                };
                let fired_a_weapon = || {
                    matches!(self.cue_text(p), "fired" | "firing" | "fires")
                        && (fired_at()
                            || toks
                                .get(ti + 1..)
                                .unwrap_or_default()
                                .iter()
                                .take(4)
                                .any(|t| self.lex.grammar.munitions.contains(t.lower)))
                };
                if class.as_deref() == Some("resignation") && fired_a_weapon() {
                    class = Some("attack".to_string());
                }
                (Some(doc[start..p.end].to_string()), class)
            }
            None => (None, None),
        };
        // "The Pentagon said no American aircraft was shot down": an
        // assertion of the negated predicate denies the claim that it was.
        // ("police said chlorine gas had not been used": a predicate that
        // names a thing, its auxiliary, then the negator.)
        let negated_after = |p: &Cue| {
            let pe = tok_at(p.end);
            let aux = toks[pe.min(toks.len())..]
                .iter()
                .take(3)
                .take_while(|t| self.be_or_auxiliary(t) && !matches!(t.lower, "not" | "never"))
                .count();
            // ("were not used", "had never been fired", "wasn't dropped";
            // not "is not dangerous": a participle after the negator.)
            let participle = |t: &Tok| {
                t.lower.ends_with("ed")
                    || t.lower.ends_with("en")
                    || matches!(
                        t.lower,
                        "shot" | "hit" | "struck" | "found" | "held" | "lost"
                    )
            };
            aux <= 2
                && toks
                    .get(pe + aux)
                    .is_some_and(|t| negating_word(t) && (aux > 0 || contracted_negation(t.lower)))
                && toks[(pe + aux + 1).min(toks.len())..]
                    .iter()
                    .find(|t| !matches!(t.lower, "been" | "be" | "yet"))
                    .is_some_and(participle)
        };
        if matches!(kind, StatementKind::Assertion) {
            if let Some(p) = pred
                .filter(|p| p.start >= content.start && p.end <= content.end && negated_after(p))
            {
                kind = StatementKind::Denial;
                let ti = tok_at(p.end);
                if let Some(n) = toks[ti..]
                    .iter()
                    .find(|t| negating_word(t))
                    .filter(|n| !cue_words.iter().any(|x| x == n.lower))
                {
                    cue_words.push(n.lower.to_string());
                }
            }
        }
        if matches!(kind, StatementKind::Assertion) {
            if let Some(p) = pred.filter(|p| negated(p) && p.start >= content.start) {
                let ti = tok_at(p.start);
                let neg = cues
                    .iter()
                    .rev()
                    .find(|n| {
                        self.has(n, Cat::Negation) && n.end <= p.start && tok_at(n.start) + 4 >= ti
                    })
                    .map(|n| self.cue_text(n));
                kind = StatementKind::Denial;
                if let Some(n) = neg.filter(|n| !cue_words.iter().any(|x| x == n)) {
                    cue_words.push(n.to_string());
                }
            }
        }

        // "the measles vaccine causes autism": a claim that names nothing
        // is about the noun phrase that opens it, and its event is its
        // verb; "… does not cause autism" denies it.
        // What the content is about leaves out whom it was told to
        // ("Sources told Axios that …" is not about Axios).
        let about = self.skip_addressee(
            toks,
            speech_cue.as_ref(),
            trim_content(doc, content.clone()),
        );
        let topic = if !matches!(kind, StatementKind::Question | StatementKind::Retraction)
            && self.mentions_in(&about).is_empty()
        {
            self.topic_of(toks, &about, pred.is_some())
        } else {
            None
        };

        // "Shell said it was not in talks with BP", "the ministry said no
        // new variant had been found in Lagos": what was said negates its
        // own first clause, with no predicate of the lexicon (those are
        // read above) and names to be about (or the topic would have read
        // it): the speaker denies what it negates. Product mode only: the
        // corpora mark no kind.
        if kind == StatementKind::Assertion
            && !self.input.keep_all
            && pred.is_none()
            && topic.is_none()
            && !speaker.relayed
        {
            if let Some(n) = self.content_negation(toks, &about) {
                kind = StatementKind::Denial;
                // (Read from a negation alone: less sure than a word of
                // denying.)
                certainty = certainty.min(0.6);
                if !cue_words.iter().any(|x| x == n) {
                    cue_words.push(n.to_string());
                }
            }
        }
        if only_negates_self && kind != StatementKind::Denial {
            return None;
        }

        // ---- target ----
        // ("The minister lied about the dam, the mayor said": the
        // minister's claims.)
        let accused = || {
            let (s, e) = cues.iter().find_map(&liar)?;
            let sp = self.speaker_from(toks, s, e, Attribution::Indirect)?;
            (sp.party != speaker.party).then(|| (format!("{}'s claims", sp.name), Some(sp.party)))
        };
        let mut target = self.find_target(toks).or_else(accused).or_else(|| {
            matches!(
                kind,
                StatementKind::Denial | StatementKind::Confirmation | StatementKind::Retraction
            )
            .then(|| self.named_claimant(toks).or_else(|| self.bare_claims(toks)))
            .flatten()
        });
        // "The Velsk Herald said its report that … was incorrect": the
        // speaker's own claim, opening what it says, called false (no verb
        // of denying, whose "its" may be anyone's) is taken back.
        if kind == StatementKind::Denial
            && target.as_ref().is_some_and(|(text, party)| {
                party.is_none()
                    && text
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| matches!(w, "its" | "Its" | "our" | "Our" | "my" | "My"))
                    && doc[about.clone()].find(text.as_str()).is_some_and(|at| {
                        let before = doc[about.start..about.start + at].trim_end();
                        before.is_empty() || before.ends_with(" that") || before == "that"
                    })
            })
            && !denial_cues.is_empty()
            && denial_cues
                .iter()
                .all(|c| !self.lex.grammar.object_denials.contains(self.cue_text(c)))
        {
            kind = StatementKind::Retraction;
        }
        let mut target_found: Option<Found> = None;
        if matches!(
            kind,
            StatementKind::Denial
                | StatementKind::Confirmation
                | StatementKind::Retraction
                | StatementKind::Question
        ) {
            let wanted_party = target.as_ref().and_then(|t| t.1.clone());
            target_found = self
                .found
                .iter()
                .rev()
                .find(|f| {
                    // ("The bridge is intact. Claims of its destruction are
                    // fake.": a denial of the opposite event agrees.)
                    let same_event = match (&f.predicate_class, &predicate_class) {
                        (Some(a), Some(d)) => a == d,
                        _ => true,
                    };
                    matches!(f.kind, StatementKind::Assertion | StatementKind::Report)
                        && (same_event || wanted_party.is_some())
                        && match &wanted_party {
                            Some(p) => &f.speaker.party == p,
                            None => {
                                kind == StatementKind::Retraction
                                    || f.speaker.party != speaker.party
                            }
                        }
                })
                .cloned();
            if target.is_none() {
                if let Some(f) = &target_found {
                    if !f.speaker.relayed && kind == StatementKind::Denial {
                        // ("the rebels' claim", not "rebels's"; nor
                        // "Rebels's" after a headline's capital.)
                        let name = &f.speaker.name;
                        let plural_noun = || {
                            let lower = name.to_lowercase();
                            self.lex.grammar.armed_group_words.contains(&lower)
                                || self.lex.grammar.generic_group_words.contains(&lower)
                        };
                        let mark = if name.ends_with('s')
                            && (!name.starts_with(char::is_uppercase) || plural_noun())
                        {
                            "'"
                        } else {
                            "'s"
                        };
                        target =
                            Some((format!("{name}{mark} claim"), Some(f.speaker.party.clone())));
                    }
                }
            } else if let (Some(t), Some(f)) = (target.as_mut(), &target_found) {
                if t.1.is_none() && !f.speaker.relayed {
                    t.1 = Some(f.speaker.party.clone());
                }
            }
        }

        // ---- subject ----
        let excluded: Vec<String> = {
            let mut v = vec![
                speaker.party.clone(),
                self.key(&speaker.name).as_str().to_owned(),
            ];
            if let Some(o) = &speaker.organisation {
                v.push(self.key(o).as_str().to_owned());
            }
            if let Some((_, Some(p))) = &target {
                v.push(p.clone());
                // ("denies Russian claim": nor "russian", the state's
                // demonym, a claim about the claimant.)
                v.extend(
                    self.lex
                        .nations
                        .iter()
                        .filter(|(_, party)| *party == p)
                        .map(|(name, _)| name.replace(' ', "-")),
                );
            }
            v
        };
        // ("denied the report, telling Reuters it was untrue": whom it was
        // told, after a comma, is no subject; "would have told Hillary
        // Clinton not to …" may be.)
        let told = |m: &Mention| {
            let k = toks.partition_point(|t| t.end <= m.range.start);
            k > 1 && TELLING.contains(&toks[k - 1].lower) && toks[k - 2].is_punct(',')
        };
        let in_content: Vec<Mention> = self
            .mentions_in(&about)
            .into_iter()
            .filter(|m| !excluded.iter().any(|e| *e == m.key) && !told(m))
            .collect();
        let place_ref = self.place_reference(toks, &about);
        // The claim is about the first name in the content that is not in a
        // prepositional phrase ("X was killed in Y" is about X), else the first.
        // The token right before a mention (tokens are in order).
        let at = |m: &Mention| toks.partition_point(|t| t.end <= m.range.start);
        let word_before = |m: &Mention| at(m).checked_sub(1).map(|k| &toks[k]);
        // ("the state of North Carolina" names its place: not a phrase
        // hanging off another noun.)
        let named_place = |m: &Mention| {
            at(m)
                .checked_sub(3)
                .is_some_and(|k| self.names_a_place(toks, k))
        };
        let in_pp = |m: &Mention| {
            !named_place(m)
                && word_before(m).is_some_and(|t| {
                    t.is_word()
                        && (self.lex.grammar.place_preps.contains(&t.lower)
                            || matches!(
                                t.lower,
                                "of" | "with" | "by" | "for" | "against" | "on" | "to"
                            ))
                })
        };
        // "an American drone", "Russian forces": a demonym used as an
        // adjective names what the claim is about only when nothing else does.
        // (Past the full stop of an abbreviation: "U.S. drone".)
        let before_lowercase = |m: &Mention| {
            toks.iter()
                .find(|t| t.start >= m.range.end && !t.is_punct('.'))
                .is_some_and(|t| t.is_word() && !t.is_capitalised())
        };
        // ("a U.S. drone", "an Israeli strike": a nation's name between an
        // indefinite article and a noun qualifies the noun; after "the" it
        // may be the subject of a verb: "the U.S. should send".)
        let nation_as_modifier = |m: &Mention| {
            word_before(m).is_some_and(|t| matches!(t.lower, "a" | "an"))
                && self.lex.nation(m.surface.trim_end_matches('.')).is_some()
        };
        // ("Masri was killed": a name shaped like a demonym before its
        // verb is no adjective.)
        let before_verb = |m: &Mention| {
            toks.iter()
                .find(|t| t.start >= m.range.end)
                .is_some_and(|t| self.be_or_auxiliary(t))
        };
        let adjectival = |m: &Mention| {
            (m.kind == EntityKind::Thing && !m.surface.contains(' ') && demonym_shaped(&m.surface)
                || nation_as_modifier(m))
                && before_lowercase(m)
                && !before_verb(m)
        };
        // "Ukraine blamed Russia for the explosion at the dam": the accused
        // is a party to the claim; what it is about comes after.
        let accused = |m: &Mention| {
            word_before(m).is_some_and(|t| self.lex.grammar.accusation_verbs.contains(&t.lower))
        };
        // A claim about "an Israeli airstrike" is about Israel: a people's
        // adjective takes its nation's key, the key "Israel" itself has.
        let subject_of = |m: &Mention| FoundSubject {
            key: adjectival(m)
                .then(|| self.lex.nation(&m.surface))
                .flatten()
                .map_or_else(|| m.key.as_str().to_owned(), |n| n.to_string()),
            surface: m.surface.as_str().to_owned(),
            kind: m.kind,
            range: Some(m.range.clone()),
        };
        // "Saboteurs blew up the Dorna bridge": a plural capitalised only
        // because it opens the sentence is likely a common noun.
        // (So is a word of the sides opening it: "Rebel forces seized …".)
        // (Nor a word opening it before a lowercase title or role:
        // "Veteran actor Leo Varga has died", "Legendary singer …".)
        let before_role = |m: &Mention| {
            toks.get(at(m) + 1).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalised()
                    && (self.lex.roles.contains(&t.lower) || self.lex.titles.contains(&t.lower))
            })
        };
        let opening_plural = |m: &Mention| {
            m.kind == EntityKind::Thing
                && at(m) == 0
                && !m.surface.contains(' ')
                && (m.surface.ends_with('s') && !m.surface.ends_with("ss")
                    || self.lex.grammar.armed_group_words.contains(&m.key)
                    || self.lex.grammar.state_side_words.contains(&m.key))
                && before_lowercase(m)
        };
        let opening_modifier = |m: &Mention| {
            m.kind == EntityKind::Thing && at(m) == 0 && !m.surface.contains(' ') && before_role(m)
        };
        // ("rebel commander Masri was killed in an airstrike near Idlib":
        // an event that befalls a person is about whom it befalls, a name
        // not known as a person's, rather than where.)
        let befalls_a_person = predicate_class
            .as_deref()
            .is_some_and(|c| self.lex.person_events.contains(c));
        let mut subject = in_content
            .iter()
            .filter(|m| m.kind != EntityKind::Organisation && !opening_modifier(m))
            .min_by_key(|m| {
                (
                    accused(m),
                    adjectival(m),
                    opening_plural(m),
                    if befalls_a_person {
                        // (A person first, then a name of unknown kind
                        // that is no circumstance, then the rest.)
                        match m.kind {
                            EntityKind::Person => 0,
                            EntityKind::Thing if !in_pp(m) => 1,
                            _ => 2,
                        }
                    } else {
                        u8::from(m.kind == EntityKind::Thing)
                    },
                    in_pp(m),
                    m.range.start,
                )
            })
            .map(subject_of);
        if let Some(pr) = place_ref {
            let earlier = subject
                .as_ref()
                .and_then(|s| s.range.clone())
                .is_none_or(|r| pr.range.clone().is_some_and(|p| p.start < r.start));
            if earlier {
                subject = Some(pr);
            }
        }
        if subject.is_none() {
            subject = in_content
                .iter()
                .filter(|m| !opening_modifier(m))
                .min_by_key(|m| m.range.start)
                .map(subject_of);
        }
        // "Kilo Jay's manager said the reports of his death are false": the
        // speaker speaks for a person, and the claim is about that person.
        // (An office speaks of more than its holder: "the governor's office
        // said the bridge had collapsed" is about the bridge.)
        if subject.is_none() && (topic.is_none() || speaker.role.as_deref() != Some("office")) {
            if let Some(org) = &speaker.organisation {
                let key = self.key(org);
                if self.reg.kinds.get(&key) == Some(&EntityKind::Person)
                    || self.reg.kinds.get(&key) == Some(&EntityKind::Thing)
                        && speaker.role.as_deref().is_some_and(|r| {
                            self.lex.representative_roles.contains(r)
                                || matches!(r, "spokesperson" | "spokesman" | "spokeswoman")
                        })
                {
                    subject = Some(FoundSubject {
                        key: key.to_string(),
                        surface: org.clone(),
                        kind: EntityKind::Person,
                        range: None,
                    });
                }
            }
        }
        // "I am alive and well" in the author's own post: the author is
        // what the claim is about.
        if subject.is_none() && speaker.attribution == Attribution::Author {
            // (After an interjection: "lol I'm not pregnant".)
            let opens_with_self = toks
                .iter()
                .filter(|t| t.start >= content.start && t.is_word())
                .find(|t| !INTERJECTIONS.contains(&t.lower))
                .is_some_and(|t| self.lex.first_person.contains(&t.lower));
            if opens_with_self {
                subject = Some(FoundSubject {
                    key: speaker.party.clone(),
                    surface: speaker.name.clone(),
                    kind: EntityKind::Person,
                    range: None,
                });
            }
        }
        if subject.is_none() {
            subject = target_found
                .as_ref()
                .and_then(|f| f.subject.clone())
                .map(|s| FoundSubject { range: None, ..s });
        }
        // ("Odell's agent said the sprinter had never failed a test": what
        // was said negates its topic though the subject is found elsewhere.)
        if kind == StatementKind::Assertion && subject.is_some() {
            if let Some(n) = topic.as_ref().and_then(|t| t.negation.clone()) {
                kind = StatementKind::Denial;
                certainty = certainty.min(0.6);
                if !cue_words.contains(&n) {
                    cue_words.push(n);
                }
            }
        }
        // ("Police said the dam had not burst": a predicate of the
        // lexicon, and the noun phrase before it is what it is about.)
        let topic = topic.filter(|_| subject.is_none());
        let from_topic = topic.is_some();
        if let Some(t) = topic.as_ref().filter(|_| pred.is_some()) {
            subject = Some(t.subject.clone());
            // ("said there had been no radiation leak and the plant was
            // operating normally", "no Patriot system had been destroyed":
            // what the topic's negation negates is denied.)
            if let Some(n) = t
                .negation
                .as_ref()
                .filter(|_| kind == StatementKind::Assertion)
            {
                kind = StatementKind::Denial;
                if !cue_words.contains(n) {
                    cue_words.push(n.clone());
                }
            }
        } else if let Some(t) = topic {
            subject = Some(t.subject);
            predicate = Some(t.verb);
            predicate_class = Some(t.event);
            if kind == StatementKind::Assertion {
                if let Some(n) = t.negation {
                    kind = StatementKind::Denial;
                    if !cue_words.contains(&n) {
                        cue_words.push(n);
                    }
                }
            }
        }
        // "Lena Vorst starred in it. The actress has died": a topic that
        // is one person's title or role ("actress", "minister"), of an
        // event that befalls a person, is the last person named before.
        let personal_event = matches!(
            predicate_class.as_deref(),
            Some(
                "death"
                    | "alive"
                    | "ill"
                    | "healthy"
                    | "arrest"
                    | "released"
                    | "resignation"
                    | "in_office"
                    | "injury"
                    | "unhurt"
                    | "pregnancy"
                    | "appointment"
            )
        );
        if let Some(k) = subject.as_ref().map(|s| s.key.as_str()).filter(|k| {
            from_topic
                && personal_event
                && !k.contains('-')
                && (!k.ends_with('s') || k.ends_with("ss"))
                && (self.lex.titles.contains(k) || self.lex.roles.contains(k))
        }) {
            if let Some(m) = self
                .last_mention_before(clause.start, EntityKind::Person)
                .filter(|m| m.key.as_str() != k)
            {
                subject = Some(FoundSubject {
                    key: m.key.as_str().to_owned(),
                    surface: m.surface.as_str().to_owned(),
                    kind: m.kind,
                    range: None,
                });
            }
        }
        // "We confirm this", "This is fake": a pronoun standing for what
        // was said before is about what that was about, whatever it is.
        let anaphoric = || {
            matches!(
                kind,
                StatementKind::Denial | StatementKind::Confirmation | StatementKind::Retraction
            ) && toks.iter().enumerate().any(|(i, t)| {
                // After the verb ("confirm this", "denied it"), or opening the
                // sentence before a copula ("This is fake"; not "It's been …",
                // where "it" stands for nothing).
                let after_cue = kind_cues
                    .iter()
                    .any(|c| tok_at(c.end) == i && !self.cue_text(c).ends_with("ing"));
                let opening = i == 0 && matches!(t.lower, "this" | "that");
                (after_cue || opening)
                    && matches!(t.lower, "this" | "that" | "it")
                    && toks.get(i + 1).is_none_or(|n| {
                        !n.is_word()
                            || (opening && self.lex.grammar.copulas.contains(&n.lower))
                            || (after_cue && self.lex.grammar.prepositions.contains(&n.lower))
                    })
            })
        };
        // "Brun flatly denied ordering the raid", "the club denies breaking
        // the rules": denying one's own act (a gerund right after the verb)
        // is about the speaker, when nothing else is named.
        if subject.is_none()
            && kind == StatementKind::Denial
            && !speaker.relayed
            && speaker.name.chars().any(char::is_uppercase)
            && kind_cues.iter().any(|c| {
                self.has(c, Cat::Denial)
                    && toks.get(tok_at(c.end)).is_some_and(|t| {
                        t.is_word()
                            && t.lower.len() > 5
                            && t.lower.ends_with("ing")
                            // (Not "denied nothing".)
                            && !t.lower.ends_with("thing")
                    })
            })
        {
            if let Some(own) = self.speaker_as_subject(&speaker) {
                subject = Some(own);
            }
        }
        if subject.is_none() && kind != StatementKind::Question {
            subject = self
                .found
                .last()
                .and_then(|f| f.subject.clone())
                .filter(|s| s.kind == EntityKind::Place || anaphoric())
                .map(|s| FoundSubject { range: None, ..s })
                .or_else(|| {
                    self.last_mention_before(clause.start, EntityKind::Place)
                        .map(|m| FoundSubject {
                            key: m.key.as_str().to_owned(),
                            surface: m.surface.as_str().to_owned(),
                            kind: m.kind,
                            range: None,
                        })
                });
        }
        // "Opposition leader Ana Ruiz claimed victory in Sunday's vote":
        // a claim of the speaker's own victory or standing, naming nothing
        // else (not even a place before it), is about the speaker. (Not a
        // speaker named by a common noun: "the mayor's office says he is
        // alive" is not about the office.)
        if subject.is_none()
            && kind == StatementKind::Assertion
            && !speaker.relayed
            && speaker.name.chars().any(char::is_uppercase)
            && matches!(
                predicate_class.as_deref(),
                Some("victory" | "alive" | "healthy" | "in_office")
            )
        {
            if let Some(own) = self.speaker_as_subject(&speaker) {
                subject = Some(own);
            }
        }
        // "Dara Holm said she would resign", "Norlet Bank said it would
        // close 40 branches": a claim whose subject is a pronoun for its
        // named speaker, naming nothing else, is about the speaker. (In
        // reported speech after the verb only: in a quotation "he" is
        // somebody else.)
        // (Nor after a colon or a quotation mark: '… said: "He was …"'.)
        let reported_after_verb = || {
            speech_cue.as_ref().is_some_and(|sc| {
                let said = doc[sc.end.min(content.end)..content.end]
                    .trim_start_matches(|c: char| c.is_whitespace() || c == ',');
                sc.end <= content.start && !said.starts_with([':', '"', '“', '‘', '\'', '«'])
            })
        };
        // (A speaker named in a short phrase of its own: in "A woman who
        // claims to be the girlfriend of Michael Phelps" or "Georgy
        // Myakinkin, who works at the airport in Russia" the name last
        // named is not who speaks.)
        let plainly_named = || {
            speaker.range.as_ref().is_some_and(|r| {
                let phrase = &doc[r.clone()];
                !phrase.contains(',')
                    && phrase.split_whitespace().count() <= 6
                    && !phrase.split_whitespace().any(|w| {
                        self.lex
                            .grammar
                            .relative_pronouns
                            .contains(smol_str::StrExt::to_lowercase_smolstr(w).as_str())
                    })
            })
        };
        // (Cheap tests first: most statements have a subject.)
        if subject.is_none()
            && matches!(kind, StatementKind::Assertion | StatementKind::Denial)
            && !speaker.relayed
            && speaker.attribution != Attribution::Author
            && speaker.name.chars().any(char::is_uppercase)
            && reported_after_verb()
            && plainly_named()
        {
            let opening = toks
                .iter()
                .find(|t| t.start >= content.start && t.end <= content.end && t.is_word())
                .map(|t| t.lower);
            let key = self.key(&speaker.name);
            let known = self.reg.kinds.get(&key).copied();
            // ("Oren Vask said his government had paid its debts": the
            // speaker's own claim, as "he" is the speaker. Not "her", which
            // may be an object: "called her a liar"; not in a denial: "was
            // unable to confirm his arrest record" is somebody else's.)
            let opening = opening.map(|w| match w {
                "his" if kind == StatementKind::Assertion => "he",
                "its" if kind == StatementKind::Assertion => "it",
                "our" if kind == StatementKind::Assertion => "we",
                w => w,
            });
            let kind = match opening {
                Some(w @ ("he" | "she"))
                    if !matches!(known, Some(EntityKind::Organisation | EntityKind::Place))
                        && self
                            .gender_of_key(&key)
                            .is_none_or(|g| Some(g) == self.gender_of_pronoun(w)) =>
                {
                    Some(EntityKind::Person)
                }
                Some("it" | "we") if known == Some(EntityKind::Organisation) => {
                    Some(EntityKind::Organisation)
                }
                _ => None,
            };
            if let (Some(kind), false) = (kind, key.is_empty()) {
                subject = Some(FoundSubject {
                    key: key.as_str().to_owned(),
                    surface: speaker.name.clone(),
                    kind,
                    range: None,
                });
            }
        }
        // '"We have taken full control of the airport," a spokesman for
        // the Rapid Support Forces said': "we" in a group's voice is the
        // group, in a quotation too (where "he" may be anybody).
        if subject.is_none()
            && matches!(kind, StatementKind::Assertion | StatementKind::Denial)
            && !speaker.relayed
            && speaker.attribution != Attribution::Author
            && speaker.name.chars().any(char::is_uppercase)
            && toks
                .iter()
                .find(|t| t.start >= content.start && t.end <= content.end && t.is_word())
                .is_some_and(|t| t.lower == "we")
            // (Not the outlet that "according to" names: '"We married them
            // off," he said, according to CNN'.)
            && !speech_cue.as_ref().is_some_and(|c| {
                doc[c.clone()]
                    .get(..9)
                    .is_some_and(|w| w.eq_ignore_ascii_case("according"))
            })
        {
            // (A group by its kind or its name's last word, or the body a
            // spokesman speaks for; not a person, nor an outlet that
            // relays somebody's words.)
            let org = speaker.organisation.as_deref().unwrap_or(&speaker.name);
            let key = self.key(org);
            let last = key.rsplit('-').next().unwrap_or_default();
            let kind_of = self.reg.kinds.get(&key);
            let group = !org.contains(',')
                && kind_of != Some(&EntityKind::Person)
                && (kind_of == Some(&EntityKind::Organisation)
                    || self.lex.organisation_words.contains(last)
                    || speaker.organisation.is_some() && speaker.role.is_some())
                && !self.lex.report_speakers.contains(last)
                && !self.lex.grammar.media_words.contains(last);
            if group && !speaker.party.is_empty() {
                subject = Some(FoundSubject {
                    key: speaker.party.clone(),
                    surface: org.to_string(),
                    kind: EntityKind::Organisation,
                    range: None,
                });
            }
        }
        // "The health ministry in Gaza said 500 people were killed in the
        // blast": a claim that names nothing is about the place its
        // speaker is named by, the people or body before it speaking for
        // it ([`Self::speakers_before_place`]).
        if subject.is_none() && kind != StatementKind::Question {
            // (The mention that ends the phrase.)
            if let Some(m) = speaker.range.as_ref().and_then(|r| {
                self.mentions_starting_in(r).find(|m| {
                    m.range.end == r.end
                        && m.kind == EntityKind::Place
                        && self.speakers_before_place(toks, tok_at(m.range.start))
                })
            }) {
                subject = Some(FoundSubject {
                    key: m.key.as_str().to_owned(),
                    surface: m.surface.as_str().to_owned(),
                    kind: m.kind,
                    range: None,
                });
            }
        }
        let other_subjects: Vec<FoundSubject> = in_content
            .iter()
            .filter(|m| subject.as_ref().is_none_or(|s| s.key != m.key) && !opening_modifier(m))
            .map(|m| FoundSubject {
                key: m.key.as_str().to_owned(),
                surface: m.surface.as_str().to_owned(),
                kind: m.kind,
                range: Some(m.range.clone()),
            })
            .fold(Vec::new(), |mut acc: Vec<FoundSubject>, s| {
                if !acc.iter().any(|a| a.key == s.key) {
                    acc.push(s);
                }
                acc
            });

        // "X said A and promised B", "X said A, adding B": the content
        // ends where the speaker's next attribution begins.
        if let Some(sc) = &speech_cue {
            if content.start >= sc.end {
                let next = cues.iter().find(|c| {
                    c.start > content.start
                        && c.end <= content.end
                        && (self.has(c, Cat::Speech) || self.has(c, Cat::Attitude))
                        && verbal(c)
                        && {
                            let ti = tok_at(c.start);
                            ti > 0
                                && ti < toks.len()
                                && (toks[ti - 1].lower == "and" || toks[ti - 1].is_punct(','))
                                && toks[ti - 1].start > content.start
                        }
                });
                if let Some(n) = next {
                    let ti = tok_at(n.start);
                    content.end = toks[ti - 1].start;
                }
            }
        }
        // A bare attributed sentence with nothing it is about is not a claim.
        if !self.input.keep_all
            && kind == StatementKind::Assertion
            && subject.is_none()
            && predicate.is_none()
            && quote.is_none()
        {
            return None;
        }
        let content = self.skip_addressee(toks, speech_cue.as_ref(), trim_content(doc, content));
        let content = self.skip_medium(toks, speech_cue.as_ref(), content);
        Some(Found {
            kind,
            cue_range: speech_cue,
            content,
            content_more: Vec::new(),
            range: clause,
            quote,
            predicate,
            predicate_class,
            speaker,
            subject,
            other_subjects,
            target,
            cues: cue_words,
            hedges,
            certainty,
        })
    }

    /// The topic of what was said when no name names it: the noun phrase
    /// that opens `content` ("the measles vaccine", "5G towers") and the
    /// verb after it ("causes"; after a copula the word it links, "is
    /// safe" → "safe"), or nothing when the content does not open with a
    /// noun phrase and its verb. The phrase ends at a function word, a cue,
    /// a verb of the lexicon's `topic_verbs`, a word in "-ed", or a word in
    /// "-s" before a determiner ("spreads the virus").
    ///
    /// With `predicate_read` (a predicate of the lexicon was found), the
    /// verb must be that predicate: only the noun phrase is wanted.
    fn topic_of(
        &self,
        toks: &[Tok],
        content: &Range<usize>,
        predicate_read: bool,
    ) -> Option<Topic> {
        let g = &self.lex.grammar;
        let a = &self.lex.attribution;
        let m = &self.lex.morphology;
        let lo = toks.partition_point(|t| t.start < content.start);
        let hi = toks.partition_point(|t| t.end <= content.end);
        let toks = &toks[lo..hi];
        let mut i = toks.iter().position(|t| t.is_word() && t.lower != "that")?;
        // ("No, the vaccine does not …": an answer word opens the clause.)
        if matches!(toks[i].lower, "no" | "yes") && toks.get(i + 1).is_some_and(|t| t.is_punct(','))
        {
            i = toks[i + 2..]
                .iter()
                .position(|t| t.is_word())
                .map(|p| i + 2 + p)?;
        }
        let opening = i;
        // ("only one missile hit", "just two of the drones": a limiting
        // word and a number open the phrase as a determiner does.)
        while toks.get(i).is_some_and(|t| {
            g.determiners.contains(&t.lower)
                || (g.quantifiers.contains(&t.lower) || a.number_words.contains(&t.lower))
                    && toks.get(i + 1).is_some_and(Tok::is_word)
        }) {
            i += 1;
        }
        let first = toks.get(i)?;
        // (Beside a predicate of the lexicon, only a phrase a determiner
        // opens: "the dam had burst", not "“arbitrarily detained”"; or the
        // clause after "there is" or a claim noun.)
        let clause_after =
            g.expletives.contains(&first.lower) || g.claim_nouns.contains(&first.lower);
        // (Or one lowercase singular noun before its auxiliary: "inflation
        // has fallen"; not "shots were fired", whose place says more.)
        let bare_noun = || {
            !first.is_capitalised()
                && !first.lower.ends_with('s')
                && toks.get(i + 1).is_some_and(|x| {
                    a.auxiliaries.contains(&x.lower) || g.copulas.contains(&x.lower)
                })
        };
        if predicate_read && i == opening && !clause_after && !bare_noun() {
            return None;
        }
        if clause_after && first.lower == "there" {
            if let Some(t) = self.existential_denied(toks, i) {
                return Some(t);
            }
        }
        if clause_after {
            // "there is no evidence that 5G masts spread the virus", "it is
            // false that …", "(denied) reports that the border had closed":
            // the claim is the clause after "that".
            let window = &toks[i..toks.len().min(i + 8)];
            // ("there is no evidence the vaccine causes …": the clause
            // may follow the claim noun without "that", opened by a
            // determiner or a name.)
            let bare = || {
                window.iter().enumerate().find_map(|(p, t)| {
                    let next = toks.get(i + p + 1)?;
                    ((g.claim_nouns.contains(&t.lower) || g.evidence_nouns.contains(&t.lower))
                        && next.is_word()
                        && (g.determiners.contains(&next.lower) || next.is_capitalised()))
                    .then_some(i + p + 1)
                })
            };
            let that = window
                .iter()
                .position(|t| t.lower == "that")
                .map(|p| i + p + 1)
                .or_else(bare)?;
            let rest = toks.get(that)?.start..content.end;
            return self.topic_of(toks, &rest, predicate_read);
        }
        if g.non_topics.contains(&first.lower) || g.claim_nouns.contains(&first.lower) {
            return None;
        }
        let is_cue = |t: &Tok| !self.cues_in(&(t.start..t.end)).is_empty();
        let ends_phrase = |k: usize, n: usize| {
            let t = &toks[k];
            let w = t.lower;
            !t.is_word()
                || g.topic_stops.contains(w)
                || g.topic_connectors.contains(w)
                || g.prepositions.contains(w)
                || g.relative_pronouns.contains(w)
                || g.copulas.contains(w)
                || a.finite_verbs.contains(w)
                || n > 0
                    && !toks.get(k + 1).is_some_and(|x| {
                        // ("climate change is", "the plan will": a noun.)
                        g.copulas.contains(&x.lower)
                            || g.topic_stops.contains(&x.lower)
                            || a.auxiliaries.contains(&x.lower)
                    })
                    && (g.topic_verbs.contains(w)
                        || is_cue(t)
                        || w.ends_with("ed")
                        // ("the missile hit the area": a word before an
                        // article or a possessive is a verb; before "that",
                        // "no", "any" or "such" only in "-s": "the bridge
                        // that …" opens a relative clause.)
                        || toks.get(k + 1).is_some_and(|x| {
                            g.determiners.contains(&x.lower)
                                && (!matches!(x.lower, "that" | "no" | "any" | "such")
                                    || w.ends_with('s') && !w.ends_with("ss"))
                        }))
                // ("inflation remained too high": a past tense before an
                // adverb is the verb, not part of the noun phrase; "greed",
                // "speed" are nouns.)
                || n > 0
                    && w.ends_with("ed")
                    && !w.ends_with("eed")
                    && !toks.get(k + 1).is_some_and(|x| g.copulas.contains(&x.lower))
        };
        let start = i;
        while i < toks.len() && i - start < 5 && !ends_phrase(i, i - start) {
            i += 1;
        }
        let phrase = &toks[start..i];
        let head = phrase.last()?;
        // ("how he", "Tuesday his actions", "she’ll": no noun phrase.)
        let refers = |t: &Tok| {
            a.clause_words.contains(&t.lower)
                || g.non_topics.contains(&t.lower)
                || g.time_words.contains(&t.lower)
                || self.lex.first_person.contains(&t.lower)
                || g.female_pronouns.contains(&t.lower)
                || g.male_pronouns.contains(&t.lower)
                || t.lower.contains(['\'', '’'])
        };
        if phrase.iter().any(refers) {
            return None;
        }
        if g.state_side_words.contains(&head.lower)
            || g.armed_group_words.contains(&head.lower)
            || g.generic_group_words.contains(&head.lower)
            || g.claim_nouns.contains(&head.lower)
        {
            return None;
        }
        // The verb: past auxiliaries and negations; after a copula, the
        // word it links.
        // ("no tsunami warning had been issued": a phrase opened by "no"
        // negates its verb.)
        let mut negation = toks[opening..start]
            .iter()
            .find(|t| t.lower == "no")
            .map(|t| t.lower.to_string());
        // ("the harbor bridge in lund collapsed": a phrase of place, of up
        // to three words, between the noun phrase and the predicate read.)
        let place_phrase = || {
            let is_predicate = |t: &Tok| {
                self.cues_in(&(t.start..t.end))
                    .iter()
                    .any(|c| c.start == t.start && self.has(c, Cat::Predicate))
            };
            let verb_like = |t: &Tok| {
                a.auxiliaries.contains(&t.lower) || g.copulas.contains(&t.lower) || is_predicate(t)
            };
            (i + 2..toks.len().min(i + 5)).find(|&e| {
                verb_like(&toks[e])
                    && !toks[i + 1..e]
                        .iter()
                        .all(|t| g.determiners.contains(&t.lower))
                    && toks[i + 1..e].iter().all(|t| {
                        t.is_word()
                            && !verb_like(t)
                            && !is_cue(t)
                            && !a.finite_verbs.contains(&t.lower)
                            && !g.relative_pronouns.contains(&t.lower)
                    })
            })
        };
        let mut k = match toks.get(i) {
            Some(p)
                if predicate_read
                    && matches!(p.lower, "in" | "at" | "near" | "outside" | "inside") =>
            {
                place_phrase().unwrap_or(i)
            }
            _ => i,
        };
        let mut copula = false;
        // ("is more important", "was uniquely qualified": the word the
        // copula links, past its adverbs.)
        while let Some(t) = toks.get(k).filter(|t| {
            t.is_word()
                && (g.topic_stops.contains(&t.lower)
                    || g.copulas.contains(&t.lower)
                    || a.auxiliaries.contains(&t.lower)
                    || t.lower.ends_with("ly") && t.lower.len() > 4)
                && !g.topic_verbs.contains(&t.lower)
        }) {
            // ("would not only address …": no negation.)
            let noncommittal = toks
                .get(k + 1)
                .is_some_and(|n| g.noncommittal_words.contains(&n.lower));
            if (self
                .cues_in(&(t.start..t.end))
                .iter()
                .any(|c| self.has(c, Cat::Negation))
                || matches!(t.lower, "not" | "never"))
                && !noncommittal
            {
                negation = Some(t.lower.to_string());
            }
            copula |= g.copulas.contains(&t.lower);
            k += 1;
            if k - i > 4 {
                return None;
            }
        }
        // (Not in a possibility: "no just god would stand for this".)
        if toks[i..k]
            .iter()
            .any(|t| matches!(t.lower, "would" | "could" | "might" | "may" | "should"))
        {
            negation = negation.filter(|n| n != "no");
        }
        let verb = toks.get(k).filter(|t| {
            t.is_word()
                && if predicate_read {
                    // (The predicate read is the verb: "the dam had not
                    // burst"; or ends at it: "is still standing".)
                    self.cues_in(&(toks[i].start..t.end))
                        .iter()
                        .any(|c| self.has(c, Cat::Predicate) && c.end >= t.end)
                } else {
                    !is_cue(t)
                }
                && !refers(t)
                && !g.topic_connectors.contains(&t.lower)
                && !g.prepositions.contains(&t.lower)
                && !g.determiners.contains(&t.lower)
                && (copula || k > i || ends_phrase(k, 1))
        })?;
        Some(Topic {
            subject: self.topic_subject(phrase),
            verb: self.doc[verb.start..verb.end].to_string(),
            event: m.verb_stem(verb.lower).to_string(),
            negation,
        })
    }

    /// "there had been no radiation leak", "there was no explosion": an
    /// existential denied at `there` (token of `toks`) is about the noun
    /// phrase after "no" (up to four words), its event the phrase's head.
    /// Not "there is no evidence that …", whose claim is the clause after.
    fn existential_denied(&self, toks: &[Tok], there: usize) -> Option<Topic> {
        let g = &self.lex.grammar;
        let a = &self.lex.attribution;
        let mut k = there + 1;
        while toks
            .get(k)
            .is_some_and(|t| t.is_word() && self.be_or_auxiliary(t))
        {
            k += 1;
        }
        if k == there + 1 || toks.get(k)?.lower != "no" {
            return None;
        }
        let start = k + 1;
        let mut e = start;
        while e < toks.len()
            && e - start < 4
            && toks[e].is_word()
            && !(g.prepositions.contains(&toks[e].lower)
                || g.topic_connectors.contains(&toks[e].lower)
                || g.relative_pronouns.contains(&toks[e].lower)
                || g.copulas.contains(&toks[e].lower)
                || g.topic_stops.contains(&toks[e].lower)
                || a.auxiliaries.contains(&toks[e].lower)
                || a.finite_verbs.contains(&toks[e].lower)
                || matches!(toks[e].lower, "and" | "or" | "but" | "that"))
        {
            e += 1;
        }
        let phrase = &toks[start..e];
        let head = phrase.last()?;
        if phrase.iter().any(|t| {
            g.claim_nouns.contains(&t.lower)
                || g.evidence_nouns.contains(&t.lower)
                || g.non_topics.contains(&t.lower)
                || t.lower.contains(['\'', '’'])
        }) {
            return None;
        }
        // Only an event of the lexicon ("no radiation leak", "no
        // explosion"), not "no excuses", "no doubt", "no idea"; nor one
        // whose phrase "no" opens ("there were no casualties" is `unhurt`).
        let mut events = self
            .cues_in(&(toks[k].start..head.end))
            .iter()
            .filter(|c| self.has(c, Cat::Predicate));
        if !events.clone().any(|c| c.start > toks[k].start)
            || events.any(|c| c.start == toks[k].start)
        {
            return None;
        }
        Some(Topic {
            subject: self.topic_subject(phrase),
            verb: self.doc[toks[k].start..head.end].to_string(),
            event: self.lex.morphology.singular(head.lower).to_string(),
            negation: Some("no".to_string()),
        })
    }

    /// A form of "be" or an auxiliary ("had", "been", "was"): what stands
    /// between a negated noun phrase and its verb.
    fn be_or_auxiliary(&self, t: &Tok) -> bool {
        self.lex.attribution.auxiliaries.contains(&t.lower)
            || self.lex.grammar.copulas.contains(&t.lower)
            || t.lower == "been"
    }

    /// The subject a topic's noun phrase names (not empty): its words
    /// lowercased and joined, the head in the singular ("radiation-leak").
    fn topic_subject(&self, phrase: &[Tok]) -> FoundSubject {
        let mut key: Vec<&str> = phrase.iter().map(|t| t.lower).collect();
        let last = key.len() - 1;
        key[last] = self.lex.morphology.singular(key[last]);
        let range = phrase[0].start..phrase[last].end;
        FoundSubject {
            key: key.join("-"),
            surface: self.doc[range.clone()].to_string(),
            kind: EntityKind::Topic,
            range: Some(range),
        }
    }

    /// A speech cue that is used as a noun or a participle, not as the
    /// verb of an attribution: "Several tweets claim …" (the subject of the
    /// next verb), "a website called “X”" (naming), "a video posted to
    /// Facebook" (a reduced relative), "a false claim" (a noun that is a
    /// verb only after a plural subject). `ti` is the cue's token, past the
    /// first.
    fn cue_is_noun_use(&self, toks: &[Tok], cues: &[Cue], c: &Cue, ti: usize) -> bool {
        let g = &self.lex.grammar;
        let p = &toks[ti - 1];
        let next = toks.partition_point(|t| t.start < c.end);
        let after = toks.get(next);
        let word = self.cue_text(c);
        if g.noun_cues.contains(word)
            && after.is_some_and(|n| {
                !n.lower.ends_with("ing")
                    && cues
                        .iter()
                        .any(|d| d.start == n.start && self.has(d, Cat::Speech))
            })
        {
            return true;
        }
        // "The Korvel claims are false", "Russian claims of a victory …":
        // before a copula or a preposition of what they say, the noun.
        // (Product mode: PolNeAR reads "Republican claims of …" as the
        // Republicans' attribution, which the noun is too.)
        if !self.input.keep_all
            && g.noun_cues.contains(word)
            && after.is_some_and(|n| {
                g.copulas.contains(&n.lower)
                    || matches!(
                        n.lower,
                        "of" | "about" | "by" | "regarding" | "have" | "had"
                    )
            })
        {
            return true;
        }
        let article_before = ti >= 2 && matches!(toks[ti - 2].lower, "a" | "an" | "the");
        if article_before
            && g.naming_verbs.contains(word)
            && after.is_some_and(|t| {
                t.is_capitalised() || matches!(t.kind, TokKind::Punct('"' | '“' | '\''))
            })
        {
            return true;
        }
        if article_before
            && word.ends_with("ed")
            && self.lex.report_speakers.contains(&p.lower)
            && after.is_some_and(|t| g.prepositions.contains(&t.lower))
        {
            return true;
        }
        if g.plural_subject_verbs.contains(word) {
            // ("Korvel Rebels Claim Victory": in title case a plural noun
            // is capitalised too.)
            let plural = |k: usize| {
                let t = &toks[k];
                let w = &t.lower;
                t.is_word()
                    && (g.plural_subjects.contains(w)
                        || ((k == 0 || !t.is_capitalised() || title_case(toks))
                            && w.ends_with('s')
                            && !w.ends_with("ss")))
            };
            // ("Posts circulating on Facebook claim …": past a participle
            // phrase after the subject.)
            let after_participle = (ti.saturating_sub(5)..ti - 1)
                .rev()
                .take_while(|&k| toks[k].is_word())
                .find(|&k| toks[k].lower.ends_with("ing") || self.circulation_at(toks, k))
                .is_some_and(|k| k > 0 && plural(k - 1));
            return !(plural(ti - 1) || after_participle);
        }
        false
    }

    /// "The commission said the count was not finished and rejected
    /// Brook's claim": a verb of denying coordinated with a verb of saying
    /// is a second statement of the same speaker, so its clause starts at
    /// the "and" (what was said ends before it, and a negation in it does
    /// not reach the denial).
    fn split_coordinated_denials(
        &self,
        mut clauses: Vec<Range<usize>>,
        toks: &[Tok],
    ) -> Vec<Range<usize>> {
        let mut i = 0;
        while i < clauses.len() {
            if let Some(at) = self.coordinated_denial_at(&clauses[i], toks) {
                let clause = clauses[i].clone();
                clauses[i] = trim_content(self.doc, clause.start..at);
                clauses.insert(i + 1, at..clause.end);
                i += 1;
            }
            i += 1;
        }
        clauses
    }

    /// Where the "and" before a verb of denying coordinated with an
    /// earlier verb of saying in `clause` starts (see
    /// `split_coordinated_denials`).
    fn coordinated_denial_at(&self, clause: &Range<usize>, toks: &[Tok]) -> Option<usize> {
        let cues = self.cues_in(clause);
        let said = cues
            .iter()
            .find(|c| self.has(c, Cat::Speech) && !self.has(c, Cat::Denial))?;
        cues.iter().find_map(|c| {
            if c.start <= said.end || !self.has(c, Cat::Denial) {
                return None;
            }
            let verb = self.cue_text(c);
            if verb.ends_with("ing") || !self.lex.grammar.object_denials.contains(verb) {
                return None;
            }
            let vi = token_at(toks, c.start);
            let and = toks.get(vi.checked_sub(1)?)?;
            if and.lower != "and" {
                return None;
            }
            // (At least two words said before the "and", outside any
            // quotation, and a word after the verb: "… were unanswered and
            // dismissed." is a participle.)
            let between = toks.partition_point(|t| t.start < said.end)..vi - 1;
            let object = toks.get(token_at(toks, c.end)).is_some_and(|t| t.is_word());
            let at = and.start - clause.start;
            (object
                && between.len() >= 2
                && !segment::quoted_ranges(&self.doc[clause.clone()])
                    .iter()
                    .any(|q| q.start < at && at < q.end))
            .then_some(and.start)
        })
    }

    /// The comma, after token `from`, that opens a closing attribution:
    /// a noun phrase, a verb of saying, then nothing but circumstances
    /// ("…, the Kelby Courier reported (on Monday).").
    /// (The last verb of saying first, the cheapest test: most sentences
    /// end with none.)
    fn closing_attribution(&self, toks: &[Tok], cues: &[Cue], from: usize) -> Option<usize> {
        let after = toks.get(from)?.start;
        let v = cues.iter().rev().find(|c| self.has(c, Cat::Speech))?;
        if v.start <= after || !self.says_nothing(&toks[token_at(toks, v.end).min(toks.len())..]) {
            return None;
        }
        // The comma a short noun phrase before the verb.
        let vi = token_at(toks, v.start);
        let k = (from.max(vi.saturating_sub(8))..vi)
            .rev()
            .find(|&k| toks[k].is_punct(','))?;
        let (_, e) = self.np_right(toks, k + 1)?;
        (e == vi).then_some(k)
    }

    /// Is `v`, the word after a "that", a verb (a copula, a finite
    /// auxiliary, a past in "-ed"), so that the "that" opens a relative
    /// clause ("measures that are …", "the report that appeared …")
    /// rather than what somebody says?
    fn verb_after_that(&self, v: Option<&Tok>) -> bool {
        let g = &self.lex.grammar;
        v.is_some_and(|v| {
            v.is_word()
                && !v.is_capitalised()
                && (g.copulas.contains(&v.lower)
                    || g.finite_auxiliaries.contains(&v.lower)
                    || (v.lower.len() > 4 && v.lower.ends_with("ed")))
        })
    }

    /// "The ministry denied reports that the minister had resigned": a
    /// denial that says what it denies also relays that claim, which no
    /// other statement of the post carries. Returns it as a report: of
    /// unattributed reports, rumours or claims (its speaker "reports"), or
    /// of the claimant the denial names ("denied the NRF's claim that …",
    /// "a Reuters report that …", "a report in the Financial Times that
    /// …"), relayed as the denial tells it; its cue is the claim noun, its
    /// content the clause after "that", its subject and event the
    /// denial's. So one sentence is a claim and its denial, and the linker
    /// pairs them as it pairs two posts. Product mode only (the corpora
    /// mark the denial alone).
    fn implied_claim(&self, denial: &mut Found, toks: &[Tok]) -> Option<Found> {
        let g = &self.lex.grammar;
        if self.input.keep_all || denial.kind != StatementKind::Denial || denial.cue_range.is_none()
        {
            return None;
        }
        let target_party = denial.target.as_ref().and_then(|t| t.1.clone());
        // The claim noun opens what was denied ("reports that", "media
        // reports that", "the NRF's claims that"), after the verb.
        let lo = toks.partition_point(|t| t.start < denial.content.start);
        let hi = toks.partition_point(|t| t.end <= denial.content.end);
        let k = lo
            + toks[lo..hi]
                .iter()
                .take(5)
                .position(|t| t.is_word() && g.claim_nouns.contains(&t.lower))?;
        let noun = &toks[k];
        // Who made the claim: named after the noun ("by Reuters", "in the
        // Financial Times"), or before it ("the NRF's", "a Reuters").
        let after = toks
            .get(k + 1)
            .filter(|t| matches!(t.lower, "by" | "from" | "in"))
            .and_then(|_| self.np_right(toks, k + 2))
            .filter(|&(s, _)| {
                toks[s..]
                    .iter()
                    .find(|t| t.lower != "the")
                    .is_some_and(Tok::is_capitalised)
            });
        let that = after.map_or(k + 1, |(_, e)| e);
        if toks.get(that).is_none_or(|t| t.lower != "that") {
            return None;
        }
        // ("the story that will be familiar", "reports that surfaced on
        // Monday", "reports that claim …": a relative clause describes the
        // noun, no claim follows.)
        let next = toks.get(that + 1);
        let relative = self.verb_after_that(next)
            || next.is_some_and(|t| {
                self.cues_in(&(t.start..t.end))
                    .iter()
                    .any(|c| c.start == t.start && self.claim_cue(c))
            });
        if relative {
            return None;
        }
        let mut content = trim_content(self.doc, toks[that].end..denial.content.end);
        // ("reports that … were false", "said that the assertion that … is
        // categorically false", "dismissed claims that … as "nonsense"": the
        // verdict follows the claim, which ends at its copula or "as".
        // Where its own verb begins otherwise ("the report that … had died
        // turned out to be false") only a parser finds.)
        if let Some(c) = self
            .cues_in(&content)
            .iter()
            .find(|c| self.has(c, Cat::Denial))
        {
            // (Past the quotation marks and adverbs before the verdict.)
            let skipped = |t: &Tok| {
                matches!(t.kind, TokKind::Punct('"' | '“' | '‘' | '\''))
                    || t.lower.ends_with("ly") && t.lower.len() > 4
            };
            let verdict = toks[..token_at(toks, c.start)]
                .iter()
                .rposition(|t| !skipped(t))?;
            let ends_claim = verdict > that + 2
                && matches!(toks[verdict].lower, "as" | "is" | "are" | "was" | "were");
            if !ends_claim {
                return None;
            }
            content = trim_content(self.doc, content.start..toks[verdict].start);
        }
        // (A clause, not a word or two.)
        if toks[that + 1..]
            .iter()
            .filter(|t| t.is_word() && t.end <= content.end)
            .count()
            < 3
        {
            return None;
        }
        // (Not when the post relays the claim itself, before its denial.)
        let relayed_before = self.found.iter().any(|f| {
            matches!(f.kind, StatementKind::Assertion | StatementKind::Report)
                && f.subject.is_some()
                && f.subject.as_ref().map(|s| &s.key) == denial.subject.as_ref().map(|s| &s.key)
        });
        if relayed_before {
            return None;
        }
        let before = || {
            let mut e = k;
            if e > lo && toks[e - 1].kind == TokKind::Possessive {
                e -= 1;
            }
            let mut s = e;
            while s > lo && toks[s - 1].is_capitalised() && e - s < 4 {
                s -= 1;
            }
            (s < e).then_some((s, e))
        };
        let claimant = after
            .or_else(before)
            .and_then(|(s, e)| self.speaker_from(toks, s, e, Attribution::Indirect));
        // (What names the claim is not what it is about: not "media" in
        // "media reports that …", nor "a report in the Financial Times".)
        if denial
            .subject
            .as_ref()
            .and_then(|s| s.range.as_ref())
            .is_some_and(|r| r.start < toks[that].start)
        {
            denial.subject = None;
        }
        // ("Apple denied a Reuters report that it was building a car": a
        // claim about the denier, told by its pronoun, is about the denier.)
        if denial.subject.is_none()
            && next.is_some_and(|t| {
                subject_pronoun(t.lower) || matches!(t.lower, "its" | "their" | "his" | "her")
            })
        {
            denial.subject = self.speaker_as_subject(&denial.speaker);
        }
        let speaker = match claimant {
            Some(sp) if target_party.as_ref().is_none_or(|p| *p == sp.party) => sp,
            None if target_party.is_none() => self.relayed_speaker(noun.lower),
            _ => return None,
        };
        // ("denied media reports that …": what it denies, named, and whose
        // claim it is.)
        let party = (!speaker.relayed).then(|| speaker.party.clone());
        match &mut denial.target {
            Some((_, p)) => *p = p.take().or(party),
            None => denial.target = Some((self.doc[toks[lo].start..noun.end].to_string(), party)),
        }
        Some(Found {
            // (Relayed by the denial, the claimant's own words unseen.)
            kind: StatementKind::Report,
            cue_range: Some(noun.start..noun.end),
            content: content.clone(),
            content_more: Vec::new(),
            // (Its span is the claim as the denial names it: "reports that
            // … had resigned".)
            range: noun
                .start
                .min(speaker.range.as_ref().map_or(noun.start, |r| r.start))
                ..content.end,
            quote: None,
            predicate: denial.predicate.clone(),
            predicate_class: denial.predicate_class.clone(),
            speaker,
            subject: denial.subject.clone(),
            other_subjects: denial.other_subjects.clone(),
            target: None,
            cues: vec![noun.lower.to_string()],
            hedges: Vec::new(),
            // (Known only from its denial.)
            certainty: 0.5,
        })
    }

    /// Further attributions in a clause whose first one became `main`
    /// ("X said A, and Y told reporters B"): same clause, other cues.
    fn more_attributions(
        &self,
        unit: &Unit,
        clause: &Range<usize>,
        toks: &[Tok],
        main: &mut Found,
    ) -> Vec<Found> {
        let doc = self.doc;
        let tok_at = |pos: usize| token_at(toks, pos);
        let speech: Vec<&Cue> = self
            .cues_in(clause)
            .iter()
            .filter(|c| {
                c.end <= clause.end && (self.has(c, Cat::Speech) || self.has(c, Cat::Attitude))
            })
            .filter(|c| {
                main.cue_range
                    .as_ref()
                    .is_none_or(|m| c.end <= m.start || c.start >= m.end)
            })
            .collect();
        let mut out = Vec::new();
        for (n, c) in speech.iter().enumerate() {
            let vi = tok_at(c.start);
            if vi >= toks.len() || (vi == 0 && !unit.headline) {
                continue;
            }
            if vi > 0 && self.cue_is_noun_use(toks, self.cues_in(clause), c, vi) {
                continue;
            }
            // "He praised the plan and said …": a second verb of the main
            // speaker, whose first content stops before the "and".
            let coordinated = vi > 0
                && toks[vi - 1].is_word()
                && matches!(toks[vi - 1].lower, "and" | "but")
                && main
                    .cue_range
                    .as_ref()
                    .is_some_and(|m| m.end <= toks[vi - 1].start)
                && main.content.start < toks[vi - 1].start;
            // '"…," he said, adding that …': a participle after the main
            // verb and a comma, said by the main speaker.
            // (Also after a quotation closed by its comma: '… “to win,”
            // adding that …'.)
            let after_comma = vi > 0
                && (toks[vi - 1].is_punct(',')
                    || (vi > 1
                        && toks[vi - 2].is_punct(',')
                        && matches!(toks[vi - 1].kind, TokKind::Punct('”' | '"' | '\''))));
            let participle = after_comma
                && toks[vi].lower.ends_with("ing")
                && main
                    .cue_range
                    .as_ref()
                    .is_some_and(|m| m.end <= toks[vi - 1].start);
            let coordinated = coordinated || participle;
            if vi > 0 && !coordinated {
                let p = &toks[vi - 1];
                if p.kind == TokKind::Possessive
                    || (p.is_word() && self.lex.grammar.determiners.contains(&p.lower))
                    || p.is_capitalised() && toks[vi].is_capitalised()
                {
                    continue;
                }
            }
            // "They know it well, Devine said." (or ", said Devine."): an
            // attribution that closes the clause after a comma owns what
            // comes before the comma, and the earlier cue's content ends
            // there.
            if !coordinated && vi > 0 {
                let ve = tok_at(c.end).min(toks.len());
                let closes = |e: usize| self.says_nothing(&toks[e.min(toks.len())..]);
                let before = self
                    .np_left(toks, vi)
                    .filter(|&(s, _)| s > 0 && toks[s - 1].is_punct(',') && closes(ve));
                let after = || {
                    self.np_right(toks, ve)
                        .filter(|&(s, e)| s == ve && toks[vi - 1].is_punct(',') && closes(e))
                };
                let phrase = before
                    .map(|p| (p, p.0 - 1))
                    .or_else(|| after().map(|p| (p, vi - 1)));
                if let Some(((s, e), k)) = phrase {
                    let comma = toks[k].start;
                    let content = trim_content(doc, clause.start..comma);
                    let Some(speaker) = self.speaker_from(toks, s, e, Attribution::Indirect) else {
                        continue;
                    };
                    if content.is_empty() || content.start >= c.start {
                        continue;
                    }
                    if main.content.start < comma && comma < main.content.end {
                        let cut = trim_content(doc, main.content.start..comma);
                        if !cut.is_empty() {
                            main.content.end = cut.end;
                        }
                    } else if main.content.start > comma && main.content.start < c.end {
                        // ("they know, Mara Voss said": nothing of its own.)
                        main.content.end = main.content.start;
                    }
                    out.push(self.other_attribution(main, speaker, c, content));
                    continue;
                }
            }
            // The conjunction before a clause of its own ("…, and others
            // said …"): what the main speaker said ends before it.
            let mut conjunction = coordinated.then(|| vi - 1);
            let speaker = if coordinated {
                main.speaker.clone()
            } else {
                let Some((s, e)) = self.np_left(toks, vi) else {
                    continue;
                };
                let Some(speaker) = self.speaker_from(toks, s, e, Attribution::Indirect) else {
                    continue;
                };
                let unquoted = |k: usize| {
                    let at = toks[k].start;
                    !segment::quoted_ranges(&doc[clause.clone()])
                        .iter()
                        .any(|q| clause.start + q.start < at && at < clause.start + q.end)
                };
                if s > 1
                    && matches!(toks[s - 1].lower, "and" | "but")
                    && toks[s - 2].is_punct(',')
                    && unquoted(s - 1)
                {
                    conjunction = Some(s - 2);
                }
                speaker
            };
            // The content runs to the next cue (or the end of the clause).
            let end = speech.get(n + 1).map_or(clause.end, |next| next.start);
            let content = trim_content(doc, c.end..end.max(c.end));
            if content.is_empty() {
                continue;
            }
            if let Some(k) = conjunction {
                let at = toks[k].start;
                if main.content.start < at && at < main.content.end {
                    let cut = trim_content(doc, main.content.start..at);
                    if !cut.is_empty() {
                        main.content.end = cut.end;
                    }
                }
            }
            out.push(self.other_attribution(main, speaker, c, content));
        }
        out
    }

    /// One more attribution of `main`'s clause: `speaker` said `content`
    /// (cue `c`).
    fn other_attribution(
        &self,
        main: &Found,
        speaker: FoundSpeaker,
        c: &Cue,
        content: Range<usize>,
    ) -> Found {
        Found {
            kind: StatementKind::Assertion,
            speaker,
            cue_range: Some(c.start..c.end),
            content,
            content_more: Vec::new(),
            cues: vec![self.cue_text(c).to_string()],
            ..main.clone()
        }
    }

    /// "Pence: Gennifer Flowers won't be at debate" (headlines, interview
    /// transcripts): a short capitalised name, a colon, what they said.
    /// Evaluation mode only: it names no claim kind.
    fn colon_attribution(&self, unit: &Unit, toks: &[Tok]) -> Option<Found> {
        let doc = self.doc;
        let colon = toks.iter().position(|t| t.is_punct(':'))?;
        let name = &toks[..self.colon_speaker_end(toks, colon)?];
        let content = trim_content(doc, toks[colon].end..unit.range.end);
        if content.is_empty() {
            return None;
        }
        let speaker = self.named_speaker(
            name[0].start..name[name.len() - 1].end,
            None,
            Attribution::Direct,
        );
        let cue = toks[colon].start..toks[colon].end;
        Some(bare_attribution(unit, cue, ":", content, speaker))
    }

    /// The turns of an interview transcript ("TAPPER: …", "JAKE TAPPER:
    /// …"): a line opened by a name in capitals and a colon is what its
    /// speaker said, all of the line's sentences. (Not a label of the
    /// text, "UPDATE:", nor a transcript's "Q:" and "A:", which name no
    /// one.)
    fn transcript_turns(&self) -> Vec<Found> {
        let doc = self.doc;
        let mut out = Vec::new();
        for (at, line) in lines_at(doc) {
            let lead = line.len() - line.trim_start_matches([' ', '"', '“']).len();
            let Some(colon) = line[lead..].find(':').map(|c| lead + c) else {
                continue;
            };
            let label = &line[lead..colon];
            let letters = label.chars().filter(|c| c.is_alphabetic()).count();
            let is_label = letters >= 2
                && label.len() <= 30
                && label.chars().all(|c| {
                    c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-')
                })
                && label.split_whitespace().count() <= 3
                // ("CORRECTION:", "UPDATE:": a label of the text, no one.)
                && !label.split_whitespace().any(|w| {
                    let w = w.to_lowercase();
                    self.lex.grammar.colon_labels.contains(w.as_str())
                        || self.lex.not_names.contains(w.as_str())
                });
            let said = line[colon + 1..].trim_end();
            if !is_label || said.split_whitespace().count() < 3 {
                continue;
            }
            let content = trim_content(doc, at + colon + 1..at + colon + 1 + said.len());
            let speaker = self.named_speaker(at + lead..at + colon, None, Attribution::Direct);
            let unit = Unit {
                range: at + lead..content.end,
                headline: false,
            };
            let asks = doc[content.clone()].ends_with('?');
            let mut turn =
                bare_attribution(&unit, at + colon..at + colon + 1, ":", content, speaker);
            if asks {
                turn.kind = StatementKind::Question;
            }
            out.push(turn);
        }
        out
    }

    /// Quotations signed after a dash at the end of their line ('“We will
    /// rebuild.” ― Ana Costa'), as collections of quotes and social posts
    /// write them: the name is the source, the dash the cue, the quotation
    /// (marks included, however many sentences it holds) the content.
    fn epigraphs(&self) -> Vec<Found> {
        let doc = self.doc;
        let mut out = Vec::new();
        for (at, line) in lines_at(doc) {
            let body = line.trim_end().trim_end_matches('.');
            let Some((dash, dash_len)) = ['―', '—', '–']
                .iter()
                .filter_map(|d| body.rfind(*d).map(|i| (i, d.len_utf8())))
                .chain(body.rfind("--").map(|i| (i, 2)))
                .max()
            else {
                continue;
            };
            let name = body[dash + dash_len..].trim();
            let words: Vec<&str> = name.split_whitespace().collect();
            let is_name = (1..=5).contains(&words.len())
                && words.iter().all(|w| {
                    w.chars().next().is_some_and(char::is_uppercase)
                        && w.chars()
                            .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
                });
            if !is_name {
                continue;
            }
            let before = body[..dash].trim_end();
            let Some(close) = before
                .chars()
                .next_back()
                .filter(|c| matches!(c, '”' | '"' | '»'))
            else {
                continue;
            };
            let close_at = before.len() - close.len_utf8();
            // The opening mark: the first quotation mark of the line, when
            // the line starts with one, else the last one after a space.
            let lead = before.len() - before.trim_start().len();
            let open = if before[lead..].starts_with(['“', '"', '”', '«']) {
                Some(lead)
            } else {
                before[..close_at]
                    .char_indices()
                    .filter(|(i, c)| {
                        matches!(c, '“' | '"' | '«')
                            && before[..*i]
                                .chars()
                                .next_back()
                                .is_none_or(char::is_whitespace)
                    })
                    .map(|(i, _)| i)
                    .next_back()
            };
            let Some(open) = open.filter(|o| *o < close_at) else {
                continue;
            };
            let name_start = at
                + dash
                + dash_len
                + (body[dash + dash_len..].len() - body[dash + dash_len..].trim_start().len());
            let name_range = name_start..name_start + name.len();
            let speaker = self.named_speaker(name_range, None, Attribution::Direct);
            let unit = Unit {
                range: at + open..name_start + name.len(),
                headline: false,
            };
            let content = at + open..at + before.len();
            let dash_word = &doc[at + dash..at + dash + dash_len];
            out.push(bare_attribution(
                &unit,
                at + dash..at + dash + dash_len,
                dash_word,
                content,
                speaker,
            ));
        }
        out
    }

    /// Where a speaker's name before the colon at `toks[colon]` ends, if
    /// `toks[..colon]` names one ("IDF:", "Sen. Graham:", "Taliban
    /// spokesman:", "TAPPER:"): one to five tokens, capitalised but for role
    /// and organisation words, none of them a word that names nobody ("The
    /// Latest:", "Correction:", "For one:"), not a transcript's Q or A, and
    /// at least three words said after it ("Clinton: 547." is a table). The
    /// name may be followed by "on", "at" or "to" and a short capitalised
    /// name of whom or what it speaks about ("CNN President On Trump:",
    /// "Clinton to Planned Parenthood:"); it ends before them.
    fn colon_speaker_end(&self, toks: &[Tok], colon: usize) -> Option<usize> {
        let doc = self.doc;
        let lex = self.lex;
        let end = (1..colon)
            .find(|&k| {
                toks[k].is_word()
                    && matches!(toks[k].lower, "on" | "at" | "to")
                    && (2..=5).contains(&(colon - k))
                    && toks[k + 1..colon].iter().all(|t| t.is_capitalised())
            })
            .unwrap_or(colon);
        if !(1..=5).contains(&end) || !toks[0].is_capitalised() {
            return None;
        }
        let name_ok = toks[..end].iter().enumerate().all(|(k, t)| match t.kind {
            // "Ministry of Defence:", "Minister for Health:".
            // (Lowercase: "Big Win For Bernie:" is a title-case headline.)
            TokKind::Word if matches!(t.text(doc), "of" | "for" | "and") => {
                k > 0 && toks[k + 1].is_capitalised()
            }
            TokKind::Word => {
                let head = |w: &str| {
                    lex.roles.contains(w)
                        || lex.organisation_words.contains(w)
                        || lex.attribution.people_groups.contains(w)
                };
                !lex.not_names.contains(&t.lower)
                    && !lex.grammar.colon_labels.contains(&t.lower)
                    && (t.is_capitalised()
                        || head(t.lower)
                        // ("Sovar protest organisers:": a word qualifying
                        // the head.)
                        || (k + 1 < end && head(toks[k + 1].lower)))
            }
            TokKind::Possessive => true,
            TokKind::Punct(c) => c == '.',
        });
        if !name_ok || (end == 1 && toks[0].text(doc).chars().count() < 2) {
            return None;
        }
        let said = &toks[colon + 1..];
        let words = said
            .iter()
            .filter(|t| t.is_word() && t.text(doc).chars().any(char::is_alphabetic))
            .count();
        (words >= 3 && !said.first().is_some_and(|t| t.is_number(doc))).then_some(end)
    }

    /// "Sanders said.", "he asked.", "said Mr. Ryan.": a short sentence of
    /// a speaker and a speech verb, and nothing said.
    fn names_a_speaker_only(&self, unit: &Unit, toks: &[Tok], same_paragraph: bool) -> bool {
        let n = toks.len();
        if !(3..=24).contains(&n) || !toks[n - 1].is_punct('.') {
            return false;
        }
        if toks.iter().any(|t| {
            matches!(t.kind, TokKind::Punct(c) if matches!(c, '"' | '“' | '”' | '\'' | '’' | ':' | ','))
        }) {
            return false;
        }
        let g = &self.lex.grammar;
        self.cues_in(&unit.range).iter().any(|c| {
            if !self.has(c, Cat::Speech) {
                return false;
            }
            if c.start == toks[0].start {
                return n <= 8;
            }
            let Some(v) = toks.iter().position(|t| t.end == c.end) else {
                return false;
            };
            let rest = &toks[v + 1..n - 1];
            if rest.is_empty() {
                return n <= 8;
            }
            // In the quotation's paragraph, '"Why …?" Lichtman said about
            // the effort.', '… Trump said Friday.': after the verb only
            // circumstances, or a phrase that a preposition opens and
            // that holds no clause ("has said for months that …", "has
            // vowed to keep …"), and a short speaker before it.
            let a = &self.lex.attribution;
            let no_clause = || !rest.iter().any(|t| self.clause_word(t));
            let object_follows = || {
                rest.get(1).is_some_and(|t| {
                    !t.is_word()
                        || t.is_capitalised()
                        || a.determiners.contains(&t.lower)
                        || t.lower.starts_with(|c: char| c.is_ascii_digit())
                })
            };
            // (A circumstance may be a clause of its own: "… said as he
            // launched the process.")
            let circumstance = || {
                a.circumstance_openers.contains(&rest[0].lower)
                    && !rest.iter().any(|t| t.lower == "that")
            };
            same_paragraph
                && v <= 7
                && !self
                    .cues_in(&unit.range)
                    .iter()
                    .any(|n| self.has(n, Cat::Negation))
                && (circumstance()
                    || no_clause()
                        && (self.says_nothing(rest)
                            || rest[0].lower == "to" && object_follows()
                            || rest[0].lower != "to" && g.prepositions.contains(&rest[0].lower)))
        })
    }

    /// Whether `toks` (what follows a verb of saying) say nothing: only
    /// punctuation and circumstances ("…, the ministry said on Saturday.").
    fn says_nothing(&self, toks: &[Tok]) -> bool {
        toks.iter()
            .all(|t| matches!(t.kind, TokKind::Punct(_)) || self.circumstance(t))
    }

    /// A word of the circumstances that may follow "X said" ("on Saturday",
    /// "in a statement").
    fn circumstance(&self, t: &Tok) -> bool {
        // (A post's closing tag says nothing: "…, police sources say.
        // #Velsk".)
        self.lex.grammar.circumstance(t.lower) || t.lower.starts_with('#')
    }

    /// A speaker named by the text at `range`: `name`, or the text as it
    /// is written.
    fn named_speaker(
        &self,
        range: Range<usize>,
        name: Option<String>,
        attribution: Attribution,
    ) -> FoundSpeaker {
        let surface = self.doc[range.clone()].to_string();
        let name = name.unwrap_or_else(|| surface.clone());
        FoundSpeaker {
            party: self.key(&name).as_str().to_owned(),
            name,
            surface,
            role: None,
            organisation: None,
            aliases: Vec::new(),
            attribution,
            range: Some(range),
            relayed: false,
        }
    }

    /// "Asked whether he would run, the senator said …", "When asked about
    /// the vote, …": a question put to someone, attributed without a source
    /// (evaluation mode).
    fn asked_attribution(&self, unit: &Unit, toks: &[Tok]) -> Option<Found> {
        // "Asked …" opening the sentence, or "when asked …" anywhere in it
        // ("Christie said when asked whether he would …").
        let k = (0..toks.len())
            .find(|&j| toks[j].lower == "asked" && (j == 0 || toks[j - 1].lower == "when"))?;
        let question = |t: &Tok| {
            matches!(
                t.lower,
                "if" | "whether"
                    | "what"
                    | "how"
                    | "why"
                    | "who"
                    | "when"
                    | "where"
                    | "which"
                    | "specifically"
            )
        };
        let mut cue = toks[k].start..toks[k].end;
        let mut from = k + 1;
        let mut speaker = unknown_speaker();
        let next = toks.get(from)?;
        if next.lower == "about" {
            cue.end = next.end;
            from += 1;
        } else if matches!(next.lower, "on" | "in" | "by" | "during" | "at") {
            // "Asked on Fox News who …", "Asked by Stephanopoulos to
            // respond …": past a short phrase of where or by whom.
            let q = (from + 1..toks.len().min(from + 8))
                .find(|&j| question(&toks[j]) || (next.lower == "by" && toks[j].lower == "to"))?;
            if toks[from + 1..q].iter().any(|t| !t.is_word()) || q == from + 1 {
                return None;
            }
            if next.lower == "by" {
                speaker = self.named_speaker(
                    toks[from + 1].start..toks[q - 1].end,
                    None,
                    Attribution::Indirect,
                );
            }
            from = q;
        } else if !question(next) {
            return None;
        }
        let to = (from..toks.len())
            .find(|&j| toks[j].is_punct(','))
            .unwrap_or(toks.len());
        if to <= from + 1 {
            return None;
        }
        let content = trim_content(self.doc, toks[from].start..toks[to - 1].end);
        if content.is_empty() {
            return None;
        }
        Some(bare_attribution(unit, cue, "asked", content, speaker))
    }

    /// "In an NBC News poll released Monday, 50 percent of respondents
    /// chose Clinton", "In Forbes' words, …": a source named by the phrase
    /// that opens the sentence, what follows its comma attributed to it
    /// (evaluation mode).
    fn in_source_attribution(&self, unit: &Unit, toks: &[Tok]) -> Option<Found> {
        if toks.first()?.lower != "in" {
            return None;
        }
        let comma = (1..toks.len().min(16)).find(|&j| toks[j].is_punct(','))?;
        let g = &self.lex.grammar;
        if comma < 2
            || g.not_source_openers.contains(toks[1].lower)
            || !toks[1..comma]
                .iter()
                .any(|t| t.is_word() && g.source_nouns.contains(t.lower))
        {
            return None;
        }
        let content = trim_content(self.doc, toks.get(comma + 1)?.start..unit.range.end);
        if content.is_empty() {
            return None;
        }
        let speaker = self.named_speaker(
            toks[1].start..toks[comma - 1].end,
            None,
            Attribution::Indirect,
        );
        Some(bare_attribution(
            unit,
            toks[0].start..toks[0].end,
            "in",
            content,
            speaker,
        ))
    }

    /// "Cruz had 38 percent support in a Fox poll.", "Obama's approval
    /// rating in the latest survey stands at 53%.": a poll named inside
    /// the sentence (`grammar.survey_nouns`) is its source, and the rest
    /// of the sentence is what it found. Evaluation mode only (called when
    /// nothing else in the sentence attributes).
    fn poll_attribution(&self, unit: &Unit, toks: &[Tok]) -> Option<Found> {
        let g = &self.lex.grammar;
        let doc = self.doc;
        // (A name of several outlets: "an NBC News/Marist poll".)
        let in_name = |t: &Tok| {
            t.is_word() || t.kind == TokKind::Possessive || t.is_punct('/') || t.is_punct('-')
        };
        let (at, head) = (1..toks.len())
            .filter(|&i| toks[i].lower == "in")
            .find_map(|i| {
                (i + 2..toks.len().min(i + 16))
                    .take_while(|&k| in_name(&toks[k]))
                    .find(|&k| g.survey_nouns.contains(toks[k].lower))
                    // (A named poll: "in a Fox poll", "in Monday's poll"; "rose
                    // in the polls" names none.)
                    .filter(|&k| {
                        toks[i + 1..k]
                            .iter()
                            .any(|t| t.is_capitalised() || t.kind == TokKind::Possessive)
                    })
                    .map(|k| (i, k))
            })?;
        // "In March, Cruz had …": an opening adverbial is not what was found.
        let from = (1..at.min(6))
            .find(|&k| toks[k].is_punct(','))
            .filter(|&k| self.only_an_opening_adverbial(&toks[..k]))
            .map_or(unit.range.start, |k| toks[k + 1].start);
        let content = trim_content(doc, from..toks[at].start);
        if doc[content.clone()].split_whitespace().count() < 3 {
            return None;
        }
        // "… in the latest poll stands at 53%": the sentence goes on after
        // the poll (not a date or a participle: "… poll released Sunday").
        let more = toks.get(head + 1).filter(|t| {
            t.is_word()
                && !t.is_capitalised()
                && !t.lower.ends_with("ed")
                && !g.time_words.contains(&t.lower)
        });
        let mut f = bare_attribution(
            unit,
            toks[at].start..toks[at].end,
            "in",
            content,
            self.named_speaker(
                toks[at + 1].start..toks[head].end,
                None,
                Attribution::Indirect,
            ),
        );
        if let Some(t) = more {
            let rest = trim_content(doc, t.start..unit.range.end);
            if !rest.is_empty() {
                f.content_more.push(rest);
            }
        }
        Some(f)
    }

    /// "told reporters (that) …", "told the New York Daily News, …": the
    /// addressee after a verb of telling is not what was said. A known
    /// place ends the addressee ("told Reuters Kabul had fallen").
    fn skip_addressee(
        &self,
        toks: &[Tok],
        cue: Option<&Range<usize>>,
        content: Range<usize>,
    ) -> Range<usize> {
        let doc = self.doc;
        let Some(c) = cue else { return content };
        if content.start < c.end {
            return content;
        }
        // (Any word of the cue: "sources told Axios that …"; but a cue
        // that ends in its addressee, "told reporters", leaves none after
        // it.)
        let cue_words = &toks
            [toks.partition_point(|t| t.end <= c.start)..toks.partition_point(|t| t.end <= c.end)];
        let addressee_follows = cue_words
            .last()
            .is_some_and(|t| TELLING.contains(&t.lower) || matches!(t.lower, "the" | "a" | "an"));
        if !addressee_follows || !cue_words.iter().any(|t| TELLING.contains(&t.lower)) {
            return content;
        }
        const PRONOUNS: &[&str] = &["me", "him", "her", "us", "them", "you"];
        let first = toks.partition_point(|t| t.start < content.start);
        // ("told that …": no addressee.)
        if toks.get(first).is_some_and(|t| t.lower == "that") {
            return content;
        }
        let mut i = first;
        while i < toks.len() && toks[i].end <= content.end {
            let t = &toks[i];
            let w = t.lower;
            let single = PRONOUNS.contains(&w) || matches!(w, "reporters" | "journalists");
            let addressee = match t.kind {
                TokKind::Word => {
                    (i == first && (matches!(w, "the" | "a" | "an") || single))
                        || (t.is_capitalised()
                            && self.reg.kinds.get(&self.key(&doc[t.start..t.end]))
                                != Some(&EntityKind::Place))
                        || self.lex.roles.contains(&w)
                }
                TokKind::Possessive => true,
                _ => false,
            };
            if !addressee {
                break;
            }
            i += 1;
            if single {
                break;
            }
        }
        if i == first || i >= toks.len() || toks[i].start >= content.end {
            return content;
        }
        let rest = trim_content(doc, toks[i].start..content.end);
        if rest.is_empty() {
            content
        } else {
            rest
        }
    }

    /// What was said after where it was said: "said on Twitter that …",
    /// "wrote in an op-ed that …" say what follows "that". A phrase that
    /// a preposition opens (or the cue ends with, "wrote on") and that
    /// holds no clause, then "that", right after the cue.
    fn skip_medium(
        &self,
        toks: &[Tok],
        cue: Option<&Range<usize>>,
        content: Range<usize>,
    ) -> Range<usize> {
        let Some(c) = cue else { return content };
        let first = toks.partition_point(|t| t.start < content.start);
        // (Right after the cue: no token between them.)
        if content.start < c.end || first == 0 || toks[first - 1].end != c.end {
            return content;
        }
        let g = &self.lex.grammar;
        let opened = toks
            .get(first)
            .is_some_and(|t| g.prepositions.contains(&t.lower))
            || g.prepositions.contains(&toks[first - 1].lower);
        if !opened {
            return content;
        }
        let Some(that) = toks[first..]
            .iter()
            .take(8)
            .position(|t| t.lower == "that")
            .map(|p| first + p)
        else {
            return content;
        };
        if that == first {
            return content;
        }
        let phrase_only = toks[first..that]
            .iter()
            .all(|t| matches!(t.kind, TokKind::Word | TokKind::Possessive) && !self.clause_word(t));
        // The "that" of a clause with its subject after it, not of a claim
        // noun ("responded to accusations that he …"), nor a determiner or
        // a relative pronoun ("announced that same day", "called on
        // donors that fund …").
        let of_a_claim = g.claim_nouns.contains(&toks[that - 1].lower);
        let subject_follows = toks.get(that + 1).is_some_and(|t| {
            t.is_word()
                && (t.is_capitalised()
                    || subject_pronoun(t.lower)
                    || NAME_DETERMINERS.contains(&t.lower)
                    || g.determiners.contains(&t.lower)
                    || t.is_number(self.doc))
        });
        let rest = trim_content(self.doc, toks[that].start..content.end);
        if phrase_only && !of_a_claim && subject_follows && !rest.is_empty() {
            rest
        } else {
            content
        }
    }

    /// "town", "city", "province": "the" and the word make a place
    /// reference (`place_references`).
    fn place_reference_word(&self, t: &Tok) -> bool {
        let mut phrase = smol_str::SmolStrBuilder::new();
        phrase.push_str("the ");
        phrase.push_str(t.lower);
        self.lex.place_references.contains(&phrase.finish())
    }

    /// "the town of Saraqib", "the state of North Carolina" at token `i`: a
    /// place reference that names its place instead of referring back.
    fn names_a_place(&self, toks: &[Tok], i: usize) -> bool {
        toks[i].lower == "the"
            && toks
                .get(i + 1)
                .is_some_and(|t| self.place_reference_word(t))
            && toks.get(i + 2).is_some_and(|t| t.lower == "of")
            && toks.get(i + 3).is_some_and(|t| t.is_capitalised())
    }

    fn place_reference(&self, toks: &[Tok], content: &Range<usize>) -> Option<FoundSubject> {
        let doc = self.doc;
        // (Tokens are in document order: from the content's first, up to
        // the one before the last.)
        let lo = toks.partition_point(|t| t.start < content.start);
        for i in lo..toks.len().saturating_sub(1) {
            let t = &toks[i];
            if t.end > content.end {
                break;
            }
            if t.lower != "the" {
                continue;
            }
            // ("the town of Saraqib" names its place; it refers to none.)
            if !self.names_a_place(toks, i) && self.place_reference_word(&toks[i + 1]) {
                let m = self
                    .last_mention_before(t.start, EntityKind::Place)
                    .or_else(|| self.last_taken_before(t.start))
                    .or_else(|| self.last_governed_before(toks, t.start))?;
                return Some(FoundSubject {
                    key: m.key.as_str().to_owned(),
                    surface: doc[t.start..toks[i + 1].end].to_string(),
                    kind: EntityKind::Place,
                    range: Some(t.start..toks[i + 1].end),
                });
            }
        }
        None
    }

    /// "Taliban's claim", "the claims of X", "the reports".
    fn find_target(&self, toks: &[Tok]) -> Option<(String, Option<String>)> {
        let doc = self.doc;
        for (i, t) in toks.iter().enumerate() {
            if !t.is_word() || !self.lex.grammar.claim_nouns.contains(&t.lower) {
                continue;
            }
            // "issued a statement denying …", "said in a statement that …":
            // the document that carries the denial, not what it denies.
            let carrier = self.lex.grammar.document_nouns.contains(&t.lower)
                && (toks
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.lower.ends_with("ing"))
                    || (i >= 2
                        && toks[i - 2].lower == "in"
                        && self.lex.grammar.determiners.contains(&toks[i - 1].lower)));
            if carrier {
                continue;
            }
            // (Also a plural's bare apostrophe: "the rebels' claim".)
            let possessive = i >= 2
                && (toks[i - 1].kind == TokKind::Possessive
                    || matches!(toks[i - 1].kind, TokKind::Punct('\'' | '’'))
                        && toks[i - 2].is_word()
                        && toks[i - 2].lower.ends_with('s')
                        && toks[i - 2].end == toks[i - 1].start);
            if possessive {
                // Walk back over the possessor.
                let mut s = i - 1;
                while s > 0
                    && (toks[s - 1].is_capitalised()
                        || self.lex.grammar.connectors.contains(&toks[s - 1].lower))
                {
                    s -= 1;
                }
                // "the ministry's claim", "the opposition's allegations": an
                // institution named by what it is, with its lowercase
                // modifiers ("the health ministry's").
                if s == i - 1 && self.common_head(&toks[i - 2]) {
                    s = i - 2;
                    while s > 0
                        && i - 1 - s < 3
                        && toks[s - 1].is_word()
                        && !toks[s - 1].is_capitalised()
                        && !self.lex.grammar.determiners.contains(&toks[s - 1].lower)
                        && !self.lex.not_names.contains(&toks[s - 1].lower)
                    {
                        s -= 1;
                    }
                }
                if s < i - 1 {
                    let party = self
                        .speaker_from(toks, s, i - 1, Attribution::Indirect)
                        .map(|sp| sp.party);
                    let start = if s > 0 && toks[s - 1].lower == "the" {
                        s - 1
                    } else {
                        s
                    };
                    return Some((doc[toks[start].start..t.end].to_string(), party));
                }
            }
            // "claims by the Taliban" names the claimant; "reports of
            // Putin's ill health" names what the claim is about.
            // ("the claim by the rebels": a body named by what it is.)
            let by_body = i + 3 < toks.len()
                && toks[i + 2].lower == "the"
                && self.common_head(&toks[i + 3])
                && !toks
                    .get(i + 4)
                    .is_some_and(|t| t.is_word() && t.lower != "that");
            if i + 2 < toks.len()
                && matches!(toks[i + 1].lower, "by" | "from")
                && (toks[i + 2].is_capitalised() || by_body)
            {
                if by_body {
                    let party = self
                        .speaker_from(toks, i + 2, i + 4, Attribution::Indirect)
                        .map(|sp| sp.party);
                    return Some((doc[t.start..toks[i + 3].end].to_string(), party));
                }
                if let Some((s, e)) = self.np_right(toks, i + 2) {
                    let party = self
                        .speaker_from(toks, s, e, Attribution::Indirect)
                        .map(|sp| sp.party);
                    return Some((doc[t.start..toks[e - 1].end].to_string(), party));
                }
            }
            // "denies Russian claim", "the Taliban claim": a state named by
            // its demonym, or a body named in one word after "the", before
            // a claim or an allegation (not "Fox News", "the October
            // report", "Trump reports …") is the claimant.
            // ("the Norland figure": a figure or tally named after whoever
            // gave it; not a month's, "the October figures".)
            let figure_word = matches!(t.lower, "figure" | "figures" | "tally")
                && i >= 1
                && !self.lex.not_names.contains(&toks[i - 1].lower);
            let claim_word = figure_word
                || matches!(
                    t.lower,
                    "claim" | "claims" | "allegation" | "allegations" | "assertion" | "assertions"
                );
            if claim_word && i >= 2 && toks[i - 1].is_capitalised() {
                // (A demonym names its state: "Russian claim" → russia.)
                let party = match self.lex.nations.get(toks[i - 1].lower) {
                    Some(nation) => Some(nation.clone()),
                    None if toks[i - 2].lower == "the" => self
                        .speaker_from(toks, i - 1, i, Attribution::Indirect)
                        .map(|sp| sp.party)
                        .filter(|p| !p.is_empty() && p != "unknown"),
                    None => None,
                };
                if let Some(party) = party {
                    let start = if toks[i - 2].lower == "the" {
                        i - 2
                    } else {
                        i - 1
                    };
                    return Some((doc[toks[start].start..t.end].to_string(), Some(party)));
                }
            }
            // "the official figure", "the ministry's account" without the
            // possessive ("the army version"): a lowercase body or role
            // word between "the" and the claim noun is the claimant
            // ("official" names the officials).
            // (A plural only before a preposition or punctuation other than
            // a colon: in "the group claims that …" and "The network
            // reports: …" it is the verb; "news" not inside a compound,
            // "the television news network".)
            let next = toks.get(i + 1);
            let noun_use = if t.lower == "news" {
                next.is_none_or(|n| !n.is_word())
            } else {
                !plural_claim_noun(t)
                    || next.is_none_or(|n| {
                        (!n.is_word() && !n.is_punct(':'))
                            || matches!(n.lower, "of" | "about" | "on" | "as" | "in")
                    })
            };
            if i >= 2 && noun_use && toks[i - 2].lower == "the" && toks[i - 1].is_word() {
                let w = &toks[i - 1];
                let party = if w.lower == "official" && !w.is_capitalised() {
                    Some("officials".to_string())
                } else if let Some(group) = self.armed_group_named_by(w.lower) {
                    // ("the rebel claim": the rebels.)
                    Some(group)
                } else if self.common_head(w) {
                    self.speaker_from(toks, i - 1, i, Attribution::Indirect)
                        .map(|sp| sp.party)
                        .filter(|p| !p.is_empty() && p != "unknown")
                } else {
                    None
                };
                if party.is_some() {
                    return Some((doc[toks[i - 2].start..t.end].to_string(), party));
                }
            }
            // ("said that reports …": before a plural, "that" opens a
            // clause; such a plural is left to `bare_claims`.)
            let plural = plural_claim_noun(t);
            // ("its earlier report": one qualifying word between.)
            let d = if i >= 2
                && matches!(
                    toks[i - 1].lower,
                    "earlier" | "original" | "previous" | "initial" | "own"
                ) {
                i - 2
            } else {
                i.saturating_sub(1)
            };
            let determined = i >= 1
                && !(plural && toks[d].lower == "that")
                && self.lex.grammar.determiners.contains(&toks[d].lower);
            if determined {
                return Some((doc[toks[d].start..t.end].to_string(), None));
            }
        }
        None
    }

    /// "denied reports that …", "said that rumours of …": a plural claim
    /// noun with no determiner, right after a verb or after "that" (not
    /// "Taliban claims victory", where it is the verb).
    fn bare_claims(&self, toks: &[Tok]) -> Option<(String, Option<String>)> {
        (1..toks.len()).find_map(|i| {
            let (p, t) = (&toks[i - 1], &toks[i]);
            let plural = plural_claim_noun(t);
            let after_verb = p.lower == "that"
                || (!p.is_capitalised() && (p.lower.ends_with("ed") || p.lower.ends_with('s')));
            (t.is_word()
                && plural
                && p.is_word()
                && after_verb
                && self.lex.grammar.claim_nouns.contains(&t.lower))
            .then(|| (t.text(self.doc).to_string(), None))
        })
    }

    /// The armed group an adjective names ("rebel" → "rebels"), as
    /// `grammar.armed_group_words` lists it.
    fn armed_group_named_by(&self, word: &str) -> Option<String> {
        let plural = format!("{}s", word.to_lowercase());
        self.lex
            .grammar
            .armed_group_words
            .contains(&plural)
            .then_some(plural)
    }

    /// A lowercase word that heads the name of a speaking body or person:
    /// "ministry", "opposition", "rebels", "spokesman".
    fn common_head(&self, t: &Tok) -> bool {
        let lex = self.lex;
        t.is_word()
            && !t.is_capitalised()
            && (lex.organisation_words.contains(&t.lower)
                || lex.roles.contains(&t.lower)
                || lex.grammar.armed_group_words.contains(&t.lower))
    }

    /// "dismissed the Hamas claim as propaganda", "denied the AP report":
    /// a name between a determiner and a claim noun is the claimant. Not
    /// in "the Daily News" (the noun is part of the name), "the Post
    /// reports that …" (a verb) or "a Sunday news conference".
    fn named_claimant(&self, toks: &[Tok]) -> Option<(String, Option<String>)> {
        let doc = self.doc;
        let grammar = &self.lex.grammar;
        toks.iter().enumerate().find_map(|(i, t)| {
            let noun = t.is_word()
                && !t.is_capitalised()
                && grammar.claimant_nouns.contains(&t.lower)
                && toks.get(i + 1).is_none_or(|n| {
                    !n.is_word()
                        || matches!(
                            n.lower,
                            "as" | "of" | "on" | "about" | "in" | "and" | "that"
                        )
                });
            if !noun {
                return None;
            }
            let mut s = i;
            while s > 0
                && toks[s - 1].is_capitalised()
                && !grammar.time_words.contains(&toks[s - 1].lower)
                && i - s < 4
            {
                s -= 1;
            }
            if s == i || s == 0 || !grammar.determiners.contains(&toks[s - 1].lower) {
                return None;
            }
            let sp = self.speaker_from(toks, s, i, Attribution::Indirect)?;
            Some((doc[toks[s - 1].start..t.end].to_string(), Some(sp.party)))
        })
    }

    // ----- speakers -------------------------------------------------------

    /// The noun phrase that ends right before token `v`, skipping
    /// auxiliaries, adverbs and time phrases ("The Taliban on Monday had").
    fn np_left(&self, toks: &[Tok], v: usize) -> Option<(usize, usize)> {
        self.np_before(toks, v, true)
    }

    /// Where the subject of a verb in the infinitive ends, when `end` is
    /// the verb or the "to" before it: before the verb that governs the
    /// infinitive ("The ministry moved to deny", "Officials were quick to
    /// dismiss", `grammar.catenatives`) or before a verb whose object is
    /// the stage ("Musk took to X to deny", "went on state television to
    /// announce", `grammar.stage_verbs`); before a verb of refusal
    /// (`grammar.refusals`) only when the verb refused confirms or denies
    /// (`committal`: "The army refused to confirm …"). Else `end`.
    fn infinitive_subject_end(&self, toks: &[Tok], end: usize, committal: bool) -> usize {
        let g = &self.lex.grammar;
        let Some(to) = infinitive_to(toks, end) else {
            return end;
        };
        if to > 0
            && (g.catenatives.contains(&toks[to - 1].lower)
                || (committal && g.refusals.contains(&toks[to - 1].lower)))
        {
            return to - 1;
        }
        // "took to Facebook on Sunday to": a short object between, with no
        // punctuation, clause word or cue.
        for k in (to.saturating_sub(8)..to).rev() {
            let t = &toks[k];
            if !t.is_word() || matches!(t.lower, "that" | "who" | "which" | "and" | "but") {
                break;
            }
            if k + 1 < to && g.stage_verbs.contains(&t.lower) {
                return k;
            }
        }
        end
    }

    /// Whether `next`, right after a noun, makes it the first noun of a
    /// compound ("propaganda video"): a lowercase word that is no function
    /// word and no verb in -ed or -ing ("propaganda aimed at", "propaganda
    /// and lies", "propaganda is").
    fn names_a_kind(&self, next: &Tok) -> bool {
        let (g, a) = (&self.lex.grammar, &self.lex.attribution);
        let w = next.lower;
        next.is_word()
            && !next.is_capitalised()
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && ![
                &g.prepositions,
                &g.determiners,
                &g.copulas,
                &g.topic_connectors,
                &g.relative_pronouns,
                &a.auxiliaries,
                &a.subordinators,
            ]
            .iter()
            .any(|set| set.contains(w))
    }

    /// The body named by the noun phrase that opens the clause, before a
    /// pronoun at `before` that has nothing earlier to refer to: a phrase
    /// whose head is an organisation word ("The Korvel ministry"), or for
    /// "they" a plural role ("Officials").
    fn opening_body(&self, toks: &[Tok], before: usize, plural: bool) -> Option<FoundSpeaker> {
        let (_, e) = self
            .np_right(toks, 0)
            .filter(|&(s, e)| s == 0 && e <= before)?;
        let head = toks[e - 1].lower;
        let body = if plural {
            head.ends_with('s') && self.lex.roles.contains(head)
        } else {
            self.lex.organisation_words.contains(head)
        };
        if !body {
            return None;
        }
        let mut sp = self.speaker_from(toks, 0, e, Attribution::Coreference)?;
        sp.range = Some(toks[before].start..toks[before].end);
        sp.surface = self.doc[toks[before].start..toks[before].end].to_string();
        sp.attribution = Attribution::Coreference;
        Some(sp)
    }

    /// "The mayor's office", "Governor Tomas Arlen's office", "his office":
    /// an office speaks for the one who holds it, on that one's side.
    fn office_speaker(
        &self,
        toks: &[Tok],
        s: usize,
        e: usize,
        attribution: Attribution,
    ) -> Option<FoundSpeaker> {
        let k = e.checked_sub(1).filter(|&k| k > s)?;
        if !matches!(toks[k].lower, "office" | "offices") {
            return None;
        }
        let owner = if toks[k - 1].kind == TokKind::Possessive && k - 1 > s {
            self.speaker_from(toks, s, k - 1, attribution)?
        } else if k == s + 1 && matches!(toks[s].lower, "his" | "her") {
            let m = self.last_mention_before(toks[s].start, EntityKind::Person)?;
            FoundSpeaker {
                name: m.surface.to_string(),
                surface: m.surface.to_string(),
                role: None,
                organisation: None,
                party: self.canonical(&m.key),
                aliases: Vec::new(),
                attribution: Attribution::Coreference,
                range: None,
                relayed: false,
            }
        } else {
            return None;
        };
        let range = toks[s].start..toks[k].end;
        Some(FoundSpeaker {
            name: format!("{}'s office", owner.name),
            surface: self.doc[range.clone()].to_string(),
            role: Some("office".to_string()),
            organisation: Some(owner.name),
            range: Some(range),
            aliases: Vec::new(),
            relayed: false,
            ..owner
        })
    }

    /// The verb at or after "to" at `end` is asked of someone named
    /// between a verb of `grammar.request_verbs` and the "to" ("asked the
    /// commission to confirm", "urged Moscow to deny").
    fn requested(&self, toks: &[Tok], end: usize) -> bool {
        let Some(to) = infinitive_to(toks, end) else {
            return false;
        };
        (to.saturating_sub(8)..to.saturating_sub(1))
            .rev()
            .take_while(|&k| {
                toks[k].is_word() && !matches!(toks[k].lower, "that" | "who" | "which")
            })
            .any(|k| self.asks_someone(toks, k, k + 1))
    }

    /// The verb at `vi..ve` asks someone to speak: a verb of
    /// `grammar.request_verbs`, then who is asked and "to" ("asked the
    /// commission to confirm").
    fn asks_someone(&self, toks: &[Tok], vi: usize, ve: usize) -> bool {
        let requests = &self.lex.grammar.request_verbs;
        let w = toks[vi].lower;
        // ("called on" as one cue, or "called" and then "on".)
        let ve = if requests.contains(&w) {
            ve
        } else if self.lex.grammar.request_verbs_on.contains(&w) {
            match toks.get(ve) {
                Some(on) if on.lower == "on" => ve + 1,
                _ if ve == vi + 2 && toks[vi + 1].lower == "on" => ve,
                _ => return false,
            }
        } else {
            return false;
        };
        // (Someone asked, not a question: "asked if parents would be
        // willing to vote".)
        toks.get(ve).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.lower,
                    "to" | "if"
                        | "whether"
                        | "what"
                        | "how"
                        | "why"
                        | "when"
                        | "where"
                        | "who"
                        | "which"
                        | "for"
                        | "about"
                )
        }) && toks[ve..toks.len().min(ve + 7)]
            .iter()
            .take_while(|t| t.is_word() || t.kind == TokKind::Possessive)
            .any(|t| t.lower == "to")
    }

    /// The negator that negates the first clause of what was said (`about`)
    /// and denies it: near its start, before any punctuation or
    /// subordinator, not one that only refuses or omits ("declined to",
    /// "without"), and not before a word that refuses to commit ("would
    /// not comment", "no doubt").
    fn content_negation(&self, toks: &[Tok], about: &Range<usize>) -> Option<&'a str> {
        let g = &self.lex.grammar;
        let a = toks.partition_point(|t| t.start < about.start);
        for k in a..toks.len().min(a + 8) {
            let t = &toks[k];
            if t.end > about.end || matches!(t.kind, TokKind::Punct(_)) {
                return None;
            }
            if k > a && self.lex.attribution.subordinators.contains(t.lower) {
                return None;
            }
            let Ok(c) = self.cues.binary_search_by(|c| c.start.cmp(&t.start)) else {
                continue;
            };
            let cue = &self.cues[c];
            if !self.has(cue, Cat::Negation) {
                continue;
            }
            let text = self.cue_text(cue);
            // ("may not like", "might not": a possibility, not a denial.)
            let modal_before = k > a && matches!(toks[k - 1].lower, "may" | "might");
            if g.non_denying_negators.contains(text) || modal_before {
                return None;
            }
            let after = toks.partition_point(|t| t.start < cue.end);
            // ("told them not to worry", "said no to the war": a directive
            // or a refusal, not a denial.)
            if toks.get(after).is_some_and(|t| t.lower == "to") {
                return None;
            }
            // ("made no public comment", "gave no official response":
            // `grammar.comment_qualifiers`.)
            let next = toks[after..].iter().find(|t| {
                !(g.subject_negators.contains(t.lower)
                    || g.comment_qualifiers.contains(t.lower)
                    || matches!(
                        t.lower,
                        "be" | "been" | "being" | "a" | "an" | "any" | "the"
                    ))
            });
            if next.is_some_and(|t| g.noncommittal_words.contains(t.lower)) {
                return None;
            }
            return Some(text);
        }
        None
    }

    /// Where a prepositional phrase ending at token `e` starts, when it
    /// follows the head of a subject without being part of who speaks:
    /// "on Telegram", "via social media" after any subject, "of the town",
    /// "in Kherson" after a word of the anonymous voices ("residents",
    /// "witnesses", "bloggers"). At most four words after the preposition.
    /// Or, after such a word, a participle phrase of at most six words that
    /// tells how it spread ([`Ctx::circulation_at`]: "posts shared thousands
    /// of times").
    fn post_modifier_start(&self, toks: &[Tok], e: usize) -> Option<usize> {
        let g = &self.lex.grammar;
        (e.saturating_sub(5)..e.saturating_sub(1))
            .rev()
            .find(|&p| {
                let prep = toks[p].lower;
                if p == 0 || !toks[p..e].iter().all(Tok::is_word) {
                    return false;
                }
                let object = || {
                    let start = toks[p + 1].start;
                    self.doc[start..toks[e - 1].end].to_lowercase()
                };
                let venue = matches!(prep, "on" | "via") && g.platforms.contains(&object());
                let voices = matches!(prep, "of" | "in" | "from" | "at" | "near" | "on")
                    && toks[p - 1].is_word()
                    && self.lex.report_speakers.contains(toks[p - 1].lower);
                venue || voices
            })
            .or_else(|| {
                (e.saturating_sub(6)..e)
                    .rev()
                    .take_while(|&p| toks[p].is_word())
                    .find(|&p| self.circulation_at(toks, p))
            })
    }

    /// Whether token `p` opens a participle phrase that tells how a
    /// relaying medium spread ("posts shared thousands of times", "a video
    /// circulating on TikTok", "messages forwarded widely"): a lowercase
    /// participle right after a word of the anonymous voices.
    /// (What follows the participle must be a word of
    /// `grammar.circulation_links`, a number, an adverb, a time word or the
    /// verb.)
    fn circulation_at(&self, toks: &[Tok], p: usize) -> bool {
        let t = &toks[p];
        let g = &self.lex.grammar;
        let linked = toks.get(p + 1).is_none_or(|n| {
            !n.is_word()
                || self.speech_at(toks, p + 1)
                || g.circulation_links.contains(n.lower)
                || g.time_words.contains(n.lower)
                || n.is_number(self.doc)
                || (n.lower.ends_with("ly") && !n.is_capitalised())
        });
        p > 0
            && t.is_word()
            && !t.is_capitalised()
            && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
            && !self.lex.attribution.finite_verbs.contains(t.lower)
            && linked
            && toks[p - 1].is_word()
            && self.lex.report_speakers.contains(toks[p - 1].lower)
    }

    /// Whether token `v` is a speech cue ("said", "told", "reported").
    fn speech_at(&self, toks: &[Tok], v: usize) -> bool {
        toks.get(v).is_some_and(|t| {
            self.cues
                .binary_search_by(|c| c.start.cmp(&t.start))
                .is_ok_and(|k| self.has(&self.cues[k], Cat::Speech))
        })
    }

    /// Whether the verb at token `v` ends its sentence after a comma
    /// ("…, officials said.", "…, officials said on Monday."): what it
    /// attributes came before it, and the words between are its subject.
    fn said_last(&self, toks: &[Tok], v: usize) -> bool {
        let after_verb = toks.get(v + 1..).unwrap_or(&[]);
        let verb_is_speech = self.speech_at(toks, v);
        let comma_before = toks[..v.min(toks.len())]
            .iter()
            .rev()
            .take(5)
            .any(|t| t.is_punct(','));
        verb_is_speech
            && comma_before
            && after_verb.iter().all(|t| match t.kind {
                TokKind::Punct(c) => matches!(c, '.' | '!' | '"' | '”' | '\''),
                _ => self.circumstance(t) || t.is_capitalised(),
            })
    }

    /// A quantifier at token `k` that opens the sentence or a clause after
    /// a comma ("Many voters said …", "Two officials said …", "…, most
    /// residents said"): the first word of a speaker phrase.
    fn opening_quantifier(&self, toks: &[Tok], k: usize) -> bool {
        let w = toks[k].lower;
        // (Or after a quotation that ends its clause: '"…," one employee
        // said'.)
        let after_quote = k >= 2
            && matches!(toks[k - 1].kind, TokKind::Punct('"' | '”' | '\'' | '’'))
            && matches!(
                toks[k - 2].kind,
                TokKind::Punct(',' | '?' | '!' | '\'' | '—')
            );
        let opens =
            k == 0 || matches!(toks[k - 1].kind, TokKind::Punct(',' | ';' | '—')) || after_quote;
        opens && self.quantifier(w)
    }

    /// A word of a clause, never of a phrase: a subordinator, a pronoun or
    /// relative pronoun, or a finite verb.
    fn clause_word(&self, t: &Tok) -> bool {
        let a = &self.lex.attribution;
        a.subordinators.contains(&t.lower)
            || a.clause_words.contains(&t.lower)
            || a.finite_verbs.contains(&t.lower)
    }

    /// Where a speaker phrase whose head starts at `s` starts when a
    /// quotation or a comma opens it: its determiner and modifiers too
    /// ('"…," a senior official said'). After a comma only when a
    /// determiner opens it ("…, a senior official told NBC", not "…,
    /// presidential candidate X called out").
    fn described_phrase_start(&self, toks: &[Tok], s: usize) -> usize {
        let a = &self.lex.attribution;
        let determiner = |w: &str| {
            NAME_DETERMINERS.contains(&w) || a.determiners.contains(w) || self.quantifier(w)
        };
        let mut p = s;
        while p > 0
            && s - p < 3
            && toks[p - 1].is_word()
            && (determiner(toks[p - 1].lower)
                || a.modifiers.contains(&toks[p - 1].lower)
                || a.rank_qualifiers.contains(&toks[p - 1].lower))
        {
            p -= 1;
        }
        let opens = p > 0
            && match toks[p - 1].kind {
                TokKind::Punct('"' | '”' | '\'' | '’') => true,
                TokKind::Punct(',') => determiner(toks[p].lower),
                _ => false,
            };
        if opens {
            p
        } else {
            s
        }
    }

    /// Where the prepositional phrases that place a speaker phrase ending
    /// at `e` end ("on the panel", "to Bill Clinton"): words only, no
    /// clause, and more than a circumstance ("in a statement", "on
    /// Sunday" place nobody).
    fn placing_phrases_end(&self, toks: &[Tok], e: usize) -> usize {
        let g = &self.lex.grammar;
        let mut k = e;
        while toks
            .get(k)
            .is_some_and(|t| g.prepositions.contains(&t.lower))
        {
            let mut j = k + 1;
            let mut places = false;
            while let Some(t) = toks.get(j).filter(|t| {
                t.is_word() && !g.prepositions.contains(&t.lower) && !self.clause_word(t)
            }) {
                places |= !self.circumstance(t);
                j += 1;
            }
            if !places {
                break;
            }
            k = j;
        }
        k
    }

    /// Whether the word at `ti` is said of an indefinite pronoun right
    /// before it ("something wrong", "something is definitely wrong"):
    /// with only copulas and adverbs between them.
    fn said_of_something(&self, toks: &[Tok], ti: usize) -> bool {
        let g = &self.lex.grammar;
        toks[ti.saturating_sub(4)..ti]
            .iter()
            .rev()
            .take_while(|t| {
                matches!(t.kind, TokKind::Word | TokKind::Possessive)
                    && (g.indefinite_pronouns.contains(&t.lower)
                        || g.copulas.contains(&t.lower)
                        || t.lower.ends_with("ly")
                        || g.skip_left.contains(&t.lower))
            })
            .any(|t| g.indefinite_pronouns.contains(&t.lower))
    }

    /// A word that opens a noun phrase of people by counting them ("many",
    /// "one", "two", "40").
    fn quantifier(&self, w: &str) -> bool {
        let a = &self.lex.attribution;
        a.people_quantifiers.contains(w)
            || a.number_words.contains(w)
            || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    }

    /// The noun phrase that ends at token `v`. As the subject of a verb at
    /// `v` (`as_subject`), the object of a preposition is refused; as the
    /// antecedent of a relative pronoun it is not ("no mention of Jeb
    /// Bush, who announced …").
    fn np_before(&self, toks: &[Tok], v: usize, as_subject: bool) -> Option<(usize, usize)> {
        let doc = self.doc;
        let lex = self.lex;
        // "the Mexican president, who said …": the relative pronoun's antecedent.
        if v >= 2 && matches!(toks[v - 1].lower, "who" | "which") && toks[v - 2].is_punct(',') {
            return self.antecedent(toks, v - 2).or(Some((v - 1, v)));
        }
        let mut j = v;
        // "The rebels, however, said": a parenthetical adverb set off by
        // commas between the subject and its verb.
        if j >= 3
            && toks[j - 1].is_punct(',')
            && toks[j - 3].is_punct(',')
            && self
                .lex
                .grammar
                .parenthetical_adverbs
                .contains(&toks[j - 2].lower)
        {
            j -= 3;
        }
        loop {
            if j == 0 {
                return None;
            }
            let t = &toks[j - 1];
            if !t.is_word() {
                break;
            }
            let w = t.lower;
            // (An adverb in "-ly", not "family" or "assembly".)
            let adverb = w.ends_with("ly")
                && !t.is_capitalised()
                && w.len() > 4
                && !lex.roles.contains(w)
                && !lex.organisation_words.contains(w);
            // (Not capitalised in a headline: "Trump Just Revealed Who
            // He'd Pick" is a teaser, not an attribution.)
            if (self.lex.grammar.skip_left.contains(&w) && !t.is_capitalised()) || adverb {
                j -= 1;
                continue;
            }
            if self.lex.grammar.time_words.contains(&w) {
                j -= 1;
                if j > 0
                    && matches!(
                        toks[j - 1].lower,
                        "on" | "last" | "this" | "earlier" | "late" | "early" | "on late"
                    )
                {
                    j -= 1;
                }
                continue;
            }
            break;
        }
        let e = j;
        // "The ministry briefed reporters and said …", "Brun toured the
        // site but denied …": a verb coordinated with the clause's first
        // one has its subject.
        if as_subject
            && e >= 2
            && toks[e - 1].is_word()
            && matches!(toks[e - 1].lower, "and" | "but")
        {
            if let Some(r) = self.coordinated_subject(toks, e - 1) {
                return Some(r);
            }
        }
        // "Sources close to the club said …", "two people familiar with
        // the matter said": the anonymous sources, not what they know.
        if as_subject {
            let anonymous = (e.saturating_sub(6)..e)
                .rev()
                .take_while(|&k| toks[k].is_word())
                .find_map(|k| {
                    self.anonymous_head_before(toks, k + 1)
                        .filter(|_| k + 1 < e)
                });
            if let Some(head) = anonymous {
                return Some((head, e));
            }
        }
        // "Officials at the port denied …": a place no name names (nor an
        // organisation's word) speaks for nobody; the officials do.
        if as_subject && e >= 4 {
            let (people, prep, det, place) =
                (&toks[e - 4], &toks[e - 3], &toks[e - 2], &toks[e - 1]);
            let g = &self.lex.grammar;
            if place.is_word()
                && !place.is_capitalised()
                && !self.lex.organisation_words.contains(&place.lower)
                && matches!(det.lower, "the" | "a" | "an")
                && g.place_preps.contains(&prep.lower)
                && people.is_word()
                && self.lex.roles.contains(&people.lower)
            {
                return self
                    .np_before(toks, e - 3, as_subject)
                    .or(Some((e - 4, e - 3)));
            }
        }
        // "Posts circulating (on Facebook) claim": a participle after a
        // plural subject is no part of it.
        if as_subject
            && e >= 2
            && toks[e - 1].is_word()
            && !toks[e - 1].is_capitalised()
            && toks[e - 1].lower.len() > 5
            && toks[e - 1].lower.ends_with("ing")
            && toks[e - 2].is_word()
            && toks[e - 2].lower.len() > 3
            && toks[e - 2].lower.ends_with('s')
            && !toks[e - 2].lower.ends_with("ss")
            // (Not "is taking", "does …".)
            && !self.lex.grammar.skip_left.contains(&toks[e - 2].lower)
            && !self.lex.grammar.copulas.contains(&toks[e - 2].lower)
            && !self.lex.attribution.auxiliaries.contains(toks[e - 2].lower)
        {
            return self.np_before(toks, e - 1, as_subject);
        }
        // "Pro-Russian bloggers on Telegram said", "Residents of the town
        // said": a phrase of place or platform after the subject's head is
        // no part of who speaks. (Only after a word of the anonymous
        // voices, or before a platform: "officials in Kyiv" keep their
        // city as a party.)
        if let Some(p) = self.post_modifier_start(toks, e) {
            return self.np_before(toks, p, as_subject);
        }
        // "The club's statement said": a document speaks for its issuer;
        // so does a finding, also after one modifier ("The Halden Post's
        // fact check found …").
        if e >= 3 && toks[e - 1].is_word() {
            let g = &self.lex.grammar;
            let head = toks[e - 1].lower;
            if g.document_nouns.contains(head) && toks[e - 2].kind == TokKind::Possessive {
                return self.np_before(toks, e - 2, as_subject);
            }
            if e >= 4
                && g.findings.contains(head)
                && toks[e - 2].is_word()
                && !toks[e - 2].is_capitalised()
                && toks[e - 3].kind == TokKind::Possessive
            {
                return self.np_before(toks, e - 3, as_subject);
            }
        }
        // "A report by Amnesty International said …", "an investigation
        // by the Kelby Herald found …": who made a finding
        // (`grammar.findings`) speaks for it.
        if as_subject && e >= 3 && toks[e - 1].is_capitalised() {
            let mut k = e - 1;
            while k > 0 && e - k < 6 && (toks[k - 1].is_capitalised() || toks[k - 1].is_punct('.'))
            {
                k -= 1;
            }
            let name = k;
            if k > 0 && toks[k - 1].lower == "the" {
                k -= 1;
            }
            if k >= 2
                && matches!(toks[k - 1].lower, "by" | "from")
                && self.lex.grammar.findings.contains(&toks[k - 2].lower)
            {
                return Some((name, e));
            }
        }
        // "Rep. Earl Blumenauer (D-Ore.) said": the name before a short
        // parenthesis.
        if e >= 3 && toks[e - 1].is_punct(')') {
            let open = (e.saturating_sub(10)..e - 1)
                .rev()
                .find(|&k| toks[k].is_punct('('));
            if let Some(open) = open.filter(|&o| o > 0 && toks[o - 1].is_capitalised()) {
                return self.np_left(toks, open);
            }
        }
        // Appositive: "Zabihullah, the Taliban's spokesman, said" (also
        // when it ends in a title whose quotation marks close after its
        // comma: 'Lena Ott, author of "Dark Water," said').
        let e = if e >= 2 && toks[e - 2].is_punct(',') && embedded_title(toks, e - 1).is_some() {
            e - 1
        } else {
            e
        };
        if e >= 1 && toks[e - 1].is_punct(',') {
            // "Sandy Phillips, who lost her daughter in Aurora, Colorado,
            // in 2012, said": the antecedent of a relative clause, however
            // many commas the clause holds.
            if let Some(r) = self.relative_clause_before(toks, e - 1) {
                return self.antecedent(toks, r - 1);
            }
            let comma2 = (0..e - 1).rev().take(20).find(|&k| toks[k].is_punct(','));
            // "Geoff Garin, a pollster who works with Priorities USA, a
            // super PAC, said": an appositive nested in the one after the
            // name (whose head is a role) describes what that one names;
            // the name before both speaks.
            let outer = comma2.and_then(|c2| {
                let c1 = (0..c2).rev().take(20).find(|&k| toks[k].is_punct(','))?;
                let inner = &toks[c1 + 1..c2];
                (c1 > 0
                    && toks[c1 - 1].is_capitalised()
                    && inner
                        .first()
                        .is_some_and(|t| matches!(t.lower, "a" | "an" | "the"))
                    && inner.iter().all(|t| t.is_word() || t.kind == TokKind::Possessive)
                    && inner.iter().any(|t| lex.roles.contains(&t.lower))
                    && !toks[c2 + 1..e - 1].iter().any(|t| lex.roles.contains(&t.lower))
                    // (Not after an opening adverb: "Furthermore, a
                    // government spokesman, Ahmed Rudaini,".)
                    && !lex
                        .attribution
                        .adverbial_openers
                        .contains(toks[c1 - 1].lower))
                .then_some(c1)
            });
            if let Some((s, _)) = outer.and_then(|c1| self.np_left(toks, c1)) {
                return Some((s, e - 1));
            }
            if let Some(c2) = comma2 {
                // "the White House spokesman, Josh Earnest, said": a name
                // set off after its role.
                let name = &toks[c2 + 1..e - 1];
                let just_a_name = !name.is_empty()
                    && name.len() <= 6
                    && name[0].is_capitalised()
                    && !lex.not_names.contains(&name[0].lower)
                    && name.iter().all(|t| t.is_capitalised() || t.is_punct('.'))
                    && c2 > 0
                    && toks[c2 - 1].is_word();
                // ("the spokesman for Velsk, Ann Roe, said": after the one
                // a role speaks for, the role opens the phrase.)
                let spoken_for = (c2.saturating_sub(4)..c2)
                    .find(|&p| source_span::role_speaking_for(lex, toks, p))
                    .filter(|&p| {
                        toks[p + 1..c2]
                            .iter()
                            .all(|t| t.is_capitalised() || t.is_punct('.'))
                    });
                if just_a_name && (!toks[c2 - 1].is_capitalised() || spoken_for.is_some()) {
                    let role_end = spoken_for.unwrap_or(c2);
                    let role_start = self.np_left(toks, role_end).map_or(c2 + 1, |(s, _)| s);
                    return Some((role_start, e - 1));
                }
                let appositive_has_role = toks[c2 + 1..e - 1]
                    .iter()
                    .any(|t| lex.roles.contains(&t.lower));
                // Any appositive after a name: "Sen. Rob Portman (R-Ohio),
                // another vulnerable incumbent, said".
                let after_name =
                    c2 > 0 && (toks[c2 - 1].is_capitalised() || toks[c2 - 1].is_punct(')'));
                if appositive_has_role || after_name {
                    if let Some((s, e2)) = self.np_left(toks, c2) {
                        return Some((s, e2.max(e - 1)));
                    }
                }
            }
            return None;
        }
        // "the ministry of health said": a body's or role's lowercase field
        // after "of" belongs to its name.
        let body_of = |k: usize| {
            k >= 2
                && toks[k - 1].lower == "of"
                && (lex.organisation_words.contains(&toks[k - 2].lower)
                    || lex.roles.contains(&toks[k - 2].lower))
        };
        // A singular noun at `k` opened by a determiner, four words
        // before it at most ("a former PGA Tour player", "one refugee"; not
        // "refugee claims", a noun before a noun).
        let determined = |k: usize| {
            toks[k.saturating_sub(4)..k]
                .iter()
                .rev()
                .take_while(|t| t.is_word())
                .any(|t| {
                    NAME_DETERMINERS.contains(&t.lower)
                        || matches!(t.lower, "one" | "another" | "our")
                })
        };
        let mut s = e;
        let mut count = 0;
        while s > 0 && count < 12 {
            let t = &toks[s - 1];
            count += 1;
            match t.kind {
                TokKind::Punct(')')
                    if s >= 3 && toks[s - 2].is_word() && toks[s - 3].is_punct('(') =>
                {
                    s -= 3;
                }
                TokKind::Possessive => {
                    s -= 1;
                }
                // "James B. Comey Jr.": the full stop of an abbreviation or
                // an initial inside a name.
                TokKind::Punct('.')
                    if s >= 2
                        && toks[s - 2].is_capitalised()
                        && segment::is_abbreviation(&doc[..t.start]) =>
                {
                    s -= 1;
                }
                TokKind::Word => {
                    let w = t.lower;
                    let cap = t.is_capitalised();
                    if matches!(w, "the" | "a" | "an") {
                        s -= 1;
                        break;
                    }
                    // "…, her publicist said": a possessive opens the phrase.
                    if matches!(w, "his" | "her" | "their" | "its" | "our") {
                        if s < e {
                            s -= 1;
                        }
                        break;
                    }
                    if subject_pronoun(w) {
                        if s == e {
                            s -= 1;
                        }
                        break;
                    }
                    let name_word = cap && !lex.not_names.contains(&w);
                    let head_word = lex.roles.contains(&w)
                        || lex.organisation_words.contains(&w)
                        || lex.report_speakers.contains(&w)
                        || (s == e && body_of(s - 1))
                        // ("Tribal elders said"; evaluation mode reads
                        // "40 percent of registered voters" whole below.)
                        || (s == e
                            && !self.input.keep_all
                            && lex.attribution.people_groups.contains(w)
                            && (w.ends_with('s') || w.ends_with("men") || determined(s - 1)));
                    let connector = self.lex.grammar.connectors.contains(&w)
                        && w != "and"
                        && s < e
                        && (toks[s].is_capitalised() || body_of(s));
                    if !(name_word || head_word || connector) {
                        break;
                    }
                    s -= 1;
                }
                _ => break,
            }
        }
        // Evaluation mode: any noun phrase opened by a determiner ("the
        // fund", "a court filing", "his lawyers") names a source. So does,
        // in any mode, a noun phrase set after the content it said ("…, the
        // mediators said.", "…, negotiators said on Monday."): in that
        // place it can only be the speaker, whether or not a list knows
        // its head.
        let head = toks[e - 1].lower;
        let voiceless = self.lex.grammar.document_nouns.contains(head)
            || self.lex.grammar.voiceless_nouns.contains(head);
        // ("…, although attendees said …": a subordinator opens the clause
        // whose subject the bare phrase is; only before an active speech
        // verb, as "when the question was asked" has no speaker, and not
        // "that", which is as often a determiner: "That comment was posted".)
        // (Or a clause cut after "…, but" or "…;" starts there, lowercase;
        // not a sentence, as a post's "@user the autopsy said" or "12
        // confirmed dead" is.)
        let opens_clause = |k: usize| match k.checked_sub(1) {
            None => toks.first().is_some_and(|t| {
                let before = self.doc[..t.start].trim_end_matches([' ', '\t']);
                !t.is_capitalised()
                    && before
                        .chars()
                        .next_back()
                        .is_some_and(|c| matches!(c, ',' | ';' | '—') || c.is_alphabetic())
            }),
            Some(p) => {
                toks[p].lower != "that"
                    && self.lex.attribution.subordinators.contains(toks[p].lower)
            }
        };
        // (With something said after it: in "only after numerous calls."
        // the verb is a noun.)
        let active_speech = || {
            self.speech_at(toks, v)
                && !self.auxiliaries_before(toks, v).1
                && toks
                    .get(v + 1)
                    .is_some_and(|t| !matches!(t.kind, TokKind::Punct('.' | '!' | '?')))
        };
        let after_subordinator = || {
            active_speech()
                && (1..=4).any(|n| {
                    e >= n
                        && opens_clause(e - n)
                        && toks[e - n..e].iter().all(|t| {
                            t.is_word() && !self.lex.grammar.subject_negators.contains(&t.lower)
                        })
                })
        };
        // ("The Lund plant said …": a site named by its place, with a
        // lowercase head no list knows, opened by "The" at the start of the
        // sentence; lowercase words may qualify the head: "The Lund nuclear
        // plant". Not after a preposition: in "rivals for the Republican
        // nomination have said" the rivals speak.)
        let named_site = || {
            let lowercase = toks[..e]
                .iter()
                .rev()
                .take(3)
                .take_while(|t| t.is_word() && !t.is_capitalised())
                .count();
            // ("The", a name, then the lowercase words.)
            lowercase > 0
                && e - lowercase == 2
                && toks[0].lower == "the"
                && toks[1].is_capitalised()
                && !lex.not_names.contains(&toks[1].lower)
                && active_speech()
                // (Not "The Ebola virus epidemic has claimed thousands of
                // lives": a number after the verb is no speech.)
                && !toks.get(v + 1).is_some_and(|t| {
                    t.lower.starts_with(|c: char| c.is_ascii_digit())
                        || self.lex.attribution.number_words.contains(&t.lower)
                        || matches!(t.lower, "thousands" | "hundreds" | "millions" | "dozens" | "lives")
                })
        };
        if s == e
            && (self.input.keep_all
                || (as_subject
                    && !voiceless
                    && (self.said_last(toks, v) || after_subordinator() || named_site())))
        {
            let mut k = e;
            while k > 0 && e - k < 4 && toks[k - 1].is_word() {
                let w = toks[k - 1].lower;
                if matches!(
                    w,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
                ) {
                    if k < e {
                        s = k - 1;
                    }
                    break;
                }
                // "Many voters said …", "Two officials said …", "Most
                // residents said …": a quantifier that opens the sentence
                // or a clause after a comma opens the phrase.
                if k < e && self.opening_quantifier(toks, k - 1) {
                    s = k - 1;
                    break;
                }
                if self.lex.grammar.determiners.contains(&w)
                    || self.lex.grammar.copulas.contains(&w)
                    || lex.not_names.contains(&w)
                    || w.ends_with("ed")
                    || w.ends_with("ing")
                {
                    break;
                }
                k -= 1;
            }
            // "…, political experts said", "59 percent said": a bare noun
            // phrase after a comma or at the start of the sentence.
            // (Also after a conjunction: "…, and others have said …".)
            let bare = k < e
                && s == e
                && (k == 0
                    || matches!(toks[k - 1].kind, TokKind::Punct(',' | ';' | '—'))
                    || (opens_clause(k) && active_speech())
                    || (self.input.keep_all && matches!(toks[k - 1].lower, "and" | "but")))
                && !toks[e - 1].text(doc).ends_with("ly");
            if bare {
                s = k;
            }
            if s < e {
                return Some((s, e));
            }
            // "Almost half said …", "Organizers of the boycott said …":
            // evaluation mode takes a clause's whole opening phrase before
            // an active verb of saying as the source, when it is only
            // words, none of them a verb.
            let say = toks
                .get(v)
                .is_some_and(|t| matches!(t.lower, "said" | "say" | "says"));
            if self.input.keep_all && as_subject && (2..=14).contains(&e) && say {
                let g = &self.lex.grammar;
                let opening = toks[0].is_word()
                    && !g.prepositions.contains(&toks[0].lower)
                    && !self
                        .lex
                        .attribution
                        .adverbial_openers
                        .contains(toks[0].lower);
                let phrase = opening
                    && toks[..e].iter().all(|t| {
                        (t.is_word() || t.kind == TokKind::Possessive)
                            && !self.lex.attribution.finite_verbs.contains(&t.lower)
                            && !g.copulas.contains(&t.lower)
                            && !self.lex.attribution.auxiliaries.contains(t.lower)
                            && !t.lower.ends_with("ed")
                            && t.lower != "to"
                            && !subject_pronoun(t.lower)
                    });
                if phrase {
                    return Some((0, e));
                }
            }
        }
        // "the national weather office": lowercase modifiers of an
        // organisation or role head, back to a determiner.
        // ("state TV": an acronym of one is such a head too.)
        let acronym_head = e == s + 1 && toks[s].is_acronym(doc);
        // (Not past a determiner that already opens the phrase: "claims
        // the rebels rejected" is said by "the rebels".)
        let opened = matches!(toks[s.min(e)].lower, "the" | "a" | "an") && s < e;
        if s < e
            && s > 0
            && !opened
            && (acronym_head || toks[s..e].iter().all(|t| !t.is_capitalised()))
        {
            // (`head`: the phrase's last word, as above.)
            if lex.organisation_words.contains(&head)
                || lex.roles.contains(&head)
                || lex.report_speakers.contains(&head)
                || lex.attribution.people_groups.contains(head)
            {
                let mut k = s;
                // "Russia's defence ministry": a possessive name before the
                // lowercase modifiers.
                let possessive_name = |k: usize| {
                    k >= 2
                        && toks[k - 1].kind == TokKind::Possessive
                        && toks[k - 2].is_capitalised()
                };
                // The start of the whole name whose last word is at `at`
                // ("Korvel Bank's customer service reps", "the United
                // Nations refugee agency"): two more capitalised words at
                // most.
                let name_from = |at: usize| {
                    let mut s = at;
                    while s > 0
                        && at - s < 2
                        && toks[s - 1].is_capitalised()
                        && !compound_modifier(doc, &toks[s - 1])
                        && !lex.not_names.contains(&toks[s - 1].lower)
                    {
                        s -= 1;
                    }
                    s
                };
                while k > 0 && s - k < 3 && (toks[k - 1].is_word() || possessive_name(k)) {
                    if possessive_name(k) {
                        s = name_from(k - 2);
                        break;
                    }
                    let w = toks[k - 1].lower;
                    // (Evaluation mode takes an opening quantifier in, as
                    // PolNeAR's sources do: "Most residents"; a product
                    // speaker stays the group: "residents".)
                    let quantified = self.input.keep_all && self.opening_quantifier(toks, k - 1);
                    if matches!(w, "the" | "a" | "an") || quantified {
                        s = k - 1;
                        break;
                    }
                    if toks[k - 1].is_capitalised() {
                        // "the Russian defence ministry": a name qualifying
                        // the lowercase modifiers and head.
                        if !lex.not_names.contains(&w) {
                            s = name_from(k - 1);
                            if s >= 1 && matches!(toks[s - 1].lower, "the" | "a" | "an") {
                                s -= 1;
                            }
                        }
                        break;
                    }
                    if lex.not_names.contains(&w)
                        || w.ends_with("ed")
                        || (w.ends_with("ing") && !w.contains('-'))
                    {
                        break;
                    }
                    k -= 1;
                    // ", state television said": modifiers that open the
                    // clause, with no determiner.
                    if k == 0 || matches!(toks[k - 1].kind, TokKind::Punct(',' | ';' | '—')) {
                        s = k;
                        break;
                    }
                }
            }
        }
        // Drop leading connectors.
        while s < e && toks[s].is_word() && self.lex.grammar.connectors.contains(&toks[s].lower) {
            s += 1;
        }
        if s >= e {
            return None;
        }
        let meaningful = toks[s..e].iter().any(|t| {
            let w = t.lower;
            t.is_capitalised() && !matches!(w, "the" | "a" | "an")
                || lex.roles.contains(&w)
                || lex.organisation_words.contains(&w)
                || lex.report_speakers.contains(&w)
                || lex.attribution.people_groups.contains(w)
                || subject_pronoun(w)
        });
        if !meaningful {
            return None;
        }
        // "Officials who spoke with The Huffington Post said": the object
        // of a preposition is not the subject of the verb after it; the
        // antecedent of the relative clause is.
        if as_subject && self.after_preposition(toks, s) {
            // "Police in Lagos denied …", "Officials in Gaza said …": the
            // people named by their place speak for it ("Lagos").
            if self.speakers_before_place(toks, s) {
                return Some((s, e));
            }
            // "A statement from the ministry denied …", "a statement issued
            // by the ministry": the issuer.
            let document_at = |k: usize| self.lex.grammar.document_nouns.contains(&toks[k].lower);
            let issued = |k: usize| {
                self.lex
                    .attribution
                    .issuing_participles
                    .contains(toks[k].lower)
            };
            if s >= 2
                && matches!(toks[s - 1].lower, "from" | "by" | "of")
                && (document_at(s - 2) || (s >= 3 && issued(s - 2) && document_at(s - 3)))
            {
                return Some((s, e));
            }
            // "Doctors in Gaza said …": people who speak for themselves
            // (`attribution.independent_roles`) are the subject.
            if let Some(noun) = s.checked_sub(2).filter(|&n| {
                lex.grammar.place_preps.contains(&toks[s - 1].lower)
                    && lex.attribution.independent_roles.contains(&toks[n].lower)
            }) {
                return Some((noun, noun + 1));
            }
            let r = (s.saturating_sub(12)..s - 1)
                .rev()
                .find(|&k| matches!(toks[k].lower, "who" | "which" | "that"));
            return match r {
                Some(r) => self.np_left(toks, r),
                // (Evaluation mode: still an attribution; the source span
                // is widened to the whole subject later.)
                None => self.input.keep_all.then_some((s, e)),
            };
        }
        Some((s, e))
    }

    /// The subject shared by a verb after the conjunction at `conj` and
    /// the verb the clause opens with: the noun phrase before that first
    /// verb, when it opens the clause (or follows an opening adverbial and
    /// its comma) and the first verb follows it directly. None when the
    /// clause does not open that way ("Korvel fell and the army said" has
    /// a subject of its own after the conjunction, and never reaches here).
    fn coordinated_subject(&self, toks: &[Tok], conj: usize) -> Option<(usize, usize)> {
        let start = if self.opens_with_adverbial(toks) {
            toks[..conj].iter().position(|t| t.is_punct(','))? + 1
        } else {
            usize::from(toks.first().is_some_and(|t| {
                t.is_word() && self.lex.attribution.leading_connectors.contains(&t.lower)
            }))
        };
        // The noun phrase from `start` to the first verb, found before the
        // first determiner or preposition: past those the clause has left
        // its subject.
        let (g, a) = (&self.lex.grammar, &self.lex.attribution);
        for k in start + 1..conj {
            let t = &toks[k];
            match t.kind {
                TokKind::Word if t.is_capitalised() => continue,
                TokKind::Word => {}
                TokKind::Possessive | TokKind::Punct('.') => continue,
                _ => break,
            }
            if g.determiners.contains(&t.lower)
                || g.prepositions.contains(&t.lower)
                || matches!(t.lower, "and" | "but" | "or" | "who" | "which" | "that")
            {
                break;
            }
            // (A verb's shape: "met", "has", "closed"; not the noun of
            // "Western governments have". "keeps its", "delivers a": a
            // present tense before its object.)
            let present = t.lower.ends_with('s')
                && !t.lower.ends_with("ss")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| NAME_DETERMINERS.contains(&n.lower));
            let verb = t.lower.ends_with("ed")
                || present
                || a.finite_verbs.contains(t.lower)
                || a.auxiliaries.contains(t.lower)
                || g.skip_left.contains(&t.lower);
            if verb {
                // (The subject may open with modifiers the phrase leaves
                // out: "Forensic audio expert Paul Ginsberg".)
                let (s, e) = self.np_before(toks, k, true)?;
                return (s >= start && toks[start..s].iter().all(Tok::is_word)).then_some((s, e));
            }
        }
        None
    }

    /// The speaker as what a statement is about (its own victory, its own
    /// act denied): its key, of the kind its name was registered as (a
    /// person when unknown). None for a speaker whose name gives no key.
    fn speaker_as_subject(&self, speaker: &FoundSpeaker) -> Option<FoundSubject> {
        let key = self.key(&speaker.name);
        if key.is_empty() {
            return None;
        }
        let kind = self
            .reg
            .kinds
            .get(&key)
            .copied()
            .unwrap_or(EntityKind::Person);
        Some(FoundSubject {
            key: key.as_str().to_owned(),
            surface: speaker.name.clone(),
            kind,
            range: None,
        })
    }

    /// The antecedent of a relative pronoun whose comma is at `comma`:
    /// the noun phrase before it ("no mention of Jeb Bush, who …"), or the
    /// name an appositive describes ("Willie Minor, an actor in Dallas,
    /// who …").
    fn antecedent(&self, toks: &[Tok], comma: usize) -> Option<(usize, usize)> {
        let (s, e) = self.np_before(toks, comma, false)?;
        if self.after_preposition(toks, s) {
            let c2 = (s.saturating_sub(12)..s)
                .rev()
                .find(|&k| toks[k].is_punct(','));
            if let Some(c2) = c2.filter(|&k| k > 0 && toks[k - 1].is_capitalised()) {
                if let Some(named) = self.np_before(toks, c2, false) {
                    return Some(named);
                }
            }
        }
        Some((s, e))
    }

    /// Does the noun phrase at `s` (a place, or whom a role speaks for)
    /// follow a group of people and its preposition ("police in", "health
    /// officials from", "a spokesperson for") that open the clause, so that
    /// the group, named by the place or the party, is the subject?
    fn speakers_before_place(&self, toks: &[Tok], s: usize) -> bool {
        self.group_before_place(toks, s).is_some()
    }

    /// Where the group of [`Self::speakers_before_place`] starts, with its
    /// determiner ("[a spokesman] for the army").
    fn group_before_place(&self, toks: &[Tok], s: usize) -> Option<usize> {
        let lex = self.lex;
        let (Some(prep), Some(noun)) = (s.checked_sub(1), s.checked_sub(2)) else {
            return None;
        };
        // "A spokesperson for the Foreign Ministry", "a lawyer for Mr.
        // Trump": the one spoken for is the speaker's side.
        // (Or "a spokesman of the Resistance Front".)
        let spoken_for = source_span::role_speaking_for(lex, toks, prep);
        if !(spoken_for || lex.grammar.place_preps.contains(&toks[prep].lower)) {
            return None;
        }
        let people = |w: &str| {
            lex.roles.contains(w)
                || lex.organisation_words.contains(w)
                || lex.report_speakers.contains(w)
        };
        if !toks[noun].is_word()
            || !people(toks[noun].lower)
            || lex
                .attribution
                .independent_roles
                .contains(&toks[noun].lower)
        {
            return None;
        }
        // Modifiers of the group ("health officials", "Nigerian police",
        // "the health ministry").
        let mut head = noun;
        while head > 0 && toks[head - 1].is_word() && {
            let w = &toks[head - 1].lower;
            people(w)
                || lex.attribution.modifiers.contains(w)
                || lex.grammar.field_words.contains(w)
                || (toks[head - 1].is_capitalised() && !lex.not_names.contains(w))
        } {
            head -= 1;
        }
        // Only at the start of the clause or after a determiner ("of" only
        // at the start: in "Shelton, the president of the union, said" the
        // person named before speaks).
        let of = toks[prep].lower == "of";
        let determiner = |t: &Tok| lex.grammar.determiners.contains(&t.lower);
        match head.checked_sub(1).map(|k| &toks[k]) {
            None => Some(head),
            Some(t) if of => (head == 1 && determiner(t)).then_some(0),
            Some(t) if determiner(t) => Some(head - 1),
            Some(t) => (!t.is_word()).then_some(head),
        }
    }

    /// Where the anonymous sources start whose description ends with the
    /// preposition before `s` ("[Two people] familiar with | the matter",
    /// "[Sources] close to | the club"): `attribution.anonymous_heads`,
    /// then words of `attribution.anonymous_links` only, with number words
    /// and determiners before the head.
    fn anonymous_head_before(&self, toks: &[Tok], s: usize) -> Option<usize> {
        let a = &self.lex.attribution;
        let mut k = s;
        while k > 0
            && s - k < 5
            && toks[k - 1].is_word()
            && (a.anonymous_links.contains(&toks[k - 1].lower)
                || a.anonymous_link_words.contains(&toks[k - 1].lower))
        {
            k -= 1;
        }
        let head = k.checked_sub(1)?;
        if k == s
            || !a.anonymous_heads.contains(&toks[head].lower)
            || !a.anonymous_links.contains(&toks[k].lower)
        {
            return None;
        }
        let mut start = head;
        while start > 0
            && toks[start - 1].is_word()
            && (a.number_words.contains(&toks[start - 1].lower)
                || a.determiners.contains(&toks[start - 1].lower)
                || toks[start - 1].lower.bytes().all(|b| b.is_ascii_digit()))
        {
            start -= 1;
        }
        Some(start)
    }

    /// The anonymous sources described at `s` ("people familiar with the
    /// matter" after "according to"), up to the next punctuation.
    fn anonymous_phrase_at(&self, toks: &[Tok], s: usize) -> Option<(usize, usize)> {
        let h = self.anonymous_head_at(toks, s, toks.len())?;
        let e = h + toks[h..]
            .iter()
            .take_while(|t| t.is_word() || t.kind == TokKind::Possessive)
            .count();
        Some((s, e))
    }

    /// The head of anonymous sources opening `toks[s..e]` after number
    /// words and determiners ("two [people] familiar with …"), when a
    /// word of `attribution.anonymous_links` follows it inside the range.
    fn anonymous_head_at(&self, toks: &[Tok], s: usize, e: usize) -> Option<usize> {
        let a = &self.lex.attribution;
        let h = s + toks
            .get(s..e)?
            .iter()
            .take_while(|t| a.number_words.contains(&t.lower) || a.determiners.contains(&t.lower))
            .count();
        (h + 1 < e
            && a.anonymous_heads.contains(&toks[h].lower)
            && a.anonymous_links.contains(&toks[h + 1].lower))
        .then_some(h)
    }

    /// The noun phrase at `s` is the object of a preposition right before
    /// it ("with The Huffington Post").
    fn after_preposition(&self, toks: &[Tok], s: usize) -> bool {
        s > 0 && toks[s - 1].is_word() && self.lex.grammar.prepositions.contains(&toks[s - 1].lower)
    }

    /// The relative pronoun of ", who …," ending at the comma `end`: its
    /// index, when a comma stands before it and no final punctuation or
    /// quotation lies between.
    fn relative_clause_before(&self, toks: &[Tok], end: usize) -> Option<usize> {
        let from = end.saturating_sub(40);
        let mut k = end;
        while k > from.max(1) {
            k -= 1;
            // ('The ministry, which runs the "Safe Water" programme, said':
            // a title inside the clause.)
            if let Some(open) = embedded_title(toks, k) {
                k = open;
                continue;
            }
            let t = &toks[k];
            if matches!(
                t.kind,
                TokKind::Punct('.' | '!' | '?' | ';' | ':' | '"' | '“' | '”' | '(' | ')')
            ) {
                return None;
            }
            // (Also "Trump, speaking at a rally in Wilmington, N.C., warned":
            // a participle phrase.)
            let participle = t.is_word()
                && t.lower.len() > 5
                && t.lower.ends_with("ing")
                && !self.lex.attribution.inclusive_openers.contains(&t.lower)
                && k >= 2
                // (and "A senior official, speaking on condition of
                // anonymity, said": a role or body word heads it too.)
                && (toks[k - 2].is_capitalised() || self.common_head(&toks[k - 2]));
            if (participle || self.lex.grammar.relative_pronouns.contains(&t.lower))
                && toks[k - 1].is_punct(',')
            {
                return (k >= 2).then_some(k);
            }
        }
        None
    }

    /// What follows the verb at `ve` is a clause of its own: "…, the
    /// senator said he was not", "…, Trump said the bridge was closed"
    /// (not "…, he said." or "…, he said, on condition of …").
    fn clause_follows(&self, toks: &[Tok], ve: usize) -> bool {
        toks.get(ve).is_some_and(|t| {
            matches!(t.lower, "that" | "he" | "she" | "they" | "it" | "we" | "i")
                || (self.lex.grammar.determiners.contains(&t.lower)
                    && toks.get(ve + 1).is_some_and(Tok::is_word))
        })
    }

    /// `toks` are one opening adverbial and nothing more ("In a speech at
    /// the depot"): no comma inside.
    fn only_an_opening_adverbial(&self, toks: &[Tok]) -> bool {
        // ("At least 50 people were killed, officials said": a finite verb
        // makes it a clause.)
        // ("This week" and "This spring" are adverbials; "This makes
        // sense" and "This helps" are clauses whose subject is "This".)
        let mut words = toks.iter().filter(|t| t.is_word());
        let demonstrative_subject = match (words.next(), words.next()) {
            (Some(first), Some(second)) => {
                first.lower == "this"
                    && !self.lex.grammar.time_words.contains(&second.lower)
                    && !self.lex.grammar.period_nouns.contains(&second.lower)
            }
            _ => false,
        };
        // ("In May": a month, not the verb.)
        let month = |t: &Tok| t.is_capitalised() && self.lex.grammar.months.contains(&t.lower);
        self.opens_with_adverbial(toks)
            && !demonstrative_subject
            && !toks.iter().any(|t| {
                t.is_punct(',')
                    || (self.lex.attribution.finite_verbs.contains(&t.lower) && !month(t))
            })
    }

    /// The clause opens with an adverbial ("In a speech, …", "After the
    /// vote, …"), not with a connector ("But …") or a subject.
    fn opens_with_adverbial(&self, toks: &[Tok]) -> bool {
        let words = &self.lex.attribution;
        toks.iter().find(|t| t.is_word()).is_some_and(|t| {
            words.adverbial_openers.contains(&t.lower)
                && !words.leading_connectors.contains(&t.lower)
        })
    }

    /// Where the noun phrase that ends at `e` really ends: past the
    /// lowercase head and modifiers after a name ("a CNN tally", "the FBI
    /// data released Tuesday"), up to a comma, final punctuation or
    /// quotation, a time word or a relative pronoun.
    fn phrase_end(&self, toks: &[Tok], mut e: usize) -> usize {
        let start = e;
        while e < toks.len() && e - start < 20 {
            let t = &toks[e];
            let go = match t.kind {
                TokKind::Word => {
                    !self.lex.grammar.time_words.contains(&t.lower)
                        && !matches!(t.lower, "who" | "which" | "that" | "whose")
                }
                TokKind::Possessive => true,
                TokKind::Punct('-' | '/' | '&') => true,
                TokKind::Punct('.') => {
                    toks.get(e + 1)
                        .is_some_and(|n| n.start == t.end && n.is_word())
                        || (e > 0 && segment::is_abbreviation(&self.doc[..t.start]))
                }
                _ => false,
            };
            if !go {
                break;
            }
            e += 1;
        }
        // Not a trailing full stop or hyphen.
        while e > start && matches!(toks[e - 1].kind, TokKind::Punct(_)) {
            e -= 1;
        }
        e
    }

    /// 'Asked whether the bank would close the branch, a spokesman said:
    /// "No."': when the clause opens with a question put to the speaker
    /// ("Asked whether/if …", "When asked about …") and what was said
    /// (`said`, after the verb) opens with an answer of
    /// `grammar.answers_no`: the question (up to its comma) and the answer.
    fn asked_and_answered_no(
        &self,
        toks: &[Tok],
        clause: &Range<usize>,
        said: Range<usize>,
    ) -> Option<(Range<usize>, String)> {
        let first = toks.partition_point(|t| t.start < clause.start);
        let asked = match (toks.get(first), toks.get(first + 1)) {
            (Some(a), _) if a.lower == "asked" => first,
            (Some(w), Some(a)) if w.lower == "when" && a.lower == "asked" => first + 1,
            _ => return None,
        };
        // ("Asked by reporters whether …": whom by, a few words.)
        let open = (asked + 1..toks.len().min(asked + 5))
            .find(|&k| matches!(toks[k].lower, "whether" | "if" | "about"))?;
        // (The answer's first words: '"No. He is staying."', "No, he
        // is not leaving"; short, so checked before any copy.)
        let answer = self.doc[said.clone()]
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .split(['.', ',', '!', ';'])
            .next()?
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        if answer.len() > 16 {
            return None;
        }
        let answer = answer.to_lowercase();
        if !self.lex.grammar.answers_no.contains(answer.as_str()) {
            return None;
        }
        let from = toks.get(open + 1)?.start;
        let to = toks[open + 1..]
            .iter()
            .find(|t| t.is_punct(','))
            .map_or(said.start, |t| t.start)
            .min(said.start);
        (to > from).then_some((from..to, answer))
    }

    /// "as saying (that)", "as telling reporters (that)" at token `k`, after
    /// whom a verb quoted ("quoted Tarn as saying …"): where what was said
    /// starts.
    fn as_saying_at(&self, toks: &[Tok], k: usize) -> Option<usize> {
        let verb = toks.get(k + 1)?;
        if toks[k].lower != "as" || !matches!(verb.lower, "saying" | "telling") {
            return None;
        }
        let mut at = k + 2;
        if verb.lower == "telling" {
            // (Whom they told, a word or two, then "that": not "as telling
            // a boy years ago".)
            at += toks[at..].iter().take(3).position(|t| t.lower == "that")?;
        }
        if toks.get(at).is_some_and(|t| t.lower == "that") {
            at += 1;
        }
        while toks
            .get(at)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
        {
            at += 1;
        }
        // (Something said after it: in '"…," X quoted Y as saying.' it came
        // before.)
        toks.get(at)
            .filter(|t| !matches!(t.kind, TokKind::Punct('.' | '!' | '?' | ')')))
            .map(|t| t.start)
    }

    /// Where the auxiliaries and adverbs before the verb at `vi` start,
    /// and whether one of them makes it a passive ("was", "has been").
    fn auxiliaries_before(&self, toks: &[Tok], vi: usize) -> (usize, bool) {
        let mut k = vi;
        while k > 0
            && toks[k - 1].is_word()
            && source_span::auxiliary_or_adverb(self.lex, toks[k - 1].lower)
        {
            k -= 1;
        }
        let passive = toks[k..vi]
            .iter()
            .any(|t| self.lex.attribution.passive_auxiliaries.contains(t.lower));
        (k, passive)
    }

    /// "It was announced by the ministry that Lund had been liberated":
    /// the speech verb at `vi..ve` is a passive whose subject is an
    /// expletive (`grammar.expletives`) opening the clause, its agent
    /// follows "by", and what was said follows "that".
    fn expletive_passive(
        &self,
        toks: &[Tok],
        vi: usize,
        ve: usize,
        clause: &Range<usize>,
    ) -> Option<(FoundSpeaker, Range<usize>)> {
        if toks.get(ve).is_none_or(|t| t.lower != "by") {
            return None;
        }
        let (k, passive) = self.auxiliaries_before(toks, vi);
        let expletive = k > 0
            && self.lex.grammar.expletives.contains(&toks[k - 1].lower)
            && toks[..k - 1]
                .iter()
                .all(|t| !t.is_word() || self.lex.grammar.connectors.contains(&t.lower));
        if !passive || !expletive {
            return None;
        }
        // The agent: the words from "by" to "that" (a comma may close it).
        let as_ = ve + 1;
        let that = (as_ + 1..toks.len().min(as_ + 10)).find(|&j| toks[j].lower == "that")?;
        let ae = if toks[that - 1].is_punct(',') {
            that - 1
        } else {
            that
        };
        if ae <= as_
            || toks[as_..ae]
                .iter()
                .any(|t| matches!(t.kind, TokKind::Punct(',' | ';' | ':')))
        {
            return None;
        }
        let said = toks.get(that + 1)?.start..clause.end;
        let range = toks[as_].start..toks[ae - 1].end;
        let mut agent = self.speaker_from(toks, as_, ae, Attribution::Indirect)?;
        agent.range = Some(range);
        Some((agent, said))
    }

    /// "lol I'm not pregnant, stop it" in a first-person post: the author
    /// opens by negating something of themselves (after reply handles and
    /// an interjection), which denies what is said of them.
    fn negates_self(&self, toks: &[Tok]) -> bool {
        if !self.input.first_person {
            return false;
        }
        let mut words = toks
            .iter()
            .filter(|t| t.is_word() && !t.lower.starts_with('@'))
            .skip_while(|t| INTERJECTIONS.contains(&t.lower));
        // (A negated "be" or "have": "I'm not pregnant", "I haven't
        // quit"; not "I don't think", "I won't be surprised", which hold
        // an opinion.)
        let negator = |t: Option<&Tok>| t.is_some_and(|t| matches!(t.lower, "not" | "never"));
        // "Arlen Air has not grounded its fleet", posted by Arlen Air: an
        // account naming itself, then a negated auxiliary.
        let author_words: Vec<&str> = self
            .input
            .author
            .map_or_else(Vec::new, |a| a.split_whitespace().collect());
        if !author_words.is_empty() {
            let mut named = words.clone();
            let names_itself = author_words.iter().all(|w| {
                named
                    .next()
                    .is_some_and(|t| t.lower.eq_ignore_ascii_case(w))
            });
            if names_itself {
                return match named.next().map(|t| t.lower) {
                    Some(
                        "has" | "have" | "had" | "is" | "are" | "was" | "were" | "did" | "does"
                        | "do" | "will",
                    ) => negator(named.next()),
                    Some(w) => {
                        FIRST_PERSON_NEGATED_BE_HAVE.contains(&w)
                            || OTHER_NEGATED_AUXILIARIES.contains(&w)
                    }
                    None => false,
                };
            }
        }
        match words.next().map(|t| t.lower) {
            Some("i'm" | "i’m" | "we're" | "we’re") => negator(words.next()),
            // ("Not pregnant, just bloated": the subject and the verb left
            // out, before a predicate of the lexicon; not "Not a good day".)
            Some("not") => words.next().is_some_and(|t| {
                self.cues_in(&(t.start..t.end))
                    .iter()
                    .any(|c| self.has(c, Cat::Predicate))
            }),
            Some("i" | "we") => match words.next().map(|t| t.lower) {
                Some("am" | "was" | "have" | "are" | "were") => negator(words.next()),
                Some(w) => FIRST_PERSON_NEGATED_BE_HAVE.contains(&w),
                None => false,
            },
            _ => false,
        }
    }

    /// Whether the verb of saying at tokens `vi..ve` is a passive ("has
    /// been reported") and a verb of saying follows a comma after it in
    /// the clause: "Bo Lind has been falsely reported dead, his spokesman
    /// said" is the spokesman's, not a relayed report.
    fn passive_before_attribution(
        &self,
        toks: &[Tok],
        vi: usize,
        ve: usize,
        clause: &Range<usize>,
    ) -> bool {
        let relaying = ve == vi + 1
            && self
                .lex
                .attribution
                .relaying_passives
                .contains(toks[vi].lower);
        // (A noun phrase right after the comma, and the verb right after
        // it: not ", with Sorkin saying", nor "it was reported that ….")
        relaying
            && self.auxiliaries_before(toks, vi).1
            && toks.get(ve).is_none_or(|t| t.lower != "that")
            && toks[ve..]
                .iter()
                .enumerate()
                .take_while(|(_, t)| t.end <= clause.end)
                .filter(|(_, t)| t.is_punct(','))
                .any(|(j, _)| {
                    self.np_right(toks, ve + j + 1).is_some_and(|(_, e)| {
                        toks.get(e).is_some_and(|t| {
                            !t.lower.ends_with("ing")
                                && self
                                    .cues
                                    .binary_search_by(|c| c.start.cmp(&t.start))
                                    .is_ok_and(|c| self.has(&self.cues[c], Cat::Speech))
                        })
                    })
                })
    }

    /// A verb of saying at tokens `vi..ve` in the passive with no agent
    /// (`attribution.relaying_passives`): "Bakhmut is reported to have
    /// fallen", or a headline's reduced passive, "Explosions reported at
    /// Belbek" (a participle right after the words that open the clause,
    /// before a place preposition, with no "that" or quotation after it:
    /// not "Wagner reported in a statement that …"). Returns what was
    /// reported: the clause from its subject on.
    fn agentless_passive(
        &self,
        toks: &[Tok],
        vi: usize,
        ve: usize,
        clause: &Range<usize>,
    ) -> Option<Range<usize>> {
        let lex = self.lex;
        let verb = toks.get(ve.checked_sub(1)?)?;
        if ve != vi + 1 || !lex.attribution.relaying_passives.contains(verb.lower) {
            return None;
        }
        if toks.get(ve).is_some_and(|t| t.lower == "by") {
            return None;
        }
        let (k, passive) = self.auxiliaries_before(toks, vi);
        let start = if passive {
            let (s, _) = self.np_before(toks, k, true)?;
            s
        } else {
            // The reduced passive: only words before it in the clause, a
            // place after it, and nothing said after it.
            let first = toks.iter().position(|t| t.start >= clause.start)?;
            let opening = &toks[first..vi];
            let speaker_head = || {
                opening.last().is_some_and(|t| {
                    self.common_head(t)
                        || lex.report_speakers.contains(&t.lower)
                        || matches!(
                            self.reg.kinds.get(&self.key(t.text(self.doc))),
                            Some(EntityKind::Person | EntityKind::Organisation)
                        )
                })
            };
            // (Not "from": "Lerer reported from Los Angeles" is a byline.)
            let place_after = toks
                .get(ve)
                .is_some_and(|t| lex.grammar.place_preps.contains(&t.lower) && t.lower != "from");
            // (A link's colon says nothing: "… https://t.co/…".)
            let said_after = toks[ve..].iter().any(|t| {
                t.lower == "that"
                    || matches!(t.kind, TokKind::Punct('"' | '“'))
                    || t.is_punct(':') && !self.doc[t.end..].starts_with("//")
            });
            if opening.is_empty()
                || opening.len() > 6
                || !opening.iter().all(Tok::is_word)
                || !place_after
                || said_after
                || speaker_head()
            {
                return None;
            }
            // "Coup attempt reported in Niger, state TV says": the
            // speaker named at the end says it.
            let from = self.cues.partition_point(|c| c.start <= verb.end);
            let trailing_speaker = self.cues[from..]
                .iter()
                .take_while(|c2| c2.end <= clause.end)
                .any(|c2| {
                    let j = toks.partition_point(|t| t.start < c2.start);
                    self.has(c2, Cat::Speech)
                        && toks[ve..j].iter().any(|t| t.is_punct(','))
                        && self.says_nothing(&toks[toks.partition_point(|t| t.start < c2.end)..])
                });
            if trailing_speaker {
                return None;
            }
            first
        };
        let said = trim_content(self.doc, toks[start].start..clause.end);
        (!said.is_empty()).then_some(said)
    }

    /// Evaluation mode: a passive verb at tokens `vi..ve` with its agent
    /// ("The plan was opposed by Democrats", "His comments were quickly
    /// derided by X", "Assad, opposed by the U.S., held on"): the agent is
    /// the source and the subject is what is attributed to it. Returns the
    /// agent, the subject's byte range and where the cue starts (at its
    /// auxiliaries, which PolNeAR counts in the cue).
    fn passive_agent(
        &self,
        toks: &[Tok],
        vi: usize,
        ve: usize,
    ) -> Option<(FoundSpeaker, Range<usize>, usize)> {
        let verb = toks.get(ve.checked_sub(1)?)?;
        if !may_be_participle(self.lex, verb.lower) || toks.get(ve).is_none_or(|t| t.lower != "by")
        {
            return None;
        }
        // Auxiliaries and adverbs before the verb, one of them passive.
        let (k, passive) = self.auxiliaries_before(toks, vi);
        // Or a participle set off by a comma after its noun.
        let reduced = k == vi && vi > 1 && toks[vi - 1].is_punct(',');
        if !passive && !reduced {
            return None;
        }
        let (s, e) = self.np_before(toks, if reduced { vi - 1 } else { k }, true)?;
        let (as_, ae) = self.np_right(toks, ve + 1)?;
        let ae = self.phrase_end(toks, ae);
        let range = toks[as_].start..toks[ae - 1].end;
        let mut agent = self
            .speaker_from(toks, as_, ae, Attribution::Indirect)
            .unwrap_or_else(|| self.relayed_speaker(&self.doc[range.clone()]));
        agent.range = Some(range);
        Some((agent, toks[s].start..toks[e - 1].end, toks[k].start))
    }

    /// "His death was confirmed by the family", "Reports that Korvel had
    /// fallen were dismissed by the governor": the agent of a passive
    /// denial, confirmation or retraction is who denies, confirms or
    /// retracts, and what it is said of comes before the auxiliaries.
    /// (`vi`..`ve`: the cue's tokens. Product mode; evaluation mode has
    /// `passive_agent`, which also needs the subject's noun phrase.) Only a named
    /// agent: "by the time …" names nobody.
    fn kind_passive_agent(
        &self,
        toks: &[Tok],
        c: &Cue,
        vi: usize,
        ve: usize,
        clause: &Range<usize>,
    ) -> Option<(FoundSpeaker, Range<usize>)> {
        if !(self.has(c, Cat::Denial)
            || self.has(c, Cat::Confirmation)
            || self.has(c, Cat::Retraction))
        {
            return None;
        }
        // ("The claim was dismissed as false by the mayor's office": past
        // the verdict it was branded with.)
        let by = match toks.get(ve) {
            Some(t) if t.lower == "by" => ve,
            // (The verdict may be quoted: 'dismissed as "pure
            // speculation" by …'.)
            Some(t) if t.lower == "as" => (ve + 2..toks.len().min(ve + 7))
                .find(|&j| toks[j].lower == "by")
                .filter(|&j| {
                    toks[ve + 1..j].iter().all(|t| {
                        t.is_word() || matches!(t.kind, TokKind::Punct('"' | '“' | '”' | '‘' | '’'))
                    })
                })?,
            _ => return None,
        };
        let (k, passive) = self.auxiliaries_before(toks, vi);
        if !passive || k == 0 {
            return None;
        }
        let (s, e) = self.np_right(toks, by + 1)?;
        let named = toks[s..e].iter().any(|t| t.is_capitalised()) || self.common_head(&toks[e - 1]);
        if !named {
            return None;
        }
        let mut agent = self.speaker_from(toks, s, e, Attribution::Indirect)?;
        agent.range = Some(toks[s].start..toks[e - 1].end);
        let said = trim_content(self.doc, clause.start..toks[k].start);
        (!said.is_empty()).then_some((agent, said))
    }

    /// Whether a reference ("the army") and a name ("Rebels") stand on
    /// opposite sides of a conflict (`grammar.state_side_words` and
    /// `grammar.armed_group_words`), so that one cannot refer to the other.
    fn opposite_sides(&self, reference: &str, name: &str) -> bool {
        let g = &self.lex.grammar;
        let side = |text: &str| {
            let words = || text.split(|c: char| !c.is_alphanumeric());
            (
                words().any(|w| g.state_side_words.contains(w)),
                words().any(|w| g.armed_group_words.contains(w)),
            )
        };
        let (ref_state, ref_group) = side(reference);
        if !ref_state && !ref_group {
            return false;
        }
        let (name_state, name_group) = side(&name.to_lowercase());
        (ref_state && name_group && !name_state) || (ref_group && name_state && !name_group)
    }

    /// The noun phrase starting at token `s` ("…," tweeted Zabihullah).
    fn np_right(&self, toks: &[Tok], s: usize) -> Option<(usize, usize)> {
        let doc = self.doc;
        let lex = self.lex;
        let mut e = s;
        // ("said his lawyer", "said a spokesman for the singer": a
        // possessive determiner too, and a title as the head.) ("…, said
        // one GOP source": a quantifier too, though not a number in a
        // name, "2014 RC".)
        let determined = toks.get(s).is_some_and(|f| {
            NAME_DETERMINERS.contains(&f.lower)
                || f.is_word()
                    && self.quantifier(f.lower)
                    && !(f.is_number(doc) && toks.get(s + 1).is_some_and(Tok::is_capitalised))
        });
        while e < toks.len() && e - s < 12 {
            let t = &toks[e];
            let w = t.lower;
            match t.kind {
                TokKind::Word => {
                    if (e == s && (determined
                            || matches!(w, "he" | "she" | "they" | "it" | "we" | "i")))
                        || (t.is_capitalised() && !lex.not_names.contains(&w))
                        || lex.roles.contains(&w)
                        || lex.organisation_words.contains(&w)
                        || lex.report_speakers.contains(&w)
                        || (e == s + 1 && determined && lex.titles.contains(&w))
                        || (self.lex.grammar.connectors.contains(&w)
                            && w != "and"
                            && toks.get(e + 1).is_some_and(|n| n.is_capitalised()))
                        // "said defence minister Ivo Tarn", "according to
                        // local authorities": a lowercase word right before
                        // a role or an organisation word.
                        || (!t.is_capitalised()
                            && !lex.grammar.determiners.contains(w)
                            && !lex.not_names.contains(w)
                            && !lex.attribution.number_words.contains(w)
                            && toks.get(e + 1).is_some_and(|n| {
                                n.is_word()
                                    && !n.is_capitalised()
                                    && ((lex.roles.contains(&n.lower)
                                        && !lex.organisation_words.contains(&w))
                                        || lex.organisation_words.contains(&n.lower))
                            }))
                        // "according to the regional governor": lowercase
                        // modifiers between a determiner and the head. (So
                        // with a medium's head, after an article and no
                        // name: "according to a security blog".)
                        || (e > s
                            && determined
                            && !lex.not_names.contains(&w)
                            && (e + 1..toks.len().min(e + 3)).any(|k| {
                                let head = toks[k].lower;
                                let medium = lex.report_speakers.contains(&head)
                                    && matches!(toks[s].lower, "a" | "an" | "the")
                                    && toks[s + 1..k].iter().all(|m| !m.is_capitalised());
                                toks[e + 1..k].iter().all(|m| m.is_word() && !m.is_capitalised())
                                    && (lex.roles.contains(&head)
                                        || lex.organisation_words.contains(&head)
                                        || medium)
                            }))
                    {
                        e += 1;
                        if e - s == 1 && subject_pronoun(w) {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                TokKind::Possessive => e += 1,
                TokKind::Punct('(')
                    if e + 2 < toks.len()
                        && toks[e + 1].is_acronym(doc)
                        && toks[e + 2].is_punct(')') =>
                {
                    e += 3
                }
                // "said Mr. Schmidt", "according to Gov. John A. Smith":
                // the full stop of a title or an initial inside the name.
                TokKind::Punct('.')
                    if e > s
                        && toks.get(e + 1).is_some_and(|n| n.is_capitalised())
                        && segment::is_abbreviation(&doc[..t.start]) =>
                {
                    e += 1
                }
                _ => break,
            }
        }
        (e > s
            && !(e - s == 1
                && (NAME_DETERMINERS.contains(&toks[s].lower) || self.quantifier(toks[s].lower))))
        .then_some((s, e))
    }

    fn relayed_speaker(&self, surface: &str) -> FoundSpeaker {
        FoundSpeaker {
            name: "reports".to_string(),
            surface: surface.to_string(),
            role: None,
            organisation: None,
            party: "unattributed".to_string(),
            aliases: Vec::new(),
            attribution: Attribution::Unknown,
            range: None,
            relayed: true,
        }
    }

    /// Is `unit`, the first of the document, a news post's headline whose
    /// unattributed claim is its publisher's (see `Ctx::headline_end`)? The
    /// post's title when it has one, else a first line set as a headline;
    /// three words at least ("Breaking news" claims nothing).
    fn publishes(&self, unit: &Unit, toks: &[Tok]) -> bool {
        let input = &self.input;
        let words = toks.iter().filter(|t| t.is_word()).count();
        let writer = input
            .author
            .or(input.publisher)
            .is_some_and(|a| !a.trim().is_empty());
        if input.keep_all || !writer {
            return false;
        }
        // ("BREAKING: Arlen Air grounds its entire fleet": a social post
        // that opens as a news flash is its author's headline.)
        if input.first_person {
            return words >= 3 && self.opens_with_news_label(unit, toks);
        }
        (match input.title_len {
            Some(len) => unit.range.end <= len,
            None => unit.headline,
        }) && words >= 3
    }

    /// Whether only a label of one or two words and its colon come before
    /// `clause` in `unit` ("Breaking: Arlen Air grounds its fleet").
    fn label_before(&self, unit: &Unit, clause: &Range<usize>) -> bool {
        let before = self.doc[unit.range.start..clause.start.max(unit.range.start)].trim_end();
        before
            .strip_suffix(':')
            .is_some_and(|l| (1..=2).contains(&l.split_whitespace().count()))
    }

    /// "Breaking:", "JUST IN —", "BREAKING …": a label of
    /// `grammar.news_labels` (one or two words) opening the text, followed
    /// by a colon, a dash or a bar, or written in capitals. (The
    /// segmenter leaves a label that ends with its colon out of the unit.)
    fn opens_with_news_label(&self, unit: &Unit, toks: &[Tok]) -> bool {
        let before = self.doc[..unit.range.start]
            .trim()
            .trim_end_matches([':', '—', '–', '-', '|'])
            .trim_end()
            .to_lowercase();
        if !before.is_empty() {
            return self.lex.grammar.news_labels.contains(before.as_str());
        }
        (1..=2).any(|n| {
            let Some(words) = toks.get(..n).filter(|w| w.iter().all(|t| t.is_word())) else {
                return false;
            };
            let label = words.iter().map(|t| t.lower).collect::<Vec<_>>().join(" ");
            if !self.lex.grammar.news_labels.contains(label.as_str()) {
                return false;
            }
            let marked = toks
                .get(n)
                .is_some_and(|t| matches!(t.kind, TokKind::Punct(':' | '—' | '–' | '-' | '|')));
            let shouted = words.iter().all(|t| {
                let text = t.text(self.doc);
                text.len() >= 2 && !text.chars().any(char::is_lowercase)
            });
            marked || shouted
        })
    }

    /// The publisher of a post without an author, as the speaker of its
    /// title's claim.
    fn publisher_speaker(&self) -> Option<FoundSpeaker> {
        self.writer_speaker(self.input.publisher?, Attribution::Author)
    }

    fn author_speaker(&self, attribution: Attribution) -> Option<FoundSpeaker> {
        self.writer_speaker(self.input.author?, attribution)
    }

    /// Who wrote or published the post, by the name the input gives (none
    /// when blank).
    fn writer_speaker(&self, name: &str, attribution: Attribution) -> Option<FoundSpeaker> {
        let name = name.trim();
        (!name.is_empty()).then(|| FoundSpeaker {
            name: name.to_string(),
            surface: name.to_string(),
            role: None,
            organisation: None,
            party: self.key(handle_account(name)).as_str().to_owned(),
            aliases: Vec::new(),
            attribution,
            range: None,
            relayed: false,
        })
    }

    /// "Israel's military said it had killed a Hezbollah commander, a
    /// claim the group did not confirm": a reference ("the group") that
    /// was resolved to the speaker of the claim just made is, when it
    /// disputes it, the last organisation named since ("Hezbollah"): who
    /// disputes a claim is not who made it.
    fn not_the_claimant(&self, sp: FoundSpeaker) -> FoundSpeaker {
        let lex = self.lex;
        let Some(range) = sp.range.clone() else {
            return sp;
        };
        // (A reference of two or three words ends the speaker's phrase:
        // "a claim the group"; not a pronoun.)
        let surface = sp.surface.to_lowercase();
        let words: Vec<&str> = surface.split_whitespace().collect();
        let lexical_reference = sp.attribution == Attribution::Coreference
            && (2..=words.len().min(3)).any(|n| {
                lex.group_references
                    .contains(words[words.len() - n..].join(" ").as_str())
            });
        let Some(claim) = self.found.last() else {
            return sp;
        };
        let claimant = matches!(claim.kind, StatementKind::Assertion | StatementKind::Report)
            && claim.speaker.name == sp.name;
        if !lexical_reference || !claimant {
            return sp;
        }
        let claimant_key = self.key(&claim.speaker.name);
        let claim_start = claim.range.start;
        let other = self.reg.mentions.iter().rev().find(|m| {
            m.range.start < range.start
                && m.range.start >= claim_start
                && m.kind == EntityKind::Organisation
                && m.key != claimant_key
                && !claim
                    .speaker
                    .range
                    .as_ref()
                    .is_some_and(|r| r.start <= m.range.start && m.range.end <= r.end)
        });
        match other {
            Some(m) => FoundSpeaker {
                name: m.surface.as_str().to_owned(),
                role: None,
                organisation: None,
                party: self.canonical(&m.key),
                aliases: Vec::new(),
                ..sp
            },
            None => sp,
        }
    }

    /// Builds a speaker from the noun phrase `toks[s..e]`.
    fn speaker_from(
        &self,
        toks: &[Tok],
        s: usize,
        e: usize,
        attribution: Attribution,
    ) -> Option<FoundSpeaker> {
        // "Yet Moll said …": a word that only opens the sentence is no part
        // of the speaker's name.
        let s = if e > s + 1
            && toks[s].is_capitalised()
            && toks[s + 1].is_capitalised()
            && only_opens(self.lex, toks, s)
        {
            s + 1
        } else {
            s
        };
        // "Two people familiar with the matter": anonymous sources relay.
        // (Something after the link: not "sources close".)
        if self
            .anonymous_head_at(toks, s, e)
            .is_some_and(|h| h + 2 < e)
        {
            let range = toks[s].start..toks[e - 1].end;
            let mut sp = self.relayed_speaker(&self.doc[range.clone()]);
            sp.range = Some(range);
            sp.attribution = attribution;
            return Some(sp);
        }
        if let Some(sp) = self.described_speaker(toks, s, e, attribution) {
            return Some(sp);
        }
        if let Some(sp) = self.office_speaker(toks, s, e, attribution) {
            return Some(sp);
        }
        let doc = self.doc;
        let lex = self.lex;
        let range = toks[s].start..toks[e - 1].end;
        let surface: &str = &doc[range.clone()];
        // (On the stack for the short phrases nearly every speaker is.)
        let lower_surface = smol_str::StrExt::to_lowercase_smolstr(surface);
        let lower_surface = lower_surface.as_str();
        let mut words: Vec<&Tok> = toks[s..e].iter().collect();
        // "We categorically deny …" in a social post: the author speaks.
        if self.input.first_person && lex.first_person.contains(&lower_surface) {
            if let Some(mut author) = self.author_speaker(Attribution::Author) {
                author.range = Some(range);
                return Some(author);
            }
        }
        // Pronouns and references to earlier mentions.
        let is_person_ref = lex.person_references.contains(&lower_surface);
        let is_group_ref = lex.group_references.contains(&lower_surface) || lower_surface == "it";
        if is_group_ref {
            // "the resistance forces": a descriptive reference names the last
            // organisation that shares its distinctive word, or itself.
            let distinctive: Vec<String> = lower_surface
                .split_whitespace()
                .filter(|w| !self.lex.grammar.generic_group_words.contains(w))
                .map(str::to_string)
                .collect();
            if !distinctive.is_empty() {
                // (Every distinctive word is a word of the name or its
                // key; "Lebanon's military", keyed by its state, is still
                // "the military", and "the army" too.)
                let armed = &self.lex.grammar.armed_forces_words;
                let names_it = |surface: &str, key: &str| {
                    distinctive.iter().all(|d| {
                        key.split('-').any(|k| k == d)
                            || surface.split(|c: char| !c.is_alphanumeric()).any(|w| {
                                w.eq_ignore_ascii_case(d)
                                    || (armed.contains(d)
                                        && armed.contains(&w.to_ascii_lowercase()))
                                    || self.lex.trade_names.get(d).is_some_and(|names| {
                                        names.iter().any(|n| w.eq_ignore_ascii_case(n))
                                    })
                            })
                    })
                };
                // (A business named by its trade may have been taken for
                // a person's name: "Arlen Air … the airline".)
                let by_trade = distinctive
                    .iter()
                    .any(|d| self.lex.trade_names.contains_key(d.as_str()));
                let mention = self.reg.mentions.iter().rev().find(|m| {
                    m.range.start < range.start
                        && (m.kind == EntityKind::Organisation
                            || (by_trade && m.kind != EntityKind::Place))
                        && names_it(&m.surface, &m.key)
                });
                // (Or the last to speak under such a name, when it is
                // named later than any such mention.)
                let speaker = self.found.iter().rev().find_map(|f| {
                    let at = f.speaker.range.as_ref()?.start;
                    (at < range.start
                        && !f.speaker.relayed
                        && f.speaker.attribution != Attribution::Author
                        && names_it(&f.speaker.name, &f.speaker.party))
                    .then_some((at, f))
                });
                let m = speaker
                    .filter(|(at, _)| mention.is_none_or(|m| *at > m.range.start))
                    .map(|(_, f)| (f.speaker.name.clone(), f.speaker.party.clone()))
                    .or_else(|| {
                        mention.map(|m| (m.surface.as_str().to_owned(), m.key.as_str().to_owned()))
                    });
                let resolved = m.is_some();
                let (name, party) = match m {
                    Some(found) => found,
                    None => {
                        let n = surface
                            .trim_start_matches("the ")
                            .trim_start_matches("The ")
                            .to_string();
                        let k = self.key(&n).as_str().to_owned();
                        (n, k)
                    }
                };
                return Some(FoundSpeaker {
                    name,
                    surface: surface.to_string(),
                    role: None,
                    organisation: None,
                    party,
                    aliases: Vec::new(),
                    attribution: if resolved {
                        Attribution::Coreference
                    } else {
                        attribution
                    },
                    range: Some(range),
                    relayed: false,
                });
            }
        }
        if is_person_ref || is_group_ref {
            let want = if is_person_ref {
                EntityKind::Person
            } else {
                EntityKind::Organisation
            };
            // Prefer the last speaker of that kind, then the last mention;
            // "she" is not a man known as one, nor "he" a woman.
            let wanted_gender = self.gender_of_pronoun(lower_surface);
            // "Rebels claimed …, but the army denied it": the army is not
            // the rebels.
            let other_side = |name: &str| self.opposite_sides(lower_surface, name);
            // (A speaker named by "X:" takes turns in a transcript or heads
            // a headline: "he" in the next turn is whom the turns are
            // about, the last person named, not the other speaker.)
            let colon_turn = |f: &Found| {
                f.cue_range
                    .as_ref()
                    .is_some_and(|r| &self.doc[r.clone()] == ":")
            };
            // ("it", "he" or "she" is no plural group named by its role:
            // "economists", "customer service reps".)
            let plural_role = |name: &str| {
                let w = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
                w.ends_with('s') && !w.ends_with("ss") && self.lex.roles.contains(&w)
            };
            let singular = lower_surface == "it" || wanted_gender.is_some();
            // ("State media reported that the rebels had surrendered, but
            // the rebels denied it": a group named by a noun is no outlet
            // that reports on it; "it added" may be the newspaper.)
            let named_group = is_group_ref && !matches!(lower_surface, "it" | "they");
            let outlet = |name: &str| {
                let w = name.rsplit(' ').next().unwrap_or(name).to_lowercase();
                self.lex.report_speakers.contains(&w) || self.lex.grammar.media_words.contains(&w)
            };
            // ("Officials said …. The rebels stated …": people named by
            // their role are no armed group.)
            let armed_group = is_group_ref
                && lower_surface
                    .split_whitespace()
                    .any(|w| self.lex.grammar.armed_group_words.contains(w));
            let from_found = self.found.iter().rev().find(|f| {
                !f.speaker.relayed
                    && (!(singular || armed_group) || !plural_role(&f.speaker.name))
                    && (!named_group || !outlet(&f.speaker.name))
                    && (!is_person_ref || !colon_turn(f))
                    && f.speaker.attribution != Attribution::Author
                    && !other_side(&f.speaker.name)
                    && wanted_gender
                        .is_none_or(|g| self.gender_of_speaker(&f.speaker).is_none_or(|h| h == g))
                    && if is_person_ref {
                        f.speaker.organisation.is_some()
                            || self.reg.kinds.get(&self.key(&f.speaker.name))
                                == Some(&EntityKind::Person)
                    } else {
                        self.reg.kinds.get(&self.key(&f.speaker.name)) != Some(&EntityKind::Person)
                    }
            });
            if let Some(f) = from_found {
                let mut sp = f.speaker.clone();
                sp.surface = surface.to_string();
                sp.range = Some(range);
                sp.attribution = Attribution::Coreference;
                return Some(sp);
            }
            let compatible = |m: &&Mention| {
                wanted_gender.is_none_or(|g| self.gender_of_key(&m.key).is_none_or(|h| h == g))
            };
            let last = self
                .reg
                .mentions
                .iter()
                .rev()
                .filter(|m| m.range.start < range.start && m.kind == want)
                .filter(|m| !other_side(&m.surface))
                // "Witnesses told AFP …. The army denied it": the outlet
                // told is not the group referred to.
                .filter(|m| {
                    is_person_ref
                        || !self.doc[..m.range.start]
                            .trim_end()
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| TELLING.contains(&w))
                })
                .find(compatible);
            let Some(m) = last else {
                // Nothing to refer back to: the phrase names the speaker.
                let n = lower_surface.trim_start_matches("the ").to_string();
                // ("The Korvel ministry summoned the ambassador over what
                // it called 'fabricated' allegations": the body that opens
                // the sentence.)
                if !self.input.keep_all && matches!(n.as_str(), "it" | "they") {
                    if let Some(sp) = self.opening_body(toks, s, n == "they") {
                        return Some(sp);
                    }
                }
                if matches!(n.as_str(), "he" | "she" | "they" | "it") {
                    // (Evaluation mode: the pronoun is the source as
                    // written, resolved or not.)
                    return self
                        .input
                        .keep_all
                        .then(|| self.named_speaker(range, Some(n), Attribution::Coreference));
                }
                return Some(self.named_speaker(range, Some(n), attribution));
            };
            let org = self.reg.person_org.get(&m.key).map(SmolStr::to_string);
            return Some(FoundSpeaker {
                name: m.surface.as_str().to_owned(),
                surface: surface.to_string(),
                role: None,
                party: org
                    .as_ref()
                    .map(|o| self.canonical(&self.key(o)))
                    .unwrap_or_else(|| m.key.as_str().to_owned()),
                organisation: org,
                aliases: Vec::new(),
                attribution: Attribution::Coreference,
                range: Some(range),
                relayed: false,
            });
        }
        if words.iter().all(|t| {
            let w = t.lower;
            lex.report_speakers.contains(&w)
                || self.lex.grammar.determiners.contains(&w)
                || lex.report_modifiers.contains(&w)
        }) {
            let mut sp = self.relayed_speaker(surface);
            sp.range = Some(range);
            return Some(sp);
        }
        // Strip determiners, trailing possessive and a parenthetical acronym.
        while words
            .first()
            .is_some_and(|t| self.lex.grammar.determiners.contains(&t.lower))
        {
            words.remove(0);
        }
        if words.last().is_some_and(|t| t.kind == TokKind::Possessive) {
            words.pop();
        }
        let mut aliases = Vec::new();
        if words.len() >= 3
            && words[words.len() - 1].is_punct(')')
            && words[words.len() - 3].is_punct('(')
        {
            aliases.push(words[words.len() - 2].text(doc).to_string());
            words.truncate(words.len() - 3);
        }
        if words.is_empty() {
            return None;
        }
        // "Tribal elders", "Lund FC fans": people named by what they are
        // speak for themselves; what comes before the word qualifies them.
        if let Some(head) = words
            .last()
            .filter(|t| lex.attribution.people_groups.contains(t.lower))
            .filter(|_| !words.iter().any(|t| lex.roles.contains(&t.lower)))
        {
            let name = doc[words[0].start..head.end].to_string();
            return Some(FoundSpeaker {
                party: self.key(&name).as_str().to_owned(),
                role: Some(head.lower.to_string()),
                name,
                surface: surface.to_string(),
                organisation: None,
                aliases,
                attribution,
                range: Some(range),
                relayed: false,
            });
        }
        // Split on a role word: ORG ROLE NAME.
        // "Police chief Dana Holt": the last of a run of role words is the
        // role, the ones before it qualify it.
        // ("the General Staff", "the General Assembly": a rank before an
        // organisation word names a body, not a person.)
        let org_word = |t: &Tok| t.is_capitalised() && lex.organisation_words.contains(&t.lower);
        let role_at = words
            .iter()
            .enumerate()
            .position(|(k, t)| {
                lex.roles.contains(&t.lower)
                    && !(t.is_capitalised() && words.get(k + 1).is_some_and(|n| org_word(n)))
            })
            .map(|mut r| {
                while r + 1 < words.len() && lex.roles.contains(&words[r + 1].lower) {
                    r += 1;
                }
                r
            });
        // "Former president Jair Bolsonaro's lawyers": they speak for the
        // person named before the possessive (titles before the name left
        // out), as "her lawyer" does for the last person named.
        let represented = words
            .iter()
            .position(|t| t.kind == TokKind::Possessive)
            .filter(|&p| {
                p > 0
                    && p + 2 == words.len()
                    && lex.representative_roles.contains(&words[p + 1].lower)
            })
            .map(|p| {
                let from = words[..p]
                    .iter()
                    .rposition(|t| {
                        let w = t.lower;
                        lex.roles.contains(&w) || lex.titles.contains(&w) || !t.is_capitalised()
                    })
                    .map_or(0, |k| k + 1);
                (from, p)
            })
            .filter(|&(from, p)| from < p);
        let (org_part, role, name_part): (&[&Tok], Option<String>, &[&Tok]) =
            match (represented, role_at) {
                (Some((from, p)), _) => {
                    (&words[from..p], Some(words[p + 1].lower.to_string()), &[])
                }
                // "Texas Senator Ted Cruz", "Former Arizona State Senator Dr.
                // Kelli Ward": before a title that names a person, a place or a
                // qualifier, not an organisation.
                (None, Some(r))
                    if r + 1 < words.len()
                        && lex.titles.contains(&words[r].lower)
                        && self.qualifies_a_title(&words[..r]) =>
                {
                    (&[], Some(words[r].lower.to_string()), &words[r + 1..])
                }
                // "Health officials said": a field of work, not a body.
                (None, Some(1)) if lex.grammar.field_words.contains(words[0].lower) => {
                    (&[], Some(words[1].lower.to_string()), &words[2..])
                }
                // ("Presidential candidate Anna Brook": a rank qualified, no
                // organisation named.)
                (None, Some(r))
                    if words[..r]
                        .iter()
                        .all(|t| lex.attribution.rank_qualifiers.contains(&t.lower)) =>
                {
                    (&[], Some(words[r].lower.to_string()), &words[r + 1..])
                }
                (None, Some(r)) => {
                    // ("Drayton chief executive Pia Loft": a lowercase run
                    // of role words is one role, not an organisation.)
                    let mut first = r;
                    while first > 0
                        && !words[first - 1].is_capitalised()
                        && lex.roles.contains(&words[first - 1].lower)
                        && !lex.organisation_words.contains(&words[first - 1].lower)
                    {
                        first -= 1;
                    }
                    (
                        &words[..first],
                        Some(words[r].lower.to_string()),
                        &words[r + 1..],
                    )
                }
                (None, None) => (&[], None, &words[..]),
            };
        // "Former Florida Gov. Jeb Bush", "Dr. Kelli Ward": a title and
        // what qualifies it are not part of the name.
        let name_part = {
            let mut from = 0;
            for (k, t) in name_part.iter().enumerate() {
                if !(t.is_word() && lex.titles.contains(&t.lower)) {
                    continue;
                }
                let next = if name_part.get(k + 1).is_some_and(|n| n.is_punct('.')) {
                    k + 2
                } else {
                    k + 1
                };
                // (Not before an organisation word: "the General Staff",
                // "the General Assembly" are bodies.)
                if name_part.get(next).is_some_and(|n| {
                    n.is_capitalised() && !lex.titles.contains(&n.lower) && !org_word(n)
                }) {
                    from = next;
                }
            }
            // "Portuguese newspaper Correio de Manha", "Telecom regulator
            // Ofcom": a lowercase organisation word before a name describes
            // it; the name is what follows.
            if let Some(k) = name_part.iter().rposition(|t| {
                t.is_word() && !t.is_capitalised() && lex.organisation_words.contains(&t.lower)
            }) {
                let rest = &name_part[k + 1..];
                if rest.first().is_some_and(|t| t.is_capitalised())
                    && rest.iter().all(|t| {
                        t.is_capitalised()
                            || t.kind == TokKind::Possessive
                            || lex.grammar.connectors.contains(&t.lower)
                    })
                {
                    from = from.max(k + 1);
                }
            }
            &name_part[from..]
        };
        let text_of = |ts: &[&Tok]| -> Option<String> {
            let ts: Vec<&&Tok> = ts
                .iter()
                .filter(|t| t.kind != TokKind::Possessive)
                .collect();
            if ts.is_empty() {
                return None;
            }
            Some(doc[ts[0].start..ts[ts.len() - 1].end].to_string())
        };
        // "Secretary of State Antony Blinken", "Minister of Foreign Affairs
        // Sergei Lavrov": what the role is of, then a two-word name, all
        // capitalised; the role is the whole title.
        let mut role = role;
        let name_part = if self.title_of_something(name_part) {
            let (title, name) = name_part.split_at(name_part.len() - 2);
            if let Some(r) = role.as_mut() {
                r.push(' ');
                r.push_str(&doc[title[0].start..title[title.len() - 1].end].to_lowercase());
            }
            name
        } else {
            name_part
        };
        // "of the Resistance Front" after a role: the organisation follows.
        let (org_text, name_text) = match (text_of(org_part), text_of(name_part)) {
            (o, Some(n)) if n.to_lowercase().starts_with("of ") => {
                // ("spokesman of the Taliban": the organisation's name.)
                let of = n[3..].trim_start();
                let of = of
                    .strip_prefix("the ")
                    .or_else(|| of.strip_prefix("The "))
                    .unwrap_or(of);
                (Some(of.to_string()).or(o), None)
            }
            other => other,
        };
        // A lowercase organisation is a side only when it names one: "the
        // army's spokesman", "a rebel commander" (the rebels), "police
        // spokesman"; not "the fund manager".
        let g = &lex.grammar;
        let org_text = org_text.and_then(|o| {
            if o.chars().next().is_some_and(char::is_uppercase) {
                return Some(o);
            }
            let lower = o.to_lowercase();
            (g.state_side_words.contains(&lower)
                || g.armed_group_words.contains(&lower)
                || self.armed_group_named_by(&o).is_some())
            .then_some(o)
        });
        let resolve = |t: &str| -> String {
            let k = self.key(t);
            if !k.contains('-') && lex.organisation_words.contains(&k) {
                if let Some(m) = self.reg.mentions.iter().rev().find(|m| {
                    m.range.start < range.start
                        && m.kind == EntityKind::Organisation
                        && m.key != k
                        && m.key.split('-').any(|w| w == k)
                }) {
                    return m.surface.as_str().to_owned();
                }
            }
            match self.reg.aliases.get(&k) {
                Some((name, _)) => name.as_str().to_owned(),
                None => match self.reg.surnames.get(&k) {
                    Some((full, _)) => full.as_str().to_owned(),
                    None => t.to_string(),
                },
            }
        };
        let (name, organisation) = match (org_text, name_text, &role) {
            (o, Some(n), _) => {
                let n = resolve(&n);
                let o = o.map(|o| resolve(&o)).or_else(|| {
                    self.reg
                        .person_org
                        .get(&self.key(&n))
                        .map(SmolStr::to_string)
                });
                (n, o)
            }
            (Some(o), None, Some(r)) => {
                let o = resolve(&o);
                match represented {
                    Some(_) => (format!("{o}'s {r}"), Some(o)),
                    None => (format!("{o} {r}"), Some(o)),
                }
            }
            (Some(o), None, None) => (resolve(&o), None),
            (None, None, Some(r)) => {
                // A bare role ("the spokesman"): the last person with a role.
                // One who speaks for a person ("her publicist", "his
                // lawyer") is not that person: the person is whom they
                // speak for.
                // ("the fund manager" is an occupation: only "his manager",
                // "her lawyers" or a family speaks for someone.)
                let for_someone = lex.representative_roles.contains(r.as_str())
                    && (matches!(toks[s].lower, "his" | "her" | "their")
                        || matches!(r.as_str(), "family" | "relatives"));
                // ("…, a senior official said": someone not named before.)
                // (Its modifiers may stand outside the phrase: "a senior
                // official".)
                let m = self.last_mention_before(range.start, EntityKind::Person);
                let indefinite = toks[..=s]
                    .iter()
                    .rposition(|t| {
                        !(lex.roles.contains(t.lower)
                            || lex.attribution.modifiers.contains(t.lower))
                    })
                    .is_some_and(|o| matches!(toks[o].lower, "a" | "an" | "another" | "one"));
                // "Aides said", "the lawyers said": a group, not the last
                // person named.
                // (So is a body of the state named by its role: "Mira Tal
                // was arrested, police said".)
                let state_body = self.lex.grammar.state_side_words.contains(r.as_str());
                let plural = r.len() >= 4 && r.ends_with('s') && !r.ends_with("ss") || state_body;
                match m {
                    _ if state_body => (r.clone(), None),
                    _ if (plural || indefinite) && !for_someone => {
                        let name = surface
                            .trim_start_matches("the ")
                            .trim_start_matches("The ")
                            .to_string();
                        (name, None)
                    }
                    Some(m) if for_someone => (
                        format!("{}'s {r}", m.surface),
                        Some(m.surface.as_str().to_owned()),
                    ),
                    Some(m) => (
                        m.surface.as_str().to_owned(),
                        self.reg.person_org.get(&m.key).map(SmolStr::to_string),
                    ),
                    None => (r.clone(), None),
                }
            }
            (None, None, None) => return None,
        };
        let own_key = self.canonical(&self.key(&name));
        if let Some((_, canonical)) = self.reg.aliases.get(&self.key(&name)) {
            if !aliases.iter().any(|a| self.key(a) == *canonical) {
                aliases.push(surface.trim_start_matches("the ").to_string());
            }
        }
        let party = match &organisation {
            // "Ukrainian soldiers", "Russian officials": a nation's people
            // are its side.
            Some(o) => match self.lex.nation(o).cloned().or_else(|| {
                // ("Russia's military", "Ukraine's defence ministry";
                // not "Nigeria's Islamist extremist group".)
                let head = o.rsplit(' ').next()?.to_lowercase();
                self.lex
                    .grammar
                    .state_side_words
                    .contains(&head)
                    .then(|| self.national_party(o))?
            }) {
                Some(nation) => nation,
                // ("a rebel commander" speaks for the rebels.)
                None => self
                    .armed_group_named_by(o)
                    .unwrap_or_else(|| self.canonical(&self.key(o))),
            },
            None => self
                .national_party(&name)
                .or_else(|| self.lex.capital(&name).cloned())
                .or_else(|| self.place_of_state_body(&name, &range))
                .unwrap_or(own_key),
        };
        if party.is_empty() {
            return None;
        }
        aliases.retain(|a| a != &name);
        aliases.dedup();
        Some(FoundSpeaker {
            name,
            surface: surface.to_string(),
            role,
            organisation,
            party,
            aliases,
            attribution,
            range: Some(range),
            relayed: false,
        })
    }

    /// The gender a title or a role word names ("Mrs", "spokesman").
    fn gender_of_word(&self, w: &str) -> Option<Gender> {
        let g = &self.lex.grammar;
        gender_in(w, &g.female_markers, &g.male_markers)
    }

    /// The gender a pronoun refers to ("she", "he").
    fn gender_of_pronoun(&self, w: &str) -> Option<Gender> {
        let g = &self.lex.grammar;
        gender_in(w, &g.female_pronouns, &g.male_pronouns)
    }

    /// The gender a title gave a name (by its key or its last word).
    fn gender_of_key(&self, key: &str) -> Option<Gender> {
        let surname = last_word_of_key(key);
        self.reg
            .genders
            .get(key)
            .or_else(|| self.reg.genders.get(surname))
            .copied()
    }

    /// What the text has said of a speaker's gender: a title before its
    /// name anywhere earlier ("Mrs. Clinton"), or its role. (Not the
    /// pronouns resolved to it: one wrong resolution would decide the
    /// next.)
    fn gender_of_speaker(&self, sp: &FoundSpeaker) -> Option<Gender> {
        self.gender_of_key(&self.key(&sp.name))
            .or_else(|| sp.role.as_deref().and_then(|r| self.gender_of_word(r)))
    }

    /// The words before a title are a place or a qualifier ("Texas",
    /// "Former Arizona State", "U.S."), not an organisation ("Planned
    /// Parenthood's president").
    fn qualifies_a_title(&self, before: &[&Tok]) -> bool {
        let Some(first) = before.first() else {
            return true;
        };
        if self.lex.attribution.modifiers.contains(&first.lower) {
            return true;
        }
        if before.iter().any(|t| t.kind == TokKind::Possessive) {
            return false;
        }
        let text = &self.doc[first.start..before[before.len() - 1].end];
        let key = self.key(text);
        self.reg.kinds.get(&key) == Some(&EntityKind::Place) || self.lex.nation(text).is_some()
    }

    /// "Zabihullah Mujahid, the Taliban spokesman", "the ministry
    /// spokesman, Jon Asker": a name and its description between commas
    /// are one speaker, named by the name, with the description's role and
    /// organisation.
    fn described_speaker(
        &self,
        toks: &[Tok],
        s: usize,
        e: usize,
        attribution: Attribution,
    ) -> Option<FoundSpeaker> {
        let doc = self.doc;
        let lex = self.lex;
        let k = (s + 1..e.saturating_sub(1)).find(|&k| toks[k].is_punct(','))?;
        let mut end = e;
        while end > k + 1 && toks[end - 1].is_punct(',') {
            end -= 1;
        }
        // A name, perhaps after its title ("Congressman Chris Collins"):
        // capitalised at both ends, no relative clause.
        let is_name = |a: usize, b: usize| {
            b > a
                && toks[a].is_capitalised()
                && (toks[b - 1].is_capitalised()
                    || toks[b - 1].is_punct(')')
                    // "James B. Comey Jr."
                    || (toks[b - 1].is_punct('.') && b >= a + 2 && toks[b - 2].is_capitalised()))
                && !lex.not_names.contains(&toks[a].lower)
                && !self.lex.grammar.determiners.contains(&toks[a].lower)
                && toks[a..b]
                    .iter()
                    .all(|t| !lex.grammar.relative_pronouns.contains(&t.lower) && !t.is_punct(','))
        };
        let ((ns, ne), (ds, de)) = if is_name(s, k) {
            ((s, k), (k + 1, end))
        } else if is_name(k + 1, end) {
            ((k + 1, end), (s, k))
        // ("The Rev. James Martin, a Jesuit priest", "The Velsk Herald, a
        // local paper": the article before a name is no part of it.)
        } else if toks[s].lower == "the" && is_name(s + 1, k) {
            ((s + 1, k), (k + 1, end))
        } else {
            return None;
        };
        if de <= ds {
            return None;
        }
        let mut sp = self.speaker_from(toks, ns, ne, attribution)?;
        let described = toks[ds].start..toks[de - 1].end;
        if let Some(desc) = self.speaker_from(toks, ds, de, attribution) {
            if sp.role.is_none() {
                sp.role = desc.role.clone();
            }
            // (Only an organisation named in the description itself, by a
            // name: not "GOP presidential" of "the GOP presidential nominee".)
            let named_here = desc.organisation.as_ref().is_some_and(|o| {
                doc[described].contains(o.as_str())
                    && o.split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase))
            });
            if sp.organisation.is_none() && desc.role.is_some() && named_here {
                sp.party = desc.party.clone();
                sp.organisation = desc.organisation;
            }
        }
        sp.surface = doc[toks[s].start..toks[e - 1].end].to_string();
        sp.range = Some(toks[s].start..toks[e - 1].end);
        Some(sp)
    }

    /// "the Russian defence ministry", "Russia's military", "Ukrainian
    /// forces": a state body speaks for its country (lexicon `nations`).
    fn national_party(&self, name: &str) -> Option<String> {
        let separator = |c: char| !c.is_alphanumeric() && c != '.';
        // (Asked of every speaker: a name whose last word is no
        // organisation's, as most are, is answered without a copy; a
        // possessive "'s" is no word: "Leo Varga's agent".)
        let last = name
            .rsplit(separator)
            .find(|w| !w.is_empty() && *w != "s")?;
        let last: SmolStr = smol_str::StrExt::to_lowercase_smolstr(last);
        if !self.lex.organisation_words.contains(last.as_str())
            && !self.lex.grammar.determiners.contains(last.as_str())
        {
            return None;
        }
        let lowered = name.to_lowercase();
        let words: Vec<&str> = lowered
            .split(separator)
            .filter(|w| !w.is_empty() && *w != "s" && !self.lex.grammar.determiners.contains(w))
            .collect();
        let head = words.last()?;
        if words.len() < 2 || !self.lex.organisation_words.contains(*head) {
            return None;
        }
        let two = words.get(..2).map(|w| w.join(" "));
        two.and_then(|t| self.lex.nations.get(&t))
            .or_else(|| self.lex.nations.get(words[0]))
            .cloned()
    }

    /// "The Korvel foreign ministry", "Tarsk's army": a body of a state
    /// (`grammar.state_side_words` as its head, in lowercase) after a
    /// name the lexicon does not know as a nation speaks for that name, as
    /// "the Russian defence ministry" speaks for Russia. Only a name of at
    /// most three words, none of them an organisation's ("the Wagner Group
    /// army" stays itself), and, when it opens a sentence (`range`, where
    /// the phrase is), one the text registered or a possessive: "Local
    /// police said" names no place.
    fn place_of_state_body(&self, name: &str, range: &Range<usize>) -> Option<String> {
        // (Asked of most speakers, whose names end with a capitalised word:
        // answered before any copy.)
        let last = name.rsplit(' ').next()?;
        if !last.starts_with(|c: char| c.is_ascii_lowercase())
            || !self
                .lex
                .grammar
                .state_side_words
                .contains(last.trim_end_matches(|c: char| !c.is_alphanumeric()))
        {
            return None;
        }
        let words: Vec<&str> = name
            .split_whitespace()
            .skip_while(|w| self.lex.grammar.determiners.contains(&w.to_lowercase()))
            .collect();
        let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
        let k = words.iter().position(|w| !capitalised(w))?;
        if k == 0 || k > 3 || words[k..].iter().any(capitalised) {
            return None;
        }
        let joined = words[..k].join(" ");
        let possessed = joined
            .strip_suffix("'s")
            .or_else(|| joined.strip_suffix("’s"));
        let owner = possessed.unwrap_or(&joined);
        if owner
            .split_whitespace()
            .any(|w| self.lex.organisation_words.contains(&w.to_lowercase()))
        {
            return None;
        }
        let key = self.key(owner);
        let opens_sentence = self.doc[range.clone()].starts_with(words[0])
            && self.doc[..range.start]
                .trim_end()
                .chars()
                .next_back()
                .is_none_or(|c| matches!(c, '.' | '!' | '?' | '"' | '“' | ':'));
        let registered = matches!(
            self.reg.kinds.get(&key),
            Some(EntityKind::Place | EntityKind::Organisation)
        );
        // ("Tarsk's army": a possessive says it is a name.)
        (!opens_sentence || registered || possessed.is_some()).then(|| self.canonical(&key))
    }

    fn canonical(&self, key: &str) -> String {
        match self.reg.aliases.get(key) {
            Some((_, k)) => k.as_str().to_owned(),
            None => key.to_string(),
        }
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
    opens && (adverb_shaped(w) || lex.sentence_openers.contains(w))
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
/// "lenavorst", as "@lenavorst" is; any other name is itself.
fn handle_account(name: &str) -> &str {
    let Some(handle) = name.strip_prefix('@') else {
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
