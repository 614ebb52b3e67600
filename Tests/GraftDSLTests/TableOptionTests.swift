import Testing
import GraftJSON
import GraftModel
@testable import GraftDSL

@Suite("Table options: cell types, columns, header, footer")
struct TableOptionTests {
    @Test("table cells: each type and its options, replacing the one before")
    func tableCells() throws {
        let cells: [(TableCellOptions, [String: JSON])] = [
            (.colorText, ["custom.cellOptions.type": "color-text"]),
            (.colorBackground(.solid, applyToRow: true), [
                "custom.cellOptions.type": "color-background", "custom.cellOptions.mode": "basic", "custom.cellOptions.applyToRow": true,
            ]),
            (.colorBackground(), ["custom.cellOptions.type": "color-background"]),
            (.gauge(.retro, valueDisplay: .hidden), [
                "custom.cellOptions.type": "gauge", "custom.cellOptions.mode": "lcd", "custom.cellOptions.valueDisplayMode": "hidden",
            ]),
            (.dataLinks, ["custom.cellOptions.type": "data-links"]),
            (.jsonView, ["custom.cellOptions.type": "json-view"]),
            (.image(alt: "logo"), ["custom.cellOptions.type": "image", "custom.cellOptions.alt": "logo"]),
            (.sparkline(), ["custom.cellOptions.type": "sparkline"]),
        ]
        for (cell, expected) in cells {
            #expect(try written(Table("Panel Title").cellType(cell)) == expected, "\(cell.object)")
        }
        #expect(try written(Table("Panel Title").cellType(.gauge(.gradient)).cellType(.colorText)) == ["custom.cellOptions.type": "color-text"])
    }

    @Test("table columns, header, footer and pagination")
    func tableLayout() throws {
        let panel = Table("Panel Title").columnWidth(120).columnMinWidth(50).align(.center).filterable().inspect().showHeader(false)
            .footer(.mean, fields: ["latency"]).pagination()
        #expect(try written(panel) == [
            "custom.width": 120, "custom.minWidth": 50, "custom.align": "center", "custom.filterable": true, "custom.inspect": true,
            "options.showHeader": false, "options.footer.show": true, "options.footer.reducer": ["mean"],
            "options.footer.fields": ["latency"], "options.footer.enablePagination": true,
        ])
        // The footer as it was: no fields written unless given.
        #expect(try written(Table("Panel Title").footer(.sum, countRows: true)) == [
            "options.footer.show": true, "options.footer.countRows": true,
        ])
    }
}
