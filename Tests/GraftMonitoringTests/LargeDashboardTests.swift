import Foundation
import GraftCatalog
import GraftJSON
import GraftModel
@testable import GraftMonitoring
import HigressCatalog
import Testing
import Yams

/// Big dashboards are delivered by default: the GrafanaDashboard gzipped (`spec.gzipJson`), the sidecar
/// ConfigMap marked for `kubectl apply --server-side`; the 1 MiB and 262,144-byte limits stay checked.
@Suite struct LargeDashboardTests {
    /// The Higress AI dashboard with its panels repeated (new ids) until its JSON is at least `size` bytes.
    func bigDashboard(atLeast size: Int) throws -> DashboardArtifact {
        let rendered = try #require(try higressCatalog.renderDashboards().first)
        guard case .object(var dashboard) = try JSONParser.parse(rendered.json), let panels = dashboard["panels"]?.arrayValue else {
            throw CocoaError(.fileReadCorruptFile)
        }
        // Without datasource inputs the sidecar's ConfigMap carries the file's bytes as they are.
        dashboard["__inputs"] = nil
        var all: [JSON] = []
        var copy = 0
        var bytes: [UInt8] = []
        while bytes.count < size {
            for panel in panels {
                guard case .object(var object) = panel else { continue }
                object["id"] = .int(all.count + 1)
                object["title"] = .string((object["title"]?.stringValue ?? "") + " #\(copy)")
                all.append(.object(object))
            }
            copy += 1
            dashboard["panels"] = .array(all)
            var writer = JSONWriter()
            writer.value(.object(dashboard))
            bytes = writer.bytes
        }
        let model = try DashboardModel(json: .object(dashboard))
        return DashboardArtifact(fileStem: "higress-ai-big", model: model, json: bytes)
    }

    /// `text` decoded from base64 and gunzipped by the system's `base64` and `gzip`, not by Graft.
    func gunzipped(_ text: String) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-gzip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(text.utf8).write(to: folder.appendingPathComponent("dashboard.b64"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "base64 -d dashboard.b64 | gzip -d > dashboard.json"]
        process.currentDirectoryURL = folder
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "base64 -d | gzip -d failed")
        return [UInt8](try Data(contentsOf: folder.appendingPathComponent("dashboard.json")))
    }

    @Test("a 600 KB dashboard renders by default: its GrafanaDashboard carries gzipJson, which unzips to the JSON; its ConfigMap is marked for server-side apply")
    func sixHundredKilobytes() throws {
        let artifact = try bigDashboard(atLeast: 600_000)
        #expect(artifact.json.count >= 600_000)
        let files = try renderManifests(monitors: [], dashboards: [artifact])
        let resource = try YAMLValue(yaml: try #require(files.first { $0.path == "grafana-operator/higress-ai-big.grafanadashboard.yaml" }).bytes)
        #expect(resource["spec"]?["json"] == nil)
        let gzipped = try #require(resource["spec"]?["gzipJson"]?.string)
        #expect(try gunzipped(gzipped) == artifact.json, "gzipJson does not unzip to the dashboard")
        // The gzip header is the same on every platform: no time, best compression, Unix.
        let header = try #require(Data(base64Encoded: gzipped)).prefix(10)
        #expect(Array(header) == [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 2, 3])
        let resourceFile = try #require(files.first { $0.path == "grafana-operator/higress-ai-big.grafanadashboard.yaml" })
        #expect(resourceFile.serverSideApply == nil, "the gzipped CR fits a client-side apply")
        #expect(resourceFile.bytes.count < ObjectSizeLimits.annotationBytes / 2)

        let configMapFile = try #require(files.first { $0.path == "sidecar/higress-ai-big.configmap.yaml" })
        let configMap = try YAMLValue(yaml: configMapFile.bytes)
        #expect(configMap["metadata"]?["annotations"]?["graft.dev/apply"] == .string("server-side"))
        #expect(configMap["data"]?["higress-ai-big.json"]?.string.map { Array($0.utf8) == artifact.json } == true)
        let reason = try #require(configMapFile.serverSideApply)
        #expect(reason.hasPrefix("ConfigMap monitoring/grafana-dashboard-higress-ai-big holds a "))
        #expect(reason.contains("262,144"))
        #expect(files.filter { $0.serverSideApply != nil }.map(\.path) == ["sidecar/higress-ai-big.configmap.yaml"])
        // Rendering again gives the same bytes (the gzip stream included).
        #expect(try renderManifests(monitors: [], dashboards: [artifact]) == files)
    }

    @Test("applied server-side, nothing is marked; the CR is still gzipped when large")
    func serverSideSettings() throws {
        let artifact = try bigDashboard(atLeast: 300_000)
        let files = try renderManifests(monitors: [], dashboards: [artifact], settings: DeliverySettings(applyMethod: .serverSide))
        #expect(files.allSatisfy { $0.serverSideApply == nil })
        let configMap = try YAMLValue(yaml: try #require(files.first { $0.path == "sidecar/higress-ai-big.configmap.yaml" }).bytes)
        #expect(configMap["metadata"]?["annotations"]?["graft.dev/apply"] == nil)
        let resource = try YAMLValue(yaml: try #require(files.first { $0.path == "grafana-operator/higress-ai-big.grafanadashboard.yaml" }).bytes)
        #expect(resource["spec"]?["gzipJson"] != nil)
    }

    @Test("a small dashboard stays inline and unmarked")
    func smallStaysInline() throws {
        let artifact = try bigDashboard(atLeast: 1)
        let files = try renderManifests(monitors: [], dashboards: [artifact])
        let resource = try YAMLValue(yaml: try #require(files.first { $0.path == "grafana-operator/higress-ai-big.grafanadashboard.yaml" }).bytes)
        #expect(resource["spec"]?["json"]?.string.map { Array($0.utf8) == artifact.json } == true)
        #expect(resource["spec"]?["gzipJson"] == nil)
        #expect(files.allSatisfy { $0.serverSideApply == nil })
    }

    @Test("over the 1 MiB a ConfigMap holds, the render stops by default too, naming the other ways")
    func overAConfigMap() throws {
        let artifact = try bigDashboard(atLeast: 1_100_000)
        let error = try #require(throws: ManifestError.self) { try renderManifests(monitors: [], dashboards: [artifact]) }
        #expect(error.file == "manifests/sidecar/higress-ai-big.configmap.yaml")
        #expect(error.problem.contains("over the 1,048,576 bytes a ConfigMap may hold"))
        #expect(error.problem.contains("grafana-operator"))
        #expect(manifestProblems(monitors: [], dashboards: [artifact]).count == 1, "the gzipped CR is fine")
    }

    @Test("a dashboard that gzip cannot shrink enough for a client-side apply is refused naming gzipJson and the server-side setting")
    func incompressible() throws {
        // 420,000 characters of a 64-letter alphabet from a fixed generator: gzip keeps about 3/4 of them.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
        var noise: [UInt8] = []
        for _ in 0..<420_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            noise.append(letters[Int(state >> 58)])
        }
        let json = Array("{\n  \"description\": \"".utf8) + noise + Array("\",\n  \"uid\": \"higress-ai\"\n}".utf8)
        let problems = manifestProblems(monitors: [], dashboards: [higressArtifact(json: json)])
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.file == "manifests/grafana-operator/higress-ai.grafanadashboard.yaml")
        #expect(problem.field == "spec.gzipJson")
        #expect(problem.problem.contains("too large for `kubectl apply` even gzipped"))
        #expect(problem.problem.contains(".serverSide"))
        #expect(manifestProblems(monitors: [], dashboards: [higressArtifact(json: json)], settings: DeliverySettings(applyMethod: .serverSide)).isEmpty)
    }

    @Test("base64 as Foundation writes it, at every length's padding")
    func base64() {
        for length in 0..<8 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 97 + 200) }
            #expect(GzipBase64.base64(bytes) == Data(bytes).base64EncodedString(), "\(length) bytes")
        }
    }
}
