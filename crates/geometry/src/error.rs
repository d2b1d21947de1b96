//! What can go wrong, said plainly. Every bad input is an error, never a panic: student code
//! passes NaN, negative sizes and a million segments as a matter of course.

/// A geometry operation that cannot be done, and why. `code()` names the kind for a caller that
/// words messages in the user's language; `Display` is the English for developers and logs.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeometryError {
    #[error("{what} must be a finite number, not {value}")]
    NotFinite { what: &'static str, value: f64 },
    #[error("{what} must be greater than 0, not {value}")]
    NotPositive { what: &'static str, value: f64 },
    #[error("{what} must be between {min} and {max}, not {value}")]
    OutOfRange {
        what: &'static str,
        value: f64,
        min: f64,
        max: f64,
    },
    #[error("the model would have {count} triangles, more than the limit of {limit}")]
    TooManyTriangles { count: usize, limit: usize },
    #[error("building the model took longer than its time limit")]
    TimeLimit,
    #[error("building the model took more memory than its budget")]
    MemoryLimit,
    #[error("the polyhedron is not a closed solid: {reason}")]
    InvalidPolyhedron { reason: String },
    #[error("the polygon cannot be used: {reason}")]
    InvalidPolygon { reason: String },
    #[error("the boolean operation failed: {reason}")]
    Boolean { reason: String },
    #[error("the {format} file could not be made: {reason}")]
    Export {
        format: &'static str,
        reason: String,
    },
}

impl GeometryError {
    /// A stable name for the kind of error.
    pub fn code(&self) -> &'static str {
        match self {
            GeometryError::NotFinite { .. } => "not_finite",
            GeometryError::NotPositive { .. } => "not_positive",
            GeometryError::OutOfRange { .. } => "out_of_range",
            GeometryError::TooManyTriangles { .. } => "too_many_triangles",
            GeometryError::TimeLimit => "time_limit",
            GeometryError::MemoryLimit => "memory_limit",
            GeometryError::InvalidPolyhedron { .. } => "invalid_polyhedron",
            GeometryError::InvalidPolygon { .. } => "invalid_polygon",
            GeometryError::Boolean { .. } => "boolean_failed",
            GeometryError::Export { .. } => "export_failed",
        }
    }
}

pub type Result<T, E = GeometryError> = std::result::Result<T, E>;

/// `value`, if it is finite.
pub(crate) fn finite(what: &'static str, value: f64) -> Result<f64> {
    if value.is_finite() {
        Ok(value)
    } else {
        Err(GeometryError::NotFinite { what, value })
    }
}

/// `value`, if it is finite and above zero.
pub(crate) fn positive(what: &'static str, value: f64) -> Result<f64> {
    let value = finite(what, value)?;
    if value > 0.0 {
        Ok(value)
    } else {
        Err(GeometryError::NotPositive { what, value })
    }
}

/// A segment count within `min..=max`.
pub(crate) fn segments(what: &'static str, value: u32, min: u32, max: u32) -> Result<u32> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(GeometryError::OutOfRange {
            what,
            value: f64::from(value),
            min: f64::from(min),
            max: f64::from(max),
        })
    }
}
