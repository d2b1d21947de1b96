//! The access-control matrix: every operation of the OpenAPI document, tried by each of seven
//! people against one student's account, class and work:
//!
//! - anonymous: nobody signed in;
//! - student: Anna, whose account was made in class A, and who also joined class B;
//! - classmate: Jānis, in class A;
//! - other student: Olga, in class X;
//! - teacher: the teacher of class A (responsible for Anna's account);
//! - other teacher: the teacher of class X;
//! - second teacher: the teacher of class B, which Anna joined later.
//!
//! Each cell expects an exact status. Every answer, of every cell, is searched for Anna's work:
//! her code for A's assignment may reach only her and A's teacher, for B's assignment only her
//! and B's teacher, and for an item nobody assigned only her. After the people who must be
//! refused have tried an operation, Anna's account, class and work are checked to be as they
//! were; then the people who may, do. A new operation without a row here fails the test.

mod common;

use std::collections::BTreeSet;

use axum::http::StatusCode;
use common::{Client, STUDENT_PASSWORD, TestApp, class, join_another, student, teacher, test_app};
use serde_json::{Value, json};

const ITEM_A: &str = "programmesanas-pamati/sveika-pasaule";
const ITEM_B: &str = "programmesanas-pamati/vairakas-rindas";
const ITEM_OWN: &str = "model:zobrats";
const SECRET_A: &str = "ANNA-A-7f3e";
const SECRET_B: &str = "ANNA-B-91c2";
const SECRET_OWN: &str = "ANNA-OWN-4d8a";

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Actor {
    Anonymous,
    Student,
    Classmate,
    OtherStudent,
    Teacher,
    OtherTeacher,
    SecondTeacher,
}

use Actor::*;

const ACTORS: [Actor; 7] = [
    Anonymous,
    Student,
    Classmate,
    OtherStudent,
    Teacher,
    OtherTeacher,
    SecondTeacher,
];

impl Actor {
    fn is_teacher(self) -> bool {
        matches!(self, Teacher | OtherTeacher | SecondTeacher)
    }

    fn is_student(self) -> bool {
        matches!(self, Student | Classmate | OtherStudent)
    }

    /// The secrets of Anna's this person may read.
    fn may_read(self, secret: &str) -> bool {
        match self {
            Student => true,
            Teacher => secret == SECRET_A,
            SecondTeacher => secret == SECRET_B,
            _ => false,
        }
    }

    fn email(self) -> &'static str {
        match self {
            Teacher => "a@skola.lv",
            OtherTeacher => "x@skola.lv",
            SecondTeacher => "b@skola.lv",
            _ => "",
        }
    }
}

/// Anna's world: three classes, their teachers and students, and her work.
struct World<'a> {
    app: &'a TestApp,
    clients: Vec<(Actor, Client<'a>)>,
    class_a: String,
    code_a: String,
    class_b: String,
    code_x: String,
    assignment_a: String,
    /// Anna's run of A's assignment, and the thread A's teacher started on it.
    attempt_a: String,
    thread_a: String,
    anna: String,
    janis: String,
    anna_handle: String,
    /// Class A's teacher's own exercise, assigned to class A.
    own_exercise: String,
}

/// A teacher's own exercise, as the page sends it.
fn own_exercise_json() -> Value {
    json!({
        "title": {"lv": "Dubulto", "en": "Double it"},
        "text": {"lv": "Uzraksti `double(n)`.", "en": "Write `double(n)`."},
        "starter": "def double(n):\n    pass\n",
        "solution": "def double(n):\n    return 2 * n\n",
        "checks": {"kind": "form", "function": {"name": "double",
                   "cases": [{"args": "3", "expected": "6"}]}},
    })
}

async fn world(app: &TestApp) -> World<'_> {
    let teacher_a = teacher(app, Teacher.email()).await;
    let teacher_x = teacher(app, OtherTeacher.email()).await;
    let teacher_b = teacher(app, SecondTeacher.email()).await;
    let (class_a, code_a) = class(&teacher_a, "7.b").await;
    let (class_x, code_x) = class(&teacher_x, "Citi").await;
    let (class_b, code_b) = class(&teacher_b, "3D pulciņš").await;
    let (anna, anna_id) = student(app, &code_a, "Anna").await;
    let (janis, janis_id) = student(app, &code_a, "Jānis").await;
    let (olga, _) = student(app, &code_x, "Olga").await;
    join_another(&anna, &code_b).await;
    let own = teacher_a
        .expect(
            StatusCode::CREATED,
            "POST",
            "/api/own-exercises",
            Some(own_exercise_json()),
        )
        .await;
    let assigned = teacher_a
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class_a}/assignments"),
            Some(json!({"items": [ITEM_A, own["item"]]})),
        )
        .await;
    teacher_b
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class_b}/assignments"),
            Some(json!({"items": [ITEM_B]})),
        )
        .await;
    teacher_x
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class_x}/assignments"),
            Some(json!({"items": [ITEM_A, ITEM_B, ITEM_OWN]})),
        )
        .await;
    let now = now_ms();
    let attempt_a = uuid::Uuid::new_v4().to_string();
    let attempts: Vec<Value> = [
        (ITEM_A, SECRET_A),
        (ITEM_B, SECRET_B),
        (ITEM_OWN, SECRET_OWN),
    ]
    .into_iter()
    .map(|(item, secret)| {
        let id = if item == ITEM_A {
            attempt_a.clone()
        } else {
            uuid::Uuid::new_v4().to_string()
        };
        json!({"id": id, "item": item, "code": format!("print('{secret}')"), "passed": true,
               "at": now})
    })
    .collect();
    anna.expect(
        StatusCode::OK,
        "POST",
        "/api/progress",
        Some(json!({ "attempts": attempts })),
    )
    .await;
    let sessions = anna
        .expect(StatusCode::OK, "GET", "/api/me/sessions", None)
        .await;
    let thread = teacher_a
        .expect(
            StatusCode::OK,
            "POST",
            &format!("/api/classes/{class_a}/students/{anna_id}/comments"),
            Some(
                json!({"item": ITEM_A, "attempt": attempt_a, "first_line": 1, "last_line": 1,
                        "body": "Kāpēc tieši šis teksts?"}),
            ),
        )
        .await;
    World {
        app,
        class_a,
        code_a,
        class_b,
        code_x,
        assignment_a: assigned[0]["id"].as_str().unwrap().to_owned(),
        attempt_a,
        thread_a: thread["thread"].as_str().unwrap().to_owned(),
        anna: anna_id,
        janis: janis_id,
        anna_handle: sessions[0]["handle"].as_str().unwrap().to_owned(),
        own_exercise: own["id"].as_str().unwrap().to_owned(),
        clients: vec![
            (Anonymous, app.client()),
            (Student, anna),
            (Classmate, janis),
            (OtherStudent, olga),
            (Teacher, teacher_a),
            (OtherTeacher, teacher_x),
            (SecondTeacher, teacher_b),
        ],
    }
}

use common::now_ms;

impl World<'_> {
    fn client(&self, actor: Actor) -> &Client<'_> {
        &self
            .clients
            .iter()
            .find(|(who, _)| *who == actor)
            .unwrap()
            .1
    }

    /// Anna's account, classes and work are as `world` made them.
    async fn check_anna_is_untouched(&self, after: &str) {
        let anna = self.client(Student);
        assert_eq!(
            anna.get("/api/me").await.1["id"],
            self.anna.as_str(),
            "after {after}: Anna was signed out"
        );
        let (status, _) = self
            .app
            .client()
            .post(
                "/api/auth/signin",
                json!({"as": "student", "class_code": self.code_a, "name": "Anna",
                       "password": STUDENT_PASSWORD}),
            )
            .await;
        assert_eq!(
            status,
            StatusCode::OK,
            "after {after}: her password changed"
        );
        let progress = anna
            .expect(StatusCode::OK, "GET", "/api/progress", None)
            .await;
        for secret in [SECRET_A, SECRET_B, SECRET_OWN] {
            assert!(
                progress.to_string().contains(secret),
                "after {after}: her work on {secret} is gone: {progress}"
            );
        }
        let class = self
            .client(Teacher)
            .expect(
                StatusCode::OK,
                "GET",
                &format!("/api/classes/{}", self.class_a),
                None,
            )
            .await;
        assert_eq!(class["name"], "7.b", "after {after}");
        assert_eq!(class["archived"], false, "after {after}");
        assert_eq!(
            class["assignments"].as_array().unwrap().len(),
            2,
            "after {after}"
        );
        let own = self
            .client(Teacher)
            .expect(
                StatusCode::OK,
                "GET",
                &format!("/api/own-exercises/{}/draft", self.own_exercise),
                None,
            )
            .await;
        for field in ["title", "text", "starter", "solution"] {
            assert_eq!(
                own["exercise"][field],
                own_exercise_json()[field],
                "after {after}"
            );
        }
        assert!(
            class["students"]
                .as_array()
                .unwrap()
                .iter()
                .any(|student| student["id"] == self.anna.as_str()
                    && student["account_here"] == true),
            "after {after}: {class}"
        );
    }
}

/// One row of the matrix: a request and what each person must get.
struct Case {
    method: &'static str,
    /// The path template in the OpenAPI document.
    template: &'static str,
    uri: String,
    body: fn(Actor) -> Option<Value>,
    expect: fn(Actor) -> u16,
}

fn no_body(_: Actor) -> Option<Value> {
    None
}

fn everyone(_: Actor) -> u16 {
    200
}

/// Any teacher: 200; students: 403; nobody: 401.
fn any_teacher_200(actor: Actor) -> u16 {
    match actor {
        Anonymous => 401,
        actor if actor.is_teacher() => 200,
        _ => 403,
    }
}

/// Signed in: `ok`; nobody: 401.
fn signed_in(actor: Actor, ok: u16) -> u16 {
    if actor == Anonymous { 401 } else { ok }
}

/// Only the teacher of class A: `ok`; other teachers: 404 (their view has no such class);
/// students: 403; nobody: 401.
fn teacher_of_a(actor: Actor, ok: u16) -> u16 {
    match actor {
        Anonymous => 401,
        Teacher => ok,
        actor if actor.is_teacher() => 404,
        _ => 403,
    }
}

fn own_password(actor: Actor) -> &'static str {
    if actor.is_teacher() {
        "parole123"
    } else {
        STUDENT_PASSWORD
    }
}

fn cases(world: &World<'_>) -> Vec<Case> {
    let a = &world.class_a;
    let b = &world.class_b;
    let anna = &world.anna;
    let janis = &world.janis;
    let own = &world.own_exercise;
    vec![
        Case {
            method: "GET",
            template: "/api/own-exercises",
            uri: "/api/own-exercises".into(),
            body: no_body,
            expect: any_teacher_200,
        },
        Case {
            method: "POST",
            template: "/api/own-exercises",
            uri: "/api/own-exercises".into(),
            body: |_| Some(own_exercise_json()),
            expect: |actor| match any_teacher_200(actor) {
                200 => 201,
                refused => refused,
            },
        },
        Case {
            method: "POST",
            template: "/api/own-exercises/check",
            uri: "/api/own-exercises/check".into(),
            body: |_| Some(own_exercise_json()),
            expect: any_teacher_200,
        },
        Case {
            method: "GET",
            template: "/api/own-exercises/{exercise}/draft",
            uri: format!("/api/own-exercises/{own}/draft"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "PUT",
            template: "/api/own-exercises/{exercise}",
            uri: format!("/api/own-exercises/{own}"),
            body: |_| Some(own_exercise_json()),
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "DELETE",
            template: "/api/own-exercises/{exercise}",
            uri: format!("/api/own-exercises/{own}"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 204),
        },
        // Its teacher and the students of class A, which has it assigned.
        Case {
            method: "GET",
            template: "/api/own-exercises/{exercise}",
            uri: format!("/api/own-exercises/{own}"),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                Student | Classmate | Teacher => 200,
                _ => 404,
            },
        },
        Case {
            method: "GET",
            template: "/api/health",
            uri: "/api/health".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/catalogue",
            uri: "/api/catalogue".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/courses",
            uri: "/api/courses".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/courses/{course}",
            uri: "/api/courses/programmesanas-pamati".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/courses/{course}/exercises/{exercise}",
            uri: "/api/courses/programmesanas-pamati/exercises/sveika-pasaule".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/models",
            uri: "/api/models".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/models/{model}",
            uri: "/api/models/zobrats".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/models/{model}/thumbnail.png",
            uri: "/api/models/zobrats/thumbnail.png".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/games",
            uri: "/api/games".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/games/{game}",
            uri: "/api/games/pongs".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/workshops",
            uri: "/api/workshops".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/workshops/{workshop}",
            uri: "/api/workshops/speles-objekti".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "POST",
            template: "/api/auth/signup",
            uri: "/api/auth/signup".into(),
            body: |actor| {
                Some(
                    json!({"name": "Jauns", "email": format!("jauns-{actor:?}@skola.lv").to_lowercase(),
                            "password": "parole123"}),
                )
            },
            expect: |_| 201,
        },
        // Anna's class code and name with a wrong password: nobody gets in.
        Case {
            method: "POST",
            template: "/api/auth/signin",
            uri: "/api/auth/signin".into(),
            body: |_| {
                Some(
                    json!({"as": "student", "class_code": "placeholder", "name": "Anna",
                            "password": "nav-anna-parole"}),
                )
            },
            expect: |_| 401,
        },
        Case {
            method: "POST",
            template: "/api/auth/signout",
            uri: "/api/auth/signout".into(),
            body: no_body,
            expect: |_| 204,
        },
        Case {
            method: "GET",
            template: "/api/me",
            uri: "/api/me".into(),
            body: no_body,
            expect: everyone,
        },
        Case {
            method: "GET",
            template: "/api/join/{code}",
            uri: format!("/api/join/{}", world.code_a),
            body: no_body,
            expect: everyone,
        },
        // Joining class X: anyone new makes an account there; a student confirms with their own
        // password; a teacher cannot join as a student.
        Case {
            method: "POST",
            template: "/api/join",
            uri: "/api/join".into(),
            body: |actor| {
                Some(match actor {
                    Anonymous => json!({"code": "placeholder", "name": "Jauns skolēns",
                                        "password": "jauna-parole-1"}),
                    _ => json!({"code": "placeholder", "password": STUDENT_PASSWORD}),
                })
            },
            expect: |actor| match actor {
                actor if actor.is_teacher() => 403,
                // Olga is in class X already: joining again changes nothing, and says so.
                _ => 201,
            },
        },
        Case {
            method: "PUT",
            template: "/api/me/password",
            uri: "/api/me/password".into(),
            body: |actor| {
                Some(json!({"current": own_password(actor), "new": "pavisam-jauna-parole-9"}))
            },
            expect: |actor| signed_in(actor, 204),
        },
        Case {
            method: "GET",
            template: "/api/me/sessions",
            uri: "/api/me/sessions".into(),
            body: no_body,
            expect: |actor| signed_in(actor, 200),
        },
        // Anna's session, by its handle: only she can end it.
        Case {
            method: "DELETE",
            template: "/api/me/sessions/{handle}",
            uri: format!("/api/me/sessions/{}", world.anna_handle),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                Student => 204,
                _ => 404,
            },
        },
        Case {
            method: "POST",
            template: "/api/me/sessions/end-others",
            uri: "/api/me/sessions/end-others".into(),
            body: no_body,
            expect: |actor| signed_in(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/me/data",
            uri: "/api/me/data".into(),
            body: no_body,
            expect: |actor| signed_in(actor, 200),
        },
        Case {
            method: "DELETE",
            template: "/api/me",
            uri: "/api/me".into(),
            body: |actor| Some(json!({"password": own_password(actor)})),
            expect: |actor| signed_in(actor, 204),
        },
        Case {
            method: "GET",
            template: "/api/me/assignments",
            uri: "/api/me/assignments".into(),
            body: no_body,
            expect: |actor| signed_in(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/classes",
            uri: "/api/classes".into(),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_student() => 403,
                _ => 200,
            },
        },
        Case {
            method: "POST",
            template: "/api/classes",
            uri: "/api/classes".into(),
            body: |_| Some(json!({"name": "Jauna klase"})),
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_student() => 403,
                _ => 201,
            },
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}",
            uri: format!("/api/classes/{a}"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "PATCH",
            template: "/api/classes/{id}",
            uri: format!("/api/classes/{a}"),
            body: |_| Some(json!({"name": "Pārdēvēta", "archived": true})),
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "DELETE",
            template: "/api/classes/{id}/students/{student}",
            uri: format!("/api/classes/{a}/students/{anna}"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 204),
        },
        // Anna is in class B too: not even her home class's teacher may delete her account.
        Case {
            method: "DELETE",
            template: "/api/classes/{id}/students/{student}/account",
            uri: format!("/api/classes/{a}/students/{anna}/account"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 403),
        },
        // Jānis is only in class A, where his account was made: its teacher may.
        Case {
            method: "DELETE",
            template: "/api/classes/{id}/students/{student}/account",
            uri: format!("/api/classes/{a}/students/{janis}/account"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 204),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/grid.csv",
            uri: format!("/api/classes/{a}/grid.csv"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/code",
            uri: format!("/api/classes/{a}/students/{anna}/code?item={ITEM_A}"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        // Through class B, the second teacher reads Anna's work on B's assignment only.
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/code",
            uri: format!("/api/classes/{b}/students/{anna}/code?item={ITEM_B}"),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                SecondTeacher => 200,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/code",
            uri: format!("/api/classes/{b}/students/{anna}/code?item={ITEM_A}"),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/code",
            uri: format!("/api/classes/{b}/students/{anna}/code?item={ITEM_OWN}"),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "PUT",
            template: "/api/classes/{id}/students/{student}/password",
            uri: format!("/api/classes/{a}/students/{anna}/password"),
            body: |_| Some(json!({"password": "kada-cita-parole-5"})),
            expect: |actor| teacher_of_a(actor, 204),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/similarity",
            uri: format!("/api/classes/{a}/similarity?item={ITEM_A}"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        // Downloads: the class's work, and a student's; through class B, B's assignment only.
        Case {
            method: "GET",
            template: "/api/classes/{id}/work.zip",
            uri: format!("/api/classes/{a}/work.zip"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/work.zip",
            uri: format!("/api/classes/{a}/students/{anna}/work.zip"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/work.zip",
            uri: format!("/api/classes/{b}/students/{anna}/work.zip"),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                SecondTeacher => 200,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        // Feedback: A's teacher on A's assignment; through class B, nothing of class A's.
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/runs",
            uri: format!("/api/classes/{a}/students/{anna}/runs?item={ITEM_A}"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/runs",
            uri: format!("/api/classes/{b}/students/{anna}/runs?item={ITEM_A}"),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/feedback",
            uri: format!("/api/classes/{a}/students/{anna}/feedback?item={ITEM_A}"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/students/{student}/feedback",
            uri: format!("/api/classes/{b}/students/{anna}/feedback?item={ITEM_A}"),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "POST",
            template: "/api/classes/{id}/students/{student}/comments",
            uri: format!("/api/classes/{a}/students/{anna}/comments"),
            body: |_| {
                Some(
                    json!({"item": ITEM_A, "attempt": "attempt-of-anna", "first_line": 1,
                            "last_line": 1, "body": "Labi!"}),
                )
            },
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "POST",
            template: "/api/classes/{id}/students/{student}/comments",
            uri: format!("/api/classes/{b}/students/{anna}/comments"),
            body: |_| {
                Some(
                    json!({"item": ITEM_A, "attempt": "attempt-of-anna", "first_line": 1,
                            "last_line": 1, "body": "Labi!"}),
                )
            },
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "POST",
            template: "/api/classes/{id}/students/{student}/comments/{thread}",
            uri: format!(
                "/api/classes/{a}/students/{anna}/comments/{}",
                world.thread_a
            ),
            body: |_| Some(json!({"body": "Un vēl kas."})),
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "POST",
            template: "/api/classes/{id}/students/{student}/comments/{thread}",
            uri: format!(
                "/api/classes/{b}/students/{anna}/comments/{}",
                world.thread_a
            ),
            body: |_| Some(json!({"body": "Un vēl kas."})),
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "PUT",
            template: "/api/classes/{id}/students/{student}/review",
            uri: format!("/api/classes/{a}/students/{anna}/review"),
            body: |_| Some(json!({"item": ITEM_A, "verdict": "sent_back", "note": "Vēlreiz"})),
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "PUT",
            template: "/api/classes/{id}/students/{student}/review",
            uri: format!("/api/classes/{b}/students/{anna}/review"),
            body: |_| Some(json!({"item": ITEM_A, "verdict": "accepted"})),
            expect: |actor| match actor {
                Anonymous => 401,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "POST",
            template: "/api/classes/{id}/students/{student}/feedback/seen",
            uri: format!("/api/classes/{a}/students/{anna}/feedback/seen"),
            body: |_| Some(json!({"item": ITEM_A})),
            expect: |actor| teacher_of_a(actor, 204),
        },
        Case {
            method: "GET",
            template: "/api/me/feedback",
            uri: format!("/api/me/feedback?item={ITEM_A}"),
            body: no_body,
            expect: |actor| signed_in(actor, 200),
        },
        // Only Anna answers in a thread on her work.
        Case {
            method: "POST",
            template: "/api/me/comments/{thread}",
            uri: format!("/api/me/comments/{}", world.thread_a),
            body: |_| Some(json!({"body": "Paldies!"})),
            expect: |actor| match actor {
                Anonymous => 401,
                Student => 200,
                _ => 404,
            },
        },
        Case {
            method: "POST",
            template: "/api/me/feedback/seen",
            uri: "/api/me/feedback/seen".into(),
            body: |_| Some(json!({"item": ITEM_A})),
            expect: |actor| signed_in(actor, 204),
        },
        // Through class B, the second teacher cannot: Anna's account was made in class A.
        Case {
            method: "PUT",
            template: "/api/classes/{id}/students/{student}/password",
            uri: format!("/api/classes/{b}/students/{anna}/password"),
            body: |_| Some(json!({"password": "kada-cita-parole-5"})),
            expect: |actor| match actor {
                Anonymous => 401,
                SecondTeacher => 403,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "POST",
            template: "/api/classes/{id}/assignments",
            uri: format!("/api/classes/{a}/assignments"),
            body: |_| Some(json!({"items": [ITEM_B]})),
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "DELETE",
            template: "/api/classes/{id}/assignments/{assignment}",
            uri: format!("/api/classes/{a}/assignments/{}", world.assignment_a),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 204),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/grid",
            uri: format!("/api/classes/{a}/grid"),
            body: no_body,
            expect: |actor| teacher_of_a(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/classes/{id}/grid",
            uri: format!("/api/classes/{b}/grid"),
            body: no_body,
            expect: |actor| match actor {
                Anonymous => 401,
                SecondTeacher => 200,
                actor if actor.is_teacher() => 404,
                _ => 403,
            },
        },
        Case {
            method: "POST",
            template: "/api/progress",
            uri: "/api/progress".into(),
            body: |_| {
                Some(json!({"attempts": [{"id": uuid::Uuid::new_v4().to_string(),
                    "item": ITEM_A, "code": "print(1)", "passed": false, "at": now_ms()}]}))
            },
            expect: |actor| signed_in(actor, 200),
        },
        Case {
            method: "GET",
            template: "/api/progress",
            uri: "/api/progress".into(),
            body: no_body,
            expect: |actor| signed_in(actor, 200),
        },
    ]
}

/// `case.body(actor)` with the world's class codes in place of "placeholder".
fn body_for(world: &World<'_>, case: &Case, actor: Actor) -> Option<Value> {
    let body = (case.body)(actor)?;
    let code = match case.template {
        "/api/join" => &world.code_x,
        _ => &world.code_a,
    };
    let body = body
        .to_string()
        .replace("attempt-of-anna", &world.attempt_a)
        .replace("placeholder", code);
    Some(serde_json::from_str(&body).expect("still JSON"))
}

#[tokio::test]
async fn everyone_sees_and_changes_only_what_is_theirs() {
    let documented: BTreeSet<(String, String)> = darbnica_server::openapi()
        .paths
        .paths
        .iter()
        .flat_map(|(path, item)| {
            let value = serde_json::to_value(item).unwrap();
            value
                .as_object()
                .unwrap()
                .keys()
                .filter(|method| {
                    ["get", "post", "put", "patch", "delete"].contains(&method.as_str())
                })
                .map(|method| (method.to_uppercase(), path.clone()))
                .collect::<Vec<_>>()
        })
        .collect();

    // One world to learn the rows; then a fresh world for every row, so that what one row
    // changes (a sign-out, a removed student) cannot hide what the next row would find.
    let app = test_app().await;
    let first = cases(&world(&app).await);
    let rows = first.len();
    let covered: BTreeSet<(String, String)> = first
        .iter()
        .map(|case| (case.method.to_owned(), case.template.to_owned()))
        .collect();
    let missing: Vec<_> = documented.difference(&covered).collect();
    assert!(
        missing.is_empty(),
        "operations with no row in the matrix: {missing:?}"
    );
    let unknown: Vec<_> = covered.difference(&documented).collect();
    assert!(
        unknown.is_empty(),
        "rows for no documented operation: {unknown:?}"
    );

    let mut cells = 0;
    for row in 0..rows {
        let app = test_app().await;
        let world = world(&app).await;
        let case = &cases(&world)[row];
        let name = format!("{} {}", case.method, case.uri);
        let (refused, allowed): (Vec<Actor>, Vec<Actor>) = ACTORS
            .into_iter()
            .partition(|actor| !(200..300).contains(&(case.expect)(*actor)));
        for (index, actor) in refused.iter().chain(&allowed).enumerate() {
            let actor = *actor;
            if index == refused.len() {
                world.check_anna_is_untouched(&name).await;
            }
            let client = world.client(actor);
            let body = body_for(&world, case, actor)
                .map(|body| ("application/json", body.to_string().into_bytes()));
            let (status, answer) = client.send(case.method, &case.uri, body).await;
            let expected = (case.expect)(actor);
            let answer = String::from_utf8_lossy(&answer);
            assert_eq!(
                status.as_u16(),
                expected,
                "{actor:?}: {name} → {status}: {answer}"
            );
            for secret in [SECRET_A, SECRET_B, SECRET_OWN] {
                assert!(
                    actor.may_read(secret) || !answer.contains(secret),
                    "{actor:?}: {name} let out {secret}: {answer}"
                );
            }
            cells += 1;
        }
        if allowed.is_empty() {
            world.check_anna_is_untouched(&name).await;
        }
    }
    println!(
        "access matrix: {} operations, {rows} rows × {} people = {cells} cells checked",
        documented.len(),
        ACTORS.len()
    );
    assert_eq!(cells, rows * ACTORS.len());
}
