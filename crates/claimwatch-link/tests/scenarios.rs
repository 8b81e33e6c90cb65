//! Contested-claim scenarios in the wording real news and social posts use,
//! through the real extractor and the linker (sentences written for these
//! tests). Each names what must, or must not, be contested.

use std::collections::BTreeMap;

use chrono::{Duration, TimeZone, Utc};
use claimwatch_link::{LinkSettings, Linker};
use claimwatch_model::{
    Author, ContestStatus, ContestedClaim, RawPost, SourceRef, StatementKind, RAW_POST_SCHEMA,
};

/// A post from `source`, `minutes` into the story; `author` makes it a
/// first-person social post.
fn post(source: &str, minutes: i64, text: &str, author: Option<&str>) -> RawPost {
    RawPost {
        schema: RAW_POST_SCHEMA.into(),
        id: format!("{source}-{minutes}"),
        source: SourceRef {
            id: source.into(),
            kind: "rss".into(),
            url: format!("http://127.0.0.1/{source}.xml"),
        },
        platform: "web".into(),
        url: None,
        guid: None,
        author: Author {
            name: author.map(str::to_string),
            ..Default::default()
        },
        title: None,
        text: text.into(),
        language: None,
        published_at: Utc.with_ymd_and_hms(2023, 5, 20, 8, 0, 0).unwrap()
            + Duration::minutes(minutes),
        fetched_at: Utc.with_ymd_and_hms(2023, 5, 20, 12, 0, 0).unwrap(),
        first_person: author.is_some(),
        tags: vec![],
        references: vec![],
        counts: Default::default(),
    }
}

/// Latest version of every claim the posts produce.
fn claims(posts: &[RawPost]) -> Vec<ContestedClaim> {
    let mut linker = Linker::new(LinkSettings::default());
    let mut latest: BTreeMap<String, ContestedClaim> = BTreeMap::new();
    for p in posts {
        for s in claimwatch_extract::extract_post(p) {
            let applied = linker.apply(&s);
            for c in applied.changed {
                latest.insert(c.id.clone(), c);
            }
        }
    }
    latest.into_values().collect()
}

/// None of the claims the posts produce is contested.
fn uncontested(posts: &[RawPost]) {
    let all = claims(posts);
    assert!(all.iter().all(|c| c.denials.is_empty()), "{all:#?}");
}

/// No claim the post with id `post_id` makes is contested (the posts may
/// contest others: a denial relays the reports it denies).
fn claims_of_post_uncontested(posts: &[RawPost], post_id: &str) {
    let all = claims(posts);
    assert!(
        all.iter()
            .all(|c| c.denials.is_empty() || c.assertions.iter().all(|a| a.post_id != post_id)),
        "{all:#?}"
    );
}

fn one_contested(posts: &[RawPost], subject: &str) -> ContestedClaim {
    let all = claims(posts);
    assert_eq!(all.len(), 1, "{all:#?}");
    let c = all.into_iter().next().unwrap();
    assert_eq!(c.subject.key, subject);
    assert_eq!(c.status, ContestStatus::Contested);
    assert!(!c.denials.is_empty() && !c.assertions.is_empty(), "{c:#?}");
    c
}

#[test]
fn a_ministry_claim_and_the_other_armys_denial_are_two_sides() {
    let c = one_contested(
        &[
            post("a", 0, "Russian forces have captured the town of Bakhmut, the Russian defence ministry said on Saturday.", None),
            post("b", 60, "Ukraine's military denied that Bakhmut had fallen.", None),
        ],
        "bakhmut",
    );
    assert_eq!(c.assertions[0].speaker.party, "russia");
    assert_eq!(c.denials[0].speaker.party, "ukraine");
}

#[test]
fn one_state_named_two_ways_does_not_contest_itself() {
    claims_of_post_uncontested(
        &[
            post(
                "a",
                0,
                "The Russian defence ministry said Bakhmut was captured.",
                None,
            ),
            post(
                "b",
                60,
                "Russia's defence ministry denied reports that its troops withdrew from Bakhmut.",
                None,
            ),
        ],
        "a-0",
    );
}

#[test]
fn a_first_person_post_calling_reports_fake_contests_the_claim() {
    let c = one_contested(
        &[
            post("a", 0, "Wagner chief Yevgeny Prigozhin claimed that Bakhmut has been completely taken.", None),
            post("t", 30, "Reports that Bakhmut has fallen are fake. Our defenders continue to hold the city.", Some("General Staff of Ukraine")),
        ],
        "bakhmut",
    );
    assert_eq!(c.denials[0].speaker.name, "General Staff of Ukraine");
}

#[test]
fn a_denial_of_another_event_in_the_same_place_does_not_contest() {
    uncontested(&[
        post(
            "a",
            0,
            "Rebels said they captured the airport in Port Sudan.",
            None,
        ),
        post(
            "b",
            60,
            "The army denied that a chemical attack took place in Port Sudan.",
            None,
        ),
    ]);
}

#[test]
fn a_denial_of_something_else_named_in_the_same_place_does_not_contest() {
    // ("targeted" is no event class: what the denial names beyond the
    // place, civilians targeted, is not what was claimed.)
    uncontested(&[
        post(
            "a",
            0,
            "Rebels said they had captured the airport in Halvik.",
            None,
        ),
        post(
            "b",
            60,
            "The government denied that civilians had been targeted in Halvik.",
            None,
        ),
    ]);
}

#[test]
fn calling_the_story_a_hoax_contests_the_event_whatever_words_qualify_it() {
    // (A verdict on the story denies no proposition of its own: "total",
    // "going around" are no other event.)
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Several outlets reported that rapper Kilo Jay was shot dead in Atlanta.",
                None,
            ),
            post(
                "t",
                30,
                "The story about Kilo Jay going around today is a total hoax.",
                Some("Kilo Jay"),
            ),
        ],
        "kilo-jay",
    );
    assert_eq!(c.denials[0].speaker.name, "Kilo Jay");
}

#[test]
fn a_denial_about_what_a_claim_names_contests_it_under_the_claims_subject() {
    // The claim is filed under the county; the board's denial is about
    // the ballots the claim names, the same kind of event.
    let c = one_contested(
        &[
            post("a", 0, "Candidate Oren Tasky claimed that thousands of ballots were destroyed in Velda County.", None),
            post("b", 120, "The county election board said there was no evidence that any ballots had been destroyed.", None),
        ],
        "velda",
    );
    assert_eq!(c.denials[0].speaker.name, "county election board");
    // (Not when the claim is of another kind of event.)
    uncontested(&[
        post("a", 0, "Candidate Oren Tasky claimed that thousands of ballots were stolen in Velda County.", None),
        post("b", 120, "The county election board said there was no evidence that any ballots had been destroyed.", None),
    ]);
}

#[test]
fn the_accused_armys_spokesman_denying_the_accusation_contests_it() {
    // "Russia's military spokesman" speaks for Russia, named by the claim;
    // "fired a single shell" is an attack, not a sacking.
    let c = one_contested(
        &[
            post("a", 0, "Ukraine's defence ministry accused Russian forces of shelling the town of Kherson overnight.", None),
            post("b", 40, "Russia's military spokesman denied the accusation, insisting its forces had not fired a single shell.", None),
        ],
        "kherson",
    );
    assert_eq!(c.denials[0].speaker.party, "russia");
}

#[test]
fn troops_that_fired_at_protesters_and_a_denial_that_they_opened_fire_are_one_event() {
    let c = one_contested(
        &[
            post("a", 0, "Korvel troops fired at protesters near the Tarsk border fence, local health officials said.", None),
            post("b", 40, "The Korvel army denied that its soldiers had opened fire on protesters near the Tarsk border.", None),
        ],
        "tarsk",
    );
    assert_eq!(c.denials[0].speaker.name, "Korvel army");
}

#[test]
fn a_bare_verdict_in_the_subjects_own_feed_contests_what_is_said_of_them() {
    // (The headline's own claim names no event: a denial must share its
    // words, unless it is the subject's bare verdict.)
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Footballer Sami Kovac to join Arlen City for 50 million",
                "",
                "Daily Sport",
            ),
            post("t", 10, "Lol. Fake news.", Some("Sami Kovac")),
        ],
        "sami-kovac",
    );
    assert_eq!(c.denials[0].speaker.name, "Sami Kovac");
    // (Another's bare verdict is about something else said of him.)
    uncontested(&[
        titled(
            "a",
            0,
            "Footballer Sami Kovac to join Arlen City for 50 million",
            "",
            "Daily Sport",
        ),
        post("t", 10, "Lol. Fake news.", Some("Ilse Varga")),
    ]);
}

#[test]
fn an_agency_finding_no_evidence_contests_a_posted_health_claim() {
    let c = one_contested(
        &[
            post("a", 0, "The new flu vaccine causes infertility. Do your research.", Some("Dr. Sam Ortell")),
            post("b", 120, "The Velda Medicines Agency said there was no evidence that the flu vaccine causes infertility.", None),
        ],
        // (The denial's "the flu vaccine" joins the claim's longer name.)
        "new-flu-vaccine",
    );
    assert_eq!(c.assertions[0].speaker.name, "Dr. Sam Ortell");
}

#[test]
fn a_negated_claim_contests_it_without_a_denial_word() {
    let c = one_contested(
        &[
            post("a", 0, "Houthi spokesman Yahya Saree said the group shot down an American drone over Marib.", None),
            post("b", 90, "The Pentagon said no American aircraft was shot down over Marib.", None),
        ],
        "marib",
    );
    assert!(c.denials[0].cues.iter().any(|q| q == "no"), "{c:#?}");
}

#[test]
fn a_rumour_relayed_by_outlets_is_contested_by_the_persons_manager() {
    let c = one_contested(
        &[
            post("a", 0, "Several outlets reported that rapper Kilo Jay was shot dead in Atlanta.", None),
            post("b", 30, "Kilo Jay's manager said the reports of his death are false and that he is alive and well.", None),
        ],
        "kilo-jay",
    );
    assert_eq!(c.parties.against, ["Kilo Jay's manager"]);
}

#[test]
fn a_rumour_about_a_person_is_contested_by_the_denial_of_it() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Unconfirmed reports on social media said Vladimir Putin had died.",
                None,
            ),
            post(
                "b",
                45,
                "The Kremlin rejected reports of Putin's death as fake.",
                None,
            ),
        ],
        "vladimir-putin",
    );
    // The Kremlin speaks for Russia.
    assert_eq!(c.denials[0].speaker.party, "russia");
}

#[test]
fn a_person_denying_what_is_reported_about_her_contests_it() {
    // The denial names no subject but its speaker, the claim's subject.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Local outlets reported that Health Minister Ana Costa had resigned on Friday.",
                None,
            ),
            post(
                "b",
                40,
                "Ana Costa denied she had resigned, calling the reports fake news.",
                None,
            ),
        ],
        "ana-costa",
    );
    assert_eq!(c.parties.against, ["Ana Costa"]);
}

#[test]
fn a_denial_of_the_named_groups_claim_contests_that_claim() {
    // "the Hamas claim" names the claimant, not the subject.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Hamas said it fired a barrage of rockets at Tel Aviv on Tuesday.",
                None,
            ),
            post(
                "b",
                30,
                "Israel's military dismissed the Hamas claim as propaganda.",
                None,
            ),
        ],
        "tel-aviv",
    );
    assert_eq!(c.predicate.as_deref(), Some("attack"), "{c:#?}");
    assert_eq!(c.denials[0].speaker.party, "israel");
}

#[test]
fn a_company_that_denied_a_report_and_then_confirms_it_settles_the_claim() {
    let posts = [
        post(
            "a",
            0,
            "Reuters reported that Boeing will cut 2,000 jobs.",
            None,
        ),
        post("b", 60, "Boeing denied the report.", None),
    ];
    one_contested(&posts, "boeing");
    let mut later = posts.to_vec();
    later.push(post(
        "c",
        120,
        "Boeing later confirmed it will cut 2,000 jobs.",
        None,
    ));
    let all = claims(&later);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].status, ContestStatus::Confirmed, "{all:#?}");
}

#[test]
fn a_councils_short_denial_is_about_what_it_says_next() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Russian forces detained the mayor of Kherson, local media reported.",
                None,
            ),
            post(
                "b",
                20,
                "Fake news. The mayor of Kherson is alive and safe and continues to work.",
                Some("Kherson City Council"),
            ),
        ],
        "kherson",
    );
    assert_eq!(c.parties.against, ["Kherson City Council"]);
}

#[test]
fn a_person_saying_i_am_alive_contests_the_rumour_of_their_death() {
    // The rumour is relayed, not denied; the person's own post counters it.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Rumours spread online that actor Tom Hanks had died.",
                None,
            ),
            post(
                "b",
                20,
                "I am alive and well, thanks for asking!",
                Some("Tom Hanks"),
            ),
        ],
        "tom-hanks",
    );
    assert_eq!(c.assertions[0].kind, StatementKind::Report);
    assert_eq!(c.parties.against, ["Tom Hanks"]);
}

#[test]
fn a_counter_assertion_contests_the_earlier_claim_not_the_other_way_round() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Rebels said they seized the city of Goma on Sunday.",
                None,
            ),
            post(
                "b",
                30,
                "The Congolese army said it remains in full control of Goma.",
                None,
            ),
        ],
        "goma",
    );
    assert_eq!(c.parties.for_claim, ["Rebels"]);
    assert_eq!(c.parties.against, ["Congolese army"]);
}

#[test]
fn an_election_called_rigged_is_contested_by_the_commission_calling_it_fair() {
    let c = one_contested(
        &[
            post("a", 0, "The opposition said the election in Dagestan was rigged.", None),
            post("b", 30, "The electoral commission rejected the accusation, saying the vote in Dagestan was free and fair.", None),
        ],
        "dagestan",
    );
    assert_eq!(c.predicate.as_deref(), Some("fraud"));
    assert_eq!(c.parties.for_claim, ["opposition"]);
}

#[test]
fn the_accused_party_is_not_what_a_blame_is_about() {
    // "blamed Russia for the explosion at the dam" is about the dam.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Ukraine blamed Russia for the explosion at the Kakhovka dam.",
                None,
            ),
            post(
                "b",
                30,
                "The Kremlin denied any involvement in the Kakhovka dam explosion.",
                None,
            ),
        ],
        "kakhovka",
    );
    // The Kremlin speaks for Russia.
    assert_eq!(c.denials[0].speaker.party, "russia");
}

#[test]
fn a_general_staff_statement_counters_a_ministrys_quoted_claim() {
    let c = one_contested(
        &[
            post("a", 0, "\"We have liberated Kupiansk,\" the Russian defence ministry said.", None),
            post("b", 60, "\"Kupiansk remains under Ukrainian control,\" Ukraine's general staff said in a statement.", None),
        ],
        "kupiansk",
    );
    assert_eq!(c.denials[0].speaker.party, "ukraine");
}

#[test]
fn the_army_denying_in_the_same_report_is_not_the_rebels() {
    // "the army" refers back to no rebel group.
    let c = one_contested(
        &[post(
            "a",
            0,
            "Rebels claimed they shot down a helicopter near Aleppo, but the army denied it.",
            None,
        )],
        "aleppo",
    );
    assert_eq!(c.parties.for_claim, ["Rebels"]);
    assert_eq!(c.parties.against, ["army"]);
}

#[test]
fn an_administration_saying_there_were_no_explosions_denies_them() {
    let all = claims(&[
        post(
            "a",
            0,
            "Witnesses reported explosions in Odesa after midnight.",
            None,
        ),
        post(
            "b",
            15,
            "There were no explosions in Odesa tonight. Stay calm.",
            Some("Odesa Regional Administration"),
        ),
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(
        all[0].parties.against,
        ["Odesa Regional Administration"],
        "{all:#?}"
    );
}

#[test]
fn a_channel_report_of_explosions_is_contested_by_the_administration() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "BREAKING: Explosions heard in Odesa, local channels report.",
                None,
            ),
            post(
                "b",
                15,
                "There were no explosions in Odesa tonight. Stay calm.",
                Some("Odesa Regional Administration"),
            ),
        ],
        "odesa",
    );
    assert_eq!(c.assertions[0].kind, StatementKind::Report);
    assert_eq!(c.parties.against, ["Odesa Regional Administration"]);
}

#[test]
fn a_reported_death_is_contested_by_the_persons_publicist() {
    // The report's attribution trails ("…, according to reports"), the
    // singer is named after her occupation, and her publicist speaks for
    // her.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "BREAKING: Singer Mara Voss has died at 34, according to reports.",
                None,
            ),
            post(
                "b",
                30,
                "Mara Voss is alive and well. Reports of her death are false, her publicist said.",
                None,
            ),
        ],
        "mara-voss",
    );
    assert_eq!(c.denials[0].speaker.party, "mara-voss");
    assert_eq!(c.denials[0].speaker.name, "Mara Voss's publicist");
}

#[test]
fn a_wire_headline_naming_its_speaker_with_a_colon_is_a_claim() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Kremlin: Ukrainian drones attacked an oil depot in Belgorod overnight.",
                None,
            ),
            post(
                "b",
                40,
                "Kyiv denied that its forces attacked the Belgorod depot.",
                None,
            ),
        ],
        "belgorod",
    );
    // A capital named alone speaks for its state.
    assert_eq!(c.assertions[0].speaker.party, "russia");
    assert_eq!(c.denials[0].speaker.party, "ukraine");
}

#[test]
fn a_ministry_calling_a_bridge_intact_contests_its_reported_destruction_and_nothing_else() {
    // "Claims of its destruction are fake" denies the destruction, as the
    // ministry does: it is no denial of the ministry's own claim.
    let c = one_contested(
        &[
            post("a", 0, "The Azov bridge was destroyed last night!", Some("warwatcher")),
            post(
                "b",
                30,
                "Ministry of Defence: The Azov bridge is intact. Claims of its destruction are fake.",
                None,
            ),
        ],
        "azov",
    );
    assert_eq!(c.assertions[0].speaker.party, "warwatcher");
    assert_eq!(c.denials[0].speaker.party, "ministry-of-defence");
}

#[test]
fn a_claimant_retracting_a_claim_nobody_contested_makes_it_a_retracted_claim() {
    let all = claims(&[
        post(
            "a",
            0,
            "Senator Dana Holt was arrested in Miami, CNN reported.",
            None,
        ),
        post(
            "b",
            120,
            "CNN retracted its report that Senator Dana Holt was arrested.",
            None,
        ),
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    let c = &all[0];
    assert_eq!(c.subject.key, "dana-holt");
    assert_eq!(c.status, ContestStatus::Retracted);
    assert_eq!(c.assertions[0].speaker.party, "cnn");
    assert_eq!(c.denials[0].kind, StatementKind::Retraction);
}

#[test]
fn a_wire_report_citing_people_familiar_is_contested_by_the_company() {
    // "…, Reuters reported on Monday, citing people familiar with the
    // matter": the day and the citing phrase are circumstances, what
    // Reuters reported is the text before.
    let c = one_contested(
        &[
            post("a", 0, "Velora Motors plans to cut more than 10% of its global workforce, Reuters reported on Monday, citing people familiar with the matter.", None),
            post("b", 60, "Velora Motors said the report was completely untrue.", None),
        ],
        "velora-motors",
    );
    assert_eq!(c.assertions[0].speaker.party, "reuters");
    assert_eq!(c.predicate.as_deref(), Some("layoffs"), "{c:#?}");
    assert_eq!(c.denials[0].speaker.party, "velora-motors");
}

#[test]
fn saying_no_ship_was_hit_contests_a_claimed_strike() {
    let c = one_contested(
        &[
            post("a", 0, "Houthi rebels said they struck a US destroyer in the Red Sea with ballistic missiles.", None),
            post("b", 60, "The Pentagon said no US ship was hit in the Red Sea.", None),
        ],
        "red-sea",
    );
    assert_eq!(c.denials[0].speaker.party, "pentagon");
    assert_eq!(c.predicate.as_deref(), Some("attack"));
}

#[test]
fn no_indication_of_a_breach_contests_the_hackers_claim() {
    // "AT&T" is one name, not "AT" "&" "T".
    let c = one_contested(
        &[
            post("a", 0, "A hacker group claims to have stolen the personal data of 70 million AT&T customers.", None),
            post("b", 60, "AT&T said there is no indication that its systems were breached.", None),
        ],
        "at-t",
    );
    assert_eq!(c.denials[0].speaker.name, "AT&T");
    assert_eq!(c.predicate.as_deref(), Some("hack"));
    assert!(
        c.denials[0].cues.iter().any(|q| q == "no indication"),
        "{c:#?}"
    );
}

#[test]
fn a_denial_naming_the_claimant_by_surname_contests_the_claim() {
    // The claimant speaks as the opposition; "Kamau's claim" names him.
    let c = one_contested(
        &[
            post("a", 0, "Opposition leader Ruto Kamau declared victory in Sunday's presidential election in Kenya.", None),
            post("b", 60, "The electoral commission rejected Kamau's claim of victory, saying the results were not final.", None),
        ],
        "kenya",
    );
    assert_eq!(c.assertions[0].speaker.name, "Ruto Kamau");
    assert_eq!(c.denials[0].speaker.party, "electoral-commission");
}

#[test]
fn a_singer_saying_im_alive_contests_his_death_reported_by_outlets() {
    // "I'm" is the author, not a subject called "I'm"; "according to
    // several outlets" relays the claim.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Singer Tomas Vidal has died at 52, according to several outlets.",
                None,
            ),
            post(
                "b",
                60,
                "I'm alive and well! Please stop spreading these rumours.",
                Some("Tomas Vidal"),
            ),
        ],
        "tomas-vidal",
    );
    assert_eq!(c.predicate.as_deref(), Some("death"));
    assert!(
        c.denials.iter().all(|d| d.speaker.party == "tomas-vidal"),
        "{c:#?}"
    );
}

#[test]
fn police_named_by_their_city_deny_what_is_said_of_them() {
    // "Police in Lagos" speak for Lagos; they were "reports", relaying
    // instead of denying.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Amnesty International said officers opened fire on protesters in Lagos.",
                None,
            ),
            post(
                "b",
                60,
                "Police in Lagos have denied claims that officers opened fire on protesters.",
                None,
            ),
        ],
        "lagos",
    );
    assert_eq!(c.denials[0].speaker.party, "lagos", "{c:#?}");
}

#[test]
fn a_persons_lawyers_deny_for_him() {
    // "Former president Jair Bolsonaro's lawyers" speak for Bolsonaro
    // (the plural was a denial by nobody).
    let c = one_contested(
        &[
            post("a", 0, "Jair Bolsonaro sought asylum at the Hungarian embassy in Brasilia, The New York Times reported.", None),
            post("b", 60, "Former president Jair Bolsonaro's lawyers denied that he had sought asylum.", None),
        ],
        "jair-bolsonaro",
    );
    assert_eq!(c.denials[0].speaker.name, "Jair Bolsonaro's lawyers");
    assert_eq!(c.denials[0].speaker.party, "jair-bolsonaro");
}

#[test]
fn a_spokesperson_for_a_ministry_speaks_for_it() {
    // "A spokesperson for the Foreign Ministry" was a denial by nobody.
    let c = one_contested(
        &[
            post("a", 0, "Manila accused the Chinese coast guard of ramming a Philippine supply boat near Second Thomas Shoal.", None),
            post("b", 60, "A spokesperson for the Chinese Foreign Ministry called the accusation about Second Thomas Shoal absurd and groundless.", None),
        ],
        "second-thomas-shoal",
    );
    assert_eq!(c.denials[0].speaker.party, "china", "{c:#?}");
}

#[test]
fn a_capital_denying_is_its_state_and_does_not_contest_its_own_ministry() {
    // "Moscow denies" speaks for Russia: the same side as "Russia's
    // defence ministry", so it contests Kyiv's claim and not its own.
    let all = claims(&[
        post(
            "a",
            0,
            "Kyiv says Russian troops used chemical weapons in Avdiivka.",
            None,
        ),
        post(
            "b",
            60,
            "Moscow denies its troops used chemical weapons in Avdiivka.",
            None,
        ),
        post(
            "c",
            90,
            "Russia's defence ministry said its troops had taken positions near Avdiivka.",
            None,
        ),
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    let c = &all[0];
    assert_eq!(c.assertions[0].speaker.party, "ukraine", "{c:#?}");
    assert!(
        c.denials.iter().all(|d| d.speaker.party == "russia"),
        "{c:#?}"
    );
}

#[test]
fn a_companys_post_saying_we_deny_is_the_companys_denial() {
    // "We" in a social post is its author; "There is no truth to rumours
    // that …" is the author's denial, not the rumours'.
    let c = one_contested(
        &[
            post("a", 0, "Binance chief executive Richard Teng was arrested in France, according to several outlets.", None),
            post("b", 60, "We categorically deny reports that Richard Teng has been arrested in France.", Some("Binance")),
        ],
        "richard-teng",
    );
    assert_eq!(c.denials[0].speaker.party, "binance", "{c:#?}");
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The Artemis launch has been cancelled, according to several outlets.",
                None,
            ),
            post(
                "b",
                60,
                "There is no truth to rumours that the Artemis launch has been cancelled.",
                Some("NASA"),
            ),
        ],
        "artemis",
    );
    assert_eq!(c.denials[0].speaker.party, "nasa", "{c:#?}");
}

#[test]
fn a_claim_about_something_no_name_names_is_contested_on_its_noun_phrase() {
    // Health and science misinformation names no place, person or
    // organisation: the claim is about "the measles vaccine", its event
    // the verb; a negated restatement denies it.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Wellness influencer Dana Reyes claims that the measles vaccine causes autism.",
                None,
            ),
            post(
                "b",
                60,
                "Health officials said the measles vaccine does not cause autism.",
                None,
            ),
        ],
        "measles-vaccine",
    );
    assert_eq!(c.assertions[0].speaker.party, "dana-reyes", "{c:#?}");
    assert_eq!(c.denials[0].kind, StatementKind::Denial, "{c:#?}");
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "A viral post claims 5G towers spread the coronavirus.",
                None,
            ),
            post(
                "b",
                30,
                "The WHO denied that 5G towers spread the coronavirus.",
                None,
            ),
        ],
        "5g-tower",
    );
    assert_eq!(c.denials[0].speaker.party, "who", "{c:#?}");
}

#[test]
fn different_events_on_one_noun_phrase_are_not_contested() {
    // Same topic, other verbs: a denial that the bridge is unsafe does not
    // contest a report that the bridge was closed.
    let all = claims(&[
        post(
            "a",
            0,
            "Residents said the old bridge was closed on Monday.",
            None,
        ),
        post(
            "b",
            60,
            "City engineers said the old bridge is not unsafe.",
            None,
        ),
        post(
            "c",
            90,
            "Senator Jane Doe said climate change is happening faster than expected.",
            None,
        ),
        post(
            "d",
            120,
            "The think tank said climate change does not affect crop yields.",
            None,
        ),
    ]);
    assert!(all.is_empty(), "{all:#?}");
}

#[test]
fn a_denial_that_a_thing_exists_contests_the_claim_that_it_does() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Climate campaigner Ola Berg said climate change is causing more floods.",
                None,
            ),
            post(
                "b",
                45,
                "Radio host Mick Vane says climate change is not causing more floods.",
                None,
            ),
        ],
        "climate-change",
    );
    assert_eq!(c.assertions[0].speaker.party, "ola-berg", "{c:#?}");
    assert_eq!(c.denials[0].speaker.party, "mick-vane", "{c:#?}");
}

#[test]
fn a_viral_claim_is_contested_by_the_institution_that_denies_it() {
    // Nobody is named behind the claim (a video relays it); the denier is
    // an institution named by what it is. Both yielded nothing before.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "A viral video claims that the tap water in Lund is contaminated.",
                None,
            ),
            post(
                "b",
                30,
                "The city's water utility denied that the tap water in Lund is contaminated.",
                None,
            ),
        ],
        "lund",
    );
    assert_eq!(c.assertions[0].speaker.party, "unattributed", "{c:#?}");
    assert!(c.denials[0].speaker.party.contains("utility"), "{c:#?}");
}

#[test]
fn doctors_disputing_the_ministrys_claim_contest_it() {
    // The target is an institution named by what it is ("the ministry's
    // claim"); doctors in a town speak for themselves, not for the town.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The health ministry said the cholera outbreak in Dessa had been contained.",
                None,
            ),
            post(
                "b",
                120,
                "Doctors in Dessa disputed the ministry's claim, saying new cholera cases were admitted every day.",
                None,
            ),
        ],
        "dessa",
    );
    assert_eq!(c.assertions[0].speaker.party, "health-ministry");
    assert_eq!(c.denials[0].speaker.party, "doctors", "{c:#?}");
}

#[test]
fn a_commission_rejecting_the_oppositions_allegations_contests_them() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The opposition claimed the presidential election in Korvia was rigged.",
                None,
            ),
            post(
                "b",
                60,
                "Korvia's electoral commission rejected the opposition's allegations of fraud.",
                None,
            ),
        ],
        "korvia",
    );
    assert_eq!(c.assertions[0].speaker.party, "opposition");
    assert_eq!(
        c.denials[0].speaker.party, "korvia-electoral-commission",
        "{c:#?}"
    );
}

#[test]
fn a_death_toll_from_state_television_is_contested_by_officials() {
    // The claim opens with "At least …" (not an adverbial opener) and its
    // speaker is a broadcaster named by what it is.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "At least 50 people were killed when the Tarvo dam collapsed, state television said.",
                None,
            ),
            post(
                "b",
                60,
                "Regional officials denied that anyone had died in the Tarvo dam collapse.",
                None,
            ),
        ],
        "tarvo",
    );
    assert_eq!(c.assertions[0].speaker.party, "state-television");
}

#[test]
fn a_drone_claim_is_about_where_it_was_downed_not_whose_drone_it_was() {
    // "a U.S. drone": the nation qualifies the drone; the denial names the
    // claimant ("the Houthi claim that …").
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Houthi forces said they shot down a U.S. drone over Marib.",
                None,
            ),
            post(
                "b",
                60,
                "The Pentagon rejected the Houthi claim that a drone was shot down over Marib.",
                None,
            ),
        ],
        "marib",
    );
    assert_eq!(c.denials[0].speaker.party, "pentagon");
}

#[test]
fn a_claim_announced_in_the_passive_is_its_agents() {
    // "It was announced by X that …": X claims what follows "that".
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "It was announced by the defence ministry that the town of Lund had been captured.",
                None,
            ),
            post("b", 60, "Rebel fighters denied that Lund had fallen.", None),
        ],
        "lund",
    );
    assert_eq!(c.assertions[0].speaker.party, "defence-ministry", "{c:#?}");
}

#[test]
fn police_who_could_not_confirm_an_arrest_contest_the_report_of_it() {
    // A negated confirmation is a denial, and its speaker is the subject
    // before the negators; the rumour is relayed by "several websites".
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Mayor Anna Berg has been arrested, several websites reported.",
                None,
            ),
            post(
                "b",
                60,
                "Police could not confirm reports that Anna Berg had been arrested.",
                None,
            ),
        ],
        "anna-berg",
    );
    assert_eq!(c.assertions[0].speaker.party, "unattributed");
    assert_eq!(c.denials[0].speaker.party, "police", "{c:#?}");
}

#[test]
fn a_claim_and_the_appositive_that_disputes_it_in_one_sentence() {
    // "…, a claim the group did not immediately confirm": the group is the
    // organisation named in the claim, not the one that made it.
    let c = one_contested(
        &[post(
            "a",
            0,
            "The Varnian army said it had killed a senior Northern Front commander in Ostrel, a claim the group did not immediately confirm.",
            None,
        )],
        "ostrel",
    );
    assert_eq!(c.assertions[0].speaker.name, "Varnian army");
    assert_eq!(c.denials[0].speaker.party, "northern-front");
}

#[test]
fn a_denial_under_the_player_answers_the_claim_filed_under_the_club() {
    // The claim names the club first, the denial the player: the denial
    // also mentions the club, under which the claim is filed.
    let c = one_contested(
        &[
            post("a", 0, "Varno United have agreed a fee with Ostrel for striker Jon Varga, according to reports in Tarsk.", None),
            post("b", 60, "Ostrel have denied reports that Jon Varga has been sold to Varno United.", None),
        ],
        "varno-united",
    );
    assert_eq!(c.denials[0].speaker.name, "Ostrel");
}

#[test]
fn a_rumoured_death_denied_by_the_person_is_contested() {
    let c = one_contested(
        &[
            post("a", 0, "Rumours are spreading on social media that singer Mara Ilves has died in a car crash in Lund.", None),
            post("b", 30, "I'm alive and well, the reports of my death are fake.", Some("Mara Ilves")),
        ],
        "mara-ilves",
    );
    assert_eq!(c.denials[0].speaker.name, "Mara Ilves");
}

#[test]
fn a_company_saying_no_data_was_stolen_contests_the_hackers() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Hackers claim to have stolen the data of 10 million Varno Bank customers.",
                None,
            ),
            post(
                "b",
                120,
                "Varno Bank said there was no evidence that customer data had been stolen.",
                None,
            ),
        ],
        "varno-bank",
    );
    assert_eq!(c.denials[0].speaker.party, "varno-bank");
    // Its denial of something else is no answer.
    uncontested(&[
        post(
            "a",
            0,
            "Hackers claim to have stolen the data of 10 million Varno Bank customers.",
            None,
        ),
        post(
            "b",
            120,
            "Varno Bank said there was no evidence that its chief executive had resigned.",
            None,
        ),
    ]);
}

#[test]
fn the_same_topic_in_fewer_words_is_one_claim() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "A viral post claims that drinking hot water cures the new flu strain.",
                None,
            ),
            post(
                "b",
                100,
                "Health experts said there is no evidence that hot water cures the flu.",
                None,
            ),
        ],
        "drinking-hot-water",
    );
    assert_eq!(c.denials.len(), 1);
    uncontested(&[
        post(
            "a",
            0,
            "A viral post claims that drinking hot water cures the new flu strain.",
            None,
        ),
        post(
            "b",
            100,
            "Health experts said there is no evidence that hot water damages teeth.",
            None,
        ),
    ]);
}

/// A news post whose title states the outlet's claim.
fn titled(source: &str, minutes: i64, title: &str, text: &str, outlet: &str) -> RawPost {
    let mut p = post(source, minutes, text, None);
    p.title = Some(title.into());
    p.author.name = Some(outlet.into());
    p
}

const DEAL_STORY: &str = "The deal would be the largest in the history of streaming.";

#[test]
fn a_headline_is_contested_by_the_party_it_names() {
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Apple to buy Netflix for $200 billion",
                DEAL_STORY,
                "Daily Tech",
            ),
            post(
                "b",
                60,
                "Apple denied reports that it will buy Netflix.",
                None,
            ),
        ],
        "apple",
    );
    assert_eq!(c.assertions[0].speaker.party, "daily-tech");
    assert_eq!(c.denials[0].speaker.party, "apple");
}

#[test]
fn a_claim_about_a_bare_noun_is_contested_by_its_denial() {
    // "inflation has fallen": one lowercase noun before its auxiliary is
    // the topic, in a headline pair as across posts.
    let c = one_contested(
        &[post(
            "a",
            0,
            "Government claims inflation has fallen to 2 percent; economists dispute figures",
            None,
        )],
        "inflation",
    );
    assert_eq!(c.denials[0].speaker.party, "economists");
    one_contested(
        &[
            post(
                "a",
                0,
                "The Veldorian finance ministry said inflation has fallen to 2 percent.",
                None,
            ),
            post(
                "b",
                60,
                "Economists at Tarsk University said it was false that inflation had fallen.",
                None,
            ),
        ],
        "inflation",
    );
}

#[test]
fn calling_the_claim_about_a_subject_a_lie_contests_what_another_party_claimed_there() {
    let claim =
        "Opposition senator Mara Quist said the Tarsk harbour had been sold to a foreign fund.";
    let c = one_contested(
        &[
            post("a", 0, claim, None),
            post(
                "b",
                60,
                "Government spokesman Ivo Lind called the claim about Tarsk a lie.",
                None,
            ),
        ],
        "tarsk",
    );
    assert_eq!(c.denials[0].speaker.party, "government");
    // Not a claim about somewhere else.
    uncontested(&[
        post("a", 0, claim, None),
        post(
            "b",
            60,
            "Government spokesman Ivo Lind called the claim about Kelby a lie.",
            None,
        ),
    ]);
}

#[test]
fn a_figure_named_after_its_source_is_that_sources_claim() {
    let c = one_contested(
        &[
            post("a", 0, "Health officials in Norland claimed the new vaccine cut hospital admissions by 90 percent.", None),
            post("b", 60, "Independent researchers called the Norland figure misleading and said the data did not support it.", None),
        ],
        "new-vaccine",
    );
    assert_eq!(c.denials[0].speaker.party, "independent");
}

#[test]
fn channels_close_to_a_side_relay_a_claim_that_can_be_denied() {
    let c = one_contested(
        &[
            post("a", 0, "Telegram channels close to the rebels said the Marisk airport had been destroyed in an airstrike.", None),
            post("b", 60, "Marisk airport officials denied that the airport had been destroyed, saying flights were operating normally.", None),
        ],
        "marisk",
    );
    // Relayed: the channels are not the rebels themselves.
    assert_eq!(c.assertions[0].speaker.party, "unattributed");
}

#[test]
fn a_town_firmly_under_our_control_answers_its_capture() {
    let c = one_contested(
        &[
            post("a", 0, "Rebels claimed on Sunday to have seized the town of Orsk.", None),
            post("b", 60, "\"Orsk is firmly under our control,\" the Tavian defence ministry said in a statement.", None),
        ],
        "orsk",
    );
    assert_eq!(c.assertions[0].speaker.party, "rebels");
    assert_eq!(c.denials[0].speaker.party, "tavian");
}

#[test]
fn a_denial_of_something_else_about_a_headlines_subject_does_not_contest_it() {
    // The headline names no kind of event: only a denial that shares what
    // it claims, or targets its outlet, answers it.
    uncontested(&[
        titled(
            "a",
            0,
            "Apple to buy Netflix for $200 billion",
            DEAL_STORY,
            "Daily Tech",
        ),
        post("b", 60, "Apple denied that its new phone overheats.", None),
    ]);
}

const BAND_STORY: &str = "Her former bandmates are said to be furious.";

#[test]
fn a_denial_of_another_outlets_report_contests_the_same_claim_made_here() {
    // The Daily Planet's report is not in the stream; the Music Wire
    // headline makes the same claim.
    let c = one_contested(
        &[
            titled("a", 0, "Singer Mara Volk quits Stormfront after reunion row", BAND_STORY, "Music Wire"),
            post("b", 60, "Mara Volk's publicist described as rubbish a Daily Planet report that she had quit Stormfront.", None),
        ],
        "mara-volk",
    );
    assert_eq!(c.assertions[0].speaker.party, "music-wire");
    assert_eq!(c.denials[0].speaker.party, "mara-volk");
    // A denial of another report about her, sharing nothing with the
    // claim, answers something else: the report it relays.
    let posts = [
        titled("a", 0, "Singer Mara Volk quits Stormfront after reunion row", BAND_STORY, "Music Wire"),
        post("b", 60, "Mara Volk's publicist dismissed a Daily Planet report that she is dating a footballer.", None),
    ];
    claims_of_post_uncontested(&posts, "a-0");
    let c = one_contested(&posts, "mara-volk");
    assert_eq!(c.assertions[0].post_id, "b-60");
    assert_eq!(c.assertions[0].speaker.name, "Daily Planet");
}

#[test]
fn a_headline_and_a_denial_in_other_words_meet_on_the_event() {
    // "collapse" in the headline, "collapsed" in the denial: the word that
    // names the event is what the two share.
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Dam collapse kills 40 in Tarvo province",
                "Rescue teams are searching the valley.",
                "Wire Service",
            ),
            post(
                "b",
                60,
                "Officials in Tarvo said nobody was killed when the dam partially collapsed.",
                None,
            ),
        ],
        "tarvo",
    );
    assert_eq!(c.assertions[0].speaker.party, "wire-service");
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "President Ilves to resign on Friday",
                "Aides are said to be preparing a farewell speech.",
                "Capital News",
            ),
            post(
                "b",
                60,
                "The president's office said Ilves has no plans to resign.",
                None,
            ),
        ],
        "ilves",
    );
    assert_eq!(c.predicate.as_deref(), Some("resignation"));
    // The bank denies a hack; the headline was about its building.
    uncontested(&[
        titled(
            "a",
            0,
            "Acme Bank opens new headquarters in Lund",
            "The building has 40 floors.",
            "Tech Wire",
        ),
        post(
            "b",
            60,
            "Acme Bank denied that customer data had been stolen.",
            None,
        ),
    ]);
}

#[test]
fn a_denial_naming_only_the_event_answers_the_one_claim_of_that_kind() {
    let tarsk = || {
        titled(
            "a",
            0,
            "Rebels seize Tarsk airport",
            "Fighting continued overnight.",
            "Wire Service",
        )
    };
    let lund = || {
        titled(
            "b",
            5,
            "Rebels seize Lund port",
            "Ships left the harbour.",
            "Wire Service",
        )
    };
    let garrison = |name: &str, place: &str| {
        post(
            "t",
            30,
            &format!("{place} is under our full control. Reports of its capture are lies."),
            Some(name),
        )
    };
    let c = one_contested(
        &[tarsk(), garrison("Tarsk Garrison", "The airport")],
        "tarsk",
    );
    assert_eq!(c.denials[0].speaker.party, "tarsk-garrison");
    // Two captures claimed: "its capture" could be either, so neither is
    // contested, unless the account is named after one of the places, or
    // the post names what only one of the claims names ("the airport").
    uncontested(&[tarsk(), lund(), garrison("Garrison Command", "Everything")]);
    let c = one_contested(
        &[tarsk(), lund(), garrison("Tarsk Garrison", "Everything")],
        "tarsk",
    );
    assert_eq!(c.denials[0].speaker.party, "tarsk-garrison");
    let c = one_contested(
        &[tarsk(), lund(), garrison("Garrison Command", "The airport")],
        "tarsk",
    );
    assert_eq!(c.denials[0].speaker.party, "garrison-command");
}

#[test]
fn a_result_not_declared_and_a_coach_still_in_charge_contest_the_headlines() {
    let c = one_contested(
        &[
            titled("a", 0, "Opposition wins Lund election by landslide", "Supporters celebrated in the streets.", "Wire Service"),
            post("b", 60, "The electoral commission said the count was not finished and no winner had been declared in Lund.", None),
        ],
        "lund",
    );
    assert_eq!(c.denials[0].speaker.party, "electoral-commission");
    // "Coach" is a title, not part of the name; "remains in charge" is
    // the opposite of a sacking.
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Coach Dana Ruiz sacked after cup defeat",
                "The board met on Sunday.",
                "Sports Desk",
            ),
            post(
                "b",
                60,
                "The club said Dana Ruiz remains in charge and will lead the team on Saturday.",
                None,
            ),
        ],
        "dana-ruiz",
    );
    assert_eq!(c.denials[0].speaker.party, "club");
}

/// Health officials' report of a new variant in Port Velda.
fn variant_detected() -> RawPost {
    post(
        "a",
        0,
        "A new variant of the virus has been detected in Port Velda, health officials said.",
        None,
    )
}

#[test]
fn saying_no_variant_was_found_contests_the_report_that_one_was() {
    let c = one_contested(
        &[
            variant_detected(),
            post(
                "b",
                60,
                "Velda's health ministry said no new variant had been detected in Port Velda.",
                None,
            ),
        ],
        "port-velda",
    );
    assert_eq!(c.denials[0].kind, StatementKind::Denial);
}

#[test]
fn a_company_saying_it_is_not_in_talks_contests_the_headline() {
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Northwind in talks to buy Larkspur Air",
                "The talks are at an early stage.",
                "City Wire",
            ),
            post(
                "b",
                60,
                "Northwind said it was not in talks with Larkspur Air and had no intention of making an offer.",
                None,
            ),
        ],
        "larkspur-air",
    );
    assert_eq!(c.denials[0].speaker.party, "northwind");
}

#[test]
fn a_negation_about_another_matter_of_the_same_place_does_not_contest() {
    uncontested(&[
        variant_detected(),
        post(
            "b",
            60,
            "The mayor said Port Velda would not host the sailing regatta this year.",
            None,
        ),
        post(
            "c",
            90,
            "The Port Velda council said it would not comment on the variant.",
            None,
        ),
    ]);
}

/// Sources' report of a club signing a striker.
fn arlen_signed() -> RawPost {
    post(
        "a",
        0,
        "Port Velda United have agreed a deal to sign striker Tomas Arlen, according to sources close to the club.",
        None,
    )
}

#[test]
fn a_players_agent_dismissing_a_transfer_report_contests_it() {
    // The claim is filed under the club; the denial speaks for the player
    // it names.
    let c = one_contested(
        &[
            arlen_signed(),
            post(
                "b",
                60,
                "Tomas Arlen's agent dismissed the reports as nonsense, saying his client is staying in Korvel.",
                None,
            ),
        ],
        "port-velda-united",
    );
    assert_eq!(c.denials[0].speaker.party, "tomas-arlen");
}

#[test]
fn a_denial_by_someone_two_claims_name_does_not_guess_between_them() {
    uncontested(&[
        arlen_signed(),
        post(
            "b",
            10,
            "Korvel Athletic want to sign Tomas Arlen in January, local media reported.",
            None,
        ),
        post(
            "c",
            60,
            "Tomas Arlen's agent dismissed the reports as nonsense.",
            None,
        ),
    ]);
}

#[test]
fn a_victory_claimed_by_a_candidate_is_contested_by_the_commission_dismissing_it() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Opposition leader Ana Ruiz claimed victory in Sunday's presidential election.",
                None,
            ),
            post(
                "b",
                60,
                "The electoral commission dismissed Ruiz's claim as premature, saying counting was not finished.",
                None,
            ),
        ],
        "ana-ruiz",
    );
    assert_eq!(c.predicate.as_deref(), Some("victory"));
}

#[test]
fn a_person_disowning_words_an_outlet_attributed_to_her_contests_them() {
    let reported = || {
        post(
            "a",
            0,
            "Senator Mara Ilves said the fuel tax would double next year.",
            None,
        )
    };
    let own = |text: &str| post("t", 60, text, Some("Mara Ilves"));
    let c = one_contested(
        &[reported(), own("I never said the fuel tax would double.")],
        "fuel-tax",
    );
    assert_eq!(c.assertions[0].speaker.party, c.denials[0].speaker.party);
    // Standing by the words, or disowning other words, contests nothing.
    uncontested(&[
        reported(),
        own("I said the fuel tax would double, and I stand by it."),
    ]);
    uncontested(&[reported(), own("I never said the harbour would close.")]);
}

#[test]
fn a_player_the_transfer_claim_names_denies_it_without_repeating_it() {
    let c = one_contested(
        &[
            post("a", 0, "Tarsk United have signed striker Jonas Okoro for 40 million euros, according to local media.", None),
            post("b", 90, "Okoro's representatives said no agreement exists with Tarsk United.", None),
        ],
        "tarsk-united",
    );
    assert_eq!(c.denials[0].speaker.party, "okoro");
    // A negation by somebody the claim does not name, sharing no word
    // with it, answers nothing.
    uncontested(&[
        post("a", 0, "Tarsk United have signed striker Jonas Okoro for 40 million euros, according to local media.", None),
        post("b", 90, "The league said no fixture exists with Tarsk United.", None),
    ]);
}

#[test]
fn one_side_calling_the_death_its_own_family_announced_a_hoax_contests_it() {
    let c = one_contested(
        &[
            post("a", 0, "RIP Jonas Berg. The singer has died at 86, his family announced.", None),
            post("b", 30, "Jonas Berg's publicist said the singer is alive and well and called the reports a hoax.", None),
        ],
        "jonas-berg",
    );
    assert_eq!(c.assertions[0].speaker.party, "jonas-berg");
    assert_eq!(c.denials[0].speaker.party, "jonas-berg");
}

#[test]
fn an_airstrike_named_by_its_nations_adjective_is_about_that_nation() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The hospital was hit by a Russian airstrike, the regional governor said.",
                None,
            ),
            post(
                "b",
                60,
                "Russia's defence ministry denied striking the hospital.",
                None,
            ),
        ],
        "russia",
    );
    assert_eq!(c.denials[0].speaker.party, "russia");
}

#[test]
fn an_army_spokesman_dismissing_the_rebels_claim_answers_a_rebel_commander() {
    let c = one_contested(
        &[
            post("a", 0, "\"We have taken full control of Tarsk,\" a rebel commander told reporters.", None),
            post("b", 60, "\"The city is fully under our control,\" the army's spokesman said, dismissing the rebels' claim.", None),
        ],
        "tarsk",
    );
    assert_eq!(c.assertions[0].speaker.party, "rebels");
    assert_eq!(c.denials[0].speaker.party, "army");
    assert!(
        c.links.iter().any(|l| l.rule == "denial_targets_party"),
        "{c:#?}"
    );
}

#[test]
fn a_denial_of_an_event_does_not_answer_a_claim_of_no_event_about_the_same_place() {
    uncontested(&[
        post(
            "a",
            0,
            "Tarsk airport will reopen on Monday, the transport ministry said.",
            None,
        ),
        post(
            "b",
            60,
            "The army denied that civilians were killed in Tarsk.",
            None,
        ),
    ]);
    // The same denial answers a claim that shares its words.
    one_contested(
        &[
            post(
                "a",
                0,
                "Civilians were killed in Tarsk, a local official said.",
                None,
            ),
            post(
                "b",
                60,
                "The army denied that civilians were killed in Tarsk.",
                None,
            ),
        ],
        "tarsk",
    );
}

// Stories of session 17's probe that came out right from the start, kept
// so that they stay right.

#[test]
fn officials_calling_a_viral_ballot_story_false_contest_it() {
    one_contested(
        &[
            post("a", 0, "Thousands of ballots were dumped in a river in Tarsk County, according to posts shared widely on X.", None),
            post("b", 60, "Tarsk County officials said the claim was false and that no ballots were discarded.", None),
        ],
        "tarsk",
    );
}

#[test]
fn a_mayor_calling_reports_of_her_resignation_fake_in_her_own_feed_contests_them() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Mayor Dana Holt will resign on Friday, two aides said.",
                None,
            ),
            post(
                "b",
                30,
                "Reports that I'm resigning are fake news. I'm not going anywhere.",
                Some("Dana Holt"),
            ),
        ],
        "dana-holt",
    );
    assert_eq!(c.denials[0].speaker.party, "dana-holt");
}

#[test]
fn the_same_police_force_denying_another_story_contests_nothing() {
    uncontested(&[
        post(
            "a",
            0,
            "Police said a man was arrested in Tarsk after a stabbing.",
            None,
        ),
        post(
            "b",
            60,
            "Police denied that the Velda march had been cancelled.",
            None,
        ),
    ]);
}

#[test]
fn an_army_confirming_a_capture_does_not_contest_it() {
    uncontested(&[
        post(
            "a",
            0,
            "Rebels captured Tarsk airport on Sunday, witnesses said.",
            None,
        ),
        post(
            "b",
            60,
            "The army confirmed that Tarsk airport had fallen to the rebels.",
            None,
        ),
    ]);
}

#[test]
fn a_statement_issued_to_deny_a_capture_contests_it() {
    // The denial comes in a statement the ministry issued; the capture is
    // claimed by bloggers on Telegram.
    let c = one_contested(
        &[
            post("a", 0, "Pro-Russian bloggers on Telegram said that Russian forces had captured Robotyne.", None),
            post("b", 45, "Ukraine's defence ministry issued a statement denying that Robotyne had been captured.", None),
        ],
        "robotyne",
    );
    assert_eq!(c.denials[0].speaker.party, "ukraine", "{c:#?}");
    assert!(
        !c.assertions[0]
            .speaker
            .name
            .to_lowercase()
            .contains("telegram"),
        "{c:#?}"
    );
}

#[test]
fn a_leak_from_people_familiar_with_the_matter_is_contested_by_the_clubs_denial() {
    // The claim comes from anonymous sources described by what they know;
    // before, "familiar with the matter" made "matter" the speaker and
    // product mode dropped the claim.
    // (Either name may key the story: both are in both posts.)
    let all = claims(&[
        post(
            "a",
            0,
            "Two people familiar with the matter said Dynamo Korvel had sacked coach Leo Varga.",
            None,
        ),
        post(
            "b",
            30,
            "Dynamo Korvel denied that Leo Varga had been sacked, calling the reports false.",
            None,
        ),
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    let c = &all[0];
    assert!(
        ["leo-varga", "dynamo-korvel"].contains(&c.subject.key.as_str()),
        "{c:#?}"
    );
    assert_eq!(c.status, ContestStatus::Contested, "{c:#?}");
    assert_eq!(c.assertions[0].speaker.name, "reports", "{c:#?}");
    assert_eq!(c.denials[0].speaker.party, "dynamo-korvel", "{c:#?}");
}

#[test]
fn a_denial_posted_on_a_platform_by_its_speaker_contests_the_claim() {
    // "took to X to deny": the one who took to X speaks.
    let c = one_contested(
        &[
            post("a", 0, "Rebels said they had shot down an army helicopter over Marsk.", None),
            post("b", 20, "General Ivo Brandt took to Telegram to deny that any helicopter had been lost over Marsk.", None),
        ],
        "marsk",
    );
    assert_eq!(c.denials[0].speaker.name, "Ivo Brandt", "{c:#?}");
}

#[test]
fn headlines_of_two_feeds_without_a_byline_contest_each_other() {
    // A feed item with no author states its headline as its feed's claim.
    let mut a = post("wire", 0, "Fighting was reported overnight.", None);
    a.title = Some("Rebels seize Marsk airport".into());
    let mut b = post("statenews", 60, "The ministry gave no details.", None);
    b.title = Some("Army denies rebels seized Marsk airport".into());
    let c = one_contested(&[a, b], "marsk");
    assert_eq!(c.assertions[0].speaker.party, "wire", "{c:#?}");
    assert_eq!(c.denials[0].speaker.name, "Army", "{c:#?}");
}

#[test]
fn an_rip_post_is_contested_by_the_agent_saying_he_is_alive() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "RIP Leo Varga, cannot believe he is gone",
                Some("fan99"),
            ),
            post(
                "b",
                25,
                "Leo Varga's agent said he is alive and well and called the rumours false.",
                None,
            ),
        ],
        "leo-varga",
    );
    assert_eq!(c.assertions[0].speaker.party, "fan99", "{c:#?}");
}

#[test]
fn a_dam_said_to_have_burst_and_the_polices_not_burst_are_contested() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Residents said the dam had burst and water was pouring into the valley.",
                None,
            ),
            post(
                "police",
                30,
                "The dam has NOT burst. Please stop sharing this rumour.",
                Some("Valley Police"),
            ),
        ],
        "dam",
    );
    assert!(
        c.denials.iter().any(|d| d.speaker.name == "Valley Police"),
        "{c:#?}"
    );
}

#[test]
fn neither_confirming_nor_denying_contests_nothing() {
    uncontested(&[
        post(
            "a",
            0,
            "Rebels said they had captured the airport in Dorna, local media reported.",
            None,
        ),
        post(
            "b",
            45,
            "The army neither confirmed nor denied that the Dorna airport had been captured.",
            None,
        ),
        post(
            "c",
            60,
            "The defence ministry stopped short of denying the capture of Dorna airport.",
            None,
        ),
    ]);
}

#[test]
fn a_report_branded_a_fabrication_is_contested_by_who_brands_it() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Saboteurs blew up the Dorna bridge overnight, Kyiv's military intelligence said.",
                None,
            ),
            post(
                "b",
                40,
                "Moscow denounced the report that the Dorna bridge was blown up as a fabrication.",
                None,
            ),
        ],
        "dorna",
    );
    assert!(
        c.denials.iter().any(|d| d.speaker.name == "Moscow"),
        "{c:#?}"
    );
}

#[test]
fn a_denial_is_not_about_every_claim_on_its_subject() {
    // Two things said of Tarsk: offering help is not what the denial
    // calls untrue.
    uncontested(&[
        post(
            "a",
            0,
            "Velda's foreign minister Ana Roos said her government is reaching out to officials in Tarsk to offer help.",
            None,
        ),
        post(
            "b",
            60,
            "Doctors in Korvel say it is untrue that the Tarsk hospital has closed.",
            None,
        ),
    ]);
}

#[test]
fn a_denial_of_a_breach_contests_a_claim_of_stolen_records() {
    // "stolen" (theft) and "breached" (hack) may name one event.
    one_contested(
        &[
            post(
                "a",
                0,
                "Hackers say they have stolen the records of two million Varno Bank customers.",
                None,
            ),
            post(
                "b",
                60,
                "Varno Bank said its systems were not breached.",
                None,
            ),
        ],
        "varno-bank",
    );
}

#[test]
fn an_army_denying_something_else_does_not_contest_what_it_said_itself() {
    // What the army said names government forces; the army is still the
    // one speaking, and its later denial of another thing is no contest.
    uncontested(&[
        post(
            "a",
            0,
            "Government forces recaptured the village of Tolva, the army said.",
            None,
        ),
        post(
            "b",
            60,
            "The army denied that it had used cluster munitions near Tolva.",
            None,
        ),
    ]);
}

#[test]
fn a_denial_naming_the_claimant_answers_its_claim_in_other_words() {
    // "no helicopters had been lost" is not the claim's event word, and
    // its subject is not the claim's; the claimant it names tells which.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The militants said they had shot down two army helicopters over the Korra valley.",
                None,
            ),
            post(
                "b",
                50,
                "A military spokesman said no helicopters had been lost and described the militants' claim as \"propaganda\".",
                None,
            ),
        ],
        "korra",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn the_accused_states_ministry_denying_the_accusation_contests_it() {
    // The ministry is Tarsk's; what it denies is the accusation itself,
    // whatever else it says after.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Velda accused Tarsk of violating the ceasefire by shelling border villages overnight.",
                None,
            ),
            post(
                "b",
                30,
                "Tarsk's foreign ministry denied the accusation and said its forces had observed the truce.",
                None,
            ),
        ],
        "tarsk",
    );
    assert_eq!(c.assertions[0].speaker.party, "velda", "{c:#?}");
}

#[test]
fn a_denial_of_a_claimant_contests_its_first_claim_too() {
    // The rebels' later claim of a death meets the officials' doubt
    // first; "Korvel disputed the rebel claim" then answers every claim
    // of the rebels here, the headline's capture included (which the
    // doubt about a death did not answer).
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Rebels say aid worker Ana Velt captured at Tolva checkpoint",
                "",
                "Tarsk Wire",
            ),
            post(
                "b",
                30,
                "Officials said they had no information to confirm the death of Ana Velt. The rebels stated that Ana Velt had died in their custody. Korvel disputed the rebel claim.",
                None,
            ),
        ],
        "ana-velt",
    );
    assert!(c.assertions.iter().any(|a| a.source_id == "a"), "{c:#?}");
}

#[test]
fn a_military_headline_saying_it_did_not_shoot_down_the_airliner_contests_the_claim() {
    // The present tense ("shoot down") names the event, in the claim and
    // in the denial quoted after the speaker's colon.
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Korvel air defences shoot down Tarsk airliner, rebels claim",
                "",
                "Tarsk Wire",
            ),
            titled(
                "b",
                40,
                "Korvel military: 'We did not shoot down any airliner'",
                "",
                "Velda Daily",
            ),
        ],
        "korvel",
    );
    assert_eq!(c.denials[0].speaker.name, "Korvel military", "{c:#?}");
}

/// A first-person post on `source` with the platform's own id `guid`,
/// replying to the post whose id is `reply_to`.
fn reply(source: &str, minutes: i64, guid: &str, reply_to: Option<&str>, text: &str) -> RawPost {
    let mut p = post(source, minutes, text, Some(source));
    p.guid = Some(guid.into());
    p.url = Some(format!("https://social.example/@{source}/{guid}"));
    p.references = reply_to
        .map(|id| claimwatch_model::PostRef {
            kind: "reply_to".into(),
            id: Some(id.into()),
            ..Default::default()
        })
        .into_iter()
        .collect();
    p
}

#[test]
fn a_reply_saying_no_contests_the_post_it_replies_to() {
    // The reply names nothing; that it replies to the claim says what it
    // denies.
    let c = one_contested(
        &[
            reply(
                "halvik_now",
                0,
                "1001",
                None,
                "The mayor of Halvik has resigned over the flood response.",
            ),
            reply("ena_sorr", 20, "1002", Some("1001"), "No, she hasn't."),
        ],
        "halvik",
    );
    assert_eq!(c.denials[0].speaker.name, "ena_sorr", "{c:#?}");
    assert!(
        c.links.iter().any(|l| l.rule == "denial_answers_post"),
        "{c:#?}"
    );
}

#[test]
fn a_denial_replying_to_another_post_does_not_contest_this_one() {
    // The same words in reply to a post that is not the claim's.
    uncontested(&[
        reply(
            "halvik_now",
            0,
            "1001",
            None,
            "The mayor of Halvik has resigned over the flood response.",
        ),
        reply("ena_sorr", 20, "1002", Some("999"), "No, she hasn't."),
    ]);
}

#[test]
fn the_subject_saying_she_is_not_what_the_rumour_says_contests_it() {
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Pop star Lia Wren pregnant with first child, sources say",
                "",
                "Celeb Wire",
            ),
            post("b", 90, "lol I'm not pregnant, stop it", Some("Lia Wren")),
        ],
        "lia-wren",
    );
    assert_eq!(c.denials[0].speaker.name, "Lia Wren", "{c:#?}");
}

#[test]
fn an_office_calling_the_ministers_figure_wrong_contests_it() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The minister said unemployment in Velda had fallen to 3 percent, its lowest level in decades.",
                None,
            ),
            post(
                "b",
                120,
                "The Velda statistics office said the minister's figure was wrong and that unemployment stood at 6.1 percent.",
                None,
            ),
        ],
        "velda",
    );
    assert_eq!(
        c.denials[0].speaker.name, "Velda statistics office",
        "{c:#?}"
    );
}

#[test]
fn a_fact_check_headline_with_no_byline_is_its_feeds_verdict() {
    let mut check = post("verify-desk", 120, "", None);
    check.title = Some("Fact check: No, the Dorvo cathedral has not burned down".into());
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "BREAKING: The Dorvo cathedral has burned down. Pray for Dorvo.",
                Some("Mara Quill"),
            ),
            check,
        ],
        "dorvo",
    );
    assert_eq!(c.denials[0].speaker.party, "verify-desk", "{c:#?}");
}

#[test]
fn a_ministry_of_the_accused_state_calling_the_allegations_groundless_contests_them() {
    // "The Korvel foreign ministry" speaks for Korvel, the state the
    // groups accuse, though no list knows the name.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Human rights groups said the Korvel army had used cluster munitions in Dresk.",
                None,
            ),
            post(
                "b",
                60,
                "The Korvel foreign ministry called the allegations groundless.",
                None,
            ),
        ],
        "dresk",
    );
    assert_eq!(c.denials[0].speaker.party, "korvel", "{c:#?}");
    assert_eq!(
        c.assertions[0].speaker.name, "Human rights groups",
        "{c:#?}"
    );
}

#[test]
fn a_video_said_to_show_fraud_is_contested_by_the_commission_debunking_it() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Video shows Velda soldiers burning ballots in Kesh.",
                Some("Velda Watch"),
            ),
            post(
                "b",
                80,
                "The Velda electoral commission said the video of soldiers burning ballots in Kesh had been debunked.",
                None,
            ),
        ],
        "kesh",
    );
    assert_eq!(c.assertions[0].kind, StatementKind::Report, "{c:#?}");
}

#[test]
fn a_news_flash_post_is_contested_by_the_account_it_names() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Breaking: Arlen Air grounds its entire fleet after engine failures",
                Some("ana.example.social"),
            ),
            post(
                "b",
                30,
                "Arlen Air has not grounded its fleet. All flights are operating as scheduled.",
                Some("Arlen Air"),
            ),
        ],
        "arlen-air",
    );
    assert_eq!(c.assertions[0].speaker.name, "ana.example.social", "{c:#?}");
    assert_eq!(c.denials[0].speaker.party, "arlen-air", "{c:#?}");
}

#[test]
fn a_commission_rejecting_allegations_of_rigging_contests_the_rigging_claim() {
    // "rigging" names the same event as "rigged", so the commission's
    // denial, which names no place, meets the one fraud claim here.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The opposition alleged that the election in Kesh was rigged.",
                None,
            ),
            post(
                "b",
                60,
                "The Kesh election commission categorically rejected the allegations of rigging.",
                None,
            ),
        ],
        "kesh",
    );
    assert_eq!(c.denials[0].predicate.as_deref(), Some("rigging"), "{c:#?}");
}

#[test]
fn a_video_called_debunked_contests_what_it_was_said_to_show() {
    // The denial names neither place nor event, only the video that
    // relayed the claim.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Video shows Velda soldiers burning ballots in Kesh.",
                Some("Velda Watch"),
            ),
            post(
                "b",
                80,
                "The Velda electoral commission said the video had been debunked and was filmed in another country in 2019.",
                None,
            ),
        ],
        "kesh",
    );
    assert_eq!(
        c.denials[0].speaker.party, "velda-electoral-commission",
        "{c:#?}"
    );
}

#[test]
fn a_debunked_document_does_not_contest_a_video_or_two_subjects() {
    // Another medium, or two relayed claims on two subjects that name
    // the medium: nothing to answer.
    uncontested(&[
        post(
            "a",
            0,
            "Video shows Velda soldiers burning ballots in Kesh.",
            Some("Velda Watch"),
        ),
        post(
            "b",
            80,
            "The Velda electoral commission said the document had been debunked.",
            None,
        ),
    ]);
    uncontested(&[
        post(
            "a",
            0,
            "Video shows Velda soldiers burning ballots in Kesh.",
            Some("Velda Watch"),
        ),
        post(
            "c",
            10,
            "Video shows the Lund bridge collapsing.",
            Some("Lund Watch"),
        ),
        post(
            "b",
            80,
            "The Velda electoral commission said the video had been debunked.",
            None,
        ),
    ]);
}

#[test]
fn news_that_emerged_is_contested_by_the_airline_it_names() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Reports emerged on Monday that Arlen Air would ground its fleet over safety concerns.",
                None,
            ),
            post("b", 30, "Arlen Air was quick to deny the reports.", None),
        ],
        "arlen-air",
    );
    assert_eq!(c.assertions[0].speaker.party, "unattributed");
    assert_eq!(c.denials[0].speaker.party, "arlen-air");
}

#[test]
fn a_denial_of_the_footage_contests_what_the_video_was_said_to_show() {
    // "Footage" and "clip" name the medium "video" named.
    for denial in [
        "The Velda electoral commission said the footage was fake.",
        "The Velda electoral commission said the clip had been debunked.",
    ] {
        let c = one_contested(
            &[
                post(
                    "a",
                    0,
                    "Video shows Velda soldiers burning ballots in Kesh.",
                    Some("Velda Watch"),
                ),
                post("b", 80, denial, None),
            ],
            "kesh",
        );
        assert_eq!(
            c.denials[0].speaker.party, "velda-electoral-commission",
            "{denial}: {c:#?}"
        );
    }
}

#[test]
fn satellite_images_contradicting_a_claim_contest_it() {
    let c = one_contested(
        &[
            post("a", 0, "The Tarsk army claimed it had destroyed the Dorna bridge.", None),
            post(
                "b",
                90,
                "Satellite images show the Dorna bridge still standing, contradicting the army's claim.",
                None,
            ),
        ],
        "dorna",
    );
    assert_eq!(c.assertions[0].speaker.party, "tarsk", "{c:#?}");
}

#[test]
fn a_bare_i_never_said_that_disowns_what_another_feed_attributed() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Actor Remy Sol said he supports the new tax on cinemas.",
                Some("Daily Buzz"),
            ),
            post("b", 20, "I never said that.", Some("Remy Sol")),
        ],
        "remy-sol",
    );
    assert_eq!(c.denials[0].speaker.party, "remy-sol", "{c:#?}");
    // Disowning something else is no answer to it.
    uncontested(&[
        post(
            "a",
            0,
            "Actor Remy Sol said he supports the new tax on cinemas.",
            Some("Daily Buzz"),
        ),
        post(
            "b",
            20,
            "I never said I would quit acting.",
            Some("Remy Sol"),
        ),
    ]);
}

#[test]
fn a_body_of_a_place_that_knows_of_nothing_contests_a_report_about_the_place() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Reports say a second case of bird flu has been found on a farm near Lund.",
                None,
            ),
            post(
                "b",
                40,
                "The Lund agriculture agency said it was not aware of any second case.",
                None,
            ),
        ],
        "lund",
    );
    assert_eq!(
        c.denials[0].speaker.party, "lund-agriculture-agency",
        "{c:#?}"
    );
}

#[test]
fn an_airport_calling_a_closure_post_not_true_contests_it() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Lund airport will close for six months from January.",
                Some("Lund News"),
            ),
            post("b", 15, "This is not true.", Some("Lund Airport")),
        ],
        "lund",
    );
    assert_eq!(c.assertions[0].speaker.name, "Lund News", "{c:#?}");
}

#[test]
fn an_organisation_named_by_its_initials_is_the_one_named_in_full() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The National Rail Union will strike on Monday, local media reported.",
                None,
            ),
            post("b", 30, "The NRU denied it had called a strike.", None),
        ],
        "national-rail-union",
    );
    assert_eq!(c.denials[0].speaker.party, "nru", "{c:#?}");
    // Two names with those initials: either could be meant.
    uncontested(&[
        post(
            "a",
            0,
            "The National Rail Union will strike on Monday, local media reported.",
            None,
        ),
        post(
            "c",
            5,
            "The Northern Riders Union will strike on Monday, local media reported.",
            None,
        ),
        post("b", 30, "The NRU denied it had called a strike.", None),
    ]);
}

#[test]
fn a_denial_coordinated_with_what_an_authority_said_contests_the_claim() {
    // The commission's rejection follows a statement of its own in the same
    // sentence; the negation of that statement must not cancel it.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Presidential candidate Anna Brook claimed victory in the Velsk election on \
                 Sunday night.",
                None,
            ),
            post(
                "b",
                40,
                "The central election commission said the count was not finished and rejected \
                 Brook's claim of victory as premature.",
                None,
            ),
        ],
        "velsk",
    );
    assert_eq!(c.assertions[0].speaker.party, "anna-brook", "{c:#?}");
    assert_eq!(
        c.denials[0].speaker.party, "central-election-commission",
        "{c:#?}"
    );
}

#[test]
fn a_higher_toll_against_the_official_figure_contests_it() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Officials said 12 people were killed when a bridge collapsed in Orsk on Friday.",
                None,
            ),
            post(
                "b",
                30,
                "Local media reported that at least 40 people had died, contradicting the \
                 official figure.",
                None,
            ),
        ],
        "orsk",
    );
    assert_eq!(c.assertions[0].speaker.party, "officials", "{c:#?}");
}

#[test]
fn a_company_finding_no_access_to_its_data_contests_the_hackers_claim() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Hackers claimed on Monday to have stolen the personal data of 3 million \
                 customers of Hollin Bank.",
                None,
            ),
            post(
                "b",
                20,
                "Hollin Bank said there was no evidence that customer data had been accessed.",
                None,
            ),
        ],
        "hollin-bank",
    );
    assert_eq!(c.denials[0].speaker.party, "hollin-bank", "{c:#?}");
}

#[test]
fn a_denial_naming_the_claimed_thing_contests_a_claim_filed_under_a_place() {
    // The rumour is filed under Dunmore; the denial names only the
    // warning, word for word as the rumour does.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "A tsunami warning has been issued for the Dunmore coast, according to posts on \
                 social media.",
                None,
            ),
            post(
                "b",
                10,
                "The national weather service said no tsunami warning had been issued and urged \
                 people to ignore the posts.",
                None,
            ),
        ],
        "dunmore",
    );
    assert_eq!(
        c.denials[0].speaker.party, "national-weather-service",
        "{c:#?}"
    );
    // (Another warning is another claim.)
    uncontested(&[
        post(
            "a",
            0,
            "A flood warning has been issued for the Dunmore coast, according to posts on \
             social media.",
            None,
        ),
        post(
            "b",
            10,
            "The national weather service said no tsunami warning had been issued.",
            None,
        ),
    ]);
}

#[test]
fn an_outlet_calling_its_own_report_incorrect_retracts_the_claim() {
    let all = claims(&[
        post(
            "a",
            0,
            "The Velsk Herald reported that the mayor had been hospitalised.",
            None,
        ),
        post(
            "a",
            120,
            "The Velsk Herald said its report that the mayor had been hospitalised was \
             incorrect and it had removed the article.",
            None,
        ),
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].status, ContestStatus::Retracted, "{all:#?}");
    assert_eq!(all[0].denials[0].kind, StatementKind::Retraction);
}

#[test]
fn a_person_posting_under_a_handle_of_her_name_contests_her_reported_death() {
    for handle in ["@liamarn", "@LiaMarnOfficial", "@therealLia_Marn"] {
        let c = one_contested(
            &[
                post(
                    "gossip",
                    0,
                    "BREAKING: Singer Lia Marn has died aged 41, her family has confirmed.",
                    None,
                ),
                post(
                    "x",
                    15,
                    "I am very much alive, thank you. Please stop spreading this.",
                    Some(handle),
                ),
            ],
            "lia-marn",
        );
        assert!(
            c.denials.iter().any(|d| d.speaker.name == handle),
            "{handle}: {c:#?}"
        );
    }
    // (Another person's handle is not hers.)
    uncontested(&[
        post(
            "gossip",
            0,
            "BREAKING: Singer Lia Marn has died aged 41, her family has confirmed.",
            None,
        ),
        post(
            "x",
            15,
            "I am very much alive, thank you. Please stop spreading this.",
            Some("@liamorn"),
        ),
    ]);
}

#[test]
fn a_denial_that_anyone_was_abducted_contests_a_reported_kidnapping() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Gunmen kidnapped 20 students from a school in Orsk state, local officials said.",
                None,
            ),
            post(
                "b",
                60,
                "The Orsk state government denied that any students had been abducted, saying \
                 all pupils were accounted for.",
                None,
            ),
        ],
        "orsk",
    );
    assert_eq!(c.assertions[0].speaker.party, "local-officials", "{c:#?}");
}

#[test]
fn an_airport_still_open_contests_a_post_saying_it_is_closed() {
    let c = one_contested(
        &[
            post(
                "reddit-a",
                0,
                "Orsk airport is closed until further notice, source: my cousin works there",
                Some("u/orsknews"),
            ),
            post(
                "reddit-b",
                20,
                "Orsk Airport remains open and all flights are operating normally.",
                Some("u/orskairport"),
            ),
        ],
        "orsk",
    );
    assert_eq!(c.denials[0].speaker.name, "u/orskairport", "{c:#?}");
}

#[test]
fn a_fact_check_calling_an_attributed_quote_fabricated_contests_it() {
    // "saying …" tells what the quote says; it makes the mayor no speaker
    // of the fact-checker's sentence.
    let c = one_contested(
        &[
            post(
                "m",
                0,
                "Mayor Ivo Tarn said \"Lund will fall to the floods\" today. Disgraceful.",
                Some("@angryvoter"),
            ),
            post(
                "f",
                30,
                "Viral quote attributed to Mayor Ivo Tarn saying \"Lund will fall to the \
                 floods\" is fabricated.",
                Some("@factwatch"),
            ),
        ],
        "lund",
    );
    assert_eq!(c.denials[0].speaker.name, "@factwatch", "{c:#?}");
}

#[test]
fn a_singer_saying_not_pregnant_contests_the_insiders_claim() {
    let c = one_contested(
        &[
            titled(
                "ent",
                0,
                "Singer Nia Dove pregnant with first child, insiders claim",
                "",
                "Velda Gossip",
            ),
            post(
                "x",
                30,
                "Not pregnant, just bloated lol. Please stop.",
                Some("@niadove"),
            ),
        ],
        "nia-dove",
    );
    assert_eq!(c.denials[0].speaker.name, "@niadove", "{c:#?}");
}

#[test]
fn no_casualties_contests_a_claim_of_soldiers_killed() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Five soldiers were killed in a rebel attack on a base near Kesh, the rebels said.",
                None,
            ),
            post(
                "b",
                30,
                "The army said there were no casualties in the attack near Kesh.",
                None,
            ),
        ],
        "kesh",
    );
    assert_eq!(c.denials[0].speaker.party, "army", "{c:#?}");
}

#[test]
fn a_denial_signed_by_a_chief_executive_after_the_quotation_contests_the_closure() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Union leaders said the Drayton factory would close in March.",
                None,
            ),
            post(
                "b",
                30,
                "\"That is simply not true,\" said Drayton chief executive Pia Loft.",
                None,
            ),
        ],
        "drayton",
    );
    assert_eq!(c.denials[0].speaker.name, "Pia Loft", "{c:#?}");
    assert_eq!(c.denials[0].speaker.party, "drayton", "{c:#?}");
}

#[test]
fn a_handle_with_its_server_is_the_person_it_names() {
    // (Bluesky's handles come without the "@" too.)
    for handle in [
        "@lenavorst.bsky.social",
        "@lenavorst@mastodon.social",
        "lenavorst.bsky.social",
    ] {
        let c = one_contested(
            &[
                post(
                    "a",
                    0,
                    "RIP Lena Vorst. The actress has died at 72.",
                    Some("@popwire.bsky.social"),
                ),
                post(
                    "b",
                    15,
                    "I'm alive and well, thank you all. Please stop spreading this.",
                    Some(handle),
                ),
            ],
            "lena-vorst",
        );
        assert_eq!(c.denials[0].speaker.name, handle, "{c:#?}");
    }
}

#[test]
fn a_flat_no_to_a_reporters_question_contests_the_report_it_answers() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Hollin Bank will close its Brenmoor branch, union officials said.",
                None,
            ),
            post(
                "b",
                30,
                "Asked whether the bank would close its Brenmoor branch, a Hollin Bank spokesman said: \"No.\"",
                None,
            ),
        ],
        "brenmoor",
    );
    assert_eq!(c.denials[0].speaker.party, "hollin-bank", "{c:#?}");
}

#[test]
fn an_airport_operating_normally_contests_a_fire_that_grounded_its_flights() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Massive fire at Orsk airport, all flights cancelled!",
                Some("@newsflash24"),
            ),
            post(
                "b",
                10,
                "Orsk Airport is open and all flights are operating normally.",
                Some("@orskairport"),
            ),
        ],
        "orsk",
    );
    assert_eq!(c.denials[0].speaker.name, "@orskairport", "{c:#?}");
}

#[test]
fn there_is_no_ceasefire_contests_a_ceasefire_agreed() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Estavia and Molvar have agreed a ceasefire in Drun, a mediator said.",
                None,
            ),
            post(
                "b",
                30,
                "\"There is no ceasefire,\" a Molvar army spokesman said.",
                None,
            ),
        ],
        "drun",
    );
    assert_eq!(c.denials[0].speaker.name, "Molvar army spokesman", "{c:#?}");
}

#[test]
fn a_paper_saying_its_offices_were_not_raided_contests_the_raid() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Police raided the offices of the Lund Gazette this morning.",
                Some("@kelbynews"),
            ),
            post(
                "b",
                10,
                "@kelbynews This never happened. Our offices were not raided.",
                Some("@lundgazette"),
            ),
        ],
        "lund-gazette",
    );
    assert_eq!(c.denials[0].speaker.name, "@lundgazette", "{c:#?}");
}

#[test]
fn clarifying_that_one_had_not_resigned_contests_the_resignation() {
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Kelby mayor Ina Sorell resigns amid scandal, local radio reports",
                "",
                "Kelby Courier",
            ),
            post(
                "b",
                30,
                "Ina Sorell later clarified that she had not resigned.",
                None,
            ),
        ],
        "ina-sorell",
    );
    assert_eq!(c.denials[0].speaker.name, "Ina Sorell", "{c:#?}");
}

#[test]
fn a_company_denying_what_a_headline_says_it_is_accused_of_contests_it() {
    let c = one_contested(
        &[
            titled(
                "a",
                0,
                "Orbis accused of dumping toxic waste in Lund river",
                "",
                "Kelby Courier",
            ),
            titled(
                "b",
                30,
                "Orbis denies dumping waste in Lund river",
                "",
                "Velsk Herald",
            ),
        ],
        "lund",
    );
    assert_eq!(c.denials[0].speaker.party, "orbis", "{c:#?}");
}

#[test]
fn a_denial_in_a_verb_coordinated_with_a_visit_contests_the_claim() {
    // "The mayor visited … but denied that …": the mayor denies, so the
    // residents' claim is contested by her.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Residents of Orsk said the Orsk dam had collapsed overnight.",
                None,
            ),
            post(
                "b",
                45,
                "Mayor Ida Brun visited Orsk on Sunday but denied that the Orsk dam had collapsed.",
                None,
            ),
        ],
        "orsk",
    );
    assert_eq!(c.denials[0].speaker.name, "Ida Brun");
}

#[test]
fn a_hack_carried_by_an_unnamed_blog_is_contested_by_the_company() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Tech firm Nimbus has been hacked and the data of 2 million users leaked, according to a security blog.",
                None,
            ),
            post(
                "t",
                45,
                "We have seen no evidence that Nimbus was hacked. Our systems are secure and user data is safe.",
                Some("Nimbus"),
            ),
        ],
        "nimbus",
    );
    assert_eq!(c.denials[0].speaker.party, "nimbus");
}

#[test]
fn an_accused_minister_denying_the_act_contests_the_accusation() {
    // The accusation is about the minister; his denial of his own act
    // ("denied ordering the raid") is about him too, and a bare "raid"
    // names the same event as "the raid on".
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Opposition MP Lena Holt accused Interior Minister Karl Brun of ordering the raid on the newspaper.",
                None,
            ),
            post("b", 30, "Karl Brun flatly denied ordering the raid.", None),
        ],
        "karl-brun",
    );
    assert_eq!(c.denials[0].speaker.party, "karl-brun");
}

#[test]
fn a_fact_check_finding_the_bridge_intact_contests_the_viral_claim() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "BREAKING: The Halden bridge has collapsed!! Hundreds feared dead",
                Some("@truthseeker"),
            ),
            post(
                "b",
                90,
                "A fact check by the Halden Post found that the Halden bridge is intact.",
                None,
            ),
        ],
        "halden",
    );
    assert_eq!(c.denials[0].speaker.party, "halden-post");
}

#[test]
fn a_denial_that_relays_the_rumour_it_denies_contests_it_on_its_own() {
    // One sentence holds the claim and its denial; the two share no word
    // beyond the subject but the one that names the claim's event.
    for (text, subject, denier) in [
        (
            "The palace dismissed speculation that King Oren was planning to abdicate as \"nonsense\".",
            "oren",
            "palace",
        ),
        ("Veltronic denied reports that it will buy Netflix.", "netflix", "Veltronic"),
    ] {
        let c = one_contested(&[post("a", 0, text, None)], subject);
        assert_eq!(c.assertions.len(), 1, "{c:#?}");
        assert_eq!(c.assertions[0].kind, StatementKind::Report, "{c:#?}");
        assert_eq!(c.denials[0].speaker.name, denier, "{c:#?}");
    }
}

#[test]
fn a_denial_relaying_the_claimants_claim_answers_the_headline_that_made_it() {
    // The denial tells the government's claim; the outlet's headline made
    // it, and is what the alert is about.
    let c = one_contested(
        &[
            post("daily", 0, "Kestrel Front agrees to ceasefire, release of prisoners", None),
            post(
                "wire",
                10,
                "The Kestrel Front has denied claims by Varno's government that it has agreed to a ceasefire and will release the prisoners.",
                None,
            ),
        ],
        "kestrel-front",
    );
    assert_eq!(c.assertions[0].post_id, "daily-0", "{c:#?}");
    assert_eq!(c.denials[0].speaker.name, "Kestrel Front", "{c:#?}");
}

#[test]
fn what_a_later_post_refers_to_finds_the_one_claim_that_names_it() {
    let seized = || {
        post(
            "a",
            0,
            "Rebel forces have seized the Ostrel power plant, the rebel command said.",
            None,
        )
    };
    // "the plant" names no subject of its own; only the rebels' claim
    // names a plant, and claims the opposite event.
    let c = one_contested(
        &[
            seized(),
            post(
                "b",
                30,
                "Government officials said the plant remained under army control.",
                None,
            ),
        ],
        "ostrel",
    );
    assert_eq!(c.denials[0].speaker.name, "Government officials", "{c:#?}");
    // A denial of "the claim" that says what it is about.
    let c = one_contested(
        &[
            post("a", 0, "The Kestrel Front claimed to have taken control of the presidential palace in Varno.", None),
            post("b", 30, "The army said the claim was false and that the palace was in its hands.", None),
        ],
        "varno",
    );
    assert_eq!(c.denials[0].speaker.name, "army", "{c:#?}");
    // Nothing named in common, or two claims that name it: no guess.
    uncontested(&[
        seized(),
        post(
            "b",
            30,
            "Government officials said the airport remained under army control.",
            None,
        ),
    ]);
    uncontested(&[
        seized(),
        post(
            "c",
            10,
            "Rebels said they had captured the Tarsk power plant.",
            None,
        ),
        post(
            "b",
            30,
            "Government officials said the plant remained under army control.",
            None,
        ),
    ]);
}

#[test]
fn a_crash_is_contested_by_a_safe_landing_and_not_by_another_event() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "A passenger jet has crashed near Lund airport, witnesses said.",
                None,
            ),
            post(
                "b",
                30,
                "Norland Air said flight NA12 landed safely in Lund and no aircraft had crashed.",
                None,
            ),
        ],
        "lund",
    );
    assert_eq!(c.denials[0].speaker.name, "Norland Air", "{c:#?}");
    assert_eq!(c.predicate.as_deref(), Some("crash"), "{c:#?}");
    // A denial of a crash does not answer a claim of a capture there.
    uncontested(&[
        post(
            "a",
            0,
            "Rebels said they had captured the airport in Lund.",
            None,
        ),
        post(
            "b",
            30,
            "Norland Air denied that any of its planes had crashed in Lund.",
            None,
        ),
    ]);
}

#[test]
fn a_groups_plural_and_its_singular_are_one_side() {
    // "The Velkans" and "a Velkan spokesman" speak for one side: its
    // denial of something else does not contest its own claim.
    uncontested(&[
        post(
            "a",
            0,
            "The Velkans said they struck a cargo ship in the Gulf of Tarsk.",
            None,
        ),
        post(
            "b",
            30,
            "A Velkan spokesman denied that the group had targeted civilians.",
            None,
        ),
    ]);
}

#[test]
fn a_counter_claim_in_the_singers_own_feed_answers_what_is_said_of_her() {
    let cancelled = || {
        post(
            "a",
            0,
            "Singer Lena Vorst has cancelled her Lund shows, a tabloid claimed.",
            None,
        )
    };
    let c = one_contested(
        &[
            cancelled(),
            post(
                "b",
                30,
                "My Lund shows are not cancelled. See you there!",
                Some("Lena Vorst"),
            ),
            post(
                "c",
                60,
                "Lena Vorst has cancelled her Lund concerts, the Velsk Herald reported.",
                None,
            ),
        ],
        "lena-vorst",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
    assert_eq!(c.assertions.len(), 2, "{c:#?}");
    // A counter-claim about her Lund shows does not answer a claim about
    // her Velsk tour.
    uncontested(&[
        post(
            "a",
            0,
            "Singer Lena Vorst has cancelled her Velsk tour, a tabloid claimed.",
            None,
        ),
        post(
            "b",
            30,
            "My Lund shows are not cancelled. See you there!",
            Some("Lena Vorst"),
        ),
    ]);
}

#[test]
fn a_groups_quoted_claim_in_its_own_voice_is_what_a_denial_of_its_claim_answers() {
    let c = one_contested(
        &[
            post("a", 0, "\"We have taken full control of the airport,\" a spokesman for the Kestrel Front said.", None),
            post("b", 30, "The army said the Kestrel Front's claim was \"a lie\" and that the airport remained in its hands.", None),
        ],
        "kestrel-front",
    );
    assert_eq!(c.denials[0].speaker.name, "army", "{c:#?}");
}

#[test]
fn a_claim_of_an_event_naming_nothing_is_filed_under_its_claimant() {
    let arlen = || {
        post(
            "a",
            0,
            "President Ivo Arlen claimed that millions of illegal votes were cast in the election.",
            None,
        )
    };
    let c = one_contested(
        &[
            arlen(),
            post("b", 30, "Election officials said there was no evidence of illegal votes and called the claim fake.", None),
        ],
        "ivo-arlen",
    );
    assert_eq!(c.denials[0].speaker.name, "Election officials", "{c:#?}");
    // A denial of another kind of event elsewhere does not answer it.
    uncontested(&[
        arlen(),
        post(
            "b",
            30,
            "Police said there had been no explosion at the Velsk mall.",
            None,
        ),
    ]);
}

#[test]
fn a_site_saying_there_was_no_such_event_contests_the_post_that_saw_it() {
    one_contested(
        &[
            post(
                "a",
                0,
                "The Velsk chemical plant had a gas leak this morning, my street smells awful.",
                Some("@ana"),
            ),
            post(
                "b",
                30,
                "Velsk Chemicals said there had been no gas leak at the plant.",
                None,
            ),
        ],
        "velsk",
    );
    one_contested(
        &[
            post("a", 0, "Korvel's defence ministry said its forces had destroyed a Lancer air defence system near Tarsk.", None),
            post("b", 30, "The Velkan air force said on Telegram that no Lancer system had been destroyed.", None),
        ],
        "tarsk",
    );
}

#[test]
fn another_outlets_earlier_report_of_the_event_joins_a_denial_of_one_outlets_report() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The Velsk Herald reported that the mayor of Tarsk had been arrested.",
                None,
            ),
            post(
                "b",
                10,
                "The mayor of Tarsk has been arrested, the Lund Gazette said.",
                None,
            ),
            post(
                "c",
                20,
                "The mayor's spokesperson dismissed the Velsk Herald report as fake news.",
                None,
            ),
        ],
        "tarsk",
    );
    let mut sources: Vec<&str> = c.assertions.iter().map(|a| a.source_id.as_str()).collect();
    sources.sort();
    assert_eq!(sources, ["a", "b"], "{c:#?}");
    // Not a claim of another event about the same place.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The Velsk Herald reported that the mayor of Tarsk had been arrested.",
                None,
            ),
            post(
                "b",
                10,
                "Floods killed 12 people in Tarsk, the Lund Gazette said.",
                None,
            ),
            post(
                "c",
                20,
                "The mayor's spokesperson dismissed the Velsk Herald report as fake news.",
                None,
            ),
        ],
        "tarsk",
    );
    assert_eq!(c.assertions.len(), 1, "{c:#?}");
}

#[test]
fn a_denial_that_says_what_it_denies_leaves_other_claims_about_its_speaker_alone() {
    let claims = claims(&[
        post(
            "a",
            0,
            "Ana Costa was elected mayor of Velsk on Sunday, officials said.",
            None,
        ),
        post(
            "b",
            30,
            "Ana Costa denied reports that she owns a second home in Lund.",
            None,
        ),
    ]);
    // Her denial contests the claim it relays, not her election.
    assert_eq!(claims.len(), 1, "{claims:#?}");
    assert_eq!(claims[0].subject.key, "lund", "{claims:#?}");
    assert!(
        claims[0].assertions.iter().all(|a| a.source_id == "b"),
        "{claims:#?}"
    );
}

#[test]
fn a_verdict_saying_what_was_not_so_after_no_answers_the_one_claim_naming_it() {
    let shot_down = || {
        post(
            "a",
            0,
            "The Kestrel Front said its fighters had shot down a government helicopter near Lund.",
            None,
        )
    };
    one_contested(
        &[
            shot_down(),
            post(
                "b",
                30,
                "\"They are lying. No helicopter was lost,\" an army spokesman told Reuters.",
                None,
            ),
        ],
        "lund",
    );
    // Nothing it names after "no" in the claim: no guess.
    uncontested(&[
        shot_down(),
        post(
            "b",
            30,
            "\"They are lying. No soldier was wounded,\" an army spokesman told Reuters.",
            None,
        ),
    ]);
}

#[test]
fn a_group_denying_the_act_a_claim_names_it_for_contests_the_claim() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "The ministry said rebels had seized the dam at Ostrel.",
                None,
            ),
            post("b", 30, "Rebels denied seizing the dam.", None),
        ],
        "ostrel",
    );
    assert_eq!(c.denials[0].speaker.name, "Rebels", "{c:#?}");
}

#[test]
fn a_post_passing_on_the_news_and_asking_for_more_is_contested_by_the_authority() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "just saw on local news that the harbor bridge in lund collapsed this morning, anyone know more??",
                Some("u/throwaway_991"),
            ),
            post(
                "b",
                30,
                "The Lund port authority said the harbor bridge was intact and open to traffic, calling online reports of a collapse false.",
                None,
            ),
        ],
        "harbor-bridge",
    );
    assert_eq!(c.assertions[0].kind, StatementKind::Report, "{c:#?}");
}

#[test]
fn a_denial_of_using_chemical_weapons_contests_a_chlorine_attack() {
    one_contested(
        &[
            post(
                "a",
                0,
                "Activists said government forces had used chlorine gas in an attack on the town of Sarmin, killing six people.",
                None,
            ),
            post(
                "b",
                30,
                "The government denied using chemical weapons in Sarmin and said the footage was staged.",
                None,
            ),
        ],
        "sarmin",
    );
}

#[test]
fn a_fact_check_contests_the_viral_post_of_a_purchase() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Bill Gates bought 2 million acres of farmland in Ohio to stop farmers growing food.",
                Some("@viralnews"),
            ),
            post(
                "b",
                30,
                "Fact check: Claim that Bill Gates bought 2 million acres of Ohio farmland is false.",
                None,
            ),
        ],
        "bill-gates",
    );
    assert!(c.assertions.iter().any(|a| a.post_id == "a-0"), "{c:#?}");
}

#[test]
fn a_surname_with_its_particle_and_the_full_name_are_one_person_across_posts() {
    one_contested(
        &[
            post(
                "a",
                0,
                "The army said rebel commander Omar al-Masri was killed in an airstrike.",
                None,
            ),
            post(
                "b",
                30,
                "The Kestrel Front denied that al-Masri had been killed.",
                None,
            ),
        ],
        "omar-al-masri",
    );
    one_contested(
        &[
            post(
                "a",
                0,
                "The army said rebel commander al-Masri was killed in an airstrike.",
                None,
            ),
            post(
                "b",
                30,
                "The Kestrel Front said its commander Omar al-Masri was alive and well.",
                None,
            ),
        ],
        "al-masri",
    );
}

#[test]
fn a_death_near_a_place_is_contested_by_the_persons_side_saying_he_is_alive() {
    one_contested(
        &[
            post(
                "a",
                0,
                "The army said rebel commander Masri was killed in an airstrike near Idlib.",
                None,
            ),
            post(
                "b",
                30,
                "The Kestrel Front said its commander Omar Masri was alive and well.",
                None,
            ),
        ],
        "masri",
    );
}

#[test]
fn an_aircraft_shot_down_and_none_lost_over_the_place_contest_each_other() {
    // The model's designation is not what the claim is about; "no aircraft
    // had been lost" denies that any was shot down there.
    let c = one_contested(
        &[
            post(
                "tg",
                0,
                "Our fighters shot down a Su-25 jet over Avdiivka today.",
                Some("Rubicon Channel"),
            ),
            post(
                "af",
                10,
                "Air force spokesman Yuriy Ihnat said no aircraft had been lost over Avdiivka.",
                None,
            ),
        ],
        "avdiivka",
    );
    assert_eq!(c.denials[0].speaker.name, "Yuriy Ihnat", "{c:#?}");
}

#[test]
fn an_alert_issued_in_error_retracts_the_earthquake_it_announced() {
    let all = claims(&[
        post("wire", 0, "A magnitude 7.1 earthquake struck off the coast of Valdora on Sunday, the national seismology service said.", None),
        post("wire2", 30, "The national seismology service later said the alert had been issued in error and no earthquake had occurred.", None),
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].subject.key, "valdora", "{all:#?}");
    assert_eq!(all[0].status, ContestStatus::Retracted, "{all:#?}");
}

#[test]
fn a_report_after_the_denial_of_it_is_contested_as_one_before_it() {
    let c = one_contested(
        &[
            post(
                "gov",
                0,
                "The interior ministry denied that troops had fired on protesters in Tarsk.",
                None,
            ),
            post(
                "ngo",
                30,
                "Witnesses said troops fired on protesters in Tarsk on Saturday, killing three.",
                None,
            ),
        ],
        "tarsk",
    );
    assert_eq!(c.assertions[0].post_id, "ngo-30", "{c:#?}");
}

#[test]
fn a_death_toll_counted_at_least_and_the_factorys_denial_are_contested() {
    let c = one_contested(
        &[
            post(
                "wire",
                0,
                "At least 12 workers died in a fire at the Meridian Textiles factory in Gazipur, fire officials said.",
                None,
            ),
            post(
                "co",
                20,
                "Meridian Textiles said no one was killed in the fire at its Gazipur factory and called the death toll \"completely false\".",
                None,
            ),
        ],
        "meridian-textiles",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn an_airline_that_says_none_of_its_planes_crashed_contests_the_crash() {
    let c = one_contested(
        &[
            post(
                "tw",
                0,
                "A passenger jet from SkyJet crashed near Lisbon airport, dozens feared dead.",
                Some("planespotter"),
            ),
            post(
                "sky",
                15,
                "SkyJet said all of its aircraft are accounted for and that none of its planes had crashed.",
                None,
            ),
        ],
        "skyjet",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_party_that_rejects_the_accusation_against_it_contests_it() {
    let c = one_contested(
        &[
            post(
                "gov",
                0,
                "The government accused the opposition of paying protesters to riot in the capital.",
                None,
            ),
            post(
                "opp",
                40,
                "The opposition Democratic Alliance rejected the government's accusation as a \"desperate lie\".",
                None,
            ),
        ],
        "opposition",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_couples_spokesperson_calling_the_rumours_false_contests_the_split() {
    let c = one_contested(
        &[
            post(
                "mag",
                0,
                "Actors Tom Reyes and Lina Park have split after five years of marriage, a friend of the couple told Page Six.",
                None,
            ),
            post(
                "rep",
                30,
                "\"They are very much together,\" a spokesperson for the couple said. \"These rumours are completely false.\"",
                None,
            ),
        ],
        "tom-reyes",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn claims_a_spokesman_calls_fantasy_are_contested() {
    let c = one_contested(
        &[
            post(
                "news",
                0,
                "Russia's defence ministry said its forces had shot down 12 Ukrainian drones over the Belgorod region overnight.",
                None,
            ),
            post(
                "ua",
                25,
                "A spokesman for Ukraine's air force, Yuriy Ihnat, said the Russian claims were \"fantasy\".",
                None,
            ),
        ],
        "belgorod",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_leader_rushed_to_hospital_and_said_to_be_in_good_health_is_contested() {
    let c = one_contested(
        &[
            post(
                "blog",
                0,
                "President Okafor has been rushed to hospital in London, sources close to the presidency said.",
                None,
            ),
            post(
                "pres",
                45,
                "The presidency said President Okafor is in good health and working from Abuja.",
                None,
            ),
        ],
        "okafor",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_cure_the_regulator_finds_no_evidence_for_is_contested() {
    let c = one_contested(
        &[
            post(
                "tg",
                0,
                "Ivermectin cures COVID-19 in 48 hours, doctors say!",
                Some("HealthTruth"),
            ),
            post(
                "fda",
                60,
                "The FDA said there is no evidence that ivermectin cures COVID-19.",
                None,
            ),
        ],
        "ivermectin",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_bank_run_rumour_and_the_banks_denial_are_contested() {
    let c = one_contested(
        &[
            post(
                "x",
                0,
                "Meridian Bank is about to collapse, withdraw your money now!",
                Some("finfluencer"),
            ),
            post(
                "bank",
                20,
                "Meridian Bank said it is financially sound and that rumours of its collapse are false.",
                None,
            ),
        ],
        "meridian-bank",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_strike_said_to_go_ahead_and_called_off_is_contested_and_no_attack() {
    let posts = [
        post(
            "union",
            0,
            "The Transport Workers Union said the national rail strike planned for Monday will go ahead.",
            None,
        ),
        post(
            "gov",
            30,
            "Transport minister Paul Grey said the rail strike had been called off after an agreement was reached late on Sunday.",
            None,
        ),
    ];
    let all = claims(&posts);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].status, ContestStatus::Contested, "{all:#?}");
    for p in &posts {
        for st in claimwatch_extract::extract_post(p) {
            assert_ne!(st.predicate_class.as_deref(), Some("attack"), "{st:#?}");
        }
    }
}

#[test]
fn an_author_denying_under_a_handle_contests_the_report_naming_them() {
    let c = one_contested(
        &[
            post(
                "masto",
                0,
                "I was not arrested on Friday. Whoever is spreading this is lying.",
                Some("alanbrooks"),
            ),
            post(
                "out",
                10,
                "Senator Alan Brooks was arrested for drunk driving on Friday, police sources told the Daily Courier.",
                None,
            ),
        ],
        "alanbrooks",
    );
    assert_eq!(c.assertions.len(), 1, "{c:#?}");
}

#[test]
fn a_group_that_denies_releasing_hostages_contests_their_release() {
    let c = one_contested(
        &[
            post(
                "tv",
                0,
                "Militants have released the 14 hostages seized in Kandor last week, a regional governor announced.",
                None,
            ),
            post(
                "grp",
                30,
                "The Kandor Liberation Front denied releasing any hostages, saying all 14 remain in its custody.",
                None,
            ),
        ],
        "kandor",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_ship_said_sunk_and_said_undamaged_is_contested() {
    let c = one_contested(
        &[
            post(
                "ua",
                0,
                "Ukraine's navy said it had sunk a Russian landing ship off the coast of Crimea.",
                None,
            ),
            post(
                "ru",
                20,
                "Russia's defence ministry said the landing ship was undamaged and continuing its mission.",
                None,
            ),
        ],
        "crimea",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_painting_said_stolen_and_said_on_display_is_contested() {
    let c = one_contested(
        &[
            post(
                "news",
                0,
                "The Mona Lisa was stolen from the Louvre overnight, French media reported.",
                None,
            ),
            post(
                "louvre",
                30,
                "The Louvre said the Mona Lisa is safe and on display as usual.",
                None,
            ),
        ],
        "mona-lisa",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_strike_denied_by_the_kremlin_that_blames_air_defence_is_contested() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "A Russian missile struck an apartment block in Dnipro, killing 12 people, regional governor Serhiy Lysak said.",
                None,
            ),
            post(
                "b",
                40,
                "The Kremlin denied striking residential buildings and said the damage was caused by Ukrainian air defence.",
                None,
            ),
        ],
        "dnipro",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_minister_said_dismissed_who_dismisses_the_reports_is_contested() {
    let c = one_contested(
        &[
            post(
                "tg",
                0,
                "Defence minister Oleksii Reznikov has been dismissed, according to a post circulating on Telegram.",
                None,
            ),
            post(
                "mod",
                25,
                "Oleksii Reznikov dismissed the reports as fake and said he remains in his post.",
                None,
            ),
        ],
        "oleksii-reznikov",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
    assert_eq!(c.assertions.len(), 1, "{c:#?}");
}

#[test]
fn a_leak_denied_by_the_city_of_its_place_is_contested() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "A chemical leak at the Varna port has forced the evacuation of 3,000 residents, local media reported.",
                None,
            ),
            post(
                "b",
                30,
                "The city of Varna said there had been no chemical leak and no evacuation was ordered.",
                None,
            ),
        ],
        "varna",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn schools_said_closed_tomorrow_and_said_to_remain_open_are_contested() {
    let c = one_contested(
        &[
            post(
                "x",
                0,
                "All schools in Lund closed tomorrow because of the storm!!",
                Some("parent22"),
            ),
            post(
                "city",
                45,
                "Lund municipality said schools would remain open on Tuesday.",
                None,
            ),
        ],
        "lund",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_kidnapping_denied_by_the_employer_of_the_kidnapped_is_contested() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Aid worker Jon Falk was kidnapped by gunmen in northern Mali, a local official said.",
                None,
            ),
            post(
                "b",
                50,
                "Jon Falk's employer said he is safe and has not been kidnapped.",
                None,
            ),
        ],
        "jon-falk",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn an_engagement_posted_and_laughed_off_is_contested() {
    let c = one_contested(
        &[
            post(
                "x",
                0,
                "Pop star Mira Vale is secretly engaged to footballer Dan Roe.",
                Some("gossipcol"),
            ),
            post(
                "b",
                90,
                "Mira Vale laughed off rumours that she is engaged to Dan Roe.",
                None,
            ),
        ],
        "mira-vale",
    );
    assert!(c.assertions.iter().any(|a| a.post_id == "x-0"), "{c:#?}");
}

#[test]
fn a_fire_posted_and_denied_by_the_fire_service_is_contested() {
    let c = one_contested(
        &[
            post("x", 0, "BREAKING: Eiffel Tower on fire!", Some("viral_news")),
            post(
                "y",
                12,
                "There is no fire at the Eiffel Tower. The smoke seen was from a fire in a nearby building.",
                Some("parisfireservice"),
            ),
        ],
        "eiffel-tower",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_poisoning_told_by_a_spokeswoman_and_doubted_is_contested() {
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Opposition leader Ivo Tarn was poisoned, his spokeswoman said.",
                None,
            ),
            post(
                "b",
                60,
                "The Kremlin said there was no evidence that Ivo Tarn had been poisoned.",
                None,
            ),
        ],
        "ivo-tarn",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_dam_said_burst_and_quoted_intact_is_contested() {
    let c = one_contested(
        &[
            post(
                "fb",
                0,
                "The Velsk dam has burst and the town is flooding, residents wrote on Facebook.",
                None,
            ),
            post(
                "ems",
                20,
                "\"The dam is intact and there is no danger to residents,\" the regional emergency service said in a statement.",
                None,
            ),
        ],
        "velsk",
    );
    assert_eq!(c.denials.len(), 1, "{c:#?}");
}

#[test]
fn a_banks_own_post_of_no_breach_contests_the_hack() {
    one_contested(
        &[
            post(
                "infosec",
                0,
                "Hackers have stolen the personal data of 20 million customers of Telva Bank, a leak site claims.",
                Some("infosec_watch"),
            ),
            post(
                "bank",
                30,
                "We are aware of claims circulating online. There has been no breach of our systems and customer data is safe.",
                Some("Telva Bank"),
            ),
        ],
        "telva-bank",
    );
}

#[test]
fn a_singers_representatives_calling_her_death_a_hoax_contest_it() {
    one_contested(
        &[
            post(
                "gossip",
                0,
                "RIP: Singer Mara Lind has died aged 54.",
                Some("celebgossip"),
            ),
            post(
                "wire",
                40,
                "Representatives for Mara Lind said reports of her death were a hoax and that the singer is alive and well.",
                None,
            ),
        ],
        "mara-lind",
    );
}

#[test]
fn a_campaign_denying_its_candidate_quits_contests_the_aides() {
    one_contested(
        &[
            post(
                "cnn",
                0,
                "Senator Alan Cole is expected to drop out of the presidential race on Friday, two aides told CNN.",
                None,
            ),
            post(
                "wire",
                60,
                "Cole's campaign denied he was quitting. \"The senator is in this race until the end,\" spokesman Tim Bell said.",
                None,
            ),
        ],
        "alan-cole",
    );
}

#[test]
fn a_ship_said_sunk_and_said_damaged_but_not_sunk_is_contested() {
    one_contested(
        &[
            post(
                "kyiv",
                0,
                "Ukraine says its forces sank the Russian landing ship Novocherkassk in a missile attack overnight.",
                None,
            ),
            post(
                "moscow",
                45,
                "Russia's defence ministry said the Novocherkassk was damaged but had not sunk.",
                None,
            ),
        ],
        "novocherkassk",
    );
}

#[test]
fn a_flood_video_called_fake_is_contested() {
    one_contested(
        &[
            post(
                "flash",
                0,
                "Massive flooding in Valencia right now, cars swept away in the city centre!",
                Some("newsflash24"),
            ),
            post(
                "check",
                30,
                "This is fake. The video of cars swept away was filmed in 2019, not in Valencia today.",
                Some("factcheck_es"),
            ),
        ],
        "valencia",
    );
}

#[test]
fn an_attack_told_to_television_and_ruled_out_by_police_is_contested() {
    one_contested(
        &[
            post(
                "tv",
                0,
                "An explosion at a market in Osh was a terrorist attack, a witness told local television.",
                None,
            ),
            post(
                "wire",
                40,
                "Police said the explosion in Osh was caused by a gas leak and ruled out an attack.",
                None,
            ),
        ],
        "osh",
    );
}

#[test]
fn drones_said_shot_down_and_said_never_launched_are_contested() {
    one_contested(
        &[
            post(
                "mod",
                0,
                "Our air defence shot down 12 Ukrainian drones over Belgorod overnight.",
                Some("mod_russia"),
            ),
            post(
                "gs",
                30,
                "No drones were launched at Belgorod. This is another fake from the Russian ministry.",
                Some("ua_gs"),
            ),
        ],
        "belgorod",
    );
}

#[test]
fn a_tunnel_said_closed_by_a_strike_and_posted_open_is_contested() {
    one_contested(
        &[
            post(
                "wire",
                0,
                "The Channel Tunnel will be closed all week because of the strike, a union official said.",
                None,
            ),
            post(
                "tunnel",
                25,
                "The Channel Tunnel is open and services are running as normal today.",
                Some("eurotunnel"),
            ),
        ],
        "channel-tunnel",
    );
}

#[test]
fn an_exchange_said_frozen_that_posts_working_normally_is_contested() {
    one_contested(
        &[
            post(
                "insider",
                0,
                "Binura exchange has frozen all customer withdrawals!",
                Some("cryptoinsider"),
            ),
            post(
                "exchange",
                15,
                "Withdrawals are working normally. Reports that they have been frozen are false.",
                Some("binura"),
            ),
        ],
        "binura",
    );
}

#[test]
fn a_ceo_said_resigned_that_the_company_says_remains_is_contested() {
    one_contested(
        &[
            post(
                "watcher",
                0,
                "Breaking: Orvo Motors CEO Dana Pike has resigned effective immediately.",
                Some("marketwatcher"),
            ),
            post(
                "orvo",
                20,
                "This is not true. Dana Pike remains our CEO.",
                Some("orvomotors"),
            ),
        ],
        "dana-pike",
    );
}

#[test]
fn a_lockdown_announced_and_a_post_of_no_lockdown_are_contested() {
    let all = claims(&[
        post(
            "bot",
            0,
            "Government announces nationwide lockdown from Monday",
            Some("newsbot"),
        ),
        post(
            "gov",
            30,
            "There will be no lockdown. Please ignore the fake messages circulating on WhatsApp.",
            Some("govspokes"),
        ),
    ]);
    assert_eq!(all.len(), 1, "{all:#?}");
    assert_eq!(all[0].status, ContestStatus::Contested, "{all:#?}");
    assert!(
        all[0]
            .denials
            .iter()
            .any(|d| d.text == "There will be no lockdown."),
        "{all:#?}"
    );
}

#[test]
fn a_prisoner_said_released_and_said_in_custody_is_contested() {
    one_contested(
        &[
            post(
                "wire",
                0,
                "Journalist Evan Holt has been released from prison in Minsk, his family said.",
                None,
            ),
            post(
                "minsk",
                50,
                "Belarusian authorities said Holt remained in custody.",
                None,
            ),
        ],
        "evan-holt",
    );
}

#[test]
fn a_hostage_said_freed_and_said_in_captivity_is_contested() {
    // The participle that describes her ("kidnapped in Niger") is not the
    // event; "has been freed" is, and "remains in captivity" contradicts it.
    one_contested(
        &[
            post(
                "wire",
                0,
                "Aid worker Clara Weiss, kidnapped in Niger last month, has been freed, a regional governor said.",
                None,
            ),
            post(
                "ngo",
                40,
                "The charity said on Tuesday that Weiss remains in captivity.",
                None,
            ),
        ],
        "clara-weiss",
    );
    one_contested(
        &[
            post(
                "wire",
                0,
                "The French engineer abducted in Mali in March has been released, a regional governor said.",
                None,
            ),
            post(
                "firm",
                40,
                "The engineer's employer said the engineer was still being held in Mali.",
                None,
            ),
        ],
        "mali",
    );
}

#[test]
fn an_outage_answered_by_working_normally_is_contested() {
    one_contested(
        &[
            post(
                "tech",
                0,
                "Zipto suffered a nationwide outage on Monday, leaving millions unable to pay, the Daily Ledger reported.",
                None,
            ),
            post(
                "zipto",
                20,
                "Zipto is working normally and all payments are being processed.",
                Some("Zipto"),
            ),
        ],
        "zipto",
    );
}

#[test]
fn sanctions_denied_on_the_company_named_are_contested() {
    // The denial is about Petrona; the claim is filed under Washington and
    // names Petrona: the kind of event tells them apart from other claims.
    one_contested(
        &[
            post(
                "news",
                0,
                "Washington has imposed sanctions on the state oil company Petrona, the Treasury said.",
                None,
            ),
            post(
                "treasury",
                30,
                "The Treasury Department said no sanctions had been imposed on Petrona.",
                None,
            ),
        ],
        "washington",
    );
}

#[test]
fn a_strike_said_called_off_and_said_to_go_ahead_is_contested() {
    one_contested(
        &[
            post(
                "news",
                0,
                "The nationwide rail strike planned for Monday has been called off, the union said.",
                None,
            ),
            post(
                "union",
                30,
                "The Rail Workers Union said the strike would go ahead as planned.",
                None,
            ),
        ],
        "nationwide-rail-strike",
    );
}

#[test]
fn a_player_said_injured_and_said_fit_is_contested() {
    one_contested(
        &[
            post(
                "sport",
                0,
                "Star striker Leon Varga suffered a serious knee injury in training and will miss the rest of the season, the Evening Courier reported.",
                None,
            ),
            post(
                "club",
                30,
                "Leon Varga is fit and available for Saturday's match.",
                Some("FC Dornach"),
            ),
        ],
        "leon-varga",
    );
}

#[test]
fn a_chief_executive_said_fired_and_said_not_dismissed_is_contested() {
    one_contested(
        &[
            post(
                "biz",
                0,
                "Tech firm Novalink has fired its chief executive, Ruth Keller, according to two people familiar with the matter.",
                None,
            ),
            post(
                "novalink",
                30,
                "Ruth Keller has not been dismissed and continues to lead the company.",
                Some("Novalink"),
            ),
        ],
        "ruth-keller",
    );
}

#[test]
fn deaths_an_attack_caused_and_no_casualties_are_contested() {
    one_contested(
        &[
            post(
                "news",
                0,
                "The militants said their rocket attack on Base Tora had killed three soldiers.",
                None,
            ),
            post(
                "army",
                30,
                "The army said there were no casualties at Base Tora.",
                None,
            ),
        ],
        "base-tora",
    );
}

#[test]
fn a_split_answered_by_a_happy_couple_is_contested() {
    one_contested(
        &[
            post(
                "celeb",
                0,
                "Pop star Nina Vale and footballer Tom Ardent have split after three years together, sources close to the couple told the Sun.",
                None,
            ),
            post(
                "rep",
                30,
                "A spokesperson for Nina Vale said the report was pure fiction and that the couple were happy.",
                None,
            ),
        ],
        "nina-vale",
    );
}

#[test]
fn a_negation_about_something_else_does_not_contest_a_claim_about_its_speaker() {
    uncontested(&[
        post(
            "news",
            0,
            "Police said two men had been arrested after the robbery in Lund.",
            None,
        ),
        post(
            "news2",
            30,
            "Lund police said they were not looking for any other suspects.",
            None,
        ),
    ]);
    // A negation that shares what the claim is about still does.
    one_contested(
        &[
            post(
                "biz",
                0,
                "Vantor Energy is in talks to buy its rival Orsk Oil, people familiar with the matter said.",
                None,
            ),
            post(
                "vantor",
                30,
                "Vantor Energy said it was not in talks to buy Orsk Oil.",
                None,
            ),
        ],
        "vantor-energy",
    );
}

#[test]
fn figures_denied_by_who_gave_them_are_contested() {
    for denial in [
        "The Israeli military said the figures provided by Hamas were false.",
        "The Israeli military said the figures released by the health ministry were exaggerated.",
    ] {
        let claimant = if denial.contains("Hamas") {
            "Hamas"
        } else {
            "The health ministry"
        };
        one_contested(
            &[
                post(
                    "news",
                    0,
                    &format!(
                        "{claimant} said 50 people were killed in the strike on the Jabalia camp."
                    ),
                    None,
                ),
                post("idf", 30, denial, None),
            ],
            "jabalia",
        );
    }
}

#[test]
fn a_price_rise_and_no_increase_in_prices_are_contested() {
    one_contested(
        &[
            post(
                "tv",
                0,
                "Fuel prices will rise by 20 percent from Monday, state television reported.",
                None,
            ),
            post(
                "ministry",
                30,
                "The energy ministry said there would be no increase in fuel prices.",
                None,
            ),
        ],
        "fuel",
    );
}

#[test]
fn contaminated_water_said_safe_to_drink_is_contested() {
    one_contested(
        &[
            post(
                "news",
                0,
                "The water supply in Dorvo has been contaminated with chemicals, residents said.",
                None,
            ),
            post(
                "utility",
                30,
                "Dorvo Water said the water was safe to drink.",
                None,
            ),
        ],
        "dorvo",
    );
}

#[test]
fn a_flight_gone_from_radar_and_landed_safely_is_contested() {
    one_contested(
        &[
            post(
                "news",
                0,
                "Aral Air flight 202 disappeared from radar over the Aral Sea, aviation officials said.",
                None,
            ),
            post(
                "airline",
                20,
                "Flight 202 has landed safely. All passengers and crew are safe.",
                Some("Aral Air"),
            ),
        ],
        "aral-air",
    );
}

#[test]
fn a_business_named_with_and_without_the_word_ending_its_name_is_one_subject() {
    let c = one_contested(
        &[
            post("a", 0, "Varden is insolvent. Withdraw your money now.", Some("moneywatch")),
            post(
                "b",
                60,
                "Varden Bank said it remains well capitalised and rejected rumours about its solvency.",
                None,
            ),
        ],
        "varden",
    );
    assert_eq!(c.denials[0].speaker.party, "varden-bank");
    // The other order, and another ending.
    one_contested(
        &[
            post(
                "a",
                0,
                "Kestrel Airways is about to file for bankruptcy, sources say.",
                None,
            ),
            post(
                "b",
                60,
                "Kestrel said it had no plans to file for bankruptcy.",
                None,
            ),
        ],
        "kestrel-airways",
    );
}

#[test]
fn a_recall_and_its_denial_are_contested() {
    // "recalled its …" is a product recall, not the verb of saying
    // "recalled": the maker's "had not recalled any" answers it.
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Drug maker Calvora has recalled its flu vaccine after impurities were found, the regulator said.",
                None,
            ),
            post(
                "b",
                60,
                "Calvora said it had not recalled any vaccine and called the reports untrue.",
                None,
            ),
        ],
        "calvora",
    );
    assert_eq!(c.assertions[0].speaker.party, "regulator");
}

#[test]
fn a_breached_dam_is_destroyed_not_hacked() {
    // "breached" alone is a hack; a dam breached is destroyed, so a dam
    // "intact" answers it.
    one_contested(
        &[
            post(
                "a",
                0,
                "The Lesna dam has been breached, regional officials said.",
                None,
            ),
            post(
                "b",
                60,
                "The dam's operator said the Lesna dam was intact and water levels were normal.",
                None,
            ),
        ],
        "lesna",
    );
}

#[test]
fn an_oil_spill_and_a_denial_that_any_oil_leaked_are_contested() {
    // "spilled … oil" and "no oil had leaked" are one event (`leak`).
    one_contested(
        &[
            post(
                "a",
                0,
                "A tanker has spilled thousands of tonnes of oil off the coast of Rodrigues, environmental groups said.",
                None,
            ),
            post(
                "b",
                60,
                "The ship's operator said no oil had leaked from the tanker.",
                None,
            ),
        ],
        "rodrigues",
    );
}

#[test]
fn a_fire_at_a_stadium_and_no_fire_at_the_stadium_are_contested() {
    one_contested(
        &[
            post(
                "a",
                0,
                "A fire broke out at Estadio Norte during the match, local media reported.",
                None,
            ),
            post(
                "b",
                60,
                "Club officials said there was no fire at the stadium, only smoke from flares.",
                None,
            ),
        ],
        "estadio-norte",
    );
}

#[test]
fn a_family_name_written_first_names_the_person_later() {
    // "Kim Jong Un" is "Kim" in the next post, "Xi Jinping" is "Xi", in
    // either order (`entities.family_name_first`).
    one_contested(
        &[
            post(
                "a",
                0,
                "Reports: North Korean leader Kim Jong Un has died after heart surgery.",
                Some("newsflash24"),
            ),
            post(
                "b",
                60,
                "South Korea's unification ministry said there was no indication that Kim had died.",
                None,
            ),
        ],
        "kim-jong-un",
    );
    one_contested(
        &[
            post(
                "a",
                0,
                "Xi has been placed under house arrest, a blogger claimed.",
                None,
            ),
            post(
                "b",
                60,
                "China's foreign ministry said Xi Jinping had not been arrested and called the claim baseless.",
                None,
            ),
        ],
        "xi",
    );
}

#[test]
fn a_plan_abandoned_and_talks_continuing_are_contested() {
    // A plan or bid "abandoned" is given up (`cancellation`), not a
    // position lost; "the talks were continuing" says it goes ahead.
    one_contested(
        &[
            post(
                "a",
                0,
                "Norvale has abandoned its plan to buy Pellam's shipping unit, the Financial Times reported.",
                None,
            ),
            post(
                "b",
                60,
                "Norvale said the talks were continuing and it had not walked away.",
                None,
            ),
        ],
        "norvale",
    );
}

#[test]
fn withdrawals_being_halted_and_operating_normally_are_contested() {
    // A first-person post says it while it happens ("is halting all
    // withdrawals"); the company says they work.
    one_contested(
        &[
            post(
                "a",
                0,
                "Corvex is halting all withdrawals! Get your coins out now!",
                Some("cryptofan"),
            ),
            post(
                "b",
                60,
                "Corvex chief executive Lena Mair said withdrawals were operating normally.",
                None,
            ),
        ],
        "corvex",
    );
}

#[test]
fn a_serious_injury_and_a_player_fit_for_the_cup_are_contested() {
    // "the World Cup" names no person, so the player named by his surname
    // is what the club's statement is about.
    one_contested(
        &[
            post(
                "a",
                0,
                "Tomas Vell suffered a serious knee injury in training and will miss the World Cup, Sportivo reported.",
                None,
            ),
            post(
                "b",
                60,
                "Real Ostra said Vell had only a minor knock and would be fit for the World Cup.",
                None,
            ),
        ],
        "tomas-vell",
    );
}

#[test]
fn a_tanker_seized_and_one_sailing_normally_are_contested() {
    // A ship "sailing normally" that "had not been boarded" is still in
    // its crew's hands (`control_held`).
    one_contested(
        &[
            post(
                "a",
                0,
                "Coastguards of Varno said they seized the oil tanker Stella Marn in the Korvel Strait.",
                None,
            ),
            post(
                "b",
                60,
                "The ship's operator said the Stella Marn was sailing normally and had not been boarded.",
                None,
            ),
        ],
        "stella-marn",
    );
}

#[test]
fn a_blackout_and_a_normal_power_supply_are_contested() {
    // "power supply in Lund was normal": what runs as normal contests an
    // outage.
    one_contested(
        &[
            post(
                "a",
                0,
                "A massive blackout has hit all of Lund, local media reported.",
                None,
            ),
            post(
                "b",
                60,
                "The grid operator said power supply in Lund was normal.",
                None,
            ),
        ],
        "lund",
    );
}

#[test]
fn a_leader_flown_abroad_for_treatment_and_one_in_good_health_are_contested() {
    one_contested(
        &[
            post(
                "a",
                0,
                "President Oduya has been flown to Lund for emergency medical treatment.",
                Some("politics_now"),
            ),
            post(
                "b",
                60,
                "The presidency said Oduya was in good health and was working from Tarsk.",
                None,
            ),
        ],
        "oduya",
    );
}

#[test]
fn a_registrar_no_list_of_roles_knows_contests_the_claim() {
    // ("registrar" is named by its ending: see
    // `morphology.agent_endings`.)
    let c = one_contested(
        &[
            post(
                "a",
                0,
                "Thousands of ballots were destroyed in Velden County before the count.",
                Some("vote_watch"),
            ),
            post(
                "b",
                60,
                "The county registrar said no ballots had been destroyed in Velden County.",
                None,
            ),
        ],
        "velden",
    );
    assert_eq!(c.denials[0].speaker.name, "county registrar", "{c:#?}");
}

#[test]
fn a_disease_broken_out_in_a_camp_and_a_denial_of_its_outbreak_are_contested() {
    one_contested(
        &[
            post(
                "a",
                0,
                "Cholera has broken out in the Tessin refugee camp, aid workers said.",
                None,
            ),
            post(
                "b",
                60,
                "Korvel's health ministry refuted reports of a cholera outbreak in Tessin.",
                None,
            ),
        ],
        "tessin",
    );
    // A place said free of the disease contests its cases.
    one_contested(
        &[
            post(
                "a",
                0,
                "Ebola cases confirmed in Port Velda hospital!!",
                Some("nurse_x"),
            ),
            post(
                "b",
                60,
                "The health ministry said Port Velda was free of Ebola.",
                None,
            ),
        ],
        "port-velda",
    );
}

#[test]
fn a_recall_and_a_denial_that_anything_had_been_recalled_are_contested() {
    one_contested(
        &[
            post(
                "a",
                0,
                "Arlen Foods is recalling its frozen spinach over listeria fears, a consumer group said.",
                None,
            ),
            post(
                "b",
                60,
                "Arlen Foods denied that any of its products had been recalled.",
                None,
            ),
        ],
        "arlen-foods",
    );
}

#[test]
fn an_athletes_doping_ban_and_a_denial_or_clearance_are_contested() {
    one_contested(
        &[
            post(
                "a",
                0,
                "Sprinter Ada Kole has been banned for four years for doping.",
                Some("sportsdesk"),
            ),
            post(
                "b",
                60,
                "Ada Kole's coach said the sprinter had never failed a drug test and had not been banned.",
                None,
            ),
        ],
        "ada-kole",
    );
    one_contested(
        &[
            post(
                "a",
                0,
                "Striker Tomas Brun tested positive for a banned steroid, the federation said.",
                None,
            ),
            post(
                "b",
                60,
                "Brun's lawyer said he had been cleared to play by the anti-doping agency.",
                None,
            ),
        ],
        "tomas-brun",
    );
}

#[test]
fn a_strike_on_a_town_and_a_denial_of_targeting_its_homes_are_contested() {
    one_contested(
        &[
            post(
                "a",
                0,
                "A missile struck an apartment block in Tessin, killing nine people, regional officials said.",
                None,
            ),
            post(
                "b",
                60,
                "Korvel's defence ministry denied targeting residential buildings in Tessin.",
                None,
            ),
        ],
        "tessin",
    );
}

#[test]
fn an_escape_and_a_warden_who_denies_it_are_contested() {
    // A warden's denial, and inmates said accounted for.
    for (answer, speaker) in [
        (
            "The warden of Tarsk prison said no inmates had escaped from Tarsk prison.",
            "Tarsk prison warden",
        ),
        (
            "The prison service said all inmates were accounted for at Tarsk prison.",
            "prison service",
        ),
    ] {
        let c = one_contested(
            &[
                post(
                    "a",
                    0,
                    "Three inmates have escaped from Tarsk prison, local media reported.",
                    None,
                ),
                post("b", 60, answer, None),
            ],
            "tarsk",
        );
        let answered = c.denials.iter().chain(&c.assertions);
        assert!(
            answered.clone().any(|s| s.speaker.name == speaker),
            "{answer}: {c:#?}"
        );
    }
}

#[test]
fn a_hospital_out_of_oxygen_and_one_with_enough_are_contested() {
    one_contested(
        &[
            post(
                "a",
                0,
                "Velden General Hospital has run out of oxygen.",
                Some("medic_x"),
            ),
            post(
                "b",
                60,
                "Velden General Hospital said it had enough oxygen for its patients.",
                None,
            ),
        ],
        "velden-general-hospital",
    );
}
