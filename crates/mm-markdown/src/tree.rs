//! The node tree, and building it from pulldown-cmark's events.

use std::borrow::Cow;

use pulldown_cmark::{
    CodeBlockKind, Event, HeadingLevel, LinkType, Options as Cmark, Parser, Tag as Ev, TagEnd,
};

use crate::Options;
use crate::url::{is_external, safe_url};

/// The elements a message may contain: nothing else can be produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // Each is the HTML element of the same name.
pub enum Tag {
    P,
    Br,
    Strong,
    Em,
    Del,
    Code,
    Pre,
    Blockquote,
    Ul,
    Ol,
    Li,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Hr,
    Table,
    Thead,
    Tbody,
    Tr,
    Th,
    Td,
    A,
    Img,
    Span,
    Input,
}

impl Tag {
    /// The HTML name.
    pub fn name(self) -> &'static str {
        match self {
            Self::P => "p",
            Self::Br => "br",
            Self::Strong => "strong",
            Self::Em => "em",
            Self::Del => "del",
            Self::Code => "code",
            Self::Pre => "pre",
            Self::Blockquote => "blockquote",
            Self::Ul => "ul",
            Self::Ol => "ol",
            Self::Li => "li",
            Self::H1 => "h1",
            Self::H2 => "h2",
            Self::H3 => "h3",
            Self::H4 => "h4",
            Self::H5 => "h5",
            Self::H6 => "h6",
            Self::Hr => "hr",
            Self::Table => "table",
            Self::Thead => "thead",
            Self::Tbody => "tbody",
            Self::Tr => "tr",
            Self::Th => "th",
            Self::Td => "td",
            Self::A => "a",
            Self::Img => "img",
            Self::Span => "span",
            Self::Input => "input",
        }
    }

    /// Elements without children or closing tag.
    pub fn is_void(self) -> bool {
        matches!(self, Self::Br | Self::Hr | Self::Img | Self::Input)
    }
}

/// The attributes a message may carry. URL-valued ones ([`Attr::Href`], [`Attr::Src`]) only
/// ever hold URLs that passed [`safe_url`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // Each is the HTML attribute of the same name.
pub enum Attr {
    Href,
    Src,
    Alt,
    Title,
    Class,
    Dir,
    Rel,
    Target,
    Width,
    Height,
    Start,
    Type,
    Checked,
    Disabled,
    Role,
    Tabindex,
    DataMention,
    DataChannel,
    DataHashtag,
    DataEmoji,
    DataLanguage,
}

impl Attr {
    /// The HTML name.
    pub fn name(self) -> &'static str {
        match self {
            Self::Href => "href",
            Self::Src => "src",
            Self::Alt => "alt",
            Self::Title => "title",
            Self::Class => "class",
            Self::Dir => "dir",
            Self::Rel => "rel",
            Self::Target => "target",
            Self::Width => "width",
            Self::Height => "height",
            Self::Start => "start",
            Self::Type => "type",
            Self::Checked => "checked",
            Self::Disabled => "disabled",
            Self::Role => "role",
            Self::Tabindex => "tabindex",
            Self::DataMention => "data-mention",
            Self::DataChannel => "data-channel",
            Self::DataHashtag => "data-hashtag",
            Self::DataEmoji => "data-emoji",
            Self::DataLanguage => "data-language",
        }
    }
}

/// An element and its children.
#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// The tag.
    pub tag: Tag,
    /// Attributes, in order.
    pub attrs: Vec<(Attr, Cow<'static, str>)>,
    /// Children.
    pub children: Vec<Node>,
}

impl Element {
    /// An element with attributes and no children.
    pub fn new(tag: Tag, attrs: Vec<(Attr, Cow<'static, str>)>) -> Self {
        Self {
            tag,
            attrs,
            children: Vec::new(),
        }
    }

    /// An attribute's value.
    pub fn attr(&self, name: Attr) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(a, _)| *a == name)
            .map(|(_, v)| v.as_ref())
    }
}

/// A node: text, or an element.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    /// Text, shown as is (never parsed as HTML).
    Text(String),
    /// An element.
    Element(Element),
}

impl Node {
    /// Text content, recursively.
    pub fn text(&self) -> String {
        match self {
            Self::Text(t) => t.clone(),
            Self::Element(e) => e.children.iter().map(Node::text).collect(),
        }
    }
}

fn dir_auto() -> (Attr, Cow<'static, str>) {
    (Attr::Dir, Cow::Borrowed("auto"))
}

/// One open element; `None` marks a construct kept only for its children (an unsafe link).
type Frame = Option<Element>;

fn children<'s>(stack: &'s mut [Frame], root: &'s mut Vec<Node>) -> &'s mut Vec<Node> {
    match stack.iter_mut().rev().find_map(Option::as_mut) {
        Some(parent) => &mut parent.children,
        None => root,
    }
}

fn push(stack: &mut [Frame], root: &mut Vec<Node>, node: Node) {
    children(stack, root).push(node);
}

/// The parser splits text at delimiters it did not use (`_`, `~`, `[`…): join it again,
/// so that URLs and names are seen whole.
fn push_text(stack: &mut [Frame], root: &mut Vec<Node>, text: &str) {
    let children = children(stack, root);
    match children.last_mut() {
        Some(Node::Text(last)) => last.push_str(text),
        _ => children.push(Node::Text(text.to_owned())),
    }
}

/// Parses markdown into the tree. Raw HTML becomes text; unsafe URLs are dropped.
pub fn parse(markdown: &str, opts: &Options<'_>) -> Vec<Node> {
    let flags = Cmark::ENABLE_TABLES
        | Cmark::ENABLE_STRIKETHROUGH
        | Cmark::ENABLE_TASKLISTS
        | Cmark::ENABLE_WIKILINKS;
    let mut root = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    // Image alt text is collected from the events inside the image.
    let mut image: Option<(Element, String)> = None;
    let mut table_head = false;
    for event in Parser::new_ext(markdown, flags) {
        if let Some((_, alt)) = image.as_mut() {
            match event {
                Event::End(TagEnd::Image) => {
                    if let Some((mut img, alt)) = image.take() {
                        if img.tag == Tag::Img {
                            img.attrs.insert(1, (Attr::Alt, Cow::from(alt)));
                            push(&mut stack, &mut root, Node::Element(img));
                        } else {
                            push_text(&mut stack, &mut root, &alt);
                        }
                    }
                }
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    alt.push_str(&t)
                }
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(tag) => {
                let frame = match tag {
                    Ev::Paragraph => Some(Element::new(Tag::P, vec![dir_auto()])),
                    Ev::Heading { level, .. } => {
                        let t = match level {
                            HeadingLevel::H1 => Tag::H1,
                            HeadingLevel::H2 => Tag::H2,
                            HeadingLevel::H3 => Tag::H3,
                            HeadingLevel::H4 => Tag::H4,
                            HeadingLevel::H5 => Tag::H5,
                            HeadingLevel::H6 => Tag::H6,
                        };
                        Some(Element::new(t, vec![dir_auto()]))
                    }
                    Ev::BlockQuote(_) => Some(Element::new(Tag::Blockquote, vec![dir_auto()])),
                    Ev::CodeBlock(kind) => {
                        let lang = match kind {
                            CodeBlockKind::Fenced(l) => l
                                .split_whitespace()
                                .next()
                                .unwrap_or_default()
                                .to_lowercase(),
                            CodeBlockKind::Indented => String::new(),
                        };
                        let mut code = Element::new(Tag::Code, Vec::new());
                        if !lang.is_empty() {
                            code.attrs.push((Attr::DataLanguage, Cow::from(lang)));
                        }
                        stack.push(Some(Element::new(
                            Tag::Pre,
                            vec![(Attr::Dir, "ltr".into())],
                        )));
                        Some(code)
                    }
                    Ev::List(Some(start)) => {
                        let mut ol = Element::new(Tag::Ol, vec![dir_auto()]);
                        if start != 1 {
                            ol.attrs.push((Attr::Start, Cow::from(start.to_string())));
                        }
                        Some(ol)
                    }
                    Ev::List(None) => Some(Element::new(Tag::Ul, vec![dir_auto()])),
                    Ev::Item => Some(Element::new(Tag::Li, vec![dir_auto()])),
                    Ev::Table(_) => Some(Element::new(Tag::Table, Vec::new())),
                    Ev::TableHead => {
                        table_head = true;
                        stack.push(Some(Element::new(Tag::Thead, Vec::new())));
                        Some(Element::new(Tag::Tr, Vec::new()))
                    }
                    Ev::TableRow => Some(Element::new(Tag::Tr, Vec::new())),
                    Ev::TableCell => Some(Element::new(
                        if table_head { Tag::Th } else { Tag::Td },
                        vec![dir_auto()],
                    )),
                    Ev::Emphasis => Some(Element::new(Tag::Em, Vec::new())),
                    Ev::Strong => Some(Element::new(Tag::Strong, Vec::new())),
                    Ev::Strikethrough => Some(Element::new(Tag::Del, Vec::new())),
                    Ev::Link {
                        link_type,
                        dest_url,
                        title,
                        ..
                    } => {
                        let href = match link_type {
                            LinkType::WikiLink { .. } => wiki_url(&dest_url, opts),
                            // `<a@b.org>`: the parser gives the bare address.
                            LinkType::Email => safe_url(&format!("mailto:{dest_url}")),
                            _ => safe_url(&dest_url),
                        };
                        href.map(|href| link(href, &title))
                    }
                    Ev::Image {
                        link_type,
                        dest_url,
                        title,
                        ..
                    } => {
                        // `![[x]]` names a wiki page, not an image; empty and mailto: are no images.
                        let wiki = matches!(link_type, LinkType::WikiLink { .. });
                        let url = safe_url(&dest_url)
                            .filter(|u| !wiki && !u.is_empty() && !u.starts_with("mailto:"));
                        let Some(url) = url else {
                            // An unsafe image shows as its alt text only.
                            image = Some((Element::new(Tag::Span, Vec::new()), String::new()));
                            continue;
                        };
                        let mut img = Element::new(
                            Tag::Img,
                            vec![
                                (Attr::Src, Cow::from(proxied(&url, opts))),
                                (Attr::Class, "markdown-inline-img".into()),
                            ],
                        );
                        match size_of(&title) {
                            Some((w, h)) => {
                                if let Some(w) = w {
                                    img.attrs.push((Attr::Width, Cow::from(w.to_string())));
                                }
                                if let Some(h) = h {
                                    img.attrs.push((Attr::Height, Cow::from(h.to_string())));
                                }
                            }
                            None if !title.is_empty() => {
                                img.attrs.push((Attr::Title, Cow::from(title.to_string())))
                            }
                            None => {}
                        }
                        image = Some((img, String::new()));
                        continue;
                    }
                    // A block of raw HTML is shown as text, in a paragraph.
                    Ev::HtmlBlock => Some(Element::new(Tag::P, vec![dir_auto()])),
                    // Footnotes, metadata, definition lists…: children only.
                    _ => None,
                };
                stack.push(frame);
            }
            Event::End(end) => {
                // The wrappers opened with an element close with it: pre with code, thead
                // with the head row, tbody (opened after the head) with the table.
                let extra = match end {
                    TagEnd::CodeBlock | TagEnd::TableHead | TagEnd::Table => 1,
                    _ => 0,
                };
                for _ in 0..=extra {
                    if let Some(Some(mut el)) = stack.pop() {
                        if matches!(end, TagEnd::CodeBlock) && el.tag == Tag::Code {
                            highlight_code(&mut el);
                        }
                        push(&mut stack, &mut root, Node::Element(el));
                    }
                }
                if matches!(end, TagEnd::TableHead) {
                    table_head = false;
                    stack.push(Some(Element::new(Tag::Tbody, Vec::new())));
                }
            }
            // Raw HTML is shown as the text it is.
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => {
                push_text(&mut stack, &mut root, &t)
            }
            Event::Code(t) => {
                let mut code = Element::new(Tag::Code, Vec::new());
                code.children.push(Node::Text(t.into_string()));
                push(&mut stack, &mut root, Node::Element(code));
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => push_text(&mut stack, &mut root, &t),
            // A chat message breaks lines where its author did.
            Event::SoftBreak | Event::HardBreak => {
                push(
                    &mut stack,
                    &mut root,
                    Node::Element(Element::new(Tag::Br, Vec::new())),
                );
            }
            Event::Rule => push(
                &mut stack,
                &mut root,
                Node::Element(Element::new(Tag::Hr, Vec::new())),
            ),
            Event::TaskListMarker(done) => {
                let mut input = Element::new(
                    Tag::Input,
                    vec![(Attr::Type, "checkbox".into()), (Attr::Disabled, "".into())],
                );
                if done {
                    input.attrs.push((Attr::Checked, "".into()));
                }
                push(&mut stack, &mut root, Node::Element(input));
            }
            Event::FootnoteReference(t) => push_text(&mut stack, &mut root, &format!("[^{t}]")),
        }
    }
    root
}

/// Highlights a fenced block in a language the highlighter knows.
fn highlight_code(code: &mut Element) {
    let Some(lang) = code.attr(Attr::DataLanguage) else {
        return;
    };
    let text: String = code.children.iter().map(Node::text).collect();
    if let Some(nodes) = crate::highlight::highlight(lang, &text) {
        code.attrs
            .push((Attr::Class, Cow::from(format!("hljs language-{lang}"))));
        code.children = nodes;
    }
}

fn link(href: String, title: &str) -> Element {
    let mut a = Element::new(Tag::A, vec![(Attr::Href, Cow::from(href.clone()))]);
    if !title.is_empty() {
        a.attrs.push((Attr::Title, Cow::from(title.to_owned())));
    }
    if is_external(&href) {
        a.attrs.push((Attr::Target, "_blank".into()));
        a.attrs
            .push((Attr::Rel, "noopener noreferrer nofollow".into()));
    }
    a
}

/// An external image through the image proxy, when the server has one.
pub(crate) fn proxied(url: &str, opts: &Options<'_>) -> String {
    match opts.image_proxy {
        Some(proxy) if is_external(url) => format!("{proxy}{}", crate::url::encode_component(url)),
        _ => url.to_owned(),
    }
}

/// The `=WxH` size that [`crate::dialect::preprocess`] moved into the image title.
fn size_of(title: &str) -> Option<(Option<u32>, Option<u32>)> {
    let size = title.strip_prefix(crate::dialect::SIZE_MARK)?;
    let (w, h) = size.split_once('x').unwrap_or((size, ""));
    Some((
        w.parse().ok().filter(|v| *v > 0),
        h.parse().ok().filter(|v| *v > 0),
    ))
}

/// `[[Page]]` to the wiki's page URL.
fn wiki_url(target: &str, opts: &Options<'_>) -> Option<String> {
    let base = opts.wiki_base?;
    let page = target.trim().replace(' ', "_");
    if page.is_empty() {
        return None;
    }
    safe_url(&format!("{base}{}", crate::url::encode_path(&page)))
}
