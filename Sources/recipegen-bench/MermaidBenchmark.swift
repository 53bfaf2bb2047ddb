import Foundation
import RecipeMermaid

/// Benchmark of RecipeMermaid: parse + layout + SVG per diagram; see main.swift.
///
///     recipegen-bench mermaid [DIR|FILE.md|FILE.mmd ...]   diagrams per second over the ```mermaid
///                                                          fences (or .mmd files) found there
///     recipegen-bench mermaid check FILE.mmd ...           verdict, diagnostics and AST dump
///     recipegen-bench mermaid svg OUTDIR FILE.mmd ...      writes OUTDIR/<name>.svg and .html
///     recipegen-bench mermaid once [parse] DIR|FILE ...    parses (and draws) every diagram once,
///                                                          for an instruction count under callgrind
///
/// Without paths it uses a built-in set of diagrams.
enum MermaidBenchmark {
    static func run(_ arguments: ArraySlice<String>) {
        switch arguments.first {
        case "check": check(arguments.dropFirst())
        case "svg": writeSVG(arguments.dropFirst())
        case "once": once(arguments.dropFirst())
        default: measure(arguments)
        }
    }

    static func measure(_ paths: ArraySlice<String>) {
        var diagrams = paths.flatMap(diagramsIn)
        if diagrams.isEmpty { diagrams = builtIn }
        let valid = diagrams.filter { MermaidParser.parse($0).flowchart != nil }.count
        print("mermaid: \(diagrams.count) diagrams (\(valid) valid flowcharts)")
        let renderer = FlowchartRenderer(idPrefix: "bench")
        Stopwatch.report("mermaid: diagrams parsed", itemsPerRun: diagrams.count, seconds: 1) {
            for text in diagrams { _ = MermaidParser.parse(text) }
        }
        let cpuStart = cpuSeconds()
        var drawn = 0
        Stopwatch.report("mermaid: diagrams parsed, laid out and drawn", itemsPerRun: diagrams.count) {
            for text in diagrams {
                if let chart = MermaidParser.parse(text).flowchart { _ = renderer.render(chart) }
            }
            drawn += diagrams.count
        }
        // On a shared machine wall time includes waiting for a core; CPU time does not.
        let cpu = cpuSeconds() - cpuStart
        print("mermaid: \(Int(Double(drawn) / cpu)) per CPU second (\(drawn) in \(Int(cpu * 1000)) ms of CPU)")
    }

    /// One pass over the diagrams: parse only (`parse`) or parse, lay out and draw.
    static func once(_ arguments: ArraySlice<String>) {
        let parseOnly = arguments.first == "parse"
        let diagrams = arguments.dropFirst(parseOnly ? 1 : 0).flatMap(diagramsIn)
        let renderer = FlowchartRenderer(idPrefix: "bench")
        let start = cpuSeconds()
        var bytes = 0
        for text in diagrams {
            guard let chart = MermaidParser.parse(text).flowchart, !parseOnly else { continue }
            bytes += renderer.render(chart).utf8.count
        }
        let cpu = cpuSeconds() - start
        print("mermaid once: \(diagrams.count) diagrams, \(bytes) bytes of SVG, \(Int(cpu * 1000)) ms of CPU")
    }

    /// CPU time used by this process, in seconds.
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// The diagrams of a path: a .mmd file, the ```mermaid fences of a .md file, or a folder of both.
    static func diagramsIn(_ path: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
        if isDirectory.boolValue {
            let names = (try? FileManager.default.subpathsOfDirectory(atPath: path)) ?? []
            return names.sorted().flatMap { diagramsIn(path + "/" + $0) }
        }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        if path.hasSuffix(".mmd") { return [text] }
        guard path.hasSuffix(".md") else { return [] }
        var fences: [String] = []
        var current: [Substring]?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.trimmingCharacters(in: .whitespaces) == "```mermaid" {
                current = []
            } else if current != nil, line.trimmingCharacters(in: .whitespaces) == "```" {
                fences.append(current!.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return fences
    }

    static func check(_ paths: ArraySlice<String>) {
        for path in paths {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            let result = MermaidParser.parse(text)
            let verdict = result.flowchart == nil ? "invalid" : "valid"
            print("== \(path): \(verdict)")
            for d in result.diagnostics {
                print("\(d.range.start): \(d.severity) [\(d.code)] \(d.message)")
            }
            if let chart = result.flowchart { print(chart.dump(), terminator: "") }
        }
    }

    static func writeSVG(_ arguments: ArraySlice<String>) {
        guard let directory = arguments.first else { return }
        for path in arguments.dropFirst() {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8),
                let chart = MermaidParser.parse(text).flowchart
            else { continue }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let svg = FlowchartRenderer(idPrefix: "m-" + name).render(chart)
            try? svg.write(toFile: "\(directory)/\(name).svg", atomically: true, encoding: .utf8)
            let html = "<!doctype html><meta charset=utf-8><body style=\"margin:16px\">\(svg)</body>"
            try? html.write(toFile: "\(directory)/\(name).html", atomically: true, encoding: .utf8)
        }
    }

    static let builtIn = [
        """
        flowchart TB
            subgraph CLUSTER["Kubernetes Cluster"]
                CIP["ClusterIP<br/>10.96.0.1:80<br/>Internal only"]
                NP["NodePort<br/>NodeIP:30080<br/>All nodes"]
                LB["LoadBalancer<br/>External IP:80<br/>Cloud LB"]
                PODS["Backend Pods"]
            end
            INTERNAL["Internal Pod"] -->|"curl svc:80"| CIP
            CIP --> PODS
            EXTERNAL1["External Client"] -->|"curl NodeIP:30080"| NP
            NP --> PODS
            EXTERNAL2["External Client"] -->|"curl ExternalIP:80"| LB
            LB --> NP
            NP --> PODS

        """,
        """
        graph LR;
          client([client])-. Ingress-managed <br> load balancer .->ingress[Ingress];
          ingress-->|routing rule|service[Service];
          subgraph cluster
          ingress;
          service-->pod1[Pod];
          service-->pod2[Pod];
          end
          classDef plain fill:#ddd,stroke:#fff,stroke-width:4px,color:#000;
          classDef k8s fill:#326ce5,stroke:#fff,stroke-width:4px,color:#fff;
          class ingress,service,pod1,pod2 k8s;
          class client plain;

        """,
    ]
}
