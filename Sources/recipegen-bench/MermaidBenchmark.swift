/// Benchmark of RecipeMermaid; see main.swift.
enum MermaidBenchmark {
    static func run(_ arguments: ArraySlice<String>) {
        print("mermaid: not written yet")
    }
}
