// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jaarverslag",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jaarverslag", targets: ["jaarverslag"]),
        .library(name: "JaarverslagKit", targets: ["JaarverslagKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // System libraries, reached only through the thin wrappers in JaarverslagKit/XML and /Markdown.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(
            name: "JaarverslagKit",
            dependencies: ["CLibXML2", "CCmark", .product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "jaarverslag",
            dependencies: ["JaarverslagKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "JaarverslagKitTests",
            dependencies: ["JaarverslagKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "JaarverslagCLITests",
            dependencies: ["jaarverslag"]
        ),
    ]
)
