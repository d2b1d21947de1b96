//! The teacher's feedback on a student's latest run, in the code dialog: the code line by line
//! (a line's number selects it, Shift extends the choice), a comment on the chosen lines, the
//! threads so far with their answers, and the verdict: accepted, or sent back with a note.

use darbnica_api::classes::StudentCode;
use darbnica_api::feedback::{
    Comment, Feedback, NewComment, NewReview, Review, Verdict, clean_comment,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::classes::run_timeline::RunTimeline;
use crate::common::comment_thread::{CommentThread, Side, lines_label};
use crate::common::form_error::FormError;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::i18n::use_i18n;

/// The comments grouped by thread, each thread oldest first, threads by their first line.
pub fn threads(comments: &[Comment]) -> Vec<Vec<Comment>> {
    let mut threads: Vec<Vec<Comment>> = Vec::new();
    for comment in comments {
        match threads
            .iter_mut()
            .find(|thread| thread[0].thread == comment.thread)
        {
            Some(thread) => thread.push(comment.clone()),
            None => threads.push(vec![comment.clone()]),
        }
    }
    threads.sort_by_key(|thread| (thread[0].first_line, thread[0].at));
    threads
}

#[component]
pub fn StudentFeedback(class: String, code: StudentCode) -> impl IntoView {
    let i18n = use_i18n();
    let feedback = RwSignal::new(None::<Feedback>);
    let failed = RwSignal::new(None::<&'static str>);
    let student = code.student.clone();
    let item = code.item.clone();
    {
        let (class, student, item) = (class.clone(), student.clone(), item.clone());
        spawn_local(async move {
            match api::fetch_feedback(&class, &student, &item).await {
                Ok(loaded) => {
                    let unread = loaded
                        .comments
                        .iter()
                        .any(|comment| comment.new && !comment.by_teacher);
                    feedback.set(Some(loaded));
                    if unread {
                        let _ = api::teacher_saw(&class, &student, &item).await;
                    }
                }
                Err(error) => failed.set(Some(error.message_key())),
            }
        });
    }

    // The chosen lines, and where a Shift+choice extends from.
    let chosen = RwSignal::new(None::<(u32, u32)>);
    let choose = move |line: u32, extend: bool| {
        chosen.update(|chosen| {
            *chosen = match (*chosen, extend) {
                (Some((first, last)), true) => Some((first.min(line), last.max(line))),
                (Some((first, last)), false) if first == line && last == line => None,
                _ => Some((line, line)),
            }
        });
    };
    let lines: Vec<(u32, String)> = code
        .code
        .lines()
        .enumerate()
        .map(|(index, text)| (index as u32 + 1, text.to_owned()))
        .collect();

    let body = RwSignal::new(String::new());
    let commenting = Submission::new();
    let add_comment = {
        let (class, student, item, attempt) = (
            class.clone(),
            student.clone(),
            item.clone(),
            code.attempt.clone(),
        );
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let Some((first_line, last_line)) = chosen.get_untracked() else {
                return;
            };
            let Ok(text) = clean_comment(&body.get_untracked(), false) else {
                commenting.fail("feedback-comment-empty");
                return;
            };
            let comment = NewComment {
                item: item.clone(),
                attempt: attempt.clone(),
                first_line,
                last_line,
                body: text,
            };
            let (class, student) = (class.clone(), student.clone());
            commenting.send(
                Action::Other,
                async move { api::create_comment(&class, &student, &comment).await },
                move |comment| {
                    feedback.update(|feedback| {
                        if let Some(feedback) = feedback {
                            feedback.comments.push(comment);
                        }
                    });
                    body.set(String::new());
                    chosen.set(None);
                },
            );
        }
    };

    let note = RwSignal::new(String::new());
    let reviewing = Submission::new();
    let review = {
        let (class, student, item) = (class.clone(), student.clone(), item.clone());
        move |verdict: Verdict| {
            let allow_empty = verdict == Verdict::Accepted;
            let Ok(text) = clean_comment(&note.get_untracked(), allow_empty) else {
                reviewing.fail("review-note-needed");
                return;
            };
            let request = NewReview {
                item: item.clone(),
                verdict,
                note: text,
            };
            let (class, student) = (class.clone(), student.clone());
            reviewing.send(
                Action::Other,
                async move { api::set_review(&class, &student, &request).await },
                move |review| {
                    feedback.update(|feedback| {
                        if let Some(feedback) = feedback {
                            feedback.review = Some(review);
                        }
                    });
                    note.set(String::new());
                },
            );
        }
    };
    let review_again = review.clone();
    let (timeline_class, timeline_student, timeline_item) =
        (class.clone(), student.clone(), item.clone());
    let side = Side::Teacher {
        class,
        student: student.clone(),
    };
    let attempt = StoredValue::new(code.attempt.clone());
    let commented = move |line: u32| {
        feedback.with(|feedback| {
            feedback.as_ref().is_some_and(|feedback| {
                feedback.comments.iter().any(|comment| {
                    attempt.with_value(|attempt| comment.attempt == *attempt)
                        && (comment.first_line..=comment.last_line).contains(&line)
                })
            })
        })
    };

    view! {
        <p class="feedback__hint" id="feedback-hint">{move || i18n.t("feedback-select-hint")}</p>
        <ol class="code-lines" id="student-code" aria-describedby="feedback-hint">
            {lines.into_iter().map(|(number, text)| {
                let selected = move || chosen.get().is_some_and(|(first, last)| (first..=last).contains(&number));
                view! {
                    <li class="code-lines__line" class:code-lines__line--chosen=selected
                        class:code-lines__line--commented=move || commented(number)>
                        <button type="button" class="code-lines__number" data-line=number
                            aria-pressed=move || selected().to_string()
                            aria-label=move || lines_label(i18n, number, number)
                            on:click=move |event| choose(number, event.shift_key())>{number}</button>
                        <code class="code-lines__text">{text}</code>
                    </li>
                }
            }).collect_view()}
        </ol>
        {move || chosen.get().map(|(first, last)| {
            let add_comment = add_comment.clone();
            view! {
                <form class="feedback__new" id="comment-form" on:submit=add_comment>
                    <label for="comment-body">
                        {move || i18n.t_text_args("feedback-comment-on", &[("lines", lines_label(i18n, first, last))])}
                    </label>
                    <textarea id="comment-body" rows="3" maxlength="2000" prop:value=move || body.get()
                        on:input=move |event| body.set(event_target_value(&event))></textarea>
                    <button type="submit" class="button" id="comment-send" disabled=move || commenting.busy.get()>
                        {move || i18n.t("feedback-comment")}
                    </button>
                    <FormError message=commenting.error/>
                </form>
            }
        })}
        {move || failed.get().map(|key| view! { <p class="notice notice--problem">{move || i18n.t(key)}</p> })}
        <section class="feedback__threads" aria-label=move || i18n.t("feedback-threads")>
            {move || feedback.with(|feedback| feedback.as_ref().map(|feedback| threads(&feedback.comments))).unwrap_or_default()
                .into_iter()
                .map(|thread| {
                    let side = side.clone();
                    view! { <CommentThread comments=thread side/> }
                })
                .collect_view()}
        </section>
        <section class="feedback__review" aria-labelledby="review-heading">
            <h3 id="review-heading">{move || i18n.t("review-heading")}</h3>
            {move || feedback.with(|feedback| feedback.as_ref().and_then(|feedback| feedback.review.clone())).map(|review| view! { <ReviewState review/> })}
            <label for="review-note">{move || i18n.t("review-note-label")}</label>
            <textarea id="review-note" rows="2" maxlength="2000" prop:value=move || note.get()
                on:input=move |event| note.set(event_target_value(&event))></textarea>
            <div class="feedback__review-buttons">
                <button type="button" class="button" id="review-accept" disabled=move || reviewing.busy.get()
                    on:click=move |_| review(Verdict::Accepted)>{move || i18n.t("review-accept")}</button>
                <button type="button" class="button button--outline" id="review-send-back" disabled=move || reviewing.busy.get()
                    on:click=move |_| review_again(Verdict::SentBack)>{move || i18n.t("review-send-back")}</button>
            </div>
            <FormError message=reviewing.error/>
        </section>
        <RunTimeline class=timeline_class student=timeline_student item=timeline_item/>
    }
}

/// The verdict as the teacher reads it: accepted, sent back, or solved again since.
pub fn review_key(review: &Review) -> &'static str {
    match (review.verdict, review.resubmitted) {
        (Verdict::Accepted, _) => "review-accepted",
        (Verdict::SentBack, false) => "review-sent-back",
        (Verdict::SentBack, true) => "review-resubmitted",
    }
}

/// A verdict as it stands, for the teacher.
#[component]
fn ReviewState(review: Review) -> impl IntoView {
    let i18n = use_i18n();
    let key = review_key(&review);
    let at = review.at;
    view! {
        <p class="feedback__verdict" id="review-state" role="status">
            <strong>{move || i18n.t(key)}</strong>
            " · "
            {move || crate::shell::dates::date_time(at, i18n.language())}
            {(!review.note.is_empty()).then(|| view! { <br/><span class="feedback__note">{review.note.clone()}</span> })}
        </p>
    }
}
