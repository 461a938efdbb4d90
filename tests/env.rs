//! `Client::from_env`, alone in its own test binary because it changes the environment.

use plivo::Client;

#[test]
fn from_env_reads_credentials_and_base_url() {
    // SAFETY: this binary has this single test, so no other thread reads the environment.
    unsafe {
        std::env::remove_var("PLIVO_AUTH_ID");
        std::env::remove_var("PLIVO_AUTH_TOKEN");
        std::env::remove_var("PLIVO_BASE_URL");
    }
    let err = Client::from_env().expect_err("nothing set");
    assert_eq!(err.field(), Some("PLIVO_AUTH_ID"));

    // SAFETY: as above.
    unsafe { std::env::set_var("PLIVO_AUTH_ID", "MA0123456789ABCDEFGH") };
    let err = Client::from_env().expect_err("no token");
    assert_eq!(err.field(), Some("PLIVO_AUTH_TOKEN"));

    // SAFETY: as above.
    unsafe { std::env::set_var("PLIVO_AUTH_TOKEN", "token") };
    let client = Client::from_env().expect("credentials set");
    assert_eq!(client.auth_id(), "MA0123456789ABCDEFGH");
    assert_eq!(client.base_url(), "https://api.plivo.com");

    // SAFETY: as above.
    unsafe { std::env::set_var("PLIVO_BASE_URL", "http://127.0.0.1:9") };
    assert_eq!(
        Client::from_env().expect("base url").base_url(),
        "http://127.0.0.1:9"
    );

    // SAFETY: as above.
    unsafe { std::env::set_var("PLIVO_AUTH_ID", "bogus") };
    assert_eq!(
        Client::from_env().expect_err("bad id").field(),
        Some("auth_id")
    );
}
