//! The source of an attribution as the whole noun phrase that names it
//! (evaluation mode): "Texas Lt. Gov. Dan Patrick", "Howard Rubel, a senior
//! analyst at Jefferies,", not only the name the analysis resolved.
//!
//! The analysis finds the *name* of a speaker; attribution corpora such as
//! PolNeAR mark the phrase: titles and modifiers before the name, an
//! appositive after it (with its closing comma when the verb follows), and
//! nothing of the adverbials or auxiliaries around it. [`widen`] maps one
//! to the other using only the sentence's tokens.

use std::ops::Range;

use crate::lexicon::Lexicon;
use crate::segment::{self, Tok, TokKind};

fn is_title_abbreviation(lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    toks[k].is_word()
        && lex.attribution.title_abbreviations.contains(toks[k].lower)
        && toks.get(k + 1).is_some_and(|t| t.is_punct('.'))
}

/// An initial or a run of initials, and a full stop ("David B. Cohen",
/// "J.M. Berger").
fn is_initial(doc: &str, lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    let text = toks[k].text(doc);
    let single = text.chars().count() == 1;
    toks[k].is_word()
        && toks[k].is_capitalised()
        && (single || segment::initials_word(text))
        && toks.get(k + 1).is_some_and(|t| t.is_punct('.'))
        // (Not "in the U.S. He says": initials of a place end a sentence.)
        && (single
            || toks.get(k + 2).is_some_and(|n| {
                n.is_capitalised() && !lex.attribution.clause_words.contains(n.lower)
            }))
}

/// A token that may be part of a name or its title.
fn np_word(lex: &Lexicon, t: &Tok) -> bool {
    let w = t.lower;
    match t.kind {
        TokKind::Possessive => true,
        TokKind::Word => {
            (t.is_capitalised()
                && !lex.not_names.contains(w)
                && !lex.attribution.auxiliaries.contains(w))
                || lex.roles.contains(w)
                || lex.organisation_words.contains(w)
                || lex.attribution.modifiers.contains(w)
        }
        TokKind::Punct('-') => true,
        _ => false,
    }
}

/// A full stop inside a phrase, not at its end: after a title, an initial
/// or an abbreviation ("Mr. Clinton", "U.S. Senate", "Joseph R. Biden
/// Jr."), or inside a web address ("Tchadinfos.com").
fn inner_stop(doc: &str, lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    toks[k].is_punct('.')
        && k > 0
        && k + 1 < toks.len()
        && (is_title_abbreviation(lex, toks, k - 1)
            || is_initial(doc, lex, toks, k - 1)
            || (toks[k - 1].is_word() && segment::is_abbreviation(&doc[..toks[k].start]))
            || (toks[k + 1].start == toks[k].end && toks[k + 1].is_word()))
}

/// A place's abbreviation written with a full stop ("Fla.", "N.J.").
fn is_place_abbreviation(lex: &Lexicon, t: &Tok) -> bool {
    t.is_word() && lex.attribution.place_abbreviations.contains(t.lower)
}

fn index_at(toks: &[Tok], byte: usize) -> usize {
    toks.partition_point(|t| t.start < byte)
}

/// Final punctuation and closing quotes that end the phrase after a name.
fn ends_phrase(t: &Tok) -> bool {
    matches!(
        t.kind,
        TokKind::Punct('.' | '!' | '?' | ';' | ':' | '"' | '”' | '“' | '(' | ')' | '—' | '–')
    )
}

/// The source phrase for the name at `source`, whose verb is at `cue`.
/// `toks` are the tokens of the sentence holding both; the result lies on
/// their boundaries.
pub(crate) fn widen(
    doc: &str,
    lex: &Lexicon,
    toks: &[Tok],
    source: Range<usize>,
    cue: Range<usize>,
) -> Range<usize> {
    let mut s = index_at(toks, source.start);
    let mut e = index_at(toks, source.end);
    // Quotation marks and brackets at the ends are not part of a name.
    while s < e && matches!(toks[s].kind, TokKind::Punct(_)) {
        s += 1;
    }
    while e > s && matches!(toks[e - 1].kind, TokKind::Punct(c) if matches!(c, '"' | '“' | '”'))
    {
        e -= 1;
    }
    if s >= e || e > toks.len() {
        return source;
    }
    let preverbal = source.end <= cue.start;
    let c = index_at(toks, cue.start);
    let c_end = index_at(toks, cue.end);
    // "Mr. Sanders, who said …": the relative pronoun is the source.
    if preverbal && c > 0 {
        let mut k = c;
        while k > 0 && only_auxiliaries(lex, toks, k - 1, k) {
            k -= 1;
        }
        if k > 0 && matches!(toks[k - 1].lower, "who" | "which") && k > e {
            return toks[k - 1].start..toks[k - 1].end;
        }
    }

    // "Ed Rendell, a Clinton supporter, praised Sanders, calling it …",
    // "She greeted supporters and told them …": the subject of a second
    // verb is the subject of the first.
    if preverbal {
        if let Some(subject) = first_verb_subject(doc, lex, toks, c, e) {
            // (From the last line break: a headline is no subject.)
            let start = (subject.start + 1..subject.end)
                .rev()
                .find(|&k| line_break_before(doc, toks, k))
                .unwrap_or(subject.start);
            return toks[start].start..toks[subject.end - 1].end;
        }
    }
    // "Sanders, meanwhile, said": the analysis took an adverbial between
    // commas after the name.
    if preverbal && !opens_adverbial(lex, &toks[s]) {
        if let Some(k) = (s + 1..e.saturating_sub(1))
            .find(|&k| toks[k].is_punct(',') && opens_adverbial(lex, &toks[k + 1]))
        {
            e = k;
        }
    }
    // Too long to be a name: the analysis took the whole left part of the
    // clause. Keep what follows its last comma when the part before is a
    // clause or an adverbial ("After some challenges, …, one official").
    if e - s > 6 {
        if let Some(k) = (s..e).rev().find(|&k| toks[k].is_punct(',')) {
            let opener = lex.attribution.adverbial_openers.contains(toks[s].lower);
            if (opener || k - s >= 4) && k + 1 < e {
                s = k + 1;
            }
        }
    }
    // "Still, the fund", "If anything, experts": a short adverbial and its
    // comma.
    if lex.attribution.adverbial_openers.contains(toks[s].lower) {
        if let Some(k) = (s + 1..e.min(s + 5)).find(|&k| toks[k].is_punct(',')) {
            if k + 1 < e {
                s = k + 1;
            }
        }
    }
    while s < e && toks[s].is_word() && lex.attribution.leading_connectors.contains(toks[s].lower) {
        s += 1;
    }
    // "although his advisers", "Then Trump": a subordinator or adverb
    // before a short noun phrase.
    if e - s >= 2
        && e - s <= 7
        && lex.attribution.adverbial_openers.contains(toks[s].lower)
        && (s + 1..e).all(|k| np_word(lex, &toks[k]) || determiner(lex, &toks[k]))
    {
        s += 1;
    }
    // "Reid caucused in Nevada on Saturday and [said]": the subject of a
    // second verb is the noun phrase that opens the first clause.
    if e - s >= 3 && toks[e - 1].lower == "and" {
        let mut k = s;
        while k < e - 1
            && (np_word(lex, &toks[k])
                || determiner(lex, &toks[k])
                || (toks[k].is_punct('.') && k > s && is_title_abbreviation(lex, toks, k - 1)))
        {
            k += 1;
        }
        if k > s {
            e = k;
        }
    }
    // "The town released a statement, saying …": the subject of the main
    // clause, without its verb phrase.
    if preverbal {
        if let Some(k) = subject_end(doc, lex, toks, s, e) {
            e = k;
        }
    }
    // Auxiliaries and adverbs the analysis left at the end ("Cook did not").
    while preverbal && e > s + 1 && toks[e - 1].is_word() && {
        let w = toks[e - 1].lower;
        auxiliary_or_adverb(lex, w)
    } {
        e -= 1;
    }
    if s >= e {
        return source;
    }

    let floor = if preverbal { 0 } else { c_end };
    // "A spokesman for the buyer", "a lawyer for Mr. Trump": the role that
    // speaks for the name the analysis resolved.
    if s >= floor + 2 && role_speaking_for(lex, toks, s - 1) {
        s -= 2;
    }
    // Left: titles and modifiers ("Texas Lt. Gov.", "ACLU executive
    // Director", "Mr."), a determiner, a possessive owner.
    loop {
        if s <= floor {
            break;
        }
        let k = s - 1;
        let t = &toks[k];
        if t.is_punct('.')
            && k > floor
            && (is_title_abbreviation(lex, toks, k - 1) || is_initial(doc, lex, toks, k - 1))
        {
            s = k - 1;
            continue;
        }
        if determiner(lex, t) {
            s = k;
            break;
        }
        // "Current and former officials".
        if t.lower == "and"
            && k > floor
            && lex.attribution.modifiers.contains(toks[k - 1].lower)
            && lex.attribution.modifiers.contains(toks[s].lower)
        {
            s = k - 1;
            continue;
        }
        // (Not "Then Mr. Rubin", "Yet Bloomberg": a connector capitalised
        // at the start of the sentence.)
        let connector = lex.attribution.leading_connectors.contains(t.lower)
            || lex.attribution.adverbial_openers.contains(t.lower);
        if np_word(lex, t) && !connector {
            s = k;
            continue;
        }
        break;
    }

    if preverbal {
        s = coordinated_start(doc, lex, toks, subject_start(doc, lex, toks, s));
        // "the presumptive nominee, Donald Trump, tweeted", "Rep. Tom Cole,
        // an ally of the leadership, said": the noun phrase that the one
        // between commas describes or names.
        if s >= 2
            && toks[s - 1].is_punct(',')
            && toks.get(e).is_some_and(|t| t.is_punct(','))
            && only_auxiliaries(lex, toks, e + 1, c)
            && (toks[s - 2].is_word()
                || toks[s - 2].is_punct(')')
                || inner_stop(doc, lex, toks, s - 2))
        {
            let j = subject_start(doc, lex, toks, s - 1);
            // (Not "Alarmed by the unrest, Senator Reid, …" or
            // "Similarly, …": a participle or an adverb opens an adverbial.)
            let w = toks[j].lower;
            let adverbial =
                w.len() > 4 && (w.ends_with("ly") || w.ends_with("ed") || w.ends_with("ing"));
            if j < s - 1 && !adverbial {
                s = j;
            }
        }
    }

    // Right: the rest of the name ("Mr" → "Mr. Sanders's campaign",
    // "David B" → "David B. Cohen").
    let limit = if preverbal { c } else { toks.len() };
    while e < limit {
        let t = &toks[e];
        if inner_stop(doc, lex, toks, e) {
            e += 1;
            continue;
        }
        // (A lowercase modifier only inside the name: not "Paul then
        // said".)
        let dangling = !t.is_capitalised()
            && lex.attribution.modifiers.contains(t.lower)
            && !toks
                .get(e + 1)
                .is_some_and(|n| e + 1 < limit && np_word(lex, n));
        if t.kind != TokKind::Punct('-') && np_word(lex, t) && !dangling {
            e += 1;
            continue;
        }
        break;
    }

    // A prepositional phrase that names where the source belongs
    // ("Republicans on Capitol Hill", "Mr. Nevins of Showtime").
    if e + 1 < limit && matches!(toks[e].lower, "of" | "for" | "from" | "on" | "at") {
        let mut j = e + 1;
        if j < limit && determiner(lex, &toks[j]) {
            j += 1;
        }
        let name_start = j;
        while j < limit
            && (toks[j].lower == "and" || (toks[j].is_capitalised() && np_word(lex, &toks[j])))
        {
            j += 1;
        }
        if j > name_start && (!preverbal || j == limit || only_auxiliaries(lex, toks, j, limit)) {
            e = j;
        }
    }
    // A short parenthesis after the name ("Rep. Earl Blumenauer (D-Ore.)").
    if e < limit && toks[e].is_punct('(') {
        if let Some(close) = (e + 1..limit.min(e + 10)).find(|&k| toks[k].is_punct(')')) {
            if !preverbal
                || only_auxiliaries(lex, toks, close + 1, limit)
                || toks[close + 1..limit]
                    .first()
                    .is_some_and(|t| t.is_punct(','))
            {
                e = close + 1;
            }
        }
    }
    // An appositive after the name.
    if preverbal {
        // "Sanders, the senator from Vermont, said": the closing comma.
        if e < c
            && toks[e].is_punct(',')
            && only_auxiliaries(lex, toks, e + 1, c)
            && (s..e).any(|k| toks[k].is_punct(','))
        {
            e += 1;
        }
        // "X, the group's spokesman, said": up to and with the comma that
        // closes it, when only auxiliaries stand between it and the verb.
        if e < c && toks[e].is_punct(',') {
            let mut j = c;
            while j > e + 1
                && toks[j - 1].is_word()
                && lex.attribution.auxiliaries.contains(toks[j - 1].lower)
            {
                j -= 1;
            }
            let inner = &toks[e + 1..j.saturating_sub(1).max(e + 1)];
            // "Sanders, meanwhile, said", "Trump, in Kentucky, said",
            // "Mr. Bush, channeling his roots, said": an adverbial or a
            // participle between commas is no part of the name.
            let adverbial = inner.first().is_some_and(|t| opens_adverbial(lex, t));
            if j >= e + 3
                && !adverbial
                && toks[j - 1].is_punct(',')
                && inner.len() <= 40
                && !(e + 1..j.saturating_sub(1).max(e + 1))
                    .any(|k| ends_phrase(&toks[k]) && !inner_stop(doc, lex, toks, k))
            {
                e = j;
            }
        }
    } else if e + 1 < toks.len()
        && toks[e].is_punct(',')
        // "According to a poll of voters, Trump leads": after a cue that
        // opens the sentence, the comma ends the source's phrase.
        && toks[..c].iter().any(|t| {
            t.is_word() && !lex.attribution.leading_connectors.contains(t.lower)
        })
    {
        // "…, said Howard Rubel, a senior analyst at Jefferies." — to the
        // end of the sentence.
        let next = &toks[e + 1];
        let w = next.lower;
        let words = &lex.attribution;
        // "…, said Kevin Williamson, one of several critics on staff",
        // "…, runner-up to Hillary Clinton": a noun phrase, not a clause
        // or a circumstance.
        let noun_phrase = next.is_word()
            && !next.is_capitalised()
            && !(words.adverbial_openers.contains(w)
                || words.circumstance_openers.contains(w)
                || words.subordinators.contains(w)
                || words.clause_words.contains(w)
                || words.finite_verbs.contains(w)
                || words.auxiliaries.contains(w)
                || lex.grammar.prepositions.contains(w)
                || lex.grammar.connectors.contains(w)
                || w.ends_with("ing")
                || w.ends_with("ed")
                || w.ends_with("ly"));
        let appositive = matches!(w, "a" | "an" | "the" | "who" | "whose")
            || next.is_number(doc)
            || lex.roles.contains(w)
            || words.modifiers.contains(w)
            || words.determiners.contains(w)
            || words.number_words.contains(w)
            || noun_phrase
            || next.is_capitalised() && !lex.not_names.contains(w);
        if appositive {
            let mut j = e + 1;
            // Where a participle or a quotation after a second comma stops
            // the phrase: the comma closes the appositive and is part of it
            // ("said Peter Rice, chairman of Fox, noting that …").
            let mut closed = false;
            while j < toks.len() && (!ends_phrase(&toks[j]) || inner_stop(doc, lex, toks, j)) {
                // "…, referring to …": a participle after a second comma
                // is the speaker's circumstance.
                if toks[j].is_punct(',')
                    && toks.get(j + 1).is_some_and(|t| {
                        t.is_word()
                            && (t.lower.ends_with("ing")
                                || words.circumstance_openers.contains(t.lower)
                                || circumstance_at(doc, lex, toks, j + 1))
                    })
                {
                    j += 1;
                    closed = true;
                    break;
                }
                j += 1;
            }
            while !closed && j > e + 1 && toks[j - 1].is_punct(',') {
                j -= 1;
            }
            // "of Jacksonville, Fla.": the full stop of an abbreviation that
            // ends the sentence.
            if j + 1 == toks.len()
                && toks[j].is_punct('.')
                && j > e + 1
                && (segment::is_abbreviation(&doc[..toks[j].start])
                    || is_place_abbreviation(lex, &toks[j - 1]))
            {
                j += 1;
            }
            if j > e + 1 && j - e <= 40 {
                e = j;
            }
        }
    }
    // "-Nate Cohn": no punctuation opens the phrase.
    while s + 1 < e && matches!(toks[s].kind, TokKind::Punct(_)) {
        s += 1;
    }
    let (s, e) = tidy(doc, lex, toks, s, e, c, c_end, preverbal);
    toks[s].start..contraction_end(doc, lex, &toks[s..e])
}

/// Last corrections to the phrase `toks[s..e]` that the steps above widened
/// around the verb at `toks[c..c_end]`.
#[allow(clippy::too_many_arguments)]
fn tidy(
    doc: &str,
    lex: &Lexicon,
    toks: &[Tok],
    mut s: usize,
    mut e: usize,
    c: usize,
    c_end: usize,
    preverbal: bool,
) -> (usize, usize) {
    // A line break ends a headline or a caption: "13\nZoe Saldana asked".
    let breaks = |k: usize| line_break_before(doc, toks, k);
    if preverbal {
        if let Some(k) = (s + 1..e).rev().find(|&k| breaks(k)) {
            s = k;
        }
    } else if let Some(k) = (s + 1..e).find(|&k| breaks(k)) {
        e = k;
    }
    if !preverbal {
        // "ACLU executive Director Anthony Romero in a statement", "a
        // congressional report on Wednesday": the circumstance after the
        // name, before any comma.
        // (Not "a source on the call", "an NBC report at the time": a
        // phrase that says which.)
        if let Some(k) = (s + 1..e)
            .take_while(|&k| !toks[k].is_punct(','))
            .find(|&k| {
                circumstance_at(doc, lex, toks, k)
                    && toks[k - 1].is_capitalised()
                    && toks[k + 1].lower != "the"
            })
        {
            e = k;
        }
        return (s, e);
    }
    let words = &lex.attribution;
    // "As reported by Western Journalism": the agent of the passive verb.
    if e == s + 1
        && words.subordinators.contains(toks[s].lower)
        && toks.get(c_end).is_some_and(|t| t.lower == "by")
    {
        let start = c_end + 1;
        let end = (start..toks.len())
            .find(|&k| {
                ends_phrase(&toks[k]) && !inner_stop(doc, lex, toks, k) || toks[k].is_punct(',')
            })
            .unwrap_or(toks.len());
        if end > start {
            return (start, end);
        }
    }
    // "As the Washington Post observed", "Even some of Clinton's allies
    // have described": the subordinator or focus word opens the clause,
    // not the subject.
    // (Not "as many as 40 percent", "Among likely voters, two-thirds".)
    while e - s >= 2
        && toks[s].is_word()
        && (words.subordinators.contains(toks[s].lower)
            || words.inclusive_openers.contains(toks[s].lower)
            || toks[s].lower == "even")
        && toks.get(s + 2).is_none_or(|t| t.lower != "as")
        && !(s..e).any(|k| toks[k].is_punct(','))
    {
        s += 1;
    }
    // "entertainers and business leaders who say": the relative pronoun
    // is the subject of its verb.
    // (Not "many of whom".)
    if e - s >= 2
        && lex.grammar.relative_pronouns.contains(&toks[e - 1].lower)
        && !lex.grammar.prepositions.contains(&toks[e - 2].lower)
        && only_auxiliaries(lex, toks, e, c)
    {
        s = e - 1;
    }
    // A dash set off as punctuation, not a hyphen inside a word.
    let dash = |k: usize| {
        matches!(toks[k].kind, TokKind::Punct('—' | '–'))
            || (toks[k].is_punct('-') && space_before(doc, &toks[k]) && space_after(doc, &toks[k]))
    };
    // "Liberal and conservative economists are finding agreement that …":
    // a finite verb ends the subject (not one of a relative clause inside
    // it: "people whose interactions have been positive").
    if let Some(k) = (s + 1..e).find(|&k| {
        let t = &toks[k];
        t.is_word()
            && !t.is_capitalised()
            && words.finite_verbs.contains(t.lower)
            && !toks[s..k].iter().any(|p| {
                p.is_punct(',')
                    || p.is_punct('(')
                    || lex.grammar.relative_pronouns.contains(&p.lower)
                    || p.lower == "that"
            })
    }) {
        e = k;
    }
    // "Kagan — who was a leading architect of …", "Murphy — after a
    // gesture —": a clause or an adverbial set off by a dash is no part of
    // the name.
    if let Some(k) = (s + 1..e.saturating_sub(1)).find(|&k| dash(k)) {
        let w = toks[k + 1].lower;
        if lex.grammar.relative_pronouns.contains(w)
            || words.subordinators.contains(w)
            || words.circumstance_openers.contains(w)
        {
            e = k;
        }
    }
    // "Q: You", "complete with teleprompter -- Trump": a colon or a dash
    // ends what comes before. (Not "Democrats — and some Republicans —
    // say": dashes in pairs set off a part of the phrase.)
    let ends_part = |k: usize| toks[k].is_punct(':') || dash(k);
    if let Some(k) = (s..e)
        .rev()
        .find(|&k| ends_part(k))
        .filter(|_| (s..e).filter(|&k| ends_part(k)).count() == 1)
        .filter(|&k| k + 1 < e)
    {
        s = k + 1;
        while s + 1 < e && matches!(toks[s].kind, TokKind::Punct(_)) {
            s += 1;
        }
    }
    // "Maybe he", "early September we", "a step they": a personal pronoun
    // right before the verb is its subject.
    if e - s >= 2
        && words.clause_words.contains(toks[e - 1].lower)
        && !lex.grammar.relative_pronouns.contains(&toks[e - 1].lower)
        && !matches!(
            toks[e - 1].lower,
            "what" | "how" | "why" | "where" | "which"
        )
        && toks[e - 2].is_word()
        && !lex.grammar.prepositions.contains(&toks[e - 2].lower)
    {
        s = e - 1;
    }
    // "Carole Bower, 75, a retiree in Carthage, said", "Mike Shields,
    // president of the fund, said": the name that the appositive after it
    // describes opens the phrase.
    let age = toks[s].is_number(doc);
    let lowercase_start = age
        || (toks[s].is_word()
            && !toks[s].is_capitalised()
            && !words.clause_words.contains(toks[s].lower));
    // (Not "Mr. Obama, officials said, has …": a parenthetical.)
    let parenthetical = toks.get(c_end).is_some_and(|t| t.is_punct(','));
    if lowercase_start && !parenthetical && s >= 2 && toks[s - 1].is_punct(',') {
        let mut j = s - 1;
        while j > 0 && (np_word(lex, &toks[j - 1]) || inner_stop(doc, lex, toks, j - 1)) {
            j -= 1;
        }
        let name = &toks[j..s - 1];
        // (Not "Significantly, the judge", "in Onawa, Iowa, the candidate",
        // "hosts Joe and Mika Brzezinski, the candidate".)
        let starts_clause = j == 0
            || matches!(
                toks[j - 1].kind,
                TokKind::Punct('"' | '“' | '(' | '—' | '–' | ':')
            )
            || (j == 1 && words.leading_connectors.contains(toks[0].lower));
        if (name.len() >= 2 || (age && name.len() == 1))
            && name.len() <= 6
            && starts_clause
            && name.iter().any(|t| t.is_capitalised())
            && !name.iter().any(|t| {
                lex.grammar.time_words.contains(&t.lower)
                    || words.adverbial_openers.contains(t.lower)
            })
        {
            s = j;
        }
    }
    // "Trump, who has a commanding lead, said": a name mentioned before
    // needs no description; the relative clause is no part of it.
    if e - s > 3
        && toks[s].is_capitalised()
        && toks[s + 1].is_punct(',')
        && lex.grammar.relative_pronouns.contains(&toks[s + 2].lower)
        && toks[e - 1].is_punct(',')
    {
        e = s + 1;
    }
    // "He's not saying": the 's of "he is", not an owner.
    if e - s == 2
        && toks[e - 1].kind == TokKind::Possessive
        && words.clause_words.contains(toks[s].lower)
    {
        e -= 1;
    }
    (s, e)
}

/// Where the phrase `toks` ends: at the end of its last token, or before
/// the contracted verb of a one-word pronoun ("I'm asking", "they’re
/// hopeful").
fn contraction_end(doc: &str, lex: &Lexicon, toks: &[Tok]) -> usize {
    let last = &toks[toks.len() - 1];
    if let [only] = toks {
        if let Some(k) = only.text(doc).find(['\'', '’']) {
            let head = &only.lower[..k];
            if lex.attribution.clause_words.contains(head) {
                return only.start + k;
            }
        }
    }
    last.end
}

/// The subject of the clause that a second verb at `toks[c]` continues (a
/// participle after a comma, a verb after "and"), as token indices: from
/// the start of the clause, past an opening adverbial, to the first verb.
/// `None` when the verb at `c` is not a second verb or no first verb is
/// found.
fn first_verb_subject(
    doc: &str,
    lex: &Lexicon,
    toks: &[Tok],
    c: usize,
    source_end: usize,
) -> Option<Range<usize>> {
    let words = &lex.attribution;
    let mut k = c;
    while k > 0 && only_auxiliaries(lex, toks, k - 1, k) {
        k -= 1;
    }
    let before = toks.get(k.checked_sub(1)?)?;
    let participle = before.is_punct(',') && toks[c].lower.ends_with("ing");
    // (Not "…, a Chinese official said, adding": the found source is the
    // subject of the verb right before the comma; not "with Trump tweeting
    // … and asking": a participle coordinated with a participle.)
    let coordinated = before.lower == "and" && !toks[c].lower.ends_with("ing");
    if !(participle || coordinated) || source_end + 2 == k {
        return None;
    }
    // The clause: after the last semicolon, colon or dash, or after ", but"
    // or ", and".
    let mut start = (0..k - 1)
        .rev()
        .find_map(|j| {
            let t = &toks[j];
            let w = t.lower;
            if matches!(t.kind, TokKind::Punct(';' | ':' | '—' | '–')) {
                Some(j + 1)
            } else if !t.is_word() {
                None
            } else if j > 0 && toks[j - 1].is_punct(',') && matches!(w, "and" | "but") {
                Some(j + 1)
            } else {
                None
            }
        })
        .unwrap_or(0);
    while start < k && words.leading_connectors.contains(toks[start].lower) {
        start += 1;
    }
    // "On Tuesday, Clinton praised …".
    if start < k && words.adverbial_openers.contains(toks[start].lower) {
        start = (start + 1..k.min(start + 8)).find(|&j| toks[j].is_punct(','))? + 1;
    }
    // (Not from inside a quotation: '"…, and the issues have our
    // attention," said Kirby, referring to …'.)
    let quote_marks = toks[start..k]
        .iter()
        .filter(|t| matches!(t.kind, TokKind::Punct('"' | '“' | '”')))
        .count();
    if quote_marks % 2 == 1 {
        return None;
    }
    let mut end = subject_end(doc, lex, toks, start, k)?;
    // "Trump also praised", "Trump, meanwhile, praised": an adverb after
    // the subject is not part of it.
    if let Some(j) = (start + 1..end).find(|&j| {
        let t = &toks[j];
        let w = t.lower;
        let time_next = toks
            .get(j + 1)
            .is_some_and(|n| lex.grammar.time_words.contains(&n.lower));
        // ("Scott's family has": a noun in "-ly" after its owner.)
        let owned =
            matches!(toks[j - 1].kind, TokKind::Possessive) || determiner(lex, &toks[j - 1]);
        // "Trump tweeted in the early hours": a past tense after a name.
        let past_after_name = w.len() > 3
            && w.ends_with("ed")
            && toks[j - 1].is_capitalised()
            && toks[j - 1].kind == TokKind::Word
            && !owned;
        (t.is_word()
            && !t.is_capitalised()
            && (auxiliary(lex, w)
                || past_after_name
                || (w.len() > 4 && w.ends_with("ly") && !owned)
                || (words.adverbial_openers.contains(w)
                    && !lex.grammar.prepositions.contains(w)
                    && !words.leading_connectors.contains(w))
                || (lex.grammar.prepositions.contains(w) && time_next)))
            || (t.is_punct(',') && toks.get(j + 1).is_some_and(|n| opens_adverbial(lex, n)))
    }) {
        if !(start..j).any(|i| toks[i].is_punct(',')) || toks[j].is_punct(',') {
            end = j;
        }
    }
    // (Not "Putin forecast that the economy …", "even as shares …": a
    // clause of its own, its verb not found.)
    let clause = toks[start..end].iter().any(|t| {
        t.is_word()
            && (words.subordinators.contains(t.lower) || t.lower == "to" || t.lower == "even")
    });
    (end - start <= 30 && !clause).then_some(start..end)
}

/// Where the subject that opens `toks[s..e]` ends, when a verb follows it
/// there ("The town | released a statement", "Sen. Bernie Sanders (I-Vt.)
/// | emailed supporters"): before the first word that looks like a
/// finite verb (an auxiliary, a past tense, an adverb), with an
/// appositive between commas. `None` when no verb is found.
fn subject_end(doc: &str, lex: &Lexicon, toks: &[Tok], s: usize, e: usize) -> Option<usize> {
    let words = &lex.attribution;
    // A past tense in "-ed" is a verb when an object follows it ("released
    // a statement", "endorsed Cruz"), not an adjective ("registered
    // voters") or a participle after its noun ("voters polled").
    let takes_object = |k: usize| {
        toks.get(k + 1).is_some_and(|n| {
            n.is_capitalised()
                || n.is_number(doc)
                || words.determiners.contains(n.lower)
                || words.clause_words.contains(n.lower)
                || lex.grammar.determiners.contains(&n.lower)
        })
    };
    let verb_at = |k: usize| {
        let t = &toks[k];
        let w = t.lower;
        // "Rep. Hakeem Jeffries (D-N.Y.) reacted to …": a past tense right
        // after a name.
        let after_name = k > s
            && (toks[k - 1].is_punct(')')
                || (toks[k - 1].kind == TokKind::Word
                    && toks[k - 1].is_capitalised()
                    && !determiner(lex, &toks[k - 1])));
        t.is_word()
            && !t.is_capitalised()
            && (words.finite_verbs.contains(w)
                || (w.len() > 3
                    && w.ends_with("ed")
                    && (takes_object(k)
                        || (after_name && !words.participle_modifiers.contains(w)))))
    };
    let mut k = s;
    while k < e {
        let t = &toks[k];
        if verb_at(k) {
            return (k > s).then_some(k);
        }
        match t.kind {
            TokKind::Punct(',') => {
                // "Republicans, who hold a majority, have blocked …".
                let close = (k + 1..e.min(k + 30)).find(|&j| toks[j].is_punct(','))?;
                return (close + 1 < e && verb_at(close + 1)).then_some(close + 1);
            }
            TokKind::Punct('(') => {
                k = (k + 1..e.min(k + 10)).find(|&j| toks[j].is_punct(')'))? + 1;
                continue;
            }
            TokKind::Word | TokKind::Possessive | TokKind::Punct('-' | '.') => {}
            _ => return None,
        }
        if t.is_word() && (words.clause_words.contains(t.lower) && k > s) {
            return None;
        }
        k += 1;
    }
    None
}

/// Where the subject that holds the name at `s` starts: back to the start
/// of its clause when only words of a noun phrase stand between ("A
/// producer for Yahoo Studios", "37 percent of voters", "Republican
/// presidential hopeful Donald Trump"); `s` itself when anything else does
/// (a verb, a pronoun, an opening adverbial).
fn subject_start(doc: &str, lex: &Lexicon, toks: &[Tok], s: usize) -> usize {
    const MAX_WORDS: usize = 12;
    let words = &lex.attribution;
    let mut j = s;
    let boundary = loop {
        if j == 0 {
            break true;
        }
        if s - j >= MAX_WORDS {
            break false;
        }
        let t = &toks[j - 1];
        let w = t.lower;
        let inside = match t.kind {
            TokKind::Possessive => true,
            // "Dec 29 (Reuters) - Hillary Clinton": a dash between spaces.
            TokKind::Punct('-') => {
                if space_before(doc, t) || space_after(doc, t) {
                    break true;
                }
                true
            }
            TokKind::Punct('.') => inner_stop(doc, lex, toks, j - 1),
            TokKind::Punct(
                ',' | ';' | ':' | '"' | '“' | '”' | '\'' | '‘' | '’' | '(' | '—' | '–',
            ) => break true,
            // "Sen. Ted Cruz (R-Texas)": a short bracket inside the phrase.
            TokKind::Punct(')') => {
                match (j.saturating_sub(8)..j - 1)
                    .rev()
                    .find(|&k| toks[k].is_punct('('))
                {
                    Some(open) => {
                        j = open;
                        continue;
                    }
                    None => false,
                }
            }
            TokKind::Word if words.subordinators.contains(w) => break true,
            TokKind::Word => {
                !auxiliary(lex, w)
                    && !words.clause_words.contains(w)
                    && !words.finite_verbs.contains(w)
                    && !lex.grammar.inverting_verbs.contains(w)
                    // "Armstrong huddled with …": a past tense after a
                    // name or a pronoun.
                    && !(w.ends_with("ed")
                        && j >= 2
                        // ("a letter obtained by the Press": a participle)
                        && toks.get(j).is_none_or(|n| n.lower != "by")
                        && (toks[j - 2].is_capitalised()
                            || words.clause_words.contains(toks[j - 2].lower)))
            }
            _ => false,
        };
        if !inside {
            break false;
        }
        j -= 1;
    };
    if !boundary {
        return s;
    }
    while j < s
        && (words.leading_connectors.contains(toks[j].lower)
            || matches!(toks[j].kind, TokKind::Punct(_)))
    {
        j += 1;
    }
    // "At the rally Trump said": a clause that opens with an adverbial.
    if j < s && words.adverbial_openers.contains(toks[j].lower) {
        return s;
    }
    j
}

/// Where a coordination of names that ends with the one at `s` starts:
/// "Both Cruz and Fiorina", "Democrats Hillary Clinton, Bernie Sanders, and
/// Martin O'Malley". `s` itself when the word before is not "and" or the
/// list does not start a clause (not "Clinton won Iowa and Sanders").
fn coordinated_start(doc: &str, lex: &Lexicon, toks: &[Tok], s: usize) -> usize {
    if s < 2 || toks[s - 1].lower != "and" {
        return s;
    }
    let name_word = |k: usize| {
        let t = &toks[k];
        (np_word(lex, t) && t.kind != TokKind::Punct('-')) || inner_stop(doc, lex, toks, k)
    };
    let mut best = s;
    let mut j = s - 1;
    loop {
        // One name before the conjunction or the comma at `j`.
        let end = j;
        while j > 0 && name_word(j - 1) {
            j -= 1;
        }
        if j == end || !(j..end).any(|k| toks[k].is_capitalised()) {
            break;
        }
        let before = j.checked_sub(1).map(|k| &toks[k]);
        match before {
            None => return j,
            Some(t) if determiner(lex, t) || t.lower == "both" => return j - 1,
            Some(t) if t.is_punct(',') => {
                best = j;
                // "X, Y, and Z": another name before the comma.
                j -= 1;
            }
            Some(t) if matches!(t.kind, TokKind::Punct(_)) => return j,
            Some(t) if lex.attribution.leading_connectors.contains(t.lower) => return j,
            _ => break,
        }
    }
    best
}

/// A word that opens an adverbial or a participle phrase rather than a
/// noun phrase ("meanwhile", "in Kentucky", "for his part", "channeling
/// his roots").
fn opens_adverbial(lex: &Lexicon, t: &Tok) -> bool {
    let w = t.lower;
    t.is_word()
        // "Six newspapers, including the Press, said": part of the phrase.
        && !lex.attribution.inclusive_openers.contains(w)
        && (((lex.attribution.adverbial_openers.contains(w)
            || lex.attribution.circumstance_openers.contains(w))
            && !lex.attribution.determiners.contains(w))
            || (w.len() > 5 && (w.ends_with("ing") || w.ends_with("ly"))))
}

/// A role word and the "for" or "of" at `prep` after it: "a spokesman for
/// the army", "a lawyer for Mr. Trump" (the one spoken for is the
/// speaker's side).
pub(crate) fn role_speaking_for(lex: &Lexicon, toks: &[Tok], prep: usize) -> bool {
    prep >= 1
        && toks
            .get(prep)
            .is_some_and(|t| matches!(t.lower, "for" | "of"))
        && toks[prep - 1].is_word()
        && lex.roles.contains(toks[prep - 1].lower)
}

fn determiner(lex: &Lexicon, t: &Tok) -> bool {
    t.is_word() && lex.attribution.determiners.contains(t.lower)
}

/// "in a statement", "on Monday", "in 2015": a preposition of place or
/// time at `toks[k]` before an article, a time word or a number.
fn circumstance_at(doc: &str, lex: &Lexicon, toks: &[Tok], k: usize) -> bool {
    matches!(toks[k].lower, "in" | "on" | "at" | "during")
        && toks.get(k + 1).is_some_and(|n| {
            matches!(n.lower, "a" | "an" | "the")
                || lex.grammar.time_words.contains(&n.lower)
                || n.is_number(doc)
        })
}

/// An auxiliary, or a negated one written as one word ("don't",
/// "haven’t").
fn auxiliary(lex: &Lexicon, w: &str) -> bool {
    lex.attribution.auxiliaries.contains(w) || w.ends_with("n't") || w.ends_with("n’t")
}

/// An auxiliary or an adverb in "-ly" ("did not", "repeatedly").
pub(crate) fn auxiliary_or_adverb(lex: &Lexicon, w: &str) -> bool {
    auxiliary(lex, w) || (w.len() > 4 && w.ends_with("ly"))
}

/// Whether a line break stands between `toks[k - 1]` and `toks[k]`.
fn line_break_before(doc: &str, toks: &[Tok], k: usize) -> bool {
    doc[toks[k - 1].end..toks[k].start].contains('\n')
}

fn space_before(doc: &str, t: &Tok) -> bool {
    t.start
        .checked_sub(1)
        .is_some_and(|k| doc.as_bytes()[k].is_ascii_whitespace())
}

fn space_after(doc: &str, t: &Tok) -> bool {
    doc.as_bytes()
        .get(t.end)
        .is_some_and(u8::is_ascii_whitespace)
}

/// Only auxiliaries and adverbs in `toks[from..to]`.
fn only_auxiliaries(lex: &Lexicon, toks: &[Tok], from: usize, to: usize) -> bool {
    toks[from.min(to)..to]
        .iter()
        .all(|t| t.is_word() && (auxiliary(lex, t.lower) || t.lower.ends_with("ly")))
}
