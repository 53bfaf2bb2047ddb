/// Benchmark of RecipeKube; see main.swift.
enum KubeBenchmark {
    static func run(_ arguments: ArraySlice<String>) {
        print("kube: not written yet")
    }
}
