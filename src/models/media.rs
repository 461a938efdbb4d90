//! Media answers (`uploadMedia`, `getMedia`, `getSingleMedia`, the media of a message).

use super::{Decimal, model};

model! {
    /// An uploaded media file (`getSingleMedia`, `getSingleMessageMedia`, the items of
    /// `getMedia` and `getMessageMedia`).
    pub struct Media {
        required {
            /// The media's id, for [`crate::ops::SendMessage::media_ids`].
            media_id: String,
        }
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// Its content type (`image/png`).
            content_type: String,
            /// The name it was uploaded with.
            file_name: String,
            /// Where Plivo serves it.
            media_url: String,
            /// The message it was sent with, if any.
            message_uuid: String,
            /// Size in bytes.
            size: u64,
            /// When it was uploaded.
            upload_time: String,
        }
    }
}

model! {
    /// The media files of a message (`getMessageMedia`): an unpaged list.
    pub struct MessageMediaList {
        required {
            /// The media files.
            objects: Vec<Media>,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// The message.
            message_uuid: String,
        }
    }
}

model! {
    /// The answer to `uploadMedia`: one entry per file, in the order sent.
    pub struct MediaUploaded {
        required {
            /// One entry per uploaded file.
            objects: Vec<UploadedMedia>,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
        }
    }
}

model! {
    /// One file of an upload: its id when it was accepted, an error when not.
    pub struct UploadedMedia {
        required {}
        optional {
            /// The new media's id.
            media_id: String,
            /// Where Plivo serves it (`url` here, `media_url` elsewhere).
            url: String,
            /// The name it was uploaded with.
            file_name: String,
            /// Its content type.
            content_type: String,
            /// Size in bytes.
            size: u64,
            /// When it was uploaded.
            upload_time: String,
            /// `success` or an error word.
            status: String,
            /// An HTTP-like status for this file (`201`).
            status_code: Decimal,
            /// Plivo's error code when the file was refused.
            error_code: Decimal,
            /// Plivo's error message when the file was refused.
            error_message: String,
        }
    }
}
