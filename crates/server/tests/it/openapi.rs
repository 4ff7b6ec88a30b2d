//! Validation of JSON response bodies against the official Mattermost
//! OpenAPI 3.0 spec (`shared/mattermost-api/mattermost-openapi-v4.yaml`).
//!
//! Integration tests call `spec().check(method, path, status, &body)` after
//! each request so that every response shape Causerie produces is held to the
//! same contract the real Mattermost clients rely on.
//!
//! Only the subset of JSON Schema / OpenAPI that the Mattermost spec uses is
//! implemented: `$ref`, `type`, `nullable`, `properties`, `required`, `items`,
//! `additionalProperties` (as a schema), `allOf`, `oneOf` and `anyOf`.
//! `format`, `enum`, and numeric/length limits are deliberately ignored: the
//! spec is loose about them and the real server does not honour them either.

use serde_json::{Map, Value};
use std::path::PathBuf;
use std::sync::OnceLock;

/// Where the spec lives when `CAUSERIE_OPENAPI` is not set: `shared/` sits
/// next to the repository checkout (both locally and in CI).
const DEFAULT_SPEC_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/mattermost-api/mattermost-openapi-v4.yaml"
);

/// Upper bound on chained `$ref`s, so a cyclic reference cannot hang a test.
const MAX_REF_HOPS: usize = 64;

/// The parsed spec, loaded once.
#[allow(dead_code)]
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = std::env::var_os("CAUSERIE_OPENAPI")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(DEFAULT_SPEC_PATH));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|err| {
            panic!(
                "cannot read the Mattermost OpenAPI spec at {}: {err} \
                 (set CAUSERIE_OPENAPI to its location)",
                path.display()
            )
        });
        let doc = serde_yaml_ng::from_str::<Value>(&text).unwrap_or_else(|err| {
            panic!(
                "cannot parse the Mattermost OpenAPI spec at {}: {err}",
                path.display()
            )
        });
        Spec::from_doc(doc)
    })
}

/// A parsed OpenAPI document plus a pre-split index of its path templates.
#[allow(dead_code)]
pub struct Spec {
    doc: Value,
    /// Path prefix of the first `servers` URL (e.g. `/api/v4`), or empty when
    /// the spec paths are absolute, as in Mattermost's spec.
    base_path: String,
    templates: Vec<Template>,
}

/// One entry of the spec's `paths`, split into segments for matching.
struct Template {
    raw: String,
    segments: Vec<Segment>,
}

enum Segment {
    Literal(String),
    /// A `{name}` placeholder: matches any non-empty segment.
    Param,
}

#[allow(dead_code)]
impl Spec {
    fn from_doc(doc: Value) -> Spec {
        let base_path = server_base_path(&doc);
        let templates = doc
            .get("paths")
            .and_then(Value::as_object)
            .map(|paths| {
                paths
                    .keys()
                    .map(|raw| Template {
                        raw: raw.clone(),
                        segments: split_path(raw)
                            .into_iter()
                            .map(|seg| {
                                if seg.starts_with('{') && seg.ends_with('}') {
                                    Segment::Param
                                } else {
                                    Segment::Literal(seg.to_owned())
                                }
                            })
                            .collect(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Spec {
            doc,
            base_path,
            templates,
        }
    }

    /// Checks a response body against the schema the spec gives for this operation and status.
    /// `method` like "GET"; `path` is the concrete request path, e.g. "/api/v4/users/abc123/teams"
    /// (may include a query string, which is ignored).
    /// Returns Err with a readable description of every mismatch (JSON pointer + problem).
    pub fn check(&self, method: &str, path: &str, status: u16, body: &Value) -> Result<(), String> {
        let method_lc = method.to_ascii_lowercase();
        let (template, operation) = self.find_operation(&method_lc, path)?;
        let Some(response) = self.pick_response(operation, status) else {
            return Err(format!(
                "no response for status {status} of {} {template} in the OpenAPI spec",
                method.to_ascii_uppercase()
            ));
        };
        // Responses without a JSON body (204, file downloads) have nothing to check.
        let Some(schema) = json_schema(response) else {
            return Ok(());
        };

        let mut errors = Vec::new();
        let is_array_schema = self
            .resolve(schema)
            .is_ok_and(|s| effective_type(s) == Some("array"));
        let emoji_list = matches!(template, "/api/v4/emoji" | "/api/v4/emoji/autocomplete");
        if method_lc == "get" && emoji_list && body.is_array() && !is_array_schema {
            // Quirk 1: `GET /emoji` and `GET /emoji/autocomplete` are declared as returning
            // a single Emoji ("Emoji list retrieval successful"), but the real server
            // returns a list of them.
            for (i, item) in body.as_array().into_iter().flatten().enumerate() {
                self.validate(schema, item, &format!("/{i}"), &mut errors);
            }
        } else {
            self.validate(schema, body, "", &mut errors);
        }

        if errors.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{} {path} -> {status} does not match the OpenAPI spec ({template}):\n  {}",
                method.to_ascii_uppercase(),
                errors.join("\n  ")
            ))
        }
    }

    /// Finds the most specific path template matching `path` that defines `method`.
    fn find_operation(&self, method: &str, path: &str) -> Result<(&str, &Value), String> {
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let mut relative = path;
        if !self.base_path.is_empty() {
            relative = path.strip_prefix(&self.base_path).unwrap_or(path);
        }
        let mut candidates = self.matching_templates(relative);
        // Fallback for specs whose paths are relative to `/api/v4` even though
        // their `servers` entry does not say so.
        if candidates.is_empty()
            && let Some(rest) = relative.strip_prefix("/api/v4")
        {
            candidates = self.matching_templates(rest);
        }

        let paths = self.doc.get("paths");
        let with_method = candidates
            .iter()
            .filter_map(|t| {
                let op = paths?.get(&t.raw)?.get(method)?;
                Some((*t, op))
            })
            .max_by_key(|(t, _)| specificity(t));
        match with_method {
            Some((t, op)) => Ok((t.raw.as_str(), op)),
            None if candidates.is_empty() => Err(format!(
                "no operation {} {path} in the OpenAPI spec (no path template matches)",
                method.to_ascii_uppercase()
            )),
            None => Err(format!(
                "no operation {} {path} in the OpenAPI spec (templates {} lack that method)",
                method.to_ascii_uppercase(),
                candidates
                    .iter()
                    .map(|t| t.raw.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }

    fn matching_templates(&self, path: &str) -> Vec<&Template> {
        let segments = split_path(path);
        self.templates
            .iter()
            .filter(|t| {
                t.segments.len() == segments.len()
                    && t.segments
                        .iter()
                        .zip(&segments)
                        .all(|(tpl, seg)| match tpl {
                            Segment::Literal(lit) => lit == seg,
                            Segment::Param => !seg.is_empty(),
                        })
            })
            .collect()
    }

    /// Picks the response object for `status`, following `$ref`s.
    fn pick_response<'a>(&'a self, operation: &'a Value, status: u16) -> Option<&'a Value> {
        let responses = operation.get("responses")?.as_object()?;
        let resolved = |v: &'a Value| self.resolve(v).ok();
        if let Some(exact) = responses.get(&status.to_string()) {
            return resolved(exact);
        }
        // The real server often answers 200 where the spec documents 201
        // (login, reactions, emoji, ...), and error bodies are all AppError
        // even when the spec omits that particular code, so fall back to
        // another documented response of the same class that has a JSON body.
        let same_class = |code: &str| match status {
            200..=299 => code.starts_with('2'),
            400..=599 => code.starts_with('4') || code.starts_with('5'),
            _ => false,
        };
        let mut codes: Vec<&String> = responses.keys().filter(|c| same_class(c)).collect();
        codes.sort();
        codes
            .into_iter()
            .filter_map(|code| resolved(&responses[code]))
            .find(|r| json_schema(r).is_some())
            .or_else(|| responses.get("default").and_then(resolved))
    }

    /// Follows a chain of local `$ref`s (`#/components/...`) to the target.
    fn resolve<'a>(&'a self, mut value: &'a Value) -> Result<&'a Value, String> {
        for _ in 0..MAX_REF_HOPS {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                return Ok(value);
            };
            value = reference
                .strip_prefix('#')
                .and_then(|pointer| self.doc.pointer(pointer))
                .ok_or_else(|| format!("unresolvable $ref {reference:?}"))?;
        }
        Err(format!("$ref chain longer than {MAX_REF_HOPS} hops"))
    }

    /// Validates `value` (found at JSON pointer `ptr`) against `schema`,
    /// appending one line per mismatch to `errors`.
    fn validate(&self, schema: &Value, value: &Value, ptr: &str, errors: &mut Vec<String>) {
        let resolved = match self.resolve(schema) {
            Ok(s) => s,
            Err(err) => {
                errors.push(format!("{}: {err}", show_ptr(ptr)));
                return;
            }
        };
        if value.is_null() && (self.allows_null(schema) || self.allows_null(resolved)) {
            return;
        }
        let schema = resolved;

        if let Some(expected) = effective_type(schema)
            && !type_matches(expected, value)
        {
            errors.push(format!(
                "{}: expected {expected}, found {}",
                show_ptr(ptr),
                describe(value)
            ));
            // Deeper checks would only repeat the same mismatch.
            return;
        }

        if let Some(object) = value.as_object() {
            self.validate_object(schema, object, ptr, errors);
        }

        if let (Some(items), Some(array)) = (schema.get("items"), value.as_array()) {
            for (i, item) in array.iter().enumerate() {
                self.validate(items, item, &format!("{ptr}/{i}"), errors);
            }
        }

        for sub in schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.validate(sub, value, ptr, errors);
        }

        for keyword in ["oneOf", "anyOf"] {
            let Some(alternatives) = schema.get(keyword).and_then(Value::as_array) else {
                continue;
            };
            // "At least one passes" is enough for both: the spec's oneOf
            // alternatives are not written to be mutually exclusive.
            let mut failures = Vec::new();
            let passed = alternatives.iter().any(|alt| {
                let mut alt_errors = Vec::new();
                self.validate(alt, value, ptr, &mut alt_errors);
                failures.push(alt_errors);
                failures.last().is_some_and(Vec::is_empty)
            });
            if !passed {
                errors.push(format!(
                    "{}: matches none of the {} {keyword} alternatives",
                    show_ptr(ptr),
                    alternatives.len()
                ));
                for (i, alt_errors) in failures.iter().enumerate() {
                    for err in alt_errors {
                        errors.push(format!("  [alternative {i}] {err}"));
                    }
                }
            }
        }
    }

    fn validate_object(
        &self,
        schema: &Value,
        object: &Map<String, Value>,
        ptr: &str,
        errors: &mut Vec<String>,
    ) {
        // `required` must be a list; a stray Swagger-2 style `required: true`
        // on a property is not a constraint on the object.
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !object.contains_key(name) {
                errors.push(format!(
                    "{}: missing required property {name:?}",
                    show_ptr(ptr)
                ));
            }
        }

        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, sub) in properties.into_iter().flatten() {
            let Some(field) = object.get(name) else {
                continue;
            };
            if self.is_props_quirk(name, sub, field) {
                continue;
            }
            self.validate(sub, field, &format!("{ptr}/{}", escape(name)), errors);
        }

        // Only a schema-valued `additionalProperties` constrains extra fields;
        // `true`/`false`/absent all let them through (extra fields are fine).
        if let Some(extra) = schema.get("additionalProperties").filter(|v| v.is_object()) {
            for (name, field) in object {
                if properties.is_some_and(|p| p.contains_key(name)) {
                    continue;
                }
                self.validate(extra, field, &format!("{ptr}/{}", escape(name)), errors);
            }
        }
    }

    /// Quirk 2: a few spec entries declare a `props` field as `type: string`,
    /// but Mattermost always sends `props` as a JSON object.
    fn is_props_quirk(&self, name: &str, schema: &Value, field: &Value) -> bool {
        name == "props"
            && field.is_object()
            && self
                .resolve(schema)
                .is_ok_and(|s| effective_type(s) == Some("string"))
    }

    /// `nullable: true`, or the spec's idiom for a nullable reference:
    /// `allOf: [{nullable: true}, {$ref: ...}]`.
    fn allows_null(&self, schema: &Value) -> bool {
        if schema.get("nullable").and_then(Value::as_bool) == Some(true) {
            return true;
        }
        schema
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|sub| self.resolve(sub).ok())
            .any(|sub| sub.get("nullable").and_then(Value::as_bool) == Some(true))
    }
}

/// Path component of the first `servers` URL, ignoring `{variables}` that
/// stand for scheme and host (Mattermost's is just `{your-mattermost-url}`).
fn server_base_path(doc: &Value) -> String {
    let Some(url) = doc.pointer("/servers/0/url").and_then(Value::as_str) else {
        return String::new();
    };
    let after_host = match url.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("", |i| &rest[i..]),
        None if url.starts_with('{') => url.find('}').map_or("", |i| &url[i + 1..]),
        None => url,
    };
    after_host.trim_end_matches('/').to_owned()
}

/// Splits `/a/b/c` into `["a", "b", "c"]`; a trailing slash is ignored.
fn split_path(path: &str) -> Vec<&str> {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let trimmed = trimmed.strip_suffix('/').unwrap_or(trimmed);
    if trimmed.is_empty() {
        Vec::new()
    } else {
        trimmed.split('/').collect()
    }
}

/// Orders matching templates: more literal segments first, then literals
/// further left (so `/users/login` beats `/users/{user_id}`).
fn specificity(template: &Template) -> (usize, Vec<bool>) {
    let literals: Vec<bool> = template
        .segments
        .iter()
        .map(|s| matches!(s, Segment::Literal(_)))
        .collect();
    (literals.iter().filter(|l| **l).count(), literals)
}

/// The `application/json` schema of a (resolved) response object, if any.
fn json_schema(response: &Value) -> Option<&Value> {
    response
        .get("content")?
        .get("application/json")?
        .get("schema")
}

/// The declared type, or the one implied by object/array keywords.
fn effective_type(schema: &Value) -> Option<&str> {
    match schema.get("type") {
        Some(t) => t.as_str(),
        None if schema.get("properties").is_some()
            || schema.get("additionalProperties").is_some() =>
        {
            Some("object")
        }
        None if schema.get("items").is_some() => Some("array"),
        None => None,
    }
}

fn type_matches(expected: &str, value: &Value) -> bool {
    match expected {
        "string" => value.is_string(),
        "integer" => is_integer(value),
        "number" => value.is_number(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        "array" => value.is_array(),
        // Unknown type names are a spec problem, not a body problem.
        _ => true,
    }
}

/// An integer is any JSON number without a fractional part (so `3.0` counts).
fn is_integer(value: &Value) -> bool {
    match value.as_number() {
        Some(n) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
        None => false,
    }
}

/// A short human description of a JSON value for error messages.
fn describe(value: &Value) -> String {
    let kind = match value {
        Value::Null => return "null".to_owned(),
        Value::Bool(_) => "boolean",
        Value::Number(_) if is_integer(value) => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let mut text = value.to_string();
    if text.chars().count() > 60 {
        text = text.chars().take(57).collect::<String>() + "...";
    }
    format!("{kind} {text}")
}

/// Escapes a property name for use in a JSON pointer (RFC 6901).
fn escape(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}

fn show_ptr(ptr: &str) -> String {
    if ptr.is_empty() {
        "at (root)".to_owned()
    } else {
        format!("at {ptr}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn user() -> Value {
        json!({
            "id": "8ftxkqs3bprxfrxogpbxrg6zqa",
            "create_at": 1_700_000_000_000_i64,
            "update_at": 1_700_000_000_000_i64,
            "delete_at": 0,
            "username": "alice",
            "auth_data": "",
            "auth_service": "",
            "email": "alice@example.com",
            "email_verified": true,
            "nickname": "",
            "first_name": "Alice",
            "last_name": "Liddell",
            "position": "",
            "roles": "system_user",
            "props": {},
            "notify_props": {
                "channel": "true",
                "comments": "never",
                "desktop": "mention",
                "desktop_sound": "true",
                "email": "true",
                "first_name": "false",
                "mention_keys": "",
                "push": "mention",
                "push_status": "away"
            },
            "last_password_update": 1_700_000_000_000_i64,
            "locale": "en",
            "timezone": {
                "automaticTimezone": "",
                "manualTimezone": "",
                "useAutomaticTimezone": "true"
            },
            "disable_welcome_email": false
        })
    }

    fn post(id: &str) -> Value {
        json!({
            "id": id,
            "create_at": 1_700_000_000_123_i64,
            "update_at": 1_700_000_000_123_i64,
            "edit_at": 0,
            "delete_at": 0,
            "is_pinned": false,
            "user_id": "8ftxkqs3bprxfrxogpbxrg6zqa",
            "channel_id": "4eb6axxw7fg3je5iyasnfudc5y",
            "root_id": "",
            "original_id": "",
            "message": "hello",
            "type": "",
            "props": {"from_bot": "true"},
            "hashtags": "",
            "pending_post_id": "",
            "reply_count": 0,
            "metadata": {}
        })
    }

    #[test]
    fn ping_passes() {
        spec()
            .check("GET", "/api/v4/system/ping", 200, &json!({"status": "OK"}))
            .unwrap();
    }

    #[test]
    fn user_passes_and_bad_create_at_fails() {
        spec()
            .check("GET", "/api/v4/users/me", 200, &user())
            .unwrap();

        let mut bad = user();
        bad["create_at"] = json!("x");
        let err = spec()
            .check("GET", "/api/v4/users/me", 200, &bad)
            .unwrap_err();
        assert!(err.contains("/create_at"), "{err}");
        assert!(err.contains("expected integer"), "{err}");
    }

    #[test]
    fn every_mismatch_is_reported() {
        let mut bad = user();
        bad["create_at"] = json!(1.5);
        bad["email_verified"] = json!("yes");
        bad["timezone"]["manualTimezone"] = json!(3);
        let err = spec()
            .check("GET", "/api/v4/users/abc", 200, &bad)
            .unwrap_err();
        for pointer in ["/create_at", "/email_verified", "/timezone/manualTimezone"] {
            assert!(err.contains(pointer), "{pointer} missing from: {err}");
        }
    }

    #[test]
    fn channel_and_team_list_pass() {
        let channel = json!({
            "id": "4eb6axxw7fg3je5iyasnfudc5y",
            "create_at": 1_700_000_000_000_i64,
            "update_at": 1_700_000_000_000_i64,
            "delete_at": 0,
            "team_id": "9fiqpt8dujdqfjsyaepxf5cpoe",
            "type": "O",
            "display_name": "Town Square",
            "name": "town-square",
            "header": "",
            "purpose": "",
            "last_post_at": 1_700_000_000_000_i64,
            "total_msg_count": 3,
            "extra_update_at": 0,
            "creator_id": "",
            "scheme_id": null,
            "props": null,
            "group_constrained": null,
            "shared": null,
            "total_msg_count_root": 3,
            "policy_id": null,
            "last_root_post_at": 1_700_000_000_000_i64
        });
        spec()
            .check(
                "GET",
                "/api/v4/channels/4eb6axxw7fg3je5iyasnfudc5y",
                200,
                &channel,
            )
            .unwrap();
        spec()
            .check("POST", "/api/v4/channels", 201, &channel)
            .unwrap();

        let team = json!({
            "id": "9fiqpt8dujdqfjsyaepxf5cpoe",
            "create_at": 1_700_000_000_000_i64,
            "update_at": 1_700_000_000_000_i64,
            "delete_at": 0,
            "display_name": "Core",
            "name": "core",
            "description": "",
            "email": "",
            "type": "O",
            "company_name": "",
            "allowed_domains": "",
            "invite_id": "x4ym4k6gqbdkbc8n5pnhcr9cge",
            "allow_open_invite": true
        });
        spec()
            .check("GET", "/api/v4/users/me/teams?page=0", 200, &json!([team]))
            .unwrap();
        let err = spec()
            .check("GET", "/api/v4/users/me/teams", 200, &team)
            .unwrap_err();
        assert!(err.contains("expected array"), "{err}");
    }

    #[test]
    fn post_list_with_posts_map_passes() {
        let list = json!({
            "order": ["p1", "p2"],
            "posts": {"p1": post("p1"), "p2": post("p2")},
            "next_post_id": "",
            "prev_post_id": "",
            "has_next": false
        });
        spec()
            .check("GET", "/api/v4/channels/c1/posts?per_page=60", 200, &list)
            .unwrap();

        // Entries of the `posts` map are checked through additionalProperties.
        let mut bad = list.clone();
        bad["posts"]["p2"]["message"] = json!(42);
        let err = spec()
            .check("GET", "/api/v4/channels/c1/posts", 200, &bad)
            .unwrap_err();
        assert!(err.contains("/posts/p2/message"), "{err}");
    }

    #[test]
    fn created_status_falls_back_to_other_2xx() {
        // Real Mattermost answers login with 200; the spec only documents 201.
        spec()
            .check("POST", "/api/v4/users/login", 200, &user())
            .unwrap();
        spec()
            .check("POST", "/api/v4/posts", 201, &post("p1"))
            .unwrap();
    }

    #[test]
    fn error_bodies_are_app_errors() {
        let app_error = json!({
            "id": "api.context.session_expired.app_error",
            "message": "Invalid or expired session, please login again.",
            "detailed_error": "",
            "request_id": "dq1kbp3f1p8y3gaxy3djyk9ahy",
            "status_code": 401
        });
        spec()
            .check("GET", "/api/v4/users/me", 401, &app_error)
            .unwrap();
        // 404 is not documented for this operation; other error codes are used.
        spec()
            .check("GET", "/api/v4/system/ping", 404, &app_error)
            .unwrap_or_else(|e| panic!("{e}"));
        let err = spec()
            .check(
                "GET",
                "/api/v4/users/me",
                401,
                &json!({"status_code": "401"}),
            )
            .unwrap_err();
        assert!(err.contains("/status_code"), "{err}");
    }

    #[test]
    fn unknown_operations_are_errors() {
        let err = spec()
            .check("GET", "/api/v4/no/such/thing", 200, &json!({}))
            .unwrap_err();
        assert!(err.starts_with("no operation"), "{err}");
        let err = spec()
            .check("PATCH", "/api/v4/system/ping", 200, &json!({}))
            .unwrap_err();
        assert!(err.starts_with("no operation"), "{err}");
    }

    #[test]
    fn literal_segments_win_over_parameters() {
        // `/users/usernames` must not be taken for `/users/{user_id}`.
        let (template, _) = spec()
            .find_operation("post", "/api/v4/users/usernames")
            .unwrap();
        assert_eq!(template, "/api/v4/users/usernames");
        let (template, _) = spec()
            .find_operation("get", "/api/v4/users/abc123/teams/")
            .unwrap();
        assert_eq!(template, "/api/v4/users/{user_id}/teams");
    }

    #[test]
    fn emoji_list_quirk() {
        let emoji = json!({
            "id": "e1", "creator_id": "u1", "name": "party",
            "create_at": 1, "update_at": 1, "delete_at": 0
        });
        spec()
            .check("GET", "/api/v4/emoji?page=0", 200, &json!([emoji]))
            .unwrap();
        let err = spec()
            .check("GET", "/api/v4/emoji", 200, &json!([{"name": 5}]))
            .unwrap_err();
        assert!(err.contains("/0/name"), "{err}");
        // The quirk is scoped to that operation only.
        assert!(
            spec()
                .check("GET", "/api/v4/emoji/e1", 200, &json!([emoji]))
                .is_err()
        );
    }

    /// A tiny hand-written spec exercising keywords the real one uses rarely.
    fn mini() -> Spec {
        Spec::from_doc(json!({
            "servers": [{"url": "http://localhost/api/v4"}],
            "paths": {
                "/things/{id}": {"get": {"responses": {
                    "200": {"content": {"application/json": {"schema": {
                        "$ref": "#/components/schemas/Thing"
                    }}}},
                    "204": {"description": "no body"},
                    "default": {"$ref": "#/components/responses/Oops"}
                }}}
            },
            "components": {
                "responses": {"Oops": {"content": {"application/json": {"schema": {
                    "required": ["message"],
                    "properties": {"message": {"type": "string"}}
                }}}}},
                "schemas": {
                    "Thing": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {
                            "id": {"type": "string"},
                            "props": {"type": "string"},
                            "limits": {"allOf": [
                                {"nullable": true},
                                {"$ref": "#/components/schemas/Limits"}
                            ]},
                            "note": {"type": "string", "nullable": true},
                            "value": {"oneOf": [{"type": "integer"}, {"type": "boolean"}]}
                        }
                    },
                    "Limits": {"type": "object", "properties": {"max": {"type": "integer"}}}
                }
            }
        }))
    }

    #[test]
    fn keyword_semantics() {
        let spec = mini();
        let ok = |body: Value| spec.check("GET", "/api/v4/things/1", 200, &body);
        ok(json!({"id": "a", "extra": [1, 2]})).unwrap();
        ok(json!({"id": "a", "limits": null, "note": null, "value": true})).unwrap();
        ok(json!({"id": "a", "limits": {"max": 3.0}, "value": 7})).unwrap();
        // Quirk 2: `props` declared as string but sent as an object.
        ok(json!({"id": "a", "props": {"k": "v"}})).unwrap();

        let err = ok(json!({"props": 1, "limits": {"max": "x"}, "value": "s"})).unwrap_err();
        for needle in [
            "missing required property \"id\"",
            "at /props: expected string",
            "at /limits/max: expected integer",
            "at /value: matches none of the 2 oneOf alternatives",
        ] {
            assert!(err.contains(needle), "{needle:?} missing from: {err}");
        }
        assert!(ok(json!({"id": "a", "note": 1})).is_err());
        assert!(ok(json!(null)).is_err());

        // Bodiless response, and `default` via a `#/components/responses` ref.
        spec.check("GET", "/things/1", 204, &Value::Null).unwrap();
        spec.check("GET", "/things/1", 500, &json!({"message": "boom"}))
            .unwrap();
        assert!(spec.check("GET", "/things/1", 500, &json!({})).is_err());
    }
}
