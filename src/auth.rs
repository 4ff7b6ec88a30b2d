//! Log-in and sign-up pages.

mod login;
mod signup;

pub use login::Login;
pub use signup::Signup;
