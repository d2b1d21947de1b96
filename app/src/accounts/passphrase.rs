//! Passphrase suggestions for students' passwords: three words of the page's language and a
//! number (`darbnica_api::passphrase`), drawn with Web Crypto's random bytes.

use darbnica_api::passphrase::{ENGLISH, LATVIAN, passphrase};

use crate::shell::i18n::Language;

/// A passphrase in `language`; `None` when the browser has no Web Crypto (then none is offered:
/// `Math.random` is too weak for a password).
pub fn suggest(language: Language) -> Option<String> {
    let crypto = web_sys::window()?.crypto().ok()?;
    // Enough bytes for the words and every redraw of the number one can expect; more are fetched
    // in the unlikely case they run out.
    let mut pool = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut pool).ok()?;
    let mut used = 0;
    let mut failed = false;
    let words = match language {
        Language::Lv => &LATVIAN,
        Language::En => &ENGLISH,
    };
    let phrase = passphrase(words, || {
        if used == pool.len() {
            failed |= crypto.get_random_values_with_u8_array(&mut pool).is_err();
            used = 0;
        }
        used += 1;
        pool[used - 1]
    });
    (!failed).then_some(phrase)
}
