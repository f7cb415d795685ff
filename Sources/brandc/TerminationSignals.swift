#if canImport(Glibc)
import Glibc

/// The signals that stop a long-running command (`watch`) the default way.
///
/// A signal mask is inherited across `exec`: a parent that spawns brandc from a thread blocking
/// SIGTERM (Foundation's `Process` on a Dispatch worker does) would leave `watch` deaf to the
/// usual stop. Unblocked on the main thread before any other thread starts, so the threads
/// started later inherit the open mask.
enum TerminationSignals {
    static func unblock() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGTERM, SIGINT, SIGHUP] { sigaddset(&signals, signal) }
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }
}
#endif
