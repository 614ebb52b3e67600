import GraftModel

/// `configure` changes the row panel, for anything no modifier covers (what an imported
/// dashboard's row carries beyond title, fold, repeat and id).
extension Row: ModelComponent {
    /// Changes the row panel.
    public mutating func updateModel(_ change: (inout PanelModel) -> Void) { change(&model) }
}
