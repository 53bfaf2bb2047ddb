// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "recipegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "recipegen", targets: ["recipegen"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.4"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"]), .brew(["mimalloc"])]
        ),
        .target(name: "RecipeDiagnostics"),
        .target(name: "RecipeMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "RecipeYAML", dependencies: ["CYAML", "RecipeDiagnostics"]),
        .target(name: "RecipeKube", dependencies: ["RecipeYAML", "RecipeDiagnostics"]),
        .target(name: "RecipeShell", dependencies: ["RecipeYAML", "RecipeDiagnostics"]),
        .target(name: "RecipeLayout"),
        .target(
            name: "RecipeMermaid", dependencies: ["RecipeLayout", "RecipeDiagnostics"],
            exclude: ["Metrics/generate-font-metrics.py"]),
        .target(
            name: "RecipeSite",
            dependencies: [
                "RecipeDiagnostics", "RecipeMarkdown", "RecipeYAML", "RecipeKube",
                "RecipeShell", "RecipeMermaid",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "RecipeServe",
            dependencies: [
                "RecipeSite", "RecipeDiagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "RecipeCLI",
            dependencies: [
                "RecipeSite", "RecipeDiagnostics", "RecipeServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "recipegen", dependencies: ["RecipeCLI", "CMimalloc"]),
        .executableTarget(
            name: "recipegen-bench",
            dependencies: ["RecipeYAML", "RecipeKube", "RecipeShell", "RecipeMermaid", "RecipeLayout"]
        ),

        .target(
            name: "RecipeFuzzSupport",
            dependencies: ["RecipeDiagnostics", "RecipeYAML", "RecipeKube", "RecipeShell", "RecipeMermaid", "RecipeSite"],
            path: "Fuzz/FuzzSupport"
        ),

        .target(name: "RecipeTestSupport", path: "Tests/RecipeTestSupport"),
        .testTarget(name: "RecipeDiagnosticsTests", dependencies: ["RecipeDiagnostics", "RecipeTestSupport"]),
        .testTarget(name: "RecipeMarkdownTests", dependencies: ["RecipeMarkdown", "RecipeTestSupport"]),
        .testTarget(name: "RecipeYAMLTests", dependencies: ["RecipeYAML", "RecipeTestSupport"]),
        .testTarget(name: "RecipeKubeTests", dependencies: ["RecipeKube", "RecipeYAML", "RecipeTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "RecipeShellTests", dependencies: ["RecipeShell", "RecipeYAML", "RecipeTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "RecipeLayoutTests", dependencies: ["RecipeLayout", "RecipeTestSupport"]),
        .testTarget(name: "RecipeMermaidTests", dependencies: ["RecipeMermaid", "RecipeTestSupport"], exclude: ["Golden", "Reference"]),
        .testTarget(
            name: "RecipeSiteTests",
            dependencies: ["RecipeSite", "RecipeMarkdown", "RecipeTestSupport"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "RecipeServeTests",
            dependencies: [
                "RecipeServe", "RecipeSite", "RecipeTestSupport",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "RecipeCLITests",
            dependencies: ["RecipeCLI", "RecipeYAML", "RecipeTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "RecipeHardeningTests",
            dependencies: ["RecipeFuzzSupport", "RecipeSite", "RecipeMarkdown", "RecipeYAML", "RecipeDiagnostics", "RecipeTestSupport"],
            exclude: ["Fixtures"]
        ),
    ]
)

// libFuzzer targets, one per parser, built only with RECIPEGEN_FUZZ=1 and the sanitizer flags:
//   RECIPEGEN_FUZZ=1 swift build -c debug --scratch-path .build-fuzz \
//     -Xswiftc -sanitize=fuzzer,address --product ShellFuzz
if Context.environment["RECIPEGEN_FUZZ"] != nil {
    package.targets.append(.target(name: "RecipeFuzzDriver", path: "Fuzz/FuzzDriver"))
    for name in ["FrontMatterFuzz", "YAMLServiceFuzz", "ShellFuzz", "MermaidFuzz", "RecipeFuzz"] {
        package.targets.append(.executableTarget(
            name: name, dependencies: ["RecipeFuzzSupport", "RecipeFuzzDriver"], path: "Fuzz/\(name)",
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
