//! Mattermost-dialect markdown to a safe node tree.
//!
//! Safe by construction: the output is a tree of [`Element`]s whose tags and attribute names
//! are closed enums ([`Tag`], [`Attr`]), so no input can produce a `<script>` or an `on*`
//! attribute; raw HTML in a message becomes text; links and images keep only `http`,
//! `https`, `mailto` and relative URLs, checked after the parser has decoded entities. The
//! web app builds views from the tree (never `inner_html`); [`to_html`] serializes it with
//! every text escaped, for tests and e-mail.
//!
//! The dialect: CommonMark plus GFM tables, strikethrough and task lists; a single newline
//! is a line break, as in a chat; bare URLs and e-mail addresses link; `@mentions`,
//! `~channels`, `#hashtags`, `:emoji:`, Mattermost's image sizes `![alt](url =WxH)`, and wiki
//! links `[[Page]]`, `[[Page|label]]` and interwiki prefixes such as `phab:T123`.
#![warn(missing_docs)]

mod dialect;
mod highlight;
mod html;
mod tree;
mod url;

pub use html::to_html;
pub use tree::{Attr, Element, Node, Tag};
pub use url::safe_url;

/// How the server's community is set up, and who is reading.
#[derive(Clone, Default)]
pub struct Options<'a> {
    /// The reader's username: mentions of it are highlighted.
    pub me: Option<&'a str>,
    /// The team's URL name, for `~channel` links.
    pub team: &'a str,
    /// Image proxy prefix, such as `/api/v4/image?url=`: external images load through it.
    pub image_proxy: Option<&'a str>,
    /// Resolves an `:emoji:` name: a Unicode emoji, an image URL for a custom one, or `None`.
    pub emoji: Option<&'a EmojiLookup<'a>>,
    /// The community's wiki, such as `https://meta.wikimedia.org/wiki/`, for `[[Page]]`.
    pub wiki_base: Option<&'a str>,
    /// Interwiki prefixes and URL templates, with `$1` for the target:
    /// `("phab", "https://phabricator.wikimedia.org/$1")`.
    pub interwiki: &'a [(String, String)],
}

/// Looks up an `:emoji:` name.
pub type EmojiLookup<'a> = dyn Fn(&str) -> Option<Emoji> + 'a;

/// What an `:emoji:` name stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Emoji {
    /// A standard emoji.
    Unicode(String),
    /// A custom emoji: the URL of its image.
    Image(String),
}

/// A rendered message.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The blocks.
    pub nodes: Vec<Node>,
    /// The message is only emoji (shown large, as in Mattermost).
    pub emoji_only: bool,
    /// The reader is mentioned (by name, key, `@here`, `@channel` or `@all`).
    pub mentions_me: bool,
}

#[cfg(feature = "emoji-data")]
static EMOJI_TABLE: &str = include_str!(concat!(env!("OUT_DIR"), "/emoji.txt"));

/// Standard emoji whose short name starts with `prefix`, in name order, at most `limit`:
/// `(name, emoji)`, for autocompletion.
#[cfg(feature = "emoji-data")]
pub fn standard_emoji_starting_with(
    prefix: &str,
    limit: usize,
) -> Vec<(&'static str, &'static str)> {
    EMOJI_TABLE
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .skip_while(|(code, _)| *code < prefix)
        .take_while(|(code, _)| code.starts_with(prefix))
        .take(limit)
        .collect()
}

/// A standard emoji by its short name (`smile`, `+1`, `tada`), as Unicode.
#[cfg(feature = "emoji-data")]
pub fn standard_emoji(name: &str) -> Option<Emoji> {
    static TABLE: &str = EMOJI_TABLE;
    let bytes = TABLE.as_bytes();
    // Bisection over the sorted lines; `lo` and `hi` are always at line starts.
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[lo..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| start + i);
        let (code, emoji) = TABLE[start..end].split_once('\t')?;
        match code.cmp(name) {
            std::cmp::Ordering::Equal => return Some(Emoji::Unicode(emoji.to_owned())),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// Renders a message.
pub fn render(markdown: &str, opts: &Options<'_>) -> Rendered {
    let mut nodes = tree::parse(&dialect::preprocess(markdown), opts);
    let mut mentions_me = false;
    dialect::enrich(&mut nodes, opts, &mut mentions_me);
    let emoji_only = dialect::only_emoji(&nodes);
    Rendered {
        nodes,
        emoji_only,
        mentions_me,
    }
}
