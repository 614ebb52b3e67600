import GraftJSON

/// A dashboard's JSON in the form Graft compares: members the server owns removed, every
/// number in JavaScript's canonical form, written by `JSONWriter` so keys come in a stable order.
/// Two dashboards are the same to Graft exactly when their normalised texts are equal.
public struct NormalizedDashboard: Sendable, Hashable {
    /// Top-level members Grafana sets or an import drops: never compared.
    public static let serverOwnedKeys: Set<String> = DashboardReader.serverSetKeys.union(["__inputs", "__requires", "__elements"])

    /// The normalised JSON.
    public let json: JSON
    /// It as text in Grafana's export format, for diffs.
    public let text: String
    /// A short hash of `text` (FNV-1a, 64 bits, hex): recorded in Graft's version messages.
    public let contentHash: String

    /// The normalised form of a dashboard's JSON model.
    public init(_ model: JSON) {
        var normalized = NormalizedDashboard.canonicalNumbers(model)
        if case .object(var object) = normalized {
            for key in NormalizedDashboard.serverOwnedKeys { object.removeValue(forKey: key) }
            normalized = .object(object)
        }
        json = normalized
        text = normalized.formatted(.grafana)
        contentHash = NormalizedDashboard.fnv1a64(text)
    }

    /// Numbers rewritten as JavaScript prints their value, so `1.0` and `1`, or Go's `1e-05` and
    /// `0.00001`, compare equal after Grafana has re-encoded a model.
    private static func canonicalNumbers(_ json: JSON) -> JSON {
        switch json {
        case .number(let number): return .number(JSONNumber(number.doubleValue))
        case .array(let elements): return .array(elements.map(canonicalNumbers))
        case .object(let object): return .object(JSONObject(object.members.map { ($0.key, canonicalNumbers($0.value)) }))
        default: return json
        }
    }

    private static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

/// The version message Graft saves with every push: it lets the next push tell a version Graft
/// wrote (and with what content, for which catalog) from one someone saved in the UI or through the API.
public struct PushMarker: Sendable, Hashable {
    /// The message's fixed start.
    public static let prefix = "Pushed by Graft, content "
    private static let ownerStart = " for catalog "
    /// The `NormalizedDashboard.contentHash` of what was pushed.
    public let contentHash: String
    /// The catalog that pushed it; `nil` in markers written before catalogs were recorded.
    public let owner: String?

    /// The marker for pushed content with this hash, by catalog `owner`.
    public init(contentHash: String, owner: String? = nil) {
        self.contentHash = contentHash
        self.owner = owner
    }

    /// The marker in a version message, or `nil` when the message is not Graft's.
    public init?(message: String) {
        guard message.hasPrefix(PushMarker.prefix) else { return nil }
        let rest = message.dropFirst(PushMarker.prefix.count)
        if let range = rest.range(of: PushMarker.ownerStart) {
            contentHash = String(rest[..<range.lowerBound])
            owner = String(rest[range.upperBound...])
        } else {
            contentHash = String(rest)
            owner = nil
        }
    }

    /// The version message.
    public var message: String { PushMarker.prefix + contentHash + (owner.map { PushMarker.ownerStart + $0 } ?? "") }
}
