// `import Graft` gives a dashboards-as-code package every layer it writes with.
@_exported import GraftDSL
@_exported import GraftGrafana
@_exported import GraftJSON
@_exported import GraftModel
@_exported import GraftMonitoring
