/// A range of Kubernetes minor versions, as a recipe's `kubernetes:` front matter writes it.
///
/// `"1.28+"` is 1.28 and every later version, `"1.30"` is 1.30 alone, `"1.29-1.32"` is 1.29
/// through 1.32. Only major version 1 exists; patch versions (`1.28.3`) are not part of a range.
public struct KubernetesVersionRange: Hashable, Sendable, CustomStringConvertible {
    /// The oldest minor version in the range (28 for 1.28).
    public var lowest: Int
    /// The newest minor version in the range; nil when the range is open (`1.28+`).
    public var highest: Int?

    /// A range from `lowest` to `highest` (nil: open-ended). `highest` below `lowest` is raised.
    public init(lowest: Int, highest: Int? = nil) {
        self.lowest = lowest
        self.highest = highest.map { max($0, lowest) }
    }

    /// Parses `"1.28+"`, `"1.30"`, `"1.29-1.32"` (a leading `v` is tolerated); nil otherwise.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces
        if trimmed.hasSuffix("+") {
            guard let minor = Self.minor(trimmed.dropLast()) else { return nil }
            self.init(lowest: minor, highest: nil)
            return
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        switch parts.count {
        case 1:
            guard let minor = Self.minor(parts[0]) else { return nil }
            self.init(lowest: minor, highest: minor)
        case 2:
            guard let low = Self.minor(parts[0]), let high = Self.minor(parts[1]), low <= high
            else { return nil }
            self.init(lowest: low, highest: high)
        default:
            return nil
        }
    }

    /// The reference profile of the rule set: Kubernetes 1.31.
    public static let defaultRange = KubernetesVersionRange(lowest: 31, highest: 31)

    /// Whether the minor version `minor` is in the range.
    public func contains(_ minor: Int) -> Bool {
        minor >= lowest && (highest.map { minor <= $0 } ?? true)
    }

    /// Whether any version of the range is at least `minor`.
    public func reaches(_ minor: Int) -> Bool {
        highest.map { $0 >= minor } ?? true
    }

    /// `1.28+`, `1.30` or `1.29-1.32`.
    public var description: String {
        guard let highest else { return "1.\(lowest)+" }
        return highest == lowest ? "1.\(lowest)" : "1.\(lowest)-1.\(highest)"
    }

    /// The minor number of `1.NN` (or `v1.NN`).
    private static func minor(_ text: Substring) -> Int? {
        var text = text.trimmingSpaces
        if text.hasPrefix("v") { text = text.dropFirst() }
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, pieces[0] == "1", !pieces[1].isEmpty, pieces[1].count <= 3,
            pieces[1].allSatisfy({ $0.isASCII && $0.isNumber }), let minor = Int(pieces[1])
        else { return nil }
        return minor
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: Substring {
        let scalars = self[...]
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return Substring("") }
        return Substring(scalars[first...last])
    }
}
