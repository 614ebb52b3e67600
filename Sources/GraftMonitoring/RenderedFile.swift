/// A file Graft renders: its path relative to the folder it is written in, and its exact bytes.
public struct RenderedFile: Sendable, Hashable {
    /// The path below the folder (`dashboards/higress-ai.json`, `monitors/higress-gateway.podmonitor.yaml`).
    public var path: String
    /// The exact bytes.
    public var bytes: [UInt8]
    /// Why the object in it needs `kubectl apply --server-side`, when it does (a client-side apply refuses it).
    public var serverSideApply: String?

    /// A file at `path` holding `bytes`.
    public init(path: String, bytes: [UInt8], serverSideApply: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.serverSideApply = serverSideApply
    }
}

/// One file of `manifests/`, its path relative to `manifests/`.
public typealias ManifestFile = RenderedFile
