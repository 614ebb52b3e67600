import GraftHTTP
import GraftModel

/// Makes sure folder paths exist, parents first, each folder once however many dashboards
/// wait for it. A folder that exists is left as it is; one that is missing is created with its
/// uid, title and parent. In a dry run it only records what it would create.
actor FolderProvisioner {
    private let client: GrafanaClient
    private let dryRun: Bool
    private var work: [String: Task<Void, any Error>] = [:]
    private(set) var created: [GrafanaFolder] = []

    /// A provisioner writing through `client` (reading only when `dryRun`).
    init(client: GrafanaClient, dryRun: Bool) {
        self.client = client
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
}
