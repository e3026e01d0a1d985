/// Why a command could not do its work at all (exit code 2): a sentence in both languages,
/// and the findings that explain it, if any. Every failure a command can meet conforms, so
/// that nothing but a `Message` ever reaches the user.
public protocol CommandFailure: Error, Sendable {
    var message: Message { get }
    /// Located findings behind the failure (a broken manifest's diagnostics); often none.
    var diagnostics: [Diagnostic] { get }
    /// Where the failure is, when it is one place in one file.
    var location: TextLocation? { get }
}

extension CommandFailure {
    public var diagnostics: [Diagnostic] { [] }
    public var location: TextLocation? { nil }
}

/// Any command failure as one concrete type, for a result that can fail in more than one way
/// (a build can fail on its schema or on its year).
public struct UsageError: CommandFailure {
    public var message: Message
    public var diagnostics: [Diagnostic]
    public var location: TextLocation?

    public init(_ failure: any CommandFailure) {
        message = failure.message
        diagnostics = failure.diagnostics
        location = failure.location
    }
}
