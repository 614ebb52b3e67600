import GraftModel

extension Row {
    /// A copy whose row panel is changed by `change`, for anything no modifier covers (what an
    /// imported dashboard's row carries beyond title, fold, repeat and id).
    public func configure(_ change: (inout PanelModel) -> Void) -> Row {
        var copy = self
        change(&copy.model)
        return copy
    }
}
