import GraftJSON
import GraftModel

/// Something that becomes a panel on a dashboard: a `Stat`, a `Timeseries`, any panel kind.
public protocol PanelComponent: Sendable {
    /// The panel being built and how to lay it out.
    var spec: PanelSpec { get set }
}

/// A panel under construction: its model, and the layout hints the grid engine reads.
///
/// A panel passes through a dozen modifiers on its way into a row, each returning a new value; the
/// parts live in one shared box, copied only when a shared panel is changed, so that passing a
/// panel on costs one reference count rather than a copy of every member.
public struct PanelSpec: Sendable {
    @usableFromInline
    final class Storage: @unchecked Sendable {  // only ever changed while uniquely referenced
        @exclusivity(unchecked) @usableFromInline var model: PanelModel
        @exclusivity(unchecked) @usableFromInline var kind: PanelKind
        @exclusivity(unchecked) @usableFromInline var width: Int?
        @exclusivity(unchecked) @usableFromInline var height: Int?
        @exclusivity(unchecked) @usableFromInline var placement: Placement?
        @exclusivity(unchecked) @usableFromInline var allowsEmptyTitle = false

        @usableFromInline
        init(model: PanelModel, kind: PanelKind) {
            self.model = model
            self.kind = kind
        }

        /// A new panel of `kind`: its template copied straight into the box, then titled.
        init(kind: PanelKind, title: String) {
            model = kind.template
            self.kind = kind
            model.title = title
        }

        @usableFromInline
        func copy() -> Storage {
            let copy = Storage(model: model, kind: kind)
            copy.width = width
            copy.height = height
            copy.placement = placement
            copy.allowsEmptyTitle = allowsEmptyTitle
            return copy
        }
    }

    @usableFromInline var storage: Storage

    @inlinable
    mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    /// A new panel of `kind` titled `title`, as Grafana 11.3 saves it.
    public init(kind: PanelKind, title: String) {
        storage = Storage(kind: kind, title: title)
    }

    /// The panel as it will be saved (gridPos and id are filled in by the layout).
    public var model: PanelModel {
        @inlinable get { storage.model }
        @inlinable _modify { yield &unique().model }
    }
    /// The panel's kind.
    public var kind: PanelKind {
        @inlinable get { storage.kind }
        @inlinable _modify { yield &unique().kind }
    }
    /// Its width in columns; `nil` for the row's or the kind's default.
    public var width: Int? {
        @inlinable get { storage.width }
        @inlinable set { unique().width = newValue }
    }
    /// Its height in grid rows; `nil` for the row's or the kind's default.
    public var height: Int? {
        @inlinable get { storage.height }
        @inlinable set { unique().height = newValue }
    }
    /// Its top-left corner, when placed by hand: `x` in columns, `y` in grid rows below its row's header.
    public var position: (x: Int, y: Int)? {
        @inlinable get { storage.placement.map { ($0.x, $0.y) } }
        @inlinable set { unique().placement = newValue.map { Placement(x: $0.x, y: $0.y) } }
    }
    /// Whether an empty title is intended (an empty title is otherwise an error).
    public var allowsEmptyTitle: Bool {
        @inlinable get { storage.allowsEmptyTitle }
        @inlinable set { unique().allowsEmptyTitle = newValue }
    }

    /// A position set by hand.
    @usableFromInline
    struct Placement: Sendable, Hashable {
        @usableFromInline var x: Int
        @usableFromInline var y: Int
        @usableFromInline init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }
    var placement: Placement? { storage.placement }
}

extension PanelComponent {
    /// A copy changed by `change`: the one place every modifier goes through.
    @inlinable public consuming func modified(_ change: (inout PanelSpec) -> Void) -> Self {
        change(&spec)
        return self
    }

    /// Changes the panel's model directly, for anything no modifier covers.
    @inlinable public consuming func configure(_ change: (inout PanelModel) -> Void) -> Self { modified { change(&$0.model) } }

    /// Sets the panel id (kept stable when panels are added or moved; links with `viewPanel` use it).
    @inlinable public consuming func id(_ id: Int) -> Self { modified { $0.model.id = id } }

    /// Sets the width in columns and the height in grid rows; what is not given comes from the row or the kind.
    @inlinable public consuming func size(width: Int? = nil, height: Int? = nil) -> Self {
        modified {
            if let width { $0.width = width }
            if let height { $0.height = height }
        }
    }

    /// Sets the size.
    @inlinable public consuming func size(_ size: PanelSize) -> Self { self.size(width: size.width, height: size.height) }

    /// Places the panel by hand: column `x`, `y` grid rows below its row's header.
    @inlinable public consuming func position(x: Int, y: Int) -> Self { modified { $0.position = (x, y) } }

    /// Sets the description shown in the panel header's tooltip.
    @inlinable public consuming func description(_ text: String) -> Self { modified { $0.model.description = text } }

    /// Allows the panel to have no title (a bare text panel, say).
    @inlinable public consuming func untitled() -> Self { modified { $0.model.title = ""; $0.allowsEmptyTitle = true } }

    /// Sets the datasource of the panel (and of its queries that name none).
    @inlinable public consuming func datasource(_ datasource: DataSourceRef) -> Self { modified { $0.model.datasource = datasource } }

    /// Sets one of the kind's options by dotted path (`legend.placement`), for options without a modifier.
    @inlinable public consuming func option(_ path: String, _ value: JSON) -> Self {
        modified {
            if $0.model.options == nil { $0.model.options = JSONObject() }
            $0.model.options!.setValue(value, atPath: path)
        }
    }

    /// Sets the options whose values are given, by dotted path; `nil` values leave an option as it is.
    @usableFromInline consuming func options(_ values: KeyValuePairs<String, JSON?>) -> Self {
        modified {
            if $0.model.options == nil { $0.model.options = JSONObject() }
            for case let (path, value?) in values { $0.model.options!.setValue(value, atPath: path) }
        }
    }

    /// Sets members of the option object `group` (`legend`, `tooltip`...) whose values are given;
    /// `nil` values leave a member as it is.
    @usableFromInline consuming func options(in group: String, _ values: KeyValuePairs<String, JSON?>) -> Self {
        modified {
            if $0.model.options == nil { $0.model.options = JSONObject() }
            $0.model.options!.updateObject(group) { object in
                for case let (key, value?) in values { object.setValue(value, atPath: key) }
            }
        }
    }

    /// Sets the minimum query interval (`1m`).
    @inlinable public consuming func interval(_ interval: String) -> Self { modified { $0.model.interval = interval } }

    /// Sets the most data points a query asks for.
    @inlinable public consuming func maxDataPoints(_ count: Int) -> Self { modified { $0.model.maxDataPoints = count } }

    /// Gives the panel its own relative time range (`1h`) and time shift (`1d`).
    @inlinable public consuming func time(from: String? = nil, shift: String? = nil, hidden: Bool? = nil) -> Self {
        modified {
            $0.model.timeFrom = from
            $0.model.timeShift = shift
            $0.model.hideTimeOverride = hidden
        }
    }

    /// Repeats the panel for each value of `variable`, side by side (`.horizontal`) or stacked.
    @inlinable public consuming func `repeat`(_ variable: String, direction: RepeatDirection = .horizontal, maxPerRow: Int? = nil) -> Self {
        modified {
            $0.model.repeat = variable
            $0.model.repeatDirection = direction.rawValue
            $0.model.maxPerRow = maxPerRow
        }
    }

    /// Makes the panel's background transparent.
    @inlinable public consuming func transparent(_ transparent: Bool = true) -> Self { modified { $0.model.transparent = transparent } }

    /// Adds a link to the panel header's menu.
    @inlinable public consuming func link(_ title: String, url: String, newTab: Bool? = nil) -> Self {
        modified { $0.model.links = ($0.model.links ?? []) + [PanelLink(title: title, url: url, targetBlank: newTab)] }
    }

    /// Adds transformations of the query results, in order.
    @inlinable public consuming func transformations(@TransformationBuilder _ build: () -> [Transformation]) -> Self {
        modified { $0.model.transformations = ($0.model.transformations ?? []) + build() }
    }

    /// Shows a library panel instead of its own content.
    @inlinable public consuming func libraryPanel(uid: String, name: String) -> Self {
        modified { $0.model.libraryPanel = LibraryPanelRef(uid: uid, name: name) }
    }
}

/// Which way a repeated panel's copies go.
public struct RepeatDirection: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    /// Side by side.
    public static let horizontal: RepeatDirection = "h"
    /// Stacked.
    public static let vertical: RepeatDirection = "v"
}
