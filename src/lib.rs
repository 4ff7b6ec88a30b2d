//! The Causerie web app. Client state lives in plain Rust (tested natively); components
//! read it and call its methods.

pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
pub use app::App;
