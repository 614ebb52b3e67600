/// A connection to one of the services Graft talks to: its endpoint, whose fields read (and,
/// where settable, write) as the connection's own (`connection.baseURL`, `connection.retry`).
@dynamicMemberLookup
public protocol ServiceConnection: Sendable {
    /// Where the service is and how Graft talks to it.
    var endpoint: ServiceEndpoint { get set }
}

extension ServiceConnection {
    /// A read-only field of the endpoint.
    public subscript<Value>(dynamicMember field: KeyPath<ServiceEndpoint, Value>) -> Value { endpoint[keyPath: field] }

    /// A settable field of the endpoint.
    public subscript<Value>(dynamicMember field: WritableKeyPath<ServiceEndpoint, Value>) -> Value {
        get { endpoint[keyPath: field] }
        set { endpoint[keyPath: field] = newValue }
    }
}
