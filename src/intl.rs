//! Numbers, dates, relative times and lists in the active locale. In the browser they come
//! from `Intl`; the [`Formatter`] seam lets native tests put a recording formatter in its
//! place. Fluent's `NUMBER` and `DATETIME` functions, and every number shown in a message,
//! go through here (fluent-bundle's own ignore the locale).

use std::cell::RefCell;

/// What to format.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    /// `Intl.NumberFormat`.
    Number(f64),
    /// `Intl.DateTimeFormat`, from milliseconds since the epoch.
    DateTime(f64),
    /// `Intl.RelativeTimeFormat`: an amount and a unit (`day`, `minute`…).
    Relative(f64, &'a str),
    /// `Intl.ListFormat`.
    List(&'a [String]),
}

/// Formats a value for a locale with Intl's options (names and values as in JavaScript;
/// numbers and `true`/`false` are passed as such). `None` when it cannot.
pub trait Formatter {
    /// The formatted value.
    fn format(&self, locale: &str, options: &[(&str, &str)], value: &Value<'_>) -> Option<String>;
}

thread_local! {
    static LOCALE: RefCell<String> = RefCell::new("en-US".to_owned());
    static FORMATTER: RefCell<Box<dyn Formatter>> = RefCell::new(default_formatter());
}

#[cfg(target_arch = "wasm32")]
fn default_formatter() -> Box<dyn Formatter> {
    Box::new(browser::Browser::default())
}

#[cfg(not(target_arch = "wasm32"))]
fn default_formatter() -> Box<dyn Formatter> {
    Box::new(Plain)
}

/// Sets the locale that formatting follows.
pub fn set_locale(code: &str) {
    LOCALE.with_borrow_mut(|l| code.clone_into(l));
}

/// Replaces the formatter (tests).
pub fn set_formatter(f: Box<dyn Formatter>) {
    FORMATTER.set(f);
}

fn format(options: &[(&str, &str)], value: &Value<'_>) -> Option<String> {
    let locale = LOCALE.with_borrow(Clone::clone);
    FORMATTER.with_borrow(|f| f.format(&locale, options, value))
}

/// A number.
pub fn number(n: f64, options: &[(&str, &str)]) -> String {
    format(options, &Value::Number(n)).unwrap_or_else(|| n.to_string())
}

/// A date and time (milliseconds since the epoch).
pub fn datetime(ms: f64, options: &[(&str, &str)]) -> String {
    format(options, &Value::DateTime(ms)).unwrap_or_default()
}

/// A relative time: `relative(-1.0, "day", &[("numeric", "auto")])` is "yesterday".
pub fn relative(amount: f64, unit: &str, options: &[(&str, &str)]) -> String {
    format(options, &Value::Relative(amount, unit)).unwrap_or_default()
}

/// A list: "ann, bob and carol".
pub fn list(items: &[String], options: &[(&str, &str)]) -> String {
    format(options, &Value::List(items)).unwrap_or_else(|| items.join(", "))
}

/// The plural category (`zero`, `one`, `two`, `few`, `many` or `other`) of `n` in
/// `locale`, by the browser's Intl.PluralRules (natively, by the same CLDR rules).
pub fn plural(locale: &str, n: f64) -> &'static str {
    let category = plural_category(locale, n);
    ["zero", "one", "two", "few", "many"]
        .into_iter()
        .find(|c| *c == category)
        .unwrap_or("other")
}

#[cfg(target_arch = "wasm32")]
fn plural_category(locale: &str, n: f64) -> String {
    thread_local! {
        static RULES: RefCell<Vec<(String, js_sys::Object, js_sys::Function)>> = const { RefCell::new(Vec::new()) };
    }
    RULES.with_borrow_mut(|rules| {
        if !rules.iter().any(|(l, ..)| l == locale) {
            let Some((instance, select)) = browser::make("PluralRules", locale, &[])
                .or_else(|| browser::make("PluralRules", "en-US", &[]))
            else {
                return String::new();
            };
            rules.push((locale.to_owned(), instance, select));
        }
        rules
            .iter()
            .find(|(l, ..)| l == locale)
            .and_then(|(_, instance, select)| select.call1(instance, &n.into()).ok())
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    })
}

#[cfg(not(target_arch = "wasm32"))]
fn plural_category(locale: &str, n: f64) -> String {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let lang: unic_langid::LanguageIdentifier = locale.parse().unwrap_or_default();
    let mut base = lang.clone();
    base.region = None;
    base.script = None;
    let rules = PluralRules::create(lang, PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(base, PluralRuleType::CARDINAL))
        .or_else(|_| PluralRules::create(unic_langid::langid!("en"), PluralRuleType::CARDINAL));
    let Ok(rules) = rules else {
        return String::new();
    };
    match rules.select(n) {
        Ok(PluralCategory::ZERO) => "zero",
        Ok(PluralCategory::ONE) => "one",
        Ok(PluralCategory::TWO) => "two",
        Ok(PluralCategory::FEW) => "few",
        Ok(PluralCategory::MANY) => "many",
        _ => "other",
    }
    .to_owned()
}

/// Outside a browser: plain English-like output, so native code has something to show.
pub struct Plain;

impl Formatter for Plain {
    fn format(&self, _: &str, _: &[(&str, &str)], value: &Value<'_>) -> Option<String> {
        match value {
            Value::Number(n) => Some(n.to_string()),
            Value::List(items) => Some(items.join(", ")),
            Value::DateTime(_) | Value::Relative(..) => None,
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::{JsCast, JsValue};

    use super::{Formatter, Value};

    /// `Intl`'s formatters, made once per locale, kind and options: making one costs far
    /// more than using it.
    #[derive(Default)]
    pub struct Browser {
        cache: RefCell<HashMap<String, (Object, Function)>>,
    }

    fn option(v: &str) -> JsValue {
        match v {
            "true" => JsValue::TRUE,
            "false" => JsValue::FALSE,
            _ => v
                .parse::<f64>()
                .map_or_else(|_| JsValue::from_str(v), JsValue::from_f64),
        }
    }

    pub(super) fn make(
        ctor: &str,
        locale: &str,
        options: &[(&str, &str)],
    ) -> Option<(Object, Function)> {
        let method = if ctor == "PluralRules" {
            "select"
        } else {
            "format"
        };
        let intl = Reflect::get(&js_sys::global(), &"Intl".into()).ok()?;
        let ctor: Function = Reflect::get(&intl, &ctor.into()).ok()?.dyn_into().ok()?;
        let opts = Object::new();
        for (k, v) in options {
            Reflect::set(&opts, &(*k).into(), &option(v)).ok()?;
        }
        let args = Array::of2(&locale.into(), &opts);
        let instance: Object = Reflect::construct(&ctor, &args).ok()?.dyn_into().ok()?;
        let format: Function = Reflect::get(&instance, &method.into())
            .ok()?
            .dyn_into()
            .ok()?;
        Some((instance, format))
    }

    impl Formatter for Browser {
        fn format(
            &self,
            locale: &str,
            options: &[(&str, &str)],
            value: &Value<'_>,
        ) -> Option<String> {
            let ctor = match value {
                Value::Number(_) => "NumberFormat",
                Value::DateTime(_) => "DateTimeFormat",
                Value::Relative(..) => "RelativeTimeFormat",
                Value::List(_) => "ListFormat",
            };
            // Not `{options:?}`: Debug formatting would pull its escaping tables into the wasm.
            let mut key = format!("{ctor}|{locale}");
            for (k, v) in options {
                key.extend(["|", k, "=", v]);
            }
            let mut cache = self.cache.borrow_mut();
            if !cache.contains_key(&key) {
                let made = make(ctor, locale, options).or_else(|| make(ctor, "en-US", options))?;
                cache.insert(key.clone(), made);
            }
            let (instance, format) = cache.get(&key)?;
            let out = match value {
                Value::Number(n) => format.call1(instance, &JsValue::from_f64(*n)),
                Value::DateTime(ms) => {
                    format.call1(instance, &js_sys::Date::new(&JsValue::from_f64(*ms)))
                }
                Value::Relative(n, unit) => {
                    format.call2(instance, &JsValue::from_f64(*n), &(*unit).into())
                }
                Value::List(items) => {
                    let array: Array = items.iter().map(|s| JsValue::from_str(s)).collect();
                    format.call1(instance, &array)
                }
            };
            out.ok()?.as_string()
        }
    }
}
