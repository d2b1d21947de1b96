//! Dates and times as people read and type them: the API's milliseconds since 1970 shown in the
//! page's language and the browser's time zone (`Intl`), and a date and time typed into
//! `<input type="date">` / `<input type="time">` turned back into milliseconds.

use wasm_bindgen::JsValue;

use crate::shell::i18n::Language;

/// E.g. "2025. gada 3. jūn. 23:59" / "3 Jun 2025, 23:59".
pub fn date_time(ms: i64, language: Language) -> String {
    format(
        ms,
        language,
        &[("dateStyle", "medium"), ("timeStyle", "short")],
    )
}

/// A short date and time for narrow places, e.g. "03.06.25 23:59".
pub fn short_date_time(ms: i64, language: Language) -> String {
    format(
        ms,
        language,
        &[("dateStyle", "short"), ("timeStyle", "short")],
    )
}

fn format(ms: i64, language: Language, options: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let object = js_sys::Object::new();
    for (name, value) in options {
        let _ = js_sys::Reflect::set(&object, &(*name).into(), &(*value).into());
    }
    let locale = match language {
        Language::Lv => "lv-LV",
        Language::En => "en-GB",
    };
    date.to_locale_string(locale, &object).into()
}

/// Milliseconds since 1970 of a local date (`YYYY-MM-DD`) and time (`HH:MM`, or the end of the
/// day when empty), or `None` when they are not a date.
pub fn parse_local(date: &str, time: &str) -> Option<i64> {
    let text = local_date_time_text(date, time)?;
    let ms = js_sys::Date::new(&JsValue::from_str(&text)).get_time();
    ms.is_finite().then_some(ms as i64)
}

/// `YYYY-MM-DDTHH:MM`, which `Date` reads as local time.
fn local_date_time_text(date: &str, time: &str) -> Option<String> {
    let date = date.trim();
    let time = match time.trim() {
        "" => "23:59",
        time => time,
    };
    let digits_at = |text: &str, positions: &[usize]| {
        positions
            .iter()
            .all(|&index| text.as_bytes().get(index).is_some_and(u8::is_ascii_digit))
    };
    let date_ok = date.len() == 10 && digits_at(date, &[0, 1, 2, 3, 5, 6, 8, 9]);
    let time_ok = time.len() >= 5 && digits_at(time, &[0, 1, 3, 4]);
    (date_ok && time_ok).then(|| format!("{date}T{}", &time[..5]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_dates_become_local_date_time_text() {
        assert_eq!(
            local_date_time_text("2025-06-03", "08:30").as_deref(),
            Some("2025-06-03T08:30")
        );
        assert_eq!(
            local_date_time_text("2025-06-03", "").as_deref(),
            Some("2025-06-03T23:59")
        );
        assert_eq!(local_date_time_text("", "08:30"), None);
        assert_eq!(local_date_time_text("3.6.2025", "08:30"), None);
    }
}
