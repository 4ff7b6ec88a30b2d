//! Times and dates in the browser's locale (Intl). The formatters are made once: creating
//! one per call dominated the cost of mounting posts.

use js_sys::Intl::DateTimeFormat;
use wasm_bindgen::JsValue;

fn date(ms: i64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(ms as f64))
}

fn formatter(fields: &[(&str, &str)]) -> DateTimeFormat {
    let opts = js_sys::Object::new();
    for (k, v) in fields {
        let _ = js_sys::Reflect::set(&opts, &(*k).into(), &(*v).into());
    }
    DateTimeFormat::new(&js_sys::Array::new(), &opts)
}

thread_local! {
    static SHORT: DateTimeFormat = formatter(&[("hour", "numeric"), ("minute", "2-digit")]);
    static FULL: DateTimeFormat = formatter(&[("dateStyle", "full"), ("timeStyle", "medium")]);
    static DAY: DateTimeFormat =
        formatter(&[("weekday", "long"), ("year", "numeric"), ("month", "long"), ("day", "numeric")]);
}

fn format(f: &DateTimeFormat, ms: i64) -> String {
    f.format()
        .call1(&JsValue::NULL, &date(ms))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// `14:05`, localized.
pub fn short_time(ms: i64) -> String {
    SHORT.with(|f| format(f, ms))
}

/// The full date and time, localized, for hover.
pub fn full(ms: i64) -> String {
    FULL.with(|f| format(f, ms))
}

/// The day, localized (`Wednesday, November 25, 2026`), for separators.
pub fn day(ms: i64) -> String {
    DAY.with(|f| format(f, ms))
}

/// A key that changes with the local day.
pub fn day_key(ms: i64) -> (u32, u32, u32) {
    let d = date(ms);
    (d.get_full_year(), d.get_month(), d.get_date())
}

/// ISO 8601, for `<time datetime>`.
pub fn iso(ms: i64) -> String {
    date(ms).to_iso_string().into()
}
