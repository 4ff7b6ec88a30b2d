//! Restarts keep the data; an acknowledged post survives `kill -9`.

use causerie_server::Config;
use serde_json::json;

use crate::common::Server;
use crate::process::Process;

#[tokio::test]
async fn restart_keeps_data() {
    let server = Server::start().await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let ch = ann
        .channel(team["id"].as_str().unwrap(), "town-square")
        .await;
    let post = ann.post_message(&ch, "still here?").await;
    let token = ann.token.clone();
    let dir = server.stop().await;

    let server = Server::start_with(dir, Config::default()).await;
    let mut ann = crate::common::Client::anonymous(&server);
    ann.token = token;
    let got = ann
        .ok(&format!("/posts/{}", post["id"].as_str().unwrap()))
        .await;
    assert_eq!(
        got["message"], "still here?",
        "the session and the post survived"
    );
    let teams = ann.ok("/users/me/teams").await;
    assert_eq!(teams.as_array().unwrap().len(), 1, "no second default team");
}

#[tokio::test]
async fn acknowledged_post_survives_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let server = Process::start(dir.path(), 0).await;
    let port = server.port();
    let base = server.api();
    let http = reqwest::Client::new();
    let signup =
        json!({"email": "ann@example.org", "username": "ann", "password": "correct-horse"});
    http.post(format!("{base}/users"))
        .json(&signup)
        .send()
        .await
        .unwrap();
    let res = http
        .post(format!("{base}/users/login"))
        .json(&json!({"login_id": "ann", "password": "correct-horse"}))
        .send()
        .await
        .unwrap();
    let token = res.headers()["token"].to_str().unwrap().to_owned();
    let teams: serde_json::Value = http
        .get(format!("{base}/users/me/teams"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let team = teams[0]["id"].as_str().unwrap();
    let ch: serde_json::Value = http
        .get(format!("{base}/teams/{team}/channels/name/town-square"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut ids = Vec::new();
    for i in 0..20 {
        let res = http
            .post(format!("{base}/posts"))
            .bearer_auth(&token)
            .json(&json!({"channel_id": ch["id"], "message": format!("durable {i}")}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let p: serde_json::Value = res.json().await.unwrap();
        ids.push(p["id"].as_str().unwrap().to_owned());
    }
    server.kill_9();

    let server = Process::start(dir.path(), port).await;
    for id in &ids {
        let res = http
            .get(format!("{}/posts/{id}", server.api()))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200, "post {id} lost");
    }
}

#[tokio::test]
async fn locales_can_be_served_from_the_source_tree() {
    let locales = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(locales.path().join("de")).unwrap();
    std::fs::write(
        locales.path().join("de/main.ftl"),
        "login-submit = Anmelden\n",
    )
    .unwrap();
    let config = Config {
        locales_dir: Some(locales.path().to_owned()),
        ..Config::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let res = reqwest::get(format!("{}/locales/de/main.ftl", server.url))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["cache-control"], "no-cache");
    assert_eq!(res.text().await.unwrap(), "login-submit = Anmelden\n");
    // An edit shows at once.
    std::fs::write(
        locales.path().join("de/main.ftl"),
        "login-submit = Einloggen\n",
    )
    .unwrap();
    let again = reqwest::get(format!("{}/locales/de/main.ftl", server.url))
        .await
        .unwrap();
    assert_eq!(again.text().await.unwrap(), "login-submit = Einloggen\n");
    let missing = reqwest::get(format!("{}/locales/../causerie.db", server.url))
        .await
        .unwrap();
    assert_ne!(missing.status(), 200);
}
