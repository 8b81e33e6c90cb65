//! The entity registry: names, their kinds and keys, aliases, surnames and
//! genders, and the mentions that pronouns and roles resolve to.

use super::*;

impl<'a> Ctx<'a> {
    pub(super) fn register_entities(&mut self, toks: &[Tok]) {
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
                || (t.end - t.start >= 3
                    && doc.as_bytes()[t.start + 1].is_ascii_uppercase()
                    && shouted_verdict(&self.cues, lex, doc, t))
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
            // (Not an organisation so named: "Islamic State".)
            if words
                .last()
                .is_some_and(|w| lex.place_descriptors.contains(&w.lower))
                && words.len() > 1
                && !(words.len() == 2
                    && lex
                        .organisation_words
                        .contains(&doc[words[0].start..words[1].end].to_lowercase()))
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
            // ("Actors Tom Reyes and Lina Park": a plural title too, before
            // names joined by "and"; not "Kings Cross".)
            let title = (lex.titles.contains(&words[0].lower)
                || words[0].lower.ends_with('s')
                    && toks.get(end).is_some_and(|t| t.lower == "and")
                    && lex
                        .titles
                        .contains(&lex.morphology.singular(words[0].lower)))
                && end - i > 1
                && words[1].lower != "of";
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
    pub(super) fn key(&self, name: &str) -> SmolStr {
        if let Some(k) = self.keys.borrow().get(name) {
            return k.clone();
        }
        let k = name_key(name, self.lex);
        self.keys.borrow_mut().insert(SmolStr::new(name), k.clone());
        k
    }

    pub(super) fn guess_kind(&self, run: &[Tok], key: &str, toks: &[Tok], at: usize) -> EntityKind {
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
            // (Not "the World Cup", "the Paris Agreement": an event's or a
            // document's name; "the Mosul Dam" is a place. After "the" or a
            // place's name only: "Robert Plant", "John Temple" are persons.)
            let head = run[run.len() - 1].lower;
            let named_thing = || {
                (at > 0 && toks[at - 1].lower == "the")
                    || self.lex.nations.contains_key(run[0].lower)
                    || self.reg.kinds.get(run[0].lower) == Some(&EntityKind::Place)
            };
            if self.lex.facility_heads.contains(head) && named_thing() {
                return EntityKind::Place;
            }
            if !(self.lex.thing_heads.contains(head) && named_thing()) {
                return EntityKind::Person;
            }
        }
        EntityKind::Thing
    }

    /// Records a mention; returns its key.
    pub(super) fn add_mention(&mut self, run: &[Tok], kind: EntityKind) -> Option<SmolStr> {
        let (first, last) = (run.first()?, run.last()?);
        let key = self.key(&self.doc[first.start..last.end]);
        self.add_mention_keyed(run, kind, key)
    }

    /// [`Ctx::add_mention`] with the run's key already computed.
    pub(super) fn add_mention_keyed(
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
    pub(super) fn claim_cue(&self, c: &Cue) -> bool {
        !self.lex.patterns[c.pat]
            .cats
            .iter()
            .all(|k| matches!(k, Cat::Attitude | Cat::Negation))
            || self.medium_shows(c)
            || self.finds_that(c)
    }

    /// "The fact check found that …": a verb of finding
    /// (`grammar.finding_verbs`) before "that" and its clause, or closing
    /// a sentence after a comma ("…, the fact check found."); an outlet's
    /// verb of finding out (`grammar.learning_verbs`) closing one ("…, Sky
    /// Sports understands.") or after "has" ("ESPN has learned that …").
    pub(super) fn finds_that(&self, c: &Cue) -> bool {
        let after = &self.doc[c.end..];
        let that = after.starts_with(" that ");
        let closing = || {
            (after.is_empty() || after.starts_with(['.', '!', '\n']))
                && self.doc.as_bytes()[c.start.saturating_sub(40)..c.start].contains(&b',')
        };
        if !that && !closing() {
            return false;
        }
        let g = &self.lex.grammar;
        let verb = self.cue_text(c);
        g.finding_verbs.contains(verb)
            || (g.learning_verbs.contains(verb)
                && (!that || self.doc[..c.start].ends_with(" has ")))
    }

    /// "Video shows …", "A clip purportedly shows …", "Photos appear to
    /// show …": a verb of showing (`grammar.showing_verbs`) whose subject
    /// is a medium that relays claims (`entities.report_speakers`), past
    /// adverbs in -ly and "appears to", "purports to", "seems to".
    pub(super) fn medium_shows(&self, c: &Cue) -> bool {
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
    pub(super) fn cues_in(&self, r: &Range<usize>) -> &[Cue] {
        let a = self.cues.partition_point(|c| c.start < r.start);
        let b = self.cues.partition_point(|c| c.start < r.end);
        &self.cues[a..b.max(a)]
    }

    /// The mentions that start inside `r`, without a copy (mentions are
    /// registered in document order).
    pub(super) fn mentions_starting_in(&self, r: &Range<usize>) -> impl Iterator<Item = &Mention> {
        let a = self
            .reg
            .mentions
            .partition_point(|m| m.range.start < r.start);
        let end = r.end;
        self.reg.mentions[a..]
            .iter()
            .take_while(move |m| m.range.start < end)
    }

    pub(super) fn mentions_in(&self, r: &Range<usize>) -> Vec<Mention> {
        self.mentions_starting_in(r)
            .filter(|m| m.range.end <= r.end)
            .cloned()
            .collect()
    }

    pub(super) fn last_mention_before(&self, pos: usize, kind: EntityKind) -> Option<&Mention> {
        self.reg
            .mentions
            .iter()
            .rev()
            .find(|m| m.range.start < pos && m.kind == kind)
    }

    /// The words after a role that make it the title of something, then a
    /// two-word name, all capitalised: "of State Antony Blinken", "of
    /// Foreign Affairs Sergei Lavrov".
    pub(super) fn title_of_something<'t, T: std::borrow::Borrow<Tok<'t>>>(
        &self,
        after_role: &[T],
    ) -> bool {
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
    pub(super) fn disowning(&self, toks: &[Tok], vi: usize, ve: usize) -> bool {
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
    pub(super) fn last_taken_before(&self, pos: usize) -> Option<&Mention> {
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
    pub(super) fn last_governed_before<'m>(
        &'m self,
        toks: &[Tok],
        pos: usize,
    ) -> Option<&'m Mention> {
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
}

/// "This is FAKE", "TOTALLY FALSE": a word of denying or confirming shouted
/// in capitals (a cue of `cues` covers it) is no acronym of a name.
#[inline(never)]
fn shouted_verdict(cues: &[Cue], lex: &Lexicon, doc: &str, t: &Tok) -> bool {
    t.is_acronym(doc) && {
        let k = cues.partition_point(|c| c.start <= t.start);
        cues[..k].iter().rev().take(2).any(|c| {
            c.end >= t.end
                && lex.patterns[c.pat]
                    .cats
                    .iter()
                    .any(|cat| matches!(cat, Cat::Denial | Cat::Confirmation | Cat::Retraction))
        })
    }
}
