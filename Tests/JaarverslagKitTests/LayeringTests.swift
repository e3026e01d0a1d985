import Foundation
import Testing

/// The folders of the library are layers, and the data flows one way: a file may use the
/// types of its own layer and the layers below it, never those above. Diff, Status, Fixing
/// and Templates are clients of the pipeline; nothing below uses them.
@Suite struct LayeringTests {
    /// Lowest first. A folder may depend on its own row and the rows above it in this list.
    static let layers: [[String]] = [
        ["Support", "Diagnostics"],
        ["Model"],
        ["Storage", "XML", "Markdown", "YAML"],
        ["Import"],
        ["Loading"],
        ["Validation"],
        ["Ordering"],
        ["Assembly"],
        ["Rendering"],
        ["Output"],
        ["Pipeline"],
        ["Status", "Fixing", "Templates", "Diff"],
    ]

    static let library = Snapshot.packageRoot.appendingPathComponent("Sources/JaarverslagKit")

    static func layer(of folder: String) -> Int? {
        layers.firstIndex { $0.contains(folder) }
    }

    /// Every `.swift` file: its top folder and its code without comments and string literals.
    static func files() throws -> [(folder: String, path: String, code: String)] {
        let enumerator = FileManager.default.enumerator(at: library, includingPropertiesForKeys: nil)
        var files: [(String, String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let path = String(url.path.dropFirst(library.path.count + 1))
            let folder = String(path.split(separator: "/")[0])
            files.append((folder, path, code(of: try String(contentsOf: url, encoding: .utf8))))
        }
        return files
    }

    /// The text with `//` comments and string literals blanked out (good enough for our code:
    /// no type name hides in a comment or a message this way).
    static func code(of text: String) -> String {
        var result = ""
        var inString = false
        var inComment = false
        var previous: Character = " "
        for character in text {
            if inComment {
                if character == "\n" {
                    inComment = false
                    result.append("\n")
                }
            } else if inString {
                if character == "\"" && previous != "\\" { inString = false }
                if character == "\n" { result.append("\n") }
            } else if character == "/" && previous == "/" {
                result.removeLast()
                inComment = true
            } else if character == "\"" {
                inString = true
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    @Test func everyFolderHasALayer() throws {
        let folders = try Set(Self.files().map(\.folder)).filter { $0 != "Resources" }
        #expect(folders.filter { Self.layer(of: $0) == nil }.isEmpty, "give every folder a layer in LayeringTests.layers")
    }

    @Test func noFileUsesATypeOfAHigherLayer() throws {
        let files = try Self.files()
        let declaration = try NSRegularExpression(
            pattern: #"(?m)^(?:public |internal )?(?:final )?(?:struct|enum|class|protocol|actor) (\w+)"#)
        var declaredIn: [String: Set<String>] = [:]
        for file in files {
            for match in declaration.matches(in: file.code, range: NSRange(file.code.startIndex..., in: file.code)) {
                declaredIn[String(file.code[Range(match.range(at: 1), in: file.code)!]), default: []].insert(file.folder)
            }
        }
        // Names declared at the top of exactly one folder.
        let owner = declaredIn.compactMapValues { $0.count == 1 ? $0.first : nil }
        let identifier = try NSRegularExpression(pattern: #"\b[A-Z]\w*\b"#)
        for file in files {
            guard let own = Self.layer(of: file.folder) else { continue }
            let names = Set(
                identifier.matches(in: file.code, range: NSRange(file.code.startIndex..., in: file.code)).map {
                    String(file.code[Range($0.range, in: file.code)!])
                })
            for name in names.sorted() {
                guard let folder = owner[name], let layer = Self.layer(of: folder) else { continue }
                #expect(layer <= own, "\(file.path) uses \(name) from \(folder)/, a higher layer")
            }
        }
    }
}
