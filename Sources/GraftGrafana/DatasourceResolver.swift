import GraftHTTP
import GraftModel
import GraftURL

/// Binds the datasource and constant inputs of all dashboards of a push, before anything is written.
struct DatasourceResolver {
    let client: GrafanaClient
    let choices: DatasourceChoices
    let dryRun: Bool

    /// What a dry run puts where a datasource still to be created would go.
    static let pendingDatasource = "(datasource to be created)"

    /// A binding per item (same order) and the datasources created for them. Throws a
    /// `PushFailure` naming the first dashboard whose input cannot be bound.
    func resolve(_ items: [PushItem]) async throws -> (bindings: [DatasourceBinding], created: [GrafanaDatasource]) {
        var values: [[String: String]] = Array(repeating: [:], count: items.count)
        var lookups: [(item: Int, name: String, plugin: String)] = []
        for (index, item) in items.enumerated() {
            for input in item.dashboard.inputs ?? [] {
                guard let name = input.name else { throw failure(item, .invalid(problem: "has an __inputs entry without a name")) }
                if let uid = choices.uids[name] {
                    values[index][name] = uid
                    continue
                }
                switch input.type {
                case "datasource":
                    lookups.append((index, name, input.pluginId ?? ""))
                case "constant":
                    guard let value = input.members["value"]?.stringValue else {
                        throw failure(item, .unboundInput(name: name, problem: "is a constant without a value; give one"))
                    }
                    values[index][name] = value
                default:
                    throw failure(item, .unboundInput(name: name, problem: "has type \(input.type ?? "none"), which Graft cannot bind"))
                }
            }
        }
        guard let first = lookups.first else { return (values.map(DatasourceBinding.init), []) }

        let existing: [GrafanaDatasource]
        do { existing = try await client.datasources() } catch let error as APIError {
            throw failure(items[first.item], .request(error))
        }
        // The first input of each plugin with a URL and no datasource there yet: it is created once, for all of them.
        var needsCreation: [String: (item: Int, name: String)] = [:]
        var creationOrder: [String] = []
        for lookup in lookups {
            let item = items[lookup.item]
            if let wanted = choices.byURL[lookup.plugin] {
                if let match = existing.first(where: { $0.type == lookup.plugin && DatasourceResolver.sameURL($0.url, wanted.url) }) {
                    values[lookup.item][lookup.name] = match.uid
                } else if needsCreation[lookup.plugin] == nil {
                    needsCreation[lookup.plugin] = (lookup.item, lookup.name)
                    creationOrder.append(lookup.plugin)
                }
                continue
            }
            let candidates = existing.filter { $0.type == lookup.plugin }
            guard candidates.count == 1 else {
                let problem: String
                if candidates.isEmpty {
                    let create = DatasourceResolver.urlPlugins[lookup.plugin].map { "give a \($0) URL to create one, or " } ?? ""
                    problem = "needs a \(lookup.plugin) datasource and Grafana has none; \(create)give the uid of the datasource to use"
                } else {
                    let list = candidates.map { "\"\($0.name)\" uid \($0.uid)" }.joined(separator: ", ")
                    problem = "needs a \(lookup.plugin) datasource and Grafana has \(candidates.count) (\(list)); give the uid of the one to use"
                }
                throw failure(item, .unboundInput(name: lookup.name, problem: problem))
            }
            values[lookup.item][lookup.name] = candidates[0].uid
        }

        var created: [GrafanaDatasource] = []
        for plugin in creationOrder {
            guard let (itemIndex, name) = needsCreation[plugin], let wanted = choices.byURL[plugin] else { continue }
            let uid: String
            if dryRun {
                uid = DatasourceResolver.pendingDatasource
            } else {
                let datasource = try await create(plugin: plugin, wanted, for: items[itemIndex], input: name)
                created.append(datasource)
                uid = datasource.uid
            }
            for lookup in lookups where lookup.plugin == plugin && values[lookup.item][lookup.name] == nil {
                values[lookup.item][lookup.name] = uid
            }
        }
        return (values.map(DatasourceBinding.init), created)
    }

    /// The plugins push can create a datasource of from a URL, by id, as messages name them.
    static let urlPlugins = ["prometheus": "Prometheus", "loki": "Loki"]

    /// Creates the datasource; a name clash is fine when that datasource is of the plugin and reads the same URL.
    private func create(plugin: String, _ wanted: DatasourceChoices.ByURL, for item: PushItem, input: String) async throws -> GrafanaDatasource {
        do {
            return try await client.createDatasource(name: wanted.name, type: plugin, url: wanted.url)
        } catch let error as APIError where error.statusCode == 409 {
            let named = try? await client.datasource(named: wanted.name)
            if let named, named.type == plugin, DatasourceResolver.sameURL(named.url, wanted.url) { return named }
            throw failure(item, .unboundInput(name: input, problem:
                "needs a \(DatasourceResolver.urlPlugins[plugin] ?? plugin) datasource for \(MessageText.maskingUserInfo(wanted.url)), but a datasource named \"\(wanted.name)\" already exists"
                + (named.map { " with URL \(MessageText.maskingUserInfo($0.url))" } ?? "") + "; give its uid or choose another name"))
        } catch let error as APIError {
            throw failure(item, .request(error))
        }
    }

    private func failure(_ item: PushItem, _ reason: PushFailure.Reason) -> PushFailure {
        PushFailure(title: item.title, uid: item.dashboard.uid, reason: reason)
    }

    /// URLs equal but for a trailing slash.
    static func sameURL(_ a: String, _ b: String) -> Bool {
        func trimmed(_ url: String) -> Substring { url.hasSuffix("/") ? url.dropLast() : url[...] }
        return trimmed(a) == trimmed(b)
    }
}
