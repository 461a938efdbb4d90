//! Audio stream answers (`startStream`, `getStreams`, `getSingleStream`).

use super::{Meta, model};

model! {
    /// The answer to `startStream`: the new stream's id.
    pub struct StreamStarted {
        required {}
        optional {
            /// Plivo's request id.
            api_id: String,
            /// What Plivo said (`audio streaming started`).
            message: String,
            /// The new stream's id, for `getSingleStream` and `stopSingleStream`.
            stream_id: String,
        }
    }
}

model! {
    /// An audio stream of a call (`getSingleStream`, the items of `getStreams`).
    pub struct AudioStream {
        required {
            /// The stream's id.
            stream_id: String,
        }
        optional {
            /// Plivo's request id (single answers only).
            api_id: String,
            /// The call streamed.
            call_uuid: String,
            /// The WebSocket server receiving the audio.
            service_url: String,
            /// Where it stands (`initiated`, …).
            status: String,
            /// When audio started flowing (`null` until then).
            start_time: String,
            /// When it ended (`null` while it runs).
            end_time: String,
            /// URL notified of its events (`""` when none).
            status_callback_url: String,
        }
    }
}

model! {
    /// The audio streams of a call (`getStreams`): all of them in one answer.
    pub struct AudioStreamList {
        required {
            /// The streams.
            objects: Vec<AudioStream>,
        }
        optional {
            /// Plivo's request id.
            api_id: String,
            /// Counts (`count`, `limit`, `offset`; `next` and `previous` are `null`).
            meta: Meta,
        }
    }
}
