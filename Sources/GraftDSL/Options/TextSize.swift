import GraftJSON
import GraftModel

/// A panel whose text size can be fixed: stat, gauge, bar gauge, bar chart.
public protocol TextSizePanel: PanelComponent {}

extension TextSizePanel {
    /// Fixes the size in pixels of titles and of values (by default they scale with the panel);
    /// what is not given stays as it is.
    public consuming func textSize(title: Int? = nil, value: Int? = nil) -> Self {
        options(in: "text", ["titleSize": title.map(JSON.int), "valueSize": value.map(JSON.int)])
    }
}
