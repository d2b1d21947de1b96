//! A new password for the signed-in user, given the current one. Every other session of theirs
//! ends (a lost phone or a school computer left signed in is signed out); this one stays.

use darbnica_api::classes::PasswordChange;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::accounts::passphrase_button::PassphraseButton;
use crate::accounts::validation;
use crate::common::form_error::FormError;
use crate::common::form_field::FormField;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

#[component]
pub fn PasswordChangeForm(
    /// Teachers need longer passwords and get no passphrase suggestion.
    teacher: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    let error = RwSignal::new(None::<&'static str>);
    let done = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let checked = validation::password(&current.get_untracked())
            .and_then(|()| validation::new_password(&new.get_untracked(), teacher));
        if let Err(problem) = checked {
            error.set(Some(problem.message_key()));
            return;
        }
        error.set(None);
        done.set(false);
        busy.set(true);
        let request = PasswordChange {
            current: current.get_untracked(),
            new: new.get_untracked(),
        };
        spawn_local(async move {
            let result = api::change_password(&request).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    current.set(String::new());
                    new.set(String::new());
                    shown.set(false);
                    done.set(true);
                }
                Err(failure) => error.set(Some(failure.message_key_for(Action::ChangePassword))),
            }
        });
    };
    let hint = if teacher {
        "password-change-hint-teacher"
    } else {
        "field-student-password-hint"
    };
    view! {
        <form class="password-change" id="password-change-form" on:submit=submit novalidate=true>
            <FormField id="password-current" label_key="password-change-current" value=current kind="password" autocomplete="current-password"/>
            <FormField id="password-new" label_key="password-change-new" value=new kind="password" autocomplete="new-password" hint_key=hint shown/>
            {(!teacher).then(|| view! { <PassphraseButton id="password-suggest" value=new shown error/> })}
            <FormError message=error id="password-change-error"/>
            <Show when=move || done.get()>
                <p class="form-success" role="status" id="password-changed">{move || i18n.t("password-change-done")}</p>
            </Show>
            <button type="submit" class="button" id="password-change-submit" disabled=move || busy.get()>
                {move || i18n.t("password-change-submit")}
            </button>
        </form>
    }
}
