//! Numbers too big to make, refused before they are made. One `10**10**9` is a single operation
//! that runs for minutes inside the big-integer library: no time limit can stop it between
//! bytecodes, and in the browser it would only end when the page stops the worker, with a message
//! about loops. So `**`, `<<` and `*` on integers first work out how many bits the result needs,
//! and a result past [`MAX_DIGITS`] decimal digits (or past what the run's memory budget has
//! left) is a `MemoryError` that says how big it would have been.
//!
//! The check sits in the `int` type's number slots, which every `**` and `<<` goes through. The
//! interpreter's specialised `int * int` instruction goes around the slots once a line has run a
//! few times; a product that grows in a loop is then stopped by the time or memory limit instead.
//!
//! Repeating a text, bytes, a list or a tuple (`"ab" * 2**31`) is checked the same way against
//! what the run's memory budget has left ([`crate::memory`]): one huge allocation would otherwise
//! be refused inside the allocator, where the only way out is ending the worker (or the process).

use std::sync::OnceLock;

use malachite_bigint::{BigInt, Sign};
use num_traits::ToPrimitive as _;
use rustpython_vm::builtins::{PyInt, PyStr, PyType};
use rustpython_vm::protocol::{PyNumberBinaryFunc, PyNumberTernaryFunc, PySequence};
use rustpython_vm::{Py, PyObject, PyResult, VirtualMachine};

/// The most decimal digits an integer may have: far more than any exercise needs, and small
/// enough that one operation on such numbers takes a moment, not minutes.
pub const MAX_DIGITS: u64 = 1_000_000;

/// log₂ 10: bits per decimal digit.
const BITS_PER_DIGIT: f64 = std::f64::consts::LOG2_10;

static POWER: OnceLock<PyNumberTernaryFunc> = OnceLock::new();
static LSHIFT: OnceLock<PyNumberBinaryFunc> = OnceLock::new();
static MULTIPLY: OnceLock<PyNumberBinaryFunc> = OnceLock::new();

type Repeat = fn(PySequence<'_>, isize, &VirtualMachine) -> PyResult;

/// One of the interpreter's built-in types (this thread's).
type TypeOf = fn(&VirtualMachine) -> &'static Py<PyType>;

/// A sequence type whose repetition is checked: its original `repeat` and `inplace_repeat`, and
/// the fewest bytes one item takes.
struct Repeated {
    /// The type, from the interpreter's own (kept as a function: types are not `Sync`).
    class: TypeOf,
    repeat: Option<Repeat>,
    inplace_repeat: Option<Repeat>,
    item_bytes: u64,
}

static REPEATED: OnceLock<Vec<Repeated>> = OnceLock::new();

/// Puts the checks in front of `int`'s `**`, `<<` and `*` and the sequences' repetition. The
/// interpreter's built-in types belong to the thread (RustPython without its `threading` feature
/// keeps them in thread-locals), and every interpreter of a thread shares them: the slots are
/// wrapped once a thread. The originals are the same functions in every thread.
pub(crate) fn install(vm: &VirtualMachine) {
    thread_local! {
        static WRAPPED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if WRAPPED.with(|wrapped| wrapped.replace(true)) {
        return;
    }
    let slots = &vm.ctx.types.int_type.slots.as_number;
    {
        let _ = POWER.set(slots.power.load().expect("int has **"));
        let _ = LSHIFT.set(slots.lshift.load().expect("int has <<"));
        let _ = MULTIPLY.set(slots.multiply.load().expect("int has *"));
        slots.power.store(Some(checked_power));
        slots.lshift.store(Some(checked_lshift));
        slots.multiply.store(Some(checked_multiply));

        let pointer = size_of::<usize>() as u64;
        let kinds: [(TypeOf, u64); 5] = [
            (|vm| vm.ctx.types.str_type, 1),
            (|vm| vm.ctx.types.bytes_type, 1),
            (|vm| vm.ctx.types.bytearray_type, 1),
            (|vm| vm.ctx.types.list_type, pointer),
            (|vm| vm.ctx.types.tuple_type, pointer),
        ];
        let repeated = kinds
            .into_iter()
            .map(|(class, item_bytes)| {
                let slots = &class(vm).slots.as_sequence;
                let repeated = Repeated {
                    class,
                    repeat: slots.repeat.load(),
                    inplace_repeat: slots.inplace_repeat.load(),
                    item_bytes,
                };
                if repeated.repeat.is_some() {
                    slots.repeat.store(Some(checked_repeat));
                }
                if repeated.inplace_repeat.is_some() {
                    slots.inplace_repeat.store(Some(checked_inplace_repeat));
                }
                repeated
            })
            .collect::<Vec<_>>();
        let _ = REPEATED.set(repeated);
    }
}

/// The checked type `sequence` is (or derives from).
fn repeated_type(sequence: &PySequence<'_>, vm: &VirtualMachine) -> &'static Repeated {
    let class = sequence.obj.class();
    REPEATED
        .get()
        .and_then(|types| {
            types
                .iter()
                .find(|kind| class.fast_issubclass((kind.class)(vm)))
        })
        .expect("only the checked types' slots lead here")
}

fn checked_repeat(sequence: PySequence<'_>, times: isize, vm: &VirtualMachine) -> PyResult {
    let kind = repeated_type(&sequence, vm);
    refuse_past_budget(&sequence, kind, times, vm)?;
    kind.repeat.expect("wrapped only where there was one")(sequence, times, vm)
}

fn checked_inplace_repeat(sequence: PySequence<'_>, times: isize, vm: &VirtualMachine) -> PyResult {
    let kind = repeated_type(&sequence, vm);
    refuse_past_budget(&sequence, kind, times, vm)?;
    kind.inplace_repeat
        .expect("wrapped only where there was one")(sequence, times, vm)
}

fn refuse_past_budget(
    sequence: &PySequence<'_>,
    kind: &Repeated,
    times: isize,
    vm: &VirtualMachine,
) -> PyResult<()> {
    let Some(remaining) = crate::memory::Account::this_thread().remaining() else {
        return Ok(());
    };
    let length = match sequence.obj.downcast_ref::<PyStr>() {
        Some(text) => text.as_wtf8().len(),
        None => sequence.obj.length(vm)?,
    };
    let bytes = (length as u64)
        .saturating_mul(u64::try_from(times).unwrap_or(0))
        .saturating_mul(kind.item_bytes);
    // Small results are left to the budget itself (the watchdog, or the worker's allocator):
    // a program already over its budget is stopped with `MemoryLimit` in a moment.
    if bytes < remaining || bytes < 1 << 20 {
        return Ok(());
    }
    let message = format!(
        "the result would take about {} MB, more than this program may still use ({} MB)",
        thousands((bytes >> 20) as f64),
        thousands((remaining >> 20) as f64),
    );
    Err(vm.new_exception_msg(vm.ctx.exceptions.memory_error.to_owned(), message.into()))
}

fn ints<'a>(a: &'a PyObject, b: &'a PyObject) -> Option<(&'a BigInt, &'a BigInt)> {
    Some((
        a.downcast_ref::<PyInt>()?.as_bigint(),
        b.downcast_ref::<PyInt>()?.as_bigint(),
    ))
}

fn checked_power(a: &PyObject, b: &PyObject, modulus: &PyObject, vm: &VirtualMachine) -> PyResult {
    if vm.is_none(modulus)
        && let Some((base, exponent)) = ints(a, b)
    {
        refuse_past_limit(power_bits(base, exponent), vm)?;
    }
    POWER.get().expect("installed")(a, b, modulus, vm)
}

fn checked_lshift(a: &PyObject, b: &PyObject, vm: &VirtualMachine) -> PyResult {
    if let Some((value, shift)) = ints(a, b) {
        refuse_past_limit(lshift_bits(value, shift), vm)?;
    }
    LSHIFT.get().expect("installed")(a, b, vm)
}

fn checked_multiply(a: &PyObject, b: &PyObject, vm: &VirtualMachine) -> PyResult {
    if let Some((a_value, b_value)) = ints(a, b) {
        refuse_past_limit(a_value.bits().saturating_add(b_value.bits()), vm)?;
    }
    MULTIPLY.get().expect("installed")(a, b, vm)
}

/// At least how many bits `base ** exponent` needs (0 when it stays small or is a float).
fn power_bits(base: &BigInt, exponent: &BigInt) -> u64 {
    let base_bits = base.bits();
    if exponent.sign() == Sign::Minus || base_bits <= 1 {
        // A float, or 0, 1 and -1 to any power.
        return 0;
    }
    match exponent.to_u64() {
        // |base| ≥ 2^(bits − 1), so the result has at least (bits − 1) · exponent + 1 bits.
        Some(exponent) => (base_bits - 1).saturating_mul(exponent).saturating_add(1),
        None => u64::MAX,
    }
}

/// How many bits `value << shift` needs (0 when the interpreter refuses it itself).
fn lshift_bits(value: &BigInt, shift: &BigInt) -> u64 {
    if value.bits() == 0 || shift.sign() == Sign::Minus {
        return 0;
    }
    shift
        .to_u64()
        .map_or(u64::MAX, |shift| value.bits().saturating_add(shift))
}

fn refuse_past_limit(bits: u64, vm: &VirtualMachine) -> PyResult<()> {
    let max_bits = (MAX_DIGITS as f64 * BITS_PER_DIGIT) as u64;
    let fits_budget = crate::memory::Account::this_thread()
        .remaining()
        .is_none_or(|remaining| bits / 8 < remaining);
    if bits <= max_bits && fits_budget {
        return Ok(());
    }
    let digits = (bits as f64 / BITS_PER_DIGIT).ceil();
    let message = format!(
        "the result would be a number with about {} digits, too big to make here (at most {} digits)",
        thousands(digits),
        thousands(MAX_DIGITS as f64),
    );
    Err(vm.new_exception_msg(vm.ctx.exceptions.memory_error.to_owned(), message.into()))
}

/// `1234567` as `1,234,567`; past 10²⁰, in powers of ten.
fn thousands(value: f64) -> String {
    if value >= 1e20 {
        return format!("10^{}", value.log10().floor());
    }
    let digits = format!("{value:.0}");
    let mut grouped = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn power_bits_is_a_lower_bound_of_the_result() {
        for (base, exponent) in [(2_i64, 10_u32), (3, 40), (-7, 21), (10, 18), (255, 7)] {
            let exact = num_traits::Pow::pow(BigInt::from(base), exponent).bits();
            let bound = power_bits(&BigInt::from(base), &BigInt::from(exponent));
            assert!(bound <= exact, "{base}**{exponent}: {bound} > {exact}");
            assert!(
                bound * 2 >= exact,
                "{base}**{exponent}: {bound} is too loose"
            );
        }
        assert_eq!(
            power_bits(&BigInt::from(1), &BigInt::from(10_u64.pow(18))),
            0
        );
        assert_eq!(power_bits(&BigInt::from(10), &BigInt::from(-5)), 0);
    }

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(thousands(10_000_000.0), "10,000,000");
        assert_eq!(thousands(999.0), "999");
        assert_eq!(thousands(1e30), "10^30");
    }
}
