//! Versioned schema migrations, tracked in `PRAGMA user_version`.

use rusqlite::Connection;

/// Each entry moves the schema one version up. Never edit a released entry: add one.
const MIGRATIONS: &[&str] = &[
    // 1: accounts, teams, channels, posts, preferences.
    r#"
    CREATE TABLE users (
        id TEXT PRIMARY KEY,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        delete_at INTEGER NOT NULL DEFAULT 0,
        username TEXT NOT NULL UNIQUE,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        password_hash TEXT NOT NULL,
        nickname TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL,
        locale TEXT NOT NULL DEFAULT 'en',
        props TEXT NOT NULL DEFAULT '{}',
        notify_props TEXT NOT NULL DEFAULT '{}',
        timezone TEXT NOT NULL DEFAULT '{}',
        last_password_update INTEGER NOT NULL DEFAULT 0,
        last_picture_update INTEGER NOT NULL DEFAULT 0,
        mfa_active INTEGER NOT NULL DEFAULT 0,
        mfa_secret TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        create_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        csrf_token TEXT NOT NULL,
        device_id TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX sessions_user ON sessions(user_id);
    CREATE TABLE teams (
        id TEXT PRIMARY KEY,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        delete_at INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        type TEXT NOT NULL DEFAULT 'I',
        invite_id TEXT NOT NULL UNIQUE,
        allow_open_invite INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE team_members (
        team_id TEXT NOT NULL REFERENCES teams(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        roles TEXT NOT NULL,
        delete_at INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (team_id, user_id)
    );
    CREATE INDEX team_members_user ON team_members(user_id);
    CREATE TABLE channels (
        id TEXT PRIMARY KEY,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        delete_at INTEGER NOT NULL DEFAULT 0,
        team_id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        display_name TEXT NOT NULL,
        header TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT '',
        last_post_at INTEGER NOT NULL DEFAULT 0,
        last_root_post_at INTEGER NOT NULL DEFAULT 0,
        total_msg_count INTEGER NOT NULL DEFAULT 0,
        total_msg_count_root INTEGER NOT NULL DEFAULT 0,
        creator_id TEXT NOT NULL DEFAULT '',
        UNIQUE (team_id, name)
    );
    CREATE TABLE channel_members (
        channel_id TEXT NOT NULL REFERENCES channels(id),
        user_id TEXT NOT NULL REFERENCES users(id),
        roles TEXT NOT NULL,
        last_viewed_at INTEGER NOT NULL DEFAULT 0,
        msg_count INTEGER NOT NULL DEFAULT 0,
        msg_count_root INTEGER NOT NULL DEFAULT 0,
        mention_count INTEGER NOT NULL DEFAULT 0,
        mention_count_root INTEGER NOT NULL DEFAULT 0,
        notify_props TEXT NOT NULL DEFAULT '{}',
        last_update_at INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (channel_id, user_id)
    );
    CREATE INDEX channel_members_user ON channel_members(user_id);
    CREATE TABLE posts (
        id TEXT PRIMARY KEY,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        edit_at INTEGER NOT NULL DEFAULT 0,
        delete_at INTEGER NOT NULL DEFAULT 0,
        is_pinned INTEGER NOT NULL DEFAULT 0,
        user_id TEXT NOT NULL,
        channel_id TEXT NOT NULL REFERENCES channels(id),
        root_id TEXT NOT NULL DEFAULT '',
        message TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT '',
        props TEXT NOT NULL DEFAULT '{}',
        hashtags TEXT NOT NULL DEFAULT '',
        file_ids TEXT NOT NULL DEFAULT '[]',
        pending_post_id TEXT NOT NULL DEFAULT '',
        reply_count INTEGER NOT NULL DEFAULT 0,
        last_reply_at INTEGER NOT NULL DEFAULT 0,
        participants TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX posts_channel_create ON posts(channel_id, create_at, id);
    CREATE INDEX posts_channel_update ON posts(channel_id, update_at);
    CREATE INDEX posts_root ON posts(root_id, create_at) WHERE root_id != '';
    CREATE INDEX posts_pending ON posts(user_id, pending_post_id) WHERE pending_post_id != '';
    CREATE TABLE preferences (
        user_id TEXT NOT NULL REFERENCES users(id),
        category TEXT NOT NULL,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (user_id, category, name)
    );
    "#,
    // 2: reactions, files and custom emoji.
    r#"
    CREATE TABLE reactions (
        post_id TEXT NOT NULL REFERENCES posts(id),
        user_id TEXT NOT NULL,
        emoji_name TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        create_at INTEGER NOT NULL,
        PRIMARY KEY (post_id, user_id, emoji_name)
    );
    CREATE TABLE files (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        post_id TEXT NOT NULL DEFAULT '',
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        delete_at INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL,
        extension TEXT NOT NULL,
        size INTEGER NOT NULL,
        mime_type TEXT NOT NULL,
        width INTEGER NOT NULL DEFAULT 0,
        height INTEGER NOT NULL DEFAULT 0,
        has_preview_image INTEGER NOT NULL DEFAULT 0,
        sha256 TEXT NOT NULL
    );
    CREATE INDEX files_post ON files(post_id) WHERE post_id != '';
    CREATE TABLE emoji (
        id TEXT PRIMARY KEY,
        creator_id TEXT NOT NULL,
        name TEXT NOT NULL,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        delete_at INTEGER NOT NULL DEFAULT 0
    );
    CREATE UNIQUE INDEX emoji_name ON emoji(name) WHERE delete_at = 0;
    "#,
    // 3: full-text search (src/search.rs). The index holds `causerie_fts(message)` (a
    // function each connection registers) by the post's rowid, kept by triggers, so no
    // write path can forget it; deleted posts leave it.
    r#"
    CREATE VIRTUAL TABLE posts_fts USING fts5(
        text, content = '', contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
    );
    INSERT INTO posts_fts(rowid, text)
        SELECT rowid, causerie_fts(message) FROM posts WHERE delete_at = 0;
    CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts WHEN new.delete_at = 0 BEGIN
        INSERT INTO posts_fts(rowid, text) VALUES (new.rowid, causerie_fts(new.message));
    END;
    CREATE TRIGGER posts_fts_update AFTER UPDATE OF message, delete_at ON posts BEGIN
        DELETE FROM posts_fts WHERE rowid = old.rowid;
        INSERT INTO posts_fts(rowid, text)
            SELECT new.rowid, causerie_fts(new.message) WHERE new.delete_at = 0;
    END;
    CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
        DELETE FROM posts_fts WHERE rowid = old.rowid;
    END;
    CREATE INDEX posts_user_create ON posts(user_id, create_at);
    "#,
    // 4: notifications (src/notify.rs). Mentions and direct messages waiting for the next
    // e-mail batch, the last batch sent to each user, and browsers' Web Push subscriptions,
    // which end with the session that made them.
    r#"
    CREATE TABLE email_queue (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        post_id TEXT NOT NULL,
        create_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, post_id)
    ) WITHOUT ROWID;
    CREATE TABLE email_sent (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        sent_at INTEGER NOT NULL
    );
    CREATE TABLE push_subscriptions (
        endpoint TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        p256dh TEXT NOT NULL,
        auth TEXT NOT NULL,
        create_at INTEGER NOT NULL
    );
    CREATE INDEX push_subscriptions_user ON push_subscriptions(user_id);
    "#,
    // 5: channel moderation (Mattermost's `use_channel_mentions`): whether members who are
    // not admins may notify the whole channel. No row: they may.
    r#"
    CREATE TABLE channel_moderations (
        channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        members INTEGER NOT NULL,
        PRIMARY KEY (channel_id, name)
    ) WITHOUT ROWID;
    "#,
    // 6: e-mail addresses are stored folded (`util::fold_email`), so that `JÖRG@` and
    // `jörg@` are one address. An address whose folded form another account already has
    // keeps its case.
    r#"
    UPDATE OR IGNORE users SET email = causerie_fold(email) WHERE email != causerie_fold(email);
    "#,
    // 7: integrations. Bots are users with a `bots` row (their owner and description) and no
    // password. Personal access tokens are stored hashed; a token in use has a session whose
    // `access_token_id` names it, so that revoking the token ends it. Webhooks and slash
    // commands belong to their creator and a team; their ids and tokens are the secrets
    // that callers present, kept as given (Mattermost shows them again to their owners).
    r#"
    ALTER TABLE users ADD COLUMN is_bot INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE bots (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        description TEXT NOT NULL DEFAULT '',
        owner_id TEXT NOT NULL,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        delete_at INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE access_tokens (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        description TEXT NOT NULL,
        is_active INTEGER NOT NULL DEFAULT 1,
        create_at INTEGER NOT NULL
    );
    CREATE INDEX access_tokens_user ON access_tokens(user_id);
    ALTER TABLE sessions ADD COLUMN access_token_id TEXT NOT NULL DEFAULT '';
    CREATE TABLE incoming_hooks (
        id TEXT PRIMARY KEY,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        channel_id TEXT NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
        team_id TEXT NOT NULL,
        display_name TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        username TEXT NOT NULL DEFAULT '',
        icon_url TEXT NOT NULL DEFAULT '',
        channel_locked INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX incoming_hooks_team ON incoming_hooks(team_id);
    CREATE TABLE outgoing_hooks (
        id TEXT PRIMARY KEY,
        token TEXT NOT NULL,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        creator_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        team_id TEXT NOT NULL,
        channel_id TEXT NOT NULL DEFAULT '',
        trigger_words TEXT NOT NULL DEFAULT '[]',
        trigger_when INTEGER NOT NULL DEFAULT 0,
        callback_urls TEXT NOT NULL DEFAULT '[]',
        display_name TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        content_type TEXT NOT NULL DEFAULT '',
        username TEXT NOT NULL DEFAULT '',
        icon_url TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX outgoing_hooks_team ON outgoing_hooks(team_id);
    CREATE TABLE commands (
        id TEXT PRIMARY KEY,
        token TEXT NOT NULL,
        create_at INTEGER NOT NULL,
        update_at INTEGER NOT NULL,
        creator_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        team_id TEXT NOT NULL,
        trigger TEXT NOT NULL,
        method TEXT NOT NULL DEFAULT 'P',
        url TEXT NOT NULL,
        username TEXT NOT NULL DEFAULT '',
        icon_url TEXT NOT NULL DEFAULT '',
        auto_complete INTEGER NOT NULL DEFAULT 0,
        auto_complete_desc TEXT NOT NULL DEFAULT '',
        auto_complete_hint TEXT NOT NULL DEFAULT '',
        display_name TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        UNIQUE (team_id, trigger)
    );
    CREATE TABLE command_webhooks (
        id TEXT PRIMARY KEY,
        create_at INTEGER NOT NULL,
        command_id TEXT NOT NULL REFERENCES commands(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        root_id TEXT NOT NULL DEFAULT '',
        use_count INTEGER NOT NULL DEFAULT 0
    );
    "#,
    // 8: trust. Two-factor secrets are sealed (`notify::Keys::seal`) in `users.mfa_secret`;
    // `mfa_last_step` refuses a code's replay; recovery codes are hashed. Each code of
    // conduct is a new version that everyone accepts again. E-mail invitations are
    // one-time tokens, stored hashed, naming who invited. Sessions keep the device and
    // the last activity the user sees; the audit log keeps who did what, not content.
    r#"
    ALTER TABLE users ADD COLUMN mfa_last_step INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN terms_of_service_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE users ADD COLUMN terms_of_service_create_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE users ADD COLUMN invited_by TEXT NOT NULL DEFAULT '';
    CREATE TABLE mfa_recovery (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        code_hash TEXT NOT NULL,
        PRIMARY KEY (user_id, code_hash)
    ) WITHOUT ROWID;
    CREATE TABLE terms_of_service (
        id TEXT PRIMARY KEY,
        create_at INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        team_id TEXT NOT NULL REFERENCES teams(id),
        email TEXT NOT NULL,
        inviter_id TEXT NOT NULL,
        create_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        used_at INTEGER NOT NULL DEFAULT 0,
        user_id TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX invitations_team ON invitations(team_id, create_at);
    ALTER TABLE sessions ADD COLUMN last_activity_at INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sessions ADD COLUMN user_agent TEXT NOT NULL DEFAULT '';
    ALTER TABLE sessions ADD COLUMN ip_address TEXT NOT NULL DEFAULT '';
    CREATE TABLE audits (
        id INTEGER PRIMARY KEY,
        create_at INTEGER NOT NULL,
        user_id TEXT NOT NULL,
        action TEXT NOT NULL,
        extra_info TEXT NOT NULL DEFAULT '',
        ip_address TEXT NOT NULL DEFAULT '',
        session_id TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX audits_create ON audits(create_at);
    CREATE INDEX audits_user ON audits(user_id, create_at);
    CREATE INDEX files_create ON files(create_at);
    "#,
];

/// Brings the schema to the newest version, one transaction per step.
pub fn run(conn: &mut Connection) -> rusqlite::Result<()> {
    let version: usize = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i + 1)?;
        tx.commit()?;
        tracing::info!("database migrated to version {}", i + 1);
    }
    Ok(())
}
