import RecipeFuzzDriver
import RecipeFuzzSupport

/// libFuzzer entry point for the `yamlService` pipeline: the invariants of `FuzzPipeline.check`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzPipeline.yamlService.check(bytes)
    return 0
}

/// SwiftPM links an executable's entry point as `<module>_main`; hand it to libFuzzer's driver.
@_cdecl("YAMLServiceFuzz_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return LibFuzzer.runDriver(&count, &arguments, fuzzOneInput)
}
