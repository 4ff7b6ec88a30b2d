//! A post's files: images as previews that open a full-size viewer (Esc closes, the arrow
//! keys move through the post's images), other files as cards with name, size and download.

use leptos::prelude::*;
use mm_api::{FileInfo, PostId};

use super::attachments::size;
use crate::app::{Ctx, use_ctx};
use crate::i18n::{tr, tr_args};

fn file_url(ctx: Ctx, id: &str, suffix: &str) -> String {
    format!(
        "{}/api/v4/files/{id}{suffix}",
        ctx.api.with_untracked(|a| a.base.clone())
    )
}

/// The files of one post.
#[component]
pub fn PostFiles(post: PostId) -> impl IntoView {
    let ctx = use_ctx();
    let watch = ctx.store.follow_post(&post);
    let files = Memo::new(move |_| {
        ctx.store.post(watch, |s| {
            s.posts
                .get(&post)
                .filter(|p| p.delete_at == 0)
                .map(|p| p.metadata.files.clone())
                .unwrap_or_default()
        })
    });
    let open = RwSignal::new(None::<usize>);
    let images = Memo::new(move |_| {
        files.with(|f| {
            f.iter()
                .filter(|f| f.has_preview_image)
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let item = move |f: FileInfo| {
        let name = f.name.clone();
        if f.has_preview_image {
            let index = images.with_untracked(|i| i.iter().position(|x| x.id == f.id).unwrap_or(0));
            let label = tr_args("file-open", &[("name", name.clone().into())]);
            view! {
                <button type="button" class="image-file" data-testid="image-file"
                    aria-label=label
                    on:click=move |_| open.set(Some(index))>
                    <img src=file_url(ctx, &f.id, "/preview") alt=name loading="lazy"
                        width=f.width.to_string() height=f.height.to_string()/>
                </button>
            }
            .into_any()
        } else {
            view! {
                <div class="file-card" data-testid="file-card">
                    <span class="file-icon" aria-hidden="true">"📄"</span>
                    <span class="file-text">
                        <bdi class="name">{name.clone()}</bdi>
                        <span class="detail">{size(f.size as f64)}</span>
                    </span>
                    <a class="button" href=file_url(ctx, &f.id, "?download=1") download=name.clone()
                        aria-label=tr_args("file-download", &[("name", name.clone().into())])
                        title=tr_args("file-download", &[("name", name.into())])>"⬇"</a>
                </div>
            }
            .into_any()
        }
    };
    view! {
        {move || {
            let list = files.get();
            (!list.is_empty()).then(|| view! {
                <div class="files" data-testid="files">{list.into_iter().map(item).collect_view()}</div>
            })
        }}
        {move || open.get().is_some().then(|| Suspend::new(viewer_view(images, open)))}
    }
}

/// The full-size viewer.
/// The image viewer, from its own lazily loaded chunk.
#[lazy]
pub(super) fn viewer_view(images: Memo<Vec<FileInfo>>, open: RwSignal<Option<usize>>) -> AnyView {
    view! { <Viewer images open/> }.into_any()
}

#[component]
fn Viewer(images: Memo<Vec<FileInfo>>, open: RwSignal<Option<usize>>) -> impl IntoView {
    let ctx = use_ctx();
    let count = move || images.with(Vec::len);
    let step = move |by: isize| {
        let n = count() as isize;
        if n > 0 {
            open.update(|o| *o = o.map(|i| (i as isize + by).rem_euclid(n) as usize));
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |e| match e.key().as_str() {
        "Escape" => {
            // Only the viewer closes, not the thread behind it.
            e.stop_immediate_propagation();
            open.set(None);
        }
        "ArrowRight" => step(1),
        "ArrowLeft" => step(-1),
        _ => {}
    });
    on_cleanup(move || keys.remove());
    let current = move || {
        let i = open.get().unwrap_or(0);
        images.with(|list| list.get(i).cloned())
    };
    view! {
        <div class="viewer" role="dialog" aria-modal="true" data-testid="viewer"
            aria-label=move || current().map(|f| f.name).unwrap_or_default()
            on:click=move |_| open.set(None)>
            {move || current().map(|f| view! {
                <img src=file_url(ctx, &f.id, "") alt=f.name.clone() on:click=|e| e.stop_propagation()/>
            })}
            <div class="viewer-bar" on:click=|e| e.stop_propagation()>
                {(count() > 1).then(|| view! {
                    <button type="button" on:click=move |_| step(-1) aria-label=tr("viewer-previous") title=tr("viewer-previous")>"‹"</button>
                    <span data-testid="viewer-position">{move || tr_args("viewer-position", &[
                        ("index", (open.get().unwrap_or(0) + 1).into()),
                        ("count", count().into()),
                    ])}</span>
                    <button type="button" on:click=move |_| step(1) aria-label=tr("viewer-next") title=tr("viewer-next")>"›"</button>
                })}
                <button type="button" autofocus on:click=move |_| open.set(None) data-testid="viewer-close">{tr("close")}</button>
            </div>
        </div>
    }
}
