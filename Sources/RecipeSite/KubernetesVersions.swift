/// The syntax of the `kubernetes:` front matter field.
enum KubernetesVersions {
    /// Whether `text` is "1.30", "1.28+" or "1.29-1.32" (lower bound not above the upper).
    static func isValidRange(_ text: String) -> Bool {
        func minor(_ part: Substring) -> Int? {
            let pieces = part.split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count == 2, pieces[0] == "1", let minor = Int(pieces[1]), minor >= 0, minor < 100 else { return nil }
            return minor
        }
        if text.hasSuffix("+") { return minor(text.dropLast()) != nil }
        let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
        if bounds.count == 2, let low = minor(bounds[0]), let high = minor(bounds[1]) { return low <= high }
        return bounds.count == 1 && minor(bounds[0]) != nil
    }
}
