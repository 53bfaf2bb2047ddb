/// A diagnostic can be thrown where a step cannot go on (an unreadable root, a bad config).
extension Diagnostic: Error {}
