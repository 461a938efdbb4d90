//! Typed calls and pagination, layered on [`Client::call`]: no second path to the network.

use serde::de::DeserializeOwned;

use crate::models::Page;
use crate::{CallOptions, Client, Error, Operation};

/// A params struct that knows the model its answer decodes into.
///
/// Every params struct in [`crate::ops`] implements it; [`Client::send`] sends one and decodes
/// the answer.
pub trait Typed: Into<Operation> {
    /// The model of the answer.
    type Output: DeserializeOwned;
}

/// A list operation whose answer is a [`Page`]: [`Client::pages`] and [`Client::items`] walk
/// all its pages.
pub trait Paged: Typed<Output = Page<Self::Item>> + Clone {
    /// The model of one item.
    type Item: DeserializeOwned;

    /// `(offset, limit)` as set on the params.
    #[doc(hidden)]
    fn position(&self) -> (Option<u32>, Option<u32>);

    /// Sets `offset` and `limit`.
    #[doc(hidden)]
    fn set_position(&mut self, offset: u32, limit: u32);
}

/// Links a page type to its item type, so `params!` can name `Paged::Item` from the output.
#[doc(hidden)]
pub trait Listing {
    type Item;
}

impl<T> Listing for Page<T> {
    type Item = T;
}

/// The page size [`Client::pages`] asks for when the params set none: Plivo's maximum.
pub const PAGE_SIZE: u32 = 20;

impl Client {
    /// Validates, sends and decodes into the operation's model.
    ///
    /// ```no_run
    /// let client = plivo::Client::from_env()?;
    /// let queued = client.send(plivo::ops::SendMessage::new("14155550100", "14155550101", "hi"))?;
    /// println!("{:?}", queued.message_uuid);
    /// let account = client.send(plivo::ops::GetAccountDetails::new())?;
    /// println!("credits: {:?}", account.cash_credits);
    /// # Ok::<(), plivo::Error>(())
    /// ```
    ///
    /// A decode error ([`Error::Decode`]) names the operation and the path of the field that
    /// failed (`objects[3].units`).
    pub fn send<P: Typed>(&self, params: P) -> Result<P::Output, Error> {
        self.send_with(params, &CallOptions::default())
    }

    /// As [`Client::send`], with settings for this call only (see [`Client::call_with`]).
    pub fn send_with<P: Typed>(
        &self,
        params: P,
        options: &CallOptions,
    ) -> Result<P::Output, Error> {
        let typed = CallOptions {
            check_body: false,
            ..options.clone()
        };
        self.call_with(params, &typed)?.decode_model()
    }

    /// Every page of a list, fetched one at a time as the iterator advances, starting from the
    /// params' filters and offset (pages of 20 unless the params set a `limit`). It follows
    /// `meta.next` and stops after the page that has none: no empty request at the end. The
    /// first error is yielded once and ends the iteration. Every paged shape is walked the same
    /// way ([`crate::ListShape`]: `meta` or `meta_response`, items under `objects` or a named
    /// key like `sessions`, or all of it inside `response`): [`Page`] reads them all.
    ///
    /// ```no_run
    /// let client = plivo::Client::from_env()?;
    /// for page in client.pages(plivo::ops::GetMessages::new()) {
    ///     let page = page?;
    ///     println!("{} of {:?}", page.objects.len(), page.meta.total_count);
    /// }
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn pages<P: Paged>(&self, params: P) -> Pages<'_, P> {
        let mut params = params;
        let (offset, limit) = params.position();
        params.set_position(offset.unwrap_or(0), limit.unwrap_or(PAGE_SIZE));
        Pages {
            client: self,
            next: Some(params),
            pending: None,
        }
    }

    /// Every item of a list, page by page as [`Client::pages`] fetches them; memory holds one
    /// page at a time.
    ///
    /// ```no_run
    /// let client = plivo::Client::from_env()?;
    /// let delivered = plivo::ops::GetMessages::new().message_state(plivo::ops::MessageState::Delivered);
    /// for message in client.items(delivered) {
    ///     let message = message?;
    ///     println!("{} {:?}", message.message_uuid, message.to_number);
    /// }
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn items<P: Paged>(&self, params: P) -> Items<'_, P> {
        Items {
            pages: self.pages(params),
            current: Vec::new().into_iter(),
        }
    }
}

/// Iterator over the pages of a list; see [`Client::pages`].
#[derive(Debug)]
pub struct Pages<'c, P: Paged> {
    client: &'c Client,
    next: Option<P>,
    /// An error found after a page was fetched, yielded after that page.
    pending: Option<Error>,
}

impl<P: Paged> Iterator for Pages<'_, P> {
    type Item = Result<Page<P::Item>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(error) = self.pending.take() {
            return Some(Err(error));
        }
        let params = self.next.take()?;
        let typed = CallOptions {
            check_body: false,
            ..CallOptions::default()
        };
        let fetched = self
            .client
            .call_with(params.clone(), &typed)
            .and_then(|resp| Ok((resp.decode_model::<Page<P::Item>>()?, resp.attempts())));
        let (page, attempts) = match fetched {
            Ok(fetched) => fetched,
            Err(e) => return Some(Err(e)),
        };
        let (mut offset, mut limit) = params.position();
        match follow_next(&mut offset, &mut limit, page.meta.next.as_deref()) {
            Ok(true) => {
                let mut params = params;
                params.set_position(offset.unwrap_or(0), limit.unwrap_or(PAGE_SIZE));
                self.next = Some(params);
            }
            Ok(false) => {}
            Err(next) => self.pending = Some(bad_next(params.into().name(), &next, attempts)),
        }
        Some(Ok(page))
    }
}

impl<P: Paged> std::iter::FusedIterator for Pages<'_, P> {}

/// Moves a list's position to its `meta.next`: `Ok(true)` to fetch that page, `Ok(false)` after
/// the last one, `Err(next)` when `next` does not lead to a later page (only ever forward, so a
/// server that points back cannot loop us). A `next` without a `limit` keeps the page size.
fn follow_next(
    offset: &mut Option<u32>,
    limit: &mut Option<u32>,
    next: Option<&str>,
) -> Result<bool, String> {
    let Some(next) = next else { return Ok(false) };
    match next_position(next) {
        Some((next_offset, next_limit)) if Some(next_offset) > *offset => {
            *offset = Some(next_offset);
            if next_limit.is_some() {
                *limit = next_limit;
            }
            Ok(true)
        }
        _ => Err(next.to_owned()),
    }
}

/// The error for a `meta.next` that does not lead to a later page: the answer was read, so it
/// is a decode error, and the request was sent.
fn bad_next(operation: &'static str, next: &str, attempts: u32) -> Error {
    let message = format!("`meta.next` is not a later page of this list: {next:?}");
    Error::Decode(Box::new(crate::error::DecodeError {
        operation: Some(operation),
        status: 200,
        source: serde::de::Error::custom(&message),
        message,
        path: Some("meta.next".to_owned()),
        attempts,
    }))
}

/// Reads `offset` and `limit` from a `meta.next` URI (`/v1/Account/…/Message/?limit=20&offset=20`).
fn next_position(uri: &str) -> Option<(u32, Option<u32>)> {
    let query = uri.split_once('?')?.1;
    let mut offset = None;
    let mut limit = None;
    for pair in query.split('&') {
        match pair.split_once('=') {
            Some(("offset", v)) => offset = v.parse().ok(),
            Some(("limit", v)) => limit = v.parse().ok(),
            _ => {}
        }
    }
    Some((offset?, limit))
}

impl Client {
    /// Every page of a list given as an [`Operation`] (from the JSON form, say), as raw
    /// [`crate::Response`]s: the same walk as [`Client::pages`] (pages of 20 unless the params
    /// set a `limit`, following `next`, one page at a time, the first error ends it) without a
    /// model. `next` is read where the operation's [`crate::ListShape`] keeps it (`meta`,
    /// `response.meta` or `meta_response`), and [`crate::ListShape::items`] finds the items
    /// the same way. An operation that is not paged yields its one answer.
    ///
    /// ```no_run
    /// let client = plivo::Client::from_env()?;
    /// let op = plivo::Operation::from_json(r#"{"operation": "getVerifySessions", "params": {"status": "verified"}}"#)?;
    /// let shape = op.kind().list_shape().expect("a list");
    /// for page in client.call_pages(op) {
    ///     for session in shape.items(page?.body()).into_iter().flatten() {
    ///         println!("{}", session["session_uuid"]);
    ///     }
    /// }
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn call_pages(&self, op: impl Into<Operation>) -> RawPages<'_> {
        let mut op = op.into();
        if let Some((offset, limit)) = op.page_fields() {
            offset.get_or_insert(0);
            limit.get_or_insert(PAGE_SIZE);
        }
        RawPages {
            client: self,
            next: Some(op),
            pending: None,
        }
    }
}

/// Iterator over the raw pages of a list; see [`Client::call_pages`].
#[derive(Debug)]
pub struct RawPages<'c> {
    client: &'c Client,
    next: Option<Operation>,
    pending: Option<Error>,
}

impl Iterator for RawPages<'_> {
    type Item = Result<crate::Response, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(error) = self.pending.take() {
            return Some(Err(error));
        }
        let mut op = self.next.take()?;
        let response = match self.client.call(op.clone()) {
            Ok(response) => response,
            Err(e) => return Some(Err(e)),
        };
        let name = op.name();
        let attempts = response.attempts();
        let shape = op.kind().list_shape();
        if let Some((offset, limit)) = op.page_fields() {
            let next = shape.and_then(|shape| shape.next(response.body()));
            match follow_next(offset, limit, next) {
                Ok(true) => self.next = Some(op),
                Ok(false) => {}
                Err(next) => self.pending = Some(bad_next(name, &next, attempts)),
            }
        }
        Some(Ok(response))
    }
}

impl std::iter::FusedIterator for RawPages<'_> {}

/// Iterator over the items of a list; see [`Client::items`].
#[derive(Debug)]
pub struct Items<'c, P: Paged> {
    pages: Pages<'c, P>,
    current: std::vec::IntoIter<P::Item>,
}

impl<P: Paged> Iterator for Items<'_, P> {
    type Item = Result<P::Item, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.current.next() {
                return Some(Ok(item));
            }
            match self.pages.next()? {
                Ok(page) => self.current = page.objects.into_iter(),
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl<P: Paged> std::iter::FusedIterator for Items<'_, P> {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_uris() {
        assert_eq!(
            next_position("/v1/Account/MA/Message/?limit=20&offset=40"),
            Some((40, Some(20)))
        );
        assert_eq!(
            next_position("/v1/Account/MA/Message/?offset=5&limit=3&x=1"),
            Some((5, Some(3)))
        );
        assert_eq!(
            next_position("/v1/Account/MA/Message/?offset=5"),
            Some((5, None))
        );
        assert_eq!(next_position("/v1/Account/MA/Message/?limit=20"), None);
        assert_eq!(next_position("/v1/Account/MA/Message/"), None);
    }
}
