import Build
import Foundation
import TestSupport
import XCTest

/// An unchanged output costs a stat, not a hash: a file is hashed only when the stamp
/// the build cache recorded no longer holds.
final class OutputVerifierTests: XCTestCase {
    func testARecordedStampSparesTheHashAndAnyOtherStampIsHashed() throws {
        let folder = try temporaryFolder(self)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("acme"), withIntermediateDirectories: true)
        let path = "acme/extensions.conf"
        try Data("exten => 1\n".utf8).write(to: folder.appendingPathComponent(path))
        let stamp = try XCTUnwrap(FileStamp.read(folder.appendingPathComponent(path).path))
        // The manifest says other bytes of the same size: only hashing can tell.
        let listed = ["acme": [BuildManifest.File(path: path, size: 11, sha256: String(repeating: "0", count: 64))]]

        let trusted = OutputVerifier(folder: folder, files: listed, stamps: [path: stamp]).verify("acme", trusted: [path: stamp])
        XCTAssertTrue(trusted.intact)
        XCTAssertFalse(trusted.hashed)

        var moved = stamp
        moved.changed += 1
        let verifier = OutputVerifier(folder: folder, files: listed, stamps: [path: stamp])
        let hashed = verifier.verify("acme", trusted: [path: moved])
        XCTAssertTrue(hashed.hashed)
        XCTAssertFalse(hashed.intact)
        XCTAssertEqual(verifier.changed, [path])

        let missing = OutputVerifier(folder: folder, files: listed, stamps: [:])
        XCTAssertEqual(missing.verify("acme").changed, [path], "a file not found is changed")
    }
}
