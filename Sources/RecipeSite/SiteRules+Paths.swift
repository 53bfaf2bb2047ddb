import Foundation
import RecipeDiagnostics

extension SiteRules {
    /// Recipes whose slug (from the file name, since a front matter slug is checked when it is
    /// read) is empty or not a slug: their page would have no path inside the output.
    static func unusableSlugs(_ recipes: [CheckedRecipe]) -> [Diagnostic] {
        recipes.filter { !Slug.isValid($0.slug) }.map { recipe in
            Diagnostic(
                code: "RG1009",
                message: "file name '\(recipe.file.relativePath.split(separator: "/").last ?? "")' gives no slug; expected letters a-z or digits in it",
                file: recipe.file.path, range: SourceRange(line: 1, column: 1),
                help: "rename the file, or set 'slug:' in its front matter")
        }
    }
}

extension SiteRules {
    /// Files published beside a page whose output paths differ only in letter case: on a
    /// case-insensitive file system (macOS, Windows) one would overwrite the other.
    static func caseCollisions(_ recipes: [CheckedRecipe], resolver: LinkResolver) -> [Diagnostic] {
        var seen: [String: String] = [:]
        var reported: Set<String> = []
        var found: [Diagnostic] = []
        for recipe in recipes {
            for link in recipe.links {
                guard case .file(_, let name) = resolver.resolve(link.destination, from: recipe.file.relativePath) else { continue }
                let output = "recipes/\(recipe.slug)/\(name)"
                let key = output.lowercased()
                if let other = seen[key], other != output {
                    guard reported.insert(output).inserted else { continue }
                    found.append(Diagnostic(
                        code: "RG5006", message: "'\(output)' and '\(other)' differ only in case and would overwrite each other on many file systems",
                        file: recipe.file.path, range: link.range, help: "rename one of the files"))
                } else {
                    seen[key] = output
                }
            }
        }
        return found
    }
}

extension ContentFiles {
    /// Whether `path` (relative to the content folder) exists but, through a symbolic link,
    /// leads outside the folder.
    static func leadsOutside(_ path: String, in contentDirectory: String) -> Bool {
        let root = URL(fileURLWithPath: contentDirectory).standardizedFileURL.resolvingSymlinksInPath().path
        let full = URL(fileURLWithPath: contentDirectory + "/" + path).standardizedFileURL
        guard (try? FileManager.default.destinationOfSymbolicLink(atPath: full.path)) != nil
            || full.resolvingSymlinksInPath().path != full.path
        else { return false }
        return !full.resolvingSymlinksInPath().path.hasPrefix(root + "/")
    }
}
