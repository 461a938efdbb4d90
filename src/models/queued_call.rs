//! Queued call answers (`getQueuedCalls`, `getSingleQueuedCall`): the same shapes as the
//! live calls', so the same models.

/// The uuids of the calls placed but not yet answered (`getQueuedCalls`); not paged. The
/// shape of [`LiveCallIds`](super::LiveCallIds).
pub type QueuedCallIds = super::LiveCallIds;

/// A call placed but not yet answered (`getSingleQueuedCall`): the live view's shape
/// ([`LiveCall`](super::LiveCall)), with `call_status` `queued`.
pub type QueuedCall = super::LiveCall;
