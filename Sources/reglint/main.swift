import RegLintCommand

#if canImport(Glibc)
    import Glibc

    // Arrays of 128 KB and more get mappings of their own, returned to the system when freed.
    // glibc otherwise raises this threshold after the first such array is freed, and the large
    // arrays a big document's checks make one after another then stay in the heap: on a 50 MB
    // Akoma Ntoso act that is 6% more peak memory (docs/performance.md). `mallopt` is in
    // <malloc.h>, which the Glibc module does not export; it is looked up instead.
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
        typealias MallOpt = @convention(c) (Int32, Int32) -> Int32
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        _ = unsafeBitCast(symbol, to: MallOpt.self)(mmapThreshold, 128 * 1024)
    }
#endif

ReglintCommand.runAndExit()
