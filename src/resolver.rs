//! A caching name resolver: ureq looks the host up on every call, even on a kept-alive
//! connection; this remembers the answer for a while, so a busy client does not ask DNS for
//! `api.plivo.com` once per call.

use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};
use std::time::{Duration, Instant};

use ureq::http::Uri;
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::NextTimeout;

/// How long a lookup is reused.
pub(crate) const DNS_CACHE_TTL: Duration = Duration::from_secs(30);

/// Wraps ureq's resolver; answers are cached per scheme, host and port for [`DNS_CACHE_TTL`].
/// Failures are not cached. IP literals cost nothing to resolve and are cached all the same.
#[derive(Debug, Default)]
pub(crate) struct CachingResolver<R = DefaultResolver> {
    inner: R,
    cache: RwLock<HashMap<String, (Instant, ResolvedSocketAddrs)>>,
}

impl<R: Resolver> Resolver for CachingResolver<R> {
    fn resolve(
        &self,
        uri: &Uri,
        config: &ureq::config::Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let key = match (uri.scheme_str(), uri.authority()) {
            (Some(scheme), Some(authority)) => format!("{scheme}://{authority}"),
            _ => return self.inner.resolve(uri, config, timeout),
        };
        {
            let cache = self.cache.read().unwrap_or_else(PoisonError::into_inner);
            if let Some((at, addrs)) = cache.get(&key) {
                if at.elapsed() < DNS_CACHE_TTL {
                    return Ok(addrs.clone());
                }
            }
        }
        let addrs = self.inner.resolve(uri, config, timeout)?;
        let mut cache = self.cache.write().unwrap_or_else(PoisonError::into_inner);
        // A client talks to one origin (and maybe a proxy): the map stays tiny, but never grows
        // without bound.
        if cache.len() >= 64 {
            cache.clear();
        }
        cache.insert(key, (Instant::now(), addrs.clone()));
        Ok(addrs)
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
}
