//! The Plivo hosts: each operation belongs to one service.

/// A Plivo service: the host an operation is sent to, and the path every one of its
/// operations starts with.
///
/// | service | default origin | operations' paths start with |
/// |---|---|---|
/// | [`Service::Api`] | `https://api.plivo.com` | `/v1/Account/{auth_id}/` |
/// | [`Service::Lookup`] | `https://lookup.plivo.com` | `/v1/` (`Number/{number}?type=carrier`) |
/// | [`Service::Stats`] | `https://stats.plivo.com` | `/v1/` (`Call/{call_uuid}/Feedback/`) |
/// | [`Service::Phlo`] | `https://phlorunner.plivo.com` | `/v1/` (`phlo/…`, `account/{auth_id}/phlo/…`) |
///
/// The paths do not collide (`/v1/Account/…`, `/v1/Number/…`, `/v1/Call/…`, `/v1/phlo/…`,
/// `/v1/account/…`), so one origin can serve them all:
/// [`crate::ClientBuilder::base_url`] sends every service there, and
/// [`crate::ClientBuilder::service_url`] moves one service alone. Every service takes the
/// same Basic authentication, and requests only ever go to these origins or to the ones you
/// configure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Service {
    /// The main API (`api.plivo.com`): messages, calls, numbers, accounts, …
    Api,
    /// Number lookup (`lookup.plivo.com`).
    Lookup,
    /// Call quality feedback (`stats.plivo.com`).
    Stats,
    /// PHLO, Plivo's visual workflows (`phlorunner.plivo.com`).
    Phlo,
}

impl Service {
    /// Every service.
    pub const ALL: [Service; 4] = [Service::Api, Service::Lookup, Service::Stats, Service::Phlo];

    /// The service's name as the catalog and the CLI write it (`api`, `lookup`, `stats`,
    /// `phlo`).
    pub fn name(self) -> &'static str {
        match self {
            Service::Api => "api",
            Service::Lookup => "lookup",
            Service::Stats => "stats",
            Service::Phlo => "phlo",
        }
    }

    /// Plivo's origin for the service (`https://lookup.plivo.com`).
    pub fn default_url(self) -> &'static str {
        match self {
            Service::Api => "https://api.plivo.com",
            Service::Lookup => "https://lookup.plivo.com",
            Service::Stats => "https://stats.plivo.com",
            Service::Phlo => "https://phlorunner.plivo.com",
        }
    }

    /// Position in [`Service::ALL`].
    pub(crate) fn index(self) -> usize {
        match self {
            Service::Api => 0,
            Service::Lookup => 1,
            Service::Stats => 2,
            Service::Phlo => 3,
        }
    }

    /// Where the service's operation paths start below an origin: `/v1/Account/{auth_id}/`
    /// for the main API, `/v1/` for the others.
    pub(crate) fn base(self, origin: &str, auth_id: &str) -> String {
        match self {
            Service::Api => format!("{origin}/v1/Account/{auth_id}/"),
            _ => format!("{origin}/v1/"),
        }
    }
}

impl std::fmt::Display for Service {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}
