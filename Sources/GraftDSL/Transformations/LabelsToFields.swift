import GraftJSON
import GraftModel

/// Labels to fields: series labels as columns, or as rows (`labelsToFields`). Its default options
/// are empty: only what is set is saved.
public struct LabelsToFields: TransformationComponent {
    public var transformation: Transformation

    /// Turns the labels into fields laid out as `mode` says, only those in `keep` when given;
    /// `valueLabel` names each value field after that label's value.
    public init(mode: LabelsToFieldsMode? = nil, keep: [String]? = nil, valueLabel: String? = nil) {
        transformation = Transformation(.labelsToFields, [
            "keepLabels": keep.map(JSON.strings), "mode": mode.map { .string($0.rawValue) }, "valueLabel": valueLabel.map(JSON.string),
        ])
    }
}

/// Where labels go.
public enum LabelsToFieldsMode: String, OptionConstant {
    /// A column per label.
    case columns
    /// A row per label, with its name and value.
    case rows
}
