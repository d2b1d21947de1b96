//! Task texts and hints: CommonMark (with tables and strikethrough) rendered to HTML by
//! pulldown-cmark when content loads. Code blocks keep their language as a `language-…` class; the
//! page highlights Python ones with the editor's own highlighter, so they look as in the editor.
//!
//! Raw HTML is refused: content is reviewed, but Markdown is all a task needs, and refusing HTML
//! keeps whatever lands in `content/` from reaching the page as markup. So are links and images
//! to anything but http(s), mailto and relative addresses: a `javascript:` or `data:` link in a
//! task would run or show whatever it holds when a child clicks it.

use pulldown_cmark::{Event, Options, Parser, Tag};

use crate::problem::line_of_offset;

/// `markdown` as HTML, or the 1-based line and message of what cannot be rendered.
pub fn to_html(markdown: &str) -> Result<String, (usize, String)> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let parser = Parser::new_ext(markdown, options).into_offset_iter();
    let mut events = Vec::new();
    for (event, range) in parser {
        if let Event::Html(_) | Event::InlineHtml(_) = event {
            return Err((
                line_of_offset(markdown, range.start),
                "raw HTML is not allowed in content (use Markdown)".to_owned(),
            ));
        }
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &event
            && !safe_target(dest_url)
        {
            return Err((
                line_of_offset(markdown, range.start),
                format!(
                    "the link `{dest_url}` is not allowed: links go to http(s), mailto or a \
                     relative address"
                ),
            ));
        }
        events.push(event);
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Ok(html)
}

/// Whether a link may go to `target`: http(s), mailto, or an address with no scheme at all
/// (relative, or `#fragment`).
fn safe_target(target: &str) -> bool {
    let target = target.trim_start();
    let scheme_end = target.find(|c: char| !(c.is_ascii_alphanumeric() || "+-.".contains(c)));
    match scheme_end {
        // `scheme:` before any `/`, `?` or `#`: only the three allowed schemes.
        Some(end) if end > 0 && target[end..].starts_with(':') => {
            let scheme = target[..end].to_ascii_lowercase();
            matches!(scheme.as_str(), "http" | "https" | "mailto")
        }
        _ => !target.starts_with("//") && !target.contains('\\'),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_blocks_keep_their_language_and_text_is_escaped() {
        let html = to_html("Raksti `a < b`:\n\n```python\nprint(\"<3\")\n```\n").unwrap();
        assert_eq!(
            html,
            "<p>Raksti <code>a &lt; b</code>:</p>\n\
             <pre><code class=\"language-python\">print(\"&lt;3\")\n</code></pre>\n"
        );
    }

    #[test]
    fn links_go_only_to_the_web_mail_or_this_site() {
        for safe in [
            "[a](https://python.org)",
            "[a](http://x.lv/a?b#c)",
            "[a](mailto:info@dip.lv)",
            "[a](/courses/x)",
            "[a](../y)",
            "[a](#hint)",
            "![kaste](kaste.png)",
        ] {
            assert!(to_html(safe).is_ok(), "{safe}");
        }
        for unsafe_link in [
            "[a](javascript:alert(1))",
            "[a](JavaScript:alert(1))",
            "[a]( javascript:alert(1))",
            "[a](data:text/html,<b>x</b>)",
            "![a](data:image/svg+xml,x)",
            "[a](vbscript:x)",
            "[a](//evil.example/x)",
            "[a](file:///etc/passwd)",
            "<javascript:alert(1)>",
        ] {
            let error = to_html(&format!("text\n\n{unsafe_link}\n")).unwrap_err();
            assert_eq!(error.0, 3, "{unsafe_link}");
            assert!(
                error.1.contains("not allowed"),
                "{unsafe_link}: {}",
                error.1
            );
        }
    }

    #[test]
    fn inline_html_is_refused_with_its_line() {
        assert_eq!(
            to_html("one\n\ntwo <b>bold</b>\n").unwrap_err(),
            (
                3,
                "raw HTML is not allowed in content (use Markdown)".to_owned()
            )
        );
    }
}
