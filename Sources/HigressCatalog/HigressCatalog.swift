import Graft

/// The Higress AI gateway catalog: its dashboards and the monitors that feed them.
public let higressCatalog = Catalog("higress") {
    higressAIDashboard
}
