import GraftDSL
import GraftModel

/// The modifiers of one query, applied in-process as they are added.
struct QueryModifiers<Q: QueryComponent> {
    /// The query as the modifiers so far leave it.
    private(set) var query: Q
    /// The modifiers, in order, each applicable to any target through a query of type `Q`.
    private(set) var modifiers: [Modifier<Target>] = []

    /// A chain starting from `query`.
    init(_ query: Q) { self.query = query }

    /// The target as the modifiers so far leave it.
    var target: Target { query.target }

    /// Adds `code`, applying the same modifier (`apply`) to the query.
    mutating func add(_ code: Code, _ apply: @escaping (Q) -> Q) {
        let prototype = query
        query = apply(query)
        modifiers.append(Modifier(code: code) { target in
            var query = prototype
            query.target = target
            return apply(query).target
        })
    }
}
