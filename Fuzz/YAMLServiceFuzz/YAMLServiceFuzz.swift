import RecipeFuzzSupport

/// libFuzzer entry point for the `yamlService` pipeline: the invariants of `FuzzPipeline.check`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    FuzzPipeline.yamlService.check(bytes)
    return 0
}
