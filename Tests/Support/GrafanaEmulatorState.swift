import Foundation
import GraftJSON

/// A saved dashboard in the emulator: the row of Grafana's `dashboard` table and its versions.
public struct EmulatedDashboard: Sendable {
    /// The numeric id.
    public var id: Int
    /// The uid.
    public var uid: String
    /// The JSON model as stored, `id`, `uid` and `version` set by the server.
    public var data: JSONObject
    /// The current version.
    public var version: Int
    /// The folder's uid, empty at the root.
    public var folderUID: String
    /// Who created it (login).
    public var createdBy: String
    /// Who saved it last (login).
    public var updatedBy: String
    /// When it was created.
    public var created: Date
    /// When it was saved last.
    public var updated: Date
    /// Every saved version, oldest first.
    public var versions: [EmulatedDashboardVersion]
    /// The app-platform identity that saved it last (`user:<uid>`, `service-account:<uid>`).
    public var updatedByIdentity: String = ""
    /// The app-platform identity that created it.
    public var createdByIdentity: String = ""
    /// Annotations a client set through the app-platform API (manager, source...); the server's own
    /// (`createdBy`, `updatedBy`, `updatedTimestamp`, `folder`) are made from the fields above.
    public var annotations: [String: String] = [:]
    /// The version of `dashboard.grafana.app` it is stored in: `v0alpha1`/`v1beta1`/`v1` for a
    /// classic spec, `v2*` for a dynamic dashboard saved from the UI.
    public var storedVersion = "v0alpha1"
    /// The v2 spec (elements + layout) when `storedVersion` is a v2 one; `data` then holds the
    /// server's lossy down-conversion of it.
    public var v2Spec: JSONObject?
    /// Changes on every write, spec or not (k8s `resourceVersion`).
    public var resourceVersion = 0
    /// The k8s object uid (unrelated to the dashboard uid).
    public var objectUID = ""

    /// Whether it is stored in the v2 schema.
    public var isStoredAsV2: Bool { storedVersion.hasPrefix("v2") }

    /// The title.
    public var title: String { data["title"]?.stringValue ?? "" }
}

/// One row of Grafana's `dashboard_version` table.
public struct EmulatedDashboardVersion: Sendable {
    /// The row id.
    public var id: Int
    /// The version number.
    public var version: Int
    /// The version it replaced (0 for the first).
    public var parentVersion: Int
    /// The version it was restored from (0 when it was not a restore).
    public var restoredFrom: Int
    /// The save message.
    public var message: String
    /// Who saved it (login).
    public var createdBy: String
    /// When it was saved.
    public var created: Date
    /// The JSON model it saved.
    public var data: JSONObject
}

/// A folder in the emulator.
public struct EmulatedFolder: Sendable {
    /// The numeric id.
    public var id: Int
    /// The uid.
    public var uid: String
    /// The title.
    public var title: String
    /// The parent folder's uid, `nil` at the root.
    public var parentUID: String?
    /// Who created it (login).
    public var createdBy: String
    /// When it was created.
    public var created: Date
    /// Annotations a client set through the app-platform API (manager...).
    public var annotations: [String: String] = [:]
    /// Changes on every write (k8s `resourceVersion`).
    public var resourceVersion = 0
    /// The app-platform identity that created it.
    public var createdByIdentity = ""
}

/// A datasource in the emulator.
public struct EmulatedDatasource: Sendable {
    /// The numeric id.
    public var id: Int
    /// The uid.
    public var uid: String
    /// The unique name.
    public var name: String
    /// The plugin id (`prometheus`).
    public var type: String
    /// The URL it reads from.
    public var url: String
    /// `proxy` or `direct`.
    public var access: String
    /// Whether it is the org's default.
    public var isDefault: Bool
    /// Plugin settings.
    public var jsonData: JSONObject
}

/// Who is calling, once authenticated.
struct EmulatedAccount: Sendable {
    /// The login recorded as `createdBy`/`updatedBy`.
    var login: String
    /// The organisation role.
    var role: GrafanaEmulator.Role
    /// What the app-platform API records as `createdBy`/`updatedBy` (`user:<uid>`, `service-account:<uid>`).
    var identity: String
}

/// Everything the emulator knows; always used under its lock.
struct GrafanaEmulatorState: Sendable {
    var options: GrafanaEmulator.Options
    var tokens: [String: EmulatedAccount] = [:]
    var users: [String: (password: String, account: EmulatedAccount)] = [:]
    var dashboards: [String: EmulatedDashboard] = [:]
    var folders: [String: EmulatedFolder] = [:]
    var datasources: [EmulatedDatasource] = []
    var nextID = 1
    var random: SplitMix64
    var requestLog: [GrafanaEmulator.RecordedRequest] = []
    var beforeHandling: (@Sendable (HTTPServerRequest) -> Void)?
    /// Logins that may not save into a folder (by folder uid).
    var folderWriteDenied: [String: Set<String>] = [:]
    /// Requests that changed what is stored.
    var storedChanges = 0
    /// The last `resourceVersion` given out: one counter for every object, as a store's revision is.
    var lastResourceVersion = 1_700_000_000_000

    init(options: GrafanaEmulator.Options) {
        self.options = options
        random = SplitMix64(seed: options.seed)
    }

    /// A fresh numeric id for any row (Grafana's tables each count on their own; one counter is enough here).
    mutating func takeID() -> Int {
        defer { nextID += 1 }
        return nextID
    }

    /// A uid no dashboard, folder or datasource has.
    mutating func freshUID() -> String {
        while true {
            let uid = GrafanaIdentifiers.generateUID(using: &random)
            if dashboards[uid] == nil, folders[uid] == nil, !datasources.contains(where: { $0.uid == uid }) { return uid }
        }
    }

    /// A fresh `resourceVersion` (unix-millis-like, as legacy storage gives them; opaque to clients).
    mutating func takeResourceVersion() -> Int {
        lastResourceVersion += 1
        return lastResourceVersion
    }

    /// The account signing in as `login` (a user's login or a service account's `sa-<name>`).
    func account(login: String) -> EmulatedAccount? {
        users[login]?.account ?? tokens.values.first { $0.login == login }
    }

    /// Whether `account` may save into folder `uid` (the root is always writable for editors).
    func canWrite(folder uid: String, _ account: EmulatedAccount) -> Bool {
        account.role >= .editor && !(folderWriteDenied[uid]?.contains(account.login) ?? false)
    }

    /// The folder's ancestors, root first (empty for a top-level folder).
    func ancestors(of folder: EmulatedFolder) -> [EmulatedFolder] {
        var chain: [EmulatedFolder] = []
        var parent = folder.parentUID
        while let uid = parent, let next = folders[uid] {
            chain.insert(next, at: 0)
            parent = next.parentUID
        }
        return chain
    }
}

/// Response bodies in Grafana's conventions (notes §0).
enum GrafanaReply {
    /// `{"message": ...}`, with `"traceID": ""` when Grafana's handler passed an error along,
    /// and `"status"` for dashboard errors that carry one.
    static func error(_ code: Int, _ message: String, status: String? = nil, traceID: Bool = false) -> HTTPServerResponse {
        var body: JSONObject = ["message": .string(message)]
        if let status { body["status"] = .string(status) }
        if traceID { body["traceID"] = "" }
        return .json(code, .object(body))
    }

    /// An errutil error: `{"extra","message","messageId","statusCode","traceID"}`.
    static func errutil(_ code: Int, _ message: String, messageID: String) -> HTTPServerResponse {
        .json(code, ["extra": nil, "message": .string(message), "messageId": .string(messageID), "statusCode": .int(code), "traceID": ""])
    }

    /// The RBAC middleware's 403 for a missing permission.
    static func accessDenied(_ action: String) -> HTTPServerResponse {
        .json(403, [
            "title": "Access denied",
            "message": .string("You'll need additional permissions to perform this action. Permissions needed: \(action)"),
            "accessErrorId": "ACE0000000001",
        ])
    }

    /// RFC 3339 time, as Go writes `time.Time`.
    static func time(_ date: Date) -> JSON { .string(date.formatted(.iso8601)) }
}
