import ArgumentParser
import Foundation
import RecipeSite

/// `recipegen new networking/my-recipe`: writes a recipe skeleton that passes `check`.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a new recipe skeleton whose examples pass the checks.",
        discussion: "The file is Content/<category>/<slug>.md; an existing file is never replaced.")

    @Argument(help: "The recipe's category and slug, such as networking/my-recipe.")
    var path: String

    @Option(help: "The recipe's title (default: from the slug).")
    var title: String?

    @Option(help: "The folder that holds the recipes.")
    var content = "Content"

    func run() throws {
        let (category, slug) = try Self.split(path)
        let title = self.title ?? RecipeSkeleton.title(fromSlug: slug)
        guard !title.trimmingCharacters(in: .whitespaces).isEmpty, !title.contains(where: \.isNewline) else {
            throw ValidationError("the title must be one non-empty line")
        }
        let folder = content + "/" + category
        let file = folder + "/" + slug + ".md"
        if FileManager.default.fileExists(atPath: file) {
            StandardError.write("error: '\(file)' already exists; choose another slug or edit that file\n")
            throw ExitCode(1)
        }
        let text = RecipeSkeleton(category: category, slug: slug, title: title, date: Self.today()).text
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .withoutOverwriting)
        } catch {
            StandardError.write("error: cannot write '\(file)': \(error.localizedDescription)\n")
            throw ExitCode(1)
        }
        print("created \(file)")
    }

    /// `category/slug`, each a lowercase slug; the slug also names a Service, so it starts
    /// with a letter and has at most 63 characters.
    static func split(_ path: String) throws -> (String, String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2 else {
            throw ValidationError("'\(path)' is not <category>/<slug>, such as networking/my-recipe")
        }
        guard isSlug(parts[0]) else {
            throw ValidationError("category '\(parts[0])' must be lowercase letters, digits and single hyphens")
        }
        guard isSlug(parts[1]), parts[1].first?.isLetter == true, parts[1].count <= 63 else {
            throw ValidationError(
                "slug '\(parts[1])' must start with a letter and be at most 63 lowercase letters, digits and single hyphens")
        }
        return (parts[0], parts[1])
    }

    private static func isSlug(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Today's date in UTC, `YYYY-MM-DD`.
    static func today() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        func pad(_ value: Int?) -> String { String(format: "%02d", value ?? 1) }
        return "\(parts.year ?? 1970)-\(pad(parts.month))-\(pad(parts.day))"
    }
}
