import Foundation

// Micro-benchmarks of the checkers, run in release mode:
//   swift run -c release recipegen-bench <name> [arguments]
// Each prints what it measured as items per second. Not a test: CI does not run it.

let benchmarks: [String: (ArraySlice<String>) -> Void] = [
    "yaml": YAMLBenchmark.run,
    "kube": KubeBenchmark.run,
    "shell": ShellBenchmark.run,
    "mermaid": MermaidBenchmark.run,
    "layout": LayoutBenchmark.run,
]

let arguments = CommandLine.arguments.dropFirst()
guard let name = arguments.first, let run = benchmarks[name] else {
    print("usage: recipegen-bench <\(benchmarks.keys.sorted().joined(separator: "|"))> [arguments]")
    exit(2)
}
run(arguments.dropFirst())
