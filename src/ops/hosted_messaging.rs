//! Hosted messaging (beyond the seed): sending and receiving messages through Plivo on a US or
//! Canadian number whose voice stays with another provider. A letter of authorization (LOA)
//! is uploaded first ([`CreateLoa`], multipart: the `alias` text part, then the signed letter
//! as the `file` part); a hosted messaging number order then names it ([`CreateHostedMessagingNumber`]).
//! Both lists keep their paging information under `meta_response`
//! ([`crate::ListShape::MetaResponse`]).

use super::File;
use crate::models;
use crate::rules;

params! {
    /// `createLoa` (beyond the seed): uploads a signed letter of authorization
    /// (`POST HostedMessagingNumber/LOA/`, `multipart/form-data`: the text part `alias`, then
    /// the part `file`). Plivo documents no size limit, so none is checked; the file must have
    /// a name and a clean content type.
    ///
    /// ```
    /// use plivo::ops::{CreateLoa, File};
    /// let op = CreateLoa::new("acme-loa", File::from_bytes("loa.pdf", None, b"%PDF-1.4".to_vec()));
    /// assert_eq!(op.file.content_type(), "application/pdf");
    /// ```
    CreateLoa = "createLoa" -> models::Loa;
    required {
        /// A friendly name for the letter.
        alias: String = "alias" => "alias";
        /// The signed letter (a PDF, usually): a path string or a file object in the JSON form.
        file: File = "file" => "file";
    }
    optional {}
}

params! {
    /// `getLoas` (beyond the seed): one page of the account's letters of authorization
    /// (`GET HostedMessagingNumber/LOA/`); paging under `meta_response`.
    GetLoas = "getLoas" -> models::Page<models::Loa>, paged;
    required {}
    optional {
        /// Only the letters with this alias.
        alias: String = "alias" => "alias";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSingleLoa` (beyond the seed): one letter of authorization
    /// (`GET HostedMessagingNumber/LOA/{loa_id}/`).
    GetSingleLoa = "getSingleLoa" -> models::Loa;
    required {
        /// The letter's id.
        loa_id: String = "loaId" => "loa_id";
    }
    optional {}
}

params! {
    /// `deleteLoa` (beyond the seed): deletes a letter of authorization
    /// (`DELETE HostedMessagingNumber/LOA/{loa_id}/`, 204). The sandbox refuses to delete a
    /// letter that hosted messaging numbers still name (400); Plivo does not document it.
    DeleteLoa = "deleteLoa" -> models::Ack;
    required {
        /// The letter's id.
        loa_id: String = "loaId" => "loa_id";
    }
    optional {}
}

params! {
    /// `createHostedMessagingNumber` (beyond the seed): orders messaging on a number hosted
    /// elsewhere (`POST HostedMessagingNumber/`, a JSON body), under an uploaded letter of
    /// authorization and served by a messaging application. All four fields are required, as
    /// plivo-node and plivo-php check.
    ///
    /// ```
    /// use plivo::ops::CreateHostedMessagingNumber;
    /// let op = CreateHostedMessagingNumber::new("shop", "20372631212782780", "loa-id", "14155550123");
    /// assert_eq!(op.number, "14155550123");
    /// ```
    CreateHostedMessagingNumber =
        "createHostedMessagingNumber" -> models::HostedMessagingNumber;
    required {
        /// A friendly name for the number.
        alias: String = "alias" => "alias";
        /// The messaging application that handles its messages.
        application_id: String = "applicationId" => "application_id";
        /// The letter of authorization ([`CreateLoa`]).
        loa_id: String = "loaId" => "loa_id";
        /// The number to host (US or Canada), digits with an optional leading `+`.
        number: String = "number" => "number" [check = nanp_number];
    }
    optional {}
}

/// `number`: a US or Canadian number, `1` and ten digits (a leading `+` is accepted).
#[allow(clippy::ptr_arg)]
fn nanp_number(v: &String) -> Result<(), String> {
    let digits = v.strip_prefix('+').unwrap_or(v);
    if digits.len() == 11 && digits.starts_with('1') && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!(
            "must be a US or Canadian number: 1 and ten digits, e.g. 14155550123 (got {v:?})"
        ))
    }
}

params! {
    /// `getHostedMessagingNumbers` (beyond the seed): one page of the account's hosted
    /// messaging numbers, with filters (`GET HostedMessagingNumber/`); paging under
    /// `meta_response`.
    GetHostedMessagingNumbers =
        "getHostedMessagingNumbers" -> models::Page<models::HostedMessagingNumber>, paged;
    required {}
    optional {
        /// Only the numbers with this alias.
        alias: String = "alias" => "alias";
        /// Only the numbers in this state (`pending`, `completed`, `disconnected`, … Plivo
        /// documents no closed set).
        hosted_status: String = "hostedStatus" => "hosted_status";
        /// Only this number.
        number: String = "number" => "number";
        /// Only the numbers under this letter of authorization.
        loa_id: String = "loaId" => "loa_id";
        /// Page size, 1 to 20.
        limit: u32 = "limit" => "limit" [check = rules::limit];
        /// Items skipped before the page starts.
        offset: u32 = "offset" => "offset";
    }
}

params! {
    /// `getSingleHostedMessagingNumber` (beyond the seed): one hosted messaging number
    /// (`GET HostedMessagingNumber/{hosted_messaging_number_id}/`).
    GetSingleHostedMessagingNumber =
        "getSingleHostedMessagingNumber" -> models::HostedMessagingNumber;
    required {
        /// The hosted messaging number's id.
        hosted_messaging_number_id: String =
            "hostedMessagingNumberId" => "hosted_messaging_number_id";
    }
    optional {}
}
