//! How much memory a run may take. A program that grows without end (a string doubled in a loop,
//! a list appended to forever) must end with a clear message, not take the browser tab or the CI
//! machine down with it.
//!
//! Binaries that run Python install [`CountingAllocator`] as their global allocator. It counts the
//! bytes held by each thread that runs a [`crate::Runtime`] (its [`Account`]); other threads are
//! not counted. A run's budget is [`crate::Limits::memory_mib`] above what the thread held when
//! the run began:
//! - In the browser's worker an allocation past the budget is refused: the worker's hook (set
//!   with [`on_refused`]) tells the page, which stops the worker (nothing can go on from inside a
//!   refused allocation: Rust has no way back from one).
//! - Natively the run's watchdog looks at the account every few milliseconds and stops a run over
//!   its budget between two bytecodes, as it stops one over its time; an allocation is refused
//!   only far past the budget ([`NATIVE_REFUSAL_FACTOR`]), which ends the process with a message
//!   instead of letting it take the machine's memory.
//!
//! Without the allocator installed nothing is counted and only the time limit holds (the
//! [`crate::guards`] still refuse huge numbers).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicU32, Ordering::Relaxed};

const MIB: isize = 1 << 20;

/// Natively, how many budgets past the budget an allocation is refused (the watchdog stops a run
/// at the budget itself, so this is reached only by one huge allocation in a single step).
pub const NATIVE_REFUSAL_FACTOR: isize = 8;

/// The global allocator for binaries that run Python: the system's, counting what each runtime's
/// thread holds.
///
/// ```ignore
/// #[global_allocator]
/// static ALLOCATOR: darbnica_python::CountingAllocator = darbnica_python::CountingAllocator;
/// ```
pub struct CountingAllocator;

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// What the worker does when an allocation is refused: tell the page, then wait to be stopped.
static REFUSED: OnceLock<fn(u32)> = OnceLock::new();

/// Sets what happens when an allocation is refused (with the run's budget in MiB). The hook
/// runs inside the allocator: it must not allocate. Natively the default writes a line to stderr,
/// and the process then aborts as on any failed allocation.
pub fn on_refused(hook: fn(u32)) {
    let _ = REFUSED.set(hook);
}

/// True when [`CountingAllocator`] is this process's allocator (it has counted something).
pub fn counting() -> bool {
    INSTALLED.load(Relaxed)
}

/// The bytes one thread holds, and its run's budget.
#[derive(Debug)]
pub struct Account {
    in_use: AtomicIsize,
    /// An allocation that would take `in_use` past this is refused.
    refuse_above: AtomicIsize,
    /// Past this the run is over its budget (the watchdog stops it natively).
    budget_end: AtomicIsize,
    limit_mib: AtomicU32,
    /// Set when something that cannot be interrupted (the geometry kernel) stopped itself
    /// because the run was over its budget: the run then ends with `MemoryLimit`.
    tripped: AtomicBool,
}

thread_local! {
    static ACCOUNT: Cell<Option<&'static Account>> = const { Cell::new(None) };
}

impl Account {
    /// This thread's account, made the first time it is asked for. It lives as long as the
    /// process (one small allocation per thread that runs Python).
    pub(crate) fn this_thread() -> &'static Account {
        if let Some(account) = ACCOUNT.with(Cell::get) {
            return account;
        }
        let account: &'static Account = Box::leak(Box::new(Account {
            in_use: AtomicIsize::new(0),
            refuse_above: AtomicIsize::new(isize::MAX),
            budget_end: AtomicIsize::new(isize::MAX),
            limit_mib: AtomicU32::new(0),
            tripped: AtomicBool::new(false),
        }));
        ACCOUNT.with(|cell| cell.set(Some(account)));
        account
    }

    /// Starts a run's budget of `limit_mib` above what the thread holds now; the budget ends when
    /// the returned guard is dropped.
    pub(crate) fn begin(&'static self, limit_mib: u32) -> Budget {
        let start = self.in_use.load(Relaxed);
        let budget = isize::try_from(limit_mib)
            .unwrap_or(isize::MAX)
            .saturating_mul(MIB);
        let factor = if cfg!(target_arch = "wasm32") {
            1
        } else {
            NATIVE_REFUSAL_FACTOR
        };
        self.limit_mib.store(limit_mib, Relaxed);
        self.tripped.store(false, Relaxed);
        self.budget_end.store(start.saturating_add(budget), Relaxed);
        self.refuse_above
            .store(start.saturating_add(budget.saturating_mul(factor)), Relaxed);
        Budget { account: self }
    }

    /// True while the thread holds more than its run's budget allows.
    pub(crate) fn over_budget(&self) -> bool {
        self.in_use.load(Relaxed) > self.budget_end.load(Relaxed)
    }

    /// True when the geometry kernel stopped this run's model over its budget.
    #[cfg_attr(
        target_arch = "wasm32",
        expect(
            dead_code,
            reason = "in the browser the allocator stops a run at its budget"
        )
    )]
    pub(crate) fn tripped(&self) -> bool {
        self.tripped.load(Relaxed)
    }

    /// What the run may still take before it is over its budget, in bytes (`None`: no budget, or
    /// nothing is counted).
    pub(crate) fn remaining(&self) -> Option<u64> {
        let end = self.budget_end.load(Relaxed);
        if end == isize::MAX || !counting() {
            return None;
        }
        Some(u64::try_from(end.saturating_sub(self.in_use.load(Relaxed))).unwrap_or(0))
    }

    /// Counts `bytes` more; false (and nothing counted) when that is refused.
    fn charge(&self, bytes: usize) -> bool {
        let bytes = isize::try_from(bytes).unwrap_or(isize::MAX);
        let now = self.in_use.fetch_add(bytes, Relaxed).saturating_add(bytes);
        if now > self.refuse_above.load(Relaxed) {
            self.in_use.fetch_sub(bytes, Relaxed);
            refused(self.limit_mib.load(Relaxed));
            return false;
        }
        true
    }

    fn refund(&self, bytes: usize) {
        self.in_use
            .fetch_sub(isize::try_from(bytes).unwrap_or(isize::MAX), Relaxed);
    }
}

/// True while this thread's run holds more than its budget (for the geometry kernel, which
/// checks before each boolean).
pub(crate) fn this_thread_over_budget() -> bool {
    let over = account().is_some_and(Account::over_budget);
    if over && let Some(account) = account() {
        account.tripped.store(true, Relaxed);
    }
    over
}

/// A run's memory budget; dropping it lifts the budget (between runs nothing is refused).
pub(crate) struct Budget {
    account: &'static Account,
}

impl Drop for Budget {
    fn drop(&mut self) {
        self.account.refuse_above.store(isize::MAX, Relaxed);
        self.account.budget_end.store(isize::MAX, Relaxed);
    }
}

fn refused(limit_mib: u32) {
    match REFUSED.get() {
        Some(hook) => hook(limit_mib),
        None => {
            use std::io::Write as _;
            // No formatting: that could allocate, and this runs inside the allocator.
            let _ = std::io::stderr().write_all(
                b"darbnica-python: a run asked for far more memory than its budget in one step; \
                  the allocation is refused and the process ends\n",
            );
        }
    }
}

/// `allocate`s `bytes` if this thread's account allows them, counting them when it did.
fn counted(bytes: usize, allocate: impl FnOnce() -> *mut u8) -> *mut u8 {
    let account = account();
    if let Some(account) = account
        && !account.charge(bytes)
    {
        return std::ptr::null_mut();
    }
    let pointer = allocate();
    if pointer.is_null()
        && let Some(account) = account
    {
        account.refund(bytes);
    }
    pointer
}

/// The account to charge on this thread, if any.
fn account() -> Option<&'static Account> {
    ACCOUNT.try_with(Cell::get).ok().flatten()
}

// SAFETY: every call goes to `System` with the caller's layout and pointer unchanged; the
// counting around it never touches the memory itself.
#[expect(
    unsafe_code,
    reason = "a global allocator is an unsafe trait; it only forwards to System"
)]
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !INSTALLED.load(Relaxed) {
            INSTALLED.store(true, Relaxed);
        }
        // SAFETY: the caller's contract for `alloc` is passed on unchanged.
        counted(layout.size(), || unsafe { System.alloc(layout) })
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc_zeroed` is passed on unchanged.
        counted(layout.size(), || unsafe { System.alloc_zeroed(layout) })
    }

    unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract for `dealloc` is passed on unchanged.
        unsafe { System.dealloc(pointer, layout) };
        if let Some(account) = account() {
            account.refund(layout.size());
        }
    }

    unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let account = account();
        let grows = new_size.saturating_sub(layout.size());
        if grows > 0
            && let Some(account) = account
            && !account.charge(grows)
        {
            return std::ptr::null_mut();
        }
        // SAFETY: the caller's contract for `realloc` is passed on unchanged.
        let moved = unsafe { System.realloc(pointer, layout, new_size) };
        if let Some(account) = account {
            if moved.is_null() {
                account.refund(grows);
            } else {
                account.refund(layout.size().saturating_sub(new_size));
            }
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_budget_counts_from_what_the_thread_held_when_it_began() {
        let account = Account::this_thread();
        account.in_use.store(100 * MIB, Relaxed);
        let budget = account.begin(2);
        assert!(!account.over_budget());
        assert!(account.charge(usize::try_from(MIB).unwrap()));
        assert!(!account.over_budget());
        assert!(account.charge(usize::try_from(MIB + 1).unwrap()));
        assert!(account.over_budget());
        drop(budget);
        assert!(!account.over_budget(), "no budget between runs");
    }

    #[test]
    fn an_allocation_far_past_the_budget_is_refused_and_not_counted() {
        let account = Account::this_thread();
        account.in_use.store(0, Relaxed);
        let _budget = account.begin(1);
        let far = usize::try_from(MIB * NATIVE_REFUSAL_FACTOR + 1).unwrap();
        assert!(!account.charge(far));
        assert_eq!(account.in_use.load(Relaxed), 0);
        assert!(account.charge(far - 1));
    }
}
