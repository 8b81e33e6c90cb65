//! Who speaks: the noun phrase beside an attribution verb, resolved to a
//! person, organisation, role, publisher or author.

use super::*;

impl<'a> Ctx<'a> {
    /// The noun phrase that ends right before token `v`, skipping
    /// auxiliaries, adverbs and time phrases ("The Taliban on Monday had").
    pub(super) fn np_left(&self, toks: &[Tok], v: usize) -> Option<(usize, usize)> {
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
    pub(super) fn infinitive_subject_end(
        &self,
        toks: &[Tok],
        end: usize,
        committal: bool,
    ) -> usize {
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
    pub(super) fn names_a_kind(&self, next: &Tok) -> bool {
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
    pub(super) fn opening_body(
        &self,
        toks: &[Tok],
        before: usize,
        plural: bool,
    ) -> Option<FoundSpeaker> {
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
    pub(super) fn office_speaker(
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
    pub(super) fn requested(&self, toks: &[Tok], end: usize) -> bool {
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
    pub(super) fn asks_someone(&self, toks: &[Tok], vi: usize, ve: usize) -> bool {
        let requests = &self.lex.grammar.request_verbs;
        let w = toks[vi].lower;
        // ("called on" as one cue, or "called" and then "on".)
        // (The verb alone: "pushed back on claims that she plans to
        // resign" asks nobody.)
        let ve = if requests.contains(&w) && ve == vi + 1 {
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
    pub(super) fn content_negation(&self, toks: &[Tok], about: &Range<usize>) -> Option<&'a str> {
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
    pub(super) fn post_modifier_start(&self, toks: &[Tok], e: usize) -> Option<usize> {
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
    pub(super) fn circulation_at(&self, toks: &[Tok], p: usize) -> bool {
        let t = &toks[p];
        let g = &self.lex.grammar;
        // (Last: the cheap tests of the participle turn nearly every call
        // away first.)
        let linked = || {
            toks.get(p + 1).is_none_or(|n| {
                !n.is_word()
                    || self.speech_at(toks, p + 1)
                    || g.circulation_links.contains(n.lower)
                    || g.time_words.contains(n.lower)
                    || n.is_number(self.doc)
                    || (n.lower.ends_with("ly") && !n.is_capitalised())
            })
        };
        p > 0
            && t.is_word()
            && !t.is_capitalised()
            && (t.lower.ends_with("ed") || t.lower.ends_with("ing"))
            && toks[p - 1].is_word()
            && self.lex.report_speakers.contains(toks[p - 1].lower)
            && !self.lex.attribution.finite_verbs.contains(t.lower)
            && linked()
    }

    /// Whether token `v` is a speech cue ("said", "told", "reported").
    pub(super) fn speech_at(&self, toks: &[Tok], v: usize) -> bool {
        toks.get(v).is_some_and(|t| {
            self.cues
                .binary_search_by(|c| c.start.cmp(&t.start))
                .is_ok_and(|k| self.has(&self.cues[k], Cat::Speech))
        })
    }

    /// Whether the verb at token `v` ends its sentence after a comma
    /// ("…, officials said.", "…, officials said on Monday."): what it
    /// attributes came before it, and the words between are its subject.
    pub(super) fn said_last(&self, toks: &[Tok], v: usize) -> bool {
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
    pub(super) fn opening_quantifier(&self, toks: &[Tok], k: usize) -> bool {
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
    pub(super) fn clause_word(&self, t: &Tok) -> bool {
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
    pub(super) fn described_phrase_start(&self, toks: &[Tok], s: usize) -> usize {
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
    pub(super) fn placing_phrases_end(&self, toks: &[Tok], e: usize) -> usize {
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
    pub(super) fn said_of_something(&self, toks: &[Tok], ti: usize) -> bool {
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
    pub(super) fn quantifier(&self, w: &str) -> bool {
        let a = &self.lex.attribution;
        a.people_quantifiers.contains(w)
            || a.number_words.contains(w)
            || !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
    }

    /// Evaluation mode: a passive verb at tokens `vi..ve` with its agent
    /// ("The plan was opposed by Democrats", "His comments were quickly
    /// derided by X", "Assad, opposed by the U.S., held on"): the agent is
    /// the source and the subject is what is attributed to it. Returns the
    /// agent, the subject's byte range and where the cue starts (at its
    /// auxiliaries, which PolNeAR counts in the cue).
    pub(super) fn passive_agent(
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
    pub(super) fn kind_passive_agent(
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
        let named = toks[s..e].iter().any(|t| t.is_capitalised())
            || self.common_head(&toks[e - 1])
            || self.agent_noun(&toks[e - 1]);
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
    pub(super) fn opposite_sides(&self, reference: &str, name: &str) -> bool {
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
    pub(super) fn np_right(&self, toks: &[Tok], s: usize) -> Option<(usize, usize)> {
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
                        || (e > s && determined && self.agent_noun(t))
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
                                        || lex.organisation_words.contains(&n.lower)
                                        || (determined && self.agent_noun(n)))
                            }))
                        // "according to Spanish daily El País": the kind
                        // of medium before its name.
                        || (e > s
                            && !t.is_capitalised()
                            && lex.grammar.media_words.contains(&w)
                            && toks.get(e + 1).is_some_and(|n| n.is_capitalised()))
                        // (And the article of its name: "British newspaper
                        // The Guardian".)
                        || (e > s
                            && w == "the"
                            && toks[e - 1].is_word()
                            && !toks[e - 1].is_capitalised()
                            && lex.grammar.media_words.contains(&toks[e - 1].lower)
                            && toks.get(e + 1).is_some_and(|n| n.is_capitalised()))
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
        // ("Spanish daily El País": the medium is its name, the words
        // before say what kind it is.)
        let s = (s + 1..e)
            .rev()
            .find(|&k| {
                !toks[k - 1].is_capitalised()
                    && toks[k - 1].is_word()
                    && lex.grammar.media_words.contains(&toks[k - 1].lower)
                    && toks[k].is_capitalised()
            })
            .unwrap_or(s);
        (e > s
            && !(e - s == 1
                && (NAME_DETERMINERS.contains(&toks[s].lower) || self.quantifier(toks[s].lower))))
        .then_some((s, e))
    }

    pub(super) fn relayed_speaker(&self, surface: &str) -> FoundSpeaker {
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

    /// A lowercase last word that names an outlet or a relaying source
    /// ("times", "media", "reports"): what it names passes on somebody
    /// else's words.
    pub(super) fn outlet_word(&self, w: &str) -> bool {
        self.lex.report_speakers.contains(w) || self.lex.grammar.media_words.contains(w)
    }

    /// Is `unit`, the first of the document, a news post's headline whose
    /// unattributed claim is its publisher's (see `Ctx::headline_end`)? The
    /// post's title when it has one, else a first line set as a headline;
    /// three words at least ("Breaking news" claims nothing).
    pub(super) fn publishes(&self, unit: &Unit, toks: &[Tok]) -> bool {
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
    pub(super) fn label_before(&self, unit: &Unit, clause: &Range<usize>) -> bool {
        let before = self.doc[unit.range.start..clause.start.max(unit.range.start)].trim_end();
        before
            .strip_suffix(':')
            .is_some_and(|l| (1..=2).contains(&l.split_whitespace().count()))
    }

    /// "Breaking:", "JUST IN —", "BREAKING …": a label of
    /// `grammar.news_labels` (one or two words) opening the text, followed
    /// by a colon, a dash or a bar, or written in capitals. (The
    /// segmenter leaves a label that ends with its colon out of the unit.)
    pub(super) fn opens_with_news_label(&self, unit: &Unit, toks: &[Tok]) -> bool {
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
    pub(super) fn publisher_speaker(&self) -> Option<FoundSpeaker> {
        self.writer_speaker(self.input.publisher?, Attribution::Author)
    }

    pub(super) fn author_speaker(&self, attribution: Attribution) -> Option<FoundSpeaker> {
        self.writer_speaker(self.input.author?, attribution)
    }

    /// Who wrote or published the post, by the name the input gives (none
    /// when blank).
    pub(super) fn writer_speaker(
        &self,
        name: &str,
        attribution: Attribution,
    ) -> Option<FoundSpeaker> {
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
    pub(super) fn not_the_claimant(&self, sp: FoundSpeaker) -> FoundSpeaker {
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

    /// Whether `toks[s..e]` is "the" and a place named by what it is
    /// (`grammar.speaking_places`): "the city", "the county".
    pub(super) fn speaking_place_phrase(&self, toks: &[Tok], s: usize, e: usize) -> bool {
        e == s + 2
            && toks[s].lower == "the"
            && self
                .lex
                .grammar
                .speaking_places
                .contains(&toks[s + 1].lower)
    }

    /// "The city said …": a place named by what it is
    /// (`speaking_place_phrase`) speaks as the place (or name of unknown
    /// kind) named last before it, or, when none was, as itself.
    fn speaking_place(
        &self,
        toks: &[Tok],
        s: usize,
        e: usize,
        attribution: Attribution,
    ) -> Option<FoundSpeaker> {
        if !self.speaking_place_phrase(toks, s, e) {
            return None;
        }
        let range = toks[s].start..toks[e - 1].end;
        // (A name of unknown kind will do: "Residents of Varna …".)
        let place = self
            .last_mention_before(range.start, EntityKind::Place)
            .or_else(|| self.last_mention_before(range.start, EntityKind::Thing));
        let (name, party, attribution) = match place {
            Some(m) => (
                m.surface.as_str().to_owned(),
                m.key.as_str().to_owned(),
                Attribution::Coreference,
            ),
            None => (
                toks[s + 1].lower.to_string(),
                toks[s + 1].lower.to_string(),
                attribution,
            ),
        };
        Some(FoundSpeaker {
            name,
            surface: self.doc[range.clone()].to_string(),
            role: None,
            organisation: None,
            party,
            aliases: Vec::new(),
            attribution,
            range: Some(range),
            relayed: false,
        })
    }

    /// Builds a speaker from the noun phrase `toks[s..e]`.
    pub(super) fn speaker_from(
        &self,
        toks: &[Tok],
        s: usize,
        e: usize,
        attribution: Attribution,
    ) -> Option<FoundSpeaker> {
        let mut sp = self.speaker_of_phrase(toks, s, e, attribution)?;
        // "Police in Lund said …": the group named by its place speaks for
        // the place (`group_before_place`), and is named by both ("Lund
        // police"), not by the place alone. (A one-word group only:
        // "Officials in Kyiv", "the hospital in Gaza City".)
        // (Not the owner of a possessive read on its own: in "an official
        // in the president's office" the office is where the group is.)
        if s >= 2
            && !sp.relayed
            && self.lex.grammar.place_preps.contains(&toks[s - 1].lower)
            && toks.get(e).is_none_or(|t| t.kind != TokKind::Possessive)
        {
            if let Some(g) = self.group_before_place(toks, s) {
                let g = g + usize::from(self.lex.grammar.determiners.contains(&toks[g].lower));
                let group = toks[g].lower;
                // (Once: a speaker read again from its own phrase keeps its
                // name. Not a medium: "a report in the Morning Ledger" is
                // the Ledger's.)
                if g + 2 == s
                    && !self.names_its_side(toks, g, s - 1)
                    && !self.lex.report_speakers.contains(group)
                    && !sp.name.to_lowercase().ends_with(group)
                {
                    sp.name = format!("{} {group}", sp.name);
                }
            }
        }
        Some(sp)
    }

    /// [`Ctx::speaker_from`] before a group named by its place is named.
    fn speaker_of_phrase(
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
        if let Some(sp) = self.speaking_place(toks, s, e, attribution) {
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
        // ("Correction: our earlier post said …": the author's own post.)
        let own_document = || {
            let head = toks[e - 1].lower;
            lex.grammar.document_nouns.contains(&head)
                && toks[..e - 1]
                    .iter()
                    .rev()
                    .take(3)
                    .find(|t| !matches!(t.lower, "earlier" | "previous" | "last" | "original"))
                    .is_some_and(|t| matches!(t.lower, "our" | "my"))
        };
        // "We categorically deny …" in a social post: the author speaks.
        if self.input.first_person && (lex.first_person.contains(&lower_surface) || own_document())
        {
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
                self.outlet_word(&name.rsplit(' ').next().unwrap_or(name).to_lowercase())
            };
            // ("Officials said …. The rebels stated …": people named by
            // their role are no armed group.)
            let armed_group = is_group_ref
                && lower_surface
                    .split_whitespace()
                    .any(|w| self.lex.grammar.armed_group_words.contains(w));
            // ("Omar Masri was killed, the spokesman said": a role named
            // after a person in its sentence is someone else, even one
            // named before; "he" may be that person.)
            let role_reference = is_person_ref && lower_surface.starts_with("the ");
            let sentence_start = toks.first().map_or(0, |t| t.start);
            let named_before_role = |key: &str| {
                role_reference
                    && self.reg.mentions.iter().any(|n| {
                        n.kind == EntityKind::Person
                            && n.key == key
                            && n.range.start >= sentence_start
                            && n.range.start < range.start
                    })
            };
            let from_found = self.found.iter().rev().find(|f| {
                !f.speaker.relayed
                    && (f.speaker.role.is_some() || !named_before_role(&f.speaker.party))
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
                // ("Omar Masri was killed, the spokesman said": a role
                // named after a sentence's person is someone else, even one
                // named before; "he" may be that person.)
                .filter(|m| !named_before_role(&m.key))
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
        // (Nor in any case when the two words are one organisation's:
        // "Ukraine's general staff".)
        let org_word = |t: &Tok| t.is_capitalised() && lex.organisation_words.contains(&t.lower);
        let one_body = |t: &Tok, n: &Tok| {
            let mut pair = smol_str::SmolStrBuilder::new();
            pair.push_str(t.lower);
            pair.push(' ');
            pair.push_str(n.lower);
            lex.organisation_words.contains(pair.finish().as_str())
        };
        let role_at = words
            .iter()
            .enumerate()
            .position(|(k, t)| {
                lex.roles.contains(&t.lower)
                    && !words
                        .get(k + 1)
                        .is_some_and(|n| (t.is_capitalised() && org_word(n)) || one_body(t, n))
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
    pub(super) fn gender_of_word(&self, w: &str) -> Option<Gender> {
        let g = &self.lex.grammar;
        gender_in(w, &g.female_markers, &g.male_markers)
    }

    /// The gender a pronoun refers to ("she", "he").
    pub(super) fn gender_of_pronoun(&self, w: &str) -> Option<Gender> {
        let g = &self.lex.grammar;
        gender_in(w, &g.female_pronouns, &g.male_pronouns)
    }

    /// The gender a title gave a name (by its key or its last word).
    pub(super) fn gender_of_key(&self, key: &str) -> Option<Gender> {
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
    pub(super) fn gender_of_speaker(&self, sp: &FoundSpeaker) -> Option<Gender> {
        self.gender_of_key(&self.key(&sp.name))
            .or_else(|| sp.role.as_deref().and_then(|r| self.gender_of_word(r)))
    }

    /// The words before a title are a place or a qualifier ("Texas",
    /// "Former Arizona State", "U.S."), not an organisation ("Planned
    /// Parenthood's president").
    pub(super) fn qualifies_a_title(&self, before: &[&Tok]) -> bool {
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
    pub(super) fn described_speaker(
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
        // ("The group Ansar Deen, an ally of al-Qaeda": lowercase words
        // that say what the name is, then the name.)
        } else if let Some(n) = Some(
            s + toks[s..k]
                .iter()
                .take_while(|t| t.is_word() && (t.lower == "the" || !t.is_capitalised()))
                .count(),
        )
        .filter(|&n| n > s && n <= s + 3 && toks[n - 1].lower != "the" && is_name(n, k))
        {
            ((n, k), (k + 1, end))
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
    pub(super) fn national_party(&self, name: &str) -> Option<String> {
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
    pub(super) fn place_of_state_body(&self, name: &str, range: &Range<usize>) -> Option<String> {
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

    pub(super) fn canonical(&self, key: &str) -> String {
        match self.reg.aliases.get(key) {
            Some((_, k)) => k.as_str().to_owned(),
            None => key.to_string(),
        }
    }
}
