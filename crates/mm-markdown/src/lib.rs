//! Mattermost-dialect markdown to a safe node tree. The renderer arrives with issue 4;
//! until then the web app shows messages as escaped plain text.
#![warn(missing_docs)]
