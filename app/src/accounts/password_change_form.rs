//! A new password for the signed-in user, given the current one. Every other session of theirs
//! ends (a lost phone or a school computer left signed in is signed out); this one stays.

use darbnica_api::classes::PasswordChange;
use leptos::prelude::*;

use crate::accounts::passphrase_button::PassphraseButton;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::{FormField, text_fields};
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn PasswordChangeForm(
    /// Teachers need longer passwords and get no passphrase suggestion.
    teacher: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let [current, new] = text_fields();
    let shown = RwSignal::new(false);
    let form = Submission::new();
    let done = RwSignal::new(false);
    let check = move || {
        done.set(false);
        validation::password(&current.get_untracked())?;
        validation::new_password(&new.get_untracked(), teacher)
    };
    let submit = form.on_submit(check, move |()| {
        let request = PasswordChange {
            current: current.get_untracked(),
            new: new.get_untracked(),
        };
        let sent = async move { api::change_password(&request).await };
        form.send(Action::ChangePassword, sent, move |()| {
            current.set(String::new());
            new.set(String::new());
            shown.set(false);
            done.set(true);
        });
    });
    let hint = if teacher {
        "password-change-hint-teacher"
    } else {
        "field-student-password-hint"
    };
    view! {
        <form class="password-change" id="password-change-form" on:submit=submit novalidate=true>
            <FormField id="password-current" label_key="password-change-current" value=current kind="password" autocomplete="current-password"/>
            <FormField id="password-new" label_key="password-change-new" value=new kind="password" autocomplete="new-password" hint_key=hint shown/>
            {(!teacher).then(|| view! { <PassphraseButton id="password-suggest" value=new shown error=form.error/> })}
            <FormError message=form.error id="password-change-error"/>
            <Show when=move || done.get()>
                <p class="form-success" role="status" id="password-changed">{move || i18n.t("password-change-done")}</p>
            </Show>
            <button type="submit" class="button" id="password-change-submit" disabled=move || form.is_busy()>
                {move || i18n.t("password-change-submit")}
            </button>
        </form>
    }
}
