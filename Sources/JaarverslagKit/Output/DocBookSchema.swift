import CLibXML2
import Foundation

/// The official DocBook 5.0 RELAX NG schema, parsed once and reused for every validation.
///
/// libxml2's verdicts agree with `xmllint --relaxng` and `jing`; its messages are terse,
/// so each is reported with the line libxml2 gives and a hint to run `jing` for detail.
///
/// `@unchecked Sendable` is safe: the parsed schema is never changed after `init`, and each
/// validation, which needs libxml2's validation state, holds the lock.
public final class DocBookSchema: @unchecked Sendable {
    /// Where Debian's `docbook5-xml` package installs the schema.
    public static let defaultPath = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng"

    private let schema: xmlRelaxNGPtr
    private let lock = NSLock()

    public enum LoadError: CommandFailure {
        case missing(path: String)
        case unparsable(path: String)

        public var message: Message {
            let path: String
            switch self {
            case .missing(let missing): path = missing
            case .unparsable(let unparsable): path = unparsable
            }
            return Message(
                nl:
                    "het schema \(path) ontbreekt of is onleesbaar; geef een ander --schema, installeer het Debian-pakket docbook5-xml, of gebruik --no-validate",
                en:
                    "the schema \(path) is missing or unreadable; give another --schema, install the Debian package docbook5-xml, or use --no-validate"
            )
        }
    }

    /// Which schema a build validates its DocBook against.
    public enum Choice: Hashable, Sendable {
        /// No validation (`--no-validate`).
        case none
        /// The part of DocBook 5.0 that jaarverslag writes, built in (the default).
        case builtIn
        /// A RELAX NG schema file (`--schema PATH`), such as the whole `docbook.rng`.
        case file(String)
    }

    /// The schema of a choice, parsed; nil for `.none`.
    public static func load(_ choice: Choice) throws(LoadError) -> DocBookSchema? {
        switch choice {
        case .none: return nil
        case .builtIn: return try subset()
        case .file(let path): return try DocBookSchema(path: path)
        }
    }

    /// A full schema from a file, such as the official DocBook 5.0 `docbook.rng`.
    public convenience init(path: String = DocBookSchema.defaultPath) throws(LoadError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        // The schema file and the files it includes are read while the schema is parsed.
        let parsed = EntityLoader.allowing(folder) { () -> Result<xmlRelaxNGPtr, LoadError> in
            guard let parserContext = xmlRelaxNGNewParserCtxt(path) else { return .failure(.unparsable(path: path)) }
            return Self.parse(parserContext, path: path)
        }
        switch parsed {
        case .success(let schema): self.init(schema)
        case .failure(let error): throw error
        }
    }

    /// The subset of DocBook 5.0 that jaarverslag writes (see `DocBookSubset`), built in: a
    /// document valid against it is valid DocBook 5.0, and it parses in a tenth of the time.
    public static func subset() throws(LoadError) -> DocBookSchema {
        LibXML.ready
        var text = DocBookSubset.schemaText
        let context = text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { xmlRelaxNGNewMemParserCtxt($0.baseAddress, Int32($0.count)) }
        }
        guard let context else { throw .unparsable(path: "DocBookSubset") }
        return DocBookSchema(try parse(context, path: "DocBookSubset").get())
    }

    /// Parses a schema and frees the parser context.
    private static func parse(_ parserContext: xmlRelaxNGParserCtxtPtr, path: String) -> Result<xmlRelaxNGPtr, LoadError> {
        defer { xmlRelaxNGFreeParserCtxt(parserContext) }
        xmlRelaxNGSetParserStructuredErrors(parserContext, { _, _ in }, nil)
        guard let parsed = xmlRelaxNGParse(parserContext) else { return .failure(.unparsable(path: path)) }
        return .success(parsed)
    }

    private init(_ schema: xmlRelaxNGPtr) {
        self.schema = schema
    }

    deinit {
        xmlRelaxNGFree(schema)
    }

    /// One problem found by the schema, with the line in the XML text.
    public struct Violation: Hashable, Sendable {
        public var line: Int
        public var message: String
    }

    /// Validates an XML document given as text; an empty result means valid.
    public func violations(in xml: String) -> [Violation] {
        lock.lock()
        defer { lock.unlock() }
        let collector = ViolationCollector()
        let utf8 = Array(xml.utf8)
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                xmlReadMemory(chars.baseAddress, Int32(chars.count), nil, "UTF-8", options)
            }
        }
        guard let document else {
            return [Violation(line: 1, message: "the generated XML is not well-formed")]
        }
        defer { xmlFreeDoc(document) }
        guard let context = xmlRelaxNGNewValidCtxt(schema) else {
            return [Violation(line: 1, message: "libxml2 could not create a validation context")]
        }
        defer { xmlRelaxNGFreeValidCtxt(context) }
        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        xmlRelaxNGSetValidStructuredErrors(
            context,
            { userData, error in
                guard let userData, let error else { return }
                let collector = Unmanaged<ViolationCollector>.fromOpaque(userData).takeUnretainedValue()
                let message = error.pointee.message.map { String(cString: $0) } ?? "invalid"
                collector.violations.append(
                    Violation(
                        line: Int(error.pointee.line),
                        message: message.trimmingCharacters(in: .whitespacesAndNewlines)))
            }, box.toOpaque())
        let result = xmlRelaxNGValidateDoc(context, document)
        if result != 0 && collector.violations.isEmpty {
            collector.violations.append(Violation(line: 1, message: "the document does not match the DocBook 5.0 schema"))
        }
        return collector.violations
    }
}

private final class ViolationCollector {
    var violations: [DocBookSchema.Violation] = []
}
