//! Media for MMS (beyond the seed): uploads, and the media of sent messages.

use crate::models;
use crate::rules;

params! {
    /// `uploadMedia` (beyond the seed): uploads one or more files for MMS messages
    /// (`POST Media/`, `multipart/form-data`, one part named `file` per file). Send them with
    /// [`super::SendMessage::media_ids`] and the answer's `media_id`s.
    ///
    /// Plivo's documented limits are checked before anything is sent: at most 10 files per
    /// request and 2 MB per file (checked as 2 MiB, 2,097,152 bytes, so that no file Plivo
    /// accepts is refused here). Unused media are deleted by Plivo after 6 hours.
    ///
    /// ```
    /// use plivo::ops::{File, UploadMedia};
    /// let op = UploadMedia::new([
    ///     File::from_path("photo.jpg"),
    ///     File::from_bytes("hello.txt", None, b"hello".to_vec()),
    /// ]);
    /// assert_eq!(op.files.len(), 2);
    /// ```
    UploadMedia = "uploadMedia" -> models::MediaUploaded;
    required {
        /// The files, one part each (a file as a path string or an object in the JSON form,
        /// several as an array).
        files: Files = "file" => "file" [max_files = 10, max_bytes = 2_097_152];
    }
    optional {}
}

params! {
    /// `getMedia` (beyond the seed): one page of the account's uploaded media.
    GetMedia = "getMedia" -> models::Page<models::Media>, paged;
    required {}
    optional {
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSingleMedia` (beyond the seed): one uploaded media file's details.
    GetSingleMedia = "getSingleMedia" -> models::Media;
    required {
        /// The media's id.
        media_id: String = "mediaId" => "media_id";
    }
    optional {}
}

params! {
    /// `getMessageMedia` (beyond the seed): the media files of an MMS message.
    GetMessageMedia = "getMessageMedia" -> models::MessageMediaList;
    required {
        /// The message's uuid.
        message_uuid: String = "messageUuid" => "message_uuid";
    }
    optional {}
}

params! {
    /// `getSingleMessageMedia` (beyond the seed): one media file of an MMS message.
    GetSingleMessageMedia = "getSingleMessageMedia" -> models::Media;
    required {
        /// The message's uuid.
        message_uuid: String = "messageUuid" => "message_uuid";
        /// The media's id.
        media_id: String = "mediaId" => "media_id";
    }
    optional {}
}

params! {
    /// `deleteMessageMedia` (beyond the seed): deletes every media file of an MMS message.
    DeleteMessageMedia = "deleteMessageMedia" -> models::Ack;
    required {
        /// The message's uuid.
        message_uuid: String = "messageUuid" => "message_uuid";
    }
    optional {}
}
