import GraftPromQL
import Testing

@Suite struct PromQLLexerTests {
    /// Each token as `kind:source`, the source being what its range covers.
    func written(_ tokens: [PromQLToken], in text: String) -> [String] {
        tokens.dropLast().map { "\($0.kind):\(text[$0.range])" }
    }

    @Test func tokensKnowWhereTheyStand() {
        let text = #"sum(rate(é_x{a="ü\"", b=~'c'}[5m])) # end"#
        let tokens = PromQLLexer.templateTokens(text)
        #expect(written(tokens, in: text) == [
            "identifier:sum", "symbol:(", "identifier:rate", "symbol:(", "other:é", "identifier:_x", "symbol:{",
            "identifier:a", "symbol:=", #"string:"ü\"""#, "symbol:,", "identifier:b", "symbol:=~", "string:'c'", "symbol:}",
            "symbol:[", "duration:5m", "symbol:]", "symbol:)", "symbol:)",
        ])
        #expect(tokens[9].text == #"ü""#)
        #expect(tokens.last?.kind == .end && tokens.last?.range == text.endIndex..<text.endIndex)
        #expect(throws: PromQLReadError.self) { try PromQLLexer.tokens(text) }
    }

    @Test func grafanaVariablesAreTokensInTemplates() {
        let text = #"rate(x{a="$v"}[$__rate_interval]) / ${n:raw} * [[m]] offset $shift"#
        let tokens = PromQLLexer.templateTokens(text)
        #expect(tokens.filter { $0.kind == .variable }.map(\.text) == ["__rate_interval", "n", "m", "shift"])
        #expect(written(tokens, in: text).contains("variable:${n:raw}"))
        #expect(!tokens.contains { $0.kind == .symbol && $0.text == "{" && text[$0.range.lowerBound...].hasPrefix("{n") })
        let error = #expect(throws: PromQLReadError.self) { try PromQLLexer.tokens(text) }
        #expect(error?.offset == 15)
    }

    @Test func logQLAndMalformedStringsDoNotStopATemplate() {
        let text = #"{app="x"} |= "a\xzz" | line_format "{{.y}}"# + "\n" + #"" |~ "open""#
        let tokens = PromQLLexer.templateTokens(text)
        #expect(written(tokens, in: text).prefix(9) == [
            "symbol:{", "identifier:app", "symbol:=", #"string:"x""#, "symbol:}", "other:|", "symbol:=", #"string:"a\xzz""#, "other:|",
        ])
        #expect(tokens[7].text == "axzz")
        #expect(throws: PromQLReadError.self) { try PromQLLexer.tokens(text) }
        #expect(written(tokens, in: text).suffix(4) == ["string:\"{{.y}}\n\"", "other:|", "other:~", #"string:"open""#])
    }
}
