//! A caching name resolver: ureq looks the host up on every call, even on a kept-alive
//! connection; this remembers the answer for a while, so a busy client does not ask DNS for
//! `api.plivo.com` once per call.

use std::sync::{PoisonError, RwLock};
use std::time::{Duration, Instant};

use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How long a lookup is reused.
pub(crate) const DNS_CACHE_TTL: Duration = Duration::from_secs(30);

/// Most origins remembered; a client talks to one (and maybe a proxy).
const MAX_ENTRIES: usize = 16;

/// Wraps ureq's resolver; answers are cached per scheme, host and port for [`DNS_CACHE_TTL`].
/// Failures are not cached. A hit allocates nothing: the key is compared piece by piece in a
/// short list.
///
/// An IP address in the URL (`http://127.0.0.1:8080`, `https://[::1]`) is the answer itself and
/// never reaches ureq's resolver. Under a timeout (the client always has one: the total timeout)
/// that resolver runs every lookup on a thread of its own, addresses included. Besides the
/// thread, the first thread a process starts makes glibc's allocator take its locking path for
/// every allocation from then on, which a single-threaded program talking to the sandbox or a
/// local proxy would otherwise pay on every call (about 5 % of reading a 25 KB page into a
/// `Value`, measured in `benches/RESULTS.md`).
#[derive(Debug, Default)]
pub(crate) struct CachingResolver<R = DefaultResolver> {
    inner: R,
    cache: RwLock<Vec<Entry>>,
}

#[derive(Debug)]
struct Entry {
    scheme: String,
    authority: String,
    at: Instant,
    addrs: ResolvedSocketAddrs,
}

impl<R> CachingResolver<R> {
    pub(crate) fn new(inner: R) -> Self {
        CachingResolver {
            inner,
            cache: RwLock::default(),
        }
    }
}

impl<R: Resolver> Resolver for CachingResolver<R> {
    fn resolve(
        &self,
        uri: &Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
            return self.inner.resolve(uri, config, timeout);
        };
        if let Some(addr) = ip_literal(uri, scheme) {
            let mut addrs = self.empty();
            for addr in config.ip_family().keep_wanted(std::iter::once(addr)) {
                addrs.push(addr);
            }
            if !addrs.is_empty() {
                return Ok(addrs);
            }
            // An address of the family the configuration excludes: ureq's resolver says so.
        }
        let authority = authority.as_str();
        let is_key = |e: &Entry| e.scheme == scheme && e.authority == authority;
        {
            let cache = self.cache.read().unwrap_or_else(PoisonError::into_inner);
            if let Some(entry) = cache.iter().find(|e| is_key(e)) {
                if entry.at.elapsed() < DNS_CACHE_TTL {
                    return Ok(entry.addrs.clone());
                }
            }
        }
        let addrs = self
            .inner
            .resolve(uri, config, timeout)
            .map_err(|e| lookup_failed(uri, e))?;
        let mut cache = self.cache.write().unwrap_or_else(PoisonError::into_inner);
        cache.retain(|e| !is_key(e) && e.at.elapsed() < DNS_CACHE_TTL);
        if cache.len() >= MAX_ENTRIES {
            cache.remove(0);
        }
        cache.push(Entry {
            scheme: scheme.to_owned(),
            authority: authority.to_owned(),
            at: Instant::now(),
            addrs: addrs.clone(),
        });
        Ok(addrs)
    }
}

/// The address and port of a URL whose host is an IP address; `None` for a name (or a scheme
/// with no known default port, left to ureq's resolver).
fn ip_literal(uri: &Uri, scheme: &str) -> Option<std::net::SocketAddr> {
    let host = uri.host()?;
    let host = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    let ip: std::net::IpAddr = host.parse().ok()?;
    let port = match (uri.port_u16(), scheme) {
        (Some(port), _) => port,
        (None, "http") => 80,
        (None, "https") => 443,
        (None, _) => return None,
    };
    Some(std::net::SocketAddr::new(ip, port))
}

/// A failed lookup, marked so that the transport can tell it from a broken connection:
/// ureq's resolver reports it as a plain `io::Error` (`failed to lookup address
/// information`), the same kind as a reset. Nothing was sent when this happens.
#[derive(Debug)]
pub(crate) struct LookupFailed {
    host: String,
    source: std::io::Error,
}

impl std::fmt::Display for LookupFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not resolve `{}`: {}", self.host, self.source)
    }
}

impl std::error::Error for LookupFailed {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

impl LookupFailed {
    /// Whether this I/O error is a failed lookup marked by [`CachingResolver`].
    pub(crate) fn is(error: &std::io::Error) -> bool {
        error.get_ref().is_some_and(|e| e.is::<LookupFailed>())
    }
}

/// Marks an I/O error of the inner resolver as a failed lookup; other errors (a timeout while
/// resolving, host not found, a bad URI) already say what they are.
fn lookup_failed(uri: &Uri, error: ureq::Error) -> ureq::Error {
    match error {
        ureq::Error::Io(source) => ureq::Error::Io(std::io::Error::new(
            source.kind(),
            LookupFailed {
                host: uri.host().unwrap_or_default().to_owned(),
                source,
            },
        )),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// Counts lookups and answers 127.0.0.1.
    #[derive(Debug, Default)]
    struct Counting(AtomicUsize);

    impl Resolver for Counting {
        fn resolve(
            &self,
            _uri: &Uri,
            _config: &ureq::config::Config,
            _timeout: NextTimeout,
        ) -> Result<ResolvedSocketAddrs, ureq::Error> {
            self.0.fetch_add(1, Ordering::Relaxed);
            let mut addrs = self.empty();
            addrs.push(std::net::SocketAddr::from(([127, 0, 0, 1], 80)));
            Ok(addrs)
        }
    }

    #[test]
    fn one_lookup_per_origin_within_the_ttl() {
        let resolver = CachingResolver {
            inner: Counting::default(),
            cache: RwLock::default(),
        };
        let config = ureq::config::Config::default();
        let timeout = NextTimeout::default();
        for _ in 0..5 {
            for uri in [
                "http://localhost:8080/a",
                "http://localhost:8080/b?x=1",
                "https://api.plivo.com/v1/",
            ] {
                let uri: Uri = uri.parse().expect("uri");
                let addrs = resolver.resolve(&uri, &config, timeout).expect("resolves");
                assert_eq!(addrs.len(), 1);
            }
        }
        assert_eq!(
            resolver.inner.0.load(Ordering::Relaxed),
            2,
            "one lookup per origin"
        );
    }

    #[test]
    fn ip_addresses_are_answered_without_the_inner_resolver() {
        let resolver = CachingResolver::new(Counting::default());
        let config = ureq::config::Config::default();
        let cases = [
            ("http://127.0.0.1:8080/v1/", "127.0.0.1:8080"),
            ("https://192.0.2.1/v1/", "192.0.2.1:443"),
            ("http://192.0.2.1/", "192.0.2.1:80"),
            ("http://[::1]:9/", "[::1]:9"),
            ("https://[2001:db8::1]/", "[2001:db8::1]:443"),
        ];
        for (url, want) in cases {
            let uri: Uri = url.parse().expect("uri");
            let addrs = resolver
                .resolve(&uri, &config, NextTimeout::default())
                .expect("resolves");
            let want: std::net::SocketAddr = want.parse().expect("addr");
            assert_eq!(addrs.iter().copied().collect::<Vec<_>>(), [want], "{url}");
        }
        assert_eq!(resolver.inner.0.load(Ordering::Relaxed), 0, "no lookup");
        assert!(
            resolver.cache.read().expect("lock").is_empty(),
            "not cached"
        );

        // Names still go to the inner resolver, and so does an address of a family the
        // configuration leaves out (ureq's resolver then reports it).
        for url in ["http://localhost:8080/", "http://[::1]:9/"] {
            let config = ureq::config::Config::builder()
                .ip_family(ureq::config::IpFamily::Ipv4Only)
                .build();
            let uri: Uri = url.parse().expect("uri");
            resolver
                .resolve(&uri, &config, NextTimeout::default())
                .expect("resolves");
        }
        assert_eq!(resolver.inner.0.load(Ordering::Relaxed), 2);
    }

    #[test]
    fn the_cache_holds_a_bounded_number_of_origins() {
        let resolver = CachingResolver {
            inner: Counting::default(),
            cache: RwLock::default(),
        };
        let config = ureq::config::Config::default();
        for port in 0..(MAX_ENTRIES as u16 * 3) {
            let uri: Uri = format!("http://localhost:{}/", 8000 + port)
                .parse()
                .expect("uri");
            resolver
                .resolve(&uri, &config, NextTimeout::default())
                .expect("resolves");
        }
        let cache = resolver.cache.read().expect("lock");
        assert_eq!(cache.len(), MAX_ENTRIES);
        let newest = format!("localhost:{}", 8000 + MAX_ENTRIES as u16 * 3 - 1);
        assert!(
            cache.iter().any(|e| e.authority == newest),
            "keeps the newest"
        );
    }
}
