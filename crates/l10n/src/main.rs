//! `cargo run -p causerie-l10n -- check [--complete] [--json] [--dir locales] [locale…]`:
//! every locale (default: those in `<dir>/languages.json`) against `<dir>/en-US`.
//! Prints each finding as `file:line: level: message` and a summary per locale; exits
//! with 1 on any error.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    if args.next().as_deref() != Some("check") {
        eprintln!("usage: causerie-l10n check [--complete] [--json] [--dir locales] [locale…]");
        return ExitCode::from(2);
    }
    let (mut complete, mut json, mut dir, mut codes) =
        (false, false, PathBuf::from("locales"), Vec::new());
    while let Some(a) = args.next() {
        match a.as_str() {
            "--complete" => complete = true,
            "--json" => json = true,
            "--dir" => dir = args.next().map(PathBuf::from).unwrap_or(dir),
            _ => codes.push(a),
        }
    }
    if codes.is_empty() {
        match causerie_l10n::listed_locales(&dir) {
            Ok(c) => codes = c,
            Err(e) => {
                eprintln!("{}: {e}", dir.join("languages.json").display());
                return ExitCode::from(2);
            }
        }
    }
    let mut failed = false;
    let mut out = serde_json::Map::new();
    for code in codes.iter().filter(|c| *c != "en-US") {
        let report = match causerie_l10n::check(&dir.join("en-US"), &dir.join(code), complete) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{}: {e}", dir.join(code).display());
                failed = true;
                continue;
            }
        };
        failed |= report.errors() > 0;
        if json {
            out.insert(code.clone(), causerie_l10n::to_json(&report));
            continue;
        }
        for f in &report.findings {
            println!("{f}");
        }
        println!(
            "{code}: {}% complete ({}/{}), {} missing, {} obsolete, {} errors, {} warnings",
            report.percent(),
            report.translated,
            report.total,
            report.missing.len(),
            report.obsolete.len(),
            report.errors(),
            report.warnings()
        );
    }
    if json {
        println!("{}", serde_json::Value::Object(out));
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
