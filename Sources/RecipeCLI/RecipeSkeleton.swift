/// The text `recipegen new` writes: front matter and one example of each kind a recipe has
/// (callout, diagram, Service manifest, commands using it, comparison table), all of which pass
/// the checks as written.
struct RecipeSkeleton {
    var category: String
    var slug: String
    var title: String
    /// `YYYY-MM-DD`.
    var date: String

    /// "my-recipe" → "My recipe".
    static func title(fromSlug slug: String) -> String {
        let words = slug.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    var text: String {
        """
        ---
        title: \(Self.quoted(title))
        description: One sentence on what the reader can do after this recipe.
        category: \(category)
        difficulty: beginner
        time: 10 minutes
        tags: [\(category)]
        date: \(date)
        draft: false
        ---

        > [!TIP]
        > Quick answer: the one or two sentences a reader in a hurry needs.

        ## The problem

        Say what the reader is trying to do, and what goes wrong without this recipe.

        ## How it fits together

        ```mermaid
        flowchart LR
          client[Client pod] --> service[Service \(slug)]
          service --> pods[Pods labelled app=\(slug)]
        ```

        ## The manifest

        ```yaml title="\(slug)-service.yaml"
        apiVersion: v1
        kind: Service
        metadata:
          name: \(slug)
        spec:
          selector:
            app: \(slug)
          ports:
            - name: http
              port: 80
              targetPort: 8080
        ```

        ## Try it

        ```bash
        kubectl apply -f \(slug)-service.yaml
        kubectl get service \(slug)
        ```

        ## Compared

        | Approach | Stable address | Reachable from outside |
        |---|:-:|:-:|
        | Pod IP | ❌ | ❌ |
        | ClusterIP Service | ✅ | ❌ |

        """
    }
}
