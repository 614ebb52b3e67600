import GraftCLI
import Observability

// Graft's command line (render, import...) over this package's catalog.
await GraftCLI.main(catalog: catalog)
