//! What the API answers about content, built once from `content/` at start: the course list, each
//! course with its lessons, each exercise with its neighbours, the models, the games and the
//! workshops.

use std::collections::HashMap;

use darbnica_api::classes::ItemKey;
use darbnica_api::{
    CatalogueIndex, CourseDetail, CourseSummary, ExerciseDetail, ExerciseKind, GameDetail,
    GameSummary, LessonDetail, Localized, ModelDetail, ModelSummary, WorkshopDetail,
    WorkshopExercise, WorkshopSummary,
};
use darbnica_lessons::Content;

use crate::error::{AppError, Result};

#[derive(Debug)]
pub struct Catalog {
    pub courses: Listing<CourseDetail, CourseSummary>,
    /// By (course id, exercise id).
    exercises: HashMap<(String, String), ExerciseDetail>,
    /// The gallery, in id order.
    pub models: Listing<ModelDetail, ModelSummary>,
    /// The game studio's projects, in id order.
    pub games: Listing<GameDetail, GameSummary>,
    /// Newest first.
    pub workshops: Listing<WorkshopDetail, WorkshopSummary>,
    /// Each model's thumbnail (PNG), by id.
    thumbnails: HashMap<String, axum::body::Bytes>,
    /// Every content address above, and their version.
    pub index: CatalogueIndex,
}

/// One kind of content (courses, models, games, workshops): a summary of each for the list, in the list's
/// order, and each in full by its id.
#[derive(Debug)]
pub struct Listing<Detail, Summary> {
    /// What one is called, in the answer to an id that names none.
    noun: &'static str,
    summaries: Vec<Summary>,
    details: HashMap<String, Detail>,
}

impl<Detail: Clone, Summary> Listing<Detail, Summary> {
    fn new(noun: &'static str) -> Self {
        Listing {
            noun,
            summaries: Vec::new(),
            details: HashMap::new(),
        }
    }

    /// Adds one at the end of the list.
    fn push(&mut self, id: String, summary: Summary, detail: Detail) {
        self.summaries.push(summary);
        self.details.insert(id, detail);
    }

    /// Every one, in the list's order.
    pub fn summaries(&self) -> &[Summary] {
        &self.summaries
    }

    pub fn get(&self, id: &str) -> Option<&Detail> {
        self.details.get(id)
    }

    /// A copy of the one with the id `id`, for an answer, or a 404 that says what was not found.
    pub fn get_or_not_found(&self, id: &str) -> Result<Detail> {
        self.get(id)
            .cloned()
            .ok_or_else(|| AppError::NotFound(format!("there is no {} `{id}`", self.noun)))
    }
}

impl Catalog {
    pub fn new(content: &Content) -> Catalog {
        let mut catalog = Catalog {
            courses: Listing::new("course"),
            exercises: HashMap::new(),
            models: Listing::new("model"),
            games: Listing::new("game"),
            workshops: Listing::new("workshop"),
            thumbnails: HashMap::new(),
            index: CatalogueIndex {
                version: String::new(),
                urls: Vec::new(),
            },
        };
        for course in &content.courses {
            let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            catalog.courses.push(
                course.id.clone(),
                CourseSummary {
                    id: course.id.clone(),
                    title: course.title.clone(),
                    summary: course.summary.clone(),
                    lesson_count: count(course.lessons.len()),
                    exercise_count: count(course.exercises().count()),
                },
                CourseDetail {
                    id: course.id.clone(),
                    title: course.title.clone(),
                    summary: course.summary.clone(),
                    lessons: course
                        .lessons
                        .iter()
                        .map(|lesson| LessonDetail {
                            id: lesson.id.clone(),
                            title: lesson.title.clone(),
                            exercises: lesson.exercises.iter().map(|e| e.summary()).collect(),
                        })
                        .collect(),
                    workshops: course.workshops.clone(),
                },
            );
            let in_order: Vec<_> = course.exercises().collect();
            for (index, (lesson, exercise)) in in_order.iter().enumerate() {
                let neighbour = |index: Option<usize>| {
                    index
                        .and_then(|index| in_order.get(index))
                        .map(|(_, exercise)| exercise.summary())
                };
                let detail = ExerciseDetail {
                    course: course.id.clone(),
                    course_title: course.title.clone(),
                    lesson: lesson.id.clone(),
                    lesson_title: lesson.title.clone(),
                    id: exercise.id.clone(),
                    title: exercise.title.clone(),
                    kind: exercise.kind,
                    difficulty: exercise.difficulty,
                    tags: exercise.tags.clone(),
                    text_html: exercise.text_html.clone(),
                    hints_html: exercise.hints_html.clone(),
                    starter: exercise.starter.clone(),
                    solution: exercise.solution.clone(),
                    check: exercise.check.clone(),
                    time_limit_ms: exercise.time_limit_ms,
                    solution_after_tries: exercise.solution_after_tries,
                    input: exercise.input.clone(),
                    previous: neighbour(index.checked_sub(1)),
                    next: neighbour(Some(index + 1)),
                };
                catalog
                    .exercises
                    .insert((course.id.clone(), exercise.id.clone()), detail);
            }
        }
        for model in &content.models {
            let summary = ModelSummary {
                id: model.id.clone(),
                title: model.title.clone(),
                description: model.description.clone(),
                tags: model.tags.clone(),
            };
            let detail = ModelDetail {
                summary: summary.clone(),
                code: model.code.clone(),
                facts: model.facts.clone(),
            };
            catalog.models.push(model.id.clone(), summary, detail);
        }
        catalog.thumbnails = content
            .models
            .iter()
            .filter_map(|model| {
                let png = model.thumbnail.clone()?;
                Some((model.id.clone(), axum::body::Bytes::from(png)))
            })
            .collect();
        for game in &content.games {
            let summary = GameSummary {
                id: game.id.clone(),
                title: game.title.clone(),
                description: game.description.clone(),
                tags: game.tags.clone(),
                controls: game.controls.clone(),
            };
            let detail = GameDetail {
                summary: summary.clone(),
                code: game.code.clone(),
            };
            catalog.games.push(game.id.clone(), summary, detail);
        }
        for workshop in &content.workshops {
            let detail = catalog.workshop_detail(workshop);
            let summary = detail.summary.clone();
            catalog.workshops.push(workshop.id.clone(), summary, detail);
        }
        catalog.index = catalog.make_index();
        catalog
    }

    /// The address of every answer about content, and a version that is the hash of those
    /// answers: the same content gives the same version across restarts.
    fn make_index(&self) -> CatalogueIndex {
        use sha2::Digest as _;
        // A path segment as the app writes it: ids are plain, anything else escaped.
        const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
            .remove(b'-')
            .remove(b'_')
            .remove(b'.');
        let segment = |id: &str| percent_encoding::utf8_percent_encode(id, SEGMENT).to_string();
        let mut urls = Vec::new();
        let mut hasher = sha2::Sha256::new();
        let mut add = |url: String, body: &[u8]| {
            hasher.update(url.as_bytes());
            hasher.update(body);
            urls.push(url);
        };
        add("/api/courses".into(), &json(&self.courses.summaries));
        for (id, course) in sorted(&self.courses.details) {
            add(format!("/api/courses/{}", segment(id)), &json(course));
        }
        for ((course, id), exercise) in sorted(&self.exercises) {
            add(
                format!("/api/courses/{}/exercises/{}", segment(course), segment(id)),
                &json(exercise),
            );
        }
        add("/api/models".into(), &json(&self.models.summaries));
        for (id, model) in sorted(&self.models.details) {
            add(format!("/api/models/{}", segment(id)), &json(model));
            if let Some(png) = self.thumbnails.get(id) {
                add(format!("/api/models/{}/thumbnail.png", segment(id)), png);
            }
        }
        add("/api/games".into(), &json(&self.games.summaries));
        for (id, game) in sorted(&self.games.details) {
            add(format!("/api/games/{}", segment(id)), &json(game));
        }
        add("/api/workshops".into(), &json(&self.workshops.summaries));
        for (id, workshop) in sorted(&self.workshops.details) {
            add(format!("/api/workshops/{}", segment(id)), &json(workshop));
        }
        let digest = hasher.finalize();
        CatalogueIndex {
            version: digest[..8]
                .iter()
                .map(|byte| format!("{byte:02x}"))
                .collect(),
            urls,
        }
    }

    fn workshop_detail(&self, workshop: &darbnica_lessons::Workshop) -> WorkshopDetail {
        let models: Vec<ModelSummary> = workshop
            .models
            .iter()
            .filter_map(|id| self.models.get(id).map(|model| model.summary.clone()))
            .collect();
        let exercises: Vec<WorkshopExercise> = workshop
            .exercises
            .iter()
            .filter_map(|(course, id)| {
                let exercise = self.exercise(course, id)?;
                Some(WorkshopExercise {
                    course: course.clone(),
                    course_title: exercise.course_title.clone(),
                    exercise: darbnica_api::ExerciseSummary {
                        id: exercise.id.clone(),
                        title: exercise.title.clone(),
                        kind: exercise.kind,
                        difficulty: exercise.difficulty,
                    },
                })
            })
            .collect();
        let games: Vec<GameSummary> = workshop
            .games
            .iter()
            .filter_map(|id| self.games.get(id).map(|game| game.summary.clone()))
            .collect();
        WorkshopDetail {
            summary: WorkshopSummary {
                id: workshop.id.clone(),
                date: workshop.date.clone(),
                place: workshop.place.clone(),
                title: workshop.title.clone(),
                summary: workshop.summary.clone(),
                model_count: models.len() as u32,
                exercise_count: exercises.len() as u32,
                game_count: games.len() as u32,
            },
            models,
            exercises,
            games,
        }
    }

    pub fn thumbnail(&self, model: &str) -> Option<axum::body::Bytes> {
        self.thumbnails.get(model).cloned()
    }

    pub fn exercise(&self, course: &str, id: &str) -> Option<&ExerciseDetail> {
        self.exercises.get(&(course.to_owned(), id.to_owned()))
    }

    /// The code every student starts an item with (an exercise's starters in both languages, a
    /// model's script), which the similarity view leaves out.
    pub fn given_code(&self, key: &ItemKey<'_>) -> Vec<String> {
        match key {
            ItemKey::Exercise { course, exercise } => self
                .exercise(course, exercise)
                .map(|exercise| vec![exercise.starter.lv.clone(), exercise.starter.en.clone()])
                .unwrap_or_default(),
            ItemKey::Model { model } => self
                .models
                .get(model)
                .map(|model| vec![model.code.clone()])
                .unwrap_or_default(),
        }
    }

    /// What an assignable item is called and what kind it is, if it exists.
    pub fn item(&self, key: &ItemKey<'_>) -> Option<(Localized, ExerciseKind)> {
        match key {
            ItemKey::Exercise { course, exercise } => self
                .exercise(course, exercise)
                .map(|exercise| (exercise.title.clone(), exercise.kind)),
            ItemKey::Model { model } => self
                .models
                .get(model)
                .map(|model| (model.summary.title.clone(), ExerciseKind::Model)),
        }
    }
}

/// An answer's body, as the API serializes it.
fn json(value: &impl serde::Serialize) -> Vec<u8> {
    serde_json::to_vec(value).unwrap_or_default()
}

/// A map's entries in the order of their keys (a `HashMap`'s own order changes from run to run).
fn sorted<K: Ord, V>(map: &HashMap<K, V>) -> Vec<(&K, &V)> {
    let mut entries: Vec<_> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}
