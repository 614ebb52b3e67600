import GraftModel

/// `configure` changes the row panel, for anything no modifier covers (what an imported
/// dashboard's row carries beyond title, fold, repeat and id).
extension Row: ModelComponent {
    /// The row is its row panel.
    public static var modelPath: WritableKeyPath<Row, PanelModel> { \.model }
}
