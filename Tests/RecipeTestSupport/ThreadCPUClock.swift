#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The CPU time the calling thread spends in a piece of work.
///
/// Tests that bound how long some work takes (to catch a quadratic turn) measure this rather
/// than the wall clock: the suite runs every test at once on a few shared cores, where wall
/// time says as much about the machine's load as about the work. Work the body hands to other
/// threads is not counted.
public enum ThreadCPUClock {
    /// The calling thread's CPU time in `body`.
    public static func measure(_ body: () throws -> Void) rethrows -> Duration {
        let start = now()
        try body()
        return now() - start
    }

    /// The calling thread's CPU time so far.
    public static func now() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return .seconds(Int64(time.tv_sec)) + .nanoseconds(Int64(time.tv_nsec))
    }
}
