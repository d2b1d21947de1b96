//! The architecture invariants of `docs/ARCHITECTURE.md` that the dependency graph can prove,
//! checked against `cargo metadata`: which of our crates depends on which, the app never links the
//! Python interpreter, the plain crates have no web, HTTP or database dependencies.

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use serde_json::Value;

    /// Each package's normal (not dev, not build) dependencies, by name, for `platform` (`None`:
    /// every platform), with every feature the workspace turns on.
    fn dependency_graph(platform: Option<&str>) -> BTreeMap<String, BTreeSet<String>> {
        graph_of(&metadata(platform))
    }

    fn metadata(platform: Option<&str>) -> Value {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut command = std::process::Command::new(env!("CARGO"));
        command.current_dir(&root).args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--offline",
        ]);
        if let Some(platform) = platform {
            command.args(["--filter-platform", platform]);
        }
        let output = command.output().expect("cargo metadata runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).unwrap()
    }

    fn graph_of(metadata: &Value) -> BTreeMap<String, BTreeSet<String>> {
        let names: BTreeMap<&str, &str> = metadata["packages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|package| {
                (
                    package["id"].as_str().unwrap(),
                    package["name"].as_str().unwrap(),
                )
            })
            .collect();
        metadata["resolve"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|node| {
                let dependencies = node["deps"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .filter(|dependency| {
                        dependency["dep_kinds"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .any(|kind| kind["kind"].is_null())
                    })
                    .map(|dependency| names[dependency["pkg"].as_str().unwrap()].to_owned())
                    .collect();
                (names[node["id"].as_str().unwrap()].to_owned(), dependencies)
            })
            .collect()
    }

    /// Everything `package` depends on, directly or not.
    fn closure(graph: &BTreeMap<String, BTreeSet<String>>, package: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut pending = vec![package.to_owned()];
        while let Some(next) = pending.pop() {
            for dependency in graph.get(&next).into_iter().flatten() {
                if seen.insert(dependency.clone()) {
                    pending.push(dependency.clone());
                }
            }
        }
        seen
    }

    #[test]
    fn our_crates_depend_on_each_other_as_the_code_map_draws() {
        let graph = dependency_graph(None);
        let ours = |package: &str| -> BTreeSet<&str> {
            graph[package]
                .iter()
                .map(String::as_str)
                .filter(|name| name.starts_with("darbnica-"))
                .collect()
        };
        let expected: [(&str, &[&str]); 10] = [
            ("darbnica-api", &[]),
            ("darbnica-game", &[]),
            ("darbnica-geometry", &[]),
            ("darbnica-lessons", &["darbnica-api"]),
            (
                "darbnica-python",
                &[
                    "darbnica-api",
                    "darbnica-game",
                    "darbnica-geometry",
                    "darbnica-lessons",
                ],
            ),
            (
                "darbnica-worker-protocol",
                &["darbnica-api", "darbnica-game"],
            ),
            (
                "darbnica-app",
                &["darbnica-api", "darbnica-game", "darbnica-worker-protocol"],
            ),
            (
                "darbnica-worker",
                &[
                    "darbnica-geometry",
                    "darbnica-python",
                    "darbnica-worker-protocol",
                ],
            ),
            ("darbnica-server", &["darbnica-api", "darbnica-lessons"]),
            // The end-to-end tests run the server binary; they link only the API's plain types
            // (the prerender binary writes `darbnica_api::prerendered::Snapshots`).
            ("darbnica-e2e", &["darbnica-api"]),
        ];
        for (package, dependencies) in expected {
            assert_eq!(
                ours(package),
                dependencies.iter().copied().collect(),
                "{package}: update docs/ARCHITECTURE.md's graph with this test"
            );
        }
    }

    #[test]
    fn the_app_never_links_the_interpreter() {
        for platform in [None, Some("wasm32-unknown-unknown")] {
            let graph = dependency_graph(platform);
            let app = closure(&graph, "darbnica-app");
            for interpreter in ["darbnica-python", "rustpython-vm", "darbnica-geometry"] {
                assert!(!app.contains(interpreter), "the app links {interpreter}");
            }
        }
    }

    #[test]
    fn plain_crates_have_no_web_http_or_database_dependencies() {
        const WEB: &[&str] = &[
            "wasm-bindgen",
            "js-sys",
            "web-sys",
            "leptos",
            "gloo-net",
            "axum",
            "hyper",
            "tower",
            "sqlx",
            "tokio",
        ];
        // Natively: the Python runtime's interpreter brings wasm-bindgen only on wasm32, for its
        // own clock, which `Platform` replaces. A plain crate's optional dependencies (the worker
        // protocol's `web` feature, which the app and the worker turn on) do not count.
        let metadata = metadata(Some("x86_64-unknown-linux-gnu"));
        let mut graph = graph_of(&metadata);
        for package in metadata["packages"].as_array().unwrap() {
            let name = package["name"].as_str().unwrap();
            if !name.starts_with("darbnica-") {
                continue;
            }
            for dependency in package["dependencies"].as_array().unwrap() {
                if dependency["optional"].as_bool() == Some(true)
                    && let Some(edges) = graph.get_mut(name)
                {
                    edges.remove(dependency["name"].as_str().unwrap());
                }
            }
        }
        for plain in [
            "darbnica-api",
            "darbnica-game",
            "darbnica-lessons",
            "darbnica-geometry",
            "darbnica-python",
            "darbnica-worker-protocol",
        ] {
            let found: Vec<_> = closure(&graph, plain)
                .into_iter()
                .filter(|dependency| WEB.contains(&dependency.as_str()))
                .collect();
            assert!(found.is_empty(), "{plain} depends on {found:?}");
        }
        // The server and xtask never pull in the browser's crates.
        for native in ["darbnica-server", "xtask"] {
            let closure = closure(&graph, native);
            for web in ["web-sys", "leptos", "gloo-net"] {
                assert!(!closure.contains(web), "{native} depends on {web}");
            }
        }
    }
}
