//! The server's configuration, from environment variables, each with a default so that a plain
//! start needs no configuration at all.
//!
//! | variable | default |
//! | --- | --- |
//! | `HOST` | `127.0.0.1` |
//! | `PORT` | `8080` |
//! | `DARBNICA_DATA_DIR` | `data` (the SQLite file lives here) |
//! | `DATABASE_URL` | `sqlite://<data dir>/darbnica.db`; `postgres://…` for PostgreSQL |
//! | `DARBNICA_DIST_DIR` | `dist` (the built app) |
//! | `DARBNICA_CONTENT_DIR` | `content` |
//! | `DARBNICA_HTTPS` | `false`, or the scheme of `DARBNICA_PUBLIC_ORIGIN`; `true` when users reach the portal over HTTPS (e.g. behind a TLS proxy): the session cookie is then `Secure` |
//! | `DARBNICA_TRUSTED_PROXIES` | unset; addresses or networks of reverse proxies in front, e.g. `127.0.0.1,10.0.0.0/8`, whose `X-Forwarded-For` then names the client that guessing limits count |
//! | `DARBNICA_PUBLIC_ORIGIN` | unset; the address users type, e.g. `https://darbnica.example.lv`, when a proxy in front changes the `Host` header: writes must then come from pages of this origin |

use std::net::IpAddr;
use std::path::PathBuf;

use anyhow::Context as _;

#[derive(Debug, Clone)]
pub struct Config {
    pub host: IpAddr,
    pub port: u16,
    pub database_url: String,
    pub dist_dir: PathBuf,
    pub content_dir: PathBuf,
    pub https: bool,
    /// `scheme://host[:port]` as browsers send it in `Origin`, when set.
    pub public_origin: Option<String>,
    pub trusted_proxies: crate::limits::TrustedProxies,
}

impl Config {
    pub fn from_env() -> anyhow::Result<Config> {
        Config::from_lookup(|name| std::env::var(name).ok().filter(|value| !value.is_empty()))
    }

    /// Builds the configuration from `lookup(variable name)`; separate from the process
    /// environment so that it can be tested.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> anyhow::Result<Config> {
        let host = match lookup("HOST") {
            Some(host) => host
                .parse()
                .with_context(|| format!("HOST={host} is not an IP address"))?,
            None => IpAddr::from([127, 0, 0, 1]),
        };
        let port = match lookup("PORT") {
            Some(port) => port
                .parse()
                .with_context(|| format!("PORT={port} is not a port number (0-65535)"))?,
            None => 8080,
        };
        let data_dir = PathBuf::from(lookup("DARBNICA_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = lookup("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("darbnica.db").display()));
        let public_origin = lookup("DARBNICA_PUBLIC_ORIGIN")
            .map(|origin| {
                normalize_origin(&origin).with_context(|| {
                    format!(
                        "DARBNICA_PUBLIC_ORIGIN={origin} is not an origin like https://darbnica.example.lv"
                    )
                })
            })
            .transpose()?;
        let https = match lookup("DARBNICA_HTTPS").as_deref() {
            None => public_origin
                .as_deref()
                .is_some_and(|origin| origin.starts_with("https://")),
            Some("false" | "0" | "no") => false,
            Some("true" | "1" | "yes") => true,
            Some(other) => anyhow::bail!("DARBNICA_HTTPS={other} is not true or false"),
        };
        let trusted_proxies = match lookup("DARBNICA_TRUSTED_PROXIES") {
            Some(list) => crate::limits::TrustedProxies::parse(&list)
                .with_context(|| format!("DARBNICA_TRUSTED_PROXIES={list}"))?,
            None => crate::limits::TrustedProxies::default(),
        };
        Ok(Config {
            https,
            trusted_proxies,
            public_origin,
            host,
            port,
            database_url,
            dist_dir: lookup("DARBNICA_DIST_DIR")
                .unwrap_or_else(|| "dist".into())
                .into(),
            content_dir: lookup("DARBNICA_CONTENT_DIR")
                .unwrap_or_else(|| "content".into())
                .into(),
        })
    }
}

/// `origin` the way a browser writes it in an `Origin` header: lower case, no default port, no
/// path. `None` when it is not an http(s) origin.
fn normalize_origin(origin: &str) -> Option<String> {
    let uri: axum::http::Uri = origin.trim().parse().ok()?;
    let scheme = uri.scheme_str()?.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => 443,
        "http" => 80,
        _ => return None,
    };
    let authority = uri.authority()?;
    if authority.as_str().contains('@') || !matches!(uri.path(), "" | "/") || uri.query().is_some()
    {
        return None;
    }
    let host = authority.host().to_ascii_lowercase();
    Some(match authority.port_u16() {
        Some(port) if port != default_port => format!("{scheme}://{host}:{port}"),
        _ => format!("{scheme}://{host}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(variables: &[(&str, &str)]) -> anyhow::Result<Config> {
        let variables: HashMap<String, String> = variables
            .iter()
            .map(|(name, value)| (name.to_string(), value.to_string()))
            .collect();
        Config::from_lookup(|name| variables.get(name).cloned())
    }

    #[test]
    fn no_configuration_is_needed() {
        let config = config(&[]).unwrap();
        assert_eq!(config.port, 8080);
        assert_eq!(config.host.to_string(), "127.0.0.1");
        assert_eq!(config.database_url, "sqlite://data/darbnica.db");
    }

    #[test]
    fn the_database_follows_the_data_folder() {
        let config =
            config(&[("DARBNICA_DATA_DIR", "/var/lib/darbnica"), ("PORT", "9000")]).unwrap();
        assert_eq!(
            config.database_url,
            "sqlite:///var/lib/darbnica/darbnica.db"
        );
        assert_eq!(config.port, 9000);
    }

    #[test]
    fn https_makes_the_session_cookie_secure_and_says_what_it_expects() {
        assert!(!config(&[]).unwrap().https);
        assert!(config(&[("DARBNICA_HTTPS", "true")]).unwrap().https);
        let error = config(&[("DARBNICA_HTTPS", "maybe")]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "DARBNICA_HTTPS=maybe is not true or false"
        );
    }

    #[test]
    fn a_bad_port_is_a_clear_error() {
        let error = config(&[("PORT", "eighty")]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "PORT=eighty is not a port number (0-65535)"
        );
    }

    #[test]
    fn a_public_origin_is_kept_as_browsers_send_it_and_sets_https() {
        let behind_tls = config(&[(
            "DARBNICA_PUBLIC_ORIGIN",
            " HTTPS://Darbnica.Example.lv:443/ ",
        )])
        .unwrap();
        assert_eq!(
            behind_tls.public_origin.as_deref(),
            Some("https://darbnica.example.lv")
        );
        assert!(behind_tls.https);
        let plain = config(&[("DARBNICA_PUBLIC_ORIGIN", "http://10.0.0.5:8080")]).unwrap();
        assert_eq!(plain.public_origin.as_deref(), Some("http://10.0.0.5:8080"));
        assert!(!plain.https);
        // Said explicitly, DARBNICA_HTTPS wins (e.g. a test set-up without TLS).
        let explicit = config(&[
            ("DARBNICA_PUBLIC_ORIGIN", "https://darbnica.example.lv"),
            ("DARBNICA_HTTPS", "false"),
        ])
        .unwrap();
        assert!(!explicit.https);
        for wrong in [
            "darbnica.example.lv",
            "https://darbnica.example.lv/app",
            "ftp://darbnica.example.lv",
            "https://user@darbnica.example.lv",
        ] {
            let error = config(&[("DARBNICA_PUBLIC_ORIGIN", wrong)]).unwrap_err();
            assert_eq!(
                error.to_string(),
                format!(
                    "DARBNICA_PUBLIC_ORIGIN={wrong} is not an origin like https://darbnica.example.lv"
                )
            );
        }
    }
}
