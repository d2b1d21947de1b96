//! Children's data, as the GDPR and a careful school want it: each user downloads everything kept
//! about them and can delete their account; the teacher responsible for a student's account can
//! delete it when the student is in no other class; a teacher exports the class grid as CSV that
//! spreadsheets read with Latvian letters.

mod common;

use axum::http::StatusCode;
use common::{STUDENT_PASSWORD, class, join_another, student, teacher, test_app};
use serde_json::{Value, json};

const EXERCISE: &str = "programmesanas-pamati/sveika-pasaule";

#[tokio::test]
async fn each_user_downloads_their_own_data_and_nobody_elses() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b").await;
    ilze.expect(
        StatusCode::OK,
        "POST",
        &format!("/api/classes/{class_id}/assignments"),
        Some(json!({"items": [EXERCISE]})),
    )
    .await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    let (janis, _) = student(&app, &code, "Jānis").await;
    common::save_run(&anna, EXERCISE, "print('Annas kods')").await;
    common::save_run(&janis, EXERCISE, "print('Jāņa kods')").await;

    let export = anna
        .expect(StatusCode::OK, "GET", "/api/me/data", None)
        .await;
    assert_eq!(export["account"]["id"], anna_id.as_str());
    assert_eq!(export["account"]["name"], "Anna");
    assert_eq!(export["account"]["role"], "student");
    assert_eq!(export["classes_joined"][0]["class_name"], "7.b");
    assert_eq!(export["classes_joined"][0]["teacher_name"], "Ilze Ozola");
    assert_eq!(export["classes_joined"][0]["account_made_here"], true);
    assert_eq!(export["attempts"].as_array().unwrap().len(), 1);
    assert_eq!(export["attempts"][0]["code"], "print('Annas kods')");
    assert_eq!(export["sessions"][0]["current"], true);
    let text = export.to_string();
    assert!(!text.contains("Jāņa kods"), "{text}");
    assert!(
        !text.contains("argon2"),
        "the export holds a password hash: {text}"
    );

    let export = ilze
        .expect(StatusCode::OK, "GET", "/api/me/data", None)
        .await;
    assert_eq!(export["account"]["email"], "ilze@skola.lv");
    assert_eq!(export["classes_taught"][0]["name"], "7.b");
    assert_eq!(export["classes_taught"][0]["student_count"], 2);
    assert_eq!(
        export["classes_taught"][0]["assignments"][0]["item"],
        EXERCISE
    );
    // The students' work is theirs, not the teacher's.
    assert!(!export.to_string().contains("Annas kods"));
    assert_eq!(export["attempts"], json!([]));
}

#[tokio::test]
async fn a_student_deletes_the_account_with_the_password_and_everything_goes() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    common::save_run(&anna, EXERCISE, "print('x')").await;
    let other_device = app.client();
    other_device
        .expect(
            StatusCode::OK,
            "POST",
            "/api/auth/signin",
            Some(json!({"as": "student", "class_code": code, "name": "Anna", "password": STUDENT_PASSWORD})),
        )
        .await;

    let (status, _) = anna
        .call(
            "DELETE",
            "/api/me",
            Some(json!({"password": "nepareiza-parole"})),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(anna.get("/api/me").await.1["id"], anna_id.as_str());

    anna.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        "/api/me",
        Some(json!({"password": STUDENT_PASSWORD})),
    )
    .await;
    assert_eq!(anna.get("/api/me").await, (StatusCode::OK, Value::Null));
    assert_eq!(
        other_device.get("/api/me").await,
        (StatusCode::OK, Value::Null)
    );
    for table in ["users", "attempts", "class_members", "sessions"] {
        let column = match table {
            "users" => "id",
            "class_members" => "student_id",
            _ => "user_id",
        };
        let (left,): (i64,) =
            sqlx::query_as(&format!("SELECT COUNT(*) FROM {table} WHERE {column} = $1"))
                .bind(&anna_id)
                .fetch_one(app.database.pool())
                .await
                .unwrap();
        assert_eq!(left, 0, "{table} still holds Anna");
    }
    let detail = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}"),
            None,
        )
        .await;
    assert_eq!(detail["students"], json!([]));
    let (status, _) = app
        .client()
        .post(
            "/api/auth/signin",
            json!({"as": "student", "class_code": code, "name": "Anna", "password": STUDENT_PASSWORD}),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_teacher_deleting_the_account_takes_the_classes_and_leaves_the_students_theirs() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (_, code) = class(&ilze, "7.b").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    common::save_run(&anna, EXERCISE, "print('paliek')").await;
    ilze.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        "/api/me",
        Some(json!({"password": "parole123"})),
    )
    .await;
    let (classes,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM classes")
        .fetch_one(app.database.pool())
        .await
        .unwrap();
    assert_eq!(classes, 0);
    // Anna keeps her account and work; nobody is responsible for it any more.
    let export = anna
        .expect(StatusCode::OK, "GET", "/api/me/data", None)
        .await;
    assert_eq!(export["attempts"][0]["code"], "print('paliek')");
    assert_eq!(export["classes_joined"], json!([]));
    let (home,): (Option<String>,) =
        sqlx::query_as("SELECT home_class_id FROM users WHERE id = $1")
            .bind(&anna_id)
            .fetch_one(app.database.pool())
            .await
            .unwrap();
    assert_eq!(home, None);
}

#[tokio::test]
async fn the_responsible_teacher_deletes_a_student_only_in_their_class() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b").await;
    let (anna, anna_id) = student(&app, &code, "Anna").await;
    let (_janis, janis_id) = student(&app, &code, "Jānis").await;
    let peteris = teacher(&app, "peteris@skola.lv").await;
    let (other, other_code) = class(&peteris, "Pulciņš").await;
    join_another(&anna, &other_code).await;

    let detail = ilze
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{class_id}"),
            None,
        )
        .await;
    let only_here = |id: &str| {
        detail["students"]
            .as_array()
            .unwrap()
            .iter()
            .find(|student| student["id"] == id)
            .unwrap()["only_here"]
            .clone()
    };
    assert_eq!(only_here(&anna_id), false);
    assert_eq!(only_here(&janis_id), true);
    // Pēteris's view says nothing about Anna's other classes.
    let theirs = peteris
        .expect(
            StatusCode::OK,
            "GET",
            &format!("/api/classes/{other}"),
            None,
        )
        .await;
    assert_eq!(theirs["students"][0]["only_here"], false);
    assert_eq!(theirs["students"][0]["account_here"], false);

    let (status, _) = ilze
        .call(
            "DELETE",
            &format!("/api/classes/{class_id}/students/{anna_id}/account"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = peteris
        .call(
            "DELETE",
            &format!("/api/classes/{other}/students/{anna_id}/account"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    ilze.expect(
        StatusCode::NO_CONTENT,
        "DELETE",
        &format!("/api/classes/{class_id}/students/{janis_id}/account"),
        None,
    )
    .await;
    let (left,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE id = $1")
        .bind(&janis_id)
        .fetch_one(app.database.pool())
        .await
        .unwrap();
    assert_eq!(left, 0);
    assert_eq!(anna.get("/api/me").await.1["id"], anna_id.as_str());
}

#[tokio::test]
async fn the_grid_downloads_as_csv_with_latvian_letters() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b, informātika").await;
    ilze.expect(
        StatusCode::OK,
        "POST",
        &format!("/api/classes/{class_id}/assignments"),
        Some(json!({"items": [EXERCISE, "model:zobrats"]})),
    )
    .await;
    let (anna, anna_id) = student(&app, &code, "Anna Bērziņa, \"Ančuks\"").await;
    student(&app, &code, "Jānis Ķēniņš").await;
    common::save_run(&anna, EXERCISE, "print(1)").await;

    let (status, bytes) = ilze
        .send("GET", &format!("/api/classes/{class_id}/grid.csv"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    // A byte-order mark, so that LibreOffice and Excel read UTF-8 without asking.
    assert!(bytes.starts_with("\u{FEFF}".as_bytes()));
    let text = String::from_utf8(bytes).unwrap();
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
    // A row a student; for each item its state and its last activity.
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "Skolēns",
            "Sveika, pasaule!",
            "Sveika, pasaule!: pēdējā darbība (UTC)",
            "Zobrats",
            "Zobrats: pēdējā darbība (UTC)",
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|row| row.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert_eq!(rows.len(), 2);
    let anna_row = rows
        .iter()
        .find(|row| row[0] == "Anna Bērziņa, \"Ančuks\"")
        .expect("Anna's row, her comma and quotes intact");
    assert_eq!(anna_row[1], "atrisināts");
    assert!(anna_row[2].starts_with("20"), "{anna_row:?}");
    assert_eq!(
        (anna_row[3].as_str(), anna_row[4].as_str()),
        ("nav sākts", "")
    );
    assert_eq!(
        rows.iter().find(|row| row[0] == "Jānis Ķēniņš").unwrap()[1..],
        ["nav sākts", "", "nav sākts", ""]
    );

    // The teacher's verdict goes with the state.
    ilze.expect(
        StatusCode::OK,
        "PUT",
        &format!("/api/classes/{class_id}/students/{anna_id}/review"),
        Some(json!({"item": EXERCISE, "verdict": "accepted"})),
    )
    .await;
    let (_, bytes) = ilze
        .send(
            "GET",
            &format!("/api/classes/{class_id}/grid.csv?lang=en"),
            None,
        )
        .await;
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains(
            "Student,\"Hello, world!\",\"Hello, world!: last activity (UTC)\",Gear,Gear: last activity (UTC)"
        ),
        "{text}"
    );
    assert!(text.contains(",\"solved, accepted\",20"), "{text}");
}

/// The files in a ZIP, by path, with their text.
fn unzip(bytes: Vec<u8>) -> std::collections::BTreeMap<String, String> {
    use std::io::Read as _;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut file = archive.by_index(index).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap();
            (file.name().unwrap().into_owned(), text)
        })
        .collect()
}

#[tokio::test]
async fn the_work_downloads_as_py_files_of_what_the_class_assigned_only() {
    let app = test_app().await;
    let ilze = teacher(&app, "ilze@skola.lv").await;
    let other = teacher(&app, "cits@skola.lv").await;
    let (class_id, code) = class(&ilze, "7.b").await;
    let (other_class, other_code) = class(&other, "Pulciņš").await;
    ilze.expect(
        StatusCode::OK,
        "POST",
        &format!("/api/classes/{class_id}/assignments"),
        Some(json!({"items": [EXERCISE, "model:zobrats"]})),
    )
    .await;
    let (anna, anna_id) = student(&app, &code, "Anna / Bērziņa").await;
    let (janis, _) = student(&app, &code, "Jānis").await;
    join_another(&anna, &other_code).await;
    common::save_run(&anna, EXERCISE, "print('vecais')").await;
    common::save_run(&anna, EXERCISE, "print('Sveika, pasaule!')").await;
    common::save_run(&anna, "model:zobrats", "from darbnica import *").await;
    // Not assigned by 7.b: not in its download.
    common::save_run(
        &anna,
        "programmesanas-pamati/vairakas-rindas",
        "print('savs')",
    )
    .await;
    common::save_run(&janis, EXERCISE, "print('Jāņa')").await;

    let (status, bytes) = ilze
        .send("GET", &format!("/api/classes/{class_id}/work.zip"), None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let files = unzip(bytes);
    assert_eq!(
        files.keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "Anna - Bērziņa/models/zobrats.py",
            "Anna - Bērziņa/programmesanas-pamati/sveika-pasaule.py",
            "Jānis/programmesanas-pamati/sveika-pasaule.py",
        ]
    );
    assert_eq!(
        files["Anna - Bērziņa/programmesanas-pamati/sveika-pasaule.py"],
        "print('Sveika, pasaule!')",
        "the latest run"
    );

    let (status, bytes) = ilze
        .send(
            "GET",
            &format!("/api/classes/{class_id}/students/{anna_id}/work.zip"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        unzip(bytes).keys().map(String::as_str).collect::<Vec<_>>(),
        [
            "models/zobrats.py",
            "programmesanas-pamati/sveika-pasaule.py"
        ]
    );
    // The other class has Anna but assigned nothing: an empty archive; and not 7.b's.
    let (status, bytes) = other
        .send(
            "GET",
            &format!("/api/classes/{other_class}/students/{anna_id}/work.zip"),
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(unzip(bytes).is_empty());
    let (status, _) = other
        .send("GET", &format!("/api/classes/{class_id}/work.zip"), None)
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
