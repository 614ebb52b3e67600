import GraftModel

extension Thresholds {
    /// Thresholds from a base colour and a colour from each value up: what the panel modifier and
    /// the override property both write.
    init(base: Color, steps: [(Double, Color)], mode: Mode) {
        self.init(mode: mode, steps: [ThresholdStep(color: base, value: nil)] + steps.map { ThresholdStep(color: $0.1, value: $0.0) })
    }
}
