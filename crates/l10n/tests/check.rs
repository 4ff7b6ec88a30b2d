//! The lint on a locale with one problem of each kind.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use causerie_l10n::{Level, check};

#[test]
fn each_problem_is_reported_at_its_line() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let report = check(&dir.join("en-US"), &dir.join("xx"), true).unwrap();
    let lines: Vec<String> = report
        .findings
        .iter()
        .map(|f| {
            let file = f.file.file_name().unwrap().to_string_lossy().into_owned();
            let level = if f.level == Level::Error { "E" } else { "W" };
            format!("{file}:{} {level} {}", f.line.unwrap_or(0), f.message)
        })
        .collect();
    let expected = [
        "main.ftl:13 E syntax: Expected a token starting with \"}\"",
        "main.ftl:0 E missing `bye` (en-US: ",
        "main.ftl:3 E `hello` uses the variable `$nom`, which en-US does not give",
        "main.ftl:3 W `hello` does not use the variable `$name`",
        "main.ftl:8 E `search` is missing the attribute `.title`",
        "main.ftl:8 W `search` has the obsolete attribute `.tooltip`",
        "main.ftl:11 E `about` refers to `-brand-nom`, which does not exist",
        "main.ftl:12 W obsolete `old-message`: en-US no longer has it",
    ];
    for want in expected {
        assert!(
            lines.iter().any(|l| l.starts_with(want)),
            "no finding like {want:?} in\n{}",
            lines.join("\n")
        );
    }
    assert_eq!(lines.len(), expected.len(), "{}", lines.join("\n"));
    assert_eq!(report.missing, ["bye"]);
    assert_eq!(report.obsolete, ["old-message"]);
    assert_eq!((report.translated, report.total), (5, 6));
    assert_eq!(report.percent(), 83);
}

#[test]
fn without_complete_missing_messages_are_warnings() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let report = check(&dir.join("en-US"), &dir.join("xx"), false).unwrap();
    let missing = report
        .findings
        .iter()
        .find(|f| f.message.starts_with("missing"))
        .unwrap();
    assert_eq!(missing.level, Level::Warning);
}

#[test]
fn the_shipped_locales_are_complete_and_clean() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let codes = causerie_l10n::listed_locales(&dir).unwrap();
    assert!(codes.len() >= 41, "{} locales", codes.len());
    for code in codes.iter().filter(|c| *c != "en-US") {
        let r = check(&dir.join("en-US"), &dir.join(code), true).unwrap();
        assert_eq!(r.errors(), 0, "{code}: {:#?}", r.findings);
        assert_eq!(r.percent(), 100, "{code}");
    }
}
