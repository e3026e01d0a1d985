// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "jaarverslag",
    products: [
        .executable(name: "jaarverslag", targets: ["jaarverslag"]),
        .library(name: "JaarverslagKit", targets: ["JaarverslagKit"]),
        .executable(name: "jaarverslag-portal", targets: ["jaarverslag-portal"]),
        .library(name: "JaarverslagPortal", targets: ["JaarverslagPortal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // The portal only; the compiler executable links neither.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The portal's .docx upload (multipart/form-data).
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    ],
    targets: [
        // System libraries, reached only through the thin wrappers in JaarverslagKit/XML and /Markdown.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        // zlib, which ZIPFoundation links already: for `DeflateEnd`, the guard before it inflates.
        .systemLibrary(name: "CInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // An anonymous file in memory (memfd_create), so that ZIPFoundation reads an uploaded
        // .docx through a real file: its in-memory archive traps on an offset past the end.
        .target(name: "CMemoryFile"),
        .target(
            name: "JaarverslagKit",
            dependencies: [
                "CLibXML2", "CCmark", "CMemoryFile", "CInflate", .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Data compiled into the binary, so the tool needs nothing installed beside it: the
            // built-in DocBook subset schema and the stylesheets of the HTML page and the PDF.
            resources: [
                .embedInCode("Resources/docbook-subset.rng"), .embedInCode("Resources/page.css"),
                .embedInCode("Resources/print.css"),
            ]
        ),
        // A tool of the repository, not part of the shipping library: derives the built-in
        // DocBook subset schema (Resources/docbook-subset.rng) from the official docbook.rng.
        .target(name: "DocBookSubsetDerivation", dependencies: ["CLibXML2"]),
        // ArgumentParser's own sentences in Dutch, for both executables.
        .target(name: "CommandLineFrame", dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "jaarverslag",
            dependencies: ["JaarverslagKit", "CommandLineFrame", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The web portal: a library the tests drive in-process, and a thin executable.
        .target(
            name: "JaarverslagPortal",
            dependencies: [
                "JaarverslagKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            // Compiled into the binary, like the library's stylesheets: the portal runs from one file.
            resources: [.embedInCode("Assets/portal.js"), .embedInCode("Assets/portal.css"), .embedInCode("Assets/preview.css")]
        ),
        .executableTarget(
            name: "jaarverslag-portal",
            dependencies: ["JaarverslagPortal", "CommandLineFrame", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Test support: the temporary folders the test targets make, removed when the tests exit.
        .target(name: "TemporaryFolders", path: "Tests/TemporaryFolders"),
        .testTarget(
            name: "JaarverslagKitTests",
            dependencies: [
                "JaarverslagKit", "DocBookSubsetDerivation", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "JaarverslagCLITests",
            dependencies: ["jaarverslag", "TemporaryFolders"]
        ),
        .testTarget(
            name: "JaarverslagPortalTests",
            dependencies: [
                "JaarverslagPortal",
                "jaarverslag-portal",
                "TemporaryFolders",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            exclude: ["Browser"]
        ),
    ]
)
