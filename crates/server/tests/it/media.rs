//! Reactions, files, custom emoji, profile pictures and the image proxy.

use reqwest::StatusCode;
use serde_json::json;

use crate::common::{Client, Server};

/// A server with ann (the admin) and bob in its team.
struct Team {
    server: Server,
    ann: Client,
    bob: Client,
    invite: String,
    id: String,
    town: String,
}

async fn ann_and_bob(config: causerie_server::Config) -> Team {
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let team = ann.team().await;
    let invite = team["invite_id"].as_str().unwrap().to_owned();
    let bob = server.signup("bob", Some(&invite)).await;
    let id = team["id"].as_str().unwrap().to_owned();
    let town = ann.channel(&id, "town-square").await;
    Team {
        server,
        ann,
        bob,
        invite,
        id,
        town,
    }
}

#[tokio::test]
async fn reactions_are_added_listed_removed_and_announced() {
    let Team {
        server: _server,
        ann,
        bob,
        id: team_id,
        town,
        ..
    } = ann_and_bob(Default::default()).await;
    let team_id = team_id.as_str();
    let post = ann.post_message(&town, "react to me").await;
    let post_id = post["id"].as_str().unwrap();
    let mut ann_ws = ann.connect().await;

    let react =
        |name: &str, user: String| json!({"user_id": user, "post_id": post_id, "emoji_name": name});
    let (s, r) = bob.post("/reactions", react("+1", bob.id())).await;
    assert_eq!(s, StatusCode::OK, "{r}");
    assert_eq!(r["emoji_name"], "+1");
    let e = ann_ws.expect("reaction_added").await;
    let got: serde_json::Value =
        serde_json::from_str(e.data["reaction"].as_str().unwrap()).unwrap();
    assert_eq!(got["user_id"], bob.id());
    assert_eq!(e.broadcast.channel_id.as_str(), town);
    // The same reaction twice is one reaction.
    let (s, _) = bob.post("/reactions", react("+1", bob.id())).await;
    assert_eq!(s, StatusCode::OK);
    ann.post("/reactions", react("tada", ann.id())).await;

    let p = ann.ok(&format!("/posts/{post_id}")).await;
    assert_eq!(p["has_reactions"], true);
    let names: Vec<&str> = p["metadata"]["reactions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["emoji_name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["+1", "tada"]);
    let list = bob.ok(&format!("/channels/{town}/posts")).await;
    assert_eq!(
        list["posts"][post_id]["metadata"]["reactions"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        bob.ok(&format!("/posts/{post_id}/reactions"))
            .await
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let (_, bulk) = bob.post("/posts/ids/reactions", json!([post_id])).await;
    assert_eq!(bulk[post_id].as_array().unwrap().len(), 2);

    // Bad names, other people's reactions, and readers who cannot see the post.
    for name in ["", "no such emoji", "not_an_emoji_anywhere", "<script>"] {
        let (s, v) = bob.post("/reactions", react(name, bob.id())).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{name:?}: {v}");
    }
    let (s, _) = bob.post("/reactions", react("smile", ann.id())).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob
        .delete(&format!(
            "/users/{}/posts/{post_id}/reactions/tada",
            ann.id()
        ))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, private) = ann
        .post(
            "/channels",
            json!({"team_id": team_id, "name": "secret", "display_name": "Secret", "type": "P"}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED);
    let hidden = ann
        .post_message(private["id"].as_str().unwrap(), "hidden")
        .await;
    // Reactions in a channel reach its members only.
    let mut bob_ws = bob.connect().await;
    let (s, _) = ann
        .post(
            "/reactions",
            json!({"user_id": ann.id(), "post_id": hidden["id"], "emoji_name": "smile"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    ann_ws.expect("reaction_added").await;
    ann.barrier().await;
    bob_ws
        .expect_none_before(&["reaction_added"], "user_updated")
        .await;
    let (s, _) = bob
        .post(
            "/reactions",
            json!({"user_id": bob.id(), "post_id": hidden["id"], "emoji_name": "smile"}),
        )
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob
        .get(&format!(
            "/posts/{}/reactions",
            hidden["id"].as_str().unwrap()
        ))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);

    // Removing one's own.
    let (s, _) = bob
        .delete(&format!("/users/me/posts/{post_id}/reactions/+1"))
        .await;
    assert_eq!(s, StatusCode::OK);
    let e = ann_ws.expect("reaction_removed").await;
    let got: serde_json::Value =
        serde_json::from_str(e.data["reaction"].as_str().unwrap()).unwrap();
    assert_eq!(got["emoji_name"], "+1");
    let p = ann.ok(&format!("/posts/{post_id}")).await;
    assert_eq!(p["metadata"]["reactions"].as_array().unwrap().len(), 1);
}

/// A `w`×`h` JPEG that says (EXIF orientation 6) it must be turned 90° to be upright.
fn sideways_jpeg(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbImage::from_pixel(w, h, image::Rgb([200, 30, 30]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new(&mut jpeg)
        .encode_image(&img)
        .unwrap();
    let mut exif = vec![0xFF, 0xE1, 0x00, 0x22];
    exif.extend_from_slice(
        b"Exif\0\0II*\0\x08\0\0\0\x01\0\x12\x01\x03\0\x01\0\0\0\x06\0\0\0\0\0\0\0",
    );
    assert_eq!(exif.len(), 0x22 + 2);
    jpeg.splice(2..2, exif);
    jpeg
}

async fn upload(
    c: &crate::common::Client,
    channel_id: &str,
    name: &str,
    bytes: Vec<u8>,
) -> (StatusCode, serde_json::Value) {
    let form = reqwest::multipart::Form::new()
        .text("channel_id", channel_id.to_owned())
        .part(
            "files",
            reqwest::multipart::Part::bytes(bytes)
                .file_name(name.to_owned())
                .mime_str("image/png")
                .unwrap(),
        )
        .text("client_ids", "c1");
    let res = c
        .http
        .post(format!("{}/files", c.base))
        .bearer_auth(c.token.as_ref().unwrap())
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let v: serde_json::Value = res.json().await.unwrap();
    if status.is_success() {
        crate::openapi::spec()
            .check("POST", "/api/v4/files", status.as_u16(), &v)
            .unwrap_or_else(|e| panic!("{e}"));
    } else {
        crate::common::check_error_body(status, &v);
    }
    (status, v)
}

async fn fetch(c: &crate::common::Client, path: &str) -> reqwest::Response {
    c.http
        .get(format!("{}{path}", c.base))
        .bearer_auth(c.token.as_ref().unwrap())
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn files_are_uploaded_sniffed_attached_and_guarded() {
    let config = causerie_server::Config {
        max_file_bytes: 200_000,
        ..Default::default()
    };
    let Team {
        server: _server,
        ann,
        bob,
        id: team_id,
        town,
        ..
    } = ann_and_bob(config).await;
    let team_id = team_id.as_str();
    let mut bob_ws = bob.connect().await;

    // An image: the type from its bytes, its size upright (EXIF), a thumbnail and preview.
    let (s, v) = upload(&ann, &town, "photo.png", sideways_jpeg(40, 20)).await;
    assert_eq!(s, StatusCode::CREATED, "{v}");
    let info = &v["file_infos"][0];
    assert_eq!(v["client_ids"][0], "c1");
    assert_eq!(
        info["mime_type"], "image/jpeg",
        "sniffed, not the client's word"
    );
    assert_eq!(
        (info["width"].as_i64(), info["height"].as_i64()),
        (Some(20), Some(40))
    );
    assert_eq!(info["has_preview_image"], true);
    assert_eq!(info["post_id"], "");
    let id = info["id"].as_str().unwrap();
    // Not posted yet: only the uploader sees it.
    assert_eq!(
        fetch(&bob, &format!("/files/{id}")).await.status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        fetch(&ann, &format!("/files/{id}")).await.status(),
        StatusCode::OK
    );

    let (s, post) = ann
        .post(
            "/posts",
            json!({"channel_id": town, "message": "look", "file_ids": [id]}),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{post}");
    assert_eq!(post["file_ids"][0], id);
    let e = bob_ws.expect("posted").await;
    let live = crate::common::event_post(&e);
    assert_eq!(live["metadata"]["files"][0]["id"], id);

    let res = fetch(&bob, &format!("/files/{id}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("inline")
    );
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let thumb = fetch(&bob, &format!("/files/{id}/thumbnail")).await;
    assert_eq!(thumb.headers()["content-type"], "image/jpeg");
    let t = image::load_from_memory(&thumb.bytes().await.unwrap()).unwrap();
    assert!(t.width() <= 120 && t.height() <= 100 && t.height() > t.width());
    let forced = fetch(&bob, &format!("/files/{id}?download=1")).await;
    assert!(
        forced.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let listed = bob.ok(&format!("/channels/{town}/posts")).await;
    let post_id = post["id"].as_str().unwrap();
    assert_eq!(
        listed["posts"][post_id]["metadata"]["files"][0]["name"],
        "photo.png"
    );
    assert_eq!(
        bob.ok(&format!("/files/{id}/info")).await["size"],
        info["size"]
    );
    assert_eq!(
        bob.ok(&format!("/posts/{post_id}/files/info")).await[0]["id"],
        id
    );

    // SVG (even named .png) and other files are downloads, sandboxed.
    let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>"#.to_vec();
    let (_, v) = upload(&ann, &town, "logo.png", svg).await;
    let svg_id = v["file_infos"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(v["file_infos"][0]["mime_type"], "image/svg+xml");
    assert_eq!(v["file_infos"][0]["has_preview_image"], false);
    let res = fetch(&ann, &format!("/files/{svg_id}")).await;
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert!(
        res.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("sandbox")
    );
    assert_eq!(
        fetch(&ann, &format!("/files/{svg_id}/thumbnail"))
            .await
            .status(),
        StatusCode::BAD_REQUEST
    );

    // Too large, damaged images, strangers, and files that are not the poster's to attach.
    let (s, v) = upload(&ann, &town, "big.bin", vec![7; 300_000]).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{v}");
    let (s, _) = upload(
        &ann,
        &town,
        "broken.png",
        b"\x89PNG\r\n\x1a\n broken".to_vec(),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (_, private) = ann
        .post(
            "/channels",
            json!({"team_id": team_id, "name": "secret", "display_name": "Secret", "type": "P"}),
        )
        .await;
    let private = private["id"].as_str().unwrap();
    let (s, _) = upload(&bob, private, "x.txt", b"hello".to_vec()).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (_, v) = upload(&ann, private, "plan.txt", b"secret plan".to_vec()).await;
    let secret = v["file_infos"][0]["id"].as_str().unwrap().to_owned();
    ann.post(
        "/posts",
        json!({"channel_id": private, "message": "plan", "file_ids": [secret]}),
    )
    .await;
    assert_eq!(
        fetch(&bob, &format!("/files/{secret}")).await.status(),
        StatusCode::FORBIDDEN
    );
    let (_, v) = upload(&ann, &town, "mine.txt", b"mine".to_vec()).await;
    let mine = v["file_infos"][0]["id"].as_str().unwrap().to_owned();
    let (s, _) = bob
        .post(
            "/posts",
            json!({"channel_id": town, "message": "steal", "file_ids": [mine]}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "another's upload");
    let (s, _) = ann
        .post(
            "/posts",
            json!({"channel_id": town, "message": "again", "file_ids": [id]}),
        )
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "already attached");

    // Deleting the post deletes its files.
    ann.delete(&format!("/posts/{post_id}")).await;
    assert_eq!(
        fetch(&ann, &format!("/files/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
}

async fn send_form(
    c: &crate::common::Client,
    method: reqwest::Method,
    path: &str,
    form: reqwest::multipart::Form,
) -> (StatusCode, serde_json::Value) {
    let res = c
        .http
        .request(method.clone(), format!("{}{path}", c.base))
        .bearer_auth(c.token.as_ref().unwrap())
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status();
    let v: serde_json::Value = res.json().await.unwrap_or_default();
    if !status.is_success() {
        crate::common::check_error_body(status, &v);
    }
    (status, v)
}

fn png(w: u32, h: u32) -> Vec<u8> {
    let img = image::RgbaImage::from_pixel(w, h, image::Rgba([10, 120, 200, 255]));
    let mut out = Vec::new();
    img.write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .unwrap();
    out
}

fn image_part(bytes: Vec<u8>) -> reqwest::multipart::Part {
    reqwest::multipart::Part::bytes(bytes).file_name("p.png")
}

#[tokio::test]
async fn profile_pictures_are_squared_announced_and_reset() {
    let Team {
        server: _server,
        ann,
        bob,
        ..
    } = ann_and_bob(Default::default()).await;
    let mut ann_ws = ann.connect().await;
    let before = bob.ok("/users/me").await["last_picture_update"]
        .as_i64()
        .unwrap();

    let form = reqwest::multipart::Form::new().part("image", image_part(sideways_jpeg(300, 200)));
    let (s, v) = send_form(
        &bob,
        reqwest::Method::POST,
        &format!("/users/{}/image", bob.id()),
        form,
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{v}");
    let e = ann_ws.expect("user_updated").await;
    assert_eq!(e.data["user"]["id"], bob.id());
    let after = e.data["user"]["last_picture_update"].as_i64().unwrap();
    assert!(after > before);
    assert_eq!(
        e.data["user"]["email"], "",
        "others get the sanitized profile"
    );

    let res = fetch(&ann, &format!("/users/{}/image?_={after}", bob.id())).await;
    assert_eq!(res.headers()["content-type"], "image/png");
    let pic = image::load_from_memory(&res.bytes().await.unwrap()).unwrap();
    assert_eq!((pic.width(), pic.height()), (256, 256));

    // Someone else's picture, a file that is no image, and the reset.
    let form = reqwest::multipart::Form::new().part("image", image_part(png(10, 10)));
    let (s, _) = send_form(
        &bob,
        reqwest::Method::POST,
        &format!("/users/{}/image", ann.id()),
        form,
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let form = reqwest::multipart::Form::new().part("image", image_part(b"<svg/>".to_vec()));
    let (s, _) = send_form(&bob, reqwest::Method::POST, "/users/me/image", form).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = bob.delete("/users/me/image").await;
    assert_eq!(s, StatusCode::OK);
    let res = fetch(&ann, &format!("/users/{}/image", bob.id())).await;
    let pic = image::load_from_memory(&res.bytes().await.unwrap()).unwrap();
    assert_eq!(pic.width(), 128, "the generated picture again");
}

#[tokio::test]
async fn custom_emoji_are_added_found_used_and_deleted() {
    let Team {
        server,
        ann,
        bob,
        invite,
        town,
        ..
    } = ann_and_bob(Default::default()).await;
    let mut ann_ws = ann.connect().await;
    let config = ann.ok("/config/client?format=old").await;
    assert_eq!(config["EnableCustomEmoji"], "true");

    let add = |name: &str, creator: String, image: Vec<u8>| {
        reqwest::multipart::Form::new()
            .text(
                "emoji",
                json!({"name": name, "creator_id": creator}).to_string(),
            )
            .part("image", image_part(image))
    };
    let (s, emoji) = send_form(
        &bob,
        reqwest::Method::POST,
        "/emoji",
        add("party_parrot", bob.id(), png(300, 150)),
    )
    .await;
    assert_eq!(s, StatusCode::OK, "{emoji}");
    let id = emoji["id"].as_str().unwrap();
    let e = ann_ws.expect("emoji_added").await;
    let live: serde_json::Value = serde_json::from_str(e.data["emoji"].as_str().unwrap()).unwrap();
    assert_eq!(live["name"], "party_parrot");

    let img = fetch(&ann, &format!("/emoji/{id}/image")).await;
    let img = image::load_from_memory(&img.bytes().await.unwrap()).unwrap();
    assert_eq!(
        (img.width(), img.height()),
        (128, 64),
        "scaled to fit 128 px"
    );
    assert_eq!(ann.ok("/emoji/name/party_parrot").await["id"], id);
    assert_eq!(
        ann.ok("/emoji?sort=name").await.as_array().unwrap().len(),
        1
    );
    assert_eq!(ann.ok("/emoji/autocomplete?name=party").await[0]["id"], id);
    assert_eq!(
        ann.ok("/emoji/autocomplete?name=zzz")
            .await
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let (_, found) = ann
        .post("/emoji/names", json!(["party_parrot", "nope"]))
        .await;
    assert_eq!(found.as_array().unwrap().len(), 1);

    // Reacting with it puts it in the post's metadata.
    let post = ann.post_message(&town, "party").await;
    let (s, _) = ann
        .post(
            "/reactions",
            json!({"user_id": ann.id(), "post_id": post["id"], "emoji_name": "party_parrot"}),
        )
        .await;
    assert_eq!(s, StatusCode::OK);
    let p = ann
        .ok(&format!("/posts/{}", post["id"].as_str().unwrap()))
        .await;
    assert_eq!(p["metadata"]["emojis"][0]["name"], "party_parrot");

    // Names: taken, standard, invalid; someone else's creator id; a file that is no image.
    for (name, want) in [
        ("party_parrot", StatusCode::BAD_REQUEST),
        ("smile", StatusCode::BAD_REQUEST),
        ("Bad Name", StatusCode::BAD_REQUEST),
        ("", StatusCode::BAD_REQUEST),
    ] {
        let (s, v) = send_form(
            &bob,
            reqwest::Method::POST,
            "/emoji",
            add(name, bob.id(), png(8, 8)),
        )
        .await;
        assert_eq!(s, want, "{name:?}: {v}");
    }
    let (s, _) = send_form(
        &bob,
        reqwest::Method::POST,
        "/emoji",
        add("forged", ann.id(), png(8, 8)),
    )
    .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = send_form(
        &bob,
        reqwest::Method::POST,
        "/emoji",
        add("text", bob.id(), b"hello".to_vec()),
    )
    .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let (s, _) = send_form(
        &bob,
        reqwest::Method::POST,
        "/emoji",
        add("huge", bob.id(), vec![0; 1_200_000]),
    )
    .await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);

    // Only its creator or an admin deletes it; then the name is free again.
    let carol = server.signup("carol", Some(&invite)).await;
    let (s, _) = carol.delete(&format!("/emoji/{id}")).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _) = bob.delete(&format!("/emoji/{id}")).await;
    assert_eq!(s, StatusCode::OK);
    let (s, _) = ann.get("/emoji/name/party_parrot").await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (s, _) = send_form(
        &carol,
        reqwest::Method::POST,
        "/emoji",
        add("party_parrot", carol.id(), png(8, 8)),
    )
    .await;
    assert_eq!(s, StatusCode::OK);
}

/// A third-party host for the proxy to fetch from, counting its requests.
async fn image_host() -> (String, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
    use axum::http::header;
    use axum::response::{IntoResponse, Redirect};
    use axum::routing::get;
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = hits.clone();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    let app = axum::Router::new()
        .route(
            "/pic.png",
            get(move || {
                counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                async { ([(header::CONTENT_TYPE, "image/png")], png(4, 4)).into_response() }
            }),
        )
        .route(
            "/logo.svg",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "image/svg+xml")],
                    "<svg onload='x()'/>",
                )
            }),
        )
        .route(
            "/fake.png",
            get(|| async {
                (
                    [(header::CONTENT_TYPE, "image/png")],
                    "<html>not an image</html>",
                )
            }),
        )
        .route(
            "/page",
            get(|| async { ([(header::CONTENT_TYPE, "text/html")], "<p>hi</p>") }),
        )
        .route(
            "/big.png",
            get(|| async { ([(header::CONTENT_TYPE, "image/png")], vec![0u8; 300_000]) }),
        )
        .route(
            "/slow.png",
            get(|| async {
                tokio::time::sleep(std::time::Duration::from_secs(4)).await;
                ([(header::CONTENT_TYPE, "image/png")], png(2, 2))
            }),
        )
        .route(
            "/inside",
            get(|| async { Redirect::temporary("http://127.0.0.1:9/secret") }),
        )
        .route(
            "/metadata",
            get(|| async { Redirect::temporary("http://169.254.169.254/latest/meta-data/") }),
        )
        .route(
            "/to",
            get(
                |axum::extract::Query(q): axum::extract::Query<
                    std::collections::HashMap<String, String>,
                >| async move { Redirect::temporary(&q["url"]) },
            ),
        );
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (addr, hits)
}

#[tokio::test]
async fn the_image_proxy_fetches_public_images_only() {
    let (host, hits) = image_host().await;
    let config = causerie_server::Config {
        image_proxy_allowed: vec![host.clone()],
        image_proxy_max_bytes: 100_000,
        image_proxy_timeout_secs: 2,
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let config = ann.ok("/config/client?format=old").await;
    assert_eq!(config["HasImageProxy"], "true");
    let proxied = |u: &str| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("url", u);
        format!("/image?{}", q.finish())
    };

    // A public image: fetched once, then from the cache.
    let res = fetch(&ann, &proxied(&format!("http://{host}/pic.png"))).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["content-type"], "image/png");
    assert!(image::load_from_memory(&res.bytes().await.unwrap()).is_ok());
    let again = fetch(&ann, &proxied(&format!("http://{host}/pic.png"))).await;
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(
        hits.load(std::sync::atomic::Ordering::SeqCst),
        1,
        "served from the cache"
    );

    // Not images, too large, too slow.
    for (path, want) in [
        ("/logo.svg", StatusCode::BAD_REQUEST),
        ("/fake.png", StatusCode::BAD_REQUEST),
        ("/page", StatusCode::BAD_REQUEST),
        ("/big.png", StatusCode::BAD_REQUEST),
    ] {
        let (s, v) = ann.get(&proxied(&format!("http://{host}{path}"))).await;
        assert_eq!(s, want, "{path}: {v}");
    }
    // A host that does not answer in time is the host's failure, not the reader's: 504.
    let res = fetch(&ann, &proxied(&format!("http://{host}/slow.png"))).await;
    assert_eq!(res.status(), StatusCode::GATEWAY_TIMEOUT);
    let v: serde_json::Value = res.json().await.unwrap();
    assert_eq!(v["status_code"], 504);

    // Anything not on the public internet, by literal, by name and by redirect.
    let port = host.rsplit_once(':').unwrap().1;
    for url in [
        "http://127.0.0.1:9/".to_owned(),
        format!("http://localhost:{port}/pic.png"),
        "http://169.254.169.254/latest/meta-data/".to_owned(),
        "http://10.0.0.1/a.png".to_owned(),
        "http://[::1]/a.png".to_owned(),
        "http://[::ffff:127.0.0.1]/a.png".to_owned(),
        "http://0.0.0.0/a.png".to_owned(),
        format!("http://{host}/inside"),
        format!("http://{host}/metadata"),
        "file:///etc/passwd".to_owned(),
        "javascript:alert(1)".to_owned(),
        "not a url".to_owned(),
    ] {
        let (s, v) = ann.get(&proxied(&url)).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{url}: {v}");
    }
    // Readers must be logged in.
    let anon = crate::common::Client::anonymous(&server);
    let (s, _) = anon.get(&proxied(&format!("http://{host}/pic.png"))).await;
    assert_eq!(s, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_allowed_host_is_allowed_on_its_own_port_only() {
    let (a, _) = image_host().await;
    let (b, b_hits) = image_host().await;
    let (pa, pb) = (a.rsplit_once(':').unwrap().1, b.rsplit_once(':').unwrap().1);
    let config = causerie_server::Config {
        image_proxy_allowed: vec![format!("localhost:{pa}")],
        ..Default::default()
    };
    let server = Server::start_with(tempfile::tempdir().unwrap(), config).await;
    let ann = server.admin().await;
    let proxied = |u: &str| {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        q.append_pair("url", u);
        format!("/image?{}", q.finish())
    };
    let (s, _) = ann
        .get(&proxied(&format!("http://localhost:{pa}/pic.png")))
        .await;
    assert_eq!(s, StatusCode::OK);
    let redirect = format!("http://localhost:{pa}/to?url=http://localhost:{pb}/pic.png");
    for url in [format!("http://localhost:{pb}/pic.png"), redirect] {
        let (s, v) = ann.get(&proxied(&url)).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{url}: {v}");
    }
    assert_eq!(b_hits.load(std::sync::atomic::Ordering::SeqCst), 0);
}

/// A 400 MiB body made as it is read, counting what the server took of it.
fn counted_body(read: std::sync::Arc<std::sync::atomic::AtomicUsize>) -> reqwest::Body {
    use futures_util::StreamExt as _;
    let chunk = bytes::Bytes::from(vec![0u8; 1 << 20]);
    reqwest::Body::wrap_stream(futures_util::stream::iter(0..400).map(move |_| {
        read.fetch_add(chunk.len(), std::sync::atomic::Ordering::SeqCst);
        Ok::<_, std::io::Error>(chunk.clone())
    }))
}

async fn raw_upload(c: &Client, channel_id: &str) -> (StatusCode, usize) {
    let read = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let res = c
        .http
        .post(format!(
            "{}/files?channel_id={channel_id}&filename=big.bin",
            c.base
        ))
        .bearer_auth(c.token.as_ref().unwrap())
        .header("content-type", "application/octet-stream")
        .body(counted_body(read.clone()))
        .send()
        .await
        .unwrap();
    let status = res.status();
    let v: serde_json::Value = res.json().await.unwrap();
    crate::common::check_error_body(status, &v);
    (status, read.load(std::sync::atomic::Ordering::SeqCst))
}

#[tokio::test]
async fn a_raw_upload_is_checked_before_it_is_read_and_stops_at_the_limit() {
    let config = causerie_server::Config {
        max_file_bytes: 200_000,
        ..Default::default()
    };
    let Team {
        server,
        ann,
        bob,
        id: team_id,
        town,
        ..
    } = ann_and_bob(config).await;
    // Ann's private channel: bob may not upload there, and the body is not read first.
    let private = ann.create_channel(&team_id, "staff", "P").await;
    let (s, read) = raw_upload(&bob, &private).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    assert!(read < 16 << 20, "{} MiB of the body were read", read >> 20);
    let (s, _) = raw_upload(&bob, "").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);

    // A member's upload stops at the limit, and leaves nothing behind.
    let (s, read) = raw_upload(&bob, &town).await;
    assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(read < 16 << 20, "{} MiB of the body were read", read >> 20);
    let files = std::fs::read_dir(server.dir.path().join("files"))
        .unwrap()
        .count();
    assert_eq!(files, 0, "a refused upload left files behind");

    // In a form, the channel comes before the files.
    let form = reqwest::multipart::Form::new()
        .part(
            "files",
            reqwest::multipart::Part::bytes(vec![1, 2, 3]).file_name("a.bin"),
        )
        .text("channel_id", town.clone());
    let res = bob
        .http
        .post(format!("{}/files", bob.base))
        .bearer_auth(bob.token.as_ref().unwrap())
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
}
