import Foundation
import GraftModel
import Testing

@Suite("Units: every unit Grafana ships, named once")
struct UnitTests {
    @Test("every id and every name is in the list once")
    func unique() {
        #expect(Unit.all.count == 273)
        #expect(Set(Unit.all.map(\.unit)).count == Unit.all.count)
        #expect(Set(Unit.all.map(\.name)).count == Unit.all.count)
    }

    @Test("the list holds ids from each of the picker's categories", arguments: [
        ("Misc", ["none", "string", "short", "sishort", "percent", "percentunit", "humidity", "dB", "hex0x", "locale"]),
        ("Acceleration", ["accMS2", "accG"]), ("Angle", ["degree", "arcsec"]), ("Area", ["areaM2", "hectares"]),
        ("Computation", ["flops", "yflops"]), ("Concentration", ["ppm", "conmgm3", "conμgm3", "conmmolL"]),
        ("Currency", ["currencyUSD", "currencyEUR", "currencyμBTC", "currencyILS"]),
        ("Data", ["bytes", "decbytes", "bits", "decbits", "kbytes", "decpbytes"]),
        ("Data rate", ["pps", "binBps", "Bps", "binbps", "bps", "KiBs", "Pbits"]),
        ("Date & time", ["dateTimeAsIso", "dateTimeAsUSNoDateIfToday", "dateTimeAsSystem", "dateTimeFromNow"]),
        ("Energy", ["watt", "kwatt", "amp", "volt", "ohm", "dBm", "µfarad", "lumens"]),
        ("Flow", ["flowgpm", "litreh", "lux"]), ("Force", ["forceNm", "forcekN"]), ("Hash rate", ["Hs", "EHs"]),
        ("Mass", ["massmg", "masslb", "masst"]), ("Length", ["lengthmm", "lengthcm", "lengthm", "lengthmi"]),
        ("Pressure", ["pressurembar", "pressurebar", "pressurepsi"]), ("Radiation", ["radbq", "radusvh"]),
        ("Rotational speed", ["rotrpm", "rothz", "rotghz", "rotdegs"]), ("Temperature", ["celsius", "fahrenheit", "kelvin"]),
        ("Time", ["hertz", "ns", "µs", "ms", "s", "m", "h", "d", "dtdurationms", "dtdurations", "dthms", "clocks"]),
        ("Throughput", ["cps", "ops", "reqps", "rps", "wps", "iops", "eps", "reqpm", "rowspm"]),
        ("Velocity", ["velocityms", "velocityknot"]), ("Volume", ["mlitre", "litre", "m3", "gallons"]),
        ("Boolean", ["bool", "bool_yes_no", "bool_on_off"]),
    ])
    func categories(_ category: String, _ ids: [String]) {
        let listed = Set(Unit.all.map(\.unit.rawValue))
        for id in ids { #expect(listed.contains(id), "\(category): \(id) is not listed") }
    }

    @Test("the names in the list are the constants' names, in the order they are declared")
    func listMatchesDeclarations() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/GraftModel/Unit.swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        let declared = source.matches(of: /public static let (\w+): Unit = "([^"]*)"/).map { (String($0.1), String($0.2)) }
        #expect(declared.count == Unit.all.count)
        #expect(declared.map(\.0) == Unit.all.map(\.name))
        #expect(declared.map(\.1) == Unit.all.map(\.unit.rawValue))
    }

    @Test("the names kept from before still mean the same units")
    func earlierNames() {
        #expect([Unit.requestsPerSecond, .percentUnit, .milliseconds, .durationMilliseconds, .bytesPerSecond, .binaryBytesPerSecond,
                 .dateTimeISO, .microseconds, .decimalBytes].map(\.rawValue)
                == ["reqps", "percentunit", "ms", "dtdurationms", "Bps", "binBps", "dateTimeAsIso", "µs", "decbytes"])
    }

    @Test("units with a parameter are `kind:text`, and say their kind")
    func parameterised() {
        #expect([Unit.prefix("$"), .suffix("req"), .si("mF"), .count("jobs"), .currency("CHF"), .time("HH:mm"),
                 .bool(true: "Up", false: "Down")].map(\.rawValue)
                == ["prefix:$", "suffix:req", "si:mF", "count:jobs", "currency:CHF", "time:HH:mm", "bool:Up/Down"])
        #expect(Unit.suffix("a:b").customKind == .suffix)
        #expect(Unit("time:HH:mm").customKind == .time)
        #expect(Unit.requestsPerSecond.customKind == nil)
        #expect(Unit("req:s").customKind == nil)
        #expect(Unit(":x").customKind == nil)
    }
}
