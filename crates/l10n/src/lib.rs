//! Checks translations against the source locale (en-US): syntax errors with file and line,
//! missing and obsolete messages and attributes, variables that differ, references to
//! messages or terms that do not exist, and the completion.
//!
//! What counts as an error (the exit status is 1): a syntax error, a variable the source
//! does not give, a reference to nothing, and, with `complete`, a missing message or
//! attribute. Obsolete messages, and source variables a translation leaves out (a plural's
//! `one` often says "a member" rather than "1 member"), are warnings.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Worth a look; does not fail the check.
    Warning,
    /// Fails the check.
    Error,
}

/// One finding, at a file and (when known) a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Warning or error.
    pub level: Level,
    /// The file.
    pub file: PathBuf,
    /// 1-based line, if the finding has one.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.level {
            Level::Warning => "warning",
            Level::Error => "error",
        };
        match self.line {
            Some(line) => write!(
                f,
                "{}:{line}: {level}: {}",
                self.file.display(),
                self.message
            ),
            None => write!(f, "{}: {level}: {}", self.file.display(), self.message),
        }
    }
}

/// A message or term (`-name`) of one locale.
#[derive(Debug, Default, Clone)]
struct Unit {
    file: PathBuf,
    line: usize,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    /// Messages (`name`, `name.attr`) and terms (`-name`) it refers to.
    references: BTreeSet<String>,
    /// The plain text of a term's value (brand names must stay as they are).
    text: String,
}

/// One locale: its units by id, and its syntax errors.
#[derive(Debug, Default)]
struct Locale {
    units: BTreeMap<String, Unit>,
    syntax: Vec<Finding>,
}

/// The result for one locale.
#[derive(Debug, Default)]
pub struct Report {
    /// The locale code.
    pub locale: String,
    /// Everything found, in file order.
    pub findings: Vec<Finding>,
    /// Messages and terms of the source missing here.
    pub missing: Vec<String>,
    /// Messages and terms here that the source does not have.
    pub obsolete: Vec<String>,
    /// Source messages and terms present here.
    pub translated: usize,
    /// Source messages and terms.
    pub total: usize,
}

impl Report {
    /// Completion, in percent (rounded down, so 100 means complete).
    pub fn percent(&self) -> usize {
        (self.translated * 100)
            .checked_div(self.total)
            .unwrap_or(100)
    }

    /// Errors found.
    pub fn errors(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.level == Level::Error)
            .count()
    }

    /// Warnings found.
    pub fn warnings(&self) -> usize {
        self.findings
            .iter()
            .filter(|f| f.level == Level::Warning)
            .count()
    }
}

/// The 1-based line of a byte offset; the end of a file counts as its last line.
fn line_of(source: &str, offset: usize) -> usize {
    let before = &source.as_bytes()[..offset.min(source.len())];
    let before = before
        .strip_suffix(b"\n")
        .filter(|_| offset >= source.len())
        .unwrap_or(before);
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

/// The line where `id` is defined (`id =` at the start of a line).
fn definition_line(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |i| i + 1)
}

fn walk_pattern(p: &Pattern<&str>, unit: &mut Unit) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            walk_expression(expression, unit);
        }
    }
}

fn walk_expression(e: &Expression<&str>, unit: &mut Unit) {
    match e {
        Expression::Inline(i) => walk_inline(i, unit),
        Expression::Select { selector, variants } => {
            walk_inline(selector, unit);
            for v in variants {
                walk_pattern(&v.value, unit);
            }
        }
    }
}

fn walk_inline(e: &InlineExpression<&str>, unit: &mut Unit) {
    match e {
        InlineExpression::VariableReference { id } => {
            unit.variables.insert(id.name.to_owned());
        }
        InlineExpression::MessageReference { id, attribute } => {
            let name = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_owned(),
            };
            unit.references.insert(name);
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            unit.references.insert(format!("-{}", id.name));
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| walk_inline(a, unit));
                args.named.iter().for_each(|a| walk_inline(&a.value, unit));
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments
                .positional
                .iter()
                .for_each(|a| walk_inline(a, unit));
            arguments
                .named
                .iter()
                .for_each(|a| walk_inline(&a.value, unit));
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, unit),
        InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
    }
}

/// Reads every `.ftl` file of a locale directory, in name order.
fn load(dir: &Path) -> std::io::Result<Locale> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    let mut locale = Locale::default();
    for file in files {
        let source = std::fs::read_to_string(&file)?;
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errors)) => {
                for e in errors {
                    locale.syntax.push(Finding {
                        level: Level::Error,
                        file: file.clone(),
                        line: Some(line_of(&source, e.pos.start)),
                        message: format!("syntax: {}", e.kind),
                    });
                }
                r
            }
        };
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut unit = Unit {
                file: file.clone(),
                line: definition_line(&source, &id),
                ..Unit::default()
            };
            if let (Entry::Term(_), Some(v)) = (entry, value) {
                for el in &v.elements {
                    if let PatternElement::TextElement { value } = el {
                        unit.text.push_str(value);
                    }
                }
            }
            if let Some(v) = value {
                walk_pattern(v, &mut unit);
            }
            for a in attributes {
                unit.attributes.insert(a.id.name.to_owned());
                walk_pattern(&a.value, &mut unit);
            }
            if locale.units.contains_key(&id) {
                locale.syntax.push(Finding {
                    level: Level::Error,
                    file: file.clone(),
                    line: Some(unit.line),
                    message: format!("`{id}` is defined twice"),
                });
            }
            locale.units.insert(id, unit);
        }
    }
    Ok(locale)
}

fn exists(units: &BTreeMap<String, Unit>, reference: &str) -> bool {
    match reference.split_once('.') {
        Some((id, attr)) => units.get(id).is_some_and(|u| u.attributes.contains(attr)),
        None => units.contains_key(reference),
    }
}

/// Checks the locale in `dir` against the source locale in `source_dir`. With `complete`,
/// missing messages and attributes are errors.
pub fn check(source_dir: &Path, dir: &Path, complete: bool) -> std::io::Result<Report> {
    let source = load(source_dir)?;
    let target = load(dir)?;
    let locale = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut report = Report {
        locale,
        total: source.units.len(),
        ..Report::default()
    };
    let missing_level = if complete {
        Level::Error
    } else {
        Level::Warning
    };
    let mut findings = target.syntax;
    let default_file = dir.join("main.ftl");
    for (id, src) in &source.units {
        let Some(tr) = target.units.get(id) else {
            report.missing.push(id.clone());
            findings.push(Finding {
                level: missing_level,
                file: default_file.clone(),
                line: None,
                message: format!(
                    "missing `{id}` (en-US: {}:{})",
                    src.file.display(),
                    src.line
                ),
            });
            continue;
        };
        report.translated += 1;
        let at = |level, message| Finding {
            level,
            file: tr.file.clone(),
            line: Some(tr.line),
            message,
        };
        for a in src.attributes.difference(&tr.attributes) {
            findings.push(at(
                missing_level,
                format!("`{id}` is missing the attribute `.{a}`"),
            ));
        }
        for a in tr.attributes.difference(&src.attributes) {
            findings.push(at(
                Level::Warning,
                format!("`{id}` has the obsolete attribute `.{a}`"),
            ));
        }
        if id.starts_with("-brand") && tr.text != src.text {
            findings.push(at(
                Level::Error,
                format!("`{id}` is a brand name: keep it as `{}`", src.text),
            ));
        }
        for v in tr.variables.difference(&src.variables) {
            findings.push(at(
                Level::Error,
                format!("`{id}` uses the variable `${v}`, which en-US does not give"),
            ));
        }
        for v in src.variables.difference(&tr.variables) {
            findings.push(at(
                Level::Warning,
                format!("`{id}` does not use the variable `${v}`"),
            ));
        }
    }
    for (id, tr) in &target.units {
        if !source.units.contains_key(id) {
            report.obsolete.push(id.clone());
            findings.push(Finding {
                level: Level::Warning,
                file: tr.file.clone(),
                line: Some(tr.line),
                message: format!("obsolete `{id}`: en-US no longer has it"),
            });
        }
        for r in &tr.references {
            if !exists(&target.units, r) && !exists(&source.units, r) {
                findings.push(Finding {
                    level: Level::Error,
                    file: tr.file.clone(),
                    line: Some(tr.line),
                    message: format!("`{id}` refers to `{r}`, which does not exist"),
                });
            }
        }
    }
    report.findings = findings;
    Ok(report)
}

/// A report as JSON: `{missing, obsolete, errors, warnings, percent}`.
pub fn to_json(r: &Report) -> serde_json::Value {
    serde_json::json!({
        "missing": r.missing,
        "obsolete": r.obsolete,
        "errors": r.errors(),
        "warnings": r.warnings(),
        "percent": r.percent(),
    })
}

/// The locale codes listed in `<dir>/languages.json`.
pub fn listed_locales(dir: &Path) -> Result<Vec<String>, String> {
    let text = std::fs::read_to_string(dir.join("languages.json")).map_err(|e| e.to_string())?;
    let list: serde_json::Value = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    Ok(list["languages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|l| l["code"].as_str().map(str::to_owned))
        .collect())
}
