//! Share links. A gallery project with its sliders moved is `/models/<id>?name=value&…`: the
//! portal's own code, which opens and builds at once. Code someone changed travels in the link
//! itself, compressed: `/sandbox#code=<deflate, base64url of {"code", "params"}>`; it opens in the
//! editor and runs only when the viewer presses Run.

use std::collections::BTreeMap;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::{Deserialize, Serialize};

/// The fragment key of shared code.
pub const CODE_KEY: &str = "code=";
/// Longest fragment read back (a typed URL is rarely longer than 64 kB anyway).
const MAX_FRAGMENT: usize = 64 * 1024;
/// Largest code a shared link may unpack to: a bomb stops here.
const MAX_CODE_BYTES: usize = 256 * 1024;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    pub code: String,
    #[serde(default)]
    pub params: BTreeMap<String, f64>,
}

/// `code=…` for a link's fragment.
pub fn encode(shared: &Shared) -> String {
    let json = serde_json::to_vec(shared).unwrap_or_default();
    let packed = miniz_oxide::deflate::compress_to_vec(&json, 9);
    format!("{CODE_KEY}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Reads a link's fragment (with or without its `#`); `None` when it carries no code or the code
/// is damaged.
pub fn decode(fragment: &str) -> Option<Shared> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    if fragment.len() > MAX_FRAGMENT {
        return None;
    }
    let packed = URL_SAFE_NO_PAD
        .decode(fragment.strip_prefix(CODE_KEY)?)
        .ok()?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_CODE_BYTES).ok()?;
    serde_json::from_slice(&json).ok()
}

/// `name=value&…` for a gallery project's link; whole numbers without a decimal point.
pub fn query(params: &BTreeMap<String, f64>) -> String {
    params
        .iter()
        .map(|(name, value)| format!("{}={}", encode_component(name), number(*value)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Slider values from a project link's query; what is not a number is left out.
pub fn params_from_query<'a>(
    pairs: impl Iterator<Item = (&'a str, &'a str)>,
) -> BTreeMap<String, f64> {
    pairs
        .filter_map(|(name, value)| {
            let value: f64 = value.parse().ok()?;
            value.is_finite().then(|| (name.to_owned(), value))
        })
        .collect()
}

/// A file name for an export: the project and its parameters, e.g. `zobrats-teeth20-radius30.5`.
pub fn file_stem(project: &str, params: &[(String, String)]) -> String {
    let mut stem = clean(project);
    for (name, value) in params {
        let part = format!("-{}{}", clean(name), clean(value));
        if stem.len() + part.len() > 80 {
            break;
        }
        stem.push_str(&part);
    }
    if stem.is_empty() {
        "model".to_owned()
    } else {
        stem
    }
}

pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let text = format!("{value:.3}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

/// Letters, digits, `.`, `_` and `-` only (safe in every file system), ASCII lowercase.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'ā' => 'a',
            'č' => 'c',
            'ē' => 'e',
            'ģ' => 'g',
            'ī' => 'i',
            'ķ' => 'k',
            'ļ' => 'l',
            'ņ' => 'n',
            'š' => 's',
            'ū' => 'u',
            'ž' => 'z',
            c => c.to_ascii_lowercase(),
        })
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
        .collect()
}

fn encode_component(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_code_survives_the_round_trip_and_is_compressed() {
        let code = "from darbnica import *\n# Vāze ar viļņiem\n".repeat(40);
        let shared = Shared {
            code: code.clone(),
            params: BTreeMap::from([("augstums".to_owned(), 42.5)]),
        };
        let fragment = encode(&shared);
        assert!(fragment.starts_with("code="));
        assert!(fragment.len() < code.len() / 4, "{}", fragment.len());
        assert!(
            fragment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_=".contains(&b))
        );
        assert_eq!(decode(&format!("#{fragment}")), Some(shared));
    }

    #[test]
    fn damaged_or_foreign_fragments_give_nothing() {
        for fragment in ["", "#", "#code=", "#code=!!!", "#other=abc", "#code=AAAA"] {
            assert_eq!(decode(fragment), None, "{fragment}");
        }
        // A bomb: a few bytes that would unpack to far more than any program.
        let bomb = miniz_oxide::deflate::compress_to_vec(&vec![b' '; 4 * MAX_CODE_BYTES], 9);
        assert_eq!(
            decode(&format!("code={}", URL_SAFE_NO_PAD.encode(bomb))),
            None
        );
    }

    #[test]
    fn project_links_and_file_names_carry_the_parameters() {
        let params = BTreeMap::from([("teeth".to_owned(), 20.0), ("r w".to_owned(), 30.25)]);
        assert_eq!(query(&params), "r%20w=30.25&teeth=20");
        let back = params_from_query(
            [("teeth", "20"), ("r w", "30.25"), ("x", "nan"), ("y", "")].into_iter(),
        );
        assert_eq!(back, params);
        assert_eq!(
            file_stem(
                "zobrats",
                &[
                    ("teeth".into(), "20".into()),
                    ("Stils".into(), "viļņi".into())
                ]
            ),
            "zobrats-teeth20-stilsvilni"
        );
        assert_eq!(file_stem("", &[]), "model");
        assert_eq!(number(0.1 + 0.2), "0.3");
        assert_eq!(number(-4.0), "-4");
    }
}
