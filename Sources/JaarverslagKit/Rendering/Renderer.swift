/// Turns the shared document model into one output format. Renderers are siblings: each
/// walks the `Report` on its own, so adding a format means adding one renderer.
public protocol Renderer: Sendable {
    /// The file extension of the output, without the dot.
    var fileExtension: String { get }
    /// The output, or why the format cannot hold this report (XML cannot hold every character).
    func render(_ report: Report) throws(RenderRefusal) -> String
}

/// Why a renderer wrote nothing: the report holds something its format cannot. Validation
/// reports such input at its place in a fragment first; this is the last line of defence, so
/// that no output is ever written half right.
public struct RenderRefusal: CommandFailure, Hashable {
    public var message: Message

    public init(message: Message) {
        self.message = message
    }
}
