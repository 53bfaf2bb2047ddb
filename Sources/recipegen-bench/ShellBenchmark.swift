/// Benchmark of RecipeShell; see main.swift.
enum ShellBenchmark {
    static func run(_ arguments: ArraySlice<String>) {
        print("shell: not written yet")
    }
}
