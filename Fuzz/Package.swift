// swift-tools-version:6.0
import Foundation
import PackageDescription

// The libFuzzer targets, in their own package so that the main build and tests never see the
// sanitizer flags. See README, "Fuzzing".
//   FuzzFragments: fragment loading, validation, assembly and rendering.
//   FuzzImport:    the Word importer (`jaarverslag import`).
let projectPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()

let package = Package(
    name: "JaarverslagFuzz",
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzFragments",
            dependencies: ["FuzzDriver", .product(name: "JaarverslagKit", package: projectPackage)]
        ),
        .executableTarget(
            name: "FuzzImport",
            dependencies: [
                "FuzzDriver", .product(name: "JaarverslagKit", package: projectPackage),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
