import GraftHTTP
import GraftModel

/// Makes sure folder paths exist, parents first, each folder once however many dashboards
/// wait for it. A folder that exists is left as it is; one that is missing is created with its
/// uid, title and parent. In a dry run it only records what it would create.
actor FolderProvisioner {
    private let client: GrafanaClient
    private let platform: AppPlatformClient?
    private let manager: ResourceManager
    private let dryRun: Bool
    private let validateOnServer: Bool
    private var work: [String: Task<Void, any Error>] = [:]
    private(set) var created: [GrafanaFolder] = []

    /// A provisioner writing through `client`, or through `platform` (as `manager`) when the
    /// server serves the app-platform API; reading only when `dryRun`.
    init(client: GrafanaClient, platform: AppPlatformClient? = nil, owner manager: ResourceManager, dryRun: Bool, validateOnServer: Bool = true) {
        self.validateOnServer = validateOnServer
        self.client = client
        self.platform = platform
        self.manager = manager
        self.dryRun = dryRun
    }

    /// Ensures every folder of `path`, root first. Throws the `APIError` of the first that fails.
    func ensure(_ path: FolderPath) async throws {
        var parent: String?
        for folder in path.folders {
            try await ensure(folder, parent: parent)
            parent = folder.uid
        }
    }

    private func ensure(_ folder: FolderRef, parent: String?) async throws {
        if let running = work[folder.uid] { return try await running.value }
        let task = Task { try await self.createIfMissing(folder, parent: parent) }
        work[folder.uid] = task
        try await task.value
    }

    private func createIfMissing(_ folder: FolderRef, parent: String?) async throws {
        if let platform { return try await createIfMissing(folder, parent: parent, through: platform) }
        if try await client.folder(uid: folder.uid) != nil { return }
        guard !dryRun else {
            created.append(GrafanaFolder(uid: folder.uid, title: folder.title, parentUID: parent))
            return
        }
        do {
            created.append(try await client.createFolder(uid: folder.uid, title: folder.title, parentUID: parent))
        } catch let error as APIError where error.statusCode == 409 {
            // Created meanwhile (or by an attempt whose answer was lost): fine when it is there now.
            guard try await client.folder(uid: folder.uid) != nil else { throw error }
        }
    }

    /// The app-platform form: the folder marked as Graft's (so a prune may delete it once empty);
    /// a dry run sends the create with `dryRun=All`, so Grafana checks the uid, title and the
    /// permission on the parent (it skips the parent's existence on a dry run, register.go).
    private func createIfMissing(_ folder: FolderRef, parent: String?, through platform: AppPlatformClient) async throws {
        if try await platform.get(.folders, name: folder.uid) != nil { return }
        let object = AppPlatformObject(apiVersion: "\(AppPlatformResource.folders.group)/\(platform.version(of: .folders))",
                                       kind: AppPlatformResource.folders.kind, name: folder.uid, spec: ["title": .string(folder.title)])
            .managed(by: manager, contentHash: nil, folder: parent ?? "", message: nil)
        do {
            if !dryRun || validateOnServer { _ = try await platform.create(object, in: .folders, dryRun: dryRun) }
            created.append(GrafanaFolder(uid: folder.uid, title: folder.title, parentUID: parent))
        } catch let error as APIError where error.statusCode == 409 && !dryRun {
            guard try await platform.get(.folders, name: folder.uid) != nil else { throw error }
        }
    }
}
