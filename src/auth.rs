//! Log-in and sign-up pages.

pub mod gate;
mod login;
mod signup;

pub use login::Login;
pub use signup::Signup;
