// Written by `graft import --into`: the dashboards of this folder, in file name order. Import again
// rather than edit it; a dashboard file added by hand is listed after the next import.
import Graft

/// The dashboards `graft import --into` added, one a file in this folder.
let importedDashboards: [Dashboard] = []
