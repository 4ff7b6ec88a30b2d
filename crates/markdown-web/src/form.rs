//! Settings forms, built here rather than in the app so that rarely used screens stay out
//! of its first download. The app describes a form as lines of tab-separated fields and
//! gets the values back as `[key, value, …]` when it is submitted.
//!
//! Lines (labels are Fluent ids, translated by the app's callback):
//! - `radio <key> <label> <value> <value>=<label>…`: a group of radio buttons;
//! - `check <key> <label> <value> <on> <off>`: a checkbox, checked when value is `<on>`;
//! - `text <key> <label> <value>`: a text field;
//! - `note <label>`: a paragraph;
//! - `button <action> <label> <text>`: a line with a button, which sends
//!   `["__action", <action>]` at once;
//! - `submit <label>`: the submit button.
//!
//! A `!` after the kind (`radio!`) shows the field disabled; its value is still returned.

/// One field of a form.
#[derive(Debug, PartialEq, Eq)]
pub enum Field<'a> {
    Radio {
        key: &'a str,
        label: &'a str,
        value: &'a str,
        options: Vec<(&'a str, &'a str)>,
        disabled: bool,
    },
    Check {
        key: &'a str,
        label: &'a str,
        checked: bool,
        on: &'a str,
        off: &'a str,
        disabled: bool,
    },
    Text {
        key: &'a str,
        label: &'a str,
        value: &'a str,
    },
    Note(&'a str),
    Button {
        action: &'a str,
        label: &'a str,
        text: &'a str,
    },
    Submit(&'a str),
}

/// Reads a form's lines; lines it does not understand are skipped.
pub fn parse(lines: &[String]) -> Vec<Field<'_>> {
    lines
        .iter()
        .filter_map(|line| {
            let mut parts = line.split('\t');
            let kind = parts.next()?;
            let (kind, disabled) = match kind.strip_suffix('!') {
                Some(k) => (k, true),
                None => (kind, false),
            };
            Some(match kind {
                "radio" => Field::Radio {
                    key: parts.next()?,
                    label: parts.next()?,
                    value: parts.next()?,
                    options: parts.filter_map(|o| o.split_once('=')).collect(),
                    disabled,
                },
                "check" => {
                    let (key, label, value) = (parts.next()?, parts.next()?, parts.next()?);
                    let (on, off) = (parts.next()?, parts.next()?);
                    Field::Check {
                        key,
                        label,
                        checked: value == on,
                        on,
                        off,
                        disabled,
                    }
                }
                "text" => Field::Text {
                    key: parts.next()?,
                    label: parts.next()?,
                    value: parts.next().unwrap_or_default(),
                },
                "note" => Field::Note(parts.next()?),
                "button" => Field::Button {
                    action: parts.next()?,
                    label: parts.next()?,
                    text: parts.next()?,
                },
                "submit" => Field::Submit(parts.next()?),
                _ => return None,
            })
        })
        .collect()
}

#[cfg(target_arch = "wasm32")]
pub mod web {
    use wasm_bindgen::prelude::*;

    use crate::element as el;
    use web_sys::{Document, Element, HtmlInputElement};

    use super::Field;

    /// How a field's value is read back.
    enum Read {
        Radio(Vec<(HtmlInputElement, String)>),
        Check(HtmlInputElement, String, String),
        Text(HtmlInputElement),
    }

    fn input(
        doc: &Document,
        kind: &str,
        id: &str,
        name: &str,
    ) -> Result<HtmlInputElement, JsValue> {
        let i: HtmlInputElement = doc.create_element("input")?.dyn_into()?;
        i.set_type(kind);
        i.set_id(id);
        i.set_name(name);
        Ok(i)
    }

    fn labelled(doc: &Document, input: &HtmlInputElement, text: &str) -> Result<Element, JsValue> {
        let label = el(doc, "label", "")?;
        label.set_attribute("for", &input.id())?;
        label.append_child(input)?;
        label.append_child(&doc.create_text_node(text))?;
        Ok(label)
    }

    /// Builds the form. `id` prefixes the fields' ids (one page may hold two forms); `tr`
    /// translates a Fluent id; `submit` receives `[key, value, …]`.
    pub fn render(
        id: &str,
        lines: &[String],
        tr: &js_sys::Function,
        submit: js_sys::Function,
    ) -> Result<Element, JsValue> {
        let doc = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        let t = |key: &str| -> String {
            tr.call1(&JsValue::NULL, &JsValue::from_str(key))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_else(|| key.to_owned())
        };
        let form = el(&doc, "form", "settings-form")?;
        form.set_attribute("data-testid", &format!("{id}-form"))?;
        let fields = super::parse(lines);
        // What to read back on submit: each key, and its inputs.
        let mut read: Vec<(String, Read)> = Vec::new();
        for field in &fields {
            match field {
                Field::Radio {
                    key,
                    label,
                    value,
                    options,
                    disabled,
                } => {
                    let set = el(&doc, "fieldset", "")?;
                    let legend = el(&doc, "legend", "")?;
                    legend.set_text_content(Some(&t(label)));
                    set.append_child(&legend)?;
                    let mut inputs = Vec::new();
                    for (option, option_label) in options {
                        let i = input(
                            &doc,
                            "radio",
                            &format!("{id}-{key}-{option}"),
                            &format!("{id}-{key}"),
                        )?;
                        i.set_checked(option == value);
                        i.set_disabled(*disabled);
                        i.set_value(option);
                        let l = labelled(&doc, &i, &t(option_label))?;
                        set.append_child(&l)?;
                        inputs.push((i, (*option).to_owned()));
                    }
                    form.append_child(&set)?;
                    read.push(((*key).to_owned(), Read::Radio(inputs)));
                }
                Field::Check {
                    key,
                    label,
                    checked,
                    on,
                    off,
                    disabled,
                } => {
                    let i = input(&doc, "checkbox", &format!("{id}-{key}"), key)?;
                    i.set_checked(*checked);
                    i.set_disabled(*disabled);
                    let l = labelled(&doc, &i, &t(label))?;
                    form.append_child(&l)?;
                    read.push((
                        (*key).to_owned(),
                        Read::Check(i, (*on).to_owned(), (*off).to_owned()),
                    ));
                }
                Field::Text { key, label, value } => {
                    let i = input(&doc, "text", &format!("{id}-{key}"), key)?;
                    i.set_value(value);
                    let l = el(&doc, "label", "")?;
                    l.set_attribute("for", &i.id())?;
                    l.set_text_content(Some(&t(label)));
                    form.append_child(&l)?;
                    form.append_child(&i)?;
                    read.push(((*key).to_owned(), Read::Text(i)));
                }
                Field::Note(label) => {
                    let p = el(&doc, "p", "help")?;
                    p.set_text_content(Some(&t(label)));
                    form.append_child(&p)?;
                }
                Field::Button {
                    action,
                    label,
                    text,
                } => {
                    let p = el(&doc, "p", "form-action")?;
                    let span = el(&doc, "span", "")?;
                    span.set_text_content(Some(&t(label)));
                    let b = el(&doc, "button", "")?;
                    b.set_attribute("type", "button")?;
                    b.set_attribute("data-testid", &format!("{id}-{action}"))?;
                    b.set_text_content(Some(&t(text)));
                    p.append_child(&span)?;
                    p.append_child(&b)?;
                    form.append_child(&p)?;
                    let (submit, action) = (submit.clone(), JsValue::from_str(action));
                    let click = Closure::<dyn Fn()>::new(move || {
                        let out = js_sys::Array::of2(&"__action".into(), &action);
                        let _ = submit.call1(&JsValue::NULL, &out);
                    });
                    b.add_event_listener_with_callback("click", click.as_ref().unchecked_ref())?;
                    click.forget();
                }
                Field::Submit(label) => {
                    let b = el(&doc, "button", "primary")?;
                    b.set_attribute("type", "submit")?;
                    b.set_attribute("data-testid", &format!("{id}-save"))?;
                    b.set_text_content(Some(&t(label)));
                    form.append_child(&b)?;
                }
            }
        }
        let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            ev.prevent_default();
            let out = js_sys::Array::new();
            for (key, inputs) in &read {
                let value = match inputs {
                    Read::Check(i, on, off) => if i.checked() { on } else { off }.clone(),
                    Read::Text(i) => i.value(),
                    Read::Radio(radios) => radios
                        .iter()
                        .find(|(i, _)| i.checked())
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default(),
                };
                out.push(&JsValue::from_str(key));
                out.push(&JsValue::from_str(&value));
            }
            let _ = submit.call1(&JsValue::NULL, &out);
        });
        form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref())?;
        // One closure per form shown; forms are opened by hand, rarely.
        on_submit.forget();
        Ok(form)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_fields() {
        let lines: Vec<String> = [
            "radio\tdesktop\tnotify-desktop\tmention\tall=notify-all\tnone=notify-none",
            "check!\tchannel\tnotify-channel-wide\ttrue\ttrue\tfalse",
            "text\tmention_keys\tnotify-keywords",
            "note\tnotify-email-off",
            "button\tpush-on\tnotify-push-browser\tnotify-push-on",
            "submit\tpost-save",
            "mystery\tx",
            "radio\tshort",
        ]
        .map(String::from)
        .to_vec();
        let fields = parse(&lines);
        assert_eq!(fields.len(), 6);
        assert_eq!(
            fields[4],
            Field::Button {
                action: "push-on",
                label: "notify-push-browser",
                text: "notify-push-on"
            }
        );
        assert_eq!(
            fields[0],
            Field::Radio {
                key: "desktop",
                label: "notify-desktop",
                value: "mention",
                options: vec![("all", "notify-all"), ("none", "notify-none")],
                disabled: false,
            }
        );
        assert!(matches!(
            fields[1],
            Field::Check {
                checked: true,
                disabled: true,
                off: "false",
                ..
            }
        ));
        assert_eq!(
            fields[2],
            Field::Text {
                key: "mention_keys",
                label: "notify-keywords",
                value: ""
            }
        );
    }
}
