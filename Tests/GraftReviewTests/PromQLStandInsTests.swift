import Foundation
import GraftPromQL
@testable import GraftReview
import Testing

@Suite struct PromQLStandInsTests {
    @Test(arguments: [
        (#"rate(x{a="$v"}[$__rate_interval])"#, #"rate(x{a="graft_var_v"}[1m])"#),
        (#"rate(x{a=~"${v:regex}"}[$interval] offset $shift)"#, #"rate(x{a=~"graft_var_v"}[5m] offset 5m)"#),
        (#"sum by ($group) (x) / $__range_s * [[factor]]"#, #"sum by (graft_var_group) (x) / 3600 * 1"#),
        (#"increase(envoy_$kind_total[$__range]) > $threshold"#, #"increase(envoy_graft_var_kind_total[1h]) > 1"#),
        (#"label_replace(x, "dst", "$1", "src", "(.*)")"#, #"label_replace(x, "dst", "$1", "src", "(.*)")"#),
        (#"avg_over_time(x[${minutes}m:$__interval])"#, #"avg_over_time(x[5m:15s])"#),
    ] as [(String, String)])
    func standInsKeepTheExpressionValid(expression: String, expected: String) throws {
        let replaced = PromQLStandIns.replace(in: expression)
        #expect(replaced == expected)
        _ = try PromQLParser.parse(replaced)
        if let promtool = installedPromtool {
            #expect(try promtool.parseErrors([replaced]).isEmpty)
        }
    }

    @Test(.enabled(if: installedPromtool != nil, promtoolMissing))
    func promtoolErrorsMapBackToTheirExpression() throws {
        let errors = try installedPromtool!.parseErrors(["up", "sum(up", "rate(up)", #"up{a=~"("}"#, "up\n/\nup"])
        #expect(Set(errors.keys) == [1, 2, 3])
        #expect(errors[2]?.contains("expected type range vector") == true)
    }
}
