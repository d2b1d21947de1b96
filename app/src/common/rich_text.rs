//! Messages with code in them: the parts of a text between backticks are shown as code, as in
//! Markdown, so messages can say "use `return`" and have it look like code.

use leptos::prelude::*;

/// `text` with each `` `…` `` part as `<code>`.
pub fn with_code(text: &str) -> impl IntoView + use<> {
    text.split('`')
        .enumerate()
        .map(|(index, part)| {
            let part = part.to_owned();
            if index % 2 == 1 {
                view! { <code>{part}</code> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect_view()
}
