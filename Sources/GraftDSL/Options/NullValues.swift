import GraftJSON
import GraftModel

/// A panel that joins or breaks its line over missing values: time series, state timeline.
public protocol NullValuesPanel: FieldPanel {}

extension NullValuesPanel {
    /// Connects the line across missing values (`true`), or breaks it at each (`false`, the default).
    public consuming func spanNulls(_ connect: Bool) -> Self { custom("spanNulls", .bool(connect)) }

    /// Connects the line across gaps shorter than `milliseconds`, and breaks it at longer ones.
    public consuming func spanNulls(below milliseconds: Int) -> Self { custom("spanNulls", .int(milliseconds)) }

    /// Breaks the line where two values are more than `milliseconds` apart, as if a value were missing there.
    public consuming func insertNulls(above milliseconds: Int) -> Self { custom("insertNulls", .int(milliseconds)) }
}
