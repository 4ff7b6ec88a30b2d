//! Profiles and presence.

use std::collections::BTreeMap;

use mm_api::{User, UserId};

/// Known users and their statuses.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct UserStore {
    users: BTreeMap<UserId, User>,
    statuses: BTreeMap<UserId, String>,
}

impl UserStore {
    /// The profiles and the statuses as text, for the tests' change checks.
    #[cfg(test)]
    pub fn fingerprint(&self) -> (String, String) {
        (format!("{:?}", self.users), format!("{:?}", self.statuses))
    }

    /// Adds or replaces profiles.
    pub fn upsert_all(&mut self, users: impl IntoIterator<Item = User>) {
        for u in users {
            self.upsert(u);
        }
    }

    /// Adds or replaces a profile.
    pub fn upsert(&mut self, user: User) {
        self.users.insert(user.id.clone(), user);
    }

    /// Whether a profile is known.
    pub fn has(&self, id: &UserId) -> bool {
        self.users.contains_key(id)
    }

    /// A profile.
    pub fn get(&self, id: &UserId) -> Option<&User> {
        self.users.get(id)
    }

    /// The name to show for a user: their username, or the id until the profile arrives.
    pub fn name(&self, id: &UserId) -> String {
        self.users
            .get(id)
            .map_or_else(|| id.to_string(), |u| u.username.clone())
    }

    /// Users whose username or names start with `prefix` (case-insensitive), by username.
    pub fn matching(&self, prefix: &str) -> Vec<&User> {
        let p = prefix.to_lowercase();
        let mut found: Vec<&User> = self
            .users
            .values()
            .filter(|u| u.delete_at == 0)
            .filter(|u| {
                [&u.username, &u.first_name, &u.last_name, &u.nickname]
                    .iter()
                    .any(|s| s.to_lowercase().starts_with(&p))
            })
            .collect();
        found.sort_by(|a, b| a.username.cmp(&b.username));
        found
    }

    /// Sets a presence status.
    pub fn set_status(&mut self, id: UserId, status: String) {
        self.statuses.insert(id, status);
    }

    /// A user's status; `offline` when unknown.
    pub fn status(&self, id: &UserId) -> &str {
        self.statuses.get(id).map_or("offline", String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_is_by_prefix_of_any_name() {
        let mut s = UserStore::default();
        s.upsert(User {
            id: "1".into(),
            username: "bob".into(),
            first_name: "Robert".into(),
            ..Default::default()
        });
        s.upsert(User {
            id: "2".into(),
            username: "rob".into(),
            ..Default::default()
        });
        let names: Vec<&str> = s
            .matching("ro")
            .iter()
            .map(|u| u.username.as_str())
            .collect();
        assert_eq!(names, ["bob", "rob"]);
        assert_eq!(s.status(&"1".into()), "offline");
        s.set_status("1".into(), "online".into());
        assert_eq!(s.status(&"1".into()), "online");
    }
}
