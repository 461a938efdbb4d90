//! Media for MMS: uploads (`multipart/form-data`, one part named `file` per file), the list
//! of uploads, and the media of sent messages.
//!
//! Plivo's limits are enforced: at most 10 files per request and 2 MiB per file (400
//! otherwise). The sandbox keeps each file's name, content type and size, not its bytes.

use serde_json::{Value, json};

use crate::sandbox::state::{
    Handled, Req, State, error, find, no_content, not_found, now, page, reply,
};

const MAX_FILES: usize = 10;
const MAX_FILE_BYTES: usize = 2 * 1024 * 1024;

/// The keys of a medium in a list, and of one read alone (as in Plivo's recorded answers).
const LIST_KEYS: &[&str] = &[
    "content_type",
    "media_id",
    "media_url",
    "message_uuid",
    "size",
];
const SINGLE_KEYS: &[&str] = &[
    "content_type",
    "file_name",
    "media_id",
    "media_url",
    "size",
    "upload_time",
];

fn only(medium: &Value, keys: &[&str]) -> Value {
    Value::Object(
        keys.iter()
            .map(|k| ((*k).to_owned(), medium[*k].clone()))
            .collect(),
    )
}

pub(crate) fn upload(state: &mut State, req: &Req) -> Handled {
    if let Some(part) = req.files.iter().find(|p| p.name != "file") {
        return Err(error(
            400,
            &format!(
                "unexpected file part `{}` (files go in parts named `file`)",
                part.name
            ),
        ));
    }
    if req.files.is_empty() {
        return Err(error(400, "file is required"));
    }
    if req.files.len() > MAX_FILES {
        return Err(error(400, "at most 10 files may be uploaded at once"));
    }
    if let Some(big) = req.files.iter().find(|p| p.data.len() > MAX_FILE_BYTES) {
        let name = big.filename.clone().unwrap_or_default();
        return Err(error(
            400,
            &format!("{name} is over the 2 MB limit per file"),
        ));
    }
    let time = now();
    let mut objects = Vec::with_capacity(req.files.len());
    for part in &req.files {
        let id = state.rng.uuid();
        let url = format!("{}Media/{id}/", req.base);
        let file_name = part.filename.clone().unwrap_or_default();
        let content_type = part
            .content_type
            .clone()
            .unwrap_or_else(|| "application/octet-stream".to_owned());
        let size = part.data.len();
        state.media.insert(
            0,
            json!({
                "content_type": content_type,
                "file_name": file_name,
                "media_id": id,
                "media_url": url,
                "message_uuid": null,
                "size": size,
                "upload_time": time,
            }),
        );
        objects.push(json!({
            "content_type": content_type,
            "file_name": file_name,
            "media_id": id,
            "size": size,
            "status": "success",
            "status_code": 201,
            "upload_time": time,
            "url": url,
        }));
    }
    reply(202, json!({"objects": objects}))
}

pub(crate) fn list(state: &mut State, req: &Req) -> Handled {
    let items: Vec<Value> = state.media.iter().map(|m| only(m, LIST_KEYS)).collect();
    page(req, "Media/", items.iter(), &[])
}

pub(crate) fn get(state: &mut State, req: &Req) -> Handled {
    let medium = state.medium(req.seg(1)).ok_or_else(not_found)?;
    reply(200, only(medium, SINGLE_KEYS))
}

pub(crate) fn list_for_message(state: &mut State, req: &Req) -> Handled {
    let uuid = req.seg(1);
    find(&mut state.messages, "message_uuid", uuid)?;
    let objects: Vec<Value> = state
        .message_media
        .iter()
        .filter(|m| m["message_uuid"] == uuid)
        .cloned()
        .collect();
    reply(200, json!({"message_uuid": uuid, "objects": objects}))
}

pub(crate) fn get_for_message(state: &mut State, req: &Req) -> Handled {
    let (uuid, id) = (req.seg(1), req.seg(3));
    let link = state
        .message_media
        .iter()
        .find(|m| m["message_uuid"] == uuid && m["media_id"] == id)
        .ok_or_else(not_found)?;
    reply(200, link.clone())
}

pub(crate) fn delete_for_message(state: &mut State, req: &Req) -> Handled {
    let uuid = req.seg(1);
    find(&mut state.messages, "message_uuid", uuid)?;
    state.message_media_deleted(uuid);
    no_content()
}
