/// The Grafana releases the emulator can act as, each with what the notes' "Grafana 12/13
/// app-platform API" section says it serves (discovery, versions, the classic API's answers).
extension GrafanaEmulator {
    /// A release whose behaviour the emulator takes on, selected per test.
    public enum Release: String, Sendable, CaseIterable, CustomStringConvertible {
        /// Grafana 11.3: the classic `/api` only for dashboards and folders.
        case grafana11 = "11.3.0"
        /// Grafana 12.x (12.2/12.3): `dashboard.grafana.app` v1beta1 preferred, v2beta1 for dynamic
        /// dashboards; the classic read of a v2-stored dashboard answers 406.
        case grafana12 = "12.3.0"
        /// Grafana 13.x: `dashboard.grafana.app` v2 preferred (dynamic dashboards on by default), v1 for
        /// classic specs; the classic save answers 409, the classic read of a v2-stored dashboard 200, lossily.
        case grafana13 = "13.0.0"

        public var description: String { "Grafana \(rawValue)" }
    }

    /// What the app-platform API of a release serves and how it answers.
    public struct AppPlatform: Sendable {
        /// `dashboard.grafana.app` versions in priority order (the first is preferred).
        public var dashboardVersions: [String]
        /// `folder.grafana.app` versions in priority order.
        public var folderVersions: [String]
        /// The version a UI save of a dynamic dashboard stores (`v2beta1` on 12.2+, `v2` on 13).
        public var uiSaveVersion: String
        /// Whether the classic `GET /api/dashboards/uid/:uid` of a v2-stored dashboard answers 406
        /// (12.x up to 12.3) rather than 200 with a lossy down-conversion (13.x).
        public var classicReadOfV2IsRefused: Bool
        /// Whether a `v0alpha1` read of a v2-stored dashboard reports `failed: true` ("backend
        /// conversion not yet implemented", before PR #114812) instead of converting it.
        public var v0ReadOfV2Fails: Bool
        /// The schemaVersion v1 writes migrate a spec to (mutate.go runs the migrations on v1
        /// writes, not on v0alpha1 ones). GUESS: only the number is raised here; the migrations'
        /// other changes are not emulated.
        public var latestSchemaVersion: Int
    }
}

extension GrafanaEmulator.Options {
    /// The options of `release`: its health version, classic save routing, versions format and app platform.
    public static func release(_ release: GrafanaEmulator.Release) -> GrafanaEmulator.Options {
        var options = GrafanaEmulator.Options()
        options.grafanaVersion = release.rawValue
        switch release {
        case .grafana11:
            options.appPlatform = nil
        case .grafana12:
            // The versions list is paged from 11.6 on (issue #104556); 12.x keeps 412 on the classic save.
            options.versionsFormat = .paged
            options.appPlatform = GrafanaEmulator.AppPlatform(
                dashboardVersions: ["v1beta1", "v0alpha1", "v2beta1", "v2alpha1"], folderVersions: ["v1beta1"],
                uiSaveVersion: "v2beta1", classicReadOfV2IsRefused: true, v0ReadOfV2Fails: true, latestSchemaVersion: 41)
        case .grafana13:
            options.versionsFormat = .paged
            options.saveRouting = .kubernetes
            // dashboardNewLayouts is on by default in 13: v2 first.
            options.appPlatform = GrafanaEmulator.AppPlatform(
                dashboardVersions: ["v2", "v2beta1", "v2alpha1", "v0alpha1", "v1", "v1beta1"], folderVersions: ["v1", "v1beta1"],
                uiSaveVersion: "v2", classicReadOfV2IsRefused: false, v0ReadOfV2Fails: false, latestSchemaVersion: 42)
        }
        return options
    }
}
