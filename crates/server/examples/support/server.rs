//! The release server on a free port with a fresh data dir, and the API calls every
//! benchmark starts with.

/// A running `causerie-server`, killed when dropped.
pub struct Server {
    pub child: std::process::Child,
    /// `http://127.0.0.1:<port>/api/v4`
    pub base: String,
    /// `ws://127.0.0.1:<port>/api/v4/websocket`
    pub ws: String,
    _dir: Option<tempfile::TempDir>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `target/release/causerie-server` (or `CAUSERIE_SERVER_BIN`) with a fresh data dir.
pub fn start_server() -> Server {
    let dir = tempfile::tempdir().unwrap();
    let mut server = start_server_in(dir.path());
    server._dir = Some(dir);
    server
}

/// The same with the data in `dir`, which outlives the server.
pub fn start_server_in(dir: &std::path::Path) -> Server {
    let bin = std::env::var("CAUSERIE_SERVER_BIN").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../target/release/causerie-server"
        )
        .into()
    });
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    // Benchmarks sign up many users from one address and post far faster than a person.
    // `BENCH_CONFIG=none` for an older build that does not know these keys.
    let mut config_args: Vec<std::ffi::OsString> = Vec::new();
    if !std::env::var("BENCH_CONFIG").is_ok_and(|v| v == "none") {
        let config = dir.join("bench.toml");
        std::fs::write(
            &config,
            "max_posts_per_minute = 0\nmax_login_attempts_per_address = 1000000\n",
        )
        .unwrap();
        config_args = vec!["--config".into(), config.into()];
    }
    let child = std::process::Command::new(bin)
        .args(config_args)
        .args([
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--web-dir",
            "/nonexistent",
            "--data-dir",
        ])
        .arg(dir)
        .env("RUST_LOG", "warn")
        .spawn()
        .expect("build the server first: cargo build --release -p causerie-server");
    Server {
        child,
        base: format!("http://127.0.0.1:{port}/api/v4"),
        ws: format!("ws://127.0.0.1:{port}/api/v4/websocket"),
        _dir: None,
    }
}

impl Server {
    /// Waits until the server answers.
    pub async fn ready(&self, http: &reqwest::Client) {
        for _ in 0..400 {
            let ping = http.get(format!("{}/system/ping", self.base)).send().await;
            if ping.is_ok() {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("the server did not start");
    }

    /// Signs `name` up (with the team's invite id after the first account) and logs in:
    /// the token and the user id. Every benchmark account's password is `bench-password`.
    pub async fn signup(
        &self,
        http: &reqwest::Client,
        name: &str,
        iid: Option<&str>,
    ) -> (String, String) {
        let q = iid.map(|i| format!("?iid={i}")).unwrap_or_default();
        let body = serde_json::json!({"username": name, "email": format!("{name}@example.org"), "password": "bench-password"});
        let r = http
            .post(format!("{}/users{q}", self.base))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201, "signup {name}");
        self.login(http, name).await
    }

    /// Logs in: the token and the user id.
    pub async fn login(&self, http: &reqwest::Client, name: &str) -> (String, String) {
        let r = http
            .post(format!("{}/users/login", self.base))
            .json(&serde_json::json!({"login_id": name, "password": "bench-password"}))
            .send()
            .await
            .unwrap();
        let token = r.headers()["token"].to_str().unwrap().to_owned();
        let user: serde_json::Value = r.json().await.unwrap();
        (token, user["id"].as_str().unwrap().to_owned())
    }

    /// `GET /api/v4{path}` as the token's user, as JSON.
    pub async fn get(&self, http: &reqwest::Client, token: &str, path: &str) -> serde_json::Value {
        http.get(format!("{}{path}", self.base))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// The caller's first team: `(id, invite_id)`.
    pub async fn first_team(&self, http: &reqwest::Client, token: &str) -> (String, String) {
        let teams = self.get(http, token, "/users/me/teams").await;
        let field = |k: &str| teams[0][k].as_str().unwrap().to_owned();
        (field("id"), field("invite_id"))
    }

    /// The id of a team's town square.
    pub async fn town_square(&self, http: &reqwest::Client, token: &str, team: &str) -> String {
        let path = format!("/teams/{team}/channels/name/town-square");
        self.get(http, token, &path).await["id"]
            .as_str()
            .unwrap()
            .to_owned()
    }
}
