//! The message catalogs agree: the Korean one has every key of the English one and no other,
//! each with the same placeholders. The build script runs the same check and stops on a
//! difference; here it is run on the shipped catalogs and shown to catch planted defects.

#[path = "../build/catalog.rs"]
#[allow(dead_code)]
mod catalog;

use studylog::i18n::{Msg, Tr};

fn shipped(lang: &str) -> catalog::Catalog {
    let path = format!("{}/assets/i18n/{lang}.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("read as written");
    catalog::parse(&text).unwrap_or_else(|problems| panic!("{path}: {problems:#?}"))
}

#[test]
fn the_korean_catalog_has_the_english_keys_and_placeholders() {
    let english = shipped("en");
    let korean = shipped("ko");
    assert!(english.len() > 100, "only {} messages", english.len());
    assert_eq!(
        catalog::differences(&english, &korean, "ko.toml"),
        Vec::<String>::new()
    );
}

#[test]
fn a_missing_key_an_extra_key_and_a_changed_placeholder_are_each_caught() {
    let english = shipped("en");
    let mut korean = shipped("ko");
    let (missing, _) = english.iter().next().expect("read as written");
    let missing = missing.clone();
    korean.remove(&missing);
    korean.insert(
        "zzz.only_in_korean".to_owned(),
        catalog::pieces("한국어에만").expect("read as written"),
    );
    let (with_slot, _) = english
        .iter()
        .find(|(key, pieces)| **key != missing && !catalog::slots(pieces).is_empty())
        .expect("a message with a placeholder");
    let with_slot = with_slot.clone();
    korean.insert(
        with_slot.clone(),
        catalog::pieces("{wrong_name}").expect("read as written"),
    );
    let problems = catalog::differences(&english, &korean, "ko.toml");
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(
        problems[0..2]
            .iter()
            .any(|p| p == &format!("ko.toml has no {missing}"))
    );
    assert!(problems.iter().any(|p| p.starts_with(&format!(
        "ko.toml {with_slot} has the placeholders {{wrong_name}}"
    ))));
    assert!(problems.iter().any(|p| p.contains("zzz.only_in_korean")));
}

#[test]
fn placeholders_and_particles_are_read_and_bad_ones_refused() {
    use catalog::Piece;
    assert_eq!(
        catalog::pieces("{name:을} 지웠어요 {{}}").expect("read as written"),
        [
            Piece::Slot {
                name: "name".into(),
                particle: Some(catalog::Particle::Object)
            },
            Piece::Text(" 지웠어요 {}".into()),
        ]
    );
    assert!(
        catalog::pieces("{name:의}")
            .expect_err("refused")
            .contains("not a particle")
    );
    assert!(
        catalog::pieces("{Name}")
            .expect_err("refused")
            .contains("lower-case")
    );
    assert!(
        catalog::pieces("a } b")
            .expect_err("refused")
            .contains("lone")
    );
    assert!(
        catalog::pieces("{open")
            .expect_err("refused")
            .contains("without its")
    );
    assert!(catalog::parse("[x]\nBad = \"a\"").is_err());
}

#[test]
fn every_message_has_words_in_both_languages() {
    for msg in Msg::ALL {
        for tr in [Tr::EN, Tr::KO] {
            assert!(
                !tr.get(*msg).trim().is_empty(),
                "{} is empty in {:?}",
                msg.key(),
                tr.lang
            );
        }
    }
}
