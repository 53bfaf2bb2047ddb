/// The list of recipe cards on a category or tag page, spliced into the page after rendering.
///
/// A list page holds the cards of all its recipes, tens of kilobytes that the template engine
/// would copy a few instructions per byte, and its shape (its list's length) is met by few other
/// pages, so stencils rarely help. Instead the page is rendered with a one-card list whose card
/// is a marker, and the marker is replaced by the cards joined by what the template writes
/// between two cards (found by rendering a two-card list of markers once).
///
/// That gives the engine's page when every card makes the engine take the same path as the
/// marker: the marker has the cards' line-break edges (see ``ContextShape``), which decide the
/// indentation of partials and blocks, and the pages are checked against the engine's for one
/// list of two or more cards before any is spliced.
struct CardList {
    /// Stands for the cards in the rendered page.
    let marker: String
    /// What the template writes between two cards.
    private let separator: [UInt8]

    /// The list for cards rendered by `render` (which renders the list page with the given
    /// cards), or nil when the cards differ in their line-break edges or the template does not
    /// write each card once, in the same way.
    init?(cards: [String], render: ([String]) -> [UInt8]) {
        guard let first = cards.first else { return nil }
        let edges = ContextShape.lineBreakEdges(first)
        guard edges != ContextShape.lineBreakEdges(""), cards.allSatisfy({ ContextShape.lineBreakEdges($0) == edges }) else { return nil }
        let (a, b) = (Self.marker("a", edges: edges), Self.marker("b", edges: edges))
        let one = render([a])
        let two = render([a, b])
        guard let (aInOne, _) = Self.onlyRange(of: a, in: one), Self.onlyRange(of: b, in: one) == nil,
            let (aStart, aEnd) = Self.onlyRange(of: a, in: two), let (bStart, bEnd) = Self.onlyRange(of: b, in: two),
            aEnd <= bStart,
            two[..<aStart].elementsEqual(one[..<aInOne]),
            two[bEnd...].elementsEqual(one[(aInOne + a.utf8.count)...])
        else { return nil }
        marker = a
        separator = Array(two[aEnd..<bStart])
    }

    /// `page`, rendered with the one-card list of ``marker``, with the marker replaced by
    /// `cards`; nil when the marker is not in it exactly once.
    func splice(_ page: [UInt8], cards: [String]) -> [UInt8]? {
        guard let (start, end) = Self.onlyRange(of: marker, in: page) else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(page.count + cards.reduce(0) { $0 + $1.utf8.count + separator.count })
        out += page[..<start]
        for (index, card) in cards.enumerated() {
            if index > 0 { out += separator }
            TemplateStencil.append(card, to: &out)
        }
        out += page[end...]
        return out
    }

    /// A marker whose line-break edges are `edges` (as ``ContextShape/lineBreakEdges(_:)`` gives
    /// them). YAML cannot carry control characters, so no front matter value contains it; its
    /// `<` and `>` are not found where the template escapes the card.
    static func marker(_ name: String, edges: UInt8) -> String {
        var text = edges & 1 != 0 ? "\n" : ""
        text += "\u{1}<recipegen-card-\(name)>\u{1}"
        switch (edges & 2 != 0, edges & 4 != 0, edges & 8 != 0) {
        case (true, _, true): text += "\r\n"
        case (true, _, false): text += "\n"
        case (false, true, true): text += "\r\r"
        case (false, true, false): text += "\r"
        case (false, false, true): text += "\rx"
        case (false, false, false): break
        }
        return text
    }

    /// Where `text` is in `bytes`, when it is there exactly once.
    static func onlyRange(of text: String, in bytes: [UInt8]) -> (Int, Int)? {
        let needle = Array(text.utf8)
        guard let lead = needle.first(where: { $0 == 1 }) else { return nil }
        var found: (Int, Int)?
        var start = 0
        while start + needle.count <= bytes.count, let candidate = bytes[start...].firstIndex(of: lead) {
            let offset = needle.firstIndex(of: lead)!
            let begin = candidate - offset
            if begin >= 0, begin + needle.count <= bytes.count, bytes[begin..<begin + needle.count].elementsEqual(needle) {
                guard found == nil else { return nil }
                found = (begin, begin + needle.count)
                start = begin + needle.count
            } else {
                start = candidate + 1
            }
        }
        return found
    }
}
