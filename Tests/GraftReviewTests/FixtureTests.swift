import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Graft
import GraftTestSupport
import HigressCatalog
import Testing

/// The Higress metrics fixture serves what the catalog's metric table says the gateway exposes.
@Suite struct FixtureTests {
    /// Families of an exposition: type and label names (without `le`), by family name.
    private func families(_ text: String) -> [String: (type: String, labels: Set<String>)] {
        var result: [String: (type: String, labels: Set<String>)] = [:]
        var current = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                current = String(parts[2])
                result[current] = (String(parts[3]), [])
                continue
            }
            guard let open = line.firstIndex(of: "{"), let close = line.lastIndex(of: "}") else { continue }
            let names = line[line.index(after: open)..<close].split(separator: ",").compactMap { $0.split(separator: "=").first.map(String.init) }
            result[current]?.labels.formUnion(names.filter { $0 != "le" })
        }
        return result
    }

    private func samples(_ text: String) -> [String: Double] {
        Dictionary(text.split(separator: "\n").filter { !$0.hasPrefix("#") }.compactMap { line in
            line.lastIndex(of: " ").flatMap { space in Double(line[line.index(after: space)...]).map { (String(line[..<space]), $0) } }
        }, uniquingKeysWith: { $1 })
    }

    @Test func everyFamilyOfTheTableIsServedWithItsTypeAndLabels() {
        let exposition = HigressMetricsExposition()
        let served = families(exposition.envoyStats(pod: 0, at: 30)).merging(families(exposition.cAdvisor(at: 30))) { $1 }
        for family in higressMetrics.families.values {
            let entry = served[family.name]
            #expect(entry?.type == family.type.rawValue, "\(family.name)")
            #expect(entry?.labels == Set(family.labels), "\(family.name): served \(entry?.labels.sorted() ?? []), table \(family.labels.sorted())")
        }
    }

    @Test(arguments: [0, 1])
    func countersNeverDecreaseAndBucketsAreCumulative(pod: Int) {
        let exposition = HigressMetricsExposition()
        let counters = families(exposition.envoyStats(pod: pod, at: 0)).filter { $0.value.type != "gauge" }.map(\.key)
        var previous = samples(exposition.envoyStats(pod: pod, at: 0))
        for second in stride(from: 1.0, through: 120, by: 1) {
            let now = samples(exposition.envoyStats(pod: pod, at: second))
            for (series, value) in now where counters.contains(where: { series.hasPrefix($0) }) {
                #expect(value >= previous[series] ?? 0, "\(series) fell at \(second) s")
            }
            previous = now
        }
        // Buckets grow with `le` and end at `_count`.
        let text = exposition.envoyStats(pod: pod, at: 60)
        let buckets = text.split(separator: "\n").filter { $0.hasPrefix("envoy_http_downstream_rq_time_bucket{http_conn_manager_prefix=\"outbound_0.0.0.0_80\"") }
        let counts = buckets.compactMap { $0.split(separator: " ").last.flatMap { Double($0) } }
        #expect(counts.count == HigressMetricsExposition.envoyBuckets.count + 1)
        #expect(counts == counts.sorted())
        #expect(samples(text)["envoy_http_downstream_rq_time_count{http_conn_manager_prefix=\"outbound_0.0.0.0_80\"}"] == counts.last)
    }

    @Test func theServerAnswersPerPodAndRefusesUnknownPods() async throws {
        let fixture = try HigressMetricsFixture()
        defer { fixture.stop() }
        let pod = HigressMetricsExposition.gatewayPods[1]
        let (body, response) = try await URLSession.shared.data(from: URL(string: "http://\(fixture.address)/stats/prometheus?pod=\(pod)")!)
        #expect((response as? HTTPURLResponse)?.statusCode == 200)
        #expect(String(decoding: body, as: UTF8.self).contains("cluster_name=\"outbound|443||llm-qwen.internal.dns\""))
        let (_, missing) = try await URLSession.shared.data(from: URL(string: "http://\(fixture.address)/stats/prometheus?pod=nope")!)
        #expect((missing as? HTTPURLResponse)?.statusCode == 404)
    }

    @Test(.enabled(if: TestEnvironment.promtool != nil, "skipped: promtool is not installed (apt-get install -y prometheus)"),
          arguments: [false, true])
    func theScrapeConfigsItPrintsArePrometheusConfigs(simulatingDiscovery: Bool) throws {
        let fixture = try HigressMetricsFixture()
        defer { fixture.stop() }
        var gateway: String?
        if simulatingDiscovery {
            let targets = fixture.discoveredTargets.map { StaticTargetGroup(targets: [$0.address], labels: $0.labels) }
            gateway = String(decoding: try ScrapeConfigFile(scrapeConfigs: higressGatewayMonitor.scrapeConfigs(discovery: .staticTargets(targets))).yaml(), as: UTF8.self)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graft-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("prometheus.yml")
        try Data(fixture.prometheusConfig(gatewayScrapeConfigs: gateway).utf8).write(to: path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestEnvironment.promtool!)
        process.arguments = ["check", "config", path.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "\(text)")
    }
}
