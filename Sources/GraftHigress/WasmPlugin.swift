import GraftJSON
import GraftMonitoring

/// A Higress `WasmPlugin` (`extensions.higress.io/v1alpha1`, `api/extensions/v1alpha1/wasmplugin.proto`):
/// a Wasm module the gateway loads, where in the filter chain, and its configuration, by default and
/// per route (`ingress`), domain or service.
public struct WasmPlugin: Sendable, Hashable {
    /// Name, namespace (the gateway's), labels.
    public var metadata: ObjectMeta
    /// The module and its settings.
    public var spec: Spec

    /// A plugin from its parts.
    public init(metadata: ObjectMeta, spec: Spec) {
        self.metadata = metadata
        self.spec = spec
    }

    /// The resource's `spec`; keys as the proto's JSON names them, in their sorted order (as kubectl prints them).
    public struct Spec: JSONModel, Sendable {
        /// The configuration of every route, unless `defaultConfigDisable`.
        public var defaultConfig: JSONObject?
        /// Whether `defaultConfig` applies nowhere (only `matchRules` do).
        public var defaultConfigDisable: Bool?
        /// What a fatal error of the plugin does to requests.
        public var failStrategy: FailStrategy?
        /// When to pull the image again.
        public var imagePullPolicy: PullPolicy?
        /// A docker pull Secret in the plugin's namespace.
        public var imagePullSecret: String?
        /// Configurations for some routes, domains or services.
        public var matchRules: [MatchRule]?
        /// Where in the filter chain the plugin goes.
        public var phase: Phase?
        /// The order among plugins of one phase: higher runs first.
        public var priority: Int?
        /// The module's checksum.
        public var sha256: String?
        /// The module: `oci://` image, `http(s)://` or `file://` URL.
        public var url: String
        public var unmodeled = JSONObject()

        /// A spec loading `url`.
        public init(url: String, phase: Phase? = nil, priority: Int? = nil, failStrategy: FailStrategy? = nil,
                    imagePullPolicy: PullPolicy? = nil, defaultConfig: JSONObject? = nil, defaultConfigDisable: Bool? = nil,
                    matchRules: [MatchRule]? = nil) {
            self.url = url
            self.phase = phase
            self.priority = priority
            self.failStrategy = failStrategy
            self.imagePullPolicy = imagePullPolicy
            self.defaultConfig = defaultConfig
            self.defaultConfigDisable = defaultConfigDisable
            self.matchRules = matchRules
        }

        public static let jsonDescription = "a WasmPlugin spec"
        public static var unread: Spec { Spec(url: "") }

        public func fields(_ v: inout some FieldVisitor<Spec>) {
            field("defaultConfig", \.defaultConfig, .strict, in: &v)
            field("defaultConfigDisable", \.defaultConfigDisable, .strict, in: &v)
            field("failStrategy", \.failStrategy, .strict, in: &v)
            field("imagePullPolicy", \.imagePullPolicy, .strict, in: &v)
            field("imagePullSecret", \.imagePullSecret, .strict, in: &v)
            field("matchRules", \.matchRules, .strict, in: &v)
            field("phase", \.phase, .strict, in: &v)
            field("priority", \.priority, .strict, in: &v)
            field("sha256", \.sha256, .strict, in: &v)
            required("url", \.url, .fails("the module's URL"), in: &v)
        }
    }

    /// A configuration for some routes (`ingress`, the route's name), domains or services.
    public struct MatchRule: JSONModel, Sendable {
        /// The configuration where the rule matches.
        public var config: JSONObject?
        /// Whether the plugin is off where the rule matches.
        public var configDisable: Bool?
        /// Domains the rule matches.
        public var domain: [String]?
        /// Routes (Ingress names: an AI route `qwen` is `ai-route-qwen.internal`) the rule matches.
        public var ingress: [String]?
        /// Services (`name.namespace.svc.cluster.local:port`) the rule matches.
        public var service: [String]?
        public var unmodeled = JSONObject()

        /// A rule giving `config` to `routes`.
        public init(routes: [String], config: JSONObject) {
            ingress = routes
            self.config = config
        }

        public static let jsonDescription = "a WasmPlugin match rule"
        public static var unread: MatchRule { MatchRule(routes: [], config: JSONObject()) }

        public func fields(_ v: inout some FieldVisitor<MatchRule>) {
            field("config", \.config, .strict, in: &v)
            field("configDisable", \.configDisable, .strict, in: &v)
            field("domain", \.domain, .strict, in: &v)
            field("ingress", \.ingress, .strict, in: &v)
            field("service", \.service, .strict, in: &v)
        }
    }

    /// Where in the filter chain a plugin goes (Istio's `PluginPhase`).
    public enum Phase: String, ConfigEnum, Sendable {
        /// Where the control plane puts it: at the end, before the router.
        case unspecified = "UNSPECIFIED_PHASE"
        /// Before authentication.
        case authn = "AUTHN"
        /// Before authorization, after authentication.
        case authz = "AUTHZ"
        /// Before the stats filters, after authorization.
        case stats = "STATS"
    }

    /// What a fatal error of the plugin (a module that cannot be fetched, a crash) does to requests.
    public enum FailStrategy: String, ConfigEnum, Sendable {
        /// They fail with a 5xx.
        case failClose = "FAIL_CLOSE"
        /// They pass without the plugin.
        case failOpen = "FAIL_OPEN"
    }

    /// When an OCI image is pulled.
    public enum PullPolicy: String, ConfigEnum, Sendable {
        /// `IfNotPresent`, or `Always` for the `latest` tag.
        case unspecified = "UNSPECIFIED_POLICY"
        /// Only when the image is not there yet.
        case ifNotPresent = "IfNotPresent"
        /// On every load.
        case always = "Always"
    }

    /// The API group and version.
    public static let apiVersion = "extensions.higress.io/v1alpha1"
    /// The kind.
    public static let kind = "WasmPlugin"
    /// The folder of `manifests/` plugins are written to.
    public static let folder = "higress"

    /// The plugin as the resource `graft render` writes, refused (naming the field) when its spec is wrong.
    public var resource: KubernetesResource {
        guard case .object(let object) = spec.jsonValue else { preconditionFailure("a JSONModel writes an object") }
        return KubernetesResource(apiVersion: Self.apiVersion, kind: Self.kind, metadata: metadata, spec: object, folder: Self.folder,
                                  specProblems: problems)
    }

    /// What the gateway would refuse or silently ignore.
    var problems: [FieldProblem] {
        var problems: [FieldProblem] = []
        let schemes = ["oci://", "http://", "https://", "file://"]
        if !schemes.contains(where: spec.url.hasPrefix) {
            problems.append(FieldProblem("spec.url", "\"\(spec.url)\" is not an oci://, http(s):// or file:// URL"))
        }
        if let priority = spec.priority, priority < 0 || priority > Int(Int32.max) {
            problems.append(FieldProblem("spec.priority", "\(priority) is not a priority from 0 to \(Int32.max)"))
        }
        if spec.defaultConfigDisable != true, spec.defaultConfig == nil, spec.matchRules?.isEmpty ?? true {
            problems.append(FieldProblem("spec", "the plugin has no configuration: give a defaultConfig or matchRules"))
        }
        for (index, rule) in (spec.matchRules ?? []).enumerated() {
            let targets = (rule.ingress ?? []) + (rule.domain ?? []) + (rule.service ?? [])
            if targets.isEmpty { problems.append(FieldProblem("spec.matchRules[\(index)]", "a match rule needs an ingress, domain or service")) }
            if targets.contains(where: \.isEmpty) { problems.append(FieldProblem("spec.matchRules[\(index)]", "a route, domain or service name is empty")) }
            if rule.config == nil, rule.configDisable != true {
                problems.append(FieldProblem("spec.matchRules[\(index)].config", "a match rule needs a config unless configDisable is true"))
            }
        }
        return problems
    }
}
