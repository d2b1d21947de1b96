//! `cargo xtask bench load signin`: bursts of sign-ins with made-up emails against the release
//! server, from 250 loopback addresses (127.0.0.2 …, so the per-address guessing limit does not
//! simply turn them away), with a teacher's real sign-ins mixed in from 127.0.0.1.
//!
//! Prints `burst=<n> bursts=<n> peak_rss_mib=<x> hash_memory_bound_mib=<x> legit_ok=<n>/<n>
//! legit_p50_ms=<x> legit_p99_ms=<x> burst_401=<n> burst_429=<n> burst_503=<n>`: the server's
//! peak resident memory (VmHWM) over the whole run, and how the real sign-ins fared.
//!
//! `DARBNICA_SIGNIN_BURST` (500) and `DARBNICA_SIGNIN_BURSTS` (5) change the load.

use std::net::Ipv4Addr;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use darbnica_e2e::TestServer;
use darbnica_e2e::load::Connection;
use hyper::StatusCode;
use serde_json::json;

fn setting(name: &str, default: usize) -> anyhow::Result<usize> {
    std::env::var(name).map_or(Ok(default), |value| {
        value
            .parse()
            .with_context(|| format!("{name}={value} is not a whole number"))
    })
}

/// The server's peak resident memory so far, in MiB (`VmHWM` in `/proc/<pid>/status`).
fn peak_rss_mib(pid: u32) -> anyhow::Result<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let kib: f64 = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .context("no VmHWM in /proc/<pid>/status")?;
    Ok(kib / 1024.0)
}

fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let index = ((sorted.len() as f64 - 1.0) * q).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let burst = setting("DARBNICA_SIGNIN_BURST", 500)?;
    let bursts = setting("DARBNICA_SIGNIN_BURSTS", 5)?;
    let server = TestServer::start()?;
    let address = server.address();
    let pid = server.pid().context("the server is not running")?;
    let mut teacher = Connection::open(address).await?;
    let (status, _) = teacher
        .post(
            "/api/auth/signup",
            &json!({"name": "Īstā Skolotāja", "email": "ista@skola.lv", "password": "ista-parole-1"}),
        )
        .await?;
    anyhow::ensure!(status == StatusCode::CREATED, "sign-up: {status}");
    let idle_rss = peak_rss_mib(pid)?;

    let mut legit = Vec::new();
    let mut legit_ok = 0;
    let mut counts = std::collections::BTreeMap::<u16, usize>::new();
    for round in 0..bursts {
        let attackers = (0..burst).map(|n| async move {
            // 250 addresses, two made-up accounts each.
            let source = Ipv4Addr::new(127, 0, 0, 2 + u8::try_from(n % 250).unwrap_or(0));
            let mut connection = Connection::open_from(address, source).await?;
            let (status, _) = connection
                .post(
                    "/api/auth/signin",
                    &json!({"as": "teacher", "email": format!("nav-{round}-{n}@example.lv"),
                            "password": "minejums-123"}),
                )
                .await?;
            anyhow::Ok(status.as_u16())
        });
        let real = async {
            let mut times = Vec::new();
            let mut ok = 0;
            for _ in 0..10 {
                let mut connection = Connection::open(address).await?;
                let started = Instant::now();
                let (status, _) = connection
                    .post(
                        "/api/auth/signin",
                        &json!({"as": "teacher", "email": "ista@skola.lv", "password": "ista-parole-1"}),
                    )
                    .await?;
                times.push(started.elapsed().as_secs_f64() * 1000.0);
                ok += usize::from(status == StatusCode::OK);
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            anyhow::Ok((times, ok))
        };
        let (statuses, real) = tokio::join!(futures::future::join_all(attackers), real);
        for status in statuses {
            *counts.entry(status?).or_default() += 1;
        }
        let (times, ok) = real?;
        legit.extend(times);
        legit_ok += ok;
        eprintln!("burst {round}: peak so far {:.1} MiB", peak_rss_mib(pid)?);
    }
    legit.sort_by(f64::total_cmp);
    // The server hashes at most one password a core at once, each with argon2's 19 MiB
    // (`server/src/passwords.rs`).
    let bound = std::thread::available_parallelism().map_or(2, usize::from) as f64 * 19.0;
    println!(
        "burst={burst} bursts={bursts} idle_rss_mib={idle_rss:.1} peak_rss_mib={:.1} \
         hash_memory_bound_mib={bound:.0} legit_ok={legit_ok}/{} legit_p50_ms={:.1} \
         legit_p99_ms={:.1} burst_401={} burst_429={} burst_503={}",
        peak_rss_mib(pid)?,
        legit.len(),
        quantile(&legit, 0.5),
        quantile(&legit, 0.99),
        counts.get(&401).copied().unwrap_or(0),
        counts.get(&429).copied().unwrap_or(0),
        counts.get(&503).copied().unwrap_or(0),
    );
    Ok(())
}
