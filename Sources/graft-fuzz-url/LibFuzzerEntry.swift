// The libFuzzer entry point, compiled only with -D GRAFT_LIBFUZZER (SwiftPM builds see an empty file).
// From the package root, with the toolchain's clang libFuzzer runtime:
//   mkdir -p .build/libfuzzer
//   swiftc -O -sanitize=fuzzer -parse-as-library -module-name GraftURL -emit-module -emit-library -static \
//     -emit-module-path .build/libfuzzer/GraftURL.swiftmodule -o .build/libfuzzer/libGraftURL.a Sources/GraftURL/*.swift
//   swiftc -O -sanitize=fuzzer -parse-as-library -D GRAFT_LIBFUZZER -I .build/libfuzzer -L .build/libfuzzer -lGraftURL \
//     Sources/graft-fuzz-url/URLInvariants.swift Sources/graft-fuzz-url/LibFuzzerEntry.swift \
//     -o .build/libfuzzer/graft-fuzz-url-libfuzzer
//   .build/libfuzzer/graft-fuzz-url-libfuzzer -runs=1000000 -max_len=512
#if GRAFT_LIBFUZZER
/// Checks one libFuzzer input; an invariant violation stops the run so libFuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func checkLibFuzzerInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    if case let .violated(reason) = checkURLInvariants(text) {
        fatalError("invariant violated: \(reason); input: \(text)")
    }
    return 0
}
#endif
