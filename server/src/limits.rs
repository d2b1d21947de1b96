//! How fast anyone may guess or flood: wrong passwords, unknown join codes and new accounts are
//! counted in the database (`counted_tries`), so that every copy of the server behind a load
//! balancer sees the same counts and an attacker gets no more tries from N copies than from one.
//!
//! A try is counted *before* the slow part (the password hash) runs, and forgotten again when it
//! turns out not to count (a right password): a burst of simultaneous guesses cannot all slip in
//! under the limit before the first of them is written down.
//!
//! Architecture invariant: whoever can be limited must not be able to lock others out from one
//! place. A wrong password counts against the address it came from and against the account, and
//! one address can never fill an account's window alone ([`WRONG_SIGN_INS_PER_ADDRESS`] is half
//! of [`WRONG_SIGN_INS_PER_ACCOUNT`] over the same window), so a flood from one place is stopped
//! at its own address while the student still signs in from theirs.

use darbnica_api::ErrorCode;
use std::net::IpAddr;
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::AppState;
use crate::database::Database;
use crate::error::{AppError, Result};
use crate::routes::{new_id, now_ms};

/// At most `max` counted tries of one kind for one key in any `window`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    /// What is counted, for the key and the message: `wrong-sign-in`, `unknown-join-code`, …
    pub what: &'static str,
    pub max: i64,
    pub window: Duration,
}

impl Limit {
    /// At most `max` of `what` in `minutes`.
    const fn per_minutes(what: &'static str, max: i64, minutes: u64) -> Limit {
        Limit {
            what,
            max,
            window: Duration::from_secs(minutes * 60),
        }
    }
}

/// Wrong passwords from one address, whatever the account. A class behind one school address
/// mistypes now and then; fifty in a quarter of an hour is far more than a class does, and
/// against a three-word passphrase it is nothing.
pub const WRONG_SIGN_INS_PER_ADDRESS: Limit = Limit::per_minutes("wrong-sign-in", 50, 15);

/// Wrong passwords on one account, from anywhere: twice what one address may send in the same
/// window, so only an attack from several places at once can make the account wait.
pub const WRONG_SIGN_INS_PER_ACCOUNT: Limit = Limit::per_minutes("wrong-sign-in", 100, 15);

// The invariant above, checked when the server is compiled.
const _: () = assert!(WRONG_SIGN_INS_PER_ADDRESS.max * 2 <= WRONG_SIGN_INS_PER_ACCOUNT.max);

/// Join codes that lead nowhere, from one address (a mistyped code, or somebody guessing).
pub const UNKNOWN_JOIN_CODES_PER_ADDRESS: Limit = Limit::per_minutes("unknown-join-code", 20, 15);

/// New student accounts from one address: ten classes of a school joining in one hour.
pub const NEW_STUDENTS_PER_ADDRESS: Limit = Limit::per_minutes("new-student", 300, 60);

/// New teacher accounts from one address.
pub const SIGN_UPS_PER_ADDRESS: Limit = Limit::per_minutes("sign-up", 10, 60);

/// Rows older than the longest window are swept.
const LONGEST_WINDOW: Duration = Duration::from_secs(60 * 60);

fn window_ms(limit: &Limit) -> i64 {
    i64::try_from(limit.window.as_millis()).unwrap_or(i64::MAX)
}

/// What one try is counted against: a limit and the key it counts for (an address, an account).
pub struct Against<'a> {
    pub limit: &'a Limit,
    pub key: String,
}

impl<'a> Against<'a> {
    pub fn address(limit: &'a Limit, address: &ClientAddress) -> Against<'a> {
        Against {
            limit,
            key: format!("{} address {}", limit.what, address.key()),
        }
    }

    pub fn account(limit: &'a Limit, account: &str) -> Against<'a> {
        Against {
            limit,
            key: format!("{} account {account}", limit.what),
        }
    }
}

/// A try that was counted; [`CountedTry::forget`] takes it back.
#[must_use = "a try that should not count must be forgotten"]
pub struct CountedTry {
    ids: Vec<String>,
}

/// Counts one try against each of `against`. When any of them is over its limit the try is not
/// counted and the answer is a 429 with how long to wait.
pub async fn count_try(database: &Database, against: &[Against<'_>]) -> Result<CountedTry> {
    let now = now_ms();
    let mut counted = CountedTry { ids: Vec::new() };
    for Against { limit, key } in against {
        let id = new_id();
        sqlx::query("INSERT INTO counted_tries (id, key, at) VALUES ($1, $2, $3)")
            .bind(&id)
            .bind(key)
            .bind(now)
            .execute(database.pool())
            .await?;
        counted.ids.push(id);
        let since = now - window_ms(limit);
        let (count,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM counted_tries WHERE key = $1 AND at > $2")
                .bind(key)
                .bind(since)
                .fetch_one(database.pool())
                .await?;
        if count > limit.max {
            counted.forget(database).await?;
            // The try that must leave the window before another fits.
            let freed_at: Option<(i64,)> = sqlx::query_as(
                "SELECT at FROM counted_tries WHERE key = $1 AND at > $2 \
                 ORDER BY at LIMIT 1 OFFSET $3",
            )
            .bind(key)
            .bind(since)
            .bind((count - 1 - limit.max).max(0))
            .fetch_optional(database.pool())
            .await?;
            let wait_ms = freed_at.map_or(0, |(at,)| at + window_ms(limit) - now);
            return Err(AppError::TooManyRequests {
                code: ErrorCode::RateLimited,
                message: format!(
                    "too many tries ({}); wait {} and try again",
                    limit.what.replace('-', " "),
                    describe_wait(wait_ms)
                ),
                retry_after_seconds: u64::try_from((wait_ms + 999) / 1000)
                    .map_or(1, |seconds| seconds.max(1)),
            });
        }
    }
    Ok(counted)
}

impl CountedTry {
    /// Takes the try back: it turned out not to count (say, the password was right).
    pub async fn forget(self, database: &Database) -> Result<()> {
        for id in &self.ids {
            sqlx::query("DELETE FROM counted_tries WHERE id = $1")
                .bind(id)
                .execute(database.pool())
                .await?;
        }
        Ok(())
    }

    /// Keeps the try counted (for the reader: nothing to do).
    pub fn keep(self) {}
}

fn describe_wait(wait_ms: i64) -> String {
    let minutes = ((wait_ms + 59_999) / 60_000).max(1);
    if minutes == 1 {
        "a minute".to_owned()
    } else {
        format!("{minutes} minutes")
    }
}

/// Deletes counted tries that no window reaches any more.
pub async fn sweep(database: &Database) -> anyhow::Result<u64> {
    let longest = i64::try_from(LONGEST_WINDOW.as_millis()).unwrap_or(i64::MAX);
    Ok(sqlx::query("DELETE FROM counted_tries WHERE at < $1")
        .bind(now_ms() - longest)
        .execute(database.pool())
        .await?
        .rows_affected())
}

/// How many attempts one user may save a minute (with a burst for an outbox that was offline for
/// a while). Kept in each copy's memory: it only keeps one account from hogging the writer, while
/// the storage quota (`saver`), which must hold everywhere, is in the database.
pub struct SaveRate {
    limiter: governor::DefaultKeyedRateLimiter<String>,
}

/// Runs a minute, sustained: a run every tenth of a second is more than anyone clicks.
const SAVES_PER_MINUTE: u32 = 600;
/// A whole outbox of a day offline may arrive at once, in batches of 100.
const SAVE_BURST: u32 = 2000;

impl Default for SaveRate {
    fn default() -> SaveRate {
        let quota = governor::Quota::per_minute(
            std::num::NonZeroU32::new(SAVES_PER_MINUTE).expect("not zero"),
        )
        .allow_burst(std::num::NonZeroU32::new(SAVE_BURST).expect("not zero"));
        SaveRate {
            limiter: governor::RateLimiter::keyed(quota),
        }
    }
}

impl SaveRate {
    /// Takes `attempts` saves from `user`'s allowance, or a 429 saying when there is room.
    pub fn check(&self, user: &str, attempts: usize) -> Result<()> {
        let Some(cells) = u32::try_from(attempts)
            .ok()
            .and_then(std::num::NonZeroU32::new)
        else {
            return Ok(());
        };
        match self.limiter.check_key_n(&user.to_owned(), cells) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(not_until)) => {
                let wait = not_until.wait_time_from(governor::clock::Clock::now(
                    &governor::clock::DefaultClock::default(),
                ));
                Err(AppError::TooManyRequests {
                    code: ErrorCode::TooManyRequests,
                    message: "too many saves in a short time; they are kept and sent again soon"
                        .into(),
                    retry_after_seconds: wait.as_secs().max(1),
                })
            }
            // More at once than the burst allows (a batch is at most 100, far below it).
            Err(_) => Err(AppError::BadRequest("too many attempts in one save".into())),
        }
    }

    /// Forgets users whose allowance is full again, so that the map does not grow for ever.
    pub fn sweep(&self) {
        self.limiter.retain_recent();
    }
}

/// Proxies whose `X-Forwarded-For` is believed (`DARBNICA_TRUSTED_PROXIES`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses a comma-separated list of addresses and networks, e.g. `127.0.0.1, 10.0.0.0/8`.
    pub fn parse(list: &str) -> anyhow::Result<TrustedProxies> {
        list.split(',')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(|part| {
                part.parse::<IpNet>()
                    .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| anyhow::anyhow!("`{part}` is not an IP address or network"))
            })
            .collect::<anyhow::Result<_>>()
            .map(TrustedProxies)
    }

    fn trusts(&self, address: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client behind `peer`: `peer` itself unless it is a trusted proxy; then the rightmost
    /// address of `X-Forwarded-For` that is not a trusted proxy (the ones left of it are whatever
    /// the client chose to write, so they are never believed).
    pub fn client(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let mut client = peer;
        for hop in forwarded_for
            .iter()
            .flat_map(|header| header.split(','))
            .rev()
        {
            let Ok(hop) = hop.trim().parse::<IpAddr>() else {
                // Garbage in the header: what is left of it cannot be trusted either.
                break;
            };
            client = hop;
            if !self.trusts(hop) {
                break;
            }
        }
        client
    }
}

/// The client's address: the connection's peer, or the address a trusted proxy says it forwarded
/// for. `None` when the server does not know (in-process tests).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddress(pub Option<IpAddr>);

impl ClientAddress {
    /// What limits count by: an IPv4 address, or an IPv6 address's /64 network (one household or
    /// one server usually has a whole /64, so counting single IPv6 addresses would count nothing).
    pub fn key(&self) -> String {
        match self.0 {
            None => "unknown".to_owned(),
            Some(IpAddr::V4(v4)) => v4.to_string(),
            Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
                Some(v4) => v4.to_string(),
                None => IpNet::new(IpAddr::V6(v6), 64)
                    .map_or_else(|_| v6.to_string(), |net| net.trunc().to_string()),
            },
        }
    }
}

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<std::net::SocketAddr>>()
        else {
            return Ok(ClientAddress(None));
        };
        let forwarded: Vec<&str> = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|value| value.to_str().ok())
            .collect();
        Ok(ClientAddress(Some(
            state.trusted_proxies.client(peer.ip(), &forwarded),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn one_address_cannot_fill_an_accounts_window() {
        assert_eq!(
            WRONG_SIGN_INS_PER_ADDRESS.window,
            WRONG_SIGN_INS_PER_ACCOUNT.window
        );
        assert!(LONGEST_WINDOW >= NEW_STUDENTS_PER_ADDRESS.window);
        assert!(LONGEST_WINDOW >= SIGN_UPS_PER_ADDRESS.window);
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let proxies = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").unwrap();
        // Not a proxy: its header is ignored.
        assert_eq!(
            proxies.client(ip("203.0.113.9"), &["198.51.100.1"]),
            ip("203.0.113.9")
        );
        // A proxy: the rightmost address it did not add itself.
        assert_eq!(
            proxies.client(ip("127.0.0.1"), &["198.51.100.1"]),
            ip("198.51.100.1")
        );
        // A client that writes its own header cannot choose its address.
        assert_eq!(
            proxies.client(ip("127.0.0.1"), &["1.2.3.4, 198.51.100.1"]),
            ip("198.51.100.1")
        );
        // Two proxies in a row; two headers are read as one list.
        assert_eq!(
            proxies.client(ip("10.0.0.2"), &["1.2.3.4, 198.51.100.7", "10.1.1.1"]),
            ip("198.51.100.7")
        );
        // Garbage stops the walk at the last address that was believable.
        assert_eq!(
            proxies.client(ip("127.0.0.1"), &["198.51.100.1, nonsense, 10.1.1.1"]),
            ip("10.1.1.1")
        );
        // No header: the proxy itself.
        assert_eq!(proxies.client(ip("127.0.0.1"), &[]), ip("127.0.0.1"));
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.example").is_err());
        assert_eq!(
            TrustedProxies::parse(" ").unwrap(),
            TrustedProxies::default()
        );
    }

    #[test]
    fn a_user_who_saves_too_fast_waits_and_others_do_not() {
        let rate = SaveRate::default();
        let batch = 100;
        for _ in 0..SAVE_BURST as usize / batch {
            rate.check("anna", batch).unwrap();
        }
        match rate.check("anna", batch) {
            Err(AppError::TooManyRequests {
                retry_after_seconds,
                ..
            }) => assert!(retry_after_seconds >= 1),
            other => panic!("{other:?}"),
        }
        rate.check("janis", batch).unwrap();
        rate.check("anna", 0).unwrap();
    }

    #[test]
    fn ipv6_clients_are_counted_by_their_64_network() {
        let a = ClientAddress(Some(ip("2001:db8:1:2:aaaa::1")));
        let b = ClientAddress(Some(ip("2001:db8:1:2:bbbb::2")));
        let c = ClientAddress(Some(ip("2001:db8:1:3::1")));
        assert_eq!(a.key(), b.key());
        assert_ne!(a.key(), c.key());
        assert_eq!(
            ClientAddress(Some(ip("::ffff:192.0.2.1"))).key(),
            "192.0.2.1"
        );
        assert_eq!(ClientAddress(None).key(), "unknown");
    }
}
