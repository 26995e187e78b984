import Foundation
import ZIPFoundation

/// `provisioning/SHA256SUMS` and `<customer>.zip`, the bundle to upload to a
/// provisioning server: entries sorted by name, stored (not deflated, so the bytes do
/// not depend on the zlib version), one fixed timestamp and mode 0600 (every file
/// holds secrets). Two builds give the same bytes.
public enum ProvisioningBundle {
    public static let sumsName = "SHA256SUMS"

    /// `<sha256>  <name>` per file, sorted by name (the format `sha256sum -c` reads).
    public static func sums(_ files: [EmittedFile]) -> EmittedFile {
        let lines = files.map { (name($0), ContentDigest.sha256($0.contents)) }.sorted { $0.0 < $1.0 }
            .map { "\($0.1)  \($0.0)\n" }
        return EmittedFile(path: "\(ProvisioningEmitter.folder)/\(sumsName)", text: lines.joined())
    }

    /// The zip of the provisioning files (and their SHA256SUMS), at `path`.
    public static func zip(_ files: [EmittedFile], path: String) throws -> EmittedFile {
        let archive = try Archive(data: Data(), accessMode: .create)
        let stamp = fixedDate
        for file in files.sorted(by: { name($0) < name($1) }) {
            let data = file.contents
            try archive.addEntry(with: name(file), type: .file, uncompressedSize: Int64(data.count),
                                 modificationDate: stamp, permissions: 0o600, compressionMethod: .none) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        return EmittedFile(path: path, contents: archive.data ?? Data())
    }

    /// The name inside the bundle: the path below `provisioning/`.
    static func name(_ file: EmittedFile) -> String {
        let prefix = ProvisioningEmitter.folder + "/"
        return file.path.hasPrefix(prefix) ? String(file.path.dropFirst(prefix.count)) : file.path
    }

    /// 2000-01-01 00:00 UTC: ZIPFoundation turns dates into DOS fields with `gmtime`,
    /// so a fixed instant gives the same bytes under every TZ (tested).
    static let fixedDate = Date(timeIntervalSince1970: 946_684_800)
}
