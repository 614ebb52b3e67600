// graft-embed-templates TEMPLATES OUTPUT CHECKOUT NAME...: the build tool behind the EmbedTemplates
// plugin. Writes OUTPUT, a Swift file holding every file under TEMPLATES (dot files too) with its
// path, the package's target and product NAMEs, and the CHECKOUT it was built from, so that a
// `graft` binary copied anywhere can still run `graft init`.
import Foundation

/// `text` as a Swift string literal of its UTF-8 in base64, which no text can need to escape.
func literal(_ text: String) -> String { "\"" + Data(text.utf8).base64EncodedString() + "\"" }

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: graft-embed-templates TEMPLATES OUTPUT CHECKOUT NAME...\n".utf8))
    exit(2)
}
let templates = URL(fileURLWithPath: arguments[arguments.startIndex]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
let checkout = URL(fileURLWithPath: arguments[arguments.startIndex + 2]).standardizedFileURL.path
let names = Array(arguments.dropFirst(3))

do {
    let paths = (FileManager.default.enumerator(atPath: templates.path)?.allObjects as? [String] ?? []).filter { path in
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: templates.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
    }.sorted()
    guard !paths.isEmpty else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: templates.path]) }
    let files = try paths.map { path in
        "        (\(literal(path)), \(literal(try String(contentsOf: templates.appendingPathComponent(path), encoding: .utf8)))),"
    }
    let source = """
    // Written at build time by graft-embed-templates (the EmbedTemplates plugin) from the templates
    // and the package description: not to be edited, and not in the repository. Every string is
    // base64 of its UTF-8, so that no text needs escaping.
    import Foundation

    /// What `graft init` needs from Graft's checkout, as of the build: the binary works anywhere.
    enum EmbeddedTemplates {
        /// Each file of the templates: its path below their folder and its text, in path order.
        static let files: [(path: String, text: String)] = [
    \(files.joined(separator: "\n"))
        ].map { (decoded($0), decoded($1)) }

        /// The names of the targets and products of Graft's package and of every package it depends on.
        static let packageNames: [String] = [\(names.map(literal).joined(separator: ", "))].map(decoded)

        /// The Graft checkout this was built from.
        static let checkout = decoded(\(literal(checkout)))

        private static func decoded(_ base64: String) -> String { String(decoding: Data(base64Encoded: base64)!, as: UTF8.self) }
    }

    """
    // Unchanged text is not rewritten, so that the module is not compiled again for nothing.
    if (try? String(contentsOf: output, encoding: .utf8)) != source {
        try source.write(to: output, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("graft-embed-templates: \(error)\n".utf8))
    exit(1)
}
