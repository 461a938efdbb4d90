//! Media uploaded for MMS, and the messages that carry them.
//!
//! `Media/` keeps each uploaded file's details (never its bytes). A message sent with
//! `media_ids` links each of its uuids to each medium ([`State::media_sent`]); the links are
//! what `Message/{uuid}/Media/` lists, and deleting them deletes the media
//! ([`State::message_media_deleted`]).

use serde_json::{Value, json};

use crate::sandbox::state::{Reply, State, error};

impl State {
    /// The uploaded medium with this id.
    pub(crate) fn medium(&self, media_id: &str) -> Option<&Value> {
        self.media.iter().find(|m| m["media_id"] == media_id)
    }

    /// Checks that every id names an uploaded medium: 400 naming the first that does not.
    pub(crate) fn check_media_ids(&self, ids: &[String]) -> Result<(), Reply> {
        match ids.iter().find(|id| self.medium(id).is_none()) {
            Some(id) => Err(error(400, &format!("media_ids: no uploaded media {id}"))),
            None => Ok(()),
        }
    }

    /// Event: a message went out with these (checked) media. Links each to the message
    /// (`Message/{uuid}/Media/`), and marks a medium used by its first message
    /// (`message_uuid` in `GET Media/`).
    pub(crate) fn media_sent(&mut self, base: &str, message_uuid: &str, ids: &[String]) {
        for id in ids {
            let Some(medium) = self.media.iter_mut().find(|m| m["media_id"] == id.as_str()) else {
                continue;
            };
            if medium["message_uuid"].is_null() {
                medium["message_uuid"] = Value::String(message_uuid.to_owned());
            }
            self.message_media.push(json!({
                "content_type": medium["content_type"],
                "media_id": id,
                "media_url": format!("{base}Message/{message_uuid}/Media/{id}/"),
                "message_uuid": message_uuid,
                "size": medium["size"],
            }));
        }
    }

    /// Event: a message's media were deleted. Removes the media themselves (`Media/`) and
    /// every message's link to them. `false` when the message had none.
    pub(crate) fn message_media_deleted(&mut self, message_uuid: &str) -> bool {
        let ids: Vec<Value> = self
            .message_media
            .iter()
            .filter(|m| m["message_uuid"] == message_uuid)
            .map(|m| m["media_id"].clone())
            .collect();
        self.message_media.retain(|m| !ids.contains(&m["media_id"]));
        self.media.retain(|m| !ids.contains(&m["media_id"]));
        !ids.is_empty()
    }
}
