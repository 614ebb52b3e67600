import GraftJSON
import GraftModel

/// Something that becomes a panel on a dashboard: a `Stat`, a `Timeseries`, any panel kind.
public protocol PanelComponent: Sendable {
    /// The panel being built and how to lay it out.
    var spec: PanelSpec { get set }
}

extension PanelComponent {
    /// The component with `change` made to its panel: the one place every modifier goes through,
    /// built-in or a package's own. (Consuming, as every modifier is: the component is moved into
    /// the result and its panel changed in place, not copied.)
    public consuming func modified(_ change: (inout PanelSpec.State) -> Void) -> Self {
        change(&spec.state)
        return self
    }

    /// The component with one of the model's members set: what a modifier of a member declared with
    /// `FieldOptions.modifier` does.
    public consuming func setting<Value: Sendable>(_ member: WritableKeyPath<PanelModel, Value?> & Sendable, _ value: Value) -> Self {
        modified { $0.model[keyPath: member] = value }
    }

    /// Changes the panel's model directly, for anything no modifier covers.
    public consuming func configure(_ change: (inout PanelModel) -> Void) -> Self { modified { change(&$0.model) } }

    /// Sets the panel id (kept stable when panels are added or moved; links with `viewPanel` use it).
    public consuming func id(_ id: Int) -> Self { modified { $0.model.id = id } }

    /// Sets the width in columns and the height in grid rows; what is not given comes from the row or the kind.
    public consuming func size(width: Int? = nil, height: Int? = nil) -> Self {
        modified {
            if let width { $0.width = width }
            if let height { $0.height = height }
        }
    }

    /// Sets the size.
    public consuming func size(_ size: PanelSize) -> Self { self.size(width: size.width, height: size.height) }

    /// Places the panel by hand: column `x`, `y` grid rows below its row's header.
    public consuming func position(x: Int, y: Int) -> Self { modified { $0.position = (x, y) } }

    /// Sets the description shown in the panel header's tooltip.
    public consuming func description(_ text: String) -> Self { setting(\.description, text) }

    /// Allows the panel to have no title (a bare text panel, say).
    public consuming func untitled() -> Self { modified { $0.model.title = ""; $0.allowsEmptyTitle = true } }

    /// Sets the datasource of the panel (and of its queries that name none).
    public consuming func datasource(_ datasource: DataSourceRef) -> Self { modified { $0.model.datasource = datasource } }

    /// Sets one of the kind's options by dotted path (`legend.placement`), for options without a modifier.
    public consuming func option(_ path: String, _ value: JSON) -> Self {
        modified { $0.model.changeOptions { $0.setValue(value, atPath: path) } }
    }

    /// Sets the options whose values are given, by dotted path; `nil` values leave an option as it is.
    consuming func options(_ values: KeyValuePairs<String, JSON?>) -> Self {
        modified { $0.model.changeOptions { $0.setValues(values) } }
    }

    /// Sets members of the option object `group` (`legend`, `tooltip`...) whose values are given;
    /// `nil` values leave a member as it is.
    consuming func options(in group: String, _ values: KeyValuePairs<String, JSON?>) -> Self {
        modified { $0.model.changeOptions { $0.updateObject(group) { $0.setValues(values) } } }
    }

    /// Sets the minimum query interval (`1m`).
    public consuming func interval(_ interval: String) -> Self { setting(\.interval, interval) }

    /// Sets the most data points a query asks for.
    public consuming func maxDataPoints(_ count: Int) -> Self { setting(\.maxDataPoints, count) }

    /// Sets how long the panel's query results are cached, in milliseconds.
    public consuming func queryCachingTTL(_ milliseconds: Int) -> Self { setting(\.queryCachingTTL, milliseconds) }

    /// Gives the panel its own relative time range (`1h`) and time shift (`1d`).
    public consuming func time(from: String? = nil, shift: String? = nil, hidden: Bool? = nil) -> Self {
        modified {
            $0.model.timeFrom = from
            $0.model.timeShift = shift
            $0.model.hideTimeOverride = hidden
        }
    }

    /// Repeats the panel for each value of `variable`, side by side (`.horizontal`) or stacked.
    public consuming func `repeat`(_ variable: String, direction: RepeatDirection = .horizontal, maxPerRow: Int? = nil) -> Self {
        modified {
            $0.model.repeat = variable
            $0.model.repeatDirection = direction.rawValue
            $0.model.maxPerRow = maxPerRow
        }
    }

    /// Makes the panel's background transparent.
    public consuming func transparent(_ transparent: Bool = true) -> Self { modified { $0.model.transparent = transparent } }

    /// Adds a link to the panel header's menu.
    public consuming func link(_ title: String, url: String, newTab: Bool? = nil) -> Self {
        modified { $0.model.links.appendToList([PanelLink(title: title, url: url, targetBlank: newTab)]) }
    }

    /// Adds transformations of the query results, in order.
    public consuming func transformations(@TransformationBuilder _ build: () -> [Transformation]) -> Self {
        let added = build()
        return modified { $0.model.transformations.appendToList(added) }
    }

    /// Shows a library panel instead of its own content.
    public consuming func libraryPanel(uid: String, name: String) -> Self {
        modified { $0.model.libraryPanel = LibraryPanelRef(uid: uid, name: name) }
    }
}

/// Which way a repeated panel's copies go.
public enum RepeatDirection: String, OptionConstant {
    /// Side by side.
    case horizontal = "h"
    /// Stacked.
    case vertical = "v"
}
