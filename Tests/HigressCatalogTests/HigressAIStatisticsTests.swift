import Foundation
import Graft
import GraftHigress
import GraftJSON
import GraftTestSupport
import Testing
import Yams
@testable import HigressCatalog

/// The ai-statistics plugin as code: the deployment note's configuration, its WasmPlugin, and what is refused.
@Suite struct HigressAIStatisticsTests {
    /// The YAML the note pastes into the console (its last section), or `nil` without `../shared/seed`.
    static let notesYAML: String? = {
        guard let seed = TestEnvironment.sharedFile("seed"),
              let name = try? FileManager.default.contentsOfDirectory(atPath: seed.path).sorted().first(where: { $0.hasSuffix(".txt") }),
              let text = try? String(contentsOf: seed.appendingPathComponent(name), encoding: .utf8),
              let start = text.range(of: "\nattributes:\n") else { return nil }
        let block = text[start.lowerBound...]
        return String(block[..<(block.range(of: "```")?.lowerBound ?? block.endIndex)])
    }()

    /// A YAML value as JSON (what the plugin and the console read).
    static func json(_ value: Any) -> JSON {
        switch value {
        case let value as Bool: return .bool(value)
        case let value as Int: return .int(value)
        case let value as String: return .string(value)
        case let value as [Any]: return .array(value.map(json))
        case let value as [String: Any]: return .object(JSONObject(value.sorted { $0.key < $1.key }.map { ($0.key, json($0.value)) }))
        default: return .null
        }
    }

    @Test(.enabled(if: notesYAML != nil, "skipped: ../shared/seed (the deployment note) is absent"))
    func theCatalogsConfigurationIsTheNotesWithoutTheBearerToken() throws {
        let document = try #require(try Yams.load(yaml: Self.notesYAML!))
        let notes = try AIStatisticsConfig(json: Self.json(document), at: .root)
        let attributes = try #require(notes.attributes)
        #expect(attributes.count == 12)
        let token = try #require(attributes.firstIndex { $0.key == "bearer_token" })
        #expect(attributes[token].valueSource == AIStatisticsAttribute.ValueSource.requestHeader)
        #expect(attributes[token].value == "Authorization")
        var withoutToken = notes
        withoutToken.attributes?.remove(at: token)
        #expect(withoutToken.jsonValue == higressAIStatisticsConfig.jsonValue)
        // The note's own logs the API key; the catalog's does not.
        #expect(notes.logFields.contains { $0.name == "bearer_token" && $0.source.carriesCredential })
        #expect(!higressAIStatisticsConfig.logFields.contains { $0.source.carriesCredential })
    }

    @Test func theLogFieldsAreTheBuiltInOnesAndEveryLoggedAttribute() {
        let names = higressAIStatisticsConfig.logFields.map(\.name)
        #expect(names == ["model", "input_token", "output_token", "question", "answer", "consumer", "client_ip", "upstream_service_time_ms",
                          "request_arrive_timestamp", "response_start_timestamp", "total_token", "llm_first_token_duration",
                          "llm_service_duration", "response_type", "chat_id", "chat_round", "session_id", "api"])
        var noUsage = higressAIStatisticsConfig
        noUsage.disableOpenAIUsage = true
        noUsage.attributes = []
        #expect(!noUsage.logFields.contains { $0.name == "total_token" })
    }

    @Test func theWasmPluginIsTheConsolesResource() throws {
        let resource = higressAIStatistics.wasmPlugin.resource
        #expect(resource.path == "higress/ai-statistics-1.0.0.wasmplugin.yaml")
        let yaml = try #require(try Yams.load(yaml: String(decoding: try resource.yaml(), as: UTF8.self)) as? [String: Any])
        #expect(yaml["apiVersion"] as? String == "extensions.higress.io/v1alpha1")
        #expect(yaml["kind"] as? String == "WasmPlugin")
        let metadata = try #require(yaml["metadata"] as? [String: Any])
        #expect(metadata["namespace"] as? String == "higress-system")
        #expect((metadata["labels"] as? [String: String])?["higress.io/wasm-plugin-name"] == "ai-statistics")
        let spec = try #require(yaml["spec"] as? [String: Any])
        #expect(spec["url"] as? String == "oci://higress-registry.cn-hangzhou.cr.aliyuncs.com/plugins/ai-statistics:2.0.1")
        #expect(spec["phase"] as? String == "UNSPECIFIED_PHASE")
        #expect(spec["priority"] as? Int == 900)
        #expect(spec["failStrategy"] as? String == "FAIL_OPEN")
        #expect(spec["defaultConfigDisable"] as? Bool == true)
        #expect(Self.json(spec["defaultConfig"]!) == .object(higressAIStatisticsConfig.configuration))
        #expect(spec["matchRules"] == nil)
    }

    @Test func routesBecomeMatchRulesByIngress() throws {
        let plugin = AIStatisticsPlugin(higressAIStatisticsConfig, routes: [ConsoleRoutes.route(ofAIRoute: "qwen")])
        let rules = try #require(plugin.wasmPlugin.spec.matchRules)
        #expect(rules.map(\.ingress) == [["ai-route-qwen.internal"]])
        #expect(rules.first?.config == higressAIStatisticsConfig.configuration)
        #expect(try renderManifests(monitors: [], dashboards: [], resources: [plugin.wasmPlugin.resource]).contains {
            $0.path == "higress/ai-statistics-1.0.0.wasmplugin.yaml"
        })
    }

    @Test func aWrongPluginIsRefusedNamingTheField() throws {
        var plugin = higressAIStatistics.wasmPlugin
        plugin.spec.url = "registry.example/ai-statistics:1"
        plugin.spec.matchRules = [WasmPlugin.MatchRule(routes: [], config: [:])]
        let problems = manifestProblems(monitors: [], dashboards: [], resources: [plugin.resource])
        #expect(problems.map(\.field) == ["spec.url", "spec.matchRules[0]"])
        #expect(problems.allSatisfy { $0.file == "manifests/higress/ai-statistics-1.0.0.wasmplugin.yaml" })
        #expect(problems.first?.problem.contains("is not an oci://, http(s):// or file:// URL") == true)
        #expect(throws: ManifestError.self) { try renderManifests(monitors: [], dashboards: [], resources: [plugin.resource]) }
    }

    @Test func aValueSourceTypoNamesTheChoices() throws {
        let json: JSON = ["attributes": [["key": "model", "value": "x", "value_source": "response_bodyy"]]]
        #expect {
            _ = try AIStatisticsConfig(json: json, at: .root)
        } throws: { error in
            "\(error)".contains(#""response_bodyy""#) && "\(error)".contains(#""response_streaming_body""#)
        }
    }
}
