//! A list of rows the teacher adds and removes (output cases, calls, ranges): each row a signal
//! of its own with a key that stays, so that typing in one row redraws nothing else and removing
//! one keeps the focus and text of the others.

use leptos::prelude::*;

pub struct Rows<T: Send + Sync + 'static> {
    rows: RwSignal<Vec<(u32, RwSignal<T>)>>,
    next_key: StoredValue<u32>,
}

impl<T: Send + Sync + 'static> Clone for Rows<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Rows<T> {}

impl<T: Clone + Default + Send + Sync + 'static> Rows<T> {
    pub fn new(values: Vec<T>) -> Rows<T> {
        let count = u32::try_from(values.len()).unwrap_or(u32::MAX);
        Rows {
            rows: RwSignal::new(
                values
                    .into_iter()
                    .zip(0..)
                    .map(|(value, key)| (key, RwSignal::new(value)))
                    .collect(),
            ),
            next_key: StoredValue::new(count),
        }
    }

    /// The rows (tracked), with their keys.
    pub fn get(self) -> Vec<(u32, RwSignal<T>)> {
        self.rows.get()
    }

    /// Where the row `key` is, from 1 (tracked), for its label.
    pub fn position(self, key: u32) -> i64 {
        self.rows.with(|rows| {
            rows.iter()
                .position(|(row, _)| *row == key)
                .map_or(0, |index| index as i64 + 1)
        })
    }

    pub fn add(self, value: T) {
        let key = self.next_key.get_value();
        self.next_key.set_value(key + 1);
        self.rows
            .update(|rows| rows.push((key, RwSignal::new(value))));
    }

    pub fn remove(self, key: u32) {
        self.rows.update(|rows| rows.retain(|(row, _)| *row != key));
    }

    /// The rows' values, in order (tracked).
    pub fn values(self) -> Vec<T> {
        self.rows
            .with(|rows| rows.iter().map(|(_, value)| value.get()).collect())
    }
}
