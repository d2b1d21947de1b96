//! When the sandbox runs a model script again as its sliders move: the latest value always wins,
//! and a run that is nearly done is not thrown away.
//!
//! A value that changes while no run is going runs at once. One that changes while a run is going
//! makes that run stale (it will not be painted): a run that has gone on for long is stopped and
//! the new value runs at once; a younger one is left to finish, because a fresh worker takes
//! longer to start than most models take to build, and the latest value runs right after it.

/// A run that has gone on this long (milliseconds) is stopped when a newer value arrives.
pub const STOP_STALE_AFTER_MS: f64 = 400.0;

/// What to do about a value that changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnChange {
    /// Run the script with the values now (stopping a run going on).
    RunNow,
    /// Wait for the run going on; [`SliderScheduler::finished`] will say to run again.
    AfterThisRun,
}

/// What to do with a run that ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnFinished {
    /// Its values are the latest: show what it made.
    Show,
    /// The values changed while it ran: run again with the latest, and show nothing of this one.
    RunAgain,
}

#[derive(Debug, Default)]
pub struct SliderScheduler {
    /// When the run going on started (milliseconds, any clock), if one is.
    running_since: Option<f64>,
    /// A value changed while it ran.
    newer_waiting: bool,
}

impl SliderScheduler {
    /// A run starts now (a value changed, or the student pressed Run).
    pub fn started(&mut self, now: f64) {
        self.running_since = Some(now);
        self.newer_waiting = false;
    }

    /// A value changed at `now`.
    pub fn value_changed(&mut self, now: f64) -> OnChange {
        match self.running_since {
            Some(since) if now - since < STOP_STALE_AFTER_MS => {
                self.newer_waiting = true;
                OnChange::AfterThisRun
            }
            _ => OnChange::RunNow,
        }
    }

    /// The run going on ended (however it ended).
    pub fn finished(&mut self) -> OnFinished {
        self.running_since = None;
        match std::mem::take(&mut self.newer_waiting) {
            true => OnFinished::RunAgain,
            false => OnFinished::Show,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_with_nothing_running_runs_at_once() {
        let mut scheduler = SliderScheduler::default();
        assert_eq!(scheduler.value_changed(0.0), OnChange::RunNow);
        scheduler.started(0.0);
        assert_eq!(scheduler.finished(), OnFinished::Show);
        assert_eq!(scheduler.value_changed(5_000.0), OnChange::RunNow);
    }

    #[test]
    fn changes_during_a_young_run_wait_for_it_and_then_the_latest_runs_once() {
        let mut scheduler = SliderScheduler::default();
        scheduler.started(1_000.0);
        // A drag: many values while the run builds.
        for at in [1_010.0, 1_050.0, 1_200.0, 1_390.0] {
            assert_eq!(scheduler.value_changed(at), OnChange::AfterThisRun);
        }
        // The stale run is not shown; the latest values run once.
        assert_eq!(scheduler.finished(), OnFinished::RunAgain);
        scheduler.started(1_420.0);
        assert_eq!(scheduler.finished(), OnFinished::Show);
    }

    #[test]
    fn a_change_during_a_long_run_replaces_it_at_once() {
        let mut scheduler = SliderScheduler::default();
        scheduler.started(0.0);
        assert_eq!(
            scheduler.value_changed(STOP_STALE_AFTER_MS + 1.0),
            OnChange::RunNow
        );
        // The caller starts the new run, which stops the old one.
        scheduler.started(STOP_STALE_AFTER_MS + 1.0);
        assert_eq!(scheduler.finished(), OnFinished::Show);
    }

    #[test]
    fn the_latest_value_always_wins_even_when_the_run_ends_badly() {
        let mut scheduler = SliderScheduler::default();
        scheduler.started(0.0);
        assert_eq!(scheduler.value_changed(10.0), OnChange::AfterThisRun);
        // A run that failed or hit its limit still hands on to the latest values.
        assert_eq!(scheduler.finished(), OnFinished::RunAgain);
        assert_eq!(scheduler.finished(), OnFinished::Show);
    }
}
