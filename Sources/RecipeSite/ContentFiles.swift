import Foundation

/// Files in the content folder that recipes link to (images, downloads).
enum ContentFiles {
    /// Whether `path` (relative to the content folder) is a readable regular file inside it,
    /// not a link that leads outside.
    static func isReadable(_ path: String, in contentDirectory: String) -> Bool {
        let root = URL(fileURLWithPath: contentDirectory).standardizedFileURL.resolvingSymlinksInPath().path
        let full = URL(fileURLWithPath: contentDirectory + "/" + path).standardizedFileURL.resolvingSymlinksInPath().path
        var isDirectory: ObjCBool = false
        return full.hasPrefix(root + "/") && FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            && !isDirectory.boolValue && FileManager.default.isReadableFile(atPath: full)
    }

    /// The linked files of every recipe, published beside the recipe's page.
    static func published(_ recipes: [CheckedRecipe], resolver: LinkResolver, contentDirectory: String) -> [OutputFile] {
        var files: [String: OutputFile] = [:]
        for recipe in recipes {
            for link in recipe.links {
                guard case .file(let path, let name) = resolver.resolve(link.destination, from: recipe.file.relativePath),
                    isReadable(path, in: contentDirectory),
                    let data = FileManager.default.contents(atPath: contentDirectory + "/" + path)
                else { continue }
                let output = "recipes/\(recipe.slug)/\(name)"
                if OutputWriter.isSafe(output) { files[output] = OutputFile(path: output, bytes: Array(data)) }
            }
        }
        return files.keys.sorted().map { files[$0]! }
    }
}
