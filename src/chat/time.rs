//! Times and dates in the active locale, through the browser's Intl (`crate::intl`).

use wasm_bindgen::JsValue;

use crate::intl;

fn date(ms: i64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(ms as f64))
}

/// `14:05`, localized.
pub fn short_time(ms: i64) -> String {
    intl::datetime(ms as f64, &[("hour", "numeric"), ("minute", "2-digit")])
}

/// The full date and time, localized, for hover.
pub fn full(ms: i64) -> String {
    intl::datetime(ms as f64, &[("dateStyle", "full"), ("timeStyle", "medium")])
}

/// The day for separators: "today" and "yesterday" as the locale says them, else the date
/// (`Wednesday, November 25, 2026`).
pub fn day(ms: i64) -> String {
    let (y, m, d) = day_key(ms);
    let (ty, tm, td) = day_key(js_sys::Date::now() as i64);
    // Whole days between the two local midnights (Date.UTC ignores time zones and DST).
    let days = (js_sys::Date::utc(f64::from(y), f64::from(m)) + f64::from(d) * 86_400_000.0
        - js_sys::Date::utc(f64::from(ty), f64::from(tm))
        - f64::from(td) * 86_400_000.0)
        / 86_400_000.0;
    if days == 0.0 || days == -1.0 {
        let word = intl::relative(days, "day", &[("numeric", "auto")]);
        // "today" → "Today": a separator starts like a sentence.
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            return first.to_uppercase().chain(chars).collect();
        }
    }
    intl::datetime(
        ms as f64,
        &[
            ("weekday", "long"),
            ("year", "numeric"),
            ("month", "long"),
            ("day", "numeric"),
        ],
    )
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
