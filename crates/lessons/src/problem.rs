//! Problems found in content files, each pointing at a file and line, printed as `file:line: message`
//! like a compiler's errors so editors and terminals can jump to them.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

/// One thing wrong in one content file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}:{line}: {message}", file.display())]
pub struct Problem {
    pub file: PathBuf,
    /// 1-based; 1 for problems with a whole file (missing, unreadable).
    pub line: usize,
    pub message: String,
}

impl Problem {
    pub fn whole_file(file: &Path, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_path_buf(),
            line: 1,
            message: message.into(),
        }
    }

    pub fn at_line(file: &Path, line: usize, message: impl Into<String>) -> Problem {
        Problem {
            file: file.to_path_buf(),
            line: line.max(1),
            message: message.into(),
        }
    }

    /// A problem at a byte span of `text`, the contents of `file`.
    pub fn at_span(
        file: &Path,
        text: &str,
        span: Range<usize>,
        message: impl Into<String>,
    ) -> Problem {
        Problem {
            file: file.to_path_buf(),
            line: line_of_offset(text, span.start),
            message: message.into(),
        }
    }
}

/// Every problem found in a load; empty means the content is fine.
#[derive(Debug, Clone, Default, PartialEq, Eq, thiserror::Error)]
pub struct Problems(Vec<Problem>);

impl Problems {
    pub fn push(&mut self, problem: Problem) {
        self.0.push(problem);
    }

    pub fn extend(&mut self, other: Problems) {
        self.0.extend(other.0);
    }

    /// Only the problems whose file's path contains `part`.
    pub fn filtered(self, part: &str) -> Problems {
        Problems(
            self.0
                .into_iter()
                .filter(|problem| problem.file.to_string_lossy().contains(part))
                .collect(),
        )
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter()
    }

    /// `Ok(value)` when nothing was found, the problems otherwise.
    pub fn into_result<T>(self, value: T) -> Result<T, Problems> {
        if self.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in &self.0 {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

/// The text of `file`; a file that cannot be read is a problem, `cannot read <what>: <why>`.
pub(crate) fn read_text(file: &Path, what: &str, problems: &mut Problems) -> Option<String> {
    std::fs::read_to_string(file)
        .map_err(|error| {
            problems.push(Problem::whole_file(
                file,
                format!("cannot read {what}: {error}"),
            ));
        })
        .ok()
}

pub(crate) fn line_of_offset(text: &str, offset: usize) -> usize {
    let offset = offset.min(text.len());
    text.as_bytes()[..offset]
        .iter()
        .filter(|&&byte| byte == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_from_one() {
        let text = "a = 1\nb = 2\nc = 3\n";
        assert_eq!(line_of_offset(text, 0), 1);
        assert_eq!(line_of_offset(text, 6), 2);
        assert_eq!(line_of_offset(text, 12), 3);
        assert_eq!(line_of_offset(text, 10_000), 4);
    }
}
