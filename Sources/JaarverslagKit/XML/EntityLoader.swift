import CLibXML2
import Foundation

/// libxml2 fetches external entities and DTDs through one process-wide loader. We replace it
/// once with one that refuses everything but the DocBook schema files, so that no input
/// document can make the tool read a local file or reach the network.
enum EntityLoader {
    /// Folders the loader may read from: where the RELAX NG schema and its parts live. Read by
    /// libxml2's callback on whichever thread parses, so every access takes the lock.
    private static let allowedFolders = LockedFolders(["/usr/share/xml/docbook/"])
    private static let installation: Void = {
        xmlSetExternalEntityLoader { url, id, context in
            guard let url else { return nil }
            let text = String(cString: url)
            let path = text.hasPrefix("file://") ? String(text.dropFirst("file://".count)) : text
            guard !path.contains(".."), EntityLoader.allowedFolders.allows(path) else { return nil }
            return xmlNoNetExternalEntityLoader(url, id, context)
        }
    }()

    /// Installs the loader (once) and allows the folder of a schema the user chose.
    static func install(allowing folder: String? = nil) {
        _ = installation
        if let folder { allowedFolders.add(folder.hasSuffix("/") ? folder : folder + "/") }
    }

    private final class LockedFolders: @unchecked Sendable {
        private var folders: [String]
        private let lock = NSLock()

        init(_ folders: [String]) { self.folders = folders }

        func add(_ folder: String) {
            lock.withLock { if !folders.contains(folder) { folders.append(folder) } }
        }

        func allows(_ path: String) -> Bool {
            lock.withLock { folders.contains { path.hasPrefix($0) } }
        }
    }
}
