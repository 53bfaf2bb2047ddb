/// libFuzzer's driver, for executables whose `main` SwiftPM names itself.
public enum LibFuzzer {
    /// The function libFuzzer calls with each input.
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32

    /// Runs libFuzzer with the command line (`LLVMFuzzerRunDriver`, in the sanitizer runtime
    /// linked by `-sanitize=fuzzer`; only fuzz executables may call this).
    public static func runDriver(
        _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: Callback
    ) -> Int32 {
        llvmFuzzerRunDriver(argc, argv, callback)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: LibFuzzer.Callback
) -> Int32
