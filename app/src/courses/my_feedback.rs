//! On an exercise, for a signed-in student: what their teachers said about their work on it. The
//! verdict first ("your teacher asks you to look again", with the note), then each comment
//! thread with the lines as they were and where they are in the code now, or that they changed,
//! and a box to answer in; the comments also stand beside their lines in the editor. What was new
//! is marked read once shown.

use darbnica_api::classes::Role;
use darbnica_api::feedback::{ClassFeedback, Review, Verdict, find_quoted};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::accounts::account::use_account;
use crate::classes::student_feedback::threads;
use crate::common::comment_thread::{CommentThread, Side};
use crate::running::code_editor::{EditorControl, LineNote};
use crate::shell::api;
use crate::shell::i18n::use_i18n;

/// The verdict as the student reads it: its text's key, and a short name for styles and tests.
pub fn verdict_words(review: &Review) -> (&'static str, &'static str) {
    match (review.verdict, review.resubmitted) {
        (Verdict::Accepted, _) => ("feedback-accepted", "accepted"),
        (Verdict::SentBack, false) => ("feedback-look-again", "again"),
        (Verdict::SentBack, true) => ("feedback-sent-again", "sent-again"),
    }
}

/// `code`: the code in the editor now.
#[component]
pub fn MyFeedback(item: String, code: Signal<String>, control: EditorControl) -> impl IntoView {
    let i18n = use_i18n();
    let account = use_account();
    let classes = RwSignal::new(Vec::<ClassFeedback>::new());
    if account.role() == Some(Role::Student) {
        spawn_local(async move {
            let Ok(mine) = api::fetch_my_feedback(&item).await else {
                // Offline, or signed out meanwhile: the page is whole without it.
                return;
            };
            let any = !mine.classes.is_empty();
            classes.set(mine.classes);
            if any {
                // Shown now (what was new keeps its mark on this page).
                let _ = api::student_saw(&item).await;
            }
        });
    }
    // The comments beside their lines in the editor, where those lines are now.
    Effect::new(move |_| {
        let notes: Vec<LineNote> = classes.with(|classes| {
            classes
                .iter()
                .flat_map(|class| threads(&class.feedback.comments))
                .filter_map(|thread| {
                    let first = &thread[0];
                    let line = code.with_untracked(|code| {
                        find_quoted(code, &first.quoted, first.first_line)
                    })?;
                    // The comment that started the thread: the teacher's word on the line.
                    Some(LineNote {
                        line,
                        text: format!("{}: {}", first.author, first.body),
                    })
                })
                .collect()
        });
        if !notes.is_empty() {
            control.set_notes(&notes);
        }
    });

    move || {
        classes.with(|classes| {
            (!classes.is_empty()).then(|| {
                let shown = classes.clone();
                let several = shown.len() > 1;
                view! {
                    <section class="my-feedback" id="my-feedback" aria-labelledby="my-feedback-heading">
                        <h2 id="my-feedback-heading">{move || i18n.t("feedback-heading")}</h2>
                        {shown.into_iter().map(|class| {
                            let review = class.feedback.review.clone();
                            view! {
                                <div class="my-feedback__class">
                                    {several.then(|| view! { <p class="my-feedback__class-name">{class.class_name.clone()}</p> })}
                                    {review.map(|review| {
                                        let (key, _) = verdict_words(&review);
                                        let again = review.verdict == Verdict::SentBack && !review.resubmitted;
                                        view! {
                                            <div class=if again { "notice notice--warning my-feedback__verdict" } else { "notice my-feedback__verdict" }
                                                id="my-verdict" data-verdict=key role="status">
                                                <strong>{move || i18n.t(key)}</strong>
                                                {(!review.note.is_empty()).then(|| view! { <p class="my-feedback__note">{review.note.clone()}</p> })}
                                            </div>
                                        }
                                    })}
                                    {threads(&class.feedback.comments).into_iter().map(|thread| {
                                        let first = thread[0].clone();
                                        let now_at = Signal::derive(move || code.with(|code| find_quoted(code, &first.quoted, first.first_line)));
                                        view! { <CommentThread comments=thread side=Side::Student now_at/> }
                                    }).collect_view()}
                                </div>
                            }
                        }).collect_view()}
                    </section>
                }
            })
        })
    }
}
