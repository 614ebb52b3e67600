import GraftModel
import GraftPromQL

/// A label a panel shows that some of a query's series lack (or hold empty, which Prometheus reports as
/// absent): a legend's `{{label}}`, a label `by (...)` or `label_replace` promises, or a table column
/// other rows fill. The panel shows an empty column, an empty legend, or an unnamed series for them.
public struct LabelGap: Sendable, Hashable {
    /// The label.
    public var label: String
    /// How many series lack it.
    public var missing: Int
    /// How many series the query returned.
    public var series: Int
    /// What makes the panel show it: `by (...)`/`label_replace`, the legend, or a table column.
    public var shownBy: ShownBy

    /// Why a panel shows a label.
    public enum ShownBy: String, Sendable, Hashable {
        /// The query's `by (...)`, `label_replace` or `label_join` puts it there.
        case query = "the query puts it there"
        /// The legend names it as `{{label}}`.
        case legend = "the legend names it"
        /// A table shows it as a column, which other rows fill.
        case tableColumn = "the table shows it as a column"
    }

    /// The gaps of `samples`, the series `target` returned in `panel`.
    static func find(in samples: [PrometheusClient.Sample], expression: String, target: Target, panel: PanelModel) -> [LabelGap] {
        guard !samples.isEmpty else { return [] }
        var required: [(String, ShownBy)] = []
        func require(_ labels: some Sequence<String>, _ reason: ShownBy) {
            for label in labels.sorted() where label != "__name__" && !required.contains(where: { $0.0 == label }) { required.append((label, reason)) }
        }
        if let parsed = try? PromQLParser.parse(expression) { require(parsed.promisedLabels, .query) }
        require(legendLabels(target.legendFormat ?? ""), .legend)
        if panel.type == "table" { require(Set(samples.flatMap { $0.labels.filter { !$0.value.isEmpty }.keys }), .tableColumn) }
        return required.compactMap { label, reason in
            let missing = samples.filter { ($0.labels[label] ?? "").isEmpty }.count
            return missing == 0 ? nil : LabelGap(label: label, missing: missing, series: samples.count, shownBy: reason)
        }
    }

    /// The labels a legend template names: `{{label}}`, spaces allowed inside the braces.
    static func legendLabels(_ legend: String) -> Set<String> {
        var labels: Set<String> = []
        var rest = Substring(legend)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let name = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, name.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }) { labels.insert(name) }
            rest = rest[close.upperBound...]
        }
        return labels
    }

    /// `"service" empty on 10 of 10 series (the query puts it there)`.
    public var description: String { "\"\(label)\" empty on \(missing) of \(series) series (\(shownBy.rawValue))" }
}
