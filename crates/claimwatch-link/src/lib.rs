//! The linker: turns a stream of tagged statements into contested claims.
//!
//! State is kept per subject key (the key of `claims.tagged`, so one
//! subject's statements arrive in order on one partition). Applying a
//! statement is deterministic and idempotent: the same statement id twice
//! changes nothing, and contents depend only on statements (their event
//! times), never on the wall clock. That makes a replay after a crash emit
//! the same `(id, version)` with the same contents.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, Utc};
use claimwatch_model::{
    stable_id, Attribution, ClaimSubject, ContestStatus, ContestedClaim, Counts, LinkReason,
    Member, MemberSpeaker, Sides, Statement, StatementKind, CONTESTED_SCHEMA,
};
use serde::{Deserialize, Serialize};

/// Schema name of the linker's per-subject changelog records.
pub const LINK_STATE_SCHEMA: &str = "claimwatch.link_state.v1";

/// How many statement ids per subject are remembered for idempotence.
const APPLIED_CAP: usize = 10_000;

/// How many times one statement's subject may be resolved to another
/// (see [`Linker::apply`]): real chains are one or two steps long.
const MAX_RESOLUTIONS: usize = 4;

/// A statement as the linker remembers it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Seen {
    pub member: Member,
    pub party: String,
    pub predicate_class: Option<String>,
    pub target_party: Option<String>,
    pub relayed: bool,
    pub cues_and_predicate: Vec<String>,
    /// For a publisher's own claim that names no predicate (a headline:
    /// "Apple to buy Netflix"), the words that tell what it claims beyond
    /// its subject (`claimwatch_extract::topic_words`). Its subject alone
    /// is weak evidence: a denial that does not target its claimant must
    /// share one of these words, or it is about something else said of the
    /// same subject. Empty for every other statement.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topic: Vec<String>,
    /// The platform id and permalink of its post, by which a reply names
    /// it (see [`Seen::answers`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub post_keys: Vec<String>,
    /// The posts its post replies to or quotes (`Statement::answers`): a
    /// denial there answers their claims, whatever its words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<String>,
    /// A denial whose only words about what it denies are a claim noun
    /// ("called the claim a lie"), naming no claimant and no event: it
    /// answers the claims of other parties filed where it is, whatever
    /// their words (see [`bare_target`]).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bare_target: bool,
}

/// Everything the linker keeps for one subject; the unit of the changelog.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubjectState {
    pub schema: String,
    pub key: String,
    pub surface: String,
    /// Assertions, denials, confirmations, retractions inside the window.
    pub statements: Vec<Seen>,
    /// Contested claims about this subject, by id.
    pub clusters: BTreeMap<String, ContestedClaim>,
    /// Statement ids already applied (bounded, oldest first).
    pub applied: Vec<String>,
}

/// First words of two-word names that are not a person's first name.
const NOT_FIRST_NAMES: &[&str] = &[
    "south", "north", "east", "west", "new", "port", "san", "santa", "saint", "st", "el", "al",
    "upper", "lower", "great", "greater", "central", "united", "the",
];

/// Linker settings.
#[derive(Debug, Clone, Copy)]
pub struct LinkSettings {
    /// Event-time window inside which an assertion and a denial link.
    pub window: Duration,
}

impl Default for LinkSettings {
    fn default() -> Self {
        LinkSettings {
            window: Duration::hours(72),
        }
    }
}

/// The linker's state over all subjects it owns.
#[derive(Debug, Default)]
pub struct Linker {
    settings: LinkSettings,
    subjects: BTreeMap<String, SubjectState>,
}

/// What applying one statement changed.
#[derive(Debug, Default)]
pub struct Applied {
    /// Contested claims that changed (new version) and must be emitted.
    pub changed: Vec<ContestedClaim>,
    /// The subject's new state, to write to the changelog; `None` when the
    /// statement changed nothing (already applied or not linkable).
    pub state: Option<SubjectState>,
}

fn member(s: &Statement) -> Member {
    Member {
        statement_id: s.id.clone(),
        post_id: s.post_id.clone(),
        post_url: s.post_url.clone(),
        source_id: s.source_id.clone(),
        kind: s.kind,
        speaker: MemberSpeaker {
            name: s.speaker.name.clone(),
            party: s.speaker.party.clone(),
        },
        text: s.text.clone(),
        quote: s.quote.clone(),
        predicate: s.predicate.clone(),
        cues: s.cues.clone(),
        time: s.event_time,
    }
}

impl Linker {
    pub fn new(settings: LinkSettings) -> Linker {
        Linker {
            settings,
            subjects: BTreeMap::new(),
        }
    }

    /// Restores one subject's state (from the changelog).
    pub fn restore(&mut self, state: SubjectState) {
        self.subjects.insert(state.key.clone(), state);
    }

    /// Forgets every subject (before a full restore).
    pub fn clear(&mut self) {
        self.subjects.clear();
    }

    /// The subject a statement without one should be filed under: for a
    /// denial (or retraction) naming a party, the subject of that party's
    /// latest claim inside the window. The sink re-publishes the statement
    /// under that subject's key, so that the instance owning the subject
    /// applies it (see the README's scaling notes).
    pub fn resolve_subject(&self, st: &Statement) -> Option<(String, String)> {
        // "No, he didn't.", replying to a post that claims something: the
        // subject of that post's claims.
        if let Some(found) = self.subject_of_answered_post(st) {
            return Some(found);
        }
        let target_party = st.target.as_ref().and_then(|t| t.party.as_deref());
        // "dismissed the Hamas claim": the claimant named in the target is
        // no subject of the denial; the claim's subject is.
        let subject_is_claimant = target_party == Some(st.subject.key.as_str());
        if st.subject.key.is_empty() || subject_is_claimant {
            return self
                .subject_of_targeted_claim(st)
                .or_else(|| self.claim_about_speaker(st))
                .or_else(|| self.only_claim_of_its_kind(st))
                .or_else(|| self.medium_of_relayed_claim(st))
                .or_else(|| self.claim_it_counters(st))
                .or_else(|| claimant_as_subject(st));
        }
        // "Benfica denied reports that Neves was sold to United", after
        // "United agreed a fee for Neves": a denial whose own subject holds
        // no claim inside the window answers the claim filed under another
        // name it mentions.
        if st.kind == StatementKind::Denial && !self.claims_about(&st.subject.key, st) {
            if let Some(o) = st
                .other_subjects
                .iter()
                .find(|o| self.claims_about(&o.key, st))
            {
                let surface = self.subjects[&o.key].surface.clone();
                return Some((o.key.clone(), surface));
            }
            // "Apple denied reports that it will buy Netflix", after the
            // headline "Apple to buy Netflix": what is claimed about the
            // speaker itself.
            // ("A military spokesman said no helicopters had been lost and
            // called the militants' claim propaganda", after "the
            // militants said they had shot down two army helicopters over
            // the Korra valley": the claimant it names tells which claim.)
            // (Not "Ana Costa denied reports that she owns a second home in
            // Lund", after "Ana Costa was elected mayor": a denial that
            // relays in its own post the claim it denies moves only to a
            // claim that shares a word with it.)
            let relays_its_claim = self.subjects.get(&st.subject.key).is_some_and(|s| {
                s.statements
                    .iter()
                    .any(|x| x.relayed && x.member.post_id == st.post_id)
            });
            if let Some(found) = self
                .claim_about_speaker(st)
                .or_else(|| self.claim_naming_subject(st))
                .or_else(|| self.subject_of_targeted_claim(st))
                .filter(|(key, _)| !relays_its_claim || self.claim_shares_a_word(key, st))
            {
                return Some(found);
            }
        }
        if st.kind == StatementKind::Assertion
            && st.predicate_class.is_some()
            && !self.claims_about(&st.subject.key, st)
        {
            if let Some(found) = self.claim_about_speaker(st) {
                return Some(found);
            }
        }
        // A topic nobody has claimed anything about yet: a denial by the
        // party the claims are about ("Acme Bank said there was no evidence
        // that customer data had been stolen"), or the same topic in fewer
        // or more words ("hot water cures the flu" against "drinking hot
        // water cures …").
        if st.subject.kind == "topic" && !self.subjects.contains_key(&st.subject.key) {
            if let Some(found) = self
                .claim_about_speaker(st)
                .or_else(|| self.same_topic(st))
                .or_else(|| self.claim_naming_topic(st))
                .or_else(|| self.claim_it_counters(st))
            {
                return Some(found);
            }
        }
        self.alias_of(&st.subject.key, &st.subject.kind)
            .or_else(|| self.acronym_of(&st.subject.key))
            .or_else(|| self.joined_form_of(&st.subject.key))
            .or_else(|| self.business_form_of(&st.subject.key, &st.subject.kind))
    }

    /// One business named with and without the word that ends its name
    /// ("Silvergate Bank" in one post, "Silvergate" in another): the
    /// subject already held under the other form, when exactly one
    /// matches. People and places are left alone.
    fn business_form_of(&self, key: &str, kind: &str) -> Option<(String, String)> {
        if self.subjects.contains_key(key) || kind == "place" || kind == "person" {
            return None;
        }
        let found: Vec<&SubjectState> = match claimwatch_extract::business_base(key) {
            Some(base) => self.subjects.get(base).into_iter().collect(),
            None => self
                .subjects
                .values()
                .filter(|s| claimwatch_extract::business_base(&s.key) == Some(key))
                .collect(),
        };
        the_only(found)
    }

    /// A name written as one word in one post and as words in another
    /// (the handle "alanbrooks" of the author who denies, "Senator Alan
    /// Brooks" in the report): the subject already held under the other
    /// form, when exactly one matches.
    fn joined_form_of(&self, key: &str) -> Option<(String, String)> {
        if self.subjects.contains_key(key) {
            return None;
        }
        let joined = key.replace('-', "");
        if joined.len() < 6 || !joined.chars().all(|c| c.is_alphanumeric()) {
            return None;
        }
        let found: Vec<&SubjectState> = self
            .subjects
            .values()
            // (The key itself is not held: the other form has hyphens
            // where this one has none, or the reverse.)
            .filter(|s| {
                s.key.contains('-') != key.contains('-') && s.key.replace('-', "") == joined
            })
            .collect();
        the_only(found)
    }

    /// For a denial about a topic of two words or more ("The weather
    /// service said no tsunami warning had been issued"): the one subject
    /// holding a claim by another party, inside the window, whose text
    /// names that topic word for word ("A tsunami warning has been issued
    /// for the Dunmore coast", filed under Dunmore).
    fn claim_naming_topic(&self, st: &Statement) -> Option<(String, String)> {
        if st.kind != StatementKind::Denial || !st.subject.key.contains('-') {
            return None;
        }
        let topic = st.subject.surface.to_lowercase();
        let names = |text: &str| {
            let text = text.to_lowercase();
            text.match_indices(&topic).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + topic.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        };
        let party = st.speaker.party.as_str();
        let found: Vec<&SubjectState> = self
            .subjects
            .values()
            .filter(|s| {
                self.claims_by_others(s, party, st.event_time)
                    .any(|a| names(&a.member.text))
            })
            .collect();
        the_only(found)
    }

    /// One organisation named by its initials in one post and in full in
    /// another ("NRU", "the National Rail Union"): the subject already held
    /// under the other form, when exactly one matches.
    fn acronym_of(&self, key: &str) -> Option<(String, String)> {
        if self.subjects.contains_key(key) {
            return None;
        }
        let initials = |k: &str| -> Option<String> {
            let words: Vec<&str> = k
                .split('-')
                .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "de"))
                .collect();
            (words.len() >= 2).then(|| words.iter().filter_map(|w| w.chars().next()).collect())
        };
        let acronym =
            |k: &str| (2..=6).contains(&k.len()) && k.chars().all(|c| c.is_ascii_lowercase());
        let found: Vec<&SubjectState> = if acronym(key) {
            self.subjects
                .values()
                .filter(|s| initials(&s.key).as_deref() == Some(key))
                .collect()
        } else {
            let mine = initials(key)?;
            self.subjects
                .values()
                .filter(|s| acronym(&s.key) && s.key == mine)
                .collect()
        };
        the_only(found)
    }

    /// For a denial in a post that replies to (or quotes) another: the
    /// subject where a claim of that post by another party is filed, inside
    /// the window. None when the statement is filed there already, or no
    /// claim of that post is known here.
    fn subject_of_answered_post(&self, st: &Statement) -> Option<(String, String)> {
        if st.kind != StatementKind::Denial || st.answers.is_empty() {
            return None;
        }
        let party = st.speaker.party.as_str();
        let answered = |s: &SubjectState| {
            self.claims_by_others(s, party, st.event_time)
                .any(|a| a.post_keys.iter().any(|k| st.answers.contains(k)))
        };
        if self.subjects.get(&st.subject.key).is_some_and(answered) {
            return None;
        }
        self.subjects
            .values()
            .find(|s| answered(s))
            .map(|s| (s.key.clone(), s.surface.clone()))
    }

    /// Whether claims by other parties than the speaker of `st` are filed
    /// under `key` inside the window.
    /// (A claim only relayed by `st`'s own post does not count: "Apple
    /// denied reports that it will buy Netflix" relays the reports it
    /// denies, and still answers the claim filed under Apple.)
    fn claims_about(&self, key: &str, st: &Statement) -> bool {
        self.subjects.get(key).is_some_and(|s| {
            self.claims_by_others(s, &st.speaker.party, st.event_time)
                .any(|x| !(x.relayed && x.member.post_id == st.post_id))
        })
    }

    /// Whether `key` holds a claim by another party than the speaker of
    /// `st`, inside the window, that shares a topic word with `st` beyond
    /// the words of `key`, of the speaker's party and of its name.
    fn claim_shares_a_word(&self, key: &str, st: &Statement) -> bool {
        let Some(subject) = self.subjects.get(key) else {
            return false;
        };
        // (Not the words of who speaks: "Lund police said …" shares
        // "police" with "Police said …".)
        let own = party_words(&st.speaker.party);
        let name = claimwatch_extract::topic_words(&st.speaker.name);
        let mut words = words_beyond(&st.text, key);
        words.retain(|w| {
            !own.contains(w) && !name.contains(w) && !claimwatch_extract::names_a_claim(w)
        });
        self.claims_by_others(subject, &st.speaker.party, st.event_time)
            .any(|x| {
                words_beyond(&x.member.text, key)
                    .iter()
                    .any(|w| words.contains(w))
            })
    }

    /// Whether `subject` holds a claim (assertion, confirmation or report)
    /// by another party than `party` inside the window around `at`.
    fn claimed_by_others(&self, subject: &SubjectState, party: &str, at: DateTime<Utc>) -> bool {
        self.claims_by_others(subject, party, at).next().is_some()
    }

    /// The claims (assertions, confirmations, reports) in `subject` by
    /// another party than `party` inside the window around `at`.
    fn claims_by_others<'s>(
        &self,
        subject: &'s SubjectState,
        party: &'s str,
        at: DateTime<Utc>,
    ) -> impl Iterator<Item = &'s Seen> + 's {
        let window = self.settings.window;
        subject.statements.iter().filter(move |x| {
            !same_party(&x.party, party)
                && matches!(
                    x.member.kind,
                    StatementKind::Assertion | StatementKind::Confirmation | StatementKind::Report
                )
                && within(x.member.time, at, window)
        })
    }

    /// The one subject inside the window whose key holds every word of the
    /// topic key of `st`, or whose words the topic key all holds: two words
    /// at least in common, and a claim (not only denials) filed under it.
    fn same_topic(&self, st: &Statement) -> Option<(String, String)> {
        let words: Vec<&str> = st.subject.key.split('-').collect();
        let found: Vec<&SubjectState> = self
            .subjects
            .values()
            .filter(|s| {
                let other: Vec<&str> = s.key.split('-').collect();
                let (small, large) = if other.len() < words.len() {
                    (&other, &words)
                } else {
                    (&words, &other)
                };
                small.len() >= 2
                    && small.iter().all(|w| large.contains(w))
                    && s.statements.iter().any(|x| {
                        matches!(
                            x.member.kind,
                            StatementKind::Assertion | StatementKind::Report
                        ) && within(x.member.time, st.event_time, self.settings.window)
                    })
            })
            .collect();
        the_only(found)
    }

    /// For a denial or confirmation that names no subject ("Boeing denied
    /// the report", "Ana Costa denied she had resigned"): the speaker
    /// itself, when others' claims about it are inside the window. People
    /// and organisations mostly deny what is said about them.
    ///
    /// So is a counter-claim whose own subject holds no claim ("My Las
    /// Vegas shows are not cancelled" in Adele's feed, after "Adele has
    /// cancelled her Las Vegas shows"): when others claim the opposite of
    /// it about the speaker.
    fn claim_about_speaker(&self, st: &Statement) -> Option<(String, String)> {
        let counter_class = st
            .predicate_class
            .as_deref()
            .filter(|_| st.kind == StatementKind::Assertion);
        if !matches!(st.kind, StatementKind::Denial | StatementKind::Confirmation)
            && counter_class.is_none()
        {
            return None;
        }
        let party = st.speaker.party.as_str();
        // ("Tarsk's foreign ministry denied the accusation": what is
        // claimed about Tarsk, whose ministry it is.)
        let possessor = || {
            let (owner, _) = st
                .speaker
                .name
                .split_once("'s ")
                .or_else(|| st.speaker.name.split_once("’s "))?;
            let key = claimwatch_extract::key_of(owner, claimwatch_extract::Lexicon::get(None));
            self.subjects.get(&key)
        };
        // ("The Lund agriculture agency said it was not aware of any
        // second case": what is claimed about Lund, whose agency it is.)
        let place_of_body = || {
            // (Not the first word of a longer name: "United Nations",
            // "New York Times".)
            let (first, rest) = party.split_once('-')?;
            (!rest.is_empty() && !NOT_FIRST_NAMES.contains(&first))
                .then(|| self.subjects.get(first))?
        };
        let subject = match self
            .subjects
            .get(party)
            .or_else(possessor)
            .or_else(place_of_body)
        {
            Some(s) => s,
            None => {
                let Some((key, _)) = self.alias_of(party, "person") else {
                    // (A counter-claim answers what is said of the speaker
                    // itself, not every claim that names it.)
                    return counter_class
                        .is_none()
                        .then(|| self.claim_naming_speaker(st))
                        .flatten();
                };
                self.subjects.get(&key)?
            }
        };
        // ("I never said that", in her own feed, after an outlet reported
        // that she said it: her own claim, as another feed put it.)
        let disowned = || {
            st.kind == StatementKind::Denial
                && claimwatch_extract::disowns(&st.cues)
                && subject.statements.iter().any(|x| {
                    x.party == party
                        && x.member.kind == StatementKind::Assertion
                        && !x.relayed
                        && x.member.source_id != st.source_id
                        && within(x.member.time, st.event_time, self.settings.window)
                })
        };
        // (A counter-claim that names something answers a claim that names
        // it too: "My Las Vegas shows …" the claim that she "cancelled her
        // Las Vegas shows", not every claim about her.)
        let named = claimwatch_extract::topic_words(&st.subject.key.replace('-', " "));
        let claimed = match counter_class {
            Some(own) => self
                .claims_by_others(subject, party, st.event_time)
                .any(|x| {
                    x.predicate_class
                        .as_deref()
                        .is_some_and(|c| claimwatch_extract::predicate_classes_opposed(c, own))
                        && names_words(x, &named)
                }),
            // ("Lund police said they were not looking for any other
            // suspects", after "Police said two men had been arrested in
            // Lund": a denial read from a negation alone, with no event
            // and nothing it targets, answers a claim about its speaker
            // only when it shares a word with it beyond the speaker's
            // name; "Shell said it was not in talks with BP" does.)
            None if negation_alone(st) => self.claim_shares_a_word(&subject.key, st) || disowned(),
            None => self.claimed_by_others(subject, party, st.event_time) || disowned(),
        };
        claimed.then(|| (subject.key.clone(), subject.surface.clone()))
    }

    /// "Leon Varga's agent dismissed the reports", after "United have
    /// agreed a deal to sign Leon Varga": the one subject inside the window
    /// where another party's claim names the speaker's party in its words,
    /// though the claim is filed under another name. None when two
    /// subjects could be meant.
    fn claim_naming_speaker(&self, st: &Statement) -> Option<(String, String)> {
        let words = party_words(&st.speaker.party);
        if words.is_empty() {
            return None;
        }
        self.only_subject_where(st, |x| names_words(x, &words))
    }

    /// "The election board said there was no evidence that any ballots
    /// had been destroyed", after "… claimed that thousands of ballots
    /// were destroyed in Velda County" (filed under the county): the one
    /// subject inside the window where another party claims the same kind
    /// of event in words that name the denial's subject.
    fn claim_naming_subject(&self, st: &Statement) -> Option<(String, String)> {
        let class = st.predicate_class.as_deref()?;
        let words = claimwatch_extract::topic_words(&st.subject.key.replace('-', " "));
        if words.is_empty() {
            return None;
        }
        self.only_subject_where(st, |x| {
            x.predicate_class
                .as_deref()
                .is_some_and(|c| compatible(Some(c), Some(class)))
                && names_words(x, &words)
        })
    }

    /// For a denial that names neither subject nor claimant but an event
    /// ("Reports of its capture are lies", after "Rebels seize Tarsk
    /// airport"): the one subject inside the window where another party
    /// claims that kind of event (or its opposite). None when two subjects
    /// could be meant.
    fn only_claim_of_its_kind(&self, st: &Statement) -> Option<(String, String)> {
        // (A denial by nobody known is too weak a hint to move.)
        let party = st.speaker.party.as_str();
        if st.kind != StatementKind::Denial || matches!(party, "unknown" | "unattributed") {
            return None;
        }
        let class = st.predicate_class.as_deref()?;
        self.only_subject_where(st, |x| {
            x.predicate_class
                .as_deref()
                .is_some_and(|c| compatible(Some(c), Some(class)))
        })
    }

    /// "Ukrainian officials said the plant remained under Ukrainian
    /// control", after "Russian forces have seized the Zaporizhzhia nuclear
    /// power plant": an assertion that names no subject of its own but
    /// refers to something ("the plant") is filed under the one subject
    /// inside the window where another party claims the opposite event in
    /// words that name it. None when two subjects could be meant.
    ///
    /// So is a denial of "the claim" that names no claimant and no subject
    /// but says what it is about ("The army said the claim was false and
    /// that the palace was in its hands", after "The rebels claimed to have
    /// taken the presidential palace"): under the one subject where another
    /// party claims an event it does not name otherwise, in words that name
    /// what it refers to.
    fn claim_it_counters(&self, st: &Statement) -> Option<(String, String)> {
        let party = st.speaker.party.as_str();
        if matches!(party, "unknown" | "unattributed") {
            return None;
        }
        // Whether a claim of the event class `c` is one `st` answers.
        let answers = |c: Option<&str>| -> bool {
            match (st.kind, st.predicate_class.as_deref()) {
                (StatementKind::Assertion, Some(own)) => {
                    c.is_some_and(|c| claimwatch_extract::predicate_classes_opposed(c, own))
                }
                (StatementKind::Denial, own) => compatible(c, own),
                _ => false,
            }
        };
        let bare_denial = st.kind == StatementKind::Denial
            && st.target.as_ref().is_some_and(|t| t.party.is_none());
        // ('"They are lying. No helicopter was lost," an army spokesman
        // said': a denial by a word that denies, of no target, saying what
        // was not so after "no".)
        let verdict = st.kind == StatementKind::Denial
            && st.target.is_none()
            && claimwatch_extract::decides_by_word(&st.cues);
        if !(st.kind == StatementKind::Assertion || bare_denial || verdict) {
            return None;
        }
        // What it refers to: the nouns it names after "the" ("the plant",
        // "the palace"), or after "no" in a verdict; not its own side nor
        // the claim itself.
        let own = party_words(party);
        let words: Vec<String> = st
            .text
            .split_whitespace()
            .zip(st.text.split_whitespace().skip(1))
            .filter(|(the, _)| {
                // (A verdict has no target; a bare denial has one. Either
                // may open a quotation: '"The dam is intact," …'.)
                let the = the.trim_start_matches(['"', '“', '\'', '‘']);
                the.eq_ignore_ascii_case(if verdict { "no" } else { "the" })
            })
            .flat_map(|(_, noun)| claimwatch_extract::topic_words(noun))
            .filter(|w| !own.contains(w) && !claimwatch_extract::names_a_claim(w))
            .collect();
        if words.is_empty() {
            return None;
        }
        self.only_subject_where(st, |x| {
            answers(x.predicate_class.as_deref())
                && claimwatch_extract::topic_words(&x.member.text)
                    .iter()
                    .any(|w| words.contains(w))
        })
    }

    /// "The electoral commission said the video had been debunked", after
    /// "Video shows soldiers burning ballots in Kesh": a denial that names
    /// no subject but a medium ([`claimwatch_extract::named_media`]) is
    /// filed under the one subject inside the window holding a relayed
    /// claim that names that medium. None when two subjects could be meant.
    fn medium_of_relayed_claim(&self, st: &Statement) -> Option<(String, String)> {
        if st.kind != StatementKind::Denial {
            return None;
        }
        let media = claimwatch_extract::named_media(&st.text);
        if media.is_empty() {
            return None;
        }
        self.only_subject_where(st, |x| x.relayed && holds_any_word(&x.member.text, &media))
    }

    /// The one subject inside the window around `st` holding a claim by
    /// another party than its speaker that passes `test`; None when none
    /// or two do (the statement could mean either).
    fn only_subject_where(
        &self,
        st: &Statement,
        test: impl Fn(&Seen) -> bool,
    ) -> Option<(String, String)> {
        let party = st.speaker.party.as_str();
        the_only(
            self.subjects
                .values()
                .filter(|s| self.claims_by_others(s, party, st.event_time).any(&test)),
        )
    }

    /// One person named two ways across posts ("Putin" in one, "Vladimir
    /// Putin" in another): the subject already held under the other form,
    /// when exactly one matches. Places are left alone ("Sudan" is not
    /// "South Sudan").
    fn alias_of(&self, key: &str, kind: &str) -> Option<(String, String)> {
        if self.subjects.contains_key(key) || kind == "place" || kind == "organisation" {
            return None;
        }
        let person_like = |s: &SubjectState| {
            let words: Vec<&str> = s.surface.split_whitespace().collect();
            words.len() == 2
                && words
                    .iter()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && !NOT_FIRST_NAMES.contains(&words[0].to_lowercase().as_str())
        };
        let parts: Vec<&str> = key.split('-').collect();
        let particle = |p: &str| claimwatch_extract::NAME_PARTICLES.contains(&p);
        let family_first = claimwatch_extract::family_name_first;
        let found: Vec<&SubjectState> = match parts.as_slice() {
            // A family name written first ("Kim" for "Kim Jong Un", "Xi"
            // for "Xi Jinping"): the full name that opens with it.
            [family] if family_first(family) => {
                let prefix = format!("{family}-");
                self.subjects
                    .values()
                    .filter(|s| {
                        s.key.starts_with(&prefix) && (1..=2).contains(&s.key.matches('-').count())
                    })
                    .filter(|s| {
                        s.surface
                            .split_whitespace()
                            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
                    })
                    .collect()
            }
            // And the full name when that family name is already a subject.
            [family, _, ..] if family_first(family) && self.subjects.contains_key(*family) => {
                self.subjects.get(*family).into_iter().collect()
            }
            // A surname with its particle ("al-baghdadi"): the full name
            // ending in it.
            [p, _] if particle(p) => {
                let suffix = format!("-{key}");
                self.subjects
                    .values()
                    .filter(|s| s.key.ends_with(&suffix))
                    .collect()
            }
            // A full name whose surname (with its particle: "abu-bakr-
            // al-baghdadi") is already a subject.
            [.., p, surname] if particle(p) => self
                .subjects
                .get(&format!("{p}-{surname}"))
                .into_iter()
                .collect(),
            [_, surname] => self.subjects.get(*surname).into_iter().collect(),
            [_, _, ..] => Vec::new(),
            _ => {
                let suffix = format!("-{key}");
                self.subjects
                    .values()
                    .filter(|s| s.key.ends_with(&suffix) && s.key.matches('-').count() == 1)
                    .filter(|s| person_like(s))
                    .collect()
            }
        };
        // A handle that writes a name as one word ("liamarn",
        // "liamarnofficial", "thereallia_marn" for "Lia Marn").
        let found = if found.is_empty() {
            let handle = key
                .strip_suffix("official")
                .or_else(|| key.strip_prefix("thereal"))
                .or_else(|| key.strip_prefix("real"))
                .unwrap_or(key)
                .replace(['-', '_'], "");
            self.subjects
                .values()
                .filter(|s| s.key.contains('-') && s.key.replace('-', "") == handle)
                .filter(|s| person_like(s))
                .collect()
        } else {
            found
        };
        the_only(found)
    }

    /// For a denial (or retraction) without a subject but with a targeted
    /// party: the subject of that party's latest claim inside the window.
    /// Only subjects this instance has loaded are searched.
    fn subject_of_targeted_claim(&self, st: &Statement) -> Option<(String, String)> {
        if !matches!(st.kind, StatementKind::Denial | StatementKind::Retraction) {
            return None;
        }
        let party = match (&st.target, st.kind) {
            (Some(t), _) if t.party.is_some() => t.party.clone()?,
            (_, StatementKind::Retraction) => st.speaker.party.clone(),
            _ => return None,
        };
        self.subjects
            .values()
            .flat_map(|s| s.statements.iter().map(move |x| (s, x)))
            .filter(|(_, x)| {
                names_claimant(&party, &x.party, &x.member.speaker.name)
                    && !x.relayed
                    && matches!(
                        x.member.kind,
                        StatementKind::Assertion | StatementKind::Confirmation
                    )
                    && within(x.member.time, st.event_time, self.settings.window)
            })
            .max_by(|a, b| {
                a.1.member
                    .time
                    .cmp(&b.1.member.time)
                    .then(a.0.key.cmp(&b.0.key))
            })
            .map(|(s, _)| (s.key.clone(), s.surface.clone()))
    }

    /// Applies one statement.
    pub fn apply(&mut self, st: &Statement) -> Applied {
        // "The NRF rejected the Taliban's claims as lies." names no
        // subject: it targets the claimant's latest claim in the window;
        // "Putin" joins an earlier "Vladimir Putin". A resolved subject may
        // resolve again (a claimant's claim filed under a person's other
        // name), but never back to a key already tried: two rules that
        // point at each other's subject would otherwise recurse without
        // end and take the stage down on one statement.
        let mut tried: Vec<String> = vec![st.subject.key.clone()];
        let mut resolved: Option<Statement> = None;
        while tried.len() <= MAX_RESOLUTIONS {
            let current = resolved.as_ref().unwrap_or(st);
            match self.resolve_subject(current) {
                Some((key, surface)) if !tried.contains(&key) => {
                    tried.push(key.clone());
                    let mut next = current.clone();
                    next.subject.key = key;
                    next.subject.surface = surface;
                    resolved = Some(next);
                }
                _ => break,
            }
        }
        self.apply_resolved(resolved.as_ref().unwrap_or(st))
    }

    /// Applies one statement whose subject is resolved.
    fn apply_resolved(&mut self, st: &Statement) -> Applied {
        if st.subject.key.is_empty() {
            return Applied::default();
        }
        let key = st.subject.key.clone();
        if st.kind == StatementKind::Question {
            return Applied::default();
        }
        let window = self.settings.window;
        let subject = self
            .subjects
            .entry(key.clone())
            .or_insert_with(|| SubjectState {
                schema: LINK_STATE_SCHEMA.to_string(),
                key: key.clone(),
                surface: st.subject.surface.clone(),
                ..Default::default()
            });
        if subject.applied.iter().any(|id| id == &st.id) {
            return Applied::default();
        }
        subject.applied.push(st.id.clone());
        if subject.applied.len() > APPLIED_CAP {
            let excess = subject.applied.len() - APPLIED_CAP;
            subject.applied.drain(..excess);
        }
        let seen = Seen {
            member: member(st),
            party: st.speaker.party.clone(),
            predicate_class: st.predicate_class.clone(),
            target_party: st.target.as_ref().and_then(|t| t.party.clone()),
            relayed: st.kind == StatementKind::Report || st.speaker.party == "unattributed",
            cues_and_predicate: st
                .cues
                .iter()
                .cloned()
                .chain(st.predicate.clone())
                .collect(),
            topic: weak_claim_topic(st),
            post_keys: st
                .post_guid
                .iter()
                .chain(st.post_url.iter())
                .cloned()
                .collect(),
            answers: st.answers.clone(),
            bare_target: bare_target(st),
        };
        // Forget statements that fell out of the window (event time).
        let newest = subject
            .statements
            .iter()
            .map(|s| s.member.time)
            .chain(std::iter::once(st.event_time))
            .max()
            .unwrap_or(st.event_time);
        subject
            .statements
            .retain(|s| newest - s.member.time <= window);
        let mut changed: BTreeSet<String> = BTreeSet::new();
        // A contested claim nobody has spoken to for a whole window (event
        // time) goes stale: later statements about the subject start a new
        // one. Closed claims older than two windows leave the state (their
        // last version stays on the compacted topic), so it stays bounded.
        for c in subject.clusters.values_mut() {
            if c.status == ContestStatus::Contested && newest - c.last_updated > window {
                c.status = ContestStatus::Stale;
                changed.insert(c.id.clone());
            }
        }
        subject.clusters.retain(|id, c| {
            changed.contains(id)
                || c.status == ContestStatus::Contested
                || newest - c.last_updated <= window * 2
        });
        match st.kind {
            StatementKind::Assertion | StatementKind::Report | StatementKind::Confirmation => {
                link_assertion(subject, &seen, window, &mut changed);
            }
            StatementKind::Denial => link_denial(subject, &seen, window, &mut changed),
            StatementKind::Retraction => {
                link_retraction(subject, &seen, window, &mut changed);
            }
            StatementKind::Question => {}
        }
        subject.statements.push(seen);
        let mut out = Vec::new();
        for id in &changed {
            if let Some(c) = subject.clusters.get_mut(id) {
                c.version += 1;
                refresh(c);
                out.push(c.clone());
            }
        }
        Applied {
            changed: out,
            state: Some(subject.clone()),
        }
    }
}

/// "President Arlen claimed that millions of illegal votes were cast": a
/// claim of an event (a predicate class) that names no subject, made by a
/// named claimant in its own voice, is filed under the claimant, so that a
/// denial of "the claim", of the claimant's claim or of that kind of event
/// finds it.
fn claimant_as_subject(st: &Statement) -> Option<(String, String)> {
    let party = st.speaker.party.as_str();
    (st.kind == StatementKind::Assertion
        && st.predicate_class.is_some()
        && !matches!(party, "" | "unknown" | "unattributed" | "author")
        && st.speaker.attribution != Attribution::Author
        && st.speaker.name.chars().any(char::is_uppercase))
    .then(|| (party.to_string(), st.speaker.name.clone()))
}

/// The key and surface of the one subject `found` holds; `None` when it
/// holds none or several (then which one is meant would be a guess).
fn the_only<'s>(found: impl IntoIterator<Item = &'s SubjectState>) -> Option<(String, String)> {
    let mut found = found.into_iter();
    match (found.next(), found.next()) {
        (Some(one), None) => Some((one.key.clone(), one.surface.clone())),
        _ => None,
    }
}

fn within(a: DateTime<Utc>, b: DateTime<Utc>, window: Duration) -> bool {
    (a - b).abs() <= window
}

fn push_reason(c: &mut ContestedClaim, s: &Seen, rule: &str, score: f32) {
    c.links.push(LinkReason {
        statement_id: s.member.statement_id.clone(),
        rule: rule.to_string(),
        subject: c.subject.key.clone(),
        matched: s.cues_and_predicate.clone(),
        score,
    });
}

/// A new contested claim founded by `first`, with its predicate class.
fn new_cluster(subject: &SubjectState, first: &Seen) -> ContestedClaim {
    ContestedClaim {
        schema: CONTESTED_SCHEMA.to_string(),
        id: stable_id("c", &[&subject.key, &first.member.statement_id]),
        version: 0,
        status: ContestStatus::Contested,
        subject: ClaimSubject {
            key: subject.key.clone(),
            surface: subject.surface.clone(),
        },
        claim: first
            .member
            .quote
            .clone()
            .unwrap_or_else(|| first.member.text.clone()),
        predicate: first.predicate_class.clone(),
        assertions: vec![first.member.clone()],
        denials: Vec::new(),
        parties: Sides::default(),
        counts: Counts::default(),
        first_seen: first.member.time,
        last_updated: first.member.time,
        links: vec![LinkReason {
            statement_id: first.member.statement_id.clone(),
            rule: "claim".to_string(),
            subject: subject.key.clone(),
            matched: first.cues_and_predicate.clone(),
            score: 1.0,
        }],
    }
}

/// A denial that targets a claim by its noun alone ("the claim", "these
/// reports"), naming no claimant, and names no event of its own.
fn bare_target(st: &Statement) -> bool {
    let Some(target) = st.target.as_ref().filter(|t| t.party.is_none()) else {
        return false;
    };
    if st.kind != StatementKind::Denial || st.predicate_class.is_some() {
        return false;
    }
    let grammar = &claimwatch_extract::Lexicon::get(None).grammar;
    let lower = target.text.to_lowercase();
    // ("denied reports that she owns a second home": a target followed by
    // what it claims is not bare.)
    let states_the_claim = || {
        let text = st.text.to_lowercase();
        text.find(&lower).is_some_and(|at| {
            text[at + lower.len()..]
                .split_whitespace()
                .next()
                .is_some_and(|w| w == "that")
        })
    };
    match lower.split_whitespace().collect::<Vec<_>>().as_slice() {
        [noun] | [_, noun] => grammar.claim_nouns.contains(noun) && !states_the_claim(),
        _ => false,
    }
}

/// Can a denial about `denied` be about a claim about `claimed`? Yes when
/// either names no predicate, or both name the same kind of event (or
/// opposite ones: "still hold" against "captured"; or overlapping ones:
/// "stolen" against "breached"); "denied a chemical attack" does not
/// contest "captured the airport".
fn compatible(claimed: Option<&str>, denied: Option<&str>) -> bool {
    match (claimed, denied) {
        (Some(a), Some(d)) => {
            a == d
                || claimwatch_extract::predicate_classes_opposed(a, d)
                || claimwatch_extract::predicate_classes_overlap(a, d)
        }
        _ => true,
    }
}

/// Does a denial's target (a party key: "taliban", "kamau") name the
/// claimant of an assertion by `party` spoken by `speaker`? Its party, or
/// the speaker's name, whole or by surname ("Kamau's claim" targets
/// "Opposition leader Ruto Kamau", whose party is the opposition).
fn names_claimant(target: &str, party: &str, speaker: &str) -> bool {
    // ("the Houthi claim" names "Houthi forces": the distinctive word
    // before the group's generic head.)
    if same_party(target, party)
        || party
            .strip_prefix(target)
            .is_some_and(|rest| rest.starts_with('-'))
    {
        return true;
    }
    // The target's words against the name's last words, from the end,
    // without allocating (this runs for every assertion a denial meets).
    let mut words = speaker
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev();
    target.rsplit('-').all(|t| {
        words
            .next()
            .is_some_and(|w| w.chars().flat_map(char::to_lowercase).eq(t.chars()))
    })
}

/// The `topic` of a statement (see [`Seen::topic`]).
fn weak_claim_topic(st: &Statement) -> Vec<String> {
    if st.kind != StatementKind::Assertion
        || st.speaker.attribution != Attribution::Author
        || st.predicate_class.is_some()
    {
        return Vec::new();
    }
    words_beyond(&st.text, &st.subject.key)
}

/// Whether two party keys name one side: the same key, or one name
/// as a group's plural and the other as its singular ("The Houthis said …"
/// and "A Houthi spokesman denied …": `houthis` and `houthi`).
fn same_party(a: &str, b: &str) -> bool {
    let plural_of = |one: &str, many: &str| {
        !one.contains('-') && one.len() > 2 && many.strip_suffix('s') == Some(one)
    };
    a == b || plural_of(a, b) || plural_of(b, a)
}

/// The topic words of a party's key (`tomas-arlen` → `tomas`, `arlen`).
fn party_words(party: &str) -> Vec<String> {
    claimwatch_extract::topic_words(&party.replace('-', " "))
}

/// Does claim `a` name `party` (every word of it), other than as its speaker?
fn names_party(a: &Seen, party: &str) -> bool {
    let words = party_words(party);
    !same_party(&a.party, party) && !words.is_empty() && names_words(a, &words)
}

/// Are all of `words` (a party's, see [`party_words`]) topic words of
/// claim `a`'s text?
fn names_words(a: &Seen, words: &[String]) -> bool {
    // (A byte search first: most claims do not name the party, and their
    // topic words need not be worked out.)
    let text = a.member.text.as_bytes();
    let mentions = |w: &String| {
        text.windows(w.len())
            .any(|win| win.eq_ignore_ascii_case(w.as_bytes()))
    };
    words.iter().all(mentions) && {
        let claimed = claimwatch_extract::topic_words(&a.member.text);
        words.iter().all(|w| claimed.contains(w))
    }
}

/// Whether `st` is a denial read from a negation alone: no word of
/// denying among its cues, no event of the lexicon and no claim it
/// targets ("Shell said it was not in talks with BP").
fn negation_alone(st: &Statement) -> bool {
    st.kind == StatementKind::Denial
        && st.predicate_class.is_none()
        && st.target.is_none()
        && st.subject.key.is_empty()
        && !claimwatch_extract::decides_by_word(&st.cues)
}

/// The topic words of `text` that are not words of the subject `key`.
fn words_beyond(text: &str, key: &str) -> Vec<String> {
    let subject = claimwatch_extract::topic_words(key);
    let mut words = claimwatch_extract::topic_words(text);
    words.retain(|w| !subject.contains(w));
    words
}

/// A denial's topic words, worked out once and only when a rule asks (most
/// comparisons are settled by party, window and predicate first). The
/// words of the denier's own name are left out: "Acme Bank denied that
/// data was stolen" shares nothing with "Acme Bank opens an office" but
/// the name of who speaks.
struct DenialWords<'d> {
    /// The denial whose words these are.
    denial: &'d Seen,
    words: std::cell::OnceCell<Vec<String>>,
    /// The words of the clause it denies (worked out once too: every claim
    /// of the subject may ask).
    clause_words: std::cell::OnceCell<Vec<String>>,
    /// The media it names ("the video"), asked of every relayed claim.
    media: std::cell::OnceCell<Vec<String>>,
}

impl<'d> DenialWords<'d> {
    fn of(d: &'d Seen) -> Self {
        DenialWords {
            denial: d,
            words: std::cell::OnceCell::new(),
            clause_words: std::cell::OnceCell::new(),
            media: std::cell::OnceCell::new(),
        }
    }
    fn media(&self) -> &[String] {
        self.media
            .get_or_init(|| claimwatch_extract::named_media(&self.denial.member.text))
    }
    fn words(&self) -> &[String] {
        self.words.get_or_init(|| {
            let own = party_words(&self.denial.party);
            let mut words = claimwatch_extract::topic_words(&self.denial.member.text);
            words.retain(|w| !own.contains(w));
            words
        })
    }
    fn contain_any(&self, of: &[String]) -> bool {
        let words = self.words();
        of.iter().any(|w| words.contains(w))
    }
    /// Whether the denial denies a proposition of its own beyond the
    /// subject `key`: after a verb of denying that takes a clause, a topic
    /// word that is neither the subject's nor a claim's name ("denied that
    /// civilians had been targeted in Tarsk": "civilians", "targeted").
    /// "dismissed the reports about Tarsk", "the story is a hoax" deny no
    /// proposition of their own.
    fn deny_more_than(&self, key: &str) -> bool {
        let words = self.clause_words.get_or_init(|| {
            let Some(after) = clause_after_denial(self.denial) else {
                return Vec::new();
            };
            // ("denied the accusation and said its forces had observed
            // the truce": it denies the claim, and says more besides.)
            if claimwatch_extract::only_names_a_claim(after) {
                return Vec::new();
            }
            let own = party_words(&self.denial.party);
            let mut words = claimwatch_extract::topic_words(after);
            words.retain(|w| !own.contains(w) && !claimwatch_extract::names_a_claim(w));
            words
        });
        !words.is_empty() && {
            let subject = claimwatch_extract::topic_words(key);
            words.iter().any(|w| !subject.contains(w))
        }
    }
    /// Whether the denial is a bare verdict: no topic word beyond the
    /// subject `key`, its speaker and the names of a claim ("Fake news.",
    /// "These reports are false").
    fn bare(&self, key: &str) -> bool {
        let subject = claimwatch_extract::topic_words(key);
        self.words()
            .iter()
            .all(|w| subject.contains(w) || claimwatch_extract::names_a_claim(w))
    }

    /// Whether the denial shares a topic word with claim `a` beyond the
    /// words of the subject `key` they are filed under.
    fn share_beyond(&self, a: &Seen, key: &str) -> bool {
        self.contain_any(&words_beyond(&a.member.text, key))
    }
}

/// The words of denial `d` after its first verb of denying that takes a
/// clause (`grammar.clause_denials`: "denied"), if it has one.
fn clause_after_denial(d: &Seen) -> Option<&str> {
    let text = &d.member.text;
    d.member
        .cues
        .iter()
        .filter(|c| claimwatch_extract::denies_a_clause(c))
        .find_map(|c| {
            // (A byte search that ignores ASCII case: the offset stays one
            // of the original text, whatever else it holds.)
            let at = text
                .as_bytes()
                .windows(c.len())
                .position(|w| w.eq_ignore_ascii_case(c.as_bytes()))?;
            text.get(at + c.len()..)
        })
}

/// Is the denial with `words` about what `a` claims, as far as its topic
/// words tell (always, for a claim without any)?
fn on_topic(a: &Seen, words: &DenialWords<'_>) -> bool {
    a.topic.is_empty() || words.contain_any(&a.topic)
}

/// Is the claimant that denial `d` targets ("the Daily Planet report")
/// among the claims of `statements` inside the window (or does `d` target
/// nobody)? When it is not, the denial answers whoever else made the claim:
/// an outlet repeating the Planet's story makes the Planet's claim.
/// (Relayed claims do not count: "denied the Planet's report that …" relays
/// the Planet's claim as its denier tells it, and the outlet's headline
/// that makes the same claim is still what the denial answers.)
fn claimant_seen(statements: &[Seen], d: &Seen, window: Duration) -> bool {
    d.target_party.as_ref().is_none_or(|t| {
        statements.iter().any(|s| {
            s.member.kind != StatementKind::Denial
                && !s.relayed
                && within(s.member.time, d.member.time, window)
                && names_claimant(t, &s.party, &s.member.speaker.name)
        })
    })
}

/// Does denial `d` target assertion `a`, both filed under the subject
/// `key`? When `d` targets a claimant with no claim here
/// (`claimant_unseen`, see [`claimant_seen`]), `d` answers `a` only when
/// the two share a topic word beyond the subject ("… a Daily Planet report
/// that she had quit Stormfront" answers "Mara Volk quits Stormfront", not
/// "Mara Volk to tour Japan").
fn contradicts(
    a: &Seen,
    d: &Seen,
    words: &DenialWords<'_>,
    window: Duration,
    key: &str,
    claimant_unseen: bool,
) -> Option<(&'static str, f32)> {
    // ("No helicopters had been lost", said of "the militants' claim" to
    // have shot two down: a denial that names the claimant answers its
    // claim though its own event is only the verb of a negated phrase.)
    let targets_claimant = || {
        d.target_party
            .as_ref()
            .is_some_and(|t| names_claimant(t, &a.party, &a.member.speaker.name))
            && d.predicate_class
                .as_deref()
                .is_some_and(|c| !claimwatch_extract::is_predicate_class(c))
    };
    if !within(a.member.time, d.member.time, window)
        || !(compatible(a.predicate_class.as_deref(), d.predicate_class.as_deref())
            || targets_claimant())
    {
        return None;
    }
    if same_party(&a.party, &d.party) {
        // "I never said the fuel tax would double", in her own feed, after
        // an outlet reported that she said it: the one the claim is
        // attributed to disowns it.
        // (Both rules: a denial, in another feed, of what one of the
        // party's voices asserted itself.)
        let other_voice = d.member.kind == StatementKind::Denial
            && a.member.kind == StatementKind::Assertion
            && !a.relayed
            && a.member.source_id != d.member.source_id;
        // (A bare "I never said that." disowns whatever was attributed.)
        let disowned = other_voice
            && claimwatch_extract::disowns(&d.cues_and_predicate)
            && (words.share_beyond(a, key) || words.bare(key));
        // "The actor has died, his family announced" and then "his
        // publicist called the reports a hoax": about the party itself, one
        // of its voices (in another feed) answers the event another one
        // asserted. (About anything else a side that denies what it said
        // before is not contesting it.)
        let own_side = other_voice
            && key == d.party
            && a.predicate_class.is_some()
            && d.predicate_class.is_some()
            && claimwatch_extract::decides_by_word(&d.cues_and_predicate);
        return if disowned {
            Some(("disowned_by_claimant", 0.8))
        } else {
            own_side.then_some(("denied_by_own_side", 0.7))
        };
    }
    // ("No, he didn't.", in a reply to the post that claims it.)
    if d.answers.iter().any(|k| a.post_keys.contains(k)) {
        return Some(("denial_answers_post", 0.9));
    }
    // ("Apple denied reports that it will buy Netflix": the claim the
    // denial relays in its own sentence is what it denies, whatever words
    // the two share.)
    if a.relayed
        && a.member.post_id == d.member.post_id
        && d.member.text.contains(a.member.text.as_str())
    {
        return Some(("denial_relays_claim", 1.0));
    }
    match &d.target_party {
        Some(t) if names_claimant(t, &a.party, &a.member.speaker.name) => {
            Some(("denial_targets_party", 1.0))
        }
        Some(_) => {
            (claimant_unseen && words.share_beyond(a, key)).then_some(("denial_on_subject", 0.6))
        }
        // "Shell said it was not in talks with BP": a denial read from a
        // negation alone, with no event class, is about a claim only when
        // the two share a word beyond the subject ("talks"), not about
        // anything else said of the subject.
        // (Or when the claim names the denier: "Madrid have signed Kylian
        // Okafor" and "Okafor's representatives said no agreement exists
        // with Madrid".)
        None if negation_only(d) => (words.share_beyond(a, key) || names_party(a, &d.party))
            .then_some(("denial_on_subject", 0.6)),
        // ("The commission said the video had been debunked", of what
        // "Video shows …" relayed: the medium is what it denies.)
        None if a.relayed
            && d.member.kind == StatementKind::Denial
            && holds_any_word(&a.member.text, words.media()) =>
        {
            Some(("denial_names_medium", 0.6))
        }
        // ("called the claim a lie", filed where another party's claim is:
        // that claim is what it calls a lie.)
        None if d.bare_target && !a.relayed => Some(("denial_of_the_claim", 0.6)),
        // (A denial of an event — a death, a capture — answers a claim that
        // names no event only when the two share a word beyond the subject:
        // "the army denied civilians were killed in Tarsk" does not answer
        // "Tarsk airport will reopen on Monday".)
        // (A claim that names no event either is answered only by a
        // denial that shares a word beyond the subject with it, or by the
        // party the claim is about or names: "Boeing denied the report".)
        // (And a denial that names an event of its own, though not one of
        // the predicate classes, answers a claim of an event only when the
        // two share a word beyond the subject: "the army denied civilians
        // were targeted in Tarsk" does not answer "rebels captured the
        // airport in Tarsk".)
        // (A bare verdict by the one the claim is about — "Fake news.",
        // in the footballer's own feed — answers what is said of them,
        // whatever the claim's words.)
        None => ((on_topic(a, words) || (key == d.party && words.bare(key)))
            && ((a.predicate_class.is_some()
                && (d.predicate_class.is_some() || !words.deny_more_than(key)))
                || words.share_beyond(a, key)
                // (Not "Ana Costa denied reports that she owns a second
                // home in Lund", of her election: a denial by the one the
                // claim is about, or names, that says what it denies and
                // shares no word with it.)
                || (key == d.party || names_party(a, &d.party)) && !words.deny_more_than(key)))
        .then_some(("denial_on_subject", 0.7)),
    }
}

/// Does `text` hold one of `words` (lowercase) as a word of its own?
/// ("Video shows …" holds "video".) Without allocating: it runs for every
/// relayed claim a denial that names a medium meets.
fn holds_any_word(text: &str, words: &[String]) -> bool {
    !words.is_empty()
        && text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| words.iter().any(|m| w.eq_ignore_ascii_case(m)))
}

/// A denial with neither an event class nor a target nor a word that
/// denies by its meaning: one read from a negation ("no new variant was
/// found", "it was not in talks").
fn negation_only(d: &Seen) -> bool {
    d.member.kind == StatementKind::Denial
        && d.predicate_class.is_none()
        && d.target_party.is_none()
        && !claimwatch_extract::decides_by_word(&d.cues_and_predicate)
}

/// Does the committed assertion `answer` contradict the earlier `claim`
/// (committed or only relayed) by an opposed predicate?
fn counter(claim: &Seen, answer: &Seen, window: Duration) -> bool {
    !same_party(&claim.party, &answer.party)
        && !answer.relayed
        && within(claim.member.time, answer.member.time, window)
        && match (&claim.predicate_class, &answer.predicate_class) {
            (Some(x), Some(y)) => claimwatch_extract::predicate_classes_opposed(x, y),
            _ => false,
        }
}

fn add_member(list: &mut Vec<Member>, m: &Member) -> bool {
    if list.iter().any(|x| x.statement_id == m.statement_id) {
        return false;
    }
    list.push(m.clone());
    list.sort_by(|a, b| {
        a.time
            .cmp(&b.time)
            .then(a.statement_id.cmp(&b.statement_id))
    });
    true
}

fn link_assertion(
    subject: &mut SubjectState,
    s: &Seen,
    window: Duration,
    changed: &mut BTreeSet<String>,
) {
    // Join an open cluster whose claimants are on this side: a paraphrase
    // or repetition of the same claim.
    let mut joined = false;
    for c in subject.clusters.values_mut() {
        if c.status == ContestStatus::Retracted || !within(c.last_updated, s.member.time, window) {
            continue;
        }
        let same_side = c.assertions.iter().any(|a| a.speaker.party == s.party)
            || (!c.denials.iter().any(|d| d.speaker.party == s.party)
                && (s.relayed
                    || s.predicate_class.is_none()
                    || c.predicate.is_none()
                    || c.predicate == s.predicate_class));
        let opposing = c.denials.iter().any(|d| d.speaker.party == s.party);
        if opposing && s.member.kind == StatementKind::Confirmation {
            // A denier that now confirms the claim ("Boeing later confirmed
            // it will cut the jobs") settles it.
            if add_member(&mut c.assertions, &s.member) {
                c.status = ContestStatus::Confirmed;
                push_reason(c, s, "confirmation_by_denier", 1.0);
                changed.insert(c.id.clone());
            }
            joined = true;
        } else if opposing {
            // A counter-assertion by a denying party strengthens the denial side.
            if add_member(&mut c.denials, &s.member) {
                push_reason(c, s, "counter_assertion_by_denier", 0.8);
                changed.insert(c.id.clone());
            }
            joined = true;
        } else if same_side {
            if add_member(&mut c.assertions, &s.member) {
                push_reason(c, s, "paraphrase", 0.8);
                if s.member.kind == StatementKind::Confirmation
                    && c.denials.iter().any(|d| d.speaker.party == s.party)
                {
                    c.status = ContestStatus::Confirmed;
                }
                changed.insert(c.id.clone());
            }
            joined = true;
        }
    }
    if joined {
        return;
    }
    // A new claim that an earlier denial already contradicts (relayed or
    // not: "Witnesses said troops fired on protesters" after the ministry
    // denied it is contested as it would be before).
    let denials: Vec<(Seen, &'static str, f32)> = subject
        .statements
        .iter()
        .filter(|d| d.member.kind == StatementKind::Denial)
        .filter_map(|d| {
            // (A new claim by the targeted claimant itself is settled by the
            // target, before this matters.)
            let unseen = !claimant_seen(&subject.statements, d, window);
            contradicts(s, d, &DenialWords::of(d), window, &subject.key, unseen)
                .map(|(r, sc)| (d.clone(), r, sc))
        })
        .collect();
    if !denials.is_empty() {
        let mut c = new_cluster(subject, s);
        for (d, rule, score) in denials {
            add_member(&mut c.denials, &d.member);
            push_reason(&mut c, &d, rule, score);
        }
        changed.insert(c.id.clone());
        subject.clusters.insert(c.id.clone(), c);
        return;
    }
    // A counter-assertion of an earlier claim ("the army remains in control
    // of Goma" after "rebels seized Goma"; "I am alive" after rumours of a
    // death): the earlier claim is what is contested, the new one contests
    // it. (Not a relayed claim: a rumour counters nothing.)
    if s.relayed {
        return;
    }
    let Some(claim) = subject
        .statements
        .iter()
        .filter(|a| a.member.kind != StatementKind::Denial && counter(a, s, window))
        .min_by(|a, b| a.member.time.cmp(&b.member.time))
        .cloned()
    else {
        return;
    };
    let mut c = new_cluster(subject, &claim);
    add_member(&mut c.denials, &s.member);
    push_reason(&mut c, s, "opposed_predicate", 0.6);
    changed.insert(c.id.clone());
    subject.clusters.insert(c.id.clone(), c);
}

/// A claimant withdraws its claim: its contested claims are retracted,
/// and a claim nobody had contested yet becomes one, retracted ("CNN
/// retracted its report that …" is news to whoever relayed the report).
fn link_retraction(
    subject: &mut SubjectState,
    r: &Seen,
    window: Duration,
    changed: &mut BTreeSet<String>,
) {
    let mut found = false;
    for c in subject.clusters.values_mut() {
        if c.assertions.iter().any(|a| a.speaker.party == r.party) {
            found = true;
            if c.status != ContestStatus::Retracted {
                c.status = ContestStatus::Retracted;
                push_reason(c, r, "retraction_by_claimant", 1.0);
                changed.insert(c.id.clone());
            }
        }
    }
    if found {
        return;
    }
    // The claimant's own latest claim of the same event in the window.
    let Some(claim) = subject
        .statements
        .iter()
        .filter(|a| {
            a.party == r.party
                && !a.relayed
                && matches!(
                    a.member.kind,
                    StatementKind::Assertion | StatementKind::Confirmation
                )
                && within(a.member.time, r.member.time, window)
                && compatible(a.predicate_class.as_deref(), r.predicate_class.as_deref())
        })
        .max_by_key(|a| a.member.time)
        .cloned()
    else {
        return;
    };
    let mut c = new_cluster(subject, &claim);
    c.status = ContestStatus::Retracted;
    add_member(&mut c.denials, &r.member);
    push_reason(&mut c, r, "retraction_by_claimant", 1.0);
    changed.insert(c.id.clone());
    subject.clusters.insert(c.id.clone(), c);
}

fn link_denial(
    subject: &mut SubjectState,
    d: &Seen,
    window: Duration,
    changed: &mut BTreeSet<String>,
) {
    // Existing clusters whose claimants this denial targets.
    let mut joined = false;
    let statements = &subject.statements;
    let words = DenialWords::of(d);
    for c in subject.clusters.values_mut() {
        if c.status == ContestStatus::Retracted {
            continue;
        }
        if !compatible(c.predicate.as_deref(), d.predicate_class.as_deref()) {
            continue;
        }
        let targets = c.assertions.iter().any(|a| {
            a.speaker.party != d.party
                && within(a.time, d.member.time, window)
                && match &d.target_party {
                    Some(t) => names_claimant(t, &a.speaker.party, &a.speaker.name),
                    None => statements
                        .iter()
                        .find(|s| s.member.statement_id == a.statement_id)
                        .is_none_or(|s| on_topic(s, &words)),
                }
        });
        if targets && !c.assertions.iter().any(|a| a.speaker.party == d.party) {
            // ("Jordan disputed the ISIS claim", joining "ISIS stated that
            // she was buried in the rubble": the claimant's other claims
            // here that it answers are contested too, "ISIS claims US
            // hostage died in airstrike" among them.)
            if let Some(t) = &d.target_party {
                let unseen = !claimant_seen(statements, d, window);
                for a in statements.iter().filter(|a| {
                    !a.relayed
                        && names_claimant(t, &a.party, &a.member.speaker.name)
                        && matches!(
                            a.member.kind,
                            StatementKind::Assertion | StatementKind::Confirmation
                        )
                        && contradicts(a, d, &words, window, &subject.key, unseen).is_some()
                }) {
                    if add_member(&mut c.assertions, &a.member) {
                        push_reason(c, a, "claim", 1.0);
                        changed.insert(c.id.clone());
                    }
                }
            }
            if add_member(&mut c.denials, &d.member) {
                push_reason(
                    c,
                    d,
                    if d.target_party.is_some() {
                        "denial_targets_party"
                    } else {
                        "denial_on_subject"
                    },
                    0.9,
                );
                changed.insert(c.id.clone());
            }
            joined = true;
        }
    }
    if joined {
        return;
    }
    // Earlier assertions this denial contradicts: the earliest committed one
    // founds the cluster, the rest from the same side join it.
    let unseen = !claimant_seen(&subject.statements, d, window);
    let claims = |relayed: bool| -> Vec<Seen> {
        subject
            .statements
            .iter()
            .filter(|a| {
                matches!(
                    a.member.kind,
                    StatementKind::Assertion | StatementKind::Confirmation | StatementKind::Report
                ) && a.relayed == relayed
            })
            .filter(|a| contradicts(a, d, &words, window, &subject.key, unseen).is_some())
            .cloned()
            .collect()
    };
    // A committed claim first; a claim only relayed ("several outlets
    // reported that …") is contested too when nobody committed to one.
    let mut targets = claims(false);
    if targets.is_empty() {
        targets = claims(true);
    }
    let Some(first) = targets.first() else {
        return;
    };
    let mut c = new_cluster(subject, first);
    for a in targets
        .iter()
        .skip(1)
        .filter(|a| a.party == first.party || d.target_party.is_none())
    {
        add_member(&mut c.assertions, &a.member);
        push_reason(&mut c, a, "paraphrase", 0.8);
    }
    // ("The mayor's spokesperson dismissed the Daily Planet report as fake
    // news", after the Planet's and the Gazette's reports of the mayor's
    // arrest: another outlet's earlier claim of the same event is the same
    // claim, as it would be if it came later.)
    if d.target_party.is_some() {
        for a in subject.statements.iter().filter(|a| {
            !a.relayed
                && !same_party(&a.party, &d.party)
                && a.member.post_id != d.member.post_id
                && a.predicate_class.is_some()
                && a.predicate_class == first.predicate_class
                && matches!(
                    a.member.kind,
                    StatementKind::Assertion | StatementKind::Confirmation
                )
                && within(a.member.time, d.member.time, window)
        }) {
            if add_member(&mut c.assertions, &a.member) {
                push_reason(&mut c, a, "paraphrase", 0.8);
            }
        }
    }
    // Reports of the claim join as relayed assertions.
    add_member(&mut c.denials, &d.member);
    let (rule, score) = contradicts(first, d, &words, window, &subject.key, unseen)
        .unwrap_or(("denial_on_subject", 0.7));
    push_reason(&mut c, d, rule, score);
    changed.insert(c.id.clone());
    subject.clusters.insert(c.id.clone(), c);
}

/// The words that best state the claim: a quoted assertion with a
/// predicate, else one with a predicate, else the earliest.
fn claim_text(c: &ContestedClaim) -> Option<String> {
    let best = c.assertions.iter().enumerate().max_by_key(|(i, a)| {
        let quoted = a
            .quote
            .as_ref()
            .is_some_and(|q| q.split_whitespace().count() >= 3);
        (
            quoted && a.predicate.is_some(),
            a.predicate.is_some(),
            quoted,
            std::cmp::Reverse(*i),
        )
    })?;
    let a = best.1;
    Some(match (&a.quote, &a.predicate) {
        (Some(q), _) if q.split_whitespace().count() >= 3 => {
            q.trim_end_matches([',', '.']).to_string()
        }
        _ => a.text.clone(),
    })
}

/// Recomputes derived fields after a change.
fn refresh(c: &mut ContestedClaim) {
    if let Some(t) = claim_text(c) {
        c.claim = t;
    }
    let mut for_claim: Vec<String> = Vec::new();
    for a in &c.assertions {
        if !for_claim.contains(&a.speaker.name) {
            for_claim.push(a.speaker.name.clone());
        }
    }
    let mut against: Vec<String> = Vec::new();
    for d in &c.denials {
        if !against.contains(&d.speaker.name) {
            against.push(d.speaker.name.clone());
        }
    }
    let sources: BTreeSet<&str> = c
        .assertions
        .iter()
        .chain(c.denials.iter())
        .map(|m| m.source_id.as_str())
        .collect();
    c.counts = Counts {
        assertions: c.assertions.len(),
        denials: c.denials.len(),
        sources: sources.len(),
    };
    c.parties = Sides { for_claim, against };
    c.first_seen = c
        .assertions
        .iter()
        .chain(c.denials.iter())
        .map(|m| m.time)
        .min()
        .unwrap_or(c.first_seen);
    c.last_updated = c
        .assertions
        .iter()
        .chain(c.denials.iter())
        .map(|m| m.time)
        .max()
        .unwrap_or(c.last_updated);
}

#[cfg(test)]
mod tests;
