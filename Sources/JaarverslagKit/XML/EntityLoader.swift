import CLibXML2

/// libxml2 fetches external entities and DTDs through one process-wide loader. We replace it
/// once with one that refuses everything but the DocBook schema files, so that no input
/// document can make the tool read a local file or reach the network.
enum EntityLoader {
    /// Folders the loader may read from: where the RELAX NG schema and its parts live.
    nonisolated(unsafe) private static var allowedFolders: [String] = ["/usr/share/xml/docbook/"]
    private static let installation: Void = {
        xmlSetExternalEntityLoader { url, id, context in
            guard let url else { return nil }
            let text = String(cString: url)
            let path = text.hasPrefix("file://") ? String(text.dropFirst("file://".count)) : text
            guard !path.contains(".."), EntityLoader.allowedFolders.contains(where: { path.hasPrefix($0) }) else { return nil }
            return xmlNoNetExternalEntityLoader(url, id, context)
        }
    }()

    /// Installs the loader (once) and allows the folder of a schema the user chose.
    static func install(allowing folder: String? = nil) {
        _ = installation
        if let folder, !allowedFolders.contains(folder) {
            allowedFolders.append(folder.hasSuffix("/") ? folder : folder + "/")
        }
    }
}
