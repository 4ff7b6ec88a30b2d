//! Files attached in the composer: each uploads at once (by button, drag and drop, or
//! paste) with its own progress bar and a cancel, and errors such as "too large" are shown
//! by the file. XMLHttpRequest, not fetch: only it reports upload progress. The uploader
//! itself loads on demand (`start_uploads`).

use leptos::prelude::lazy;
use leptos::prelude::*;
use mm_api::{ChannelId, FileInfo, FileUploadResponse};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{File, FormData, XmlHttpRequest};

use crate::app::Ctx;
use crate::i18n::{tr, tr_args};

/// Where an upload is.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    /// Sending; the fraction done.
    Sending(f64),
    /// On the server.
    Done(Box<FileInfo>),
    /// Refused or failed, with the reason to show.
    Failed(String),
}

/// One file in the composer.
#[derive(Debug, Clone, PartialEq)]
pub struct Upload {
    /// A key of ours.
    pub key: u32,
    /// The file's name.
    pub name: String,
    /// Where it is.
    pub status: Status,
}

/// The uploads of one composer, and their requests (to cancel them).
#[derive(Clone, Copy)]
pub struct Uploads {
    /// What is shown.
    pub list: RwSignal<Vec<Upload>>,
    requests: StoredValue<Vec<(u32, XmlHttpRequest)>, LocalStorage>,
    next: StoredValue<u32>,
}

impl Uploads {
    /// No uploads yet.
    pub fn new() -> Self {
        Self {
            list: RwSignal::new(Vec::new()),
            requests: StoredValue::new_local(Vec::new()),
            next: StoredValue::new(0),
        }
    }

    /// The ids of the finished uploads; `None` while one is still on its way.
    pub fn ready_ids(&self) -> Option<Vec<String>> {
        self.list.with_untracked(|l| {
            if l.iter().any(|u| matches!(u.status, Status::Sending(_))) {
                return None;
            }
            Some(
                l.iter()
                    .filter_map(|u| match &u.status {
                        Status::Done(info) => Some(info.id.clone()),
                        _ => None,
                    })
                    .collect(),
            )
        })
    }

    /// Forgets them all (after sending).
    pub fn clear(&self) {
        self.list.set(Vec::new());
    }

    fn set(&self, key: u32, status: Status) {
        self.list.try_update(|l| {
            if let Some(u) = l.iter_mut().find(|u| u.key == key) {
                u.status = status;
            }
        });
        let sending = self.list.with_untracked(|l| {
            l.iter()
                .any(|u| u.key == key && matches!(u.status, Status::Sending(_)))
        });
        if !sending {
            self.requests.update_value(|r| r.retain(|(k, _)| *k != key));
        }
    }

    /// Cancels an upload, or removes a finished or failed one.
    pub fn remove(&self, key: u32) {
        self.requests.update_value(|r| {
            if let Some((_, xhr)) = r.iter().find(|(k, _)| *k == key) {
                let _ = xhr.abort();
            }
            r.retain(|(k, _)| *k != key);
        });
        self.list.update(|l| l.retain(|u| u.key != key));
    }

    /// Starts uploading files to a channel (the uploader is a chunk of its own, prefetched
    /// after the first paint).
    pub fn add(&self, ctx: Ctx, channel: &ChannelId, files: Vec<File>) {
        leptos::task::spawn_local(start_uploads(*self, ctx, channel.clone(), files));
    }

    fn start(&self, ctx: Ctx, channel: &ChannelId, file: File) {
        let key = self.next.get_value();
        self.next.set_value(key + 1);
        let name = file.name();
        let max: Option<f64> = ctx
            .store
            .with_untracked(|s| s.config.get("MaxFileSize").and_then(|m| m.parse().ok()));
        let mut upload = Upload {
            key,
            name: name.clone(),
            status: Status::Sending(0.0),
        };
        if let Some(max) = max.filter(|m| file.size() > *m) {
            upload.status = Status::Failed(tr_args(
                "upload-too-large",
                &[("name", name.into()), ("max", size(max).into())],
            ));
            self.list.update(|l| l.push(upload));
            return;
        }
        let (Ok(xhr), Ok(form)) = (XmlHttpRequest::new(), FormData::new()) else {
            return;
        };
        let api = ctx.api.get_untracked();
        let ready = xhr
            .open_with_async("POST", &format!("{}/api/v4/files", api.base), true)
            // Our server's cookie sessions need this header on writes (CSRF).
            .and_then(|()| xhr.set_request_header("X-Requested-With", "XMLHttpRequest"))
            .and_then(|()| match &api.token {
                Some(t) => xhr.set_request_header("Authorization", &format!("Bearer {t}")),
                None => Ok(()),
            })
            .and_then(|()| form.append_with_str("channel_id", channel.as_str()))
            .and_then(|()| form.append_with_blob_and_filename("files", &file, &name));
        if ready.is_err() {
            return;
        }
        let this = *self;
        let progress =
            Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(move |e: web_sys::ProgressEvent| {
                if e.length_computable() && e.total() > 0.0 {
                    this.set(key, Status::Sending(e.loaded() / e.total()));
                }
            });
        if let Ok(up) = xhr.upload() {
            up.set_onprogress(Some(progress.as_ref().unchecked_ref()));
        }
        // One progress closure per upload lives as long as the page: a few bytes.
        progress.forget();
        let done_xhr = xhr.clone();
        let done_name = name.clone();
        let on_load = Closure::once_into_js(move || {
            let status = done_xhr.status().unwrap_or(0);
            let text = done_xhr.response_text().ok().flatten().unwrap_or_default();
            let outcome = if status == 201 {
                serde_json::from_str::<FileUploadResponse>(&text)
                    .ok()
                    .and_then(|r| r.file_infos.into_iter().next())
                    .map(|f| Status::Done(Box::new(f)))
            } else {
                None
            };
            let outcome = outcome.unwrap_or_else(|| {
                let message = serde_json::from_str::<mm_api::ApiError>(&text)
                    .map(|e| e.message)
                    .unwrap_or_default();
                Status::Failed(tr_args(
                    "upload-failed",
                    &[("name", done_name.into()), ("message", message.into())],
                ))
            });
            this.set(key, outcome);
        });
        xhr.set_onload(Some(on_load.unchecked_ref()));
        let err_name = name.clone();
        let on_error = Closure::once_into_js(move || {
            this.set(
                key,
                Status::Failed(tr_args(
                    "upload-failed",
                    &[
                        ("name", err_name.into()),
                        ("message", tr("connection-offline").into()),
                    ],
                )),
            );
        });
        xhr.set_onerror(Some(on_error.unchecked_ref()));
        self.list.update(|l| l.push(upload));
        self.requests.update_value(|r| r.push((key, xhr.clone())));
        if xhr.send_with_opt_form_data(Some(&form)).is_err() {
            self.remove(key);
        }
    }
}

/// Uploads files to a channel, each with its own request.
#[lazy]
pub fn start_uploads(uploads: Uploads, ctx: Ctx, channel: ChannelId, files: Vec<File>) {
    for file in files {
        uploads.start(ctx, &channel, file);
    }
}

/// A size in bytes, in the locale's words ("1.5 MB").
pub fn size(bytes: f64) -> String {
    let (value, unit) = if bytes >= 1_048_576.0 {
        (bytes / 1_048_576.0, "megabyte")
    } else if bytes >= 1024.0 {
        (bytes / 1024.0, "kilobyte")
    } else {
        (bytes, "byte")
    };
    crate::intl::number(
        value,
        &[
            ("style", "unit"),
            ("unit", unit),
            ("maximumFractionDigits", "1"),
        ],
    )
}

/// The files a drop or a paste carries.
pub fn files_of(list: Option<web_sys::FileList>) -> Vec<File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The list under the composer.
#[component]
pub fn UploadList(uploads: Uploads) -> impl IntoView {
    move || {
        let list = uploads.list.get();
        (!list.is_empty()).then(|| view! {
            <ul class="uploads" data-testid="uploads">
                {list.into_iter().map(|u| {
                    let key = u.key;
                    let name = u.name.clone();
                    let (state, label) = match &u.status {
                        Status::Sending(f) => (
                            view! { <progress max="1" value=f.to_string() aria-label=tr_args("upload-sending", &[("name", name.clone().into())])></progress> }.into_any(),
                            tr_args("upload-cancel", &[("name", name.clone().into())]),
                        ),
                        Status::Done(info) => (
                            view! { <span class="detail">{size(info.size as f64)}</span> }.into_any(),
                            tr_args("upload-remove", &[("name", name.clone().into())]),
                        ),
                        Status::Failed(why) => (
                            view! { <span class="error" role="alert">{why.clone()}</span> }.into_any(),
                            tr_args("upload-remove", &[("name", name.clone().into())]),
                        ),
                    };
                    view! {
                        <li class="upload" data-testid="upload">
                            <bdi class="name">{name}</bdi>
                            {state}
                            <button type="button" class="icon" aria-label=label.clone() title=label
                                on:click=move |_| uploads.remove(key)>"✕"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        })
    }
}
