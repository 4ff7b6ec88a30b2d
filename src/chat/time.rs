//! Times and dates in the browser's locale (Intl, through `Date`).

use wasm_bindgen::JsValue;

fn date(ms: i64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(ms as f64))
}

/// `14:05`, localized.
pub fn short_time(ms: i64) -> String {
    let opts = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&opts, &"hour".into(), &"numeric".into());
    let _ = js_sys::Reflect::set(&opts, &"minute".into(), &"2-digit".into());
    date(ms)
        .to_locale_time_string_with_options("default", &opts)
        .into()
}

/// The full date and time, localized, for hover.
pub fn full(ms: i64) -> String {
    date(ms)
        .to_locale_string("default", &JsValue::UNDEFINED)
        .into()
}

/// The day, localized (`Wednesday, November 25, 2026`), for separators.
pub fn day(ms: i64) -> String {
    let opts = js_sys::Object::new();
    for (k, v) in [
        ("weekday", "long"),
        ("year", "numeric"),
        ("month", "long"),
        ("day", "numeric"),
    ] {
        let _ = js_sys::Reflect::set(&opts, &k.into(), &v.into());
    }
    date(ms).to_locale_date_string("default", &opts).into()
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
