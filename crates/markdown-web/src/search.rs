//! Search results, built here rather than in the app so that they stay out of its first
//! download: each found message rendered as markdown, with the words found marked, under
//! the name of its channel.

/// Splits `text` into runs, marking those equal to one of `words` (ignoring case).
pub fn highlight(text: &str, words: &[String]) -> Vec<(String, bool)> {
    let lower = text.to_lowercase();
    // Lowercasing can change byte lengths (rarely); then nothing is marked rather than
    // marking the wrong bytes.
    if lower.len() != text.len() {
        return vec![(text.to_owned(), false)];
    }
    let mut marked = vec![false; text.len()];
    for word in words
        .iter()
        .map(|w| w.to_lowercase())
        .filter(|w| !w.is_empty())
    {
        for (at, _) in lower.match_indices(&word) {
            marked[at..at + word.len()]
                .iter_mut()
                .for_each(|m| *m = true);
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    for (i, c) in text.char_indices() {
        let on = marked[i];
        match out.last_mut() {
            Some((run, m)) if *m == on => run.push(c),
            _ => out.push((c.to_string(), on)),
        }
    }
    out
}

/// One result, as the app sends it.
#[derive(Debug, PartialEq, Eq)]
pub struct Found<'a> {
    pub channel_id: &'a str,
    pub channel: &'a str,
    pub post_id: &'a str,
    pub author: &'a str,
    pub iso_time: &'a str,
    pub time: &'a str,
    pub message: &'a str,
    /// The words found, one per line.
    pub words: Vec<String>,
}

/// Reads the app's flat list: eight strings per result (see [`Found`]).
pub fn parse(flat: &[String]) -> Vec<Found<'_>> {
    flat.chunks_exact(8)
        .map(|r| Found {
            channel_id: &r[0],
            channel: &r[1],
            post_id: &r[2],
            author: &r[3],
            iso_time: &r[4],
            time: &r[5],
            message: &r[6],
            words: r[7].lines().map(str::to_owned).collect(),
        })
        .collect()
}

#[cfg(target_arch = "wasm32")]
pub mod web {
    use mm_markdown::Node;
    use wasm_bindgen::prelude::*;

    use crate::element as el;
    use web_sys::{Document, Element};

    /// A message's tree as DOM, with the found words in `<mark>`.
    fn build(doc: &Document, node: &Node, words: &[String]) -> Result<web_sys::Node, JsValue> {
        match node {
            Node::Text(t) => {
                let frag = doc.create_document_fragment();
                for (run, on) in super::highlight(t, words) {
                    let text = doc.create_text_node(&run);
                    if on {
                        let mark = doc.create_element("mark")?;
                        mark.append_child(&text)?;
                        frag.append_child(&mark)?;
                    } else {
                        frag.append_child(&text)?;
                    }
                }
                Ok(frag.into())
            }
            Node::Element(e) => {
                let out = doc.create_element(e.tag.name())?;
                for (attr, value) in &e.attrs {
                    out.set_attribute(attr.name(), value)?;
                }
                for child in &e.children {
                    out.append_child(&build(doc, child, words)?)?;
                }
                Ok(out.into())
            }
        }
    }

    /// The results, grouped by channel (consecutive results of one channel form a group).
    /// `jump` is the label of each result's button, which calls `open` with the post id;
    /// so does a click on the result outside its links.
    pub fn render(flat: &[String], jump: &str, open: js_sys::Function) -> Result<Element, JsValue> {
        let doc = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("no document")?;
        let root = el(&doc, "div", "search-groups")?;
        let mut group: Option<(String, Element)> = None;
        for found in super::parse(flat) {
            let section = match &group {
                Some((id, section)) if id == found.channel_id => section.clone(),
                _ => {
                    let section = el(&doc, "section", "search-group")?;
                    let h3 = el(&doc, "h3", "")?;
                    let bdi = el(&doc, "bdi", "")?;
                    bdi.set_text_content(Some(found.channel));
                    h3.append_child(&bdi)?;
                    section.append_child(&h3)?;
                    root.append_child(&section)?;
                    group = Some((found.channel_id.to_owned(), section.clone()));
                    section
                }
            };
            let article = el(&doc, "article", "search-result")?;
            article.set_attribute("data-testid", "search-result")?;
            let meta = el(&doc, "div", "post-meta")?;
            let author = el(&doc, "bdi", "author")?;
            author.set_text_content(Some(found.author));
            let time = el(&doc, "time", "")?;
            time.set_attribute("datetime", found.iso_time)?;
            time.set_text_content(Some(found.time));
            let button = el(&doc, "button", "jump")?;
            button.set_attribute("type", "button")?;
            button.set_attribute("data-testid", "search-jump")?;
            button.set_text_content(Some(jump));
            meta.append_child(&author)?;
            meta.append_child(&doc.create_text_node(" "))?;
            meta.append_child(&time)?;
            meta.append_child(&button)?;
            let body = el(&doc, "div", "markdown")?;
            body.set_attribute("dir", "auto")?;
            for node in &crate::render_tree(found.message).nodes {
                body.append_child(&build(&doc, node, &found.words)?)?;
            }
            article.append_child(&meta)?;
            article.append_child(&body)?;
            article.set_attribute("data-post", found.post_id)?;
            section.append_child(&article)?;
        }
        // One listener for all the results (one closure per search, kept by the page).
        let click = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
            let Some(target) = target else { return };
            if target.closest("a").ok().flatten().is_some() {
                return;
            }
            if let Some(id) = target
                .closest(".search-result")
                .ok()
                .flatten()
                .and_then(|r| r.get_attribute("data-post"))
            {
                let _ = open.call1(&JsValue::NULL, &JsValue::from_str(&id));
            }
        });
        root.add_event_listener_with_callback("click", click.as_ref().unchecked_ref())?;
        click.forget();
        Ok(root)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_marks_every_match_ignoring_case() {
        assert_eq!(
            highlight("Le Café, le café!", &["café".into()]),
            [
                ("Le ".into(), false),
                ("Café".into(), true),
                (", le ".into(), false),
                ("café".into(), true),
                ("!".into(), false)
            ]
        );
        assert_eq!(
            highlight("東京タワー", &["東京タワー".into()]),
            [("東京タワー".into(), true)]
        );
        assert_eq!(highlight("nothing", &[]), [("nothing".into(), false)]);
        assert_eq!(highlight("", &["x".into()]), Vec::<(String, bool)>::new());
    }

    #[test]
    fn results_come_eight_strings_each() {
        let flat: Vec<String> = [
            "c1", "Town", "p1", "ann", "2026", "now", "hi **x**", "hi\nx", "c1",
        ]
        .map(String::from)
        .to_vec();
        let found = parse(&flat);
        assert_eq!(found.len(), 1, "an incomplete last result is dropped");
        assert_eq!(found[0].words, ["hi", "x"]);
        assert_eq!(found[0].message, "hi **x**");
    }
}
