//! Bad input of each kind gets a clear 4xx with Mattermost's error body, never a 5xx.

use reqwest::StatusCode;
use serde_json::json;

use crate::common::{Client, Server, check_error_body};

#[tokio::test]
async fn bad_input_gets_clear_errors() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let ch = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let unknown = "q".repeat(26);
    let token = ann.token.clone().unwrap();
    let raw = |method: reqwest::Method, path: &str, body: &'static str| {
        ann.http
            .request(method, format!("{}{path}", ann.base))
            .bearer_auth(&token)
            .header("content-type", "application/json")
            .body(body)
    };

    // Malformed JSON, wrong shapes, wrong types.
    for (path, body) in [
        ("/posts", "{not json"),
        ("/posts", "[1,2,3]"),
        ("/posts", r#"{"channel_id": 5}"#),
        ("/users/ids", r#"{"a": 1}"#),
        ("/channels", ""),
    ] {
        let res = raw(reqwest::Method::POST, path, body).send().await.unwrap();
        let status = res.status();
        let v: serde_json::Value = res.json().await.unwrap();
        assert_eq!(status, StatusCode::BAD_REQUEST, "{path} {body}: {v}");
        check_error_body(status, &v);
    }

    // Oversize body: 413.
    let huge = "x".repeat(2 << 20);
    let res = ann
        .http
        .post(format!("{}/posts", ann.base))
        .bearer_auth(&token)
        .body(format!(r#"{{"channel_id":"{ch}","message":"{huge}"}}"#))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::PAYLOAD_TOO_LARGE);
    check_error_body(res.status(), &res.json().await.unwrap());

    let cases: Vec<(reqwest::Method, String, Option<serde_json::Value>, u16)> = vec![
        // Unknown ids: 404.
        (
            reqwest::Method::GET,
            format!("/channels/{unknown}"),
            None,
            404,
        ),
        (reqwest::Method::GET, format!("/posts/{unknown}"), None, 404),
        (
            reqwest::Method::GET,
            format!("/posts/{unknown}/thread"),
            None,
            404,
        ),
        (reqwest::Method::GET, format!("/users/{unknown}"), None, 404),
        (reqwest::Method::GET, format!("/teams/{unknown}"), None, 404),
        (
            reqwest::Method::POST,
            "/posts".into(),
            Some(json!({"channel_id": unknown, "message": "x"})),
            404,
        ),
        (
            reqwest::Method::DELETE,
            format!("/posts/{unknown}"),
            None,
            404,
        ),
        // Malformed ids: 400.
        (
            reqwest::Method::GET,
            "/channels/not-an-id".into(),
            None,
            400,
        ),
        (reqwest::Method::GET, "/users/NOPE".into(), None, 400),
        (
            reqwest::Method::GET,
            format!("/channels/{ch}/posts?before=xyz"),
            None,
            400,
        ),
        (
            reqwest::Method::GET,
            format!("/channels/{ch}/posts?page=-1"),
            None,
            400,
        ),
        (
            reqwest::Method::GET,
            format!("/channels/{ch}/posts?since=yesterday"),
            None,
            400,
        ),
        (
            reqwest::Method::POST,
            "/posts".into(),
            Some(json!({"channel_id": ch, "root_id": "bad", "message": "x"})),
            400,
        ),
        // Semantic errors: 400.
        (
            reqwest::Method::POST,
            "/posts".into(),
            Some(json!({"channel_id": ch, "message": "y".repeat(16_384)})),
            400,
        ),
        (
            reqwest::Method::POST,
            "/posts".into(),
            Some(json!({"channel_id": ch, "message": "  "})),
            400,
        ),
        (
            reqwest::Method::POST,
            "/posts".into(),
            Some(json!({"channel_id": ch, "root_id": unknown, "message": "x"})),
            400,
        ),
        (
            reqwest::Method::POST,
            "/channels".into(),
            Some(
                json!({"team_id": team["id"], "name": "Bad Name!", "display_name": "x", "type": "O"}),
            ),
            400,
        ),
        (
            reqwest::Method::POST,
            "/channels".into(),
            Some(
                json!({"team_id": team["id"], "name": "ok-name", "display_name": "x", "type": "Z"}),
            ),
            400,
        ),
        (
            reqwest::Method::POST,
            "/channels/direct".into(),
            Some(json!([ann.id()])),
            400,
        ),
        (
            reqwest::Method::PUT,
            "/users/me/preferences".into(),
            Some(json!([])),
            400,
        ),
        (
            reqwest::Method::PUT,
            "/users/me/status".into(),
            Some(json!({"status": "sleeping"})),
            400,
        ),
        // Unknown routes and methods.
        (reqwest::Method::GET, "/no/such/route".into(), None, 404),
        (reqwest::Method::PATCH, "/posts".into(), None, 405),
    ];
    for (method, path, body, want) in cases {
        let (status, v) = ann.request(method.clone(), &path, body).await;
        assert_eq!(status.as_u16(), want, "{method} {path}: {v}");
    }
    // The 16,383-character limit counts characters, not bytes.
    let (s, _) = ann
        .post(
            "/posts",
            json!({"channel_id": ch, "message": "é".repeat(16_383)}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
}

#[tokio::test]
async fn signup_and_login_errors() {
    let server = Server::start().await;
    let anon = Client::anonymous(&server);
    let ann = server.admin().await;
    let iid = ann.team().await["invite_id"].as_str().unwrap().to_owned();
    for (body, want) in [
        (
            json!({"email": "x@example.org", "username": "ab", "password": "longenough"}),
            400,
        ),
        (
            json!({"email": "x@example.org", "username": "all", "password": "longenough"}),
            400,
        ),
        (
            json!({"email": "not-an-email", "username": "xavier", "password": "longenough"}),
            400,
        ),
        (
            json!({"email": "x@example.org", "username": "xavier", "password": "short"}),
            400,
        ),
        (
            json!({"email": "ann@example.org", "username": "xavier", "password": "longenough"}),
            400,
        ),
        (
            json!({"email": "x@example.org", "username": "ann", "password": "longenough"}),
            400,
        ),
    ] {
        let (s, v) = anon.post(&format!("/users?iid={iid}"), body).await;
        assert_eq!(s.as_u16(), want, "{v}");
    }
    // Without an invite, sign-up is closed; a bad invite is refused.
    let good = json!({"email": "x@example.org", "username": "xavier", "password": "longenough"});
    assert_eq!(
        anon.post("/users", good.clone()).await.0,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        anon.post("/users?iid=nope", good.clone()).await.0,
        StatusCode::BAD_REQUEST
    );
    let info = anon.ok(&format!("/teams/invite/{iid}")).await;
    assert_eq!(info["name"], "main");
    assert_eq!(
        anon.post(&format!("/users?iid={iid}"), good).await.0,
        StatusCode::CREATED
    );

    // Wrong password: 401; then the rate limit: 429 with Retry-After.
    let wrong = json!({"login_id": "ann", "password": "wrong-password"});
    for _ in 0..5 {
        let (s, v) = anon.post("/users/login", wrong.clone()).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
        assert_eq!(v["id"], "api.user.login.invalid_credentials_email_username");
    }
    let res = anon
        .http
        .post(format!("{}/users/login", anon.base))
        .json(&wrong)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    // Unknown accounts get the same answer as wrong passwords.
    let (s, v) = anon
        .post(
            "/users/login",
            json!({"login_id": "ghost", "password": "whatever1"}),
        )
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
    assert_eq!(v["id"], "api.user.login.invalid_credentials_email_username");
    // Tokens in the query string are refused.
    let (s, _) = anon
        .get(&format!(
            "/users/me?access_token={}",
            ann.token.as_ref().unwrap()
        ))
        .await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn cookie_sessions_need_the_csrf_header() {
    let server = Server::start().await;
    let _ann = server.admin().await;
    let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
    let http = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .build()
        .unwrap();
    let res = http
        .post(server.api("/users/login"))
        .header("X-Requested-With", "XMLHttpRequest")
        .json(&json!({"login_id": "ann@example.org", "password": "correct-horse"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let cookies: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(
        cookies
            .iter()
            .any(|c| c.starts_with("MMAUTHTOKEN=") && c.contains("HttpOnly"))
    );
    assert!(cookies.iter().any(|c| c.starts_with("MMUSERID=")));
    let csrf = cookies.iter().find(|c| c.starts_with("MMCSRF=")).unwrap();
    let csrf = csrf
        .trim_start_matches("MMCSRF=")
        .split(';')
        .next()
        .unwrap()
        .to_owned();

    // Reads with the cookie work; writes need X-CSRF-Token or X-Requested-With.
    assert_eq!(
        http.get(server.api("/users/me"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let patch = json!({"nickname": "A"});
    let res = http
        .put(server.api("/users/me/patch"))
        .json(&patch)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = http
        .put(server.api("/users/me/patch"))
        .header("X-CSRF-Token", &csrf)
        .json(&patch)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = http
        .put(server.api("/users/me/patch"))
        .header("X-CSRF-Token", "forged")
        .json(&patch)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    // Logout clears the cookie and revokes the session.
    let res = http
        .post(server.api("/users/logout"))
        .header("X-CSRF-Token", &csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(
        http.get(server.api("/users/me"))
            .send()
            .await
            .unwrap()
            .status(),
        StatusCode::UNAUTHORIZED
    );
}
