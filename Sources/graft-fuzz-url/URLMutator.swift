import GraftFuzzing

/// The mutator of URL bytes: inputs of at most 512 bytes, with URL delimiters, escapes, non-ASCII,
/// and route and time-name tokens to insert.
func urlMutator(seed: UInt64) -> ByteMutator {
    let tokens = (["%", "&", "=", "?", "#", "/", "[", "]", ":", "@", "+", ".", "-",
                   "%2", "%zz", "%6F", "%2F", "%E7%BD%91", "网", "é", "😀", "\u{FFFD}",
                   "&&", "from", "to=now", "&from=now-1h", "time.window=", "refresh=5s",
                   "/d/", "d-solo", "goto/", "::", "65536", "0"]
        .map { Array($0.utf8) }) + [[0x80], [0xFF], [0xC3]]
    return ByteMutator(tokens: tokens, maximumLength: 512, generator: SplitMix64(seed: seed))
}
