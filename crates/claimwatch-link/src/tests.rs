use super::*;
use chrono::TimeZone;
use claimwatch_model::{Author, RawPost, SourceRef, RAW_POST_SCHEMA};

fn post(source: &str, id: &str, minutes: i64, text: &str) -> RawPost {
    RawPost {
        schema: RAW_POST_SCHEMA.into(),
        id: id.into(),
        source: SourceRef {
            id: source.into(),
            kind: "rss".into(),
            url: format!("http://127.0.0.1/{source}.xml"),
        },
        platform: "web".into(),
        url: Some(format!("http://127.0.0.1/{source}/{id}")),
        guid: None,
        author: Author::default(),
        title: None,
        text: text.into(),
        language: None,
        published_at: Utc.with_ymd_and_hms(2021, 9, 6, 8, 0, 0).unwrap()
            + Duration::minutes(minutes),
        fetched_at: Utc.with_ymd_and_hms(2021, 9, 6, 12, 0, 0).unwrap(),
        first_person: false,
        tags: vec![],
        references: vec![],
        counts: Default::default(),
    }
}

fn statements(p: &RawPost) -> Vec<Statement> {
    claimwatch_extract::extract_post(p)
}

fn apply_all(l: &mut Linker, posts: &[RawPost]) -> Vec<ContestedClaim> {
    let mut out = Vec::new();
    for p in posts {
        for s in statements(p) {
            out.extend(l.apply(&s).changed);
        }
    }
    out
}

const CLAIM: &str =
    "Taliban spokesman Zabihullah Mujahid said that Panjshir province was completely captured.";
const DENIAL: &str =
    "The National Resistance Front denied the Taliban's claim about Panjshir and said it is false.";
const REPEAT: &str = "A Taliban commander told reporters that the Panjshir Valley had fallen.";
const OTHER_DENIAL: &str =
    "The ministry denied that the city of Kandahar had been seized by the militia.";

#[test]
fn assertion_and_denial_across_posts_form_one_claim_and_a_repeat_joins() {
    let mut l = Linker::new(LinkSettings::default());
    let out = apply_all(
        &mut l,
        &[
            post("a", "p1", 0, CLAIM),
            post("b", "p2", 30, DENIAL),
            post("c", "p3", 90, REPEAT),
        ],
    );
    let ids: BTreeSet<&str> = out.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), 1, "{out:#?}");
    let last = out.last().unwrap();
    assert_eq!(last.subject.key, "panjshir");
    assert_eq!(last.version, 2);
    assert_eq!(last.assertions.len(), 2);
    assert_eq!(last.denials.len(), 1);
    assert_eq!(
        last.parties.against,
        vec!["National Resistance Front".to_string()]
    );
    assert_eq!(last.counts.sources, 3);
    assert!(last.links.iter().any(|r| r.rule == "denial_targets_party"));
}

#[test]
fn unrelated_denial_and_same_party_denial_do_not_contest() {
    let mut l = Linker::new(LinkSettings::default());
    let same_party = "The Taliban denied that Panjshir province was captured.";
    let out = apply_all(
        &mut l,
        &[
            post("a", "p1", 0, CLAIM),
            post("b", "p2", 5, OTHER_DENIAL),
            post("c", "p3", 6, same_party),
        ],
    );
    assert!(out.is_empty(), "{out:#?}");
}

#[test]
fn denial_outside_the_window_does_not_link() {
    let mut l = Linker::new(LinkSettings {
        window: Duration::hours(1),
    });
    let out = apply_all(
        &mut l,
        &[post("a", "p1", 0, CLAIM), post("b", "p2", 120, DENIAL)],
    );
    assert!(out.is_empty());
}

#[test]
fn retraction_by_the_claimant_closes_the_claim() {
    let mut l = Linker::new(LinkSettings::default());
    let retraction = "Taliban spokesman Zabihullah Mujahid retracted the statement about Panjshir.";
    let out = apply_all(
        &mut l,
        &[
            post("a", "p1", 0, CLAIM),
            post("b", "p2", 5, DENIAL),
            post("c", "p3", 10, retraction),
        ],
    );
    assert_eq!(out.last().unwrap().status, ContestStatus::Retracted);
}

#[test]
fn applying_twice_changes_nothing_and_restore_resumes_exactly() {
    let posts = [
        post("a", "p1", 0, CLAIM),
        post("b", "p2", 30, DENIAL),
        post("c", "p3", 90, REPEAT),
    ];
    let all: Vec<Statement> = posts.iter().flat_map(statements).collect();
    let mut uninterrupted = Linker::new(LinkSettings::default());
    let expected: Vec<ContestedClaim> = all
        .iter()
        .flat_map(|s| uninterrupted.apply(s).changed)
        .collect();

    // Crash after the second statement: restore from the changelog, then
    // replay from the first statement (offsets were not committed).
    let mut first = Linker::new(LinkSettings::default());
    let mut emitted = Vec::new();
    let mut changelog: BTreeMap<String, SubjectState> = BTreeMap::new();
    for s in &all[..2] {
        let a = first.apply(s);
        emitted.extend(a.changed);
        if let Some(st) = a.state {
            changelog.insert(st.key.clone(), st);
        }
    }
    let mut second = Linker::new(LinkSettings::default());
    for st in changelog.into_values() {
        second.restore(st);
    }
    for s in &all {
        emitted.extend(second.apply(s).changed);
    }
    // Same final state; no (id, version) pair with two contents.
    let mut by_version: BTreeMap<(String, u64), ContestedClaim> = BTreeMap::new();
    for c in &emitted {
        if let Some(prev) = by_version.insert((c.id.clone(), c.version), c.clone()) {
            assert_eq!(&prev, c);
        }
    }
    assert_eq!(emitted.last(), expected.last());
    assert!(second.apply(&all[1]).changed.is_empty());
}

#[test]
fn denial_without_subject_targets_the_claimants_latest_claim() {
    let mut l = Linker::new(LinkSettings::default());
    let bare = "The National Resistance Front rejected the Taliban's claims as lies.";
    let found = statements(&post("b", "p2", 20, bare));
    assert!(
        found
            .iter()
            .any(|s| s.kind == StatementKind::Denial && s.subject.key.is_empty()),
        "{found:#?}"
    );
    let out = apply_all(
        &mut l,
        &[post("a", "p1", 0, CLAIM), post("b", "p2", 20, bare)],
    );
    let last = out.last().expect("a contested claim");
    assert_eq!(last.subject.key, "panjshir");
    assert_eq!(last.denials.len(), 1);
    // Nobody's claim to target: nothing happens.
    let mut empty = Linker::new(LinkSettings::default());
    assert!(apply_all(&mut empty, &[post("b", "p2", 20, bare)]).is_empty());
}

#[test]
fn a_claim_nobody_speaks_to_for_a_window_goes_stale_and_later_leaves_the_state() {
    let mut l = Linker::new(LinkSettings::default());
    let first = apply_all(
        &mut l,
        &[post("a", "p1", 0, CLAIM), post("b", "p2", 30, DENIAL)],
    );
    let id = first.last().unwrap().id.clone();
    let version = first.last().unwrap().version;
    // Four days later (window 72 h), another statement about Panjshir.
    let later = apply_all(&mut l, &[post("c", "p3", 4 * 24 * 60, REPEAT)]);
    let stale = later
        .iter()
        .find(|c| c.id == id)
        .expect("the old claim changes");
    assert_eq!(stale.status, ContestStatus::Stale);
    assert_eq!(stale.version, version + 1);
    // A week on, the stale claim is gone from the state: nothing re-emits it.
    let week = apply_all(&mut l, &[post("d", "p4", 8 * 24 * 60, REPEAT)]);
    assert!(week.iter().all(|c| c.id != id), "{week:#?}");
    let applied = l.apply(&statements(&post("e", "p5", 9 * 24 * 60, CLAIM))[0]);
    let state = applied.state.unwrap();
    assert!(!state.clusters.contains_key(&id));
}

#[test]
fn subjects_that_resolve_to_each_other_end_the_resolution() {
    // A party denying its own claim, filed under its own name: its latest
    // claim is about Texas (so the denial moves there), and nobody else
    // claims anything about Texas but someone claims something about the
    // party (so it moves back). Once recursed until the stack overflowed.
    let template = statements(&post("a", "p0", 0, CLAIM)).remove(0);
    let make = |id: &str, minutes: i64, kind: StatementKind, party: &str, subject: &str| {
        let mut s = template.clone();
        s.id = id.into();
        s.kind = kind;
        s.event_time =
            Utc.with_ymd_and_hms(2021, 9, 6, 8, 0, 0).unwrap() + Duration::minutes(minutes);
        s.speaker.name = party.into();
        s.speaker.party = party.into();
        s.subject.key = subject.into();
        s.subject.surface = subject.into();
        s.other_subjects.clear();
        s
    };
    let own_claim = make("s1", 0, StatementKind::Assertion, "hunter", "texas");
    let about_him = make("s2", 5, StatementKind::Assertion, "newspaper", "hunter");
    let mut denial = make("s3", 10, StatementKind::Denial, "hunter", "hunter");
    denial.target = Some(claimwatch_model::Target {
        text: "Hunter's statement".into(),
        party: Some("hunter".into()),
    });
    denial.other_subjects = vec![about_him.subject.clone()];
    let mut l = Linker::new(LinkSettings::default());
    l.apply(&own_claim);
    l.apply(&about_him);
    // The two rules really do point at each other …
    assert_eq!(
        l.resolve_subject(&denial).map(|s| s.0).as_deref(),
        Some("texas")
    );
    let mut moved = denial.clone();
    moved.subject.key = "texas".into();
    assert_eq!(
        l.resolve_subject(&moved).map(|s| s.0).as_deref(),
        Some("hunter")
    );
    // … and applying the denial ends, filed under one of them.
    l.apply(&denial);
    let held: Vec<&str> = ["texas", "hunter"]
        .into_iter()
        .filter(|k| {
            l.subjects[*k]
                .statements
                .iter()
                .any(|x| x.member.statement_id == "s3")
        })
        .collect();
    assert_eq!(held.len(), 1, "{held:?}");
}
