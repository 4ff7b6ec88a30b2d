//! The Causerie web app (Leptos, client-side rendered).

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(causerie::App);
}

// The app only runs in a browser; natively this crate is built for its state tests.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
