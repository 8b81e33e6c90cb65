//! What a denial targets: the claim or the party it names.

use super::*;

impl<'a> Ctx<'a> {
    /// "town", "city", "province": "the" and the word make a place
    /// reference (`place_references`).
    pub(super) fn place_reference_word(&self, t: &Tok) -> bool {
        let mut phrase = smol_str::SmolStrBuilder::new();
        phrase.push_str("the ");
        phrase.push_str(t.lower);
        self.lex.place_references.contains(&phrase.finish())
    }

    /// "the town of Saraqib", "the state of North Carolina" at token `i`: a
    /// place reference that names its place instead of referring back.
    pub(super) fn names_a_place(&self, toks: &[Tok], i: usize) -> bool {
        toks[i].lower == "the"
            && toks
                .get(i + 1)
                .is_some_and(|t| self.place_reference_word(t))
            && toks.get(i + 2).is_some_and(|t| t.lower == "of")
            && toks.get(i + 3).is_some_and(|t| t.is_capitalised())
    }

    pub(super) fn place_reference(
        &self,
        toks: &[Tok],
        content: &Range<usize>,
    ) -> Option<FoundSubject> {
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
    pub(super) fn find_target(&self, toks: &[Tok]) -> Option<(String, Option<String>)> {
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
            // ("the figures provided by Hamas", "the figures released by
            // the health ministry": past the participle that gave them.)
            let b = match toks.get(i + 1) {
                Some(p)
                    if (self.lex.attribution.issuing_participles.contains(p.lower)
                        || matches!(p.lower, "provided" | "given" | "made" | "cited"))
                        && toks.get(i + 2).is_some_and(|n| n.lower == "by") =>
                {
                    i + 2
                }
                _ => i + 1,
            };
            let by_body = b + 2 < toks.len()
                && toks[b + 1].lower == "the"
                && self.common_head(&toks[b + 2])
                && !toks
                    .get(b + 3)
                    .is_some_and(|t| t.is_word() && t.lower != "that");
            if b + 1 < toks.len()
                && matches!(toks[b].lower, "by" | "from")
                && (toks[b + 1].is_capitalised() || by_body)
            {
                if by_body {
                    let party = self
                        .speaker_from(toks, b + 1, b + 3, Attribution::Indirect)
                        .map(|sp| sp.party);
                    return Some((doc[t.start..toks[b + 2].end].to_string(), party));
                }
                if let Some((s, e)) = self.np_right(toks, b + 1) {
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
    pub(super) fn bare_claims(&self, toks: &[Tok]) -> Option<(String, Option<String>)> {
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
    pub(super) fn armed_group_named_by(&self, word: &str) -> Option<String> {
        let plural = format!("{}s", word.to_lowercase());
        self.lex
            .grammar
            .armed_group_words
            .contains(&plural)
            .then_some(plural)
    }

    /// A lowercase word that heads the name of a speaking body or person:
    /// "ministry", "opposition", "rebels", "spokesman".
    pub(super) fn common_head(&self, t: &Tok) -> bool {
        let lex = self.lex;
        t.is_word()
            && !t.is_capitalised()
            && (lex.organisation_words.contains(&t.lower)
                || lex.roles.contains(&t.lower)
                || lex.grammar.armed_group_words.contains(&t.lower))
    }

    /// A lowercase word that names who does something by its ending
    /// ("registrar", "auditor", `morphology.agent_endings`) or is a title
    /// ("coach"), though no list of roles knows it; not a thing that speaks
    /// for its issuer ("letter") or for no one ("plan"), nor an anonymous
    /// source ("insider").
    pub(super) fn agent_noun(&self, t: &Tok) -> bool {
        let g = &self.lex.grammar;
        t.is_word()
            && !t.is_capitalised()
            && (self.lex.morphology.is_agent_noun(t.lower)
                // (A title, but not its abbreviation: "the coach", "the
                // king"; not "mr", "gen".)
                || (t.lower.len() >= 4 && self.lex.titles.contains(&t.lower)))
            && !g.document_nouns.contains(t.lower)
            && !g.voiceless_nouns.contains(t.lower)
            && !self.lex.not_names.contains(&t.lower)
            // (Nor an anonymous source: "an insider said" relays.)
            && !self.lex.attribution.anonymous_heads.contains(t.lower)
    }

    /// "dismissed the Hamas claim as propaganda", "denied the AP report":
    /// a name between a determiner and a claim noun is the claimant. Not
    /// in "the Daily News" (the noun is part of the name), "the Post
    /// reports that …" (a verb) or "a Sunday news conference".
    pub(super) fn named_claimant(&self, toks: &[Tok]) -> Option<(String, Option<String>)> {
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
}
