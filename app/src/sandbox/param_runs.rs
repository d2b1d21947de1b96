//! A page's parameter values and when to run its script with them: the sandbox's model and the
//! studio's game both run again as their sliders move, the latest value winning
//! ([`SliderScheduler`]).

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::sandbox::slider_scheduler::{OnChange, OnFinished, SliderScheduler};
use crate::shell::timing;

#[derive(Clone, Copy)]
pub struct ParamRuns {
    values: StoredValue<BTreeMap<String, f64>>,
    scheduler: StoredValue<SliderScheduler>,
}

impl ParamRuns {
    /// Starting from `values` (a shared link's, or none: the script's defaults).
    pub fn new(values: BTreeMap<String, f64>) -> ParamRuns {
        ParamRuns {
            values: StoredValue::new(values),
            scheduler: StoredValue::new(SliderScheduler::default()),
        }
    }

    /// The values to run with; a run with them starts now.
    pub fn start(self) -> BTreeMap<String, f64> {
        let now = timing::now();
        self.scheduler
            .update_value(|scheduler| scheduler.started(now));
        self.values.get_value()
    }

    /// The values now, for a share link.
    pub fn values(self) -> BTreeMap<String, f64> {
        self.values.get_value()
    }

    /// A slider moved: true when the page should run now (otherwise the run going on finishes
    /// first and [`ParamRuns::stale`] says to run again).
    pub fn set(self, name: String, value: f64) -> bool {
        self.values.update_value(|values| {
            values.insert(name, value);
        });
        let now = timing::now();
        self.scheduler
            .try_update_value(|scheduler| scheduler.value_changed(now))
            == Some(OnChange::RunNow)
    }

    /// The run ended: true when the values changed while it ran, so that the page should run
    /// again and show nothing of this one.
    pub fn stale(self) -> bool {
        self.scheduler
            .try_update_value(|scheduler| scheduler.finished())
            == Some(OnFinished::RunAgain)
    }
}
