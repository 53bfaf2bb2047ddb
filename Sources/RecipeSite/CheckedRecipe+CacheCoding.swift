/// The check cache's binary form of a checked recipe: every stored field, in a fixed order.
extension CheckedRecipe: CacheCodable {
    func write(to writer: inout CacheWriter) {
        file.write(to: &writer)
        writer.writeOptional(frontMatter)
        writer.writeString(slug)
        writer.writeArray(diagnostics)
        writer.writeString(bodyHTML)
        writer.writeArray(headings)
        writer.writeString(manifests)
        writer.writeArray(links)
        writer.writeArray(searchText)
        writer.writeInt(checkedExamples)
        writer.writeInt(diagrams)
        writer.writeBool(rendered)
        writer.writeDictionary(linkedSlugs)
        writer.writeOptional(updated)
    }

    init(from reader: inout CacheReader) throws {
        self.init(
            file: try reader.read(),
            frontMatter: try reader.readOptional(),
            slug: try reader.readString(),
            diagnostics: try reader.readArray(),
            bodyHTML: try reader.readString(),
            headings: try reader.readArray(),
            manifests: try reader.readString(),
            links: try reader.readArray(),
            searchText: try reader.readArray(),
            checkedExamples: try reader.readInt(),
            diagrams: try reader.readInt(),
            rendered: try reader.readBool(),
            linkedSlugs: try reader.readDictionary(),
            updated: try reader.readOptional())
    }
}
