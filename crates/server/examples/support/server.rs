//! The release server on a free port with a fresh data dir, for the benchmarks.

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
    let child = std::process::Command::new(bin)
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
