//! `Client` and `ClientBuilder`: credentials, settings and the shared connection pool.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;

use crate::retry::{CallOptions, RetryPolicy};
use crate::transport::Transport;
use crate::{Error, Operation, Response, Secret, Service, dispatch, rules};

/// Plivo's API origin; every request goes here unless [`ClientBuilder::base_url`] says
/// otherwise.
pub const DEFAULT_BASE_URL: &str = "https://api.plivo.com";

/// Default bound on establishing a connection (TCP and TLS).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Default bound on each later phase: sending the request, waiting for the answer's head,
/// reading its body.
pub const DEFAULT_RESPONSE_TIMEOUT: Duration = Duration::from_secs(30);

/// Default bound on a whole call, retries and backoff included: 90 s.
///
/// Long enough for one slow attempt to use every per-phase bound it is likely to need
/// (10 s to connect, 30 s waiting for the answer, 30 s reading it) and still leave room for a
/// quick retry; short enough that no call blocks a thread for minutes: without it, per-phase
/// bounds alone let a server that answers each phase just in time hold a `GET` for about
/// 3 × 130 s plus backoff.
pub const DEFAULT_TOTAL_TIMEOUT: Duration = Duration::from_secs(90);

/// Default cap on the size of an answer's body.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 8 * 1024 * 1024;

/// A blocking Plivo client.
///
/// Cheap to clone (one `Arc`), `Send + Sync`: share one client across threads and its
/// connection pool with it. Clients with different credentials (the main account, each
/// subaccount) are independent and can coexist.
///
/// ```no_run
/// let client = plivo::Client::from_env()?;
/// let resp = client.call(plivo::ops::SendMessage::new("14155550100", "14155550101", "hi"))?;
/// println!("{} {}", resp.status(), resp.body());
/// # Ok::<(), plivo::Error>(())
/// ```
#[derive(Clone)]
pub struct Client {
    transport: Arc<Transport>,
}

impl Client {
    /// A client for these credentials with every default setting.
    ///
    /// The auth id must be `MA` or `SA` and 18 upper-case letters or digits; the token must not
    /// be empty.
    pub fn new(auth_id: impl Into<String>, auth_token: impl Into<String>) -> Result<Client, Error> {
        Client::builder()
            .auth_id(auth_id)
            .auth_token(auth_token)
            .build()
    }

    /// A client from the environment: `PLIVO_AUTH_ID` and `PLIVO_AUTH_TOKEN`, and
    /// `PLIVO_BASE_URL` when it is set (to point at a sandbox or a test server).
    pub fn from_env() -> Result<Client, Error> {
        let var = |name: &'static str| {
            std::env::var(name)
                .map_err(|_| Error::invalid(None, name, "is not set in the environment"))
        };
        let mut builder = Client::builder()
            .auth_id(var("PLIVO_AUTH_ID")?)
            .auth_token(var("PLIVO_AUTH_TOKEN")?);
        if let Ok(url) = std::env::var("PLIVO_BASE_URL") {
            builder = builder.base_url(url);
        }
        builder.build()
    }

    /// A builder for the settings: credentials, base URL, timeouts, user agent, proxy.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// The account's auth id.
    pub fn auth_id(&self) -> &str {
        &self.transport.auth_id
    }

    /// The origin the main API's requests go to (`https://api.plivo.com` unless overridden).
    pub fn base_url(&self) -> &str {
        self.transport.origin(Service::Api)
    }

    /// The origin a service's requests go to (its Plivo host unless overridden by
    /// [`ClientBuilder::base_url`] or [`ClientBuilder::service_url`]).
    ///
    /// ```
    /// use plivo::{Client, Service};
    /// let client = Client::builder()
    ///     .auth_id("MAXXXXXXXXXXXXXXXXXX")
    ///     .auth_token("token")
    ///     .service_url(Service::Lookup, "http://127.0.0.1:9000")
    ///     .build()?;
    /// assert_eq!(client.service_url(Service::Api), "https://api.plivo.com");
    /// assert_eq!(client.service_url(Service::Lookup), "http://127.0.0.1:9000");
    /// assert_eq!(client.service_url(Service::Stats), "https://stats.plivo.com");
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn service_url(&self, service: Service) -> &str {
        self.transport.origin(service)
    }

    /// Validates the operation, sends it and returns Plivo's answer.
    ///
    /// A 2xx status is success. Any other status is [`Error::Api`] with the status, `api_id`,
    /// the server's message and its body. Input that breaks a rule is [`Error::Invalid`] and
    /// nothing is sent.
    pub fn call(&self, op: impl Into<Operation>) -> Result<Response, Error> {
        self.call_with(op, &CallOptions::default())
    }

    /// As [`Client::call`], with settings for this call only: a timeout, a retry policy.
    ///
    /// ```no_run
    /// use std::time::Duration;
    /// use plivo::{CallOptions, RetryPolicy, ops};
    /// let client = plivo::Client::from_env()?;
    /// let quick = CallOptions::new().timeout(Duration::from_secs(3)).retry(RetryPolicy::none());
    /// let resp = client.call_with(ops::GetAccountDetails::new(), &quick)?;
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn call_with(
        &self,
        op: impl Into<Operation>,
        options: &CallOptions,
    ) -> Result<Response, Error> {
        let op = op.into();
        let request = self.request(&op)?;
        self.transport.send(op.name(), &request, options)
    }

    /// Validates the operation and shows the request [`Client::call`] would send, without
    /// sending it: a dry run.
    ///
    /// ```
    /// let client = plivo::Client::new("MAXXXXXXXXXXXXXXXXXX", "token")?;
    /// let req = client.prepare(plivo::ops::GetPricing::new("US"))?;
    /// assert_eq!(req.method(), "GET");
    /// assert_eq!(req.url(), "https://api.plivo.com/v1/Account/MAXXXXXXXXXXXXXXXXXX/Pricing/?country_iso=US");
    /// assert_eq!(req.body(), None);
    /// # Ok::<(), plivo::Error>(())
    /// ```
    pub fn prepare(&self, op: impl Into<Operation>) -> Result<PreparedRequest, Error> {
        let request = self.request(&op.into())?;
        Ok(PreparedRequest {
            method: request.method.as_str(),
            url: request.uri.to_string(),
            content_type: request.content_type,
            body: request.body.map(|b| {
                String::from_utf8(b)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
            }),
        })
    }

    /// Checks the operation's rules, then builds its request: what `call` sends and `prepare`
    /// shows are one and the same.
    fn request(&self, op: &Operation) -> Result<dispatch::Request, Error> {
        op.validate()?;
        let service = op.kind().service();
        dispatch::build(op, self.transport.base(service), &self.transport.auth_id)
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("auth_id", &self.transport.auth_id)
            .field("auth_token", &Secret::MASK)
            .field("service_urls", &self.transport.origins)
            .finish_non_exhaustive()
    }
}

/// A request as [`Client::call`] would send it; see [`Client::prepare`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreparedRequest {
    method: &'static str,
    url: String,
    content_type: Option<String>,
    body: Option<String>,
}

impl PreparedRequest {
    /// `GET`, `POST`, `PATCH` or `DELETE`.
    pub fn method(&self) -> &'static str {
        self.method
    }

    /// The full URL, query included.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The body, when one is sent: JSON, or for an upload the multipart body (files read,
    /// bytes that are not UTF-8 shown as U+FFFD).
    pub fn body(&self) -> Option<&str> {
        self.body.as_deref()
    }

    /// The body's `Content-Type` when it is not `application/json`: for an upload,
    /// `multipart/form-data; boundary=…` (a fresh boundary on every build).
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }
}

/// How the client finds a proxy.
#[derive(Debug, Clone, Default)]
enum ProxySetting {
    /// ureq's default: `ALL_PROXY`, `HTTPS_PROXY`, `HTTP_PROXY` (and lower-case forms),
    /// honouring `NO_PROXY`.
    #[default]
    FromEnv,
    None,
    Url(String),
}

/// Settings for a [`Client`]. `Debug` never shows the token.
///
/// ```
/// use std::time::Duration;
/// let client = plivo::Client::builder()
///     .auth_id("MAXXXXXXXXXXXXXXXXXX")
///     .auth_token("token")
///     .base_url("http://127.0.0.1:8080")        // every Plivo host's requests go here
///     .connect_timeout(Duration::from_secs(3))
///     .response_timeout(Duration::from_secs(10))
///     .user_agent("my-app/1.2")
///     .no_proxy()
///     .build()?;
/// assert_eq!(client.base_url(), "http://127.0.0.1:8080");
/// # Ok::<(), plivo::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ClientBuilder {
    auth_id: Option<String>,
    auth_token: Option<Secret>,
    base_url: Option<String>,
    service_urls: [Option<String>; 4],
    connect_timeout: Option<Duration>,
    response_timeout: Option<Duration>,
    total_timeout: Option<Duration>,
    user_agent: Option<String>,
    max_response_bytes: u64,
    proxy: ProxySetting,
    retry: RetryPolicy,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            auth_id: None,
            auth_token: None,
            base_url: None,
            service_urls: Default::default(),
            connect_timeout: Some(DEFAULT_CONNECT_TIMEOUT),
            response_timeout: Some(DEFAULT_RESPONSE_TIMEOUT),
            total_timeout: Some(DEFAULT_TOTAL_TIMEOUT),
            user_agent: None,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            proxy: ProxySetting::FromEnv,
            retry: RetryPolicy::default(),
        }
    }
}

impl ClientBuilder {
    /// The auth id (`MA…` for a main account, `SA…` for a subaccount).
    pub fn auth_id(mut self, auth_id: impl Into<String>) -> Self {
        self.auth_id = Some(auth_id.into());
        self
    }

    /// The auth token. It is kept out of every `Debug`, `Display` and error.
    pub fn auth_token(mut self, auth_token: impl Into<String>) -> Self {
        self.auth_token = Some(Secret::new(auth_token));
        self
    }

    /// Sends every request, of every [`Service`], to this origin instead of Plivo's hosts,
    /// paths unchanged (`http://127.0.0.1:8080` →
    /// `http://127.0.0.1:8080/v1/Account/{auth_id}/Message/`, and
    /// `http://127.0.0.1:8080/v1/Number/{number}?type=carrier` for a lookup). Scheme `http`
    /// or `https`, a host, an optional port, no path. This and [`ClientBuilder::service_url`]
    /// are the only ways to send requests without TLS.
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = Some(base_url.into());
        self
    }

    /// Sends one service's requests to this origin, paths unchanged; it wins over
    /// [`ClientBuilder::base_url`] for that service. Same form as `base_url`.
    pub fn service_url(mut self, service: Service, url: impl Into<String>) -> Self {
        self.service_urls[service.index()] = Some(url.into());
        self
    }

    /// Bound on establishing a connection, TLS included (default 10 s); `None` waits forever.
    pub fn connect_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.connect_timeout = timeout.into();
        self
    }

    /// Bound on each phase after connecting: sending the request, waiting for the answer's
    /// head, reading its body (default 30 s each); `None` waits forever.
    pub fn response_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.response_timeout = timeout.into();
        self
    }

    /// Bound on a whole call: every attempt, the waits between them and each phase of each
    /// (default [`DEFAULT_TOTAL_TIMEOUT`], 90 s); `None` turns it off. Each phase gets the
    /// smaller of its own bound and the time left, no retry starts whose delay would use up
    /// the time left, and when it runs out the call ends with an error whose
    /// [`Error::is_timeout`] is `true` and which tells the attempts made. Per call:
    /// [`CallOptions::total_timeout`].
    pub fn total_timeout(mut self, timeout: impl Into<Option<Duration>>) -> Self {
        self.total_timeout = timeout.into();
        self
    }

    /// Your product token (`my-app/1.2`), sent in front of ours:
    /// `User-Agent: my-app/1.2 plivo-rust/<version> (Rust)`.
    pub fn user_agent(mut self, product: impl Into<String>) -> Self {
        self.user_agent = Some(product.into());
        self
    }

    /// Cap on an answer's body (default 8 MiB); a larger body is an error, never an allocation.
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = bytes;
        self
    }

    /// Sends every request through this proxy (`http://host:port`, `socks5://host:port` needs
    /// ureq's socks feature).
    pub fn proxy(mut self, url: impl Into<String>) -> Self {
        self.proxy = ProxySetting::Url(url.into());
        self
    }

    /// How calls are retried (default [`RetryPolicy::default`]; [`RetryPolicy::none`] turns
    /// retries off). A `POST` is retried only when it never left this machine; see
    /// [`crate::retry`].
    pub fn retry_policy(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Uses no proxy, whatever the environment says. By default the `ALL_PROXY`,
    /// `HTTPS_PROXY` and `HTTP_PROXY` variables (and `NO_PROXY`) are honoured.
    pub fn no_proxy(mut self) -> Self {
        self.proxy = ProxySetting::None;
        self
    }

    /// Checks every setting and builds the client.
    pub fn build(self) -> Result<Client, Error> {
        self.build_with(ureq::unversioned::resolver::DefaultResolver::default())
    }

    /// As [`ClientBuilder::build`], looking names up with `resolver` (behind the cache); tests
    /// inject one that fails, so that no test asks the machine's DNS server.
    fn build_with(
        self,
        resolver: impl ureq::unversioned::resolver::Resolver,
    ) -> Result<Client, Error> {
        let auth_id = self
            .auth_id
            .ok_or_else(|| Error::invalid(None, "auth_id", "is required"))?;
        rules::auth_id(&auth_id).map_err(|rule| Error::invalid(None, "auth_id", rule))?;
        let token = self
            .auth_token
            .ok_or_else(|| Error::invalid(None, "auth_token", "is required"))?;
        if token.expose().trim().is_empty() {
            return Err(Error::invalid(None, "auth_token", "must not be empty"));
        }
        if token.expose().chars().any(char::is_control) {
            return Err(Error::invalid(
                None,
                "auth_token",
                "must not contain control characters",
            ));
        }
        let base_url = self
            .base_url
            .as_deref()
            .map(|url| parse_origin("base_url", url))
            .transpose()?;
        let mut origins: [String; 4] = Default::default();
        for service in Service::ALL {
            origins[service.index()] = match (&self.service_urls[service.index()], &base_url) {
                (Some(url), _) => parse_origin(&format!("service_url({service})"), url)?,
                (None, Some(url)) => url.clone(),
                (None, None) => service.default_url().to_owned(),
            };
        }
        let user_agent = match &self.user_agent {
            Some(product) if product.chars().any(char::is_control) => {
                return Err(Error::invalid(
                    None,
                    "user_agent",
                    "must not contain CR, LF or other control characters",
                ));
            }
            Some(product) => format!("{product} {}", default_user_agent()),
            None => default_user_agent(),
        };
        let proxy = match &self.proxy {
            ProxySetting::FromEnv => ureq::Proxy::try_from_env(),
            ProxySetting::None => None,
            ProxySetting::Url(url) => Some(ureq::Proxy::new(url).map_err(|e| {
                Error::invalid(None, "proxy", format!("is not a usable proxy URL: {e}"))
            })?),
        };
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .user_agent(user_agent)
            .proxy(proxy)
            .timeout_connect(self.connect_timeout)
            .timeout_send_request(self.response_timeout)
            .timeout_send_body(self.response_timeout)
            .timeout_recv_response(self.response_timeout)
            .timeout_recv_body(self.response_timeout)
            // ureq's global timeout bounds one attempt; the transport hands later attempts
            // the time left. Name lookups are cached, so it starts no resolver thread per call.
            .timeout_global(self.total_timeout)
            .build();
        let credentials = format!("{auth_id}:{}", token.expose());
        let mut authorization = ureq::http::HeaderValue::try_from(format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(credentials)
        ))
        .map_err(|_| Error::invalid(None, "auth_token", "cannot form an Authorization header"))?;
        authorization.set_sensitive(true);
        Ok(Client {
            transport: Arc::new(Transport::new(
                ureq::Agent::with_parts(
                    config,
                    ureq::unversioned::transport::Connector::chain(
                        ureq::unversioned::transport::DefaultConnector::default(),
                        crate::steady::SteadyTimeouts,
                    ),
                    crate::resolver::CachingResolver::new(resolver),
                ),
                auth_id,
                authorization,
                origins,
                self.max_response_bytes,
                self.retry,
                self.total_timeout,
            )),
        })
    }
}

fn default_user_agent() -> String {
    format!("plivo-rust/{} (Rust)", env!("CARGO_PKG_VERSION"))
}

/// Accepts `scheme://host[:port]` with an optional trailing `/`, nothing more.
fn parse_origin(setting: &str, url: &str) -> Result<String, Error> {
    let fail = |rule: &str| Error::invalid(None, setting, format!("{rule} (got {url:?})"));
    let trimmed = url.strip_suffix('/').unwrap_or(url);
    let uri: ureq::http::Uri = trimmed.parse().map_err(|_| fail("is not a URL"))?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        _ => return Err(fail("must start with http:// or https://")),
    }
    if uri.authority().is_none_or(|a| a.host().is_empty()) {
        return Err(fail("must name a host"));
    }
    if !matches!(uri.path(), "" | "/") || uri.query().is_some() || trimmed.contains('@') {
        return Err(fail(
            "must be an origin only: scheme, host and port, no path, query or user",
        ));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use ureq::http::Uri;
    use ureq::unversioned::resolver::{ResolvedSocketAddrs, Resolver};
    use ureq::unversioned::transport::NextTimeout;

    use super::*;
    use crate::{RetryPolicy, TransportKind, ops};

    /// Fails every lookup the way ureq's resolver does when `getaddrinfo` finds nothing: an
    /// `io::Error` of an uncategorized kind (`failed to lookup address information: …`).
    #[derive(Debug)]
    struct NoSuchName;

    impl Resolver for NoSuchName {
        fn resolve(
            &self,
            _uri: &Uri,
            _config: &ureq::config::Config,
            _timeout: NextTimeout,
        ) -> Result<ResolvedSocketAddrs, ureq::Error> {
            Err(ureq::Error::Io(std::io::Error::other(
                "failed to lookup address information: Name or service not known",
            )))
        }
    }

    #[test]
    fn a_failed_lookup_is_a_dns_error_retried_even_for_a_post() {
        let client = Client::builder()
            .auth_id("MAXXXXXXXXXXXXXXXXXX")
            .auth_token("token")
            .base_url("http://nonexistent.invalid")
            .no_proxy()
            .retry_policy(
                RetryPolicy::default()
                    .base_delay(Duration::from_millis(1))
                    .max_delay(Duration::from_millis(1)),
            )
            .build_with(NoSuchName)
            .expect("client builds");
        let err = client
            .call(ops::SendMessage::new("14155550100", "14155550101", "hi"))
            .expect_err("the name does not resolve");
        let Error::Transport(t) = &err else {
            panic!("expected a transport error, got {err:?}")
        };
        assert_eq!(t.kind, TransportKind::Dns, "{err:?}");
        assert!(!err.may_have_been_sent());
        assert_eq!(err.attempts(), 3, "retried like a refused connection");
        let shown = err.to_string();
        assert!(shown.contains("could not be resolved"), "{shown}");
        assert!(shown.contains("`nonexistent.invalid`"), "{shown}");
        assert!(shown.contains("never left this machine"), "{shown}");
    }
}
