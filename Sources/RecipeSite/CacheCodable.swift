import RecipeDiagnostics

/// A value the check cache stores in its binary form (``CacheWriter``, ``CacheReader``).
///
/// Each type writes its stored fields in a fixed order and reads them back in the same order;
/// a field added to a type must be added here too (the round trip tests compare the JSON of
/// the value before and after, which catches one forgotten).
protocol CacheCodable {
    /// Appends the value's fields to `writer`.
    func write(to writer: inout CacheWriter)
    /// Reads the fields ``write(to:)`` wrote; throws on damaged bytes.
    init(from reader: inout CacheReader) throws
}

extension String: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeString(self) }
    init(from reader: inout CacheReader) throws { self = try reader.readString() }
}

extension Int: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeInt(self) }
    init(from reader: inout CacheReader) throws { self = try reader.readInt() }
}

extension SourceLocation: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeInt(line)
        writer.writeInt(column)
    }

    init(from reader: inout CacheReader) throws {
        self.init(line: try reader.readInt(), column: try reader.readInt())
    }
}

extension SourceRange: CacheCodable {
    func write(to writer: inout CacheWriter) {
        start.write(to: &writer)
        end.write(to: &writer)
    }

    /// The range as it was written, even one whose end is before its start.
    init(from reader: inout CacheReader) throws {
        let start = try SourceLocation(from: &reader)
        let end = try SourceLocation(from: &reader)
        self.init(start: start, end: end)
        self.end = end
    }
}

extension Severity: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeString(rawValue) }

    init(from reader: inout CacheReader) throws {
        guard let severity = Severity(rawValue: try reader.readString()) else { throw CacheReader.Damage.badValue }
        self = severity
    }
}

extension Diagnostic.Note: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeString(message)
        writer.writeOptional(file)
        writer.writeOptional(range)
    }

    init(from reader: inout CacheReader) throws {
        self.init(try reader.readString(), file: try reader.readOptional(), range: try reader.readOptional())
    }
}

extension Diagnostic: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeString(code)
        severity.write(to: &writer)
        writer.writeString(message)
        writer.writeOptional(file)
        range.write(to: &writer)
        writer.writeOptional(fieldPath)
        writer.writeOptional(label)
        writer.writeArray(notes)
        writer.writeOptional(help)
    }

    init(from reader: inout CacheReader) throws {
        self.init(
            code: try reader.readString(),
            severity: try reader.read(Severity.self),
            message: try reader.readString(),
            file: try reader.readOptional(),
            range: try reader.read(),
            fieldPath: try reader.readOptional(),
            label: try reader.readOptional(),
            notes: try reader.readArray(),
            help: try reader.readOptional())
    }
}

extension RecipeFile: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeString(path)
        writer.writeString(relativePath)
        writer.writeString(text)
    }

    init(from reader: inout CacheReader) throws {
        self.init(path: try reader.readString(), relativePath: try reader.readString(), text: try reader.readString())
    }
}

extension RecipeDate: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeInt(year)
        writer.writeInt(month)
        writer.writeInt(day)
    }

    init(from reader: inout CacheReader) throws {
        year = try reader.readInt()
        month = try reader.readInt()
        day = try reader.readInt()
    }
}

extension FrontMatter.Difficulty: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.writeString(rawValue) }

    init(from reader: inout CacheReader) throws {
        guard let difficulty = Self(rawValue: try reader.readString()) else { throw CacheReader.Damage.badValue }
        self = difficulty
    }
}

extension FrontMatter: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeString(title)
        writer.writeString(description)
        writer.writeString(category)
        writer.writeOptional(difficulty)
        writer.writeOptional(time)
        writer.writeOptional(kubernetes)
        writer.writeArray(tags)
        writer.writeOptional(date)
        writer.writeBool(draft)
        writer.writeOptional(author)
        writer.writeOptional(slug)
        writer.writeDictionary(ranges)
    }

    init(from reader: inout CacheReader) throws {
        self.init()
        title = try reader.readString()
        description = try reader.readString()
        category = try reader.readString()
        difficulty = try reader.readOptional()
        time = try reader.readOptional()
        kubernetes = try reader.readOptional()
        tags = try reader.readArray()
        date = try reader.readOptional()
        draft = try reader.readBool()
        author = try reader.readOptional()
        slug = try reader.readOptional()
        ranges = try reader.readDictionary()
    }
}

extension HeadingEntry: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeInt(level)
        writer.writeString(id)
        writer.writeString(text)
    }

    init(from reader: inout CacheReader) throws {
        self.init(level: try reader.readInt(), id: try reader.readString(), text: try reader.readString())
    }
}

extension LinkReference: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.writeString(destination)
        writer.writeBool(isImage)
        range.write(to: &writer)
    }

    init(from reader: inout CacheReader) throws {
        self.init(destination: try reader.readString(), isImage: try reader.readBool(), range: try reader.read())
    }
}
