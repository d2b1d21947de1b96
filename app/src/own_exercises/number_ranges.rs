//! Random whole numbers for the form's checks: on or off, a range a row (an input line, or an
//! argument), and how many cases, which the checks compare with the solution's.

use darbnica_api::own_exercises::{MAX_RANDOM_CASES, NumberRange};
use leptos::prelude::*;

use crate::own_exercises::draft_state::RandomState;
use crate::shell::i18n::use_i18n;

#[component]
pub fn NumberRanges(
    random: RandomState,
    /// The ids' start (`random-inputs`, `random-calls`).
    id: &'static str,
    /// What switching it on says.
    label_key: &'static str,
    /// What a row is called (`own-range-line`, `own-range-argument`), with its number.
    row_key: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let toggle_id = format!("{id}-on");
    let count_id = format!("{id}-count");
    let whole =
        move |event: &leptos::ev::Event| event_target_value(event).trim().parse::<i64>().ok();
    view! {
        <div class="own-random" id=id>
            <label class="own-random__toggle">
                <input type="checkbox" id=toggle_id prop:checked=move || random.on.get()
                    on:change=move |event| random.on.set(event_target_checked(&event))/>
                {move || i18n.t(label_key)}
            </label>
            <Show when=move || random.on.get()>
                <ol class="own-random__ranges">
                    <For each=move || random.ranges.get() key=|(key, _)| *key let:row>
                        {
                            let (key, range) = row;
                            let low_id = format!("{id}-low-{key}");
                            let high_id = format!("{id}-high-{key}");
                            let number = move || random.ranges.position(key);
                            let label = move || i18n.t_args(row_key, &[("number", number())]);
                            view! {
                                <li class="own-random__range">
                                    <span class="own-random__name">{label}</span>
                                    <label for=low_id.clone()>{move || i18n.t("own-range-from")}</label>
                                    <input type="number" id=low_id step="1" prop:value=move || range.get().low.to_string()
                                        on:input=move |event| { if let Some(low) = whole(&event) { range.update(|range| range.low = low) } }/>
                                    <label for=high_id.clone()>{move || i18n.t("own-range-to")}</label>
                                    <input type="number" id=high_id step="1" prop:value=move || range.get().high.to_string()
                                        on:input=move |event| { if let Some(high) = whole(&event) { range.update(|range| range.high = high) } }/>
                                    <button type="button" class="button button--quiet"
                                        aria-label=move || i18n.t_args("own-range-remove", &[("number", number())])
                                        on:click=move |_| random.ranges.remove(key)>{move || i18n.t("own-remove")}</button>
                                </li>
                            }
                        }
                    </For>
                </ol>
                <button type="button" class="button button--quiet" id=format!("{id}-add")
                    on:click=move |_| random.ranges.add(NumberRange { low: 1, high: 10 })>{move || i18n.t("own-range-add")}</button>
                <div class="field field--inline">
                    <label for=count_id.clone()>{move || i18n.t("own-random-count")}</label>
                    <input type="number" id=count_id.clone() min="1" max=MAX_RANDOM_CASES.to_string() step="1"
                        prop:value=move || random.count.get().to_string()
                        on:input=move |event| { if let Ok(count) = event_target_value(&event).trim().parse::<u32>() { random.count.set(count) } }/>
                </div>
            </Show>
        </div>
    }
}
