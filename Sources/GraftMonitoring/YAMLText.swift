import Yams

/// Writes YAML documents the same way every time: 2-space indent, no line folding, UTF-8 kept as is.
enum YAMLText {
    /// The document for `node`, as UTF-8 bytes ending in a newline.
    static func bytes(_ node: Node) throws -> [UInt8] {
        // The emitter's own bytes: going through `Yams.serialize`'s String would validate and copy them twice more.
        let emitter = Emitter(indent: 2, width: -1, allowUnicode: true)
        try emitter.open()
        try emitter.serialize(node: node)
        try emitter.close()
        return Array(emitter.data)
    }
}
