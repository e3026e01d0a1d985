/// Turns the shared document model into one output format. Renderers are siblings: each
/// walks the `Report` on its own, so adding a format means adding one renderer.
public protocol Renderer: Sendable {
    /// The file extension of the output, without the dot.
    var fileExtension: String { get }
    func render(_ report: Report) -> String
}
