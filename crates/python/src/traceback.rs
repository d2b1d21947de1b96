//! Turns an uncaught exception into a [`PythonError`] a beginner can read: only the student's own
//! frames, each with its line of code, and deep recursion collapsed into one line.

use rustpython_vm::builtins::PyBaseExceptionRef;
use rustpython_vm::{AsObject as _, VirtualMachine};

use crate::protocol::{PythonError, TraceFrame};
use crate::runtime::MAIN_FILE;

pub(crate) fn python_error(
    vm: &VirtualMachine,
    exception: &PyBaseExceptionRef,
    code: &str,
) -> PythonError {
    let kind = exception.class().name().to_string();
    if exception.fast_isinstance(vm.ctx.exceptions.syntax_error) {
        return syntax_error(vm, exception, kind);
    }
    let mut message = exception
        .as_object()
        .str(vm)
        .map(|text| text.to_string())
        .unwrap_or_default();
    // Python adds "Did you mean" when it prints a NameError or AttributeError; so do we.
    if let Some(suggestion) = rustpython_vm::suggestion::offer_suggestions(exception, vm) {
        message.push_str(&format!(
            ". Did you mean: '{}'?",
            suggestion.to_string_lossy()
        ));
    }
    let source_lines: Vec<&str> = code.lines().collect();
    let mut frames: Vec<TraceFrame> = Vec::new();
    if let Some(traceback) = exception.traceback() {
        for entry in traceback.iter() {
            let frame_code = entry.frame.iframe().code();
            if frame_code.source_path().as_str() != MAIN_FILE {
                continue;
            }
            let line = u32::try_from(entry.lineno.get()).unwrap_or(u32::MAX);
            let function = frame_code.obj_name.to_string();
            match frames.last_mut() {
                Some(last) if last.line == line && last.function == function => last.repeated += 1,
                _ => frames.push(TraceFrame {
                    line,
                    function,
                    source: source_lines
                        .get(line as usize - 1)
                        .map(|text| text.trim().to_owned())
                        .unwrap_or_default(),
                    repeated: 0,
                }),
            }
        }
    }
    let traceback = format_traceback(&frames, &kind, &message);
    PythonError {
        kind,
        message,
        line: frames.last().map(|frame| frame.line),
        column: None,
        frames,
        traceback,
    }
}

fn syntax_error(vm: &VirtualMachine, exception: &PyBaseExceptionRef, kind: String) -> PythonError {
    let object = exception.as_object();
    let number = |name: &'static str| {
        object
            .get_attr(name, vm)
            .ok()
            .and_then(|value| value.try_to_value::<u32>(vm).ok())
            .filter(|value| *value > 0)
    };
    let message = object
        .get_attr("msg", vm)
        .ok()
        .and_then(|message| message.str(vm).ok())
        .map(|message| message.to_string())
        .unwrap_or_default();
    let mut traceback = String::new();
    if vm.write_exception(&mut traceback, exception).is_err() {
        traceback = format!("{kind}: {message}\n");
    }
    PythonError {
        kind,
        message,
        line: number("lineno"),
        column: number("offset"),
        frames: Vec::new(),
        traceback,
    }
}

/// Python's own format, with `[Previous line repeated N more times]` for recursion.
fn format_traceback(frames: &[TraceFrame], kind: &str, message: &str) -> String {
    let mut text = String::new();
    if !frames.is_empty() {
        text.push_str("Traceback (most recent call last):\n");
    }
    for frame in frames {
        text.push_str(&format!(
            "  File \"{MAIN_FILE}\", line {}, in {}\n",
            frame.line, frame.function
        ));
        if !frame.source.is_empty() {
            text.push_str(&format!("    {}\n", frame.source));
        }
        if frame.repeated > 0 {
            let times = if frame.repeated == 1 { "time" } else { "times" };
            text.push_str(&format!(
                "  [Previous line repeated {} more {times}]\n",
                frame.repeated
            ));
        }
    }
    if message.is_empty() {
        text.push_str(&format!("{kind}\n"));
    } else {
        text.push_str(&format!("{kind}: {message}\n"));
    }
    text
}
