//! Lexicons: word lists from `lexicon/<lang>.toml`, compiled into one
//! Aho-Corasick automaton per language.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind, StartKind};
use serde::Deserialize;

include!(concat!(env!("OUT_DIR"), "/lexicons.rs"));

/// What a cue word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cat {
    Speech,
    /// Belief, intention, evaluation: attribution without a claim.
    Attitude,
    Denial,
    Confirmation,
    Retraction,
    Hedge,
    Report,
    According,
    Negation,
    Predicate,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct LexiconFile {
    language: String,
    cues: CueLists,
    predicates: BTreeMap<String, toml::Value>,
    entities: EntityLists,
    attribution: AttributionWords,
    grammar: GrammarWords,
    #[serde(default)]
    morphology: Morphology,
}

/// Crude stemming for keys (`[morphology]`): enough to make "causes" and
/// "caused", "towers" and "tower", "rose" and "rise" one key, without a
/// dictionary.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Morphology {
    /// Verb suffixes, tried in order; the first that leaves three letters
    /// or more is stripped.
    #[serde(default)]
    pub verb_suffixes: Vec<String>,
    /// Past tenses and participles no suffix makes ("rose", "fallen"), with
    /// the verb they are a form of: stemmed as that verb, so that "prices
    /// rose" and "prices did not rise" are one event.
    #[serde(default)]
    pub irregular_verbs: HashMap<String, String>,
    /// Plural endings of nouns and what replaces each in the singular
    /// ("ies" → "y": "casualties", "casualty"), tried in order; the first
    /// whose singular has three letters or more applies ("taxes", "tax";
    /// but "pies", "pie").
    #[serde(default)]
    pub plural_endings: Vec<(String, String)>,
    /// Plurals that only add "s" though a longer ending fits ("movies",
    /// "cookies": their singular ends in "-ie", not "-y").
    #[serde(default)]
    pub plain_plurals: Vec<String>,
    /// Endings that are no inflection ("-ss" of "access").
    #[serde(default)]
    pub keep_endings: Vec<String>,
    /// Plurals no suffix makes ("children", "people"): kept as they are,
    /// but known for plurals.
    #[serde(default)]
    pub irregular_plurals: Vec<String>,
    /// Endings of nouns that name who does something ("registrar",
    /// "auditor", "shopkeeper", "economist", "librarian"): a phrase with
    /// such a head that no list knows may still speak ("The registrar said
    /// …"), where a list of roles could never be complete.
    #[serde(default)]
    pub agent_endings: Vec<String>,
    /// Nouns with an ending of `agent_endings` that name no one ("the
    /// number said to have died", "the matter").
    #[serde(default, deserialize_with = "word_set")]
    pub not_agents: WordSet,
}

impl Morphology {
    /// The stem of a lowercase verb.
    pub fn verb_stem<'w>(&'w self, word: &'w str) -> &'w str {
        let word = self.irregular_verbs.get(word).map_or(word, String::as_str);
        if self.keeps(word) {
            return word;
        }
        self.verb_suffixes
            .iter()
            .find_map(|s| {
                word.strip_suffix(s.as_str())
                    .filter(|stem| stem.chars().count() >= 3)
            })
            .unwrap_or(word)
    }

    /// The singular of a lowercase noun.
    pub fn singular<'w>(&self, word: &'w str) -> Cow<'w, str> {
        match self.plural_ending(word) {
            None => Cow::Borrowed(word),
            Some((stem, "")) => Cow::Borrowed(stem),
            Some((stem, singular)) => Cow::Owned(format!("{stem}{singular}")),
        }
    }

    /// A lowercase noun in the plural ("towers", "children").
    pub fn is_plural(&self, word: &str) -> bool {
        self.plural_ending(word).is_some() || self.irregular_plurals.iter().any(|p| p == word)
    }

    /// The stem of a plural and what its singular ends in instead of the
    /// plural's ending ("casualties": "casualt", "y"); None when no ending
    /// of `plural_endings` applies.
    fn plural_ending<'w>(&self, word: &'w str) -> Option<(&'w str, &str)> {
        if self.keeps(word) {
            return None;
        }
        if self.plain_plurals.iter().any(|p| p == word) {
            return Some((&word[..word.len() - 1], ""));
        }
        self.plural_endings.iter().find_map(|(ending, singular)| {
            let stem = word
                .strip_suffix(ending.as_str())
                .filter(|stem| stem.chars().count() + singular.chars().count() >= 3)?;
            Some((stem, singular.as_str()))
        })
    }

    /// Whether a lowercase noun names who does something by its ending
    /// (`agent_endings`; five letters at least, and not one of
    /// `not_agents`).
    pub fn is_agent_noun(&self, word: &str) -> bool {
        word.len() >= 5
            && self
                .agent_endings
                .iter()
                .any(|e| word.ends_with(e.as_str()))
            && !self.not_agents.contains(word)
    }

    /// A word whose ending is no inflection.
    fn keeps(&self, word: &str) -> bool {
        self.keep_endings.iter().any(|e| word.ends_with(e.as_str()))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CueLists {
    speech: Vec<String>,
    attitude: Vec<String>,
    denial: Vec<String>,
    confirmation: Vec<String>,
    retraction: Vec<String>,
    hedge: Vec<String>,
    report: Vec<String>,
    according: Vec<String>,
    negation: Vec<String>,
    /// Attributions that decide no kind, whatever cues they hold.
    #[serde(default)]
    noncommittal: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityLists {
    place_descriptors: Vec<String>,
    place_prefixes: Vec<String>,
    titles: Vec<String>,
    roles: Vec<String>,
    representative_roles: Vec<String>,
    person_events: Vec<String>,
    organisation_words: Vec<String>,
    not_names: Vec<String>,
    sentence_openers: Vec<String>,
    group_references: Vec<String>,
    person_references: Vec<String>,
    place_references: Vec<String>,
    report_speakers: Vec<String>,
    report_modifiers: Vec<String>,
    first_person: Vec<String>,
    /// Country names and demonyms → one party key, so that "the Russian
    /// defence ministry" and "Russia's defence ministry" are one side.
    #[serde(default)]
    nations: std::collections::BTreeMap<String, String>,
    /// Capitals that speak for their state ("Moscow denies", "Kyiv says")
    /// → the state's party key; only a speaker named by the capital alone.
    #[serde(default)]
    capitals: std::collections::BTreeMap<String, String>,
    /// A trade noun ("the airline") → words that end the names of its
    /// businesses ("Air", "Airways"): "the airline" refers back to the
    /// last organisation so named, not to any organisation.
    #[serde(default)]
    trade_names: std::collections::BTreeMap<String, Vec<String>>,
    /// Words that end a business's name without changing whom it names
    /// ("Silvergate Bank" is the "Silvergate" of another post).
    #[serde(default)]
    name_endings: Vec<String>,
    /// Heads of a state's bodies named "of" it ("Ministry of Defence of
    /// Ukraine"): such a body speaks for the state.
    #[serde(default)]
    state_bodies: Vec<String>,
    /// Family names written first ("Kim Jong Un", "Xi Jinping"): the one
    /// word that names such a person later is the first.
    #[serde(default)]
    family_name_first: Vec<String>,
    /// Last words of names of events and documents ("World Cup", "Paris
    /// Agreement"): two to four capitalised words ending in one name no
    /// person.
    #[serde(default)]
    thing_heads: Vec<String>,
    /// Last words of the names of buildings and works ("Mosul Dam",
    /// "Kerch Bridge"): such a name names a place.
    #[serde(default)]
    facility_heads: Vec<String>,
    /// Media that are one thing named in other words ("the video", "the
    /// footage", "the clip"): a denial naming one answers a claim that
    /// named another.
    #[serde(default)]
    medium_groups: Vec<Vec<String>>,
}

/// A table of word lists in the lexicon file, read as word sets: the
/// serde form (`$lists`, unknown keys refused) and the sets (`$words`).
macro_rules! word_sets {
    ($(#[$doc:meta])* $words:ident from $lists:ident { $($field:ident),* $(,)? }) => {
        #[derive(Debug, Deserialize)]
        #[serde(deny_unknown_fields)]
        struct $lists {
            $($field: Vec<String>,)*
        }

        $(#[$doc])*
        #[derive(Debug, Default)]
        pub struct $words {
            $(pub $field: WordSet,)*
        }

        impl<'de> Deserialize<'de> for $words {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let l = $lists::deserialize(d)?;
                Ok($words {
                    $($field: set(l.$field),)*
                })
            }
        }
    };
}

word_sets! {
    /// Words that delimit the phrases of an attribution, its source and its
    /// content (`[attribution]`; see `source_span.rs`).
    AttributionWords from AttributionLists {
        auxiliaries,
        adverbial_openers,
        leading_connectors,
        title_abbreviations,
        place_abbreviations,
        participle_modifiers,
        modifiers,
        rank_qualifiers,
        determiners,
        circumstance_openers,
        clause_words,
        subordinators,
        finite_verbs,
        sourceless_verbs,
        inclusive_openers,
        passive_auxiliaries,
        relaying_passives,
        disowning_verbs,
        confirming_verbs,
        issuing_participles,
        experiencer_participles,
        number_words,
        people_quantifiers,
        independent_roles,
        people_groups,
        insisting_verbs,
        anonymous_heads,
        anonymous_links,
        acquaintance_heads,
        anonymous_link_words,
        aside_followers,
    }
}

word_sets! {
    /// Function words of the clause analysis (`[grammar]`; see `analyse/`).
    GrammarWords from GrammarLists {
        connectors,
        trailing_circumstance,
        platforms,
        copulas,
        determiners,
        skip_left,
        time_words,
        period_nouns,
        claim_nouns,
        evidence_nouns,
        quantifiers,
        claimant_nouns,
        document_nouns,
        voiceless_nouns,
        field_words,
        answers_no,
        months,
        source_nouns,
        survey_nouns,
        not_source_openers,
        clause_openers,
        parenthetical_adverbs,
        colon_labels,
        subordinate_openers,
        accusation_verbs,
        state_side_words,
        armed_group_words,
        generic_group_words,
        armed_forces_words,
        descriptive_predicates,
        media_words,
        not_attribution_verbs,
        place_preps,
        prepositions,
        relative_pronouns,
        inverting_verbs,
        female_markers,
        male_markers,
        female_pronouns,
        male_pronouns,
        topic_stops,
        topic_connectors,
        topic_verbs,
        non_topics,
        plural_subject_verbs,
        plural_subjects,
        naming_verbs,
        noun_cues,
        denial_nouns,
        light_verbs,
        falsity_adjectives,
        falsified_nouns,
        verdict_labels,
        caveat_words,
        hypothetical_openers,
        dispute_noun_followers,
        modifying_denials,
        attributive_hedges,
        indefinite_pronouns,
        circulation_links,
        clause_denials,
        catenatives,
        refusals,
        request_verbs,
        object_denials,
        non_claim_objects,
        proposal_verbs,
        proposal_objects,
        lying_verbs,
        position_words,
        branding_verbs,
        showing_verbs,
        finding_verbs,
        learning_verbs,
        findings,
        munitions,
        news_labels,
        relaying_openers,
        request_verbs_on,
        stage_verbs,
        expletives,
        subject_negators,
        determiner_negators,
        office_fields,
        non_denying_negators,
        noncommittal_words,
        comment_qualifiers,
        finite_auxiliaries,
        speaking_places,
        short_topic_nouns,
        existential_idioms,
    }
}

impl GrammarWords {
    /// A word of the circumstance around a verb of saying ("on Saturday",
    /// "in a statement", "last week").
    pub fn circumstance(&self, word: &str) -> bool {
        self.trailing_circumstance.contains(word) || self.time_words.contains(word)
    }
}

/// The word-aligned phrases strictly inside a multi-word phrase ("has
/// said" → "has", "said").
fn inner_phrases(text: &str) -> impl Iterator<Item = String> + '_ {
    let words: Vec<&str> = text.split(' ').collect();
    let n = words.len();
    (0..n).flat_map(move |i| {
        let words = words.clone();
        (i + 1..=n)
            .filter(move |&j| j - i < n)
            .map(move |j| words[i..j].join(" "))
    })
}

/// One pattern of the automaton and everything it means.
#[derive(Debug, Clone, Default)]
pub struct PatternInfo {
    /// The pattern, lowercase.
    pub text: String,
    /// Categories it belongs to.
    pub cats: Vec<Cat>,
    /// Predicate class, for predicates.
    pub class: Option<String>,
}

/// A compiled lexicon.
#[derive(Debug)]
pub struct Lexicon {
    pub language: String,
    pub automaton: AhoCorasick,
    pub patterns: Vec<PatternInfo>,
    pub opposes: Vec<(String, String)>,
    /// Class pairs that may name one event ("hack" and "theft" of data):
    /// a denial of the one answers a claim of the other.
    pub overlaps: Vec<(String, String)>,
    /// The names of the predicate classes (`control_lost`, `death`, …).
    /// A statement's class may be none of them: the verb of a negated
    /// phrase ("no helicopters had been lost": `lost`).
    pub classes: WordSet,
    /// The cues that deny, confirm or retract by their own meaning (not a
    /// negator), for [`decides_by_word`].
    pub deciding_words: WordSet,
    /// The negation cues, for [`disowns`].
    pub negators: WordSet,
    pub place_descriptors: WordSet,
    pub place_prefixes: WordSet,
    pub titles: WordSet,
    pub roles: WordSet,
    /// Roles of those who speak for a person ("her publicist").
    pub representative_roles: WordSet,
    /// Predicate classes of what befalls a person (`death`, `arrest`, …):
    /// such a claim is about the person it names, not where it happened.
    pub person_events: WordSet,
    pub organisation_words: WordSet,
    pub not_names: WordSet,
    /// Words that name nobody when they open a sentence ("Look, …", "Given
    /// the …"), and may stand inside a phrase elsewhere ("black voters"
    /// said, "yet refuses"): unlike `not_names`, read at a sentence's start
    /// only.
    pub sentence_openers: WordSet,
    pub group_references: WordSet,
    pub person_references: WordSet,
    pub place_references: WordSet,
    pub report_speakers: WordSet,
    /// Words that qualify a relaying speaker without naming anyone ("a
    /// viral video", "unconfirmed local reports"): with only these and
    /// report words, the speaker relays.
    pub report_modifiers: WordSet,
    pub first_person: WordSet,
    /// Lowercase country name or demonym → party key.
    pub nations: FxHashMap<String, String>,
    /// Lowercase capital → the party key of its state.
    pub capitals: FxHashMap<String, String>,
    /// Lowercase trade noun → lowercase words its businesses' names hold
    /// (`[entities.trade_names]`).
    pub trade_names: FxHashMap<String, Vec<String>>,
    /// Lowercase words that end a business's name without changing whom it
    /// names (`entities.name_endings`).
    pub name_endings: WordSet,
    /// Lowercase, hyphenated heads of the bodies that speak for the state
    /// they are named "of" (`entities.state_bodies`).
    pub state_bodies: WordSet,
    /// Lowercase family names written before the given name
    /// (`entities.family_name_first`).
    pub family_name_first: WordSet,
    /// Lowercase last words of the names of events and documents
    /// (`entities.thing_heads`).
    pub thing_heads: WordSet,
    /// Lowercase last words of the names of buildings and works
    /// (`entities.facility_heads`).
    pub facility_heads: WordSet,
    /// Lowercase medium → the lowercase words of its group
    /// (`entities.medium_groups`), itself among them.
    pub medium_group: FxHashMap<String, Vec<String>>,
    /// What delimits the phrases of an attribution (source, content).
    pub attribution: AttributionWords,
    /// Function words of the clause analysis.
    pub grammar: GrammarWords,
    /// Inflections stripped from topic keys and verbs.
    pub morphology: Morphology,
}

/// A set of lowercase words or phrases, queried with anything string-like.
#[derive(Debug, Default)]
pub struct WordSet {
    words: FxHashSet<String>,
    /// Bit [`WordSet::sketch`] of each entry: most queries are words of no
    /// list, and one bit test turns nearly all of them away without
    /// hashing.
    sketch: Vec<u64>,
}

impl WordSet {
    /// A word's bit in the sketch: from its length and its first two bytes
    /// (four bits of each: 4,096 bits, half a kilobyte per set).
    fn sketch_bit(w: &str) -> usize {
        let b = w.as_bytes();
        let at = |k: usize| b.get(k).copied().unwrap_or(0) as usize & 15;
        ((w.len() & 15) << 8) | (at(0) << 4) | at(1)
    }

    /// The entries, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }

    pub fn contains<S: AsRef<str> + ?Sized>(&self, w: &S) -> bool {
        let w = w.as_ref();
        let bit = Self::sketch_bit(w);
        self.sketch
            .get(bit >> 6)
            .is_some_and(|x| x & (1 << (bit & 63)) != 0)
            && self.words.contains(w)
    }
}

/// Deserializes a list of words into a [`WordSet`].
fn word_set<'de, D: serde::Deserializer<'de>>(d: D) -> Result<WordSet, D::Error> {
    Vec::<String>::deserialize(d).map(set)
}

fn set(words: Vec<String>) -> WordSet {
    let words: FxHashSet<String> = words.into_iter().map(|w| w.to_lowercase()).collect();
    let mut sketch = vec![0u64; 4096 / 64];
    for w in &words {
        let bit = WordSet::sketch_bit(w);
        sketch[bit >> 6] |= 1 << (bit & 63);
    }
    WordSet { words, sketch }
}

impl Lexicon {
    /// The party key of a country or people named in any case ("Russian",
    /// "the UK" is not one: the caller strips determiners); short names are
    /// lowercased on the stack.
    pub fn nation(&self, name: &str) -> Option<&String> {
        self.nations
            .get(smol_str::StrExt::to_lowercase_smolstr(name).as_str())
    }

    /// The party key of the state whose capital is named, in any case.
    pub fn capital(&self, name: &str) -> Option<&String> {
        self.capitals
            .get(smol_str::StrExt::to_lowercase_smolstr(name).as_str())
    }

    fn compile(text: &str) -> Result<Lexicon, String> {
        let file: LexiconFile = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut patterns: Vec<PatternInfo> = Vec::new();
        let mut add_one = |w: String, cat: Cat, class: Option<&str>| {
            let i = *index.entry(w.clone()).or_insert_with(|| {
                patterns.push(PatternInfo {
                    text: w.clone(),
                    ..Default::default()
                });
                patterns.len() - 1
            });
            let p = &mut patterns[i];
            if !p.cats.contains(&cat) {
                p.cats.push(cat);
            }
            if class.is_some() && p.class.is_none() {
                p.class = class.map(str::to_string);
            }
        };
        // A cue with an apostrophe is also written with the typographic one
        // ("won’t", "didn’t"): news text uses both, and without it "won’t"
        // would be read as "won".
        let mut add = |word: &str, cat: Cat, class: Option<&str>| {
            let w = word.trim().to_lowercase();
            if w.is_empty() {
                return;
            }
            if w.contains('\'') {
                add_one(w.replace('\'', "’"), cat, class);
            }
            add_one(w, cat, class);
        };
        let c = &file.cues;
        for (list, cat) in [
            (&c.speech, Cat::Speech),
            (&c.attitude, Cat::Attitude),
            (&c.denial, Cat::Denial),
            (&c.confirmation, Cat::Confirmation),
            (&c.retraction, Cat::Retraction),
            (&c.hedge, Cat::Hedge),
            (&c.report, Cat::Report),
            (&c.according, Cat::According),
            (&c.negation, Cat::Negation),
        ] {
            for w in list {
                add(w, cat, None);
            }
        }
        for w in &c.noncommittal {
            add(w, Cat::Attitude, None);
        }
        // (In both spellings `add` gave them: "won't" and "won’t".)
        let noncommittal: std::collections::HashSet<String> = c
            .noncommittal
            .iter()
            .map(|w| w.trim().to_lowercase())
            .flat_map(|w| [w.replace('\'', "’"), w])
            .collect();
        let mut opposes = Vec::new();
        let mut overlaps = Vec::new();
        let mut classes = Vec::new();
        for (class, value) in &file.predicates {
            let Some(items) = value.as_array() else {
                return Err(format!("predicates.{class} must be an array"));
            };
            if class == "opposes" || class == "overlaps" {
                for pair in items {
                    let pair: Vec<&str> = pair
                        .as_array()
                        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
                        .unwrap_or_default();
                    if pair.len() != 2 {
                        return Err(format!("predicates.{class} entries must be pairs"));
                    }
                    let pair = (pair[0].to_string(), pair[1].to_string());
                    if class == "opposes" {
                        opposes.push(pair);
                    } else {
                        overlaps.push(pair);
                    }
                }
                continue;
            }
            classes.push(class.clone());
            for w in items {
                let Some(w) = w.as_str() else {
                    return Err(format!("predicates.{class} must hold strings"));
                };
                add(w, Cat::Predicate, Some(class));
            }
        }
        // The automaton takes the longest match at a position, so a phrase
        // of attribution only ("has said", "called for") would hide the cue
        // inside it: the phrase means what that cue means too.
        let deciding: HashMap<String, Vec<Cat>> = patterns
            .iter()
            .filter(|p| {
                p.cats
                    .iter()
                    .any(|c| !matches!(c, Cat::Attitude | Cat::Predicate))
            })
            .map(|p| (p.text.clone(), p.cats.clone()))
            .collect();
        for p in &mut patterns {
            if p.cats != [Cat::Attitude] || noncommittal.contains(&p.text) {
                continue;
            }
            let inherited: Vec<Cat> = inner_phrases(&p.text)
                .filter_map(|inner| deciding.get(&inner))
                .flatten()
                .copied()
                .collect();
            for c in inherited {
                if !p.cats.contains(&c) {
                    p.cats.push(c);
                }
            }
        }
        for p in &mut patterns {
            p.cats.sort();
        }
        let automaton = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            // Anchored searches find the shorter cue at a position whose
            // longest match fails the word-boundary check.
            .start_kind(StartKind::Both)
            .build(patterns.iter().map(|p| p.text.as_str()))
            .map_err(|e| e.to_string())?;
        let e = file.entities;
        // The patterns of some categories, as a word set.
        let of_cats = |cats: &[Cat]| {
            set(patterns
                .iter()
                .filter(|p| p.cats.iter().any(|c| cats.contains(c)))
                .map(|p| p.text.clone())
                .collect())
        };
        let deciding_words = of_cats(&[Cat::Denial, Cat::Confirmation, Cat::Retraction]);
        let negators = of_cats(&[Cat::Negation]);
        Ok(Lexicon {
            language: file.language,
            automaton,
            deciding_words,
            negators,
            patterns,
            opposes,
            overlaps,
            classes: set(classes),
            place_descriptors: set(e.place_descriptors),
            place_prefixes: set(e.place_prefixes),
            titles: set(e.titles),
            roles: set(e.roles),
            representative_roles: set(e.representative_roles),
            person_events: set(e.person_events),
            organisation_words: set(e.organisation_words),
            not_names: set(e.not_names),
            sentence_openers: set(e.sentence_openers),
            group_references: set(e.group_references),
            person_references: set(e.person_references),
            place_references: set(e.place_references),
            report_speakers: set(e.report_speakers),
            report_modifiers: set(e.report_modifiers),
            first_person: set(e.first_person),
            nations: e
                .nations
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect(),
            capitals: e
                .capitals
                .into_iter()
                .map(|(k, v)| (k.to_lowercase(), v))
                .collect(),
            medium_group: e
                .medium_groups
                .iter()
                .flat_map(|g| {
                    let g: Vec<String> = g.iter().map(|w| w.to_lowercase()).collect();
                    g.clone().into_iter().map(move |w| (w, g.clone()))
                })
                .collect(),
            name_endings: set(e.name_endings.iter().map(|w| w.to_lowercase()).collect()),
            family_name_first: set(e
                .family_name_first
                .iter()
                .map(|w| w.to_lowercase())
                .collect()),
            thing_heads: set(e.thing_heads.iter().map(|w| w.to_lowercase()).collect()),
            facility_heads: set(e.facility_heads.iter().map(|w| w.to_lowercase()).collect()),
            state_bodies: set(e
                .state_bodies
                .iter()
                .map(|w| w.to_lowercase().replace(' ', "-"))
                .collect()),
            trade_names: e
                .trade_names
                .into_iter()
                .map(|(k, v)| {
                    (
                        k.to_lowercase(),
                        v.iter().map(|w| w.to_lowercase()).collect(),
                    )
                })
                .collect(),
            attribution: file.attribution,
            grammar: file.grammar,
            morphology: file.morphology,
        })
    }

    /// The lexicon for `language` (a BCP-47 tag; only the primary subtag is
    /// used), falling back to English.
    pub fn get(language: Option<&str>) -> &'static Lexicon {
        static ALL: OnceLock<Vec<Lexicon>> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            LEXICON_FILES
                .iter()
                .map(|(name, text)| {
                    Lexicon::compile(text)
                        .unwrap_or_else(|e| panic!("lexicon {name}.toml is invalid: {e}"))
                })
                .collect()
        });
        let primary = language
            .and_then(|l| l.split(['-', '_']).next())
            .map(|l| l.to_ascii_lowercase());
        primary
            .and_then(|p| all.iter().find(|l| l.language == p))
            .or_else(|| all.iter().find(|l| l.language == "en"))
            .expect("the English lexicon is built in")
    }

    /// Whether predicate classes `a` and `b` contradict each other.
    pub fn opposed(&self, a: &str, b: &str) -> bool {
        either_way(&self.opposes, a, b)
    }

    /// Whether predicate classes `a` and `b` may name one event.
    pub fn overlapping(&self, a: &str, b: &str) -> bool {
        either_way(&self.overlaps, a, b)
    }
}

/// Whether `pairs` holds `(a, b)` or `(b, a)`.
fn either_way(pairs: &[(String, String)], a: &str, b: &str) -> bool {
    pairs
        .iter()
        .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
}

/// A business's name without the word that ends it ("silvergate" of
/// `silvergate-bank`), in the default lexicon, for the linker; None when the
/// key ends in no such word (`entities.name_endings`) or what is left names
/// a state ("Qatar Airways" is not Qatar).
pub fn business_base(key: &str) -> Option<&str> {
    let lex = Lexicon::get(None);
    let (base, end) = key.rsplit_once('-')?;
    (lex.name_endings.contains(end) && lex.nation(base).is_none() && lex.capital(base).is_none())
        .then_some(base)
}

/// Whether `word` (a lowercase name key's part) is a family name written
/// before the given name in the default lexicon (`entities.family_name_first`):
/// "Kim" names "Kim Jong Un", "Xi" names "Xi Jinping". For the linker.
pub fn family_name_first(word: &str) -> bool {
    Lexicon::get(None).family_name_first.contains(word)
}

/// The predicate classes that may name one event in the default lexicon,
/// for the linker.
pub fn predicate_classes_overlap(a: &str, b: &str) -> bool {
    Lexicon::get(None).overlapping(a, b)
}

/// Whether `class` is one of the predicate classes of the default lexicon
/// (not the verb of a negated phrase), for the linker.
pub fn is_predicate_class(class: &str) -> bool {
    Lexicon::get(None).classes.contains(class)
}

/// The predicate classes that contradict each other in the default lexicon,
/// for the linker.
pub fn predicate_classes_opposed(a: &str, b: &str) -> bool {
    Lexicon::get(None).opposed(a, b)
}

/// Whether one of a statement's cue words denies, confirms or retracts by
/// its own meaning in the default lexicon ("denied", "false", "confirmed"),
/// for the linker: a denial without one was read from a negation alone
/// ("said it was not in talks"), and is weaker evidence.
pub fn decides_by_word<S: AsRef<str>>(cues: &[S]) -> bool {
    let lex = Lexicon::get(None);
    cues.iter()
        .any(|c| lex.deciding_words.contains(&c.as_ref().to_lowercase()))
}

/// Whether a statement's cue words disown a claim ("never", "said": "I
/// never said the tax would double") in the default lexicon, for the
/// linker: the speaker denies having made the claim attributed to them.
pub fn disowns<S: AsRef<str>>(cues: &[S]) -> bool {
    let lex = Lexicon::get(None);
    let has = |set: &WordSet| {
        cues.iter()
            .any(|c| set.contains(&c.as_ref().to_lowercase()))
    };
    has(&lex.negators) && has(&lex.attribution.disowning_verbs)
}

/// Whether a topic word (as [`topic_words`] gives it) names a claim
/// itself rather than what the claim is about ("reports", "allegations",
/// "evidence": `grammar.claim_nouns`, `claimant_nouns`, `evidence_nouns`
/// of the default lexicon), for the linker: "dismissed the reports about
/// Tarsk" names nothing beyond Tarsk.
pub fn names_a_claim(topic_word: &str) -> bool {
    static STEMS: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    STEMS
        .get_or_init(|| {
            let g = &Lexicon::get(None).grammar;
            let words = g.claim_nouns.iter().chain(g.claimant_nouns.iter());
            set(words
                .chain(g.evidence_nouns.iter())
                .flat_map(topic_words)
                .collect())
        })
        .contains(topic_word)
}

/// Whether a cue word is a verb of denying that takes the denied
/// proposition as a clause ("denied that civilians were targeted";
/// `grammar.clause_denials` of the default lexicon), for the linker.
pub fn denies_a_clause(cue: &str) -> bool {
    Lexicon::get(None)
        .grammar
        .clause_denials
        .contains(&cue.to_lowercase())
}

/// Whether the words after a verb of denying (`after`) name a claim and
/// no proposition of their own, for the linker: "the accusation and said
/// its forces observed the truce", "Velda's claims" do; "that civilians
/// were targeted", "the claim that civilians were targeted", "the use of
/// cluster munitions" do not. Determiners and a possessor may come first.
pub fn only_names_a_claim(after: &str) -> bool {
    let g = &Lexicon::get(None).grammar;
    let mut words = after
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .skip_while(|w| {
            w != "that" && (g.determiners.contains(w) || w.ends_with("'s") || w.ends_with("’s"))
        });
    let Some(noun) = words.next() else {
        return false;
    };
    let claim = topic_words(&noun).first().is_some_and(|w| names_a_claim(w));
    // ("… the claim that …", "… claims of …": what follows is the
    // proposition.)
    claim
        && words
            .next()
            .is_none_or(|w| !matches!(w.as_str(), "that" | "of" | "about" | "on" | "regarding"))
}

/// The media that relay claims (`entities.report_speakers`) which `text`
/// names after a determiner ("the video had been debunked" → "video"),
/// lowercased, with the other words of the same medium
/// (`entities.medium_groups`: "footage", "clip" …), for the linker: a
/// claim noun ("the reports") is left out, as it names any claim.
pub fn named_media(text: &str) -> Vec<String> {
    let lex = Lexicon::get(None);
    let mut after_determiner = false;
    let mut out: Vec<String> = Vec::new();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let lower = w.to_lowercase();
        if after_determiner
            && lex.report_speakers.contains(&lower)
            && !lex.grammar.claim_nouns.contains(&lower)
        {
            match lex.medium_group.get(&lower) {
                Some(group) => out.extend(group.iter().cloned()),
                None => out.push(lower.clone()),
            }
        }
        after_determiner = lex.grammar.determiners.contains(&lower);
    }
    out.sort();
    out.dedup();
    out
}

/// The words of `text` that tell what it is about, for the linker to
/// compare two statements that name no predicate: lowercase, four letters
/// at least, neither a function word (`not_names`, `grammar.topic_stops`)
/// nor a cue word of the default lexicon other than a predicate ("said",
/// "denied" go; "collapsed", "killed" tell the event and stay), each cut
/// to a five-letter stem so that "blurred" meets "blurring". Sorted,
/// without repeats.
pub fn topic_words(text: &str) -> Vec<String> {
    let lex = Lexicon::get(None);
    let mut out: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 || lex.grammar.short_topic_nouns.contains(w))
        .filter(|w| {
            !lex.not_names.contains(w)
                && !lex.grammar.topic_stops.contains(w)
                && !lex.automaton.find(w.as_str()).is_some_and(|m| {
                    m.start() == 0
                        && m.end() == w.len()
                        && !lex.patterns[m.pattern().as_usize()]
                            .cats
                            .contains(&Cat::Predicate)
                })
        })
        .map(|w| w.chars().take(5).collect())
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The sketch only turns words away: a set holds exactly its
        /// entries, whatever their length and bytes.
        #[test]
        fn word_sets_hold_exactly_their_entries(
            entries in proptest::collection::vec("[a-zé' -]{0,20}", 0..60),
            queries in proptest::collection::vec("[a-zA-Zé' -]{0,20}", 0..60),
        ) {
            let set = set(entries.clone());
            for w in entries.iter().chain(&queries) {
                let member = entries.iter().any(|e| e.to_lowercase() == *w);
                proptest::prop_assert_eq!(set.contains(w), member, "{:?}", w);
            }
        }
    }

    #[test]
    fn topic_words_keep_what_a_text_is_about() {
        // ("TV" is too short, "the" a function word, "said" a cue; the
        // stems are five letters.)
        let words = topic_words("Lund TV blurred the face of Mara Volk, reports said");
        assert_eq!(words, ["blurr", "face", "lund", "mara", "volk"]);
        assert_eq!(topic_words("Lund TV was blurring it"), ["blurr", "lund"]);
        // A predicate tells the event: it stays ("denied" goes); a short
        // noun of `grammar.short_topic_nouns` stays too.
        assert_eq!(
            topic_words("The ministry denied the dam collapsed"),
            ["colla", "dam", "minis"]
        );
    }

    #[test]
    fn every_bundled_lexicon_compiles() {
        for (name, text) in LEXICON_FILES {
            Lexicon::compile(text).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert!(Lexicon::get(Some("en-GB")).opposed("control_held", "control_lost"));
        assert!(!Lexicon::get(None).opposed("death", "control_lost"));
    }

    #[test]
    fn no_attitude_phrase_hides_a_cue_that_decides_a_kind() {
        // The automaton takes the longest match at a position: an
        // attribution-only phrase that starts with a speech, denial or
        // negation cue ("reported that") would hide that cue in product mode.
        for (name, text) in LEXICON_FILES {
            let lex = Lexicon::compile(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            let deciding: HashMap<&str, &PatternInfo> = lex
                .patterns
                .iter()
                .filter(|p| p.cats.iter().any(|c| !matches!(c, Cat::Attitude)))
                .map(|p| (p.text.as_str(), p))
                .collect();
            // (Refusals to commit hide such cues on purpose, and decide
            // nothing themselves.)
            let file: LexiconFile = toml::from_str(text).unwrap_or_else(|e| panic!("{name}: {e}"));
            for w in &file.cues.noncommittal {
                let p = lex.patterns.iter().find(|p| &p.text == w);
                assert!(
                    p.is_some_and(|p| p.cats == [Cat::Attitude]),
                    "{name}: {w:?}"
                );
            }
            for p in lex.patterns.iter().filter(|p| {
                p.cats == [Cat::Attitude]
                    && !file
                        .cues
                        .noncommittal
                        .iter()
                        .any(|w| *w == p.text || w.replace('\'', "’") == p.text)
            }) {
                if let Some(inner) =
                    inner_phrases(&p.text).find(|i| deciding.contains_key(i.as_str()))
                {
                    panic!(
                        "{name}: attitude phrase {:?} hides the cue {inner:?}",
                        p.text
                    );
                }
            }
            // "has said" is a speech cue like "said".
            let has_said = lex.patterns.iter().find(|p| p.text == "has said");
            assert!(has_said.is_some_and(|p| p.cats.contains(&Cat::Speech)));
        }
    }
}
