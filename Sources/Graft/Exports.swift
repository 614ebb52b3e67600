// `import Graft` gives a dashboards-as-code package every layer it writes a catalog with, and
// nothing that reaches the network.
@_exported import GraftCatalog
@_exported import GraftDSL
@_exported import GraftJSON
@_exported import GraftModel
@_exported import GraftMonitoring
