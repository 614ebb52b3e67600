/// A Grafana folder, by uid and title.
public struct FolderRef: Sendable, Hashable {
    /// The folder's uid: letters, digits, `-` and `_`, at most 40.
    public var uid: String
    /// The folder's title.
    public var title: String

    /// A folder with a uid and a title.
    public init(uid: String, title: String) {
        self.uid = uid
        self.title = title
    }
}

/// Where a dashboard lives: a folder, nested in the folders before it (root first).
public struct FolderPath: Sendable, Hashable {
    /// The folders from the root down; the last one holds the dashboard.
    public var folders: [FolderRef]

    /// A path of folders, root first.
    public init(_ folders: [FolderRef]) { self.folders = folders }

    /// A single top-level folder.
    public init(uid: String, title: String) { folders = [FolderRef(uid: uid, title: title)] }

    /// The folder that holds the dashboard.
    public var leaf: FolderRef? { folders.last }

    /// The titles joined with `/`, as a path on disk or in a sidecar annotation.
    public var titlePath: String { folders.map(\.title).joined(separator: "/") }
}
