import Yams

/// Where a key selector looks: a Secret or a ConfigMap.
public protocol KeySource: Sendable, Hashable {
    /// What messages call the object (`Secret`).
    static var objectKind: String { get }
    /// The folder under `/etc/prometheus/` where prometheus-operator mounts such objects.
    static var mountFolder: String { get }
}

/// Keys of Secrets: credentials, client keys.
public enum SecretSource: KeySource {
    /// `Secret`.
    public static let objectKind = "Secret"
    /// `secrets`.
    public static let mountFolder = "secrets"
}

/// Keys of ConfigMaps: CA certificates, which need not be secret.
public enum ConfigMapSource: KeySource {
    /// `ConfigMap`.
    public static let objectKind = "ConfigMap"
    /// `configmaps`.
    public static let mountFolder = "configmaps"
}

/// A key of a Secret or ConfigMap in the monitor's namespace: where credentials come from, never the credentials.
public struct KeySelector<Source: KeySource>: Sendable, Hashable {
    /// The object's name.
    public var name: String
    /// The key inside the object.
    public var key: String
    /// Whether the scrape may go on when the object or key is missing.
    public var optional: Bool?

    /// A reference to `key` in the object `name`.
    public init(name: String, key: String, optional: Bool? = nil) {
        self.name = name
        self.key = key
        self.optional = optional
    }
}

/// A key of a Secret.
public typealias SecretKeySelector = KeySelector<SecretSource>
/// A key of a ConfigMap.
public typealias ConfigMapKeySelector = KeySelector<ConfigMapSource>

/// A certificate from a Secret or a ConfigMap.
public enum SecretOrConfigMap: Sendable, Hashable {
    /// From a Secret.
    case secret(SecretKeySelector)
    /// From a ConfigMap.
    case configMap(ConfigMapKeySelector)
}

/// HTTP basic authentication with the user name and password taken from Secrets.
public struct BasicAuth: Sendable, Hashable {
    /// Where the user name is.
    public var username: SecretKeySelector
    /// Where the password is.
    public var password: SecretKeySelector

    /// Basic authentication from two Secret keys.
    public init(username: SecretKeySelector, password: SecretKeySelector) {
        self.username = username
        self.password = password
    }
}

/// An `Authorization` header whose credentials come from a Secret.
public struct SafeAuthorization: Sendable, Hashable {
    /// The scheme (`Bearer` when absent).
    public var type: String?
    /// Where the credentials are.
    public var credentials: SecretKeySelector

    /// An authorization header of `type` with credentials from a Secret.
    public init(type: String? = nil, credentials: SecretKeySelector) {
        self.type = type
        self.credentials = credentials
    }
}

/// TLS settings of a scrape, certificates and key by reference.
public struct TLSConfig: Sendable, Hashable {
    /// The CA that signs the target's certificate.
    public var ca: SecretOrConfigMap?
    /// The client certificate.
    public var cert: SecretOrConfigMap?
    /// The client certificate's key.
    public var keySecret: SecretKeySelector?
    /// The server name to verify the certificate against.
    public var serverName: String?
    /// Whether to skip verifying the target's certificate.
    public var insecureSkipVerify: Bool?

    /// TLS settings from their parts.
    public init(ca: SecretOrConfigMap? = nil, cert: SecretOrConfigMap? = nil, keySecret: SecretKeySelector? = nil,
                serverName: String? = nil, insecureSkipVerify: Bool? = nil) {
        self.ca = ca
        self.cert = cert
        self.keySecret = keySecret
        self.serverName = serverName
        self.insecureSkipVerify = insecureSkipVerify
    }
}

extension KeySelector: MountedKey {
    var yamlNode: Node { .fields(["name": name, "key": key, "optional": optional]) }

    var mountedPath: String { "/etc/prometheus/\(Source.mountFolder)/\(name)/\(key)" }
}

extension SecretOrConfigMap: MountedKey {
    var yamlNode: Node {
        switch self {
        case .secret(let selector): return .fields(["secret": selector])
        case .configMap(let selector): return .fields(["configMap": selector])
        }
    }

    var mountedPath: String {
        switch self {
        case .secret(let selector): return selector.mountedPath
        case .configMap(let selector): return selector.mountedPath
        }
    }
}

// Each written the same way in both documents: an endpoint of a monitor (`.crd`) and a scrape config (`.prometheus`).

extension BasicAuth {
    /// The user name and password, as selectors or as mounted files.
    func yamlNode(_ style: KeyStyle) -> Node {
        .fields([style.referenceKey("username"): style.reference(username), style.referenceKey("password"): style.reference(password)])
    }
}

extension SafeAuthorization {
    /// The scheme and the credentials, as a selector or as a mounted file.
    func yamlNode(_ style: KeyStyle) -> Node {
        .fields([style.key("type"): type, style.referenceKey("credentials"): style.reference(credentials)])
    }
}

extension TLSConfig {
    /// The certificates and key, as selectors or as mounted files, and the checks.
    func yamlNode(_ style: KeyStyle) -> Node {
        .fields([
            style.referenceKey("ca"): style.reference(ca), style.referenceKey("cert"): style.reference(cert),
            style.referenceKey("keySecret", file: "key_file"): style.reference(keySecret),
            style.key("serverName"): serverName, style.key("insecureSkipVerify"): insecureSkipVerify,
        ])
    }
}
