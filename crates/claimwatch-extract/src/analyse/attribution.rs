//! Attributions that sit outside a clause's own cue: closing and colon
//! attributions, transcripts, epigraphs, polls and asked questions.

use super::*;

impl<'a> Ctx<'a> {
    /// The comma, after token `from`, that opens a closing attribution:
    /// a noun phrase, a verb of saying, then nothing but circumstances
    /// ("…, the Kelby Courier reported (on Monday).").
    /// (The last verb of saying first, the cheapest test: most sentences
    /// end with none.)
    pub(super) fn closing_attribution(
        &self,
        toks: &[Tok],
        cues: &[Cue],
        from: usize,
    ) -> Option<usize> {
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
    pub(super) fn verb_after_that(&self, v: Option<&Tok>) -> bool {
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
    pub(super) fn implied_claim(&self, denial: &mut Found, toks: &[Tok]) -> Option<Found> {
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
    pub(super) fn more_attributions(
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
            // (Also past auxiliaries, negations and adverbs: "… but did
            // not say …", "… and has since said …".)
            let mut conj = vi;
            while conj > 0 && vi - conj < 3 && self.before_verb(&toks[conj - 1]) {
                conj -= 1;
            }
            let vi_conj = if conj > 0 && matches!(toks[conj - 1].lower, "and" | "but") {
                conj
            } else {
                vi
            };
            let coordinated = vi_conj > 0
                && toks[vi_conj - 1].is_word()
                && matches!(toks[vi_conj - 1].lower, "and" | "but")
                && main
                    .cue_range
                    .as_ref()
                    .is_some_and(|m| m.end <= toks[vi_conj - 1].start)
                && main.content.start < toks[vi_conj - 1].start;
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
            let mut conjunction = coordinated.then(|| vi_conj - 1);
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

    /// "The director called the plan careless, but said no one would be
    /// charged": a clause cut at a bare "but" that opens (after auxiliaries,
    /// negations and adverbs: "but has since said", "but did not
    /// recommend") with a verb of saying or of attitude, and has no subject
    /// of its own, is a second attribution of `main`'s speaker, whose
    /// content ends before the "but". `gap` is the text between the two
    /// clauses. Evaluation mode: the corpora mark each verb.
    pub(super) fn coordinated_after_but(
        &self,
        main: &Found,
        gap: &str,
        clause: &Range<usize>,
        toks: &[Tok],
    ) -> Option<Found> {
        if gap.trim().trim_start_matches(',').trim() != "but" {
            return None;
        }
        let c = self
            .opening_verb(clause, toks)
            .filter(|c| self.has(c, Cat::Speech) || self.has(c, Cat::Attitude))?;
        let content = trim_content(self.doc, c.end..clause.end);
        (!content.is_empty())
            .then(|| self.other_attribution(main, main.speaker.clone(), c, content))
    }

    /// The cue a clause without a subject opens with, after auxiliaries,
    /// negations and adverbs ("did not say …", "has since said …",
    /// "publicly denied …").
    pub(super) fn opening_verb<'c>(
        &'c self,
        clause: &Range<usize>,
        toks: &[Tok],
    ) -> Option<&'c Cue> {
        if !self.doc[clause.clone()].starts_with(|c: char| c.is_lowercase()) {
            return None;
        }
        let verb = toks.iter().take(4).find(|t| !self.before_verb(t))?;
        self.cues_in(clause).iter().find(|c| c.start == verb.start)
    }

    /// A word that may stand between a conjunction and its verb: an
    /// auxiliary, a negation (`attribution.auxiliaries`), "since" or an
    /// adverb in "-ly" ("but has since said", "and publicly denied").
    fn before_verb(&self, t: &Tok) -> bool {
        self.lex.attribution.auxiliaries.contains(t.lower)
            || t.lower == "since"
            || (t.lower.ends_with("ly") && t.lower.len() > 4 && !t.is_capitalised())
    }

    /// One more attribution of `main`'s clause: `speaker` said `content`
    /// (cue `c`).
    pub(super) fn other_attribution(
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
    pub(super) fn colon_attribution(&self, unit: &Unit, toks: &[Tok]) -> Option<Found> {
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
    pub(super) fn transcript_turns(&self) -> Vec<Found> {
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
    pub(super) fn epigraphs(&self) -> Vec<Found> {
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
    pub(super) fn colon_speaker_end(&self, toks: &[Tok], colon: usize) -> Option<usize> {
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
    pub(super) fn names_a_speaker_only(
        &self,
        unit: &Unit,
        toks: &[Tok],
        same_paragraph: bool,
    ) -> bool {
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
    pub(super) fn says_nothing(&self, toks: &[Tok]) -> bool {
        toks.iter()
            .all(|t| matches!(t.kind, TokKind::Punct(_)) || self.circumstance(t))
    }

    /// A word of the circumstances that may follow "X said" ("on Saturday",
    /// "in a statement").
    pub(super) fn circumstance(&self, t: &Tok) -> bool {
        // (A post's closing tag says nothing: "…, police sources say.
        // #Velsk".)
        self.lex.grammar.circumstance(t.lower) || t.lower.starts_with('#')
    }

    /// A speaker named by the text at `range`: `name`, or the text as it
    /// is written.
    pub(super) fn named_speaker(
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
    pub(super) fn asked_attribution(&self, unit: &Unit, toks: &[Tok]) -> Option<Found> {
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
    pub(super) fn in_source_attribution(&self, unit: &Unit, toks: &[Tok]) -> Option<Found> {
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
    pub(super) fn poll_attribution(&self, unit: &Unit, toks: &[Tok]) -> Option<Found> {
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
    pub(super) fn skip_addressee(
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
    pub(super) fn skip_medium(
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
}
