//! Workflows: what the app does when someone acts (send, retry, edit or delete a post…),
//! over a [`Server`] that tests fake and a [`State`] holding the store. Components only
//! render and call these; a failure the reader should know about becomes the store's
//! `alert`, which the chat shows.

pub mod posts;

use mm_api::{ApiError, CreatePost, Post, PostId, PostPatch};

use crate::state::Store;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum ClientError {
    /// The server could not be reached.
    Network(String),
    /// The server answered with an error body.
    Api(ApiError),
    /// The answer was not what the API promises.
    Decode(String),
}

impl ClientError {
    /// A message for people.
    pub fn message(&self) -> String {
        match self {
            Self::Api(e) => e.message.clone(),
            Self::Network(m) | Self::Decode(m) => m.clone(),
        }
    }
}

/// Result of API calls.
pub type ApiResult<T> = Result<T, ClientError>;

/// The API calls workflows make, typed with mm-api's requests and answers. `api::Api` is the
/// real one, over `fetch`; tests have a fake.
// The app is single-threaded (wasm): its futures are never sent to another thread.
#[allow(async_fn_in_trait)]
pub trait Server {
    /// `POST /posts`.
    async fn create_post(&self, post: &CreatePost) -> ApiResult<Post>;
    /// `PUT /posts/{id}/patch`.
    async fn patch_post(&self, id: &PostId, patch: &PostPatch) -> ApiResult<Post>;
    /// `DELETE /posts/{id}`.
    async fn delete_post(&self, id: &PostId) -> ApiResult<()>;
}

impl<T: Server> Server for &T {
    async fn create_post(&self, post: &CreatePost) -> ApiResult<Post> {
        (**self).create_post(post).await
    }
    async fn patch_post(&self, id: &PostId, patch: &PostPatch) -> ApiResult<Post> {
        (**self).patch_post(id, patch).await
    }
    async fn delete_post(&self, id: &PostId) -> ApiResult<()> {
        (**self).delete_post(id).await
    }
}

/// The client state workflows read and change: a signal in the app, a cell in tests.
pub trait State {
    /// Reads the store.
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R;
    /// Changes the store.
    fn change(&self, f: impl FnOnce(&mut Store));
}

impl State for std::cell::RefCell<Store> {
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        f(&self.borrow())
    }
    fn change(&self, f: impl FnOnce(&mut Store)) {
        f(&mut self.borrow_mut());
    }
}

impl<T: State> State for &T {
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        (**self).read(f)
    }
    fn change(&self, f: impl FnOnce(&mut Store)) {
        (**self).change(f);
    }
}

#[cfg(target_arch = "wasm32")]
impl State for leptos::prelude::RwSignal<Store> {
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        leptos::prelude::WithUntracked::with_untracked(self, f)
    }
    fn change(&self, f: impl FnOnce(&mut Store)) {
        leptos::prelude::Update::update(self, f);
    }
}

/// Shows a failure to the reader.
fn alert(state: &impl State, e: &ClientError) {
    let message = e.message();
    state.change(|s| s.alert = Some(message));
}

#[cfg(test)]
pub(crate) mod fake {
    //! A scripted server for the workflows' tests.

    use std::cell::RefCell;
    use std::future::Future;
    use std::pin::pin;
    use std::task::{Context, Poll, Waker};

    use mm_api::{ApiError, CreatePost, Post, PostId, PostPatch};

    use super::{ApiResult, ClientError};

    /// Answers calls from a script, and records them.
    #[derive(Default)]
    pub struct FakeServer {
        /// The calls made, as `METHOD path`.
        pub calls: RefCell<Vec<String>>,
        /// The next answers, in order: a post, or an error status and message.
        pub answers: RefCell<Vec<Result<Post, (u16, &'static str)>>>,
    }

    impl FakeServer {
        fn answer(&self, call: String) -> ApiResult<Post> {
            self.calls.borrow_mut().push(call);
            let next = self.answers.borrow_mut().remove(0);
            next.map_err(|(status_code, message)| {
                ClientError::Api(ApiError {
                    status_code,
                    message: message.into(),
                    ..ApiError::default()
                })
            })
        }
    }

    impl super::Server for FakeServer {
        async fn create_post(&self, post: &CreatePost) -> ApiResult<Post> {
            self.answer(format!("POST /posts {}", post.pending_post_id))
        }
        async fn patch_post(&self, id: &PostId, patch: &PostPatch) -> ApiResult<Post> {
            let message = patch.message.clone().unwrap_or_default();
            self.answer(format!("PUT /posts/{id}/patch {message}"))
        }
        async fn delete_post(&self, id: &PostId) -> ApiResult<()> {
            self.answer(format!("DELETE /posts/{id}")).map(|_| ())
        }
    }

    /// Runs a workflow whose calls answer at once.
    pub fn run<F: Future>(f: F) -> F::Output {
        match pin!(f).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(out) => out,
            Poll::Pending => panic!("the fake server answers at once"),
        }
    }
}
