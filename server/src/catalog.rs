//! What the API answers about content, built once from `content/` at start: the course list, each
//! course with its lessons, and each exercise with its neighbours.

use std::collections::HashMap;

use darbnica_api::classes::ItemKey;
use darbnica_api::{
    CourseDetail, CourseSummary, ExerciseDetail, ExerciseKind, LessonDetail, Localized,
    ModelDetail, ModelSummary, WorkshopDetail, WorkshopExercise, WorkshopSummary,
};
use darbnica_lessons::Content;

#[derive(Debug, Default)]
pub struct Catalog {
    pub courses: Vec<CourseSummary>,
    details: HashMap<String, CourseDetail>,
    /// By (course id, exercise id).
    exercises: HashMap<(String, String), ExerciseDetail>,
    /// The gallery, in id order.
    pub models: Vec<ModelDetail>,
    /// Newest first.
    pub workshops: Vec<WorkshopDetail>,
    /// Each model's thumbnail (PNG), by id.
    thumbnails: HashMap<String, axum::body::Bytes>,
}

impl Catalog {
    pub fn new(content: &Content) -> Catalog {
        let mut catalog = Catalog::default();
        for course in &content.courses {
            let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            catalog.courses.push(CourseSummary {
                id: course.id.clone(),
                title: course.title.clone(),
                summary: course.summary.clone(),
                lesson_count: count(course.lessons.len()),
                exercise_count: count(course.exercises().count()),
            });
            catalog.details.insert(
                course.id.clone(),
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
        catalog.models = content
            .models
            .iter()
            .map(|model| ModelDetail {
                summary: ModelSummary {
                    id: model.id.clone(),
                    title: model.title.clone(),
                    description: model.description.clone(),
                    tags: model.tags.clone(),
                },
                code: model.code.clone(),
            })
            .collect();
        catalog.thumbnails = content
            .models
            .iter()
            .filter_map(|model| {
                let png = model.thumbnail.clone()?;
                Some((model.id.clone(), axum::body::Bytes::from(png)))
            })
            .collect();
        catalog.workshops = content
            .workshops
            .iter()
            .map(|workshop| catalog.workshop_detail(workshop))
            .collect();
        catalog
    }

    fn workshop_detail(&self, workshop: &darbnica_lessons::Workshop) -> WorkshopDetail {
        let models: Vec<ModelSummary> = workshop
            .models
            .iter()
            .filter_map(|id| self.model(id).map(|model| model.summary.clone()))
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
        WorkshopDetail {
            summary: WorkshopSummary {
                id: workshop.id.clone(),
                date: workshop.date.clone(),
                place: workshop.place.clone(),
                title: workshop.title.clone(),
                summary: workshop.summary.clone(),
                model_count: models.len() as u32,
                exercise_count: exercises.len() as u32,
            },
            models,
            exercises,
        }
    }

    pub fn thumbnail(&self, model: &str) -> Option<axum::body::Bytes> {
        self.thumbnails.get(model).cloned()
    }

    pub fn workshop(&self, id: &str) -> Option<&WorkshopDetail> {
        self.workshops
            .iter()
            .find(|workshop| workshop.summary.id == id)
    }

    pub fn model(&self, id: &str) -> Option<&ModelDetail> {
        self.models.iter().find(|model| model.summary.id == id)
    }

    pub fn course(&self, id: &str) -> Option<&CourseDetail> {
        self.details.get(id)
    }

    pub fn exercise(&self, course: &str, id: &str) -> Option<&ExerciseDetail> {
        self.exercises.get(&(course.to_owned(), id.to_owned()))
    }

    /// What an assignable item is called and what kind it is, if it exists.
    pub fn item(&self, key: &ItemKey<'_>) -> Option<(Localized, ExerciseKind)> {
        match key {
            ItemKey::Exercise { course, exercise } => self
                .exercise(course, exercise)
                .map(|exercise| (exercise.title.clone(), exercise.kind)),
            ItemKey::Model { model } => self
                .model(model)
                .map(|model| (model.summary.title.clone(), ExerciseKind::Model)),
        }
    }
}
