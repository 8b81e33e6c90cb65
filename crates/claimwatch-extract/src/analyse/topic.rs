//! What a claim that names nothing is about, and denials that share one
//! verb among several objects.

use super::*;

impl<'a> Ctx<'a> {
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
    pub(super) fn topic_of(
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
        // ("none of its planes had crashed": "none of" opens a phrase it
        // negates, as "no" does.)
        if toks[i].lower == "none" && toks.get(i + 1).is_some_and(|t| t.lower == "of") {
            i += 2;
        }
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
            .find(|t| matches!(t.lower, "no" | "none"))
            .map(|t| t.lower.to_string());
        // ("the harbor bridge in lund collapsed": a phrase of place, of up
        // to three words, between the noun phrase and the predicate read;
        // the verb-like word that ends it, looked for up to `within`
        // tokens on.)
        let phrase_before_verb = |within: usize| {
            let is_predicate = |t: &Tok| {
                self.cues_in(&(t.start..t.end))
                    .iter()
                    .any(|c| c.start == t.start && self.has(c, Cat::Predicate))
            };
            let verb_like = |t: &Tok| {
                a.auxiliaries.contains(&t.lower) || g.copulas.contains(&t.lower) || is_predicate(t)
            };
            (i + 2..toks.len().min(i + within)).find(|&e| {
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
                phrase_before_verb(5).unwrap_or(i)
            }
            // ("the rail strike planned for Monday has been called off": a
            // participle and its phrase, of up to four words, describe the
            // noun phrase before the predicate read.)
            Some(p)
                if predicate_read
                    && p.lower.ends_with("ed")
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| g.prepositions.contains(&n.lower)) =>
            {
                phrase_before_verb(7).unwrap_or(i)
            }
            _ => i,
        };
        // (Where the verb phrase starts, past the phrase of place.)
        let verb_from = k;
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
            if k - verb_from > 4 {
                return None;
            }
        }
        // (Not in a possibility: "no just god would stand for this".)
        if toks[i..k]
            .iter()
            .any(|t| matches!(t.lower, "would" | "could" | "might" | "may" | "should"))
        {
            negation = negation.filter(|n| n != "no" && n != "none");
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
            verb_end: verb.end,
            negation,
            owned: toks[opening..start]
                .iter()
                .any(|t| matches!(t.lower, "its" | "our")),
        })
    }

    /// "there had been no radiation leak", "there was no explosion": an
    /// existential denied at `there` (token of `toks`) is about the noun
    /// phrase after "no" (up to four words), its event the phrase's head.
    /// Not "there is no evidence that …", whose claim is the clause after.
    pub(super) fn existential_denied(&self, toks: &[Tok], there: usize) -> Option<Topic> {
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
                // ("there was no earthquake today")
                || g.time_words.contains(&toks[e].lower)
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
        // ("there would be no increase in fuel prices": an event of the
        // lexicon that runs past its head through "in" or "of" is about
        // what follows it.)
        let about = self
            .cues_in(&(head.start..head.end))
            .iter()
            .filter(|c| self.has(c, Cat::Predicate) && c.end > head.end)
            .find_map(|c| {
                let cue_end = toks[e..]
                    .iter()
                    .position(|t| t.start >= c.end)
                    .map_or(toks.len(), |p| e + p);
                (toks.get(e).is_some_and(|t| matches!(t.lower, "in" | "of")) && cue_end > e + 1)
                    .then(|| &toks[e + 1..cue_end])
            });
        Some(Topic {
            subject: self.topic_subject(about.unwrap_or(phrase)),
            verb: self.doc[toks[k].start..head.end].to_string(),
            event: self.lex.morphology.singular(head.lower).into_owned(),
            verb_end: head.end,
            negation: Some("no".to_string()),
            owned: false,
        })
    }

    /// A form of "be" or an auxiliary ("had", "been", "was"): what stands
    /// between a negated noun phrase and its verb.
    pub(super) fn be_or_auxiliary(&self, t: &Tok) -> bool {
        self.lex.attribution.auxiliaries.contains(&t.lower)
            || self.lex.grammar.copulas.contains(&t.lower)
            || t.lower == "been"
    }

    /// The subject a topic's noun phrase names (not empty): its words
    /// lowercased and joined, the head in the singular ("radiation-leak").
    pub(super) fn topic_subject(&self, phrase: &[Tok]) -> FoundSubject {
        let last = phrase.len() - 1;
        let mut key = String::new();
        for t in &phrase[..last] {
            key.push_str(t.lower);
            key.push('-');
        }
        key.push_str(&self.lex.morphology.singular(phrase[last].lower));
        let range = phrase[0].start..phrase[last].end;
        FoundSubject {
            key,
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
    pub(super) fn cue_is_noun_use(&self, toks: &[Tok], cues: &[Cue], c: &Cue, ti: usize) -> bool {
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

    /// "the Novocherkassk was damaged but had not sunk": a bare "but"
    /// before a negated predicate of the lexicon that has no subject of its
    /// own cuts no clause. The two halves make one claim, whose negation
    /// decides what it denies. (Not "agreed to concessions but did not
    /// give any details", which denies nothing.)
    pub(super) fn join_negated_buts(
        &self,
        mut clauses: Vec<Range<usize>>,
        toks: &[Tok],
    ) -> Vec<Range<usize>> {
        let mut i = 1;
        while i < clauses.len() {
            let (left, right) = (&clauses[i - 1], &clauses[i]);
            // (The cheap test first: most cuts are no bare "but".)
            if self.doc[left.end..right.start].trim() != "but" {
                i += 1;
                continue;
            }
            let k = toks.partition_point(|t| t.start < right.start);
            let verb = match toks.get(k) {
                Some(t)
                    if self.lex.attribution.auxiliaries.contains(&t.lower)
                        && toks
                            .get(k + 1)
                            .is_some_and(|n| matches!(n.lower, "not" | "never")) =>
                {
                    k + 2
                }
                Some(t) if contracted_negation(t.lower) && t.lower.len() > 5 => k + 1,
                _ => usize::MAX,
            };
            let verb = toks
                .get(verb..)
                .unwrap_or_default()
                .iter()
                .find(|t| !matches!(t.lower, "be" | "been" | "have"));
            let negated_verb = verb.is_some_and(|v| {
                self.cues_in(&(v.start..v.end))
                    .iter()
                    .any(|c| c.start == v.start && self.has(c, Cat::Predicate))
            });
            if negated_verb {
                clauses[i - 1] = left.start..right.end;
                clauses.remove(i);
            } else {
                i += 1;
            }
        }
        clauses
    }

    /// "The commission said the count was not finished and rejected
    /// Brook's claim": a verb of denying coordinated with a verb of saying
    /// is a second statement of the same speaker, so its clause starts at
    /// the "and" (what was said ends before it, and a negation in it does
    /// not reach the denial).
    pub(super) fn split_coordinated_denials(
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
    pub(super) fn coordinated_denial_at(
        &self,
        clause: &Range<usize>,
        toks: &[Tok],
    ) -> Option<usize> {
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
}
