import Mustache

/// A context dictionary whose ``ContextShape`` is worked out once, for a value that appears in
/// many contexts: a recipe's card is on its own page, on its neighbours' pages and on the pages
/// of recipes related to it.
///
/// Inside another context, ``ContextShape`` takes its key and values as they are instead of
/// walking the dictionary again; the template engine sees the dictionary itself (through
/// `MustacheCustomRepresentation`), so a page renders as it would with the plain dictionary.
final class ShapedContext: MustacheCustomRepresentation, @unchecked Sendable {
    /// The context; never changed after `init`.
    let context: [String: Any]
    /// The shape of `context`, or nil when it has none.
    let shape: ContextShape?

    init(_ context: [String: Any]) {
        self.context = context
        shape = ContextShape(context)
    }

    /// The dictionary, for the template engine's lookups.
    var representation: Any? { context }
}
