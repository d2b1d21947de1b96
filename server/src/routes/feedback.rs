//! A teacher's feedback on a student's work, and the student's side of it
//! (`darbnica_api::feedback`). Comments and verdicts belong to the class they were written in:
//! only its teacher (through [`ClassStudent`], which checks the class is theirs and the student in
//! it) and the student read them; the student answers only while in that class.
//!
//! The teacher, under `/api/classes/{id}/students/{student}`:
//! - `GET …/feedback?item=…`: the comments on the item and the verdict;
//! - `GET …/runs?item=…`: the student's runs of the item, each with its change from the one
//!   before, its pastes, and whether much came at once;
//! - `POST …/comments`: a comment on lines of one of the student's runs of an assigned item;
//! - `POST …/comments/{thread}`: an answer in a thread;
//! - `PUT …/review`: accepted, or sent back with a note;
//! - `POST …/feedback/seen`: the student's answers have been read.
//!
//! - `GET /api/classes/{id}/similarity?item=…`: the class's programs compared in pairs
//!   ([`crate::similarity`]).
//!
//! The student:
//! - `GET /api/me/feedback?item=…`: what each of their classes' teachers said on the item;
//! - `POST /api/me/comments/{thread}`: an answer in a thread on their work;
//! - `POST /api/me/feedback/seen`: what was new has been read.

use std::collections::{HashMap, HashSet};

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use darbnica_api::ErrorCode;
use darbnica_api::classes::{FieldProblem, ItemKey};
use darbnica_api::feedback::{
    ClassFeedback, Comment, DiffKind, DiffLine, Feedback, LARGE_INSERTION_LINES, LARGE_PASTE_CHARS,
    MAX_COMMENT_CHARS, MAX_COMMENTED_LINES, MAX_COMMENTS_PER_ITEM, MAX_SIMILAR_PAIRS,
    MAX_TIMELINE_RUNS, MIN_SIMILAR_PERCENT, MyFeedback, NewComment, NewReply, NewReview, PairSide,
    Review, Run, Seen, SimilarPair, Similarity, Verdict, clean_comment, quote,
};
use serde::Deserialize;

use crate::AppState;
use crate::auth::SignedIn;
use crate::error::{AppError, Result};
use crate::routes::classes::{ClassStudent, OwnedClass};
use crate::routes::{new_id, now_ms};

/// Who is reading: what is new to them is what the other side wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reader {
    Teacher,
    Student,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct ItemQuery {
    /// The item, e.g. `programmesanas-pamati/sveika-pasaule`.
    pub item: String,
}

#[derive(Debug, Deserialize)]
pub struct ThreadSegment {
    thread: String,
}

/// A 404 unless the class `class` has assigned `item`: a teacher's feedback is on what their
/// class asked for, and nothing else of the student's.
pub async fn assigned(state: &AppState, class: &str, item: &str) -> Result<()> {
    let assigned: Option<(String,)> =
        sqlx::query_as("SELECT id FROM assignments WHERE class_id = $1 AND item = $2")
            .bind(class)
            .bind(item)
            .fetch_optional(state.database.pool())
            .await?;
    assigned
        .map(drop)
        .ok_or_else(|| AppError::NotFound(format!("the class has not assigned `{item}`")))
}

fn cleaned(text: &str, what: &str, allow_empty: bool) -> Result<String> {
    clean_comment(text, allow_empty).map_err(|problem| {
        AppError::BadRequest(match problem {
            FieldProblem::TooLong { .. } => {
                format!("the {what} is longer than {MAX_COMMENT_CHARS} characters")
            }
            FieldProblem::ControlCharacters => format!("the {what} has control characters"),
            _ => format!("the {what} is empty"),
        })
    })
}

type CommentRow = (
    String,
    String,
    String,
    i64,
    i64,
    i64,
    String,
    i64,
    String,
    String,
    i64,
    Option<i64>,
);

/// The comments on `student`'s `item` in `class`, oldest first, as `reader` sees them.
async fn comments(
    state: &AppState,
    class: &str,
    student: &str,
    item: &str,
    reader: Reader,
) -> Result<Vec<Comment>> {
    let rows: Vec<CommentRow> = sqlx::query_as(
        "SELECT c.id, c.thread_id, c.attempt_id, t.at, c.first_line, c.last_line, t.code, \
         CASE WHEN c.author_id = c.student_id THEN 0 ELSE 1 END, u.name, c.body, c.at, c.seen_at \
         FROM comments c JOIN attempts t ON t.id = c.attempt_id \
         JOIN users u ON u.id = c.author_id \
         WHERE c.class_id = $1 AND c.student_id = $2 AND c.item = $3 ORDER BY c.at, c.id",
    )
    .bind(class)
    .bind(student)
    .bind(item)
    .fetch_all(state.database.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(
                id,
                thread,
                attempt,
                attempt_at,
                first,
                last,
                code,
                by_teacher,
                author,
                body,
                at,
                seen,
            )| {
                let by_teacher = by_teacher != 0;
                let first_line = u32::try_from(first).unwrap_or(1);
                let last_line = u32::try_from(last).unwrap_or(first_line);
                Comment {
                    id,
                    thread,
                    attempt,
                    attempt_at,
                    quoted: quote(&code, first_line, last_line).unwrap_or_default(),
                    first_line,
                    last_line,
                    new: seen.is_none() && by_teacher == (reader == Reader::Student),
                    by_teacher,
                    author,
                    body,
                    at,
                }
            },
        )
        .collect())
}

/// A verdict's class, student, item, verdict, note, time, when the student saw it, and
/// [`RESUBMITTED`].
type ReviewRow = (
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<i64>,
    i64,
);

/// 1 when the verdict `r` sent the item back and the student has solved it since (a run of theirs
/// passed after it), else 0.
const RESUBMITTED: &str = "CASE WHEN r.verdict = 'sent_back' AND EXISTS (SELECT 1 FROM attempts t \
     WHERE t.user_id = r.student_id AND t.item = r.item AND t.passed = 1 AND t.at > r.at) \
     THEN 1 ELSE 0 END";

/// Verdicts, by (class, student, item), of the rows `column = value` (`r.class_id` or
/// `r.student_id`), with whether a sent-back item has been solved again since.
pub async fn reviews(
    state: &AppState,
    column: &'static str,
    value: &str,
) -> Result<HashMap<(String, String, String), (Review, bool)>> {
    let rows: Vec<ReviewRow> = sqlx::query_as(&format!(
        "SELECT r.class_id, r.student_id, r.item, r.verdict, r.note, r.at, r.seen_at, \
             {RESUBMITTED} FROM reviews r WHERE {column} = $1"
    ))
    .bind(value)
    .fetch_all(state.database.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(
            |(class, student, item, verdict, note, at, seen, resubmitted)| {
                let review = Review {
                    verdict: Verdict::parse(&verdict)?,
                    note,
                    at,
                    resubmitted: resubmitted != 0,
                };
                Some(((class, student, item), (review, seen.is_none())))
            },
        )
        .collect())
}

async fn feedback(
    state: &AppState,
    class: &str,
    student: &str,
    item: &str,
    reader: Reader,
) -> Result<Feedback> {
    let comments = comments(state, class, student, item, reader).await?;
    let review: Option<(String, String, i64, i64)> = sqlx::query_as(&format!(
        "SELECT r.verdict, r.note, r.at, {RESUBMITTED} FROM reviews r \
             WHERE r.class_id = $1 AND r.student_id = $2 AND r.item = $3"
    ))
    .bind(class)
    .bind(student)
    .bind(item)
    .fetch_optional(state.database.pool())
    .await?;
    let review = review.and_then(|(verdict, note, at, resubmitted)| {
        Some(Review {
            verdict: Verdict::parse(&verdict)?,
            note,
            at,
            resubmitted: resubmitted != 0,
        })
    });
    Ok(Feedback { comments, review })
}

/// The comment `id` as `reader` sees it.
async fn comment(
    state: &AppState,
    class: &str,
    student: &str,
    item: &str,
    id: &str,
    reader: Reader,
) -> Result<Comment> {
    comments(state, class, student, item, reader)
        .await?
        .into_iter()
        .find(|comment| comment.id == id)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the comment {id} was not stored")))
}

/// Refuses a comment past [`MAX_COMMENTS_PER_ITEM`] on one student's item in one class.
async fn check_room(state: &AppState, class: &str, student: &str, item: &str) -> Result<()> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM comments WHERE class_id = $1 AND student_id = $2 AND item = $3",
    )
    .bind(class)
    .bind(student)
    .bind(item)
    .fetch_one(state.database.pool())
    .await?;
    if count >= i64::from(MAX_COMMENTS_PER_ITEM) {
        return Err(AppError::refused(
            ErrorCode::StorageFull,
            format!("there are already {MAX_COMMENTS_PER_ITEM} comments on this work"),
        ));
    }
    Ok(())
}

/// Stores a comment in the thread `thread` (a new thread when it is the comment's own id).
#[expect(clippy::too_many_arguments, reason = "one row's columns")]
async fn insert(
    state: &AppState,
    id: &str,
    (class, student, item): (&str, &str, &str),
    thread: &str,
    attempt: &str,
    (first, last): (i64, i64),
    author: &str,
    body: &str,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO comments (id, class_id, student_id, item, thread_id, attempt_id, first_line, \
         last_line, author_id, body, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(id)
    .bind(class)
    .bind(student)
    .bind(item)
    .bind(thread)
    .bind(attempt)
    .bind(first)
    .bind(last)
    .bind(author)
    .bind(body)
    .bind(now_ms())
    .execute(state.database.pool())
    .await?;
    Ok(())
}

/// The first comment of `thread`: its class, item, run and lines, when the thread is on
/// `student`'s work (and, with `class`, in that class).
async fn thread_root(
    state: &AppState,
    thread: &str,
    student: &str,
) -> Result<(String, String, String, i64, i64)> {
    let root: Option<(String, String, String, i64, i64)> = sqlx::query_as(
        "SELECT class_id, item, attempt_id, first_line, last_line FROM comments \
         WHERE id = $1 AND thread_id = id AND student_id = $2",
    )
    .bind(thread)
    .bind(student)
    .fetch_optional(state.database.pool())
    .await?;
    root.ok_or_else(|| AppError::NotFound(format!("there is no thread {thread}")))
}

#[utoipa::path(get, path = "/students/{student}/feedback", tag = "feedback",
    params(("id" = String, Path), ("student" = String, Path), ItemQuery),
    responses((status = 200, body = Feedback),
              (status = 404, description = "no such class or student, or the class has not assigned the item", body = darbnica_api::ErrorBody)))]
pub async fn get_feedback(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
    Query(query): Query<ItemQuery>,
) -> Result<Json<Feedback>> {
    assigned(&state, class.id(), &query.item).await?;
    Ok(Json(
        feedback(&state, class.id(), &student, &query.item, Reader::Teacher).await?,
    ))
}

#[utoipa::path(post, path = "/students/{student}/comments", tag = "feedback", request_body = NewComment,
    params(("id" = String, Path), ("student" = String, Path)),
    responses((status = 200, description = "the comment as stored", body = Comment),
              (status = 400, description = "an empty or too long comment, or lines the run does not have", body = darbnica_api::ErrorBody),
              (status = 404, description = "no such class, student, assignment or run of the student's on it", body = darbnica_api::ErrorBody),
              (status = 429, description = "too many comments on this work", body = darbnica_api::ErrorBody)))]
pub async fn create_comment(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
    Json(new): Json<NewComment>,
) -> Result<Json<Comment>> {
    let body = cleaned(&new.body, "comment", false)?;
    assigned(&state, class.id(), &new.item).await?;
    let code: Option<(String,)> =
        sqlx::query_as("SELECT code FROM attempts WHERE id = $1 AND user_id = $2 AND item = $3")
            .bind(&new.attempt)
            .bind(&student)
            .bind(&new.item)
            .fetch_optional(state.database.pool())
            .await?;
    let (code,) = code.ok_or_else(|| {
        AppError::NotFound(format!(
            "the student has no run {} on this item",
            new.attempt
        ))
    })?;
    if quote(&code, new.first_line, new.last_line).is_none() {
        return Err(AppError::BadRequest(format!(
            "the run has no lines {}–{}",
            new.first_line, new.last_line
        )));
    }
    if new.last_line - new.first_line >= MAX_COMMENTED_LINES {
        return Err(AppError::BadRequest(format!(
            "a comment may be on at most {MAX_COMMENTED_LINES} lines"
        )));
    }
    check_room(&state, class.id(), &student, &new.item).await?;
    let id = new_id();
    insert(
        &state,
        &id,
        (class.id(), &student, &new.item),
        &id,
        &new.attempt,
        (i64::from(new.first_line), i64::from(new.last_line)),
        &class.teacher.id,
        &body,
    )
    .await?;
    Ok(Json(
        comment(
            &state,
            class.id(),
            &student,
            &new.item,
            &id,
            Reader::Teacher,
        )
        .await?,
    ))
}

#[utoipa::path(post, path = "/students/{student}/comments/{thread}", tag = "feedback", request_body = NewReply,
    params(("id" = String, Path), ("student" = String, Path), ("thread" = String, Path)),
    responses((status = 200, description = "the answer as stored", body = Comment),
              (status = 400, body = darbnica_api::ErrorBody),
              (status = 404, description = "no such class, student or thread in this class", body = darbnica_api::ErrorBody),
              (status = 429, body = darbnica_api::ErrorBody)))]
pub async fn reply_as_teacher(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
    Path(ThreadSegment { thread }): Path<ThreadSegment>,
    Json(reply): Json<NewReply>,
) -> Result<Json<Comment>> {
    let body = cleaned(&reply.body, "answer", false)?;
    let (thread_class, item, attempt, first, last) = thread_root(&state, &thread, &student).await?;
    if thread_class != class.id() {
        return Err(AppError::NotFound(format!("there is no thread {thread}")));
    }
    check_room(&state, class.id(), &student, &item).await?;
    let id = new_id();
    insert(
        &state,
        &id,
        (class.id(), &student, &item),
        &thread,
        &attempt,
        (first, last),
        &class.teacher.id,
        &body,
    )
    .await?;
    Ok(Json(
        comment(&state, class.id(), &student, &item, &id, Reader::Teacher).await?,
    ))
}

#[utoipa::path(put, path = "/students/{student}/review", tag = "feedback", request_body = NewReview,
    params(("id" = String, Path), ("student" = String, Path)),
    responses((status = 200, description = "the verdict as it stands", body = Review),
              (status = 400, description = "sent back without a note, or a note too long", body = darbnica_api::ErrorBody),
              (status = 404, description = "no such class, student or assignment, or no run of it yet", body = darbnica_api::ErrorBody)))]
pub async fn set_review(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
    Json(new): Json<NewReview>,
) -> Result<Json<Review>> {
    let note = cleaned(&new.note, "note", new.verdict == Verdict::Accepted)?;
    assigned(&state, class.id(), &new.item).await?;
    let runs: Option<(String,)> =
        sqlx::query_as("SELECT id FROM attempts WHERE user_id = $1 AND item = $2 LIMIT 1")
            .bind(&student)
            .bind(&new.item)
            .fetch_optional(state.database.pool())
            .await?;
    if runs.is_none() {
        return Err(AppError::refused(
            ErrorCode::NoCodeYet,
            format!("the student has not run `{}` yet", new.item),
        ));
    }
    sqlx::query(
        "INSERT INTO reviews (class_id, student_id, item, verdict, note, at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (class_id, student_id, item) DO UPDATE SET verdict = excluded.verdict, \
         note = excluded.note, at = excluded.at, seen_at = NULL",
    )
    .bind(class.id())
    .bind(&student)
    .bind(&new.item)
    .bind(new.verdict.as_str())
    .bind(&note)
    .bind(now_ms())
    .execute(state.database.pool())
    .await?;
    let feedback = feedback(&state, class.id(), &student, &new.item, Reader::Teacher).await?;
    feedback
        .review
        .map(Json)
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("the verdict was not stored")))
}

#[utoipa::path(post, path = "/students/{student}/feedback/seen", tag = "feedback", request_body = Seen,
    params(("id" = String, Path), ("student" = String, Path)),
    responses((status = 204, description = "the student's answers on the item are marked read"),
              (status = 404, body = darbnica_api::ErrorBody)))]
pub async fn teacher_saw(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
    Json(seen): Json<Seen>,
) -> Result<StatusCode> {
    sqlx::query(
        "UPDATE comments SET seen_at = $1 WHERE class_id = $2 AND student_id = $3 AND item = $4 \
         AND author_id = student_id AND seen_at IS NULL",
    )
    .bind(now_ms())
    .bind(class.id())
    .bind(&student)
    .bind(&seen.item)
    .execute(state.database.pool())
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

#[utoipa::path(get, path = "/me/feedback", tag = "feedback", params(ItemQuery),
    responses((status = 200, description = "each class's comments and verdict on the signed-in user's item (classes without any left out)", body = MyFeedback),
              (status = 401, body = darbnica_api::ErrorBody)))]
pub async fn get_my_feedback(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Query(query): Query<ItemQuery>,
) -> Result<Json<MyFeedback>> {
    // The classes the student is in now that said something on the item.
    let classes: Vec<(String, String)> = sqlx::query_as(
        "SELECT c.id, c.name FROM class_members m JOIN classes c ON c.id = m.class_id \
         WHERE m.student_id = $1 AND (\
           EXISTS (SELECT 1 FROM comments k WHERE k.class_id = c.id AND k.student_id = $1 \
             AND k.item = $2) \
           OR EXISTS (SELECT 1 FROM reviews r WHERE r.class_id = c.id AND r.student_id = $1 \
             AND r.item = $2)) \
         ORDER BY c.name",
    )
    .bind(&user.id)
    .bind(&query.item)
    .fetch_all(state.database.pool())
    .await?;
    let mut mine = Vec::with_capacity(classes.len());
    for (class, class_name) in classes {
        mine.push(ClassFeedback {
            class_name,
            feedback: feedback(&state, &class, &user.id, &query.item, Reader::Student).await?,
        });
    }
    Ok(Json(MyFeedback { classes: mine }))
}

#[utoipa::path(post, path = "/me/comments/{thread}", tag = "feedback", request_body = NewReply,
    params(("thread" = String, Path)),
    responses((status = 200, description = "the answer as stored", body = Comment),
              (status = 400, body = darbnica_api::ErrorBody),
              (status = 401, body = darbnica_api::ErrorBody),
              (status = 404, description = "no thread on the signed-in user's work in a class they are in", body = darbnica_api::ErrorBody),
              (status = 429, body = darbnica_api::ErrorBody)))]
pub async fn reply_as_student(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(ThreadSegment { thread }): Path<ThreadSegment>,
    Json(reply): Json<NewReply>,
) -> Result<Json<Comment>> {
    let body = cleaned(&reply.body, "answer", false)?;
    let (class, item, attempt, first, last) = thread_root(&state, &thread, &user.id).await?;
    // Out of the class, the thread is as absent as one that does not exist.
    crate::routes::classes::member(&state, &class, &user.id)
        .await
        .map_err(|error| match error {
            AppError::NotFound(_) => AppError::NotFound(format!("there is no thread {thread}")),
            error => error,
        })?;
    check_room(&state, &class, &user.id, &item).await?;
    let id = new_id();
    insert(
        &state,
        &id,
        (&class, &user.id, &item),
        &thread,
        &attempt,
        (first, last),
        &user.id,
        &body,
    )
    .await?;
    Ok(Json(
        comment(&state, &class, &user.id, &item, &id, Reader::Student).await?,
    ))
}

#[utoipa::path(post, path = "/me/feedback/seen", tag = "feedback", request_body = Seen,
    responses((status = 204, description = "the teachers' comments and verdicts on the item are marked read"),
              (status = 401, body = darbnica_api::ErrorBody)))]
pub async fn student_saw(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Json(seen): Json<Seen>,
) -> Result<StatusCode> {
    let now = now_ms();
    let pool = state.database.pool();
    sqlx::query(
        "UPDATE comments SET seen_at = $1 WHERE student_id = $2 AND item = $3 \
         AND author_id <> student_id AND seen_at IS NULL",
    )
    .bind(now)
    .bind(&user.id)
    .bind(&seen.item)
    .execute(pool)
    .await?;
    sqlx::query(
        "UPDATE reviews SET seen_at = $1 WHERE student_id = $2 AND item = $3 AND seen_at IS NULL",
    )
    .bind(now)
    .bind(&user.id)
    .bind(&seen.item)
    .execute(pool)
    .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The sizes in a stored `pasted` column ("12,340"); anything else in it is skipped.
pub fn pastes(column: &str) -> Vec<u32> {
    column
        .split(',')
        .filter_map(|size| size.trim().parse().ok())
        .collect()
}

/// The change from `before` to `after`, line by line, with two unchanged lines around each
/// group of changes: the lines, and how many were added and removed.
fn diff(before: &str, after: &str) -> (Vec<DiffLine>, u32, u32) {
    use similar::{ChangeTag, TextDiff};
    let diff = TextDiff::from_lines(before, after);
    let (mut lines, mut added, mut removed) = (Vec::new(), 0, 0);
    for (index, group) in diff.grouped_ops(2).iter().enumerate() {
        if index > 0 {
            lines.push(DiffLine {
                kind: DiffKind::Gap,
                text: String::new(),
            });
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let kind = match change.tag() {
                    ChangeTag::Equal => DiffKind::Same,
                    ChangeTag::Insert => {
                        added += 1;
                        DiffKind::Added
                    }
                    ChangeTag::Delete => {
                        removed += 1;
                        DiffKind::Removed
                    }
                };
                lines.push(DiffLine {
                    kind,
                    text: change.value().trim_end_matches(['\n', '\r']).to_owned(),
                });
            }
        }
    }
    (lines, added, removed)
}

#[utoipa::path(get, path = "/students/{student}/runs", tag = "feedback",
    params(("id" = String, Path), ("student" = String, Path), ItemQuery),
    responses((status = 200, description = "the student's runs of the item, oldest first (the latest hundred), each with its change from the one before", body = Vec<Run>),
              (status = 404, description = "no such class or student, or the class has not assigned the item", body = darbnica_api::ErrorBody)))]
pub async fn get_runs(
    State(state): State<AppState>,
    ClassStudent { class, student }: ClassStudent,
    Query(query): Query<ItemQuery>,
) -> Result<Json<Vec<Run>>> {
    assigned(&state, class.id(), &query.item).await?;
    // One more than shown: the first shown is compared with the one before it.
    let mut rows: Vec<(String, i64, i64, String, String)> = sqlx::query_as(&format!(
        "SELECT id, at, passed, code, pasted FROM attempts WHERE user_id = $1 AND item = $2 \
         ORDER BY at DESC, received_at DESC, id DESC LIMIT {}",
        MAX_TIMELINE_RUNS + 1
    ))
    .bind(&student)
    .bind(&query.item)
    .fetch_all(state.database.pool())
    .await?;
    rows.reverse();
    let skip = rows.len().saturating_sub(MAX_TIMELINE_RUNS);
    let runs = rows
        .iter()
        .enumerate()
        .skip(skip)
        .map(|(index, (id, at, passed, code, pasted))| {
            let before = index
                .checked_sub(1)
                .map_or("", |previous| rows[previous].3.as_str());
            let (diff, added, removed) = diff(before, code);
            let pasted = pastes(pasted);
            Run {
                id: id.clone(),
                at: *at,
                passed: *passed != 0,
                large: (index > 0 && added >= LARGE_INSERTION_LINES)
                    || pasted.iter().any(|&size| size >= LARGE_PASTE_CHARS),
                added,
                removed,
                diff,
                pasted,
            }
        })
        .collect();
    Ok(Json(runs))
}

#[utoipa::path(get, path = "/similarity", tag = "feedback",
    params(("id" = String, Path), ItemQuery),
    responses((status = 200, description = "the students' latest programs for the item compared in pairs, most alike first", body = Similarity),
              (status = 404, description = "no such class, or the class has not assigned the item", body = darbnica_api::ErrorBody)))]
pub async fn get_similarity(
    State(state): State<AppState>,
    class: OwnedClass,
    Query(query): Query<ItemQuery>,
) -> Result<Json<Similarity>> {
    assigned(&state, class.id(), &query.item).await?;
    let mut given_code = ItemKey::parse(&query.item)
        .map(|key| state.catalog.given_code(&key))
        .unwrap_or_default();
    given_code.extend(crate::own_exercises::starter_of(&state, &query.item).await?);
    let given: HashSet<u64> = given_code
        .iter()
        .flat_map(|code| crate::similarity::fingerprints(code))
        .collect();
    let names: HashMap<String, String> = crate::routes::classes::students(&state, class.id())
        .await?
        .into_iter()
        .map(|student| (student.id, student.name))
        .collect();
    let mut programs: Vec<(PairSide, HashSet<u64>)> =
        crate::routes::classes::latest_work(&state, class.id(), None)
            .await?
            .into_iter()
            .filter(|((_, item), _)| *item == query.item)
            .filter_map(|((student, _), code)| {
                let prints = crate::similarity::own_fingerprints(&code, &given);
                let name = names.get(&student)?.clone();
                Some((
                    PairSide {
                        student,
                        name,
                        code,
                    },
                    prints,
                ))
            })
            .collect();
    programs.sort_by(|a, b| a.0.name.cmp(&b.0.name));
    let too_short = programs
        .iter()
        .filter(|(_, prints)| prints.is_empty())
        .count();
    let mut pairs = Vec::new();
    for (index, (first, first_prints)) in programs.iter().enumerate() {
        for (second, second_prints) in &programs[index + 1..] {
            let Some(alike) = crate::similarity::similarity(first_prints, second_prints) else {
                continue;
            };
            let percent = (alike * 100.0).round() as u8;
            if percent >= MIN_SIMILAR_PERCENT {
                pairs.push(SimilarPair {
                    first: first.clone(),
                    second: second.clone(),
                    percent,
                });
            }
        }
    }
    pairs.sort_by_key(|pair| std::cmp::Reverse(pair.percent));
    pairs.truncate(MAX_SIMILAR_PAIRS);
    Ok(Json(Similarity {
        compared: u32::try_from(programs.len() - too_short).unwrap_or(u32::MAX),
        too_short: u32::try_from(too_short).unwrap_or(u32::MAX),
        pairs,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_is_its_lines_with_a_little_around_it() {
        let before = "a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\ng = 7\nprint(a)\n";
        let after = "a = 1\nb = 2\nc = 3\nd = 4\ne = 5\nf = 6\ng = 7\nprint(a + b)\nprint(c)\n";
        let (lines, added, removed) = diff(before, after);
        assert_eq!((added, removed), (2, 1));
        let shown: Vec<(DiffKind, &str)> = lines
            .iter()
            .map(|line| (line.kind, line.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (DiffKind::Same, "f = 6"),
                (DiffKind::Same, "g = 7"),
                (DiffKind::Removed, "print(a)"),
                (DiffKind::Added, "print(a + b)"),
                (DiffKind::Added, "print(c)"),
            ]
        );
        let (lines, added, removed) = diff("", "x = 1\n");
        assert_eq!((added, removed, lines.len()), (1, 0, 1));
        assert_eq!(pastes("12, 340,,x"), [12, 340]);
        assert_eq!(pastes(""), Vec::<u32>::new());
    }
}
