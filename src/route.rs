//! The app's URLs, as Mattermost names them. A small router of our own: the pages are few,
//! and leptos_router for the same routes makes the first download 32 KB brotli larger.

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `/` : the log-in page or the first channel.
    Home,
    /// `/login`
    Login,
    /// `/signup_user_complete/?id=<invite_id>`, or `?t=<token>&d=<data>&lang=` from an
    /// e-mail invitation.
    Signup {
        /// The query string, which the sign-up page's own chunk reads.
        query: String,
    },
    /// `/:team/channels/:channel`
    Channel {
        /// Team name.
        team: String,
        /// Channel name.
        channel: String,
    },
    /// `/:team/pl/:post_id`
    Permalink {
        /// Team name.
        team: String,
        /// Post id.
        post: String,
    },
    /// `/:team/settings/notifications`: the notification settings over the team's town
    /// square (the preferences link of notification e-mails).
    Settings {
        /// Team name.
        team: String,
    },
}

/// The route of a path and query string.
pub fn parse(path: &str, query: &str) -> Route {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        ["login"] => Route::Login,
        ["signup_user_complete"] => Route::Signup {
            query: query.trim_start_matches('?').to_owned(),
        },
        [team, "channels", channel] => Route::Channel {
            team: (*team).to_owned(),
            channel: (*channel).to_owned(),
        },
        [team, "pl", post] => Route::Permalink {
            team: (*team).to_owned(),
            post: (*post).to_owned(),
        },
        [team, "settings", "notifications"] => Route::Settings {
            team: (*team).to_owned(),
        },
        _ => Route::Home,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mattermost_urls() {
        assert_eq!(parse("/", ""), Route::Home);
        assert_eq!(
            parse("/main/settings/notifications", ""),
            Route::Settings {
                team: "main".into()
            }
        );
        assert_eq!(parse("/login", ""), Route::Login);
        assert_eq!(
            parse("/signup_user_complete/", "?id=abc&x=1"),
            Route::Signup {
                query: "id=abc&x=1".into()
            }
        );
        assert_eq!(
            parse("/main/channels/town-square", ""),
            Route::Channel {
                team: "main".into(),
                channel: "town-square".into()
            }
        );
        assert_eq!(
            parse("/main/pl/p1", ""),
            Route::Permalink {
                team: "main".into(),
                post: "p1".into()
            }
        );
        assert_eq!(parse("/nope/x", ""), Route::Home);
    }
}
