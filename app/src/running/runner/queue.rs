//! What the runner has asked of the worker and not had answered: at most one run (a new run
//! replaces the one going on) and any number of exports. Plain data, so that its rules are unit
//! tested: an answer for an older run finds nothing, and a fresh worker gets every export the old
//! one had not finished.

use std::sync::Arc;

use darbnica_api::python::{ExportFormat, RunRequest};

use super::ModelMesh;

/// A run asked for, with whoever waits for its events.
pub struct QueuedRun<Sink> {
    pub id: u32,
    pub request: RunRequest,
    pub sink: Sink,
    /// Posted to the current worker.
    pub sent: bool,
}

/// A file asked for, with whoever waits for it.
pub struct QueuedExport<Done> {
    pub id: u32,
    pub format: ExportFormat,
    pub mesh: Arc<ModelMesh>,
    pub done: Done,
    /// Posted to the current worker.
    pub sent: bool,
}

pub struct Queue<Sink, Done> {
    next_id: u32,
    run: Option<QueuedRun<Sink>>,
    exports: Vec<QueuedExport<Done>>,
}

impl<Sink, Done> Default for Queue<Sink, Done> {
    fn default() -> Self {
        Queue {
            next_id: 0,
            run: None,
            exports: Vec::new(),
        }
    }
}

impl<Sink, Done> Queue<Sink, Done> {
    fn new_id(&mut self) -> u32 {
        self.next_id = self.next_id.wrapping_add(1);
        self.next_id
    }

    /// Queues a run; gives back the run it replaces, if any (its page no longer waits for it).
    pub fn push_run(&mut self, request: RunRequest, sink: Sink) -> Option<QueuedRun<Sink>> {
        let id = self.new_id();
        self.run.replace(QueuedRun {
            id,
            request,
            sink,
            sent: false,
        })
    }

    pub fn push_export(&mut self, format: ExportFormat, mesh: Arc<ModelMesh>, done: Done) -> u32 {
        let id = self.new_id();
        self.exports.push(QueuedExport {
            id,
            format,
            mesh,
            done,
            sent: false,
        });
        id
    }

    /// The id of the run waited for.
    pub fn run_id(&self) -> Option<u32> {
        self.run.as_ref().map(|run| run.id)
    }

    pub fn has_run(&self) -> bool {
        self.run.is_some()
    }

    /// The run, when it has not been posted yet: marked as posted.
    pub fn run_to_send(&mut self) -> Option<&QueuedRun<Sink>> {
        let run = self.run.as_mut().filter(|run| !run.sent)?;
        run.sent = true;
        Some(run)
    }

    /// The exports not posted yet: marked as posted.
    pub fn exports_to_send(&mut self) -> Vec<(u32, ExportFormat, Arc<ModelMesh>)> {
        self.exports
            .iter_mut()
            .filter(|export| !export.sent)
            .map(|export| {
                export.sent = true;
                (export.id, export.format, export.mesh.clone())
            })
            .collect()
    }

    /// The run's sink, if run `id` is the one waited for.
    pub fn sink_of(&self, id: u32) -> Option<&Sink> {
        self.run
            .as_ref()
            .filter(|run| run.id == id)
            .map(|run| &run.sink)
    }

    /// Run `id`, taken out, if it is the one waited for (a message or a timer for an older run
    /// finds nothing).
    pub fn take_run(&mut self, id: u32) -> Option<QueuedRun<Sink>> {
        match &self.run {
            Some(run) if run.id == id => self.run.take(),
            _ => None,
        }
    }

    /// The run waited for, whichever it is, taken out.
    pub fn take_any_run(&mut self) -> Option<QueuedRun<Sink>> {
        self.run.take()
    }

    pub fn take_export(&mut self, id: u32) -> Option<QueuedExport<Done>> {
        let index = self.exports.iter().position(|export| export.id == id)?;
        Some(self.exports.remove(index))
    }

    /// The exports the current worker was asked for, taken out (it answered something unreadable,
    /// so their answers will not come).
    pub fn take_sent_exports(&mut self) -> Vec<QueuedExport<Done>> {
        let (sent, waiting) = std::mem::take(&mut self.exports)
            .into_iter()
            .partition(|export| export.sent);
        self.exports = waiting;
        sent
    }

    /// A fresh worker: everything still waited for is posted to it again.
    pub fn worker_replaced(&mut self) {
        if let Some(run) = &mut self.run {
            run.sent = false;
        }
        for export in &mut self.exports {
            export.sent = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestQueue = Queue<&'static str, &'static str>;

    fn mesh() -> Arc<ModelMesh> {
        Arc::new(ModelMesh::default())
    }

    #[test]
    fn a_new_run_replaces_the_one_waited_for_and_answers_for_the_old_one_find_nothing() {
        let mut queue = TestQueue::default();
        assert!(queue.push_run(RunRequest::new("1"), "first").is_none());
        let first = queue.run_to_send().map(|run| run.id).unwrap();
        let replaced = queue.push_run(RunRequest::new("2"), "second").unwrap();
        assert_eq!((replaced.id, replaced.sink), (first, "first"));
        let second = queue.run_to_send().map(|run| run.id).unwrap();
        assert_ne!(first, second);
        assert!(queue.sink_of(first).is_none());
        assert!(queue.take_run(first).is_none());
        assert_eq!(queue.sink_of(second), Some(&"second"));
        assert_eq!(queue.take_run(second).map(|run| run.sink), Some("second"));
        assert!(!queue.has_run());
    }

    #[test]
    fn a_run_is_posted_once_and_again_to_a_fresh_worker() {
        let mut queue = TestQueue::default();
        queue.push_run(RunRequest::new("print(1)"), "page");
        assert_eq!(queue.run_to_send().unwrap().request.code, "print(1)");
        assert!(queue.run_to_send().is_none());
        queue.worker_replaced();
        assert!(queue.run_to_send().is_some());
    }

    #[test]
    fn exports_a_stopped_worker_had_not_finished_go_to_the_next_one() {
        let mut queue = TestQueue::default();
        let stl = queue.push_export(ExportFormat::Stl, mesh(), "stl");
        let glb = queue.push_export(ExportFormat::Glb, mesh(), "glb");
        let ids: Vec<u32> = queue.exports_to_send().iter().map(|e| e.0).collect();
        assert_eq!(ids, [stl, glb]);
        assert!(queue.exports_to_send().is_empty());
        assert_eq!(
            queue.take_export(stl).map(|export| export.done),
            Some("stl")
        );
        assert!(queue.take_export(stl).is_none());
        queue.worker_replaced();
        let again: Vec<u32> = queue.exports_to_send().iter().map(|e| e.0).collect();
        assert_eq!(again, [glb]);
    }

    #[test]
    fn an_unreadable_answer_fails_only_the_exports_that_were_posted() {
        let mut queue = TestQueue::default();
        let posted = queue.push_export(ExportFormat::Obj, mesh(), "posted");
        queue.exports_to_send();
        let waiting = queue.push_export(ExportFormat::ThreeMf, mesh(), "waiting");
        let failed: Vec<u32> = queue.take_sent_exports().iter().map(|e| e.id).collect();
        assert_eq!(failed, [posted]);
        assert_eq!(queue.take_export(waiting).map(|e| e.done), Some("waiting"));
    }
}
