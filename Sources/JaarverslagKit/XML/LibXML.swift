import CLibXML2
import Foundation

/// libxml2's process-wide set-up, done once before any thread uses the library: the parser's
/// global tables (`xmlInitParser`, which libxml2 requires before threaded use) and an external
/// entity loader that refuses everything except what `EntityLoader.allowing` permits on the
/// calling thread. Every entry into libxml2 in this module goes through `LibXML.ready` first.
enum LibXML {
    static let ready: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader { url, id, context in
            guard let url else { return nil }
            let text = String(cString: url)
            let path = text.hasPrefix("file://") ? String(text.dropFirst("file://".count)) : text
            guard !path.contains(".."), let folder = EntityLoader.allowedFolder, path.hasPrefix(folder) else { return nil }
            return xmlNoNetExternalEntityLoader(url, id, context)
        }
    }()
}
