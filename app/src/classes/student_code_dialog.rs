//! A student's latest code on an item, read-only in a dialog, for the teacher: whether that run
//! passed and when it was, and the teacher's feedback on it ([`StudentFeedback`]).

use darbnica_api::classes::{Assignment, StudentCode};
use leptos::html::Dialog;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::classes::class_state::use_class;
use crate::classes::student_feedback::StudentFeedback;
use crate::shell::api;
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

/// Which code the dialog shows.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenCode {
    pub student: String,
    pub student_name: String,
    pub assignment: Assignment,
}

#[derive(Debug, Clone, PartialEq)]
enum Loaded {
    Loading,
    Code(StudentCode),
    Failed(&'static str),
}

#[component]
pub fn StudentCodeDialog(open: RwSignal<Option<OpenCode>>) -> impl IntoView {
    let i18n = use_i18n();
    let class = use_class();
    let dialog = NodeRef::<Dialog>::new();
    let loaded = RwSignal::new(Loaded::Loading);

    Effect::new(move |_| {
        let Some(opened) = open.get() else {
            if let Some(dialog) = dialog.get_untracked() {
                dialog.close();
            }
            return;
        };
        loaded.set(Loaded::Loading);
        if let Some(dialog) = dialog.get_untracked()
            && !dialog.open()
        {
            let _ = dialog.show_modal();
        }
        let id = class.id.get_value();
        spawn_local(async move {
            let result =
                api::fetch_student_code(&id, &opened.student, &opened.assignment.item).await;
            // Closed or switched to another cell meanwhile: this answer is old.
            if open.get_untracked().as_ref() != Some(&opened) {
                return;
            }
            loaded.set(match result {
                Ok(code) => Loaded::Code(code),
                Err(error) if error.code() == Some(darbnica_api::ErrorCode::NoCodeYet) => {
                    Loaded::Failed("code-none")
                }
                Err(error) => Loaded::Failed(error.message_key()),
            });
        });
    });

    let heading = move || {
        open.with(|opened| {
            opened.as_ref().map(|opened| {
                i18n.t_text_args(
                    "code-heading",
                    &[
                        ("student", opened.student_name.clone()),
                        (
                            "item",
                            opened
                                .assignment
                                .title
                                .get(i18n.language().code())
                                .to_owned(),
                        ),
                    ],
                )
            })
        })
    };
    view! {
        <dialog class="code-dialog" id="code-dialog" node_ref=dialog aria-labelledby="code-dialog-heading"
            on:close=move |_| open.set(None)>
            <div class="code-dialog__header">
                <h2 id="code-dialog-heading">{heading}</h2>
                <button type="button" class="button button--outline" id="code-dialog-close" on:click=move |_| open.set(None)>
                    {move || i18n.t("action-close")}
                </button>
            </div>
            <div class="code-dialog__body">
                {move || match loaded.get() {
                    Loaded::Loading => view! { <p class="loading-state">{move || i18n.t("code-loading")}</p> }.into_any(),
                    Loaded::Failed(key) => view! { <p class="notice notice--problem">{move || i18n.t(key)}</p> }.into_any(),
                    Loaded::Code(code) => {
                        let key = if code.passed { "code-passed" } else { "code-not-passed" };
                        let at = code.at;
                        let class_id = class.id.get_value();
                        view! {
                            <p class="code-dialog__meta" id="code-dialog-meta">
                                <span class=if code.passed { "code-dialog__result code-dialog__result--passed" } else { "code-dialog__result" }>{move || i18n.t(key)}</span>
                                " · "
                                {move || dates::date_time(at, i18n.language())}
                            </p>
                            <StudentFeedback class=class_id code/>
                        }.into_any()
                    }
                }}
            </div>
        </dialog>
    }
}
