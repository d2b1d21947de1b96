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
//! | `DARBNICA_HTTPS` | `false`; `true` when users reach the portal over HTTPS (e.g. behind a TLS proxy): the session cookie is then `Secure` |

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
        let https = match lookup("DARBNICA_HTTPS").as_deref() {
            None | Some("false" | "0" | "no") => false,
            Some("true" | "1" | "yes") => true,
            Some(other) => anyhow::bail!("DARBNICA_HTTPS={other} is not true or false"),
        };
        Ok(Config {
            https,
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
}
