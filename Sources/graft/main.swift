import GraftCLI
import HigressCatalog

// The `graft` executable: the command line over the Higress AI gateway catalog.
await GraftCLI.main(catalog: higressCatalog)
