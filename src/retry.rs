//! Retry policy and per-call options.
//!
//! | what failed | `GET`, `DELETE` | `POST` (send a message, make a call, upload, …), `PATCH` |
//! |---|---|---|
//! | DNS lookup failed, connection refused | retried | retried: it never left this machine |
//! | timeout, connection broken, reset | retried | **not retried**: it may have reached Plivo |
//! | an answer that is not valid HTTP | not retried: it would not get better | not retried |
//! | 429, 502, 503, 504 | retried, honouring `Retry-After` | **not retried** |
//! | any other status, bad input, body over the cap | not retried | not retried |
//!
//! `PATCH` has one user, the phone-number compliance update, which resubmits the application
//! for review: it is not idempotent, so it is treated as a `POST`.
//!
//! Delays grow exponentially from [`RetryPolicy::base_delay`] up to [`RetryPolicy::max_delay`],
//! each with random jitter (between half and all of it). A `Retry-After` header (seconds or an
//! HTTP date) replaces the computed delay; one longer than [`RetryPolicy::max_retry_after`]
//! is not waited for, and the error is returned with [`crate::Error::retry_after`] set. The
//! retry state lives in the call, never in the shared client. No retry starts whose delay
//! would use up what is left of the total timeout
//! ([`crate::ClientBuilder::total_timeout`]). The final error carries the
//! number of attempts ([`crate::Error::attempts`]).

use std::time::{Duration, SystemTime};

/// How a call retries. The default: 3 attempts in all, 0.5 s growing to at most 8 s between
/// them, `Retry-After` honoured up to 30 s.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// No retries: one attempt.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }

    /// Attempts in all, the first included (at least 1).
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The delay before the first retry; each later one doubles it.
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest computed delay between attempts.
    pub fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// The longest `Retry-After` the call waits for; a longer one ends the call with the error.
    pub fn max_retry_after(mut self, delay: Duration) -> Self {
        self.max_retry_after = delay;
        self
    }

    /// Attempts in all.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The delay before attempt `next` (2 for the first retry), with jitter, or the server's
    /// `Retry-After` when it gave one. `None` when that is longer than the cap.
    pub(crate) fn delay(&self, next: u32, retry_after: Option<Duration>) -> Option<Duration> {
        if let Some(wait) = retry_after {
            return (wait <= self.max_retry_after).then_some(wait);
        }
        let exponent = next.saturating_sub(2).min(20);
        let full = self
            .base_delay
            .saturating_mul(1 << exponent)
            .min(self.max_delay);
        // Jitter: between half and all of the delay.
        let fraction = 0.5 + f64::from(random_u32()) / f64::from(u32::MAX) / 2.0;
        Some(full.mul_f64(fraction))
    }
}

fn random_u32() -> u32 {
    use ring::rand::SecureRandom as _;
    let mut bytes = [0u8; 4];
    match ring::rand::SystemRandom::new().fill(&mut bytes) {
        Ok(()) => u32::from_le_bytes(bytes),
        Err(_) => u32::MAX / 2,
    }
}

/// Settings for one call, overriding the client's: see [`crate::Client::call_with`].
///
/// ```
/// use std::time::Duration;
/// use plivo::{CallOptions, RetryPolicy};
/// let options = CallOptions::new().timeout(Duration::from_secs(5)).retry(RetryPolicy::none());
/// # let _ = options;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallOptions {
    pub(crate) timeout: Option<Duration>,
    pub(crate) total_timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    /// Whether a 2xx body is parsed into the `Value` of `Response::body` when the call returns,
    /// which checks that it is UTF-8 JSON; typed calls turn it off because decoding into a model
    /// checks it anyway.
    pub(crate) check_body: bool,
}

impl Default for CallOptions {
    fn default() -> Self {
        CallOptions {
            timeout: None,
            total_timeout: None,
            retry: None,
            check_body: true,
        }
    }
}

impl CallOptions {
    /// The client's settings, unchanged.
    pub fn new() -> Self {
        CallOptions::default()
    }

    /// Bound on connecting and on each later phase of this call (instead of the client's
    /// connect and response timeouts).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Bound on this whole call, retries and backoff included (instead of the client's
    /// [`crate::ClientBuilder::total_timeout`]). Each phase gets the smaller of its own bound
    /// and the time left; no retry starts whose delay would use up the time left; when it runs
    /// out the call ends with an error whose [`crate::Error::is_timeout`] is `true`.
    pub fn total_timeout(mut self, timeout: Duration) -> Self {
        self.total_timeout = Some(timeout);
        self
    }

    /// The retry policy for this call.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = Some(policy);
        self
    }
}

/// Reads a `Retry-After` value: seconds, or an HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`).
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = parse_http_date(value)?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// IMF-fixdate only, the form servers send: `Sun, 06 Nov 1994 08:49:37 GMT`.
fn parse_http_date(text: &str) -> Option<SystemTime> {
    let rest = text.split_once(", ")?.1;
    let mut parts = rest.split(' ');
    let day: i64 = parts.next()?.parse().ok()?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year: i64 = parts.next()?.parse().ok()?;
    let mut clock = parts.next()?.split(':').map(|p| p.parse::<i64>().ok());
    let (h, m, s) = (clock.next()??, clock.next()??, clock.next()??);
    if parts.next()? != "GMT" || !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    // Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    let secs = u64::try_from(days * 86_400 + h * 3600 + m * 60 + s).ok()?;
    Some(SystemTime::UNIX_EPOCH + Duration::from_secs(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777);
        assert_eq!(parse_retry_after("3", now), Some(Duration::from_secs(3)));
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:40 GMT", now),
            Some(Duration::from_secs(3))
        );
        assert_eq!(
            parse_retry_after("Sun, 06 Nov 1994 08:49:30 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(
            parse_retry_after("Sun, 06 Foo 1994 08:49:40 GMT", now),
            None
        );
    }

    #[test]
    fn delays_grow_with_jitter_and_respect_caps() {
        let p = RetryPolicy::default()
            .base_delay(Duration::from_millis(100))
            .max_delay(Duration::from_millis(350));
        for _ in 0..50 {
            let d2 = p.delay(2, None).expect("delay");
            assert!(
                d2 >= Duration::from_millis(50) && d2 <= Duration::from_millis(100),
                "{d2:?}"
            );
            let d4 = p.delay(4, None).expect("delay");
            assert!(
                d4 >= Duration::from_millis(175) && d4 <= Duration::from_millis(350),
                "{d4:?}"
            );
        }
        assert_eq!(
            p.delay(2, Some(Duration::from_secs(2))),
            Some(Duration::from_secs(2))
        );
        assert_eq!(p.delay(2, Some(Duration::from_secs(31))), None);
        assert_eq!(RetryPolicy::none().attempts(), 1);
        assert_eq!(RetryPolicy::default().max_attempts(0).attempts(), 1);
    }
}
