/// Hard limits on a .docx, checked while it is read, so that a hostile file (a zip bomb, a
/// package of a million entries) costs a bounded amount of time and memory.
///
/// A real section of the annual report is a few hundred kilobytes of XML; photos make the
/// file itself larger, but images are never unpacked.
public struct DocxLimits: Sendable, Hashable {
    /// The file as uploaded or given on the command line.
    public var fileSize = 64 * 1024 * 1024
    /// Entries in the zip package; Word writes about twenty, plus one per image.
    public var entries = 2_000
    /// One unpacked XML part.
    public var partSize = 32 * 1024 * 1024
    /// All unpacked parts together.
    public var totalSize = 64 * 1024 * 1024
    /// Unpacked bytes per packed byte, for parts above `ratioFloor`; Word's XML packs about
    /// 5 to 20 times, a zip bomb about 1,000 times.
    public var ratio = 200
    public var ratioFloor = 1024 * 1024

    public init() {}
}
