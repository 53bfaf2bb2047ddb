#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures wall time of a closure run `iterations` times and prints items per second.
enum Stopwatch {
    /// Monotonic seconds.
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Runs `body` (which handles `itemsPerRun` items) until at least `seconds` have passed,
    /// then prints the rate. Returns items per second.
    @discardableResult
    static func report(_ label: String, itemsPerRun: Int, seconds: Double = 2, _ body: () -> Void) -> Double {
        body()  // warm-up
        var runs = 0
        let start = now()
        var elapsed = 0.0
        repeat {
            body()
            runs += 1
            elapsed = now() - start
        } while elapsed < seconds
        let rate = Double(runs * itemsPerRun) / elapsed
        print("\(label): \(Int(rate)) per second (\(runs * itemsPerRun) in \(String(format: "%.2f", elapsed)) s)")
        return rate
    }
}
