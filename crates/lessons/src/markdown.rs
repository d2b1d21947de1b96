//! Task texts and hints: CommonMark (with tables and strikethrough) rendered to HTML by
//! pulldown-cmark when content loads. Code blocks keep their language as a `language-…` class; the
//! page highlights Python ones with the editor's own highlighter, so they look as in the editor.
//!
//! Raw HTML is refused: content is reviewed, but Markdown is all a task needs, and refusing HTML
//! keeps whatever lands in `content/` from reaching the page as markup.

use pulldown_cmark::{Event, Options, Parser};

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
        events.push(event);
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    Ok(html)
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
