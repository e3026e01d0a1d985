// swift-tools-version:6.0
import Foundation
import PackageDescription

// The libFuzzer targets, in their own package so that the main build and tests never see the
// sanitizer flags. See README, "Fuzzing".
//   FuzzFragments:   fragment loading, validation, assembly and rendering.
//   FuzzManifest:    manifest loading and checks; a manifest that loads is built and rendered.
//   FuzzFrontMatter: the structure of a YAML front matter, generated from the bytes.
//   FuzzImport:      the Word importer (`jaarverslag import`).
let projectPackage = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent.lowercased()
let kit = Target.Dependency.product(name: "JaarverslagKit", package: projectPackage)

let package = Package(
    name: "JaarverslagFuzz",
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .target(name: "FuzzDriver"),
        // What every target of the compiler's inputs checks, and the year they are checked in.
        .target(name: "FuzzSupport", dependencies: [kit]),
        .executableTarget(name: "FuzzFragments", dependencies: ["FuzzDriver", "FuzzSupport", kit]),
        .executableTarget(name: "FuzzManifest", dependencies: ["FuzzDriver", "FuzzSupport", kit]),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzDriver", "FuzzSupport", kit]),
        .executableTarget(
            name: "FuzzImport",
            dependencies: [
                "FuzzDriver", kit,
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
