@testable import Build
import Emitters
import Foundation
import TestSupport
import XCTest

/// manifest.json assembled from per-customer fragments (ManifestWriter) must be the
/// bytes CanonicalJSON gives for the whole manifest, whether a fragment is rendered
/// now or copied from a previous manifest.
final class ManifestWriterTests: XCTestCase {
    func file(_ path: String, _ size: Int = 12) -> BuildManifest.File {
        BuildManifest.File(path: path, size: size, sha256: ContentDigest.sha256(Data(path.utf8)))
    }

    func manifest() -> BuildManifest {
        // Ids that are prefixes of each other, a customer called `index`, odd characters.
        let customers = ["acme", "acme-2", "index", "zeta", "b"].map {
            BuildManifest.Customer(id: $0, name: "Name \"\($0)\" \\ é\u{1}/\u{2028}\u{7f}\t😀", warnings: $0.count * 7, digest: "d-\($0)")
        }
        var files = [file("index.html"), file("zz-top.txt")]
        for id in customers.map(\.id) {
            // `!` sorts before every letter: an escaped path first in its customer's part.
            files += [file("\(id)/!\"first\""), file("\(id)/index.html"), file("\(id)/routing/routing.json"),
                      file("\(id)/provisioning/we\"ird\\na\u{7f}me\u{1f}\tx é\u{2028}.cfg")]
            if id != "b" { files.append(file("\(id).zip", 999_999)) }  // b has no phones
        }
        return BuildManifest(pbxcVersion: "1.2.3", buildYear: 2026, repositoryDigest: "r", customers: customers,
                             files: files.shuffled())
    }

    func testFragmentsGiveTheBytesOfTheWholeManifest() throws {
        let manifest = manifest()
        let expected = try CanonicalJSON.encode(manifest)
        XCTAssertEqual(try ManifestEmitter.emit(manifest).contents, expected)
        XCTAssertEqual(try JSONDecoder().decode(BuildManifest.self, from: expected), manifest)
    }

    func testCopiedFragmentsGiveTheSameBytes() throws {
        let manifest = manifest()
        let ids = manifest.customers.map(\.id)
        let rendered = ManifestEmitter.parts(manifest.files, customers: ids)
        let placed = Dictionary(uniqueKeysWithValues: rendered.compactMap { part in part.owner.map { ($0, part) } })
        let file = try ManifestEmitter.emit(manifest, parts: rendered)
        // The next build finds every customer's part in the bytes, copies it and renders the rest.
        let found = try XCTUnwrap(ManifestWriter.parts(in: file.contents, owners: Set(ids)))
        XCTAssertEqual(Set(found.keys), Set(ids))
        for id in ids {
            XCTAssertEqual(found[id]?.fragment, placed[id]?.fragment)
            XCTAssertEqual(found[id]?.firstPath, placed[id]?.firstPath)
        }
        var parts = Array(found.values)
        parts += ManifestEmitter.parts(manifest.files.filter { BuildManifest.File.owner(of: $0.path).map(ids.contains) != true },
                                       customers: ids)
        let copied = try ManifestEmitter.emit(manifest, parts: parts.shuffled())
        XCTAssertEqual(copied.contents, try CanonicalJSON.encode(manifest))
        XCTAssertEqual(placed["acme"]?.fileCount, 5)
    }

    func testBytesNotLaidOutByTheWriterGiveNoParts() throws {
        let manifest = manifest()
        var bytes = try ManifestEmitter.emit(manifest).contents
        XCTAssertNotNil(ManifestWriter.parts(in: bytes, owners: ["acme"]))
        bytes = Data(String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n    },\n", with: "},").utf8)
        XCTAssertNil(ManifestWriter.parts(in: bytes, owners: ["acme"]))
        XCTAssertNil(ManifestWriter.parts(in: Data("{}".utf8), owners: []))
    }

    func testAnEmptyBuild() throws {
        let manifest = BuildManifest(pbxcVersion: "1", buildYear: 2026, repositoryDigest: "none", customers: [], files: [])
        XCTAssertEqual(try ManifestEmitter.emit(manifest).contents, try CanonicalJSON.encode(manifest))
    }
}
