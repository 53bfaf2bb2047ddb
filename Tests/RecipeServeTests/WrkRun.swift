import Foundation

/// One run of the wrk load generator and what it reported.
struct WrkRun {
    var requests: Int
    var non2xx: Int
    var socketErrors: Int
    var output: String

    static let executable: String? = ["/usr/bin/wrk", "/usr/local/bin/wrk"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(url: String, seconds: Int, connections: Int) throws -> WrkRun {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable ?? "wrk")
        process.arguments = ["-t2", "-c\(connections)", "-d\(seconds)s", url]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = String(decoding: data, as: UTF8.self)
        func number(after label: String) -> Int {
            guard let range = output.range(of: label) else { return 0 }
            return Int(output[range.upperBound...].drop { $0 == " " }.prefix { $0.isNumber }) ?? 0
        }
        let requests = output.split(separator: "\n").first { $0.contains(" requests in ") }
            .flatMap { Int($0.drop { $0 == " " }.prefix { $0.isNumber }) } ?? 0
        // "Socket errors: connect 0, read 3, write 0, timeout 0", printed only when there were some.
        var socketErrors = 0
        if let line = output.split(separator: "\n").first(where: { $0.contains("Socket errors:") }) {
            for label in ["connect ", "read ", "write ", "timeout "] {
                if let range = line.range(of: label) { socketErrors += Int(line[range.upperBound...].prefix { $0.isNumber }) ?? 0 }
            }
        }
        return WrkRun(requests: requests, non2xx: number(after: "Non-2xx or 3xx responses:"), socketErrors: socketErrors, output: output)
    }
}
