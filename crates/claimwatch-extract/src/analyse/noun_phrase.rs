//! Noun phrases before a verb, and the passive, relative and adverbial
//! shapes around them.

use super::*;

impl<'a> Ctx<'a> {
    /// The noun phrase that ends at token `v`. As the subject of a verb at
    /// `v` (`as_subject`), the object of a preposition is refused; as the
    /// antecedent of a relative pronoun it is not ("no mention of Jeb
    /// Bush, who announced …").
    pub(super) fn np_before(
        &self,
        toks: &[Tok],
        v: usize,
        as_subject: bool,
    ) -> Option<(usize, usize)> {
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
        // The "the" at `k` opens the clause: first, or after punctuation
        // ("The city said …", "…; the city of Varna said …").
        let the_opens = |k: usize| toks[k].lower == "the" && (k == 0 || !toks[k - 1].is_word());
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
                    // ("The city said …", opening its clause: see
                    // `speaking_place`.)
                    let place_head = s == e
                        && s >= 2
                        && the_opens(s - 2)
                        && lex.grammar.speaking_places.contains(&w);
                    // ("Tarsk airport said …", "Officials at Velsk refinery
                    // said …": a site or a place named by the name before
                    // its lowercase head; opening the clause or after a
                    // preposition of place, not "local TV station said",
                    // "officials in the western Anbar province said".)
                    let named_place_head = s == e
                        && s >= 2
                        && toks[s - 2].is_capitalised()
                        && !lex.not_names.contains(&toks[s - 2].lower)
                        && (s == 2
                            || !toks[s - 3].is_word()
                            || toks[s - 3].is_capitalised()
                            || toks[s - 3].lower == "of"
                            || lex.grammar.place_preps.contains(&toks[s - 3].lower))
                        && (lex.grammar.speaking_places.contains(&w)
                            || lex.facility_heads.contains(&w));
                    let head_word = place_head
                        || named_place_head
                        || lex.roles.contains(&w)
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
                        // ("The city of Varna said …": a place named by
                        // what it is, opening its clause, speaks for its
                        // name.)
                        if s >= 2 && s < e && self.names_a_place(toks, s - 2) && the_opens(s - 2) {
                            s -= 2;
                        }
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
        // ("A spokesman for the Lund plant said …": whatever a role speaks
        // for speaks, whether or not a list knows its head.)
        let spoken_for = || {
            let d = (e.saturating_sub(4)..e)
                .rev()
                .take_while(|&k| toks[k].is_word())
                .find(|&k| matches!(toks[k].lower, "the" | "a" | "an"));
            d.is_some_and(|d| {
                d >= 2 && toks[d - 1].lower == "for" && lex.roles.contains(&toks[d - 2].lower)
            })
        };
        // ("The registrar said …", "A county auditor told reporters …": a
        // head that names who does something by its ending, opened by a
        // determiner, before an active verb of saying. Not the object of a
        // preposition, "people who live near the crater told …", "a rep
        // for the actor tells …"; nor "The number said to have died …" or
        // "the militiamen responded with artillery".)
        let agent = || {
            // (Or a name's: "Ada Kole's coach said".)
            let opener = (e.saturating_sub(5)..e - 1)
                .rev()
                .take_while(|&k| toks[k].is_word() || toks[k].kind == TokKind::Possessive)
                .find(|&k| {
                    NAME_DETERMINERS.contains(&toks[k].lower)
                        || toks[k].lower == "one"
                        || (toks[k].kind == TokKind::Possessive
                            && k > 0
                            && toks[k - 1].is_capitalised())
                });
            self.agent_noun(&toks[e - 1])
                && opener.is_some_and(|d| {
                    d == 0 || !self.lex.grammar.prepositions.contains(&toks[d - 1].lower)
                })
                && active_speech()
                && toks
                    .get(v + 1)
                    .is_some_and(|t| !matches!(t.lower, "to" | "with" | "by"))
        };
        if s == e
            && (self.input.keep_all
                || (as_subject
                    && !voiceless
                    && (self.said_last(toks, v)
                        || after_subordinator()
                        || named_site()
                        || spoken_for()
                        || agent())))
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
                // (A head of `agent_noun` is no participle: "The king said".)
                if self.lex.grammar.determiners.contains(&w)
                    || self.lex.grammar.copulas.contains(&w)
                    || lex.not_names.contains(&w)
                    || ((w.ends_with("ed") || w.ends_with("ing"))
                        && !(k == e && self.agent_noun(&toks[k - 1])))
                {
                    break;
                }
                k -= 1;
            }
            // ("Ada Kole's coach said …": from the name on.)
            if s == e
                && k < e
                && k >= 2
                && toks[k - 1].kind == TokKind::Possessive
                && toks[k - 2].is_capitalised()
                && self.agent_noun(&toks[e - 1])
            {
                let mut n = k - 2;
                while n > 0 && e - n < 8 && toks[n - 1].is_capitalised() {
                    n -= 1;
                }
                s = n;
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
                    // ("a monitoring group", "the ruling party": an "-ing"
                    // modifier right before the head, after its article.)
                    let ing_modifier = k == s
                        && k >= 2
                        && matches!(toks[k - 2].lower, "a" | "an" | "the")
                        && (lex.organisation_words.contains(&toks[s].lower)
                            || lex.roles.contains(&toks[s].lower));
                    if lex.not_names.contains(&w)
                        || w.ends_with("ed")
                        || (w.ends_with("ing") && !w.contains('-') && !ing_modifier)
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
        }) || self.speaking_place_phrase(toks, s, e);
        if !meaningful {
            return None;
        }
        // "Officials who spoke with The Huffington Post said": the object
        // of a preposition is not the subject of the verb after it; the
        // antecedent of the relative clause is.
        if as_subject && self.after_preposition(toks, s) {
            // "Police in Lagos denied …", "Officials in Gaza said …": the
            // people named by their place speak for it ("Lagos").
            if let Some(g) = self.group_before_place(toks, s) {
                // ("The British embassy in Bamako said …": a group that
                // names its own side speaks for that side, not for the
                // place it sits in.)
                if self.names_its_side(toks, g, s - 1) {
                    return Some((g, s - 1));
                }
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
            // "The Ministry of Defence of the Russian Federation said", "the
            // head of the agency said": a name or a body or role before
            // "of" is the head, and the phrase runs from it.
            if s >= 2 && toks[s - 1].lower == "of" && toks[s - 2].is_word() {
                let head = &toks[s - 2];
                // (Not a word capitalised only as the sentence's first:
                // "Supporters of the mayor".)
                let named = head.is_capitalised() && s > 2 && !lex.not_names.contains(&head.lower)
                    || lex.organisation_words.contains(&head.lower)
                    || lex.roles.contains(&head.lower);
                if named {
                    if let Some((hs, _)) = self.np_before(toks, s - 1, true) {
                        return Some((hs, e));
                    }
                }
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
    pub(super) fn coordinated_subject(&self, toks: &[Tok], conj: usize) -> Option<(usize, usize)> {
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
    pub(super) fn speaker_as_subject(&self, speaker: &FoundSpeaker) -> Option<FoundSubject> {
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
    pub(super) fn antecedent(&self, toks: &[Tok], comma: usize) -> Option<(usize, usize)> {
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
    pub(super) fn speakers_before_place(&self, toks: &[Tok], s: usize) -> bool {
        self.group_before_place(toks, s).is_some()
    }

    /// Whether the group at `g..prep` before a place preposition names a
    /// side of its own with a name among its modifiers ("the British
    /// embassy in", "Israeli police in"; not "Health officials in", whose
    /// capital is the sentence's, nor "a spokesman for").
    pub(super) fn names_its_side(&self, toks: &[Tok], g: usize, prep: usize) -> bool {
        let lex = self.lex;
        lex.grammar.place_preps.contains(&toks[prep].lower)
            && toks[g..prep].iter().any(|t| {
                let w = t.lower;
                t.is_capitalised()
                    && !lex.grammar.determiners.contains(&w)
                    && !lex.roles.contains(w)
                    && !lex.organisation_words.contains(w)
                    && !lex.report_speakers.contains(w)
                    && !lex.attribution.modifiers.contains(w)
                    && !lex.grammar.field_words.contains(&w)
                    && !lex.not_names.contains(&w)
            })
    }

    /// Where the group of [`Self::speakers_before_place`] starts, with its
    /// determiner ("[a spokesman] for the army").
    pub(super) fn group_before_place(&self, toks: &[Tok], s: usize) -> Option<usize> {
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
    pub(super) fn anonymous_head_before(&self, toks: &[Tok], s: usize) -> Option<usize> {
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
        if k == s || !self.anonymous_pair(&toks[head], &toks[k]) {
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
    pub(super) fn anonymous_phrase_at(&self, toks: &[Tok], s: usize) -> Option<(usize, usize)> {
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
    pub(super) fn anonymous_head_at(&self, toks: &[Tok], s: usize, e: usize) -> Option<usize> {
        let a = &self.lex.attribution;
        let h = s + toks
            .get(s..e)?
            .iter()
            .take_while(|t| a.number_words.contains(&t.lower) || a.determiners.contains(&t.lower))
            .count();
        (h + 1 < e && self.anonymous_pair(&toks[h], &toks[h + 1])).then_some(h)
    }

    /// An anonymous source's head and the word after it: "sources close",
    /// "people familiar"; or one who knows somebody, "a friend of" (who
    /// relays, and does not speak for, whom it knows).
    fn anonymous_pair(&self, head: &Tok, link: &Tok) -> bool {
        let a = &self.lex.attribution;
        a.anonymous_heads.contains(&head.lower) && a.anonymous_links.contains(&link.lower)
            || a.acquaintance_heads.contains(&head.lower) && matches!(link.lower, "of" | "close")
    }

    /// The noun phrase at `s` is the object of a preposition right before
    /// it ("with The Huffington Post").
    pub(super) fn after_preposition(&self, toks: &[Tok], s: usize) -> bool {
        s > 0 && toks[s - 1].is_word() && self.lex.grammar.prepositions.contains(&toks[s - 1].lower)
    }

    /// The relative pronoun of ", who …," ending at the comma `end`: its
    /// index, when a comma stands before it and no final punctuation or
    /// quotation lies between.
    pub(super) fn relative_clause_before(&self, toks: &[Tok], end: usize) -> Option<usize> {
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
    pub(super) fn clause_follows(&self, toks: &[Tok], ve: usize) -> bool {
        toks.get(ve).is_some_and(|t| {
            matches!(t.lower, "that" | "he" | "she" | "they" | "it" | "we" | "i")
                || (self.lex.grammar.determiners.contains(&t.lower)
                    && toks.get(ve + 1).is_some_and(Tok::is_word))
        })
    }

    /// `toks` are one opening adverbial and nothing more ("In a speech at
    /// the depot"): no comma inside.
    pub(super) fn only_an_opening_adverbial(&self, toks: &[Tok]) -> bool {
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
    pub(super) fn opens_with_adverbial(&self, toks: &[Tok]) -> bool {
        let words = &self.lex.attribution;
        let mut w = toks.iter().filter(|t| t.is_word());
        w.next().is_some_and(|t| {
            words.adverbial_openers.contains(&t.lower)
                && !words.leading_connectors.contains(&t.lower)
                && !(t.lower == "at" && self.counts(toks))
        })
    }

    /// "At least 12 workers died", "at most one": "at least" and a number
    /// count what follows and place nothing (unlike "At least three times,
    /// …").
    fn counts(&self, toks: &[Tok]) -> bool {
        let mut w = toks.iter().filter(|t| t.is_word());
        let (Some(_), Some(q), Some(n)) = (w.next(), w.next(), w.next()) else {
            return false;
        };
        matches!(q.lower, "least" | "most")
            && (n.lower.starts_with(|c: char| c.is_ascii_digit())
                || self.lex.attribution.number_words.contains(&n.lower))
            && w.next().is_some_and(|head| {
                head.lower != "times" && !self.lex.grammar.time_words.contains(&head.lower)
            })
    }

    /// Where the noun phrase that ends at `e` really ends: past the
    /// lowercase head and modifiers after a name ("a CNN tally", "the FBI
    /// data released Tuesday"), up to a comma, final punctuation or
    /// quotation, a time word or a relative pronoun.
    pub(super) fn phrase_end(&self, toks: &[Tok], mut e: usize) -> usize {
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
    pub(super) fn asked_and_answered_no(
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
    pub(super) fn as_saying_at(&self, toks: &[Tok], k: usize) -> Option<usize> {
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
    pub(super) fn auxiliaries_before(&self, toks: &[Tok], vi: usize) -> (usize, bool) {
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
    pub(super) fn expletive_passive(
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
    pub(super) fn negates_self(&self, toks: &[Tok]) -> bool {
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
            // ("There is no fire at the Eiffel Tower", posted by the fire
            // service: an existential the author denies.)
            // (Not an idiom of opinion: "There is no excuse", "no point".)
            Some("there") => {
                let no = match words.next().map(|t| t.lower) {
                    Some("is" | "was" | "are" | "were") => {
                        words.next().is_some_and(|t| t.lower == "no")
                    }
                    Some("has" | "have" | "had") => {
                        words.next().is_some_and(|t| t.lower == "been")
                            && words.next().is_some_and(|t| t.lower == "no")
                    }
                    // ("There will be no lockdown.")
                    Some("will" | "would") => {
                        words.next().is_some_and(|t| t.lower == "be")
                            && words.next().is_some_and(|t| t.lower == "no")
                    }
                    _ => false,
                };
                no && words
                    .next()
                    .is_some_and(|t| !self.lex.grammar.existential_idioms.contains(&t.lower))
            }
            _ => false,
        }
    }

    /// Whether the verb of saying at tokens `vi..ve` is a passive ("has
    /// been reported") and a verb of saying follows a comma after it in
    /// the clause: "Bo Lind has been falsely reported dead, his spokesman
    /// said" is the spokesman's, not a relayed report.
    pub(super) fn passive_before_attribution(
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
    pub(super) fn agentless_passive(
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
}
