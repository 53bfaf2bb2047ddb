import RecipeYAML

/// Parses a 20-line Service manifest repeatedly.
enum YAMLBenchmark {
    static let service = """
        apiVersion: v1
        kind: Service
        metadata:
          name: backend-api
          namespace: shop
          labels:
            app: backend
            tier: api
        spec:
          type: NodePort
          selector:
            app: backend
          ports:
            - name: http
              port: 80
              targetPort: 8080
              nodePort: 30080
            - name: https
              port: 443
              targetPort: 8443

        """

    static func run(_ arguments: ArraySlice<String>) {
        Stopwatch.report("yaml: 20-line Service manifests parsed", itemsPerRun: 1000) {
            for _ in 0..<1000 { _ = YAMLParser.parse(service) }
        }
    }
}
