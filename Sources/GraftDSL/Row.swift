import GraftModel

/// A row: a full-width header over the panels that follow it, foldable.
public struct Row: Sendable {
    /// The row panel as it will be saved (gridPos, id and carried panels are filled in by the layout).
    public var model: PanelModel
    /// The row's panels, in order.
    public var panels: [PanelSpec]
    /// The size its panels get unless they set their own.
    public var panelSize: PanelSize?
    /// Panels below the folded row but outside it (`loosePanelsBelow`), in order.
    public var loosePanelsBelow: [PanelSpec] = []

    /// A row titled `title` holding `panels`; unfolded unless `collapsed`.
    public init(_ title: String, collapsed: Bool = false, @PanelBuilder panels: () -> [PanelSpec]) {
        model = PanelModel(type: "row")
        model.title = title
        model.collapsed = collapsed
        model.panels = []
        self.panels = panels()
    }

    /// Sets the row's id.
    public consuming func id(_ id: Int) -> Row { configure { $0.id = id } }

    /// Sets the size of the row's panels that do not set their own.
    public consuming func panelSize(width: Int, height: Int) -> Row {
        panelSize = PanelSize(width: width, height: height)
        return self
    }

    /// Puts `panels` below this folded row but outside it, at the dashboard's top level: where
    /// Grafana keeps panels that follow a folded row in the dashboard's `panels` instead of the
    /// row's own. They flow from the grid row under the header; the next row starts below them.
    /// Only a folded row has them: an unfolded row's panels below it are its own.
    public consuming func loosePanelsBelow(@PanelBuilder _ panels: () -> [PanelSpec]) -> Row {
        loosePanelsBelow += panels()
        return self
    }

    /// Repeats the row for each value of `variable`.
    public consuming func `repeat`(_ variable: String) -> Row { configure { $0.repeat = variable } }
}

/// One entry of a dashboard's content: a row, or a panel above the first row.
public enum DashboardItem: Sendable {
    /// A row and its panels.
    case row(Row)
    /// A panel outside any row.
    case panel(PanelSpec)
}
