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
#[cfg(feature = "emoji-data")]
mod emoji;
mod highlight;
mod html;
pub mod mentions;
mod tree;
mod url;

#[cfg(feature = "emoji-data")]
pub use emoji::{
    PickerEmoji, SKIN_TONES, picker_emoji, search_emoji, standard_emoji,
    standard_emoji_starting_with,
};
pub use html::to_html;
pub use mentions::{Mentions, mentions};
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
