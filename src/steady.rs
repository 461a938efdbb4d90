//! Steady socket timeouts: the last link of the client's connector chain.
//!
//! ureq bounds each phase of a call (send the request, await the answer's head, read its
//! body) by a deadline, and hands the transport the time left before it at every read and
//! write. ureq's TCP transport sets the socket's timeout (`setsockopt`) whenever that value
//! differs from the last one it set, and a deadline computed afresh on every call differs by
//! a few microseconds every time: one or two system calls per call on a kept-alive
//! connection, about a microsecond, for a bound that is 30 s away.
//!
//! This wrapper rounds the time left *up* to a whole millisecond before passing it on. A new
//! phase then starts with the same value as on the last call (30 s → 30,000 ms), ureq sees
//! nothing changed and leaves the socket alone; a phase that really runs long moves the value
//! and the socket follows. A bound can therefore fire up to 1 ms late, never early; an
//! expired deadline stays expired (zero is passed on as zero).

use ureq::unversioned::transport::time::Duration as Budget;
use ureq::unversioned::transport::{Buffers, ConnectionDetails, Connector, NextTimeout, Transport};

/// Wraps whatever the connectors before it produced (TCP, TLS over TCP, a proxy tunnel).
#[derive(Debug, Default)]
pub(crate) struct SteadyTimeouts;

impl<In: Transport> Connector<In> for SteadyTimeouts {
    type Out = Steady<In>;

    fn connect(
        &self,
        _details: &ConnectionDetails,
        chained: Option<In>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        Ok(chained.map(Steady))
    }
}

/// A transport whose timeouts change only when they change by a millisecond or more.
#[derive(Debug)]
pub(crate) struct Steady<T>(T);

impl<T: Transport> Transport for Steady<T> {
    fn buffers(&mut self) -> &mut dyn Buffers {
        self.0.buffers()
    }

    fn transmit_output(&mut self, amount: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
        self.0.transmit_output(amount, steady(timeout))
    }

    fn maybe_await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.0.maybe_await_input(steady(timeout))
    }

    fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
        self.0.await_input(steady(timeout))
    }

    fn is_open(&mut self) -> bool {
        self.0.is_open()
    }

    fn is_tls(&self) -> bool {
        self.0.is_tls()
    }
}

/// The time left, rounded up to a whole millisecond.
fn steady(mut timeout: NextTimeout) -> NextTimeout {
    if let Budget::Exact(left) = timeout.after {
        timeout.after = Budget::Exact(ceil_millis(left));
    }
    timeout
}

fn ceil_millis(d: std::time::Duration) -> std::time::Duration {
    let whole = std::time::Duration::new(d.as_secs(), d.subsec_millis() * 1_000_000);
    if whole == d {
        d
    } else {
        whole.saturating_add(std::time::Duration::from_millis(1))
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn rounds_up_to_the_millisecond_and_keeps_zero() {
        let cases = [
            (Duration::ZERO, Duration::ZERO),
            (Duration::from_nanos(1), Duration::from_millis(1)),
            (Duration::from_millis(7), Duration::from_millis(7)),
            (Duration::from_micros(29_999_998), Duration::from_secs(30)),
            (
                Duration::from_micros(29_998_999),
                Duration::from_millis(29_999),
            ),
            (Duration::MAX, Duration::MAX),
        ];
        for (left, want) in cases {
            assert_eq!(ceil_millis(left), want, "{left:?}");
            assert!(ceil_millis(left) >= left, "never earlier: {left:?}");
        }
    }

    #[test]
    fn only_exact_budgets_change() {
        let never = NextTimeout::default();
        assert_eq!(steady(never).after, Budget::NotHappening);
        let t = NextTimeout {
            after: Budget::Exact(Duration::from_micros(9_999_990)),
            per_read: Some(Budget::Exact(Duration::from_micros(1_500))),
            ..NextTimeout::default()
        };
        let out = steady(t);
        assert_eq!(out.after, Budget::Exact(Duration::from_secs(10)));
        assert_eq!(out.reason, t.reason);
        assert_eq!(
            out.per_read, t.per_read,
            "per-read bound passed on as given"
        );
    }

    /// A transport that records the budgets it is handed.
    #[derive(Debug)]
    struct Recording {
        seen: Vec<Budget>,
        buffers: ureq::unversioned::transport::LazyBuffers,
    }

    impl Transport for Recording {
        fn buffers(&mut self) -> &mut dyn Buffers {
            &mut self.buffers
        }
        fn transmit_output(&mut self, _: usize, timeout: NextTimeout) -> Result<(), ureq::Error> {
            self.seen.push(timeout.after);
            Ok(())
        }
        fn await_input(&mut self, timeout: NextTimeout) -> Result<bool, ureq::Error> {
            self.seen.push(timeout.after);
            Ok(true)
        }
        fn is_open(&mut self) -> bool {
            true
        }
    }

    #[test]
    fn consecutive_calls_hand_the_socket_one_value() {
        let mut steady = Steady(Recording {
            seen: Vec::new(),
            buffers: ureq::unversioned::transport::LazyBuffers::new(64, 64),
        });
        // What ureq hands over at the start of a phase on three calls in a row: 30 s minus
        // the few microseconds since the phase began.
        for spent_us in [3, 5, 11] {
            let t = NextTimeout {
                after: Budget::Exact(Duration::from_secs(30) - Duration::from_micros(spent_us)),
                ..NextTimeout::default()
            };
            steady.transmit_output(0, t).expect("write");
            steady.await_input(t).expect("read");
        }
        let want = Budget::Exact(Duration::from_secs(30));
        assert_eq!(steady.0.seen, vec![want; 6]);
    }
}
