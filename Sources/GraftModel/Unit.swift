import GraftJSON

/// A field unit, as Grafana's unit picker names it (`reqps`, `percentunit`, `ms`...).
///
/// Every unit the picker offers is a constant below, grouped as the picker groups them (Grafana
/// 13.1's `packages/grafana-data/src/valueFormats/categories.ts`), and `all` lists them with their
/// Swift names. Units Grafana takes a parameter for are functions (`.suffix("req")`, `.si("mF")`,
/// `.time("HH:mm")`). Any other string still reads; Grafana shows it after the value, unscaled.
public struct Unit: StringConstant {
    public let rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
}

extension Unit {
    // MARK: Misc

    /// Number: the value as it is, no unit, no scaling.
    public static let none: Unit = "none"
    /// String: the value shown as text.
    public static let string: Unit = "string"
    /// Short: plain numbers scaled with K, Mil, Bil...
    public static let short: Unit = "short"
    /// SI short: plain numbers scaled with SI prefixes (k, M, G...).
    public static let siShort: Unit = "sishort"
    /// Percent, for values from 0 to 100.
    public static let percent: Unit = "percent"
    /// Percent, for values from 0.0 to 1.0.
    public static let percentUnit: Unit = "percentunit"
    /// Relative humidity (%H).
    public static let humidity: Unit = "humidity"
    /// Decibels (dB).
    public static let decibels: Unit = "dB"
    /// Candela (cd), SI-scaled.
    public static let candela: Unit = "candela"
    /// Hexadecimal with a 0x prefix.
    public static let hexadecimal0x: Unit = "hex0x"
    /// Hexadecimal, without a prefix.
    public static let hexadecimal: Unit = "hex"
    /// Scientific notation (1.5e+3).
    public static let scientific: Unit = "sci"
    /// The number in the browser's locale format (1,500.5).
    public static let locale: Unit = "locale"
    /// Pixels (px).
    public static let pixels: Unit = "pixel"

    // MARK: Acceleration

    /// Meters per second squared (m/sec²).
    public static let metersPerSecondSquared: Unit = "accMS2"
    /// Feet per second squared (f/sec²).
    public static let feetPerSecondSquared: Unit = "accFS2"
    /// Multiples of standard gravity (g).
    public static let gForce: Unit = "accG"

    // MARK: Angle

    /// Degrees (°).
    public static let degrees: Unit = "degree"
    /// Radians (rad).
    public static let radians: Unit = "radian"
    /// Gradians (grad).
    public static let gradians: Unit = "grad"
    /// Minutes of arc (arcmin).
    public static let arcMinutes: Unit = "arcmin"
    /// Seconds of arc (arcsec).
    public static let arcSeconds: Unit = "arcsec"

    // MARK: Area

    /// Square meters (m²).
    public static let squareMeters: Unit = "areaM2"
    /// Square feet (ft²).
    public static let squareFeet: Unit = "areaF2"
    /// Square miles (mi²).
    public static let squareMiles: Unit = "areaMI2"
    /// Acres (ac).
    public static let acres: Unit = "acres"
    /// Hectares (ha).
    public static let hectares: Unit = "hectares"

    // MARK: Computation

    /// Floating-point operations per second (FLOP/s), SI-scaled.
    public static let flops: Unit = "flops"
    /// Millions of floating-point operations per second (MFLOP/s).
    public static let megaflops: Unit = "mflops"
    /// Billions of floating-point operations per second (GFLOP/s).
    public static let gigaflops: Unit = "gflops"
    /// 10¹² floating-point operations per second (TFLOP/s).
    public static let teraflops: Unit = "tflops"
    /// 10¹⁵ floating-point operations per second (PFLOP/s).
    public static let petaflops: Unit = "pflops"
    /// 10¹⁸ floating-point operations per second (EFLOP/s).
    public static let exaflops: Unit = "eflops"
    /// 10²¹ floating-point operations per second (ZFLOP/s).
    public static let zettaflops: Unit = "zflops"
    /// 10²⁴ floating-point operations per second (YFLOP/s).
    public static let yottaflops: Unit = "yflops"

    // MARK: Concentration

    /// Parts per million (ppm).
    public static let partsPerMillion: Unit = "ppm"
    /// Parts per billion (ppb).
    public static let partsPerBillion: Unit = "conppb"
    /// Nanograms per cubic meter (ng/m³).
    public static let nanogramsPerCubicMeter: Unit = "conngm3"
    /// Nanograms per normal cubic meter (ng/Nm³).
    public static let nanogramsPerNormalCubicMeter: Unit = "conngNm3"
    /// Micrograms per cubic meter (μg/m³).
    public static let microgramsPerCubicMeter: Unit = "conμgm3"
    /// Micrograms per normal cubic meter (μg/Nm³).
    public static let microgramsPerNormalCubicMeter: Unit = "conμgNm3"
    /// Milligrams per cubic meter (mg/m³).
    public static let milligramsPerCubicMeter: Unit = "conmgm3"
    /// Milligrams per normal cubic meter (mg/Nm³).
    public static let milligramsPerNormalCubicMeter: Unit = "conmgNm3"
    /// Grams per cubic meter (g/m³).
    public static let gramsPerCubicMeter: Unit = "congm3"
    /// Grams per normal cubic meter (g/Nm³).
    public static let gramsPerNormalCubicMeter: Unit = "congNm3"
    /// Milligrams per deciliter (mg/dL).
    public static let milligramsPerDeciliter: Unit = "conmgdL"
    /// Millimoles per liter (mmol/L).
    public static let millimolesPerLiter: Unit = "conmmolL"

    // MARK: Currency

    /// US dollars ($, USD).
    public static let dollars: Unit = "currencyUSD"
    /// Pounds sterling (£, GBP).
    public static let poundsSterling: Unit = "currencyGBP"
    /// Euros (€, EUR).
    public static let euros: Unit = "currencyEUR"
    /// Japanese yen (¥, JPY).
    public static let yen: Unit = "currencyJPY"
    /// Russian rubles (₽, RUB).
    public static let rubles: Unit = "currencyRUB"
    /// Ukrainian hryvnias (₴, UAH).
    public static let hryvnias: Unit = "currencyUAH"
    /// Brazilian reais (R$, BRL).
    public static let reais: Unit = "currencyBRL"
    /// Danish kroner (kr after the value, DKK).
    public static let danishKroner: Unit = "currencyDKK"
    /// Icelandic krónur (kr after the value, ISK).
    public static let icelandicKronur: Unit = "currencyISK"
    /// Norwegian kroner (kr after the value, NOK).
    public static let norwegianKroner: Unit = "currencyNOK"
    /// Swedish kronor (kr after the value, SEK).
    public static let swedishKronor: Unit = "currencySEK"
    /// Czech koruny (czk, CZK).
    public static let czechKoruny: Unit = "currencyCZK"
    /// Swiss francs (CHF).
    public static let swissFrancs: Unit = "currencyCHF"
    /// Polish złoty (PLN).
    public static let polishZloty: Unit = "currencyPLN"
    /// Bitcoin (฿, BTC).
    public static let bitcoin: Unit = "currencyBTC"
    /// Thousandths of a bitcoin (mBTC).
    public static let milliBitcoin: Unit = "currencymBTC"
    /// Millionths of a bitcoin (μBTC).
    public static let microBitcoin: Unit = "currencyμBTC"
    /// South African rand (R, ZAR).
    public static let southAfricanRand: Unit = "currencyZAR"
    /// Indian rupees (₹, INR).
    public static let indianRupees: Unit = "currencyINR"
    /// South Korean won (₩, KRW).
    public static let southKoreanWon: Unit = "currencyKRW"
    /// Indonesian rupiah (Rp, IDR).
    public static let indonesianRupiah: Unit = "currencyIDR"
    /// Philippine pesos (PHP).
    public static let philippinePesos: Unit = "currencyPHP"
    /// Vietnamese đồng (đ after the value, VND).
    public static let vietnameseDong: Unit = "currencyVND"
    /// Turkish lira (₺ after the value, TRY).
    public static let turkishLira: Unit = "currencyTRY"
    /// Malaysian ringgit (RM, MYR).
    public static let malaysianRinggit: Unit = "currencyMYR"
    /// CFP francs (XPF).
    public static let cfpFrancs: Unit = "currencyXPF"
    /// Bulgarian leva (BGN).
    public static let bulgarianLeva: Unit = "currencyBGN"
    /// Paraguayan guaraníes (₲, PYG).
    public static let guaranies: Unit = "currencyPYG"
    /// Uruguayan pesos (UYU).
    public static let uruguayanPesos: Unit = "currencyUYU"
    /// Israeli new shekels (₪, ILS).
    public static let israeliShekels: Unit = "currencyILS"

    // MARK: Data

    /// Bytes, scaled by 1024 (KiB, MiB...).
    public static let bytes: Unit = "bytes"
    /// Bytes, scaled by 1000 (kB, MB...).
    public static let decimalBytes: Unit = "decbytes"
    /// Bits, scaled by 1024 (Kib, Mib...).
    public static let bits: Unit = "bits"
    /// Bits, scaled by 1000 (kb, Mb...).
    public static let decimalBits: Unit = "decbits"
    /// Kibibytes (KiB), scaled by 1024.
    public static let kibibytes: Unit = "kbytes"
    /// Kilobytes (kB), scaled by 1000.
    public static let kilobytes: Unit = "deckbytes"
    /// Mebibytes (MiB), scaled by 1024.
    public static let mebibytes: Unit = "mbytes"
    /// Megabytes (MB), scaled by 1000.
    public static let megabytes: Unit = "decmbytes"
    /// Gibibytes (GiB), scaled by 1024.
    public static let gibibytes: Unit = "gbytes"
    /// Gigabytes (GB), scaled by 1000.
    public static let gigabytes: Unit = "decgbytes"
    /// Tebibytes (TiB), scaled by 1024.
    public static let tebibytes: Unit = "tbytes"
    /// Terabytes (TB), scaled by 1000.
    public static let terabytes: Unit = "dectbytes"
    /// Pebibytes (PiB), scaled by 1024.
    public static let pebibytes: Unit = "pbytes"
    /// Petabytes (PB), scaled by 1000.
    public static let petabytes: Unit = "decpbytes"

    // MARK: Data rate

    /// Packets per second (p/s), SI-scaled.
    public static let packetsPerSecond: Unit = "pps"
    /// Bytes per second, scaled by 1024 (KiB/s, MiB/s...).
    public static let binaryBytesPerSecond: Unit = "binBps"
    /// Bytes per second, scaled by 1000 (kB/s, MB/s...).
    public static let bytesPerSecond: Unit = "Bps"
    /// Bits per second, scaled by 1024 (Kib/s, Mib/s...).
    public static let binaryBitsPerSecond: Unit = "binbps"
    /// Bits per second, scaled by 1000 (kb/s, Mb/s...).
    public static let bitsPerSecond: Unit = "bps"
    /// Kibibytes per second (KiB/s).
    public static let kibibytesPerSecond: Unit = "KiBs"
    /// Kibibits per second (Kib/s).
    public static let kibibitsPerSecond: Unit = "Kibits"
    /// Kilobytes per second (kB/s).
    public static let kilobytesPerSecond: Unit = "KBs"
    /// Kilobits per second (kb/s).
    public static let kilobitsPerSecond: Unit = "Kbits"
    /// Mebibytes per second (MiB/s).
    public static let mebibytesPerSecond: Unit = "MiBs"
    /// Mebibits per second (Mib/s).
    public static let mebibitsPerSecond: Unit = "Mibits"
    /// Megabytes per second (MB/s).
    public static let megabytesPerSecond: Unit = "MBs"
    /// Megabits per second (Mb/s).
    public static let megabitsPerSecond: Unit = "Mbits"
    /// Gibibytes per second (GiB/s).
    public static let gibibytesPerSecond: Unit = "GiBs"
    /// Gibibits per second (Gib/s).
    public static let gibibitsPerSecond: Unit = "Gibits"
    /// Gigabytes per second (GB/s).
    public static let gigabytesPerSecond: Unit = "GBs"
    /// Gigabits per second (Gb/s).
    public static let gigabitsPerSecond: Unit = "Gbits"
    /// Tebibytes per second (TiB/s).
    public static let tebibytesPerSecond: Unit = "TiBs"
    /// Tebibits per second (Tib/s).
    public static let tebibitsPerSecond: Unit = "Tibits"
    /// Terabytes per second (TB/s).
    public static let terabytesPerSecond: Unit = "TBs"
    /// Terabits per second (Tb/s).
    public static let terabitsPerSecond: Unit = "Tbits"
    /// Pebibytes per second (PiB/s).
    public static let pebibytesPerSecond: Unit = "PiBs"
    /// Pebibits per second (Pib/s).
    public static let pebibitsPerSecond: Unit = "Pibits"
    /// Petabytes per second (PB/s).
    public static let petabytesPerSecond: Unit = "PBs"
    /// Petabits per second (Pb/s).
    public static let petabitsPerSecond: Unit = "Pbits"

    // MARK: Date & time

    /// A timestamp as ISO 8601 date and time.
    public static let dateTimeISO: Unit = "dateTimeAsIso"
    /// A timestamp as ISO 8601, only the time when it is today.
    public static let dateTimeISONoDateIfToday: Unit = "dateTimeAsIsoNoDateIfToday"
    /// A timestamp in US style (month/day/year, 12-hour clock).
    public static let dateTimeUS: Unit = "dateTimeAsUS"
    /// A timestamp in US style, only the time when it is today.
    public static let dateTimeUSNoDateIfToday: Unit = "dateTimeAsUSNoDateIfToday"
    /// A timestamp in the browser's locale format.
    public static let dateTimeLocal: Unit = "dateTimeAsLocal"
    /// A timestamp in the browser's locale format, only the time when it is today.
    public static let dateTimeLocalNoDateIfToday: Unit = "dateTimeAsLocalNoDateIfToday"
    /// A timestamp in the Grafana server's configured default format.
    public static let dateTimeDefault: Unit = "dateTimeAsSystem"
    /// A timestamp as the time since then ("5 minutes ago").
    public static let dateTimeFromNow: Unit = "dateTimeFromNow"

    // MARK: Energy

    /// Watts (W), SI-scaled.
    public static let watts: Unit = "watt"
    /// Kilowatts (kW).
    public static let kilowatts: Unit = "kwatt"
    /// Megawatts (MW).
    public static let megawatts: Unit = "megwatt"
    /// Gigawatts (GW).
    public static let gigawatts: Unit = "gwatt"
    /// Milliwatts (mW).
    public static let milliwatts: Unit = "mwatt"
    /// Watts per square meter (W/m²).
    public static let wattsPerSquareMeter: Unit = "Wm2"
    /// Volt-amperes (VA), apparent power.
    public static let voltAmperes: Unit = "voltamp"
    /// Kilovolt-amperes (kVA).
    public static let kilovoltAmperes: Unit = "kvoltamp"
    /// Volt-amperes reactive (VAr).
    public static let voltAmperesReactive: Unit = "voltampreact"
    /// Kilovolt-amperes reactive (kVAr).
    public static let kilovoltAmperesReactive: Unit = "kvoltampreact"
    /// Watt-hours (Wh).
    public static let wattHours: Unit = "watth"
    /// Watt-hours per kilogram (Wh/kg).
    public static let wattHoursPerKilogram: Unit = "watthperkg"
    /// Kilowatt-hours (kWh).
    public static let kilowattHours: Unit = "kwatth"
    /// Kilowatt-minutes (kWm).
    public static let kilowattMinutes: Unit = "kwattm"
    /// Megawatt-hours (MWh).
    public static let megawattHours: Unit = "mwatth"
    /// Ampere-hours (Ah).
    public static let ampereHours: Unit = "amph"
    /// Kiloampere-hours (kAh).
    public static let kiloampereHours: Unit = "kamph"
    /// Milliampere-hours (mAh).
    public static let milliampereHours: Unit = "mamph"
    /// Joules (J).
    public static let joules: Unit = "joule"
    /// Electronvolts (eV).
    public static let electronVolts: Unit = "ev"
    /// Amperes (A).
    public static let amperes: Unit = "amp"
    /// Kiloamperes (kA).
    public static let kiloamperes: Unit = "kamp"
    /// Milliamperes (mA).
    public static let milliamperes: Unit = "mamp"
    /// Volts (V).
    public static let volts: Unit = "volt"
    /// Kilovolts (kV).
    public static let kilovolts: Unit = "kvolt"
    /// Millivolts (mV).
    public static let millivolts: Unit = "mvolt"
    /// Decibel-milliwatts (dBm).
    public static let decibelMilliwatts: Unit = "dBm"
    /// Milliohms (mΩ).
    public static let milliohms: Unit = "mohm"
    /// Ohms (Ω).
    public static let ohms: Unit = "ohm"
    /// Kiloohms (kΩ).
    public static let kiloohms: Unit = "kohm"
    /// Megaohms (MΩ).
    public static let megaohms: Unit = "Mohm"
    /// Farads (F).
    public static let farads: Unit = "farad"
    /// Microfarads (µF).
    public static let microfarads: Unit = "µfarad"
    /// Nanofarads (nF).
    public static let nanofarads: Unit = "nfarad"
    /// Picofarads (pF).
    public static let picofarads: Unit = "pfarad"
    /// Femtofarads (fF).
    public static let femtofarads: Unit = "ffarad"
    /// Henries (H).
    public static let henries: Unit = "henry"
    /// Millihenries (mH).
    public static let millihenries: Unit = "mhenry"
    /// Microhenries (µH).
    public static let microhenries: Unit = "µhenry"
    /// Lumens (Lm).
    public static let lumens: Unit = "lumens"

    // MARK: Flow

    /// US gallons per minute (gpm).
    public static let gallonsPerMinute: Unit = "flowgpm"
    /// Cubic meters per second (cms).
    public static let cubicMetersPerSecond: Unit = "flowcms"
    /// Cubic feet per second (cfs).
    public static let cubicFeetPerSecond: Unit = "flowcfs"
    /// Cubic feet per minute (cfm).
    public static let cubicFeetPerMinute: Unit = "flowcfm"
    /// Liters per hour (L/h).
    public static let litersPerHour: Unit = "litreh"
    /// Liters per minute (L/min).
    public static let litersPerMinute: Unit = "flowlpm"
    /// Milliliters per minute (mL/min).
    public static let millilitersPerMinute: Unit = "flowmlpm"
    /// Lux (lx), illuminance, which Grafana files under Flow.
    public static let lux: Unit = "lux"

    // MARK: Force

    /// Newton-meters (Nm), torque.
    public static let newtonMeters: Unit = "forceNm"
    /// Kilonewton-meters (kNm).
    public static let kilonewtonMeters: Unit = "forcekNm"
    /// Newtons (N).
    public static let newtons: Unit = "forceN"
    /// Kilonewtons (kN).
    public static let kilonewtons: Unit = "forcekN"

    // MARK: Hash rate

    /// Hashes per second (H/s).
    public static let hashesPerSecond: Unit = "Hs"
    /// Kilohashes per second (kH/s).
    public static let kilohashesPerSecond: Unit = "KHs"
    /// Megahashes per second (MH/s).
    public static let megahashesPerSecond: Unit = "MHs"
    /// Gigahashes per second (GH/s).
    public static let gigahashesPerSecond: Unit = "GHs"
    /// Terahashes per second (TH/s).
    public static let terahashesPerSecond: Unit = "THs"
    /// Petahashes per second (PH/s).
    public static let petahashesPerSecond: Unit = "PHs"
    /// Exahashes per second (EH/s).
    public static let exahashesPerSecond: Unit = "EHs"

    // MARK: Mass

    /// Milligrams (mg).
    public static let milligrams: Unit = "massmg"
    /// Grams (g).
    public static let grams: Unit = "massg"
    /// Pounds of mass (lb).
    public static let pounds: Unit = "masslb"
    /// Kilograms (kg).
    public static let kilograms: Unit = "masskg"
    /// Metric tons (t).
    public static let metricTons: Unit = "masst"

    // MARK: Length

    /// Millimeters (mm).
    public static let millimeters: Unit = "lengthmm"
    /// Centimeters (cm).
    public static let centimeters: Unit = "lengthcm"
    /// Inches (in).
    public static let inches: Unit = "lengthin"
    /// Feet (ft).
    public static let feet: Unit = "lengthft"
    /// Meters (m), SI-scaled.
    public static let meters: Unit = "lengthm"
    /// Kilometers (km).
    public static let kilometers: Unit = "lengthkm"
    /// Miles (mi).
    public static let miles: Unit = "lengthmi"

    // MARK: Pressure

    /// Millibars (mbar).
    public static let millibars: Unit = "pressurembar"
    /// Bars (bar).
    public static let bars: Unit = "pressurebar"
    /// Kilobars (kbar).
    public static let kilobars: Unit = "pressurekbar"
    /// Pascals (Pa), SI-scaled.
    public static let pascals: Unit = "pressurepa"
    /// Hectopascals (hPa).
    public static let hectopascals: Unit = "pressurehpa"
    /// Kilopascals (kPa).
    public static let kilopascals: Unit = "pressurekpa"
    /// Inches of mercury ("Hg).
    public static let inchesOfMercury: Unit = "pressurehg"
    /// Pounds per square inch (psi, then ksi, Mpsi).
    public static let psi: Unit = "pressurepsi"

    // MARK: Radiation

    /// Becquerels (Bq).
    public static let becquerels: Unit = "radbq"
    /// Curies (Ci).
    public static let curies: Unit = "radci"
    /// Grays (Gy), absorbed dose.
    public static let grays: Unit = "radgy"
    /// Rads (rad), absorbed dose.
    public static let rads: Unit = "radrad"
    /// Sieverts (Sv), equivalent dose.
    public static let sieverts: Unit = "radsv"
    /// Millisieverts (mSv).
    public static let millisieverts: Unit = "radmsv"
    /// Microsieverts (µSv).
    public static let microsieverts: Unit = "radusv"
    /// Rems (rem), equivalent dose.
    public static let rems: Unit = "radrem"
    /// Exposure in coulombs per kilogram (C/kg).
    public static let coulombsPerKilogram: Unit = "radexpckg"
    /// Roentgens (R), exposure.
    public static let roentgens: Unit = "radr"
    /// Sieverts per hour (Sv/h).
    public static let sievertsPerHour: Unit = "radsvh"
    /// Millisieverts per hour (mSv/h).
    public static let millisievertsPerHour: Unit = "radmsvh"
    /// Microsieverts per hour (µSv/h).
    public static let microsievertsPerHour: Unit = "radusvh"

    // MARK: Rotational speed

    /// Revolutions per minute (rpm).
    public static let revolutionsPerMinute: Unit = "rotrpm"
    /// Hertz (Hz) as a rotational speed, SI-scaled; `hertz` is the one under Time.
    public static let rotationalHertz: Unit = "rothz"
    /// Kilohertz (kHz).
    public static let kilohertz: Unit = "rotkhz"
    /// Megahertz (MHz).
    public static let megahertz: Unit = "rotmhz"
    /// Gigahertz (GHz).
    public static let gigahertz: Unit = "rotghz"
    /// Radians per second (rad/s).
    public static let radiansPerSecond: Unit = "rotrads"
    /// Degrees per second (°/s).
    public static let degreesPerSecond: Unit = "rotdegs"

    // MARK: Temperature

    /// Degrees Celsius (°C).
    public static let celsius: Unit = "celsius"
    /// Degrees Fahrenheit (°F).
    public static let fahrenheit: Unit = "fahrenheit"
    /// Kelvin (K).
    public static let kelvin: Unit = "kelvin"

    // MARK: Time

    /// Hertz (1/s), SI-scaled.
    public static let hertz: Unit = "hertz"
    /// Nanoseconds (ns), scaled up to larger units.
    public static let nanoseconds: Unit = "ns"
    /// Microseconds (µs), scaled up to larger units.
    public static let microseconds: Unit = "µs"
    /// Milliseconds (ms), scaled up to larger units.
    public static let milliseconds: Unit = "ms"
    /// Seconds (s), scaled up to larger units.
    public static let seconds: Unit = "s"
    /// Minutes (m), scaled up to larger units.
    public static let minutes: Unit = "m"
    /// Hours (h), scaled up to larger units.
    public static let hours: Unit = "h"
    /// Days (d), scaled up to larger units.
    public static let days: Unit = "d"
    /// A duration given in milliseconds, written out ("1 hour, 2 minutes").
    public static let durationMilliseconds: Unit = "dtdurationms"
    /// A duration given in seconds, written out ("1 hour, 2 minutes").
    public static let durationSeconds: Unit = "dtdurations"
    /// A duration given in seconds, as hh:mm:ss.
    public static let durationHoursMinutesSeconds: Unit = "dthms"
    /// A duration given in seconds, as d hh:mm:ss.
    public static let durationDaysHoursMinutesSeconds: Unit = "dtdhms"
    /// SNMP timeticks, hundredths of a second.
    public static let timeticks: Unit = "timeticks"
    /// A duration given in milliseconds, as a clock (hh:mm:ss.SSS).
    public static let clockMilliseconds: Unit = "clockms"
    /// A duration given in seconds, as a clock (hh:mm:ss).
    public static let clockSeconds: Unit = "clocks"

    // MARK: Throughput

    /// Counts per second (c/s).
    public static let countsPerSecond: Unit = "cps"
    /// Operations per second (ops/s).
    public static let opsPerSecond: Unit = "ops"
    /// Requests per second (req/s).
    public static let requestsPerSecond: Unit = "reqps"
    /// Reads per second (rd/s).
    public static let readsPerSecond: Unit = "rps"
    /// Writes per second (wr/s).
    public static let writesPerSecond: Unit = "wps"
    /// I/O operations per second (io/s).
    public static let ioOpsPerSecond: Unit = "iops"
    /// Events per second (evt/s).
    public static let eventsPerSecond: Unit = "eps"
    /// Messages per second (msg/s).
    public static let messagesPerSecond: Unit = "mps"
    /// Records per second (rec/s).
    public static let recordsPerSecond: Unit = "recps"
    /// Rows per second (rows/s).
    public static let rowsPerSecond: Unit = "rowsps"
    /// Counts per minute (c/m).
    public static let countsPerMinute: Unit = "cpm"
    /// Operations per minute (ops/m).
    public static let opsPerMinute: Unit = "opm"
    /// Requests per minute (req/m).
    public static let requestsPerMinute: Unit = "reqpm"
    /// Reads per minute (rd/m).
    public static let readsPerMinute: Unit = "rpm"
    /// Writes per minute (wr/m).
    public static let writesPerMinute: Unit = "wpm"
    /// Events per minute (evts/m).
    public static let eventsPerMinute: Unit = "epm"
    /// Messages per minute (msgs/m).
    public static let messagesPerMinute: Unit = "mpm"
    /// Records per minute (rec/m).
    public static let recordsPerMinute: Unit = "recpm"
    /// Rows per minute (rows/m).
    public static let rowsPerMinute: Unit = "rowspm"

    // MARK: Velocity

    /// Meters per second (m/s).
    public static let metersPerSecond: Unit = "velocityms"
    /// Kilometers per hour (km/h).
    public static let kilometersPerHour: Unit = "velocitykmh"
    /// Miles per hour (mph).
    public static let milesPerHour: Unit = "velocitymph"
    /// Knots (kn).
    public static let knots: Unit = "velocityknot"

    // MARK: Volume

    /// Milliliters (mL).
    public static let milliliters: Unit = "mlitre"
    /// Liters (L), SI-scaled.
    public static let liters: Unit = "litre"
    /// Cubic meters (m³).
    public static let cubicMeters: Unit = "m3"
    /// Normal cubic meters (Nm³), gas at standard conditions.
    public static let normalCubicMeters: Unit = "Nm3"
    /// Cubic decimeters (dm³).
    public static let cubicDecimeters: Unit = "dm3"
    /// US gallons (gal).
    public static let gallons: Unit = "gallons"

    // MARK: Boolean

    /// A truth value as True or False.
    public static let trueFalse: Unit = "bool"
    /// A truth value as Yes or No.
    public static let yesNo: Unit = "bool_yes_no"
    /// A truth value as On or Off.
    public static let onOff: Unit = "bool_on_off"
}

extension Unit {
    /// Every unit above with its Swift name, in the picker's order: what `graft import` writes as
    /// `.name` and what `graft lint` knows.
    public static let all: [(name: String, unit: Unit)] = [
        // Misc
        ("none", .none), ("string", .string), ("short", .short), ("siShort", .siShort), ("percent", .percent),
        ("percentUnit", .percentUnit), ("humidity", .humidity), ("decibels", .decibels), ("candela", .candela),
        ("hexadecimal0x", .hexadecimal0x), ("hexadecimal", .hexadecimal), ("scientific", .scientific), ("locale", .locale),
        ("pixels", .pixels),
        // Acceleration, angle, area
        ("metersPerSecondSquared", .metersPerSecondSquared), ("feetPerSecondSquared", .feetPerSecondSquared), ("gForce", .gForce),
        ("degrees", .degrees), ("radians", .radians), ("gradians", .gradians), ("arcMinutes", .arcMinutes), ("arcSeconds", .arcSeconds),
        ("squareMeters", .squareMeters), ("squareFeet", .squareFeet), ("squareMiles", .squareMiles), ("acres", .acres),
        ("hectares", .hectares),
        // Computation
        ("flops", .flops), ("megaflops", .megaflops), ("gigaflops", .gigaflops), ("teraflops", .teraflops), ("petaflops", .petaflops),
        ("exaflops", .exaflops), ("zettaflops", .zettaflops), ("yottaflops", .yottaflops),
        // Concentration
        ("partsPerMillion", .partsPerMillion), ("partsPerBillion", .partsPerBillion), ("nanogramsPerCubicMeter", .nanogramsPerCubicMeter),
        ("nanogramsPerNormalCubicMeter", .nanogramsPerNormalCubicMeter), ("microgramsPerCubicMeter", .microgramsPerCubicMeter),
        ("microgramsPerNormalCubicMeter", .microgramsPerNormalCubicMeter), ("milligramsPerCubicMeter", .milligramsPerCubicMeter),
        ("milligramsPerNormalCubicMeter", .milligramsPerNormalCubicMeter), ("gramsPerCubicMeter", .gramsPerCubicMeter),
        ("gramsPerNormalCubicMeter", .gramsPerNormalCubicMeter), ("milligramsPerDeciliter", .milligramsPerDeciliter),
        ("millimolesPerLiter", .millimolesPerLiter),
        // Currency
        ("dollars", .dollars), ("poundsSterling", .poundsSterling), ("euros", .euros), ("yen", .yen), ("rubles", .rubles),
        ("hryvnias", .hryvnias), ("reais", .reais), ("danishKroner", .danishKroner), ("icelandicKronur", .icelandicKronur),
        ("norwegianKroner", .norwegianKroner), ("swedishKronor", .swedishKronor), ("czechKoruny", .czechKoruny),
        ("swissFrancs", .swissFrancs), ("polishZloty", .polishZloty), ("bitcoin", .bitcoin), ("milliBitcoin", .milliBitcoin),
        ("microBitcoin", .microBitcoin), ("southAfricanRand", .southAfricanRand), ("indianRupees", .indianRupees),
        ("southKoreanWon", .southKoreanWon), ("indonesianRupiah", .indonesianRupiah), ("philippinePesos", .philippinePesos),
        ("vietnameseDong", .vietnameseDong), ("turkishLira", .turkishLira), ("malaysianRinggit", .malaysianRinggit),
        ("cfpFrancs", .cfpFrancs), ("bulgarianLeva", .bulgarianLeva), ("guaranies", .guaranies), ("uruguayanPesos", .uruguayanPesos),
        ("israeliShekels", .israeliShekels),
        // Data
        ("bytes", .bytes), ("decimalBytes", .decimalBytes), ("bits", .bits), ("decimalBits", .decimalBits), ("kibibytes", .kibibytes),
        ("kilobytes", .kilobytes), ("mebibytes", .mebibytes), ("megabytes", .megabytes), ("gibibytes", .gibibytes),
        ("gigabytes", .gigabytes), ("tebibytes", .tebibytes), ("terabytes", .terabytes), ("pebibytes", .pebibytes),
        ("petabytes", .petabytes),
        // Data rate
        ("packetsPerSecond", .packetsPerSecond), ("binaryBytesPerSecond", .binaryBytesPerSecond), ("bytesPerSecond", .bytesPerSecond),
        ("binaryBitsPerSecond", .binaryBitsPerSecond), ("bitsPerSecond", .bitsPerSecond), ("kibibytesPerSecond", .kibibytesPerSecond),
        ("kibibitsPerSecond", .kibibitsPerSecond), ("kilobytesPerSecond", .kilobytesPerSecond), ("kilobitsPerSecond", .kilobitsPerSecond),
        ("mebibytesPerSecond", .mebibytesPerSecond), ("mebibitsPerSecond", .mebibitsPerSecond),
        ("megabytesPerSecond", .megabytesPerSecond), ("megabitsPerSecond", .megabitsPerSecond),
        ("gibibytesPerSecond", .gibibytesPerSecond), ("gibibitsPerSecond", .gibibitsPerSecond),
        ("gigabytesPerSecond", .gigabytesPerSecond), ("gigabitsPerSecond", .gigabitsPerSecond),
        ("tebibytesPerSecond", .tebibytesPerSecond), ("tebibitsPerSecond", .tebibitsPerSecond),
        ("terabytesPerSecond", .terabytesPerSecond), ("terabitsPerSecond", .terabitsPerSecond),
        ("pebibytesPerSecond", .pebibytesPerSecond), ("pebibitsPerSecond", .pebibitsPerSecond),
        ("petabytesPerSecond", .petabytesPerSecond), ("petabitsPerSecond", .petabitsPerSecond),
        // Date & time
        ("dateTimeISO", .dateTimeISO), ("dateTimeISONoDateIfToday", .dateTimeISONoDateIfToday), ("dateTimeUS", .dateTimeUS),
        ("dateTimeUSNoDateIfToday", .dateTimeUSNoDateIfToday), ("dateTimeLocal", .dateTimeLocal),
        ("dateTimeLocalNoDateIfToday", .dateTimeLocalNoDateIfToday), ("dateTimeDefault", .dateTimeDefault),
        ("dateTimeFromNow", .dateTimeFromNow),
        // Energy
        ("watts", .watts), ("kilowatts", .kilowatts), ("megawatts", .megawatts), ("gigawatts", .gigawatts), ("milliwatts", .milliwatts),
        ("wattsPerSquareMeter", .wattsPerSquareMeter), ("voltAmperes", .voltAmperes), ("kilovoltAmperes", .kilovoltAmperes),
        ("voltAmperesReactive", .voltAmperesReactive), ("kilovoltAmperesReactive", .kilovoltAmperesReactive),
        ("wattHours", .wattHours), ("wattHoursPerKilogram", .wattHoursPerKilogram), ("kilowattHours", .kilowattHours),
        ("kilowattMinutes", .kilowattMinutes), ("megawattHours", .megawattHours), ("ampereHours", .ampereHours),
        ("kiloampereHours", .kiloampereHours), ("milliampereHours", .milliampereHours), ("joules", .joules),
        ("electronVolts", .electronVolts), ("amperes", .amperes), ("kiloamperes", .kiloamperes), ("milliamperes", .milliamperes),
        ("volts", .volts), ("kilovolts", .kilovolts), ("millivolts", .millivolts), ("decibelMilliwatts", .decibelMilliwatts),
        ("milliohms", .milliohms), ("ohms", .ohms), ("kiloohms", .kiloohms), ("megaohms", .megaohms), ("farads", .farads),
        ("microfarads", .microfarads), ("nanofarads", .nanofarads), ("picofarads", .picofarads), ("femtofarads", .femtofarads),
        ("henries", .henries), ("millihenries", .millihenries), ("microhenries", .microhenries), ("lumens", .lumens),
        // Flow, force
        ("gallonsPerMinute", .gallonsPerMinute), ("cubicMetersPerSecond", .cubicMetersPerSecond),
        ("cubicFeetPerSecond", .cubicFeetPerSecond), ("cubicFeetPerMinute", .cubicFeetPerMinute), ("litersPerHour", .litersPerHour),
        ("litersPerMinute", .litersPerMinute), ("millilitersPerMinute", .millilitersPerMinute), ("lux", .lux),
        ("newtonMeters", .newtonMeters), ("kilonewtonMeters", .kilonewtonMeters), ("newtons", .newtons), ("kilonewtons", .kilonewtons),
        // Hash rate
        ("hashesPerSecond", .hashesPerSecond), ("kilohashesPerSecond", .kilohashesPerSecond),
        ("megahashesPerSecond", .megahashesPerSecond), ("gigahashesPerSecond", .gigahashesPerSecond),
        ("terahashesPerSecond", .terahashesPerSecond), ("petahashesPerSecond", .petahashesPerSecond),
        ("exahashesPerSecond", .exahashesPerSecond),
        // Mass, length
        ("milligrams", .milligrams), ("grams", .grams), ("pounds", .pounds), ("kilograms", .kilograms), ("metricTons", .metricTons),
        ("millimeters", .millimeters), ("centimeters", .centimeters), ("inches", .inches), ("feet", .feet), ("meters", .meters),
        ("kilometers", .kilometers), ("miles", .miles),
        // Pressure
        ("millibars", .millibars), ("bars", .bars), ("kilobars", .kilobars), ("pascals", .pascals), ("hectopascals", .hectopascals),
        ("kilopascals", .kilopascals), ("inchesOfMercury", .inchesOfMercury), ("psi", .psi),
        // Radiation
        ("becquerels", .becquerels), ("curies", .curies), ("grays", .grays), ("rads", .rads), ("sieverts", .sieverts),
        ("millisieverts", .millisieverts), ("microsieverts", .microsieverts), ("rems", .rems),
        ("coulombsPerKilogram", .coulombsPerKilogram), ("roentgens", .roentgens), ("sievertsPerHour", .sievertsPerHour),
        ("millisievertsPerHour", .millisievertsPerHour), ("microsievertsPerHour", .microsievertsPerHour),
        // Rotational speed, temperature
        ("revolutionsPerMinute", .revolutionsPerMinute), ("rotationalHertz", .rotationalHertz), ("kilohertz", .kilohertz),
        ("megahertz", .megahertz), ("gigahertz", .gigahertz), ("radiansPerSecond", .radiansPerSecond),
        ("degreesPerSecond", .degreesPerSecond), ("celsius", .celsius), ("fahrenheit", .fahrenheit), ("kelvin", .kelvin),
        // Time
        ("hertz", .hertz), ("nanoseconds", .nanoseconds), ("microseconds", .microseconds), ("milliseconds", .milliseconds),
        ("seconds", .seconds), ("minutes", .minutes), ("hours", .hours), ("days", .days), ("durationMilliseconds", .durationMilliseconds),
        ("durationSeconds", .durationSeconds), ("durationHoursMinutesSeconds", .durationHoursMinutesSeconds),
        ("durationDaysHoursMinutesSeconds", .durationDaysHoursMinutesSeconds), ("timeticks", .timeticks),
        ("clockMilliseconds", .clockMilliseconds), ("clockSeconds", .clockSeconds),
        // Throughput
        ("countsPerSecond", .countsPerSecond), ("opsPerSecond", .opsPerSecond), ("requestsPerSecond", .requestsPerSecond),
        ("readsPerSecond", .readsPerSecond), ("writesPerSecond", .writesPerSecond), ("ioOpsPerSecond", .ioOpsPerSecond),
        ("eventsPerSecond", .eventsPerSecond), ("messagesPerSecond", .messagesPerSecond), ("recordsPerSecond", .recordsPerSecond),
        ("rowsPerSecond", .rowsPerSecond), ("countsPerMinute", .countsPerMinute), ("opsPerMinute", .opsPerMinute),
        ("requestsPerMinute", .requestsPerMinute), ("readsPerMinute", .readsPerMinute), ("writesPerMinute", .writesPerMinute),
        ("eventsPerMinute", .eventsPerMinute), ("messagesPerMinute", .messagesPerMinute), ("recordsPerMinute", .recordsPerMinute),
        ("rowsPerMinute", .rowsPerMinute),
        // Velocity, volume, boolean
        ("metersPerSecond", .metersPerSecond), ("kilometersPerHour", .kilometersPerHour), ("milesPerHour", .milesPerHour),
        ("knots", .knots), ("milliliters", .milliliters), ("liters", .liters), ("cubicMeters", .cubicMeters),
        ("normalCubicMeters", .normalCubicMeters), ("cubicDecimeters", .cubicDecimeters), ("gallons", .gallons),
        ("trueFalse", .trueFalse), ("yesNo", .yesNo), ("onOff", .onOff),
    ]

    /// Ids Grafana no longer offers but still reads, with the unit each now is.
    public static let aliases: [Unit: Unit] = ["farenheit": .fahrenheit]
}

// MARK: Units with a parameter

extension Unit {
    /// The kinds of unit Grafana reads as `kind:text`, the text being their parameter.
    public enum CustomKind: String, Sendable, CaseIterable {
        case prefix, suffix, si, count, currency, time, bool
    }

    /// The unit `kind:text`.
    public init(_ kind: CustomKind, _ text: String) { self.init(kind.rawValue + ":" + text) }

    /// The kind of a `kind:text` unit, `nil` for any other.
    public var customKind: CustomKind? {
        guard let colon = rawValue.firstIndex(of: ":"), colon > rawValue.startIndex else { return nil }
        return CustomKind(rawValue: String(rawValue[..<colon]))
    }

    /// `symbol` before the value, unscaled: `.prefix("$")` shows `$42`.
    public static func prefix(_ symbol: String) -> Unit { Unit(.prefix, symbol) }
    /// `symbol` after the value, unscaled: `.suffix("req")` shows `42 req`.
    public static func suffix(_ symbol: String) -> Unit { Unit(.suffix, symbol) }
    /// `symbol` with SI prefixes (k, M, m, µ...); a leading prefix letter sets the scale of the raw value: `.si("mF")`.
    public static func si(_ symbol: String) -> Unit { Unit(.si, symbol) }
    /// `symbol` after a count scaled with K, M, B, T: `.count("jobs")` shows `1.5K jobs`.
    public static func count(_ symbol: String) -> Unit { Unit(.count, symbol) }
    /// An amount of money with `symbol` before it, scaled with K, M, B: `.currency("CHF")`.
    public static func currency(_ symbol: String) -> Unit { Unit(.currency, symbol) }
    /// A timestamp in a moment.js `format`: `.time("HH:mm")`, `.time("YYYY-MM-DD")`.
    public static func time(_ format: String) -> Unit { Unit(.time, format) }
    /// A truth value as `yes` or `no`: `.bool(true: "Up", false: "Down")`.
    public static func bool(true yes: String, false no: String) -> Unit { Unit(.bool, yes + "/" + no) }
}
