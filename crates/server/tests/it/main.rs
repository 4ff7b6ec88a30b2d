//! Integration tests: the real server on port 0 with a temporary data dir, over HTTP and
//! WebSocket, with several users.
#![allow(clippy::unwrap_used)]

mod authz;
mod bad_input;
mod bridges;
mod chat;
mod common;
mod hardening;
mod integrations;
mod media;
mod notify;
mod openapi;
mod pagination;
mod process;
mod reliability;
mod search;
mod storage;
mod trust;
mod websocket;
