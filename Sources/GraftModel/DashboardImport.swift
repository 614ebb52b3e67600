import GraftJSON

extension DashboardModel {
    /// The dashboard as Grafana's import saves it: `__inputs` dropped, and every `${NAME}` of an input
    /// in `values` replaced by its value in every string value (datasource uids of panels, queries,
    /// variables and annotations, and any other text), as Grafana's import template evaluator does.
    public func importing(_ values: [String: String]) -> DashboardModel {
        // Re-reading what the model itself wrote cannot fail; if it ever did, nothing is bound.
        (try? DashboardModel(json: JSONParser.parse(importedJSON(values, style: .compact)))) ?? self
    }

    /// The text of `importing(values)`, written in one pass.
    public func importedJSON(_ values: [String: String], style: JSONWriter.Style = .grafana) -> [UInt8] {
        var model = self
        model.inputs = nil
        var writer = JSONWriter(style: style, capacity: 96 * 1024)
        writer.placeholderValues = values
        model.write(to: &writer)
        return writer.bytes
    }
}
