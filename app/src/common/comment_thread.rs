//! One thread of comments on lines of a run, as the teacher's dialog and the student's exercise
//! page show it: which lines (and, for the student, where they are in today's code), the lines as
//! they were, the comments and answers, and a box to answer in.

use darbnica_api::feedback::{Comment, NewReply, clean_comment};
use leptos::prelude::*;

use crate::common::form_error::FormError;
use crate::common::submission::Submission;
use crate::shell::api::{self, Action};
use crate::shell::dates;
use crate::shell::i18n::use_i18n;

/// Who answers in the thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Side {
    Teacher { class: String, student: String },
    Student,
}

/// The thread's lines as words: "Line 3", "Lines 3–5".
pub fn lines_label(i18n: crate::shell::i18n::I18n, first: u32, last: u32) -> String {
    if first == last {
        i18n.t_text_args("feedback-line", &[("line", first.to_string())])
    } else {
        i18n.t_text_args(
            "feedback-lines",
            &[("first", first.to_string()), ("last", last.to_string())],
        )
    }
}

/// `comments`: one thread, oldest first. `now_at`: for the student, where the lines are in the
/// code now (`None` when they changed).
#[component]
pub fn CommentThread(
    comments: Vec<Comment>,
    side: Side,
    #[prop(optional)] now_at: Option<Signal<Option<u32>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let first = comments.first().cloned();
    let Some(first) = first else {
        return ().into_any();
    };
    let thread = first.thread.clone();
    let comments = RwSignal::new(comments);
    let answer = RwSignal::new(String::new());
    let submission = Submission::new();
    let field = format!("answer-{thread}");
    let send = {
        let thread = thread.clone();
        move |event: leptos::ev::SubmitEvent| {
            event.prevent_default();
            let Ok(body) = clean_comment(&answer.get_untracked(), false) else {
                submission.fail("feedback-answer-empty");
                return;
            };
            let reply = NewReply { body };
            let thread = thread.clone();
            let side = side.clone();
            submission.send(
                Action::Other,
                async move {
                    match side {
                        Side::Teacher { class, student } => {
                            api::answer_as_teacher(&class, &student, &thread, &reply).await
                        }
                        Side::Student => api::answer_as_student(&thread, &reply).await,
                    }
                },
                move |comment| {
                    comments.update(|comments| comments.push(comment));
                    answer.set(String::new());
                },
            );
        }
    };
    let (first_line, last_line) = (first.first_line, first.last_line);
    let where_now = move || {
        now_at.map(|now_at| match now_at.get() {
            Some(line) if line == first_line => String::new(),
            Some(line) => i18n.t_text_args("feedback-moved", &[("line", line.to_string())]),
            None => i18n.t("feedback-changed"),
        })
    };
    view! {
        <article class="comment-thread" data-thread=thread.clone() data-line=first_line>
            <p class="comment-thread__where">
                <strong>{move || lines_label(i18n, first_line, last_line)}</strong>
                {move || where_now().filter(|text| !text.is_empty()).map(|text| view! { " · " <span class="comment-thread__now">{text}</span> })}
            </p>
            <pre class="comment-thread__quote"><code>{first.quoted.clone()}</code></pre>
            <ol class="comment-thread__comments">
                <For each=move || comments.get() key=|comment| comment.id.clone() let:comment>
                    <li class="comment" class:comment--teacher=comment.by_teacher class:comment--new=comment.new>
                        <p class="comment__meta">
                            <strong>{comment.author.clone()}</strong>
                            " · "
                            {move || dates::date_time(comment.at, i18n.language())}
                            {comment.new.then(|| view! { " " <span class="new-mark">{move || i18n.t("feedback-new")}</span> })}
                        </p>
                        <p class="comment__body">{comment.body.clone()}</p>
                    </li>
                </For>
            </ol>
            <form class="comment-thread__answer" on:submit=send>
                <label for=field.clone()>{move || i18n.t("feedback-answer-label")}</label>
                <textarea id=field rows="2" maxlength="2000" prop:value=move || answer.get()
                    on:input=move |event| answer.set(event_target_value(&event))></textarea>
                <button type="submit" class="button button--outline" disabled=move || submission.busy.get()>
                    {move || i18n.t("feedback-answer")}
                </button>
                <FormError message=submission.error/>
            </form>
        </article>
    }
    .into_any()
}
