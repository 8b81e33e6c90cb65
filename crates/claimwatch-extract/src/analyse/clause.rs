//! One clause's statement: its cue, kind, speaker, content and certainty.

use super::*;

impl<'a> Ctx<'a> {
    /// The statement one clause makes, if any. `prev` is the index in
    /// `self.found` of the unit's last statement, whose speaker goes on in
    /// a clause that has a cue but names no speaker of its own.
    pub(super) fn clause(
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
        // (Also "not a single", "not one": `grammar.determiner_negators`.)
        let no_phrase_before = |n: &Cue, ti: usize| -> bool {
            if !self
                .lex
                .grammar
                .determiner_negators
                .contains(self.cue_text(n))
            {
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
        // (Not after a copula: "the report is misleading because …"; nor
        // a noun before its preposition: "another fake from the ministry".)
        let attributive = |c: &Cue| {
            let ti = tok_at(c.start);
            self.lex.grammar.falsity_adjectives.contains(self.cue_text(c))
                && !ti
                    .checked_sub(1)
                    .is_some_and(|p| self.lex.grammar.copulas.contains(&toks[p].lower))
                && toks.get(ti + 1).is_some_and(|n| {
                    n.is_word()
                        && !self.lex.grammar.copulas.contains(&n.lower)
                        && !self.lex.grammar.prepositions.contains(&n.lower)
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
        // "Ruth Keller was dismissed as chief executive", "he had not been
        // dismissed": a person dismissed loses a post, and nothing is
        // denied (`resignation`, below).
        let person_dismissed = |c: &Cue| {
            let ti = tok_at(c.start);
            if self.cue_text(c) != "dismissed" || toks[ti].start != c.start {
                return false;
            }
            let (k, passive) = self.auxiliaries_before(toks, ti);
            let g = &self.lex.grammar;
            passive
                && k > 0
                && (g.male_pronouns.contains(&toks[k - 1].lower)
                    || g.female_pronouns.contains(&toks[k - 1].lower)
                    || self
                        .last_mention_before(toks[k - 1].end, EntityKind::Person)
                        .is_some_and(|m| m.range.end == toks[k - 1].end))
        };
        let dismissal = cues.iter().find(|c| person_dismissed(c)).map(|c| c.start);
        for c in &cues {
            if dismissal == Some(c.start) {
                continue;
            }
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
                                    || {
                                        // (Past whom it was told: "…, his
                                        // representative told Billboard,
                                        // adding that …".)
                                        let from = if TELLING.contains(&toks[vi].lower) {
                                            self.np_right(toks, ve).map_or(ve, |(_, e)| e)
                                        } else {
                                            ve
                                        };
                                        toks[from..participle_phrase_start(toks, from)]
                                            .iter()
                                            .all(|t| self.circumstance(t))
                                    })
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
        let has_predicate = cues.iter().any(|c| {
            (self.has(c, Cat::Predicate) || dismissal == Some(c.start)) && c.start >= content.start
        });
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
        // ("The aid worker kidnapped in Niger last month has been freed":
        // a participle after its noun, then a preposition, describes the
        // noun when a verb with its auxiliary ("has been freed") follows;
        // that verb is the event.)
        let after_auxiliary = |c: &Cue| {
            let ti = tok_at(c.start);
            toks[ti].start == c.start
                && ti > 0
                && self
                    .lex
                    .attribution
                    .passive_auxiliaries
                    .contains(toks[ti - 1].lower)
        };
        let finite_later = |c: &&Cue| {
            cues.iter().filter(in_content).any(|later| {
                later.start > c.end
                    && after_auxiliary(later)
                    && !toks[tok_at(c.end)..tok_at(later.start)]
                        .iter()
                        .any(|t| matches!(t.lower, "who" | "which" | "that" | "and" | "but"))
            })
        };
        let reduced_relative = |c: &&Cue| {
            let ti = tok_at(c.start);
            toks[ti].end == c.end
                && ti > 1
                // (Or after a comma: "Clara Weiss, kidnapped in Niger last
                // month, has been freed".)
                && (toks[ti - 1].kind == TokKind::Punct(',') && toks[ti - 2].is_word()
                    || toks[ti - 1].is_word()
                        && !toks[ti - 1].capitalised
                        && !self.lex.attribution.auxiliaries.contains(toks[ti - 1].lower))
                && toks[ti].lower.ends_with("ed")
                && toks
                    .get(ti + 1)
                    .is_some_and(|t| self.lex.grammar.prepositions.contains(t.lower))
                && finite_later(c)
        };
        // ("The rocket attack on Base Tora killed three soldiers": an event
        // named by the noun phrase that opens the clause is its subject;
        // the verb after it, in "-ed", is what it did.)
        let subject_noun = |c: &&Cue| {
            let ti = tok_at(c.start);
            let det = |t: &Tok| {
                self.lex.grammar.determiners.contains(&t.lower)
                    || matches!(t.lower, "their" | "its" | "his" | "her" | "our")
            };
            let opened = (ti.saturating_sub(3)..ti).rev().find(|&k| det(&toks[k]));
            // (The head of its phrase: a preposition, an auxiliary or the
            // verb follows; not "the arrest warrants could be executed".)
            let last = tok_at(c.end).saturating_sub(1).max(ti);
            let head = ti < last && self.lex.grammar.prepositions.contains(&toks[last].lower)
                || toks.get(last + 1).is_some_and(|n| {
                    self.lex.grammar.prepositions.contains(&n.lower)
                        || self.lex.attribution.auxiliaries.contains(n.lower)
                        || n.lower.ends_with("ed")
                });
            toks[ti].start == c.start
                && head
                && !toks[ti].lower.ends_with("ed")
                && !toks[ti].lower.ends_with("ing")
                // (The phrase opens what was said, or the clause "that"
                // opens.)
                && opened.is_some_and(|k| {
                    toks[k].start <= content.start + 1
                        || toks[..k].last().is_some_and(|p| p.lower == "that")
                })
                && cues.iter().filter(in_content).any(|v| {
                    let vi = tok_at(v.start);
                    v.start > c.end
                        && vi - ti <= 8
                        && toks[vi].start == v.start
                        && toks[vi].lower.ends_with("ed")
                        && !det(&toks[vi - 1])
                        && !toks[ti + 1..vi].iter().any(|t| {
                            matches!(t.lower, "who" | "which" | "that" | "and" | "but")
                                || t.kind == TokKind::Punct(',')
                        })
                })
        };
        let pred = cues
            .iter()
            .filter(in_content)
            .find(|c| !describes_a_name(c) && !reduced_relative(c) && !subject_noun(c))
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
                // (A phrase of the lexicon may end with the comma or stop
                // that bounds it: "has been dismissed,".)
                let text = doc[start..p.end].trim_end_matches([',', '.']);
                (Some(text.to_string()), class)
            }
            None => match cues.iter().find(|c| dismissal == Some(c.start)) {
                Some(d) if d.start >= content.start && d.end <= content.end => (
                    Some(doc[d.start..d.end].to_string()),
                    Some("resignation".to_string()),
                ),
                _ => (None, None),
            },
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

        // Where the speaker's next attribution after the content's start
        // begins ("X said A and promised B", "X said A, adding B"): what
        // was said ends before it.
        let next_attribution = |content: &Range<usize>, after_and_only: bool| {
            speech_cue.as_ref().filter(|sc| content.start >= sc.end)?;
            let n = cues.iter().find(|c| {
                c.start > content.start
                    && c.end <= content.end
                    && (self.has(c, Cat::Speech) || self.has(c, Cat::Attitude))
                    && verbal(c)
                    && {
                        let ti = tok_at(c.start);
                        ti > 0
                            && ti < toks.len()
                            && (toks[ti - 1].lower == "and"
                                || !after_and_only && toks[ti - 1].is_punct(','))
                            && toks[ti - 1].start > content.start
                    }
            })?;
            Some(toks[tok_at(n.start) - 1].start)
        };
        // ("The Kremlin denied striking the buildings and said the damage
        // was caused by Ukrainian air defence": a denial is about what it
        // denies, not what its speaker said next; after a comma, "…,
        // saying Rosenberg was not there" often says what it is about.)
        if kind == StatementKind::Denial {
            if let Some(end) = next_attribution(&content, true) {
                content.end = end;
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
            self.topic_of(toks, &about, pred.is_some()).or_else(|| {
                // ("SkyJet said all of its aircraft are accounted for and
                // that none of its planes had crashed": the second thing
                // said, when the first has no topic and the predicate read
                // is in the second; also without "that" when "no" or "none"
                // opens it: "… and none of its planes had crashed".)
                let p = pred?;
                let lo = toks.partition_point(|t| t.start < about.start);
                let hi = toks.partition_point(|t| t.end <= about.end);
                let k = (lo + 2..hi.saturating_sub(1)).find(|&k| {
                    toks[k - 1].lower == "and" && matches!(toks[k].lower, "that" | "none" | "no")
                })?;
                let from = if toks[k].lower == "that" { k + 1 } else { k };
                (p.start > toks[k].end)
                    .then(|| self.topic_of(toks, &(toks[from].start..about.end), true))?
            })
        } else {
            None
        };
        // "The FDA said there is no evidence that ivermectin cures
        // COVID-19": a denial of a clause after "that" that opens with one
        // bare singular noun no name names (a substance, a product), the
        // names only after its verb, is about that noun. (Not "that the
        // exchange would …", "that children are …".)
        let lead_topic = (kind == StatementKind::Denial && pred.is_none() && topic.is_none())
            .then(|| {
                let first = self.mentions_in(&about).first()?.range.start;
                let t = self.topic_of(toks, &about, false)?;
                let (r, verb_end) = (t.subject.range.clone()?, t.verb_end);
                let at = toks.partition_point(|x| x.start < r.start);
                let bare = at > 0
                    && toks[at - 1].lower == "that"
                    && toks.get(at).is_some_and(|w| {
                        w.end == r.end
                            && !w.is_capitalised()
                            && !w.lower.ends_with('s')
                            && !self.lex.morphology.is_plural(w.lower)
                    });
                (bare && r.end < first && verb_end <= first && t.negation.is_none())
                    .then_some(t.subject)
            })
            .flatten();

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
        // ("Ivo Tarn was poisoned, his spokeswoman said": the name a
        // pronoun's role stands for is whom it speaks for, which the claim
        // may be about.)
        // (A role that speaks for somebody else: a spokesperson, an agent.)
        let speaks_for_another = || {
            speaker.role.as_deref().is_some_and(|r| {
                self.lex.representative_roles.contains(r)
                    || matches!(r, "spokesperson" | "spokesman" | "spokeswoman")
            })
        };
        let spoken_for = speaks_for_another()
            && speaker.range.as_ref().is_some_and(|r| {
                let source = doc[r.clone()].to_lowercase();
                source.starts_with("his ") || source.starts_with("her ")
            });
        // ("Evan Holt has been released, his family said": whom "his"
        // family speaks for is no party excluded from the subject.)
        let excluded: Vec<String> = {
            let mut v = Vec::new();
            if !spoken_for {
                v.push(speaker.party.clone());
                v.push(self.key(&speaker.name).as_str().to_owned());
                if let Some(o) = &speaker.organisation {
                    v.push(self.key(o).as_str().to_owned());
                }
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
        // ("shot down a Su-25 jet over Avdiivka", "an F-16": a model's
        // designation, one of many made, is what happened to the thing, not
        // what the claim is about.)
        // (Letters, a hyphen and a number: not "MI5", "KCTV-5".)
        let model_designation = |m: &Mention| {
            m.kind == EntityKind::Thing
                && m.surface.split_once('-').is_some_and(|(make, number)| {
                    (1..=3).contains(&make.len())
                        && make.bytes().all(|b| b.is_ascii_alphabetic())
                        && number.starts_with(|c: char| c.is_ascii_digit())
                })
                && (before_lowercase(m)
                    || word_before(m).is_some_and(|t| matches!(t.lower, "a" | "an")))
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
        // (Or before a body's word: "Security forces shot dead five
        // protesters in Dera"; not a people's name: "Lebanese authorities
        // are holding …" is about Lebanon.)
        let before_role = |m: &Mention| {
            toks.get(at(m) + 1).is_some_and(|t| {
                t.is_word()
                    && !t.is_capitalised()
                    && (self.lex.roles.contains(&t.lower)
                        || self.lex.titles.contains(&t.lower)
                        || (self.lex.organisation_words.contains(&t.lower)
                            && !self.lex.nations.contains_key(m.key.as_str())
                            && m.key.as_str() == m.surface.to_lowercase()))
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
        let mut subject = lead_topic.or_else(|| {
            in_content
                .iter()
                .filter(|m| m.kind != EntityKind::Organisation && !opening_modifier(m))
                .min_by_key(|m| {
                    (
                        accused(m),
                        adjectival(m),
                        model_designation(m),
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
                .map(subject_of)
        });
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
                    || self.reg.kinds.get(&key) == Some(&EntityKind::Thing) && speaks_for_another()
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
        // "Mara Lind said reports of her death were a hoax": what the
        // reports of "his" or "her" event say befalls, when nothing else is
        // named, is the person who speaks (or whom the speaker speaks for).
        // (Not any "his": "Butler was unable to confirm his arrest record"
        // is somebody else's.)
        if subject.is_none() && befalls_a_person && !speaker.relayed {
            let lo = toks.partition_point(|t| t.start < about.start);
            let hi = toks.partition_point(|t| t.end <= about.end).max(lo);
            let reports_of_own = toks[lo..hi].windows(3).any(|w| {
                self.lex.grammar.claim_nouns.contains(&w[0].lower)
                    && w[1].lower == "of"
                    && matches!(w[2].lower, "his" | "her")
            });
            if reports_of_own {
                // (A name known as a person's: not "The company said
                // reports of his arrest were false".)
                subject = self.speaker_as_subject(&speaker).filter(|s| {
                    self.reg.kinds.get(&self.key(&s.surface)) == Some(&EntityKind::Person)
                });
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
        // ("SkyJet said none of its planes had crashed": about SkyJet.)
        let owner = topic
            .as_ref()
            .filter(|t| {
                t.owned
                    && !speaker.relayed
                    && speaker.name.chars().next().is_some_and(char::is_uppercase)
            })
            .and_then(|_| self.speaker_as_subject(&speaker))
            // (Not an outlet's: "The New York Times reported that its
            // registration had expired" is about what it reports on.)
            .filter(|s| {
                let last = s.key.rsplit('-').next().unwrap_or_default();
                s.kind != EntityKind::Person && !self.outlet_word(last)
            });
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
        if owner.is_some() {
            subject = owner;
        }
        // "Lena Vorst starred in it. The actress has died": a topic that
        // is one person's title or role ("actress", "minister"), of an
        // event that befalls a person, is the last person named before.
        // (`person_events`, as `befalls_a_person` above, for the class the
        // topic may have set since.)
        let personal_event = predicate_class
            .as_deref()
            .is_some_and(|c| self.lex.person_events.contains(c));
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
                subject = Some(FoundSubject::earlier(m));
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
                        .map(FoundSubject::earlier)
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
            // (Past "that": "pushed back on claims that she plans to …".)
            let opening = toks
                .iter()
                .filter(|t| t.start >= content.start && t.end <= content.end && t.is_word())
                .find(|t| t.lower != "that")
                .map(|t| t.lower);
            // ("Cole's campaign denied he was quitting": a body is no "he"
            // or "she", who is whom the body works for.)
            let (key, surface) = match (&speaker.organisation, speaker.role.as_deref(), opening) {
                (Some(org), Some(role), Some("he" | "she"))
                    if self.lex.organisation_words.contains(role) =>
                {
                    (self.key(org), org.clone())
                }
                _ => (self.key(&speaker.name), speaker.name.clone()),
            };
            let known = self.reg.kinds.get(&key).copied();
            // (A nation is no "he" or "she", whatever its mentions were
            // registered as: "Ukraine said he …".)
            let nation = self.lex.nations.contains_key(key.as_str());
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
                        && !nation
                        && self
                            .gender_of_key(&key)
                            .is_none_or(|g| Some(g) == self.gender_of_pronoun(w)) =>
                {
                    Some(EntityKind::Person)
                }
                Some("it" | "we") if known == Some(EntityKind::Organisation) => {
                    Some(EntityKind::Organisation)
                }
                // ("North Korea said it had tested a missile": a country
                // that speaks is its government, and speaks of itself.)
                Some("it") if known == Some(EntityKind::Place) => Some(EntityKind::Place),
                _ => None,
            };
            // ("days after Ukraine claimed he had been killed": a country
            // or a body is no "he" or "she"; the person last named is.)
            let named_person = || {
                self.last_mention_before(content.start, EntityKind::Person)
                    .filter(|m| {
                        self.gender_of_key(&m.key).is_none_or(|g| {
                            Some(g) == opening.and_then(|w| self.gender_of_pronoun(w))
                        })
                    })
                    .map(FoundSubject::earlier)
            };
            // (Not a role: "the CEO said he …".)
            let no_person = speaker.role.is_none()
                && (nation
                    || matches!(known, Some(EntityKind::Organisation | EntityKind::Place))
                        && !self.lex.roles.contains(key.as_str()));
            if matches!(opening, Some("he" | "she")) && no_person {
                subject = named_person();
            }
            if let (Some(kind), false) = (kind, key.is_empty()) {
                subject = Some(FoundSubject {
                    key: key.as_str().to_owned(),
                    surface,
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
                && !self.outlet_word(last);
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
                subject = Some(FoundSubject::earlier(m));
            } else if let Some(m) = speaker.range.as_ref().and_then(|r| {
                // ("The US embassy in Kyiv said five people had been
                // killed": the place a group that names its own side sits
                // in.)
                let k = toks.iter().position(|t| t.start >= r.end)?;
                let place = toks.get(k + 1)?.start;
                self.lex
                    .grammar
                    .place_preps
                    .contains(&toks[k].lower)
                    .then_some(())?;
                self.mentions_starting_in(&(place..place + 1))
                    .find(|m| m.range.start == place && m.kind == EntityKind::Place)
            }) {
                subject = Some(FoundSubject::earlier(m));
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
        if let Some(end) = next_attribution(&content, false) {
            content.end = end;
        }
        // "The government accused the opposition of paying protesters":
        // an accusation that names nothing is about the body accused, named
        // by what it is.
        if subject.is_none() && kind == StatementKind::Assertion {
            if let Some(own) = speech_cue
                .as_ref()
                .filter(|c| {
                    self.lex
                        .grammar
                        .accusation_verbs
                        .contains(&doc[c.start..c.end])
                })
                .and_then(|c| self.accused_body(toks, tok_at(c.end)))
            {
                subject = Some(own);
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

    /// The body an accusation names by what it is, its phrase starting at
    /// token `at` ("the opposition of …", "the rebels for …"): a group
    /// word after a determiner, before "of" or "for".
    fn accused_body(&self, toks: &[Tok], at: usize) -> Option<FoundSubject> {
        let g = &self.lex.grammar;
        let det = toks
            .get(at)
            .filter(|t| matches!(t.lower, "the" | "its" | "their"))?;
        let head = toks
            .get(at + 1)
            .filter(|t| t.is_word() && !t.is_capitalised())?;
        let group = self.lex.organisation_words.contains(&head.lower)
            || g.state_side_words.contains(&head.lower)
            || g.armed_group_words.contains(&head.lower);
        (group
            && toks
                .get(at + 2)
                .is_some_and(|t| matches!(t.lower, "of" | "for")))
        .then(|| FoundSubject {
            key: self.lex.morphology.singular(head.lower).into_owned(),
            surface: self.doc[det.start..head.end].to_string(),
            kind: EntityKind::Organisation,
            range: Some(det.start..head.end),
        })
    }
}
