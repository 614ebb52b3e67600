import GraftDSL
import GraftModel

/// A panel or query whose modifiers may be shared with others of its type.
protocol Factorable {
    /// What the modifiers change.
    associatedtype Subject
    /// Whether two results are the same panel or query.
    static func same(_ a: Subject, _ b: Subject) -> Bool
    /// The DSL type (`Stat`, `Prometheus`).
    var typeName: String { get }
    /// What the constructor makes.
    var base: Subject { get }
    /// The modifiers, in order.
    var modifiers: [Modifier<Subject>] { get set }
}

extension PanelPlan: Factorable {
    static func same(_ a: PanelSpec, _ b: PanelSpec) -> Bool {
        a.model == b.model && a.kind.id == b.kind.id && a.kind.name == b.kind.name && a.width == b.width && a.height == b.height
            && a.position.map { [$0.x, $0.y] } == b.position.map { [$0.x, $0.y] } && a.allowsEmptyTitle == b.allowsEmptyTitle
    }
}

extension QueryPlan: Factorable {
    static func same(_ a: Target, _ b: Target) -> Bool { a == b }
}

/// Modifiers that several panels or queries of one type share, written once as a helper method
/// (`.statStyle()`), as a person would name a look a dashboard repeats.
struct StyleHelper {
    /// The type the helper extends.
    var typeName: String
    /// The method's name.
    var name: String
    /// The modifiers it applies, in order.
    var modifiers: [Code]
    /// How many panels or queries use it.
    var uses: Int
    /// What the uses are called in its comment ("stat panels").
    var noun: String

    /// `/// ...` and `func statStyle() -> Stat { self.unit(...)... }`, for a `private extension Stat`.
    var method: String {
        let body = Code.chain(head: .text("self"), body: [], modifiers: modifiers).render(indent: 2, column: 8)
        return "    /// What \(uses) \(noun) of this dashboard share.\n    func \(name)() -> \(typeName) {\n        \(body)\n    }\n"
    }

    /// The helpers as one `private extension` for each type they extend.
    static func declarations(_ helpers: [StyleHelper]) -> String {
        var text = ""
        for type in helpers.map(\.typeName).reduce(into: [String](), { if !$0.contains($1) { $0.append($1) } }) {
            text += "private extension \(type) {\n" + helpers.filter { $0.typeName == type }.map(\.method).joined(separator: "\n") + "}\n\n"
        }
        return text
    }
}

/// Finds the modifiers that panels (or queries) of one type repeat and moves them into helpers,
/// keeping a move only where applying the helper first leaves the panel exactly as before.
enum StyleFactoring {
    /// A helper is written only when it saves at least this many characters.
    static let minimumSaving = 60
    /// At most this many helpers per type.
    static let maximumHelpers = 3

    /// Factors `items`' shared modifiers; helpers are named `<type><suffix>` (`statStyle`, `statStyle2`).
    static func factor<Item: Factorable>(_ items: inout [Item], suffix: String, noun: (String) -> String) -> [StyleHelper] {
        var helpers: [StyleHelper] = []
        let types = Array(Set(items.map(\.typeName))).sorted()
        for type in types {
            let members = items.indices.filter { items[$0].typeName == type }
            guard members.count >= 2 else { continue }
            for round in 1...maximumHelpers {
                let name = type.prefix(1).lowercased() + type.dropFirst() + suffix + (round == 1 ? "" : String(round))
                guard let (shared, users) = bestShare(members.map { flatCodes(items[$0].modifiers) }, callLength: name.count + 3),
                      let helper = apply(shared, to: users.map { members[$0] }, in: &items, name: name) else { break }
                helpers.append(StyleHelper(typeName: type, name: name, modifiers: helper.codes, uses: helper.uses, noun: noun(type)))
            }
        }
        return helpers
    }

    /// Each modifier's one-line code (`nil` for one that spans lines, or a helper call already made).
    private static func flatCodes<Subject>(_ modifiers: [Modifier<Subject>]) -> [String?] {
        modifiers.map { $0.shareable ? $0.code.flat : nil }
    }

    /// The set of modifiers whose sharing saves most, grown greedily from each frequent one, and
    /// which items share it; `nil` when nothing saves enough.
    private static func bestShare(_ codes: [[String?]], callLength: Int) -> (Set<String>, [Int])? {
        let sets = codes.map { Set($0.compactMap { $0 }) }
        var frequency: [String: Int] = [:]
        for set in sets { for code in set { frequency[code, default: 0] += 1 } }
        let candidates = frequency.filter { $0.value >= 2 }.keys.sorted { ($0.count * frequency[$0]!, $0) > ($1.count * frequency[$1]!, $1) }
        func saving(_ shared: Set<String>, _ users: [Int]) -> Int {
            let length = shared.reduce(0) { $0 + $1.count }
            return users.count * (length - callLength) - length - 120
        }
        var best: (Set<String>, [Int], Int)?
        for seed in candidates.prefix(12) {
            var shared: Set<String> = [seed]
            var users = sets.indices.filter { sets[$0].contains(seed) }
            var current = saving(shared, users)
            while true {
                var step: (String, [Int], Int)?
                for candidate in candidates where !shared.contains(candidate) {
                    let narrowed = users.filter { sets[$0].contains(candidate) }
                    guard narrowed.count >= 2 else { continue }
                    let value = saving(shared.union([candidate]), narrowed)
                    if value > current, value > step?.2 ?? Int.min { step = (candidate, narrowed, value) }
                }
                guard let (code, narrowed, value) = step else { break }
                shared.insert(code)
                users = narrowed
                current = value
            }
            if current >= minimumSaving, current > best?.2 ?? Int.min { best = (shared, users, current) }
        }
        return best.map { ($0.0, $0.1) }
    }

    /// Moves `shared` into a helper call at the front of each item's modifiers, where that leaves
    /// the item as it was; the helper's modifiers in the order the first item has them.
    private static func apply<Item: Factorable>(_ shared: Set<String>, to users: [Int], in items: inout [Item], name: String)
        -> (codes: [Code], uses: Int)? {
        var accepted: [(Int, [Modifier<Item.Subject>])] = []
        var codes: [Code] = []
        for index in users {
            let modifiers = items[index].modifiers
            let moved = modifiers.filter { $0.code.flat.map(shared.contains) ?? false }
            let kept = modifiers.filter { !($0.code.flat.map(shared.contains) ?? false) }
            let call = Modifier<Item.Subject>(code: .text(".\(name)()"), shareable: false) { subject in moved.reduce(subject) { $1.apply($0) } }
            let before = modifiers.reduce(items[index].base) { $1.apply($0) }
            let after = ([call] + kept).reduce(items[index].base) { $1.apply($0) }
            guard Item.same(before, after) else { continue }
            if codes.isEmpty { codes = moved.map(\.code) }
            accepted.append((index, [call] + kept))
        }
        guard accepted.count >= 2 else { return nil }
        for (index, modifiers) in accepted { items[index].modifiers = modifiers }
        return (codes, accepted.count)
    }
}
