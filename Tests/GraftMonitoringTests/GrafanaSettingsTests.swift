import GraftMonitoring
import GraftTestSupport
import HigressCatalog
import Testing

/// What a catalog asks of Grafana itself: embedding settings (grafana.ini and Helm values) and its datasources as grafana-operator CRs.
@Suite struct GrafanaSettingsTests {
    @Test func embeddingIsAGrafanaIniFragmentAndHelmValues() throws {
        let files = try renderManifests(monitors: [], dashboards: [], settings: DeliverySettings(grafana: .embeddable))
        let ini = try #require(files.first { $0.path == ManifestLayout.grafanaINI })
        #expect(String(decoding: ini.bytes, as: UTF8.self) == "[security]\nallow_embedding = true\ncookie_samesite = none\ncookie_secure = true\n")
        #expect(try file(ManifestLayout.grafanaHelmValues, in: files) == .map([
            "grafana.ini": .map(["security": .map(["allow_embedding": .bool(true), "cookie_samesite": .string("none"), "cookie_secure": .bool(true)])]),
        ]))
        // Nothing asked, nothing written.
        let plain = try renderManifests(monitors: [], dashboards: [])
        #expect(!plain.contains { $0.path.hasPrefix("grafana/") })
    }

    @Test func onlyTheSettingsGivenAreWritten() {
        let settings = GrafanaServerSettings(cookieSameSite: .lax)
        #expect(String(decoding: settings.iniFragment(), as: UTF8.self) == "[security]\ncookie_samesite = lax\n")
    }

    @Test func eachDatasourceIsAGrafanaDatasource() throws {
        let files = try renderManifests(monitors: [], dashboards: [], settings: higressDelivery)
        #expect(try file("grafana-operator/datasource-loki.grafanadatasource.yaml", in: files) == .map([
            "apiVersion": .string("grafana.integreatly.org/v1beta1"), "kind": .string("GrafanaDatasource"),
            "metadata": .map(["name": .string("datasource-loki"), "namespace": .string("monitoring"),
                              "labels": .map(["app.kubernetes.io/managed-by": .string("graft")])]),
            "spec": .map([
                "instanceSelector": .map(["matchLabels": .map(["dashboards": .string("grafana")])]),
                "datasource": .map(["name": .string("Loki"), "type": .string("loki"), "uid": .string("loki"), "access": .string("proxy"),
                                    "url": .string("http://higress-console-loki.higress-system.svc:3100"), "isDefault": .bool(false)]),
            ]),
        ]))
        #expect(files.contains { $0.path == "grafana-operator/datasource-prometheus.grafanadatasource.yaml" })
    }
}
