//! Media (MMS) operations: the multipart upload on the wire (parts parsed back and compared),
//! files by path and by base64, paths refused where the caller does not allow them, size
//! limits, the typed answers from the recorded fixtures, and the sandbox's media flow.

mod common;

use common::multipart::*;
use common::*;
use mockito::Server;
use plivo::ops::{
    DeleteMessageMedia, File, GetMedia, GetMessageMedia, GetSingleMedia, GetSingleMessageMedia,
    SendMessage, UploadMedia,
};
use plivo::{Error, JsonOptions, Operation, OperationKind};
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// The plain operations
// ---------------------------------------------------------------------------------------------

#[test]
fn get_media_wire() {
    assert_both(
        GetMedia::new().limit(5).offset(10),
        json!({"operation": "getMedia", "params": {"limit": "5", "offset": 10}}),
        Expect::get("Media/").query(&[("limit", "5"), ("offset", "10")]),
    );
    assert_both(
        GetMedia::new(),
        json!({"operation": "getMedia"}),
        Expect::get("Media/"),
    );
    assert_invalid(GetMedia::new().limit(21), "limit");
    assert_invalid(GetMedia::new().limit(0), "limit");
    assert_invalid_json(
        json!({"operation": "getMedia", "params": {"offset": -1}}),
        "offset",
    );
    assert!(OperationKind::GetMedia.is_paged());
}

#[test]
fn single_media_and_message_media_wire() {
    assert_both(
        GetSingleMedia::new("91f8f9ce-e236"),
        json!({"operation": "getSingleMedia", "params": {"mediaId": "91f8f9ce-e236"}}),
        Expect::get("Media/91f8f9ce-e236/"),
    );
    assert_both(
        GetMessageMedia::new("m-1"),
        json!({"operation": "getMessageMedia", "params": {"message_uuid": "m-1"}}),
        Expect::get("Message/m-1/Media/"),
    );
    assert_both(
        GetSingleMessageMedia::new("m-1", "a/b"),
        json!({"operation": "getSingleMessageMedia", "params": {
            "messageUuid": "m-1", "media_id": "a/b"}}),
        Expect::get("Message/m-1/Media/a%2Fb/"),
    );
    assert_both(
        DeleteMessageMedia::new("m-1"),
        json!({"operation": "deleteMessageMedia", "params": {"messageUuid": "m-1"}}),
        Expect::delete("Message/m-1/Media/"),
    );
    assert_invalid(GetSingleMedia::new(""), "mediaId");
    assert_invalid(DeleteMessageMedia::new(" "), "messageUuid");
}

// ---------------------------------------------------------------------------------------------
// The upload on the wire
// ---------------------------------------------------------------------------------------------

/// A mock for `POST Media/` answering with one uploaded medium.
fn upload_mock(server: &mut Server, hits: usize) -> (mockito::Mock, Captured) {
    multipart_mock(
        server,
        "POST",
        "Media/",
        202,
        r#"{"api_id":"u-1","objects":[{"media_id":"m-1","url":"https://media.plivo.com/m-1",
            "file_name":"a.png","content_type":"image/png","size":4,"upload_time":"2024-01-01",
            "status":"success","status_code":201}]}"#,
        hits,
    )
}

#[test]
fn upload_media_sends_one_file_part_per_file() {
    let dir = temp_dir("media", "wire");
    let photo = dir.join("photo.JPG");
    let binary: Vec<u8> = (0..=255u8).chain(b"\r\n--".iter().copied()).collect();
    std::fs::write(&photo, &binary).expect("write");

    let typed: Operation = UploadMedia::new([
        File::from_path(&photo),
        File::from_bytes("notes.txt", None, b"hello\r\n".to_vec()),
        File::from_bytes("raw", Some("image/gif"), b"GIF89a".to_vec()),
    ])
    .into();
    let form = json!({"operation": "uploadMedia", "params": {"file": [
        photo.display().to_string(),
        {"filename": "notes.txt", "base64": "aGVsbG8NCg=="},
        {"filename": "raw", "contentType": "image/gif", "base64": "R0lGODlh"},
    ]}});
    let from_json = Operation::from_value(&form).expect("paths allowed by from_value");
    assert_eq!(from_json, typed);

    let mut server = Server::new();
    let (mock, seen) = upload_mock(&mut server, 2);
    let client = client_for(&server);
    for op in [typed, from_json] {
        let resp = client.call(op).expect("uploaded");
        assert_eq!(resp.status(), 202);
        let model: plivo::models::MediaUploaded = resp.decode().expect("decodes");
        assert_eq!(model.objects[0].media_id.as_deref(), Some("m-1"));
    }
    mock.assert();
    let want = vec![
        file_part("photo.JPG", "image/jpeg", &binary),
        file_part("notes.txt", "text/plain", b"hello\r\n"),
        file_part("raw", "image/gif", b"GIF89a"),
    ];
    let seen = seen.lock().expect("lock");
    assert_eq!(seen.len(), 2);
    for (content_type, body) in seen.iter() {
        assert_eq!(read_parts(content_type, body), want);
    }
    // Each build draws its own boundary.
    assert_ne!(seen[0].0, seen[1].0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn prepare_shows_the_multipart_request() {
    let client = plivo::Client::new(AUTH_ID, TOKEN).expect("client");
    let prepared = client
        .prepare(UploadMedia::new([File::from_bytes(
            "a.txt",
            None,
            b"hi".to_vec(),
        )]))
        .expect("prepared");
    assert_eq!(prepared.method(), "POST");
    assert_eq!(
        prepared.url(),
        format!("https://api.plivo.com/v1/Account/{AUTH_ID}/Media/")
    );
    let content_type = prepared.content_type().expect("multipart");
    let body = prepared.body().expect("a body");
    assert_eq!(
        read_parts(content_type, body.as_bytes()),
        vec![file_part("a.txt", "text/plain", b"hi")]
    );
    let json = client
        .prepare(GetMedia::new())
        .expect("prepared")
        .content_type()
        .map(str::to_owned);
    assert_eq!(json, None);
}

#[test]
fn a_missing_file_is_invalid_and_nothing_is_sent() {
    assert_invalid(
        UploadMedia::new([File::from_path("/no/such/dir/photo.png")]),
        "file",
    );
    let err = plivo::Client::new(AUTH_ID, TOKEN)
        .expect("client")
        .prepare(UploadMedia::new([File::from_path(
            "/no/such/dir/photo.png",
        )]))
        .expect_err("missing");
    assert!(err.to_string().contains("/no/such/dir/photo.png"), "{err}");
    assert!(!err.may_have_been_sent());
    // A directory is not a file either.
    assert_invalid(
        UploadMedia::new([File::from_path(std::env::temp_dir())]),
        "file",
    );
}

#[test]
fn size_and_count_limits_are_checked_before_sending() {
    const MAX: usize = 2 * 1024 * 1024;
    let spec = OperationKind::UploadMedia.fields()[0];
    assert_eq!(spec.kind(), "files");
    assert_eq!(spec.max_files(), Some(10));
    assert_eq!(spec.max_file_bytes(), Some(MAX as u64));

    let big = File::from_bytes("big.png", None, vec![0u8; MAX + 1]);
    assert_invalid(UploadMedia::new([big]), "file");
    let eleven = (0..11).map(|i| File::from_bytes(format!("{i}.txt"), None, b"x".to_vec()));
    assert_invalid(UploadMedia::new(eleven), "file");
    assert_invalid(UploadMedia::new(Vec::<File>::new()), "file");
    assert_invalid(
        UploadMedia::new([File::from_bytes("", None, b"x".to_vec())]),
        "file",
    );
    assert_invalid(
        UploadMedia::new([File::from_bytes(
            "a.png",
            Some("image/png\r\nX-Evil: 1"),
            vec![1],
        )]),
        "file",
    );
    let err = Operation::from(UploadMedia::new([File::from_bytes(
        "big.png",
        None,
        vec![0u8; MAX + 1],
    )]))
    .validate()
    .expect_err("too big");
    assert!(err.to_string().contains("2097152"), "{err}");

    // A file on disk is measured when the request is built.
    let dir = temp_dir("media", "limits");
    let path = dir.join("big.gif");
    std::fs::write(&path, vec![7u8; MAX + 1]).expect("write");
    assert_invalid(UploadMedia::new([File::from_path(&path)]), "file");
    // Exactly at the limit, and ten files, pass.
    std::fs::write(&path, vec![7u8; MAX]).expect("write");
    let ten = (0..10).map(|_| File::from_path(&path));
    let mut server = Server::new();
    let (mock, seen) = upload_mock(&mut server, 1);
    client_for(&server)
        .call(UploadMedia::new(ten))
        .expect("sent");
    mock.assert();
    let seen = seen.lock().expect("lock");
    let parts = read_parts(&seen[0].0, &seen[0].1);
    assert_eq!(parts.len(), 10);
    assert!(parts.iter().all(|p| p.data.len() == MAX));
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// The JSON form: paths are a capability
// ---------------------------------------------------------------------------------------------

#[test]
fn paths_are_refused_unless_allowed() {
    let by_path = json!({"operation": "uploadMedia", "params": {"file": "/etc/passwd"}});
    let text = by_path.to_string();
    let strict = JsonOptions::new();
    for form in [
        json!("/etc/passwd"),
        json!({"path": "/etc/passwd", "filename": "x.png"}),
        json!([{"filename": "a.txt", "base64": "aGk="}, "/etc/passwd"]),
    ] {
        let op = json!({"operation": "uploadMedia", "params": {"file": form}});
        let err = Operation::from_value_with(&op, &strict).expect_err("a path is refused");
        assert!(matches!(err, Error::Invalid(_)), "{err:?}");
        assert_eq!(err.field(), Some("file"), "{err}");
        assert!(err.to_string().contains("local file path"), "{err}");
        // Deserializing (JSON from elsewhere) refuses too.
        let de = serde_json::from_value::<Operation>(op.clone()).expect_err("refused");
        assert!(de.to_string().contains("local file path"), "{de}");
        // Allowed: parsed, nothing read yet.
        let allowed = Operation::from_value_with(&op, &JsonOptions::new().allow_file_paths(true));
        assert!(allowed.is_ok(), "{allowed:?}");
    }
    let err = Operation::from_json_with(&text, &strict).expect_err("refused");
    assert_eq!(err.field(), Some("file"));
    // `from_json` keeps its signature and allows paths (documented).
    let Operation::UploadMedia(op) = Operation::from_json(&text).expect("allowed") else {
        panic!("not an upload");
    };
    assert_eq!(
        op.files[0].path(),
        Some(std::path::Path::new("/etc/passwd"))
    );
    assert_eq!(op.files[0].content_type(), "application/octet-stream");
}

#[test]
fn base64_files_need_no_capability_and_round_trip() {
    let form = json!({"operation": "uploadMedia", "params": {"file":
        {"filename": "a.png", "content_type": "image/x-custom", "base64": "AAEC/w=="}}});
    let op = Operation::from_value_with(&form, &JsonOptions::new()).expect("base64 is fine");
    let Operation::UploadMedia(upload) = &op else {
        panic!("not an upload");
    };
    assert_eq!(upload.files[0].bytes(), Some(&[0u8, 1, 2, 255][..]));
    assert_eq!(upload.files[0].content_type(), "image/x-custom");
    let back = op.to_value();
    assert_eq!(
        back["params"]["file"],
        json!([{"filename": "a.png", "contentType": "image/x-custom", "base64": "AAEC/w=="}])
    );
    assert_eq!(
        Operation::from_value_with(&back, &JsonOptions::new()).expect("again"),
        op
    );
    for (file, says) in [
        (
            json!({"filename": "a", "base64": "%%%"}),
            "not valid base64",
        ),
        (json!({"base64": "aGk="}), "needs a `filename`"),
        (json!(42), "path string"),
        (json!({"path": "/x", "mode": 1}), "`mode` is not a key"),
    ] {
        let op = json!({"operation": "uploadMedia", "params": {"file": file}});
        let err = Operation::from_value_with(&op, &JsonOptions::new()).expect_err("bad file");
        assert_eq!(err.field(), Some("file"), "{err}");
        assert!(err.to_string().contains(says), "{says}: {err}");
    }
    assert_invalid_json(json!({"operation": "uploadMedia", "params": {}}), "file");
}

// ---------------------------------------------------------------------------------------------
// Typed answers
// ---------------------------------------------------------------------------------------------

#[test]
fn the_media_fixtures_decode_into_the_models() {
    let page: plivo::models::Page<plivo::models::Media> =
        decodes_losslessly(include_str!("data/fixtures/mediaListResponse.json"));
    assert_eq!(page.meta.total_count, Some(44));
    assert_eq!(page.objects.len(), 2);
    assert_eq!(page.objects[0].size, Some(766_424));
    assert_eq!(page.objects[1].content_type.as_deref(), Some("image/jpeg"));
    assert!(page.objects.iter().all(|m| m.extra.is_empty()));

    let one: plivo::models::Media =
        decodes_losslessly(include_str!("data/fixtures/mediaGetMediaResponse.json"));
    assert_eq!(one.file_name.as_deref(), Some("SampleFile.png"));
    assert_eq!(
        one.upload_time.as_deref(),
        Some("2020-02-17T07:53:36.643522Z")
    );
    assert!(one.extra.is_empty(), "{:?}", one.extra);

    let of_message: plivo::models::MessageMediaList =
        decodes_losslessly(include_str!("data/fixtures/messageListMediaResponse.json"));
    assert_eq!(of_message.message_uuid.as_deref(), Some("message_uuid"));
    assert_eq!(
        of_message.objects[0].content_type.as_deref(),
        Some("application/pdf")
    );

    let mms: plivo::models::Media =
        decodes_losslessly(include_str!("data/fixtures/mmsMediaGetResponse.json"));
    assert_eq!(
        mms.message_uuid.as_deref(),
        Some("f734eeec-e59f-11e9-89dc-0242ac110003")
    );
    assert!(mms.extra.is_empty(), "{:?}", mms.extra);
}

// ---------------------------------------------------------------------------------------------
// The sandbox
// ---------------------------------------------------------------------------------------------

#[test]
fn the_sandbox_keeps_media_and_links_them_to_messages() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let client = sandbox.client();

    let uploaded = client
        .send(UploadMedia::new([
            File::from_bytes("cat.png", None, vec![1, 2, 3, 4]),
            File::from_bytes("doc.pdf", None, b"%PDF-1.4".to_vec()),
        ]))
        .expect("uploaded");
    assert_eq!(uploaded.objects.len(), 2);
    let ids: Vec<String> = uploaded
        .objects
        .iter()
        .map(|m| m.media_id.clone().expect("an id"))
        .collect();
    assert_eq!(uploaded.objects[0].file_name.as_deref(), Some("cat.png"));
    assert_eq!(uploaded.objects[0].size, Some(4));
    assert_eq!(
        uploaded.objects[1].content_type.as_deref(),
        Some("application/pdf")
    );

    let page = client.send(GetMedia::new().limit(1)).expect("listed");
    assert_eq!(page.meta.total_count, Some(2));
    assert_eq!(page.objects.len(), 1);
    let list_shape = common::sandbox::fixture(include_str!("data/fixtures/mediaListResponse.json"));
    let raw = client.call(GetMedia::new()).expect("raw list");
    common::sandbox::assert_shape("getMedia", &list_shape, raw.body());
    common::sandbox::assert_same_keys(
        "getMedia item",
        &list_shape["objects"][0],
        &raw.body()["objects"][0],
    );

    let one = client
        .send(GetSingleMedia::new(ids[0].as_str()))
        .expect("one");
    assert_eq!(one.file_name.as_deref(), Some("cat.png"));
    assert_eq!(one.content_type.as_deref(), Some("image/png"));
    let single_shape =
        common::sandbox::fixture(include_str!("data/fixtures/mediaGetMediaResponse.json"));
    let raw = client
        .call(GetSingleMedia::new(ids[1].as_str()))
        .expect("raw");
    common::sandbox::assert_shape("getSingleMedia", &single_shape, raw.body());
    common::sandbox::assert_same_keys("getSingleMedia", &single_shape, raw.body());
    let err = client
        .call(GetSingleMedia::new("no-such-media"))
        .expect_err("404");
    assert!(err.is_not_found(), "{err}");

    // An MMS with the uploaded media.
    let sent = client
        .send(
            SendMessage::new("14155550100", "14155550101", "look")
                .message_type(plivo::ops::MessageType::Mms)
                .media_ids(ids.clone()),
        )
        .expect("sent");
    let uuid = sent.message_uuid.first().cloned().expect("a uuid");
    let of_message = client
        .send(GetMessageMedia::new(uuid.as_str()))
        .expect("media");
    let listed: Vec<&str> = of_message
        .objects
        .iter()
        .map(|m| m.media_id.as_str())
        .collect();
    assert_eq!(listed, ids.iter().map(String::as_str).collect::<Vec<_>>());
    let shape =
        common::sandbox::fixture(include_str!("data/fixtures/messageListMediaResponse.json"));
    let raw = client
        .call(GetMessageMedia::new(uuid.as_str()))
        .expect("raw");
    common::sandbox::assert_shape("getMessageMedia", &shape, raw.body());
    common::sandbox::assert_same_keys("getMessageMedia", &shape, raw.body());

    let single = client
        .send(GetSingleMessageMedia::new(uuid.as_str(), ids[1].as_str()))
        .expect("one of the message's");
    assert_eq!(single.size, Some(8));
    assert_eq!(single.message_uuid.as_deref(), Some(uuid.as_str()));
    let mms_shape =
        common::sandbox::fixture(include_str!("data/fixtures/mmsMediaGetResponse.json"));
    let raw = client
        .call(GetSingleMessageMedia::new(uuid.as_str(), ids[0].as_str()))
        .expect("raw");
    common::sandbox::assert_shape("getSingleMessageMedia", &mms_shape, raw.body());
    common::sandbox::assert_same_keys("getSingleMessageMedia", &mms_shape, raw.body());
    // The list now names the message the media went out with.
    let page = client.send(GetMedia::new()).expect("listed");
    assert!(
        page.objects
            .iter()
            .all(|m| m.message_uuid.as_deref() == Some(uuid.as_str()))
    );

    // Unknown media ids are refused.
    let err = client
        .call(SendMessage::new("14155550100", "14155550101", "x").media_ids(["nope"]))
        .expect_err("unknown media");
    assert_eq!(err.status(), Some(400), "{err}");

    // Delete: the message's media are gone, from the message and from Media/.
    let resp = client
        .call(DeleteMessageMedia::new(uuid.as_str()))
        .expect("deleted");
    assert_eq!(resp.status(), 204);
    let after = client
        .send(GetMessageMedia::new(uuid.as_str()))
        .expect("media");
    assert!(after.objects.is_empty());
    let page = client.send(GetMedia::new()).expect("listed");
    assert_eq!(page.meta.total_count, Some(0));
    let err = client
        .call(DeleteMessageMedia::new("no-such-message"))
        .expect_err("404");
    assert!(err.is_not_found(), "{err}");
}

#[test]
fn the_sandbox_refuses_malformed_and_oversized_uploads() {
    let sandbox = plivo::sandbox::Sandbox::start().expect("sandbox");
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .build()
        .into();
    let url = format!("{}/v1/Account/{}/Media/", sandbox.url(), sandbox.auth_id());
    let auth = {
        use base64::Engine as _;
        let raw = format!("{}:{}", sandbox.auth_id(), sandbox.auth_token());
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(raw)
        )
    };
    let post = |content_type: &str, body: &[u8]| -> (u16, Value) {
        let mut resp = agent
            .post(&url)
            .header("Authorization", &auth)
            .header("Content-Type", content_type)
            .send(body)
            .expect("answered");
        let status = resp.status().as_u16();
        let text = resp.body_mut().read_to_string().unwrap_or_default();
        let body = serde_json::from_str(&text).unwrap_or(Value::Null);
        (status, body)
    };
    for (content_type, body) in [
        (
            "multipart/form-data; boundary=B",
            &b"--B\r\nno head end"[..],
        ),
        ("multipart/form-data; boundary=B", b"not a form"),
        ("multipart/form-data", b"--B\r\n\r\n--B--"),
        (
            "multipart/form-data; boundary=B",
            b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nx",
        ),
    ] {
        let (status, answer) = post(content_type, body);
        assert_eq!(status, 400, "{answer}");
        assert!(
            answer["error"]
                .as_str()
                .is_some_and(|e| e.contains("multipart")),
            "{answer}"
        );
    }
    // A well-formed form without a file part.
    let (status, answer) = post(
        "multipart/form-data; boundary=B",
        b"--B\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\ny\r\n--B--\r\n",
    );
    assert_eq!(
        (status, answer["error"].as_str()),
        (400, Some("file is required"))
    );
    // Over 2 MiB: the client refuses it first; sent raw, the sandbox answers 400.
    let mut big = b"--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\nContent-Type: image/png\r\n\r\n".to_vec();
    big.extend(std::iter::repeat_n(b'a', 2 * 1024 * 1024 + 1));
    big.extend_from_slice(b"\r\n--B--\r\n");
    let (status, answer) = post("multipart/form-data; boundary=B", &big);
    assert_eq!(status, 400, "{answer}");
    assert!(
        answer["error"].as_str().is_some_and(|e| e.contains("2 MB")),
        "{answer}"
    );
}
