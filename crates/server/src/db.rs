//! SQLite storage: one writer thread with group commit, and a pool of readers.
//!
//! Durability: WAL mode with `synchronous = FULL`, so a write is on disk, fsynced, before
//! the request that made it is answered; it survives `kill -9` and power loss. The fsync
//! cost is shared: the writer runs every queued write in one transaction (each in its own
//! savepoint, so one failure does not undo the others) and commits once.

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;
use rusqlite::functions::FunctionFlags;
use tokio::sync::{Semaphore, oneshot};

use crate::error::{AppError, Result};

mod migrations;

type Deliver = Box<dyn FnOnce(bool) + Send>;
type Job = Box<dyn FnOnce(&Connection) -> Deliver + Send>;

/// Writes queued at most in one transaction.
const MAX_BATCH: usize = 512;
const READERS: usize = 4;

/// The database handle: cheap to clone.
#[derive(Clone)]
pub struct Db {
    writer: std::sync::mpsc::Sender<Job>,
    readers: Arc<Readers>,
}

struct Readers {
    free: Mutex<Vec<Connection>>,
    permits: Semaphore,
}

/// Page cache of the writer and of each reader, KiB. Each fills as the database grows, so
/// their sum is the memory the database may take: 32 MiB in all. Readers find the pages
/// they miss in the OS's file cache.
const WRITER_CACHE_KIB: i64 = 16 << 10;
const READER_CACHE_KIB: i64 = 4 << 10;

fn open(path: &Path, cache_kib: i64) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA temp_store = MEMORY;",
    )?;
    conn.pragma_update(None, "cache_size", -cache_kib)?;
    // The search index's text (migration 3's triggers call it on every write).
    conn.create_scalar_function(
        "causerie_fts",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(crate::search::index_text(&ctx.get::<String>(0)?)),
    )?;
    // E-mail addresses compare with Unicode case folding (migration 6), not SQLite's ASCII.
    conn.create_scalar_function(
        "causerie_fold",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| Ok(crate::util::fold_email(&ctx.get::<String>(0)?)),
    )?;
    Ok(conn)
}

impl Db {
    /// Opens (or creates) the database and runs the migrations.
    pub fn open(path: &Path) -> Result<Self, String> {
        let mut conn = open(path, WRITER_CACHE_KIB)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        migrations::run(&mut conn).map_err(|e| format!("migration failed: {e}"))?;
        let mut free = Vec::with_capacity(READERS);
        for _ in 0..READERS {
            free.push(open(path, READER_CACHE_KIB).map_err(|e| e.to_string())?);
        }
        let (writer, jobs) = std::sync::mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("sqlite-writer".into())
            .spawn(move || write_loop(conn, jobs))
            .map_err(|e| e.to_string())?;
        Ok(Self {
            writer,
            readers: Arc::new(Readers {
                free: Mutex::new(free),
                permits: Semaphore::new(READERS),
            }),
        })
    }

    /// Runs `f` in the write transaction. The result is returned after the commit.
    pub async fn write<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move |conn| {
            let result = match conn.execute_batch("SAVEPOINT job") {
                Ok(()) => {
                    let r = f(conn);
                    let end = if r.is_ok() {
                        "RELEASE job"
                    } else {
                        "ROLLBACK TO job; RELEASE job"
                    };
                    conn.execute_batch(end).map_err(AppError::from).and(r)
                }
                Err(e) => Err(e.into()),
            };
            Box::new(move |committed| {
                let _ = tx.send(if committed {
                    result
                } else {
                    Err(AppError::internal("commit failed"))
                });
            })
        });
        self.writer
            .send(job)
            .map_err(|_| AppError::internal("writer stopped"))?;
        rx.await
            .map_err(|_| AppError::internal("writer dropped a job"))?
    }

    /// Runs `f` on a reader connection, off the async threads.
    pub async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T> + Send + 'static,
    {
        let readers = self.readers.clone();
        let _permit = readers
            .permits
            .acquire()
            .await
            .map_err(AppError::internal)?;
        let readers2 = readers.clone();
        tokio::task::spawn_blocking(move || {
            let conn = readers2
                .free
                .lock()
                .map_err(|_| AppError::internal("reader pool poisoned"))?
                .pop()
                .ok_or_else(|| AppError::internal("no reader"))?;
            let r = f(&conn);
            if let Ok(mut free) = readers2.free.lock() {
                free.push(conn);
            }
            r
        })
        .await
        .map_err(AppError::internal)?
    }
}

fn write_loop(conn: Connection, jobs: std::sync::mpsc::Receiver<Job>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        if let Err(e) = conn.execute_batch("BEGIN IMMEDIATE") {
            // Dropping the jobs answers each waiting request with an internal error.
            tracing::error!("begin failed: {e}");
            drop(batch);
            continue;
        }
        let delivers: Vec<Deliver> = batch.into_iter().map(|job| job(&conn)).collect();
        let committed = match conn.execute_batch("COMMIT") {
            Ok(()) => true,
            Err(e) => {
                tracing::error!("commit failed: {e}");
                let _ = conn.execute_batch("ROLLBACK");
                false
            }
        };
        for deliver in delivers {
            deliver(committed);
        }
    }
}

pub mod channels;
pub mod emoji;
pub mod files;
pub mod integrations;
pub mod posts;
pub mod reactions;
pub mod search;
pub mod teams;
pub mod trust;
pub mod users;

/// Parses a JSON column, falling back to the default on a bad value.
pub(crate) fn json_col<T: serde::de::DeserializeOwned + Default>(s: String) -> T {
    serde_json::from_str(&s).unwrap_or_default()
}

/// `?, ?, ?` for an `IN (…)` list of `n` values.
pub(crate) fn placeholders(n: usize) -> String {
    let mut s = "?,".repeat(n);
    s.pop();
    s
}
