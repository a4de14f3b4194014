// When GLPK may run on several threads at once, and the per-solve session that keeps it quiet and safe.
import CGLPK
import CGLPKGuard
import Foundation

/// The thread-safety policy of the GLPK layer.
///
/// **What Debian's GLPK 5.0 does.** `libglpk.so.40` is built with thread-local storage
/// (`glp_config("TLS")` is `_Thread_local`; its `.tbss` segment holds `env/tls.c`'s environment pointer and
/// `env/stdc.c`'s buffers). Every thread therefore has its own GLPK environment (terminal settings, hooks,
/// memory accounting), and problem objects of different threads share nothing, so independent solves may
/// run on different threads at the same time. The one exception found in the library is the Martello-Toth
/// knapsack routine (`misc/mt1.c`, f2c-translated Fortran) whose locals are `static`: it lives in `.bss`,
/// not `.tbss`, and is called only by GLPK 5's cover-cut generator (`intopt/covgen.c` via `ks_mt1`). Two
/// concurrent solves with cover cuts would race on it.
///
/// **What this layer does.** Solves with ``CutFamilies/cover`` hold a process-wide lock for the whole
/// branch-and-cut; everything else runs in parallel. If GLPK was built without TLS (`glp_config("TLS")`
/// is NULL: one global environment), every GLPK session holds a process-wide lock instead. The locks are
/// recursive, so a solve started inside a solver callback cannot deadlock (but must not be done: see
/// ``LazyConstraintContext``).
///
/// **Sessions.** Each solve or export runs in one session on one thread: GLPK's terminal output is off
/// (`glp_term_out`) unless verbose, and when on it goes to stderr through `glp_term_hook` (stdout belongs to
/// `--json`); an error hook turns a GLPK fatal error inside a guarded call into ``GLPKError/solverFailed(_:)``
/// (see `CGLPKGuard`); the outermost session ends with `glp_free_env`, so no environment outlives its
/// thread's work.
enum GLPKRuntime {
    /// Whether this GLPK keeps its environment per thread.
    static let hasThreadLocalEnvironment: Bool = glp_config("TLS") != nil

    private static let processLock = NSRecursiveLock()
    private static let coverCutLock = NSRecursiveLock()

    /// Runs `body` in a GLPK session on the current thread, holding whichever lock the policy requires.
    static func withSession<T>(
        verbose: Bool, coverCuts: Bool = false, _ body: () throws(GLPKError) -> T
    ) throws(GLPKError) -> T {
        let lock: NSRecursiveLock? =
            hasThreadLocalEnvironment ? (coverCuts ? coverCutLock : nil) : processLock
        lock?.lock()
        defer { lock?.unlock() }
        let token = hpg_session_begin(verbose ? 1 : 0)
        defer { hpg_session_end(token) }
        return try body()
    }

    /// GLPK's latest terminal output on this thread, trimmed; it holds the message of a fatal error.
    static func lastOutput() -> String {
        String(cString: hpg_last_output()).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
