import GraftCatalog
import GraftModel

/// The fields log queries read out of a document a log line embeds (Higress's `ai_log`): a LogQL query
/// that turns the line into the document (`line_format "{{.ai_log}}"`) and then extracts fields from it
/// (`| json model="model"`) may only read fields something the catalog configures writes. And no
/// field of such a document should copy a credential into the log store.
enum LogFieldRule {
    /// The fields each query of `dashboard` reads that nothing writes.
    static func check(_ dashboard: DashboardModel, at place: LintPlace, fields: LogFields) -> [LintFinding] {
        guard !fields.documents.isEmpty else { return [] }
        var findings: [LintFinding] = []
        for panel in dashboard.allPanels {
            for target in panel.targets ?? [] {
                guard let expr = target.expr else { continue }
                for (document, written) in fields.documents.sorted(by: { $0.key < $1.key }) {
                    let names = Set(written.map(\.name))
                    for field in fieldsRead(from: document, in: expr) where !names.contains(field) {
                        findings.append(LintFinding(.error, .unwrittenLogField, at: place.panel(panel).query(target.refId),
                                                    "reads \(document).\(field), which nothing the catalog configures writes; \(document) holds \(names.sorted().joined(separator: ", "))"))
                    }
                }
            }
        }
        return findings
    }

    /// A warning for each field that holds a credential.
    static func credentials(in fields: LogFields) -> [LintFinding] {
        fields.documents.sorted(by: { $0.key < $1.key }).flatMap { document, written in
            written.filter(\.source.carriesCredential).map { field in
                LintFinding(.warning, .loggedCredential, at: LintPlace(object: "the access log's \(document)"),
                            "\(field.writer) logs \(field.source) as \(document).\(field.name): every caller's credential is written to the access log and the log store; drop it or log a hash")
            }
        }
    }

    /// The fields `expr` extracts with `| json label="path"` after turning each line into `document`.
    static func fieldsRead(from document: String, in expr: String) -> [String] {
        guard let turn = expr.range(of: #"line_format "{{.\#(document)}}""#) else { return [] }
        var fields: [String] = []
        var rest = expr[turn.upperBound...]
        while let json = rest.range(of: "| json") {
            rest = rest[json.upperBound...]
            // `label="path"` pairs, comma-separated; the path's first step is the document's field.
            while true {
                let trimmed = rest.drop { $0 == " " || $0 == "," }
                let label = trimmed.prefix { $0 == "_" || $0.isLetter || $0.isNumber }
                guard !label.isEmpty, trimmed.dropFirst(label.count).hasPrefix("=\"") else { break }
                let path = trimmed.dropFirst(label.count + 2).prefix { $0 != "\"" }
                if let field = path.split(whereSeparator: { $0 == "." || $0 == "[" }).first { fields.append(String(field)) }
                rest = trimmed.dropFirst(label.count + 2 + path.count + 1)
            }
        }
        return fields
    }
}
