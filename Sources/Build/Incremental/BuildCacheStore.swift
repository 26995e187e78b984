import Diagnostics
import Emitters
import Foundation
import Validator

/// BuildCache in SQLite: a row per customer, a row per fact (customer id and MACs,
/// for the rules across customers), and the cache's key and manifest digest. Lists
/// are stored as lines, stamps as `size:modified:changed:inode` separated by `;`,
/// findings (rare) and the files rules looked for as JSON (a path may hold any
/// character, a line break or a NUL included).
enum BuildCacheStore {
    struct Malformed: Error {}

    static let schema = """
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS customer (
            source TEXT PRIMARY KEY, files TEXT NOT NULL, stamps TEXT NOT NULL, stamped INTEGER NOT NULL,
            id TEXT NOT NULL, name TEXT NOT NULL, digest TEXT NOT NULL,
            secret_inputs TEXT NOT NULL, secret_digest TEXT NOT NULL, kept_check INTEGER NOT NULL, findings TEXT,
            outputs TEXT NOT NULL, output_stamps TEXT NOT NULL, outputs_stamped INTEGER NOT NULL, probes TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS fact (
            source TEXT NOT NULL, position INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL,
            path TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, length INTEGER NOT NULL,
            PRIMARY KEY (source, position));
        """

    /// A customer's findings and suppressions: stored only when it has any.
    struct Findings: Codable {
        var diagnostics: [Diagnostic]
        var suppressions: [Suppression]
    }

    static func read(_ database: SQLiteDatabase) throws -> BuildCache {
        var meta: [String: String] = [:]
        let metaRows = try database.prepare("SELECT name, value FROM meta")
        while try metaRows.next() { meta[metaRows.text(0) ?? ""] = metaRows.text(1) }
        guard meta["format"] == BuildCache.currentFormat, let key = meta["key"], let manifest = meta["manifest"] else {
            throw Malformed()
        }
        var entries: [BuildCache.Entry] = []
        var index: [String: Int] = [:]
        let rows = try database.prepare("""
            SELECT source, files, stamps, stamped, id, name, digest, secret_inputs, secret_digest, kept_check,
                   findings, outputs, output_stamps, outputs_stamped, probes FROM customer ORDER BY source
            """)
        while try rows.next() {
            guard let source = rows.text(0), let stamps = Self.stamps(rows.text(2)), let outputStamps = Self.stamps(rows.text(12)) else {
                throw Malformed()
            }
            var check: CustomerCheck?
            if rows.int(9) != 0 {
                let findings = try rows.text(10).map { try JSONDecoder().decode(Findings.self, from: Data($0.utf8)) }
                check = CustomerCheck(diagnostics: findings?.diagnostics ?? [], suppressions: findings?.suppressions ?? [],
                                      facts: CustomerFacts(id: nil, macs: []), hasLiteralSecrets: false,
                                      probes: try JSONDecoder().decode([FileProbe].self, from: Data((rows.text(14) ?? "").utf8)))
            }
            index[source] = entries.count
            entries.append(BuildCache.Entry(
                source: source, files: lines(rows.text(1)), stamps: stamps, stamped: rows.int(3),
                id: rows.text(4) ?? "", name: rows.text(5) ?? "", digest: rows.text(6) ?? "", secretInputs: lines(rows.text(7)),
                secretDigest: rows.text(8) ?? "", check: check, outputs: lines(rows.text(11)), outputStamps: outputStamps,
                outputsStamped: rows.int(13)))
        }
        let facts = try database.prepare("SELECT source, kind, value, path, line, col, length FROM fact ORDER BY source, position")
        while try facts.next() {
            guard let at = index[facts.text(0) ?? ""], entries[at].check != nil else { continue }
            let fact = CustomerFacts.Located(value: facts.text(2) ?? "", location: Diagnostic.Location(
                path: facts.text(3) ?? "", line: Int(facts.int(4)), column: Int(facts.int(5)), length: Int(facts.int(6))))
            if facts.text(1) == "id" { entries[at].check?.facts.id = fact } else { entries[at].check?.facts.macs.append(fact) }
        }
        return BuildCache(key: key, manifestSHA256: manifest, customers: entries)
    }

    /// Writes `cache`, touching only rows that differ from `previous`.
    static func write(_ cache: BuildCache, previous: BuildCache?, to database: SQLiteDatabase) throws {
        try database.execute(schema)
        try database.transaction {
            if previous == nil { try database.execute("DELETE FROM customer; DELETE FROM fact; DELETE FROM meta") }
            let before = Dictionary((previous?.customers ?? []).filter { !cache.untouched.contains($0.source) }.map { ($0.source, $0) },
                                    uniquingKeysWith: { a, _ in a })
            let upsert = try database.prepare("INSERT OR REPLACE INTO customer VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)")
            let deleteCustomer = try database.prepare("DELETE FROM customer WHERE source = ?1")
            let deleteFacts = try database.prepare("DELETE FROM fact WHERE source = ?1")
            let insertFact = try database.prepare("INSERT INTO fact VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            // By index: binding every entry first would copy all 10,000 of them to skip 9,999.
            for index in cache.customers.indices where !cache.untouched.contains(cache.customers[index].source) {
                let entry = cache.customers[index]
                guard before[entry.source] != entry else { continue }
                var findings: String?
                if let check = entry.check, !check.diagnostics.isEmpty || !check.suppressions.isEmpty {
                    findings = String(decoding: try JSONEncoder().encode(Findings(diagnostics: check.diagnostics,
                                                                                  suppressions: check.suppressions)), as: UTF8.self)
                }
                try upsert.run([entry.source, entry.files.joined(separator: "\n"), text(entry.stamps), entry.stamped,
                                entry.id, entry.name, entry.digest, entry.secretInputs.joined(separator: "\n"), entry.secretDigest,
                                entry.check == nil ? 0 : 1, findings, entry.outputs.joined(separator: "\n"), text(entry.outputStamps), entry.outputsStamped,
                                String(decoding: try probeEncoder.encode(entry.check?.probes ?? []), as: UTF8.self)])
                try deleteFacts.run([entry.source])
                guard let facts = entry.check?.facts else { continue }
                for (position, (kind, fact)) in ((facts.id.map { [("id", $0)] } ?? []) + facts.macs.map { ("mac", $0) }).enumerated() {
                    try insertFact.run([entry.source, position, kind, fact.value, fact.location.path, fact.location.line,
                                        fact.location.column, fact.location.length])
                }
            }
            let current = Set(cache.customers.map(\.source))
            for old in previous?.customers ?? [] where !current.contains(old.source) {
                try deleteCustomer.run([old.source])
                try deleteFacts.run([old.source])
            }
            let setMeta = try database.prepare("INSERT OR REPLACE INTO meta VALUES (?1, ?2)")
            for (name, value) in [("format", BuildCache.currentFormat), ("key", cache.key), ("manifest", cache.manifestSHA256)] {
                try setMeta.run([name, value])
            }
        }
    }

    /// Sorted keys: the same probes, the same bytes.
    private static let probeEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    static func lines(_ text: String?) -> [String] {
        guard var text, !text.isEmpty else { return [] }
        // Split as bytes: String.split compares Characters, which was a tenth of an
        // incremental build of 10,000 customers (their file and output lists).
        return text.withUTF8 { bytes in
            bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    static func text(_ stamps: [FileStamp]) -> String {
        // Bit patterns as unsigned numbers: times before 1970 and large inodes read back too.
        stamps.map { "\(UInt64(bitPattern: $0.size)):\(UInt64(bitPattern: $0.modified)):\(UInt64(bitPattern: $0.changed)):\($0.inode)" }
            .joined(separator: ";")
    }

    private static func stamp(_ fields: [UInt64]) -> FileStamp {
        FileStamp(size: Int64(bitPattern: fields[0]), modified: Int64(bitPattern: fields[1]), changed: Int64(bitPattern: fields[2]),
                  inode: fields[3])
    }

    static func stamps(_ text: String?) -> [FileStamp]? {
        guard var text else { return nil }
        // Read as bytes: 10,000 customers have 80,000 stamps.
        return text.withUTF8 { bytes -> [FileStamp]? in
            var result: [FileStamp] = [], fields: [UInt64] = [], value: UInt64 = 0, digits = 0
            func endField() -> Bool {
                guard digits > 0 else { return false }
                fields.append(value)
                (value, digits) = (0, 0)
                return true
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
                    let (sum, overflow2) = times.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
                    guard !overflow1, !overflow2 else { return nil }
                    (value, digits) = (sum, digits + 1)
                case UInt8(ascii: ":"):
                    guard endField() else { return nil }
                case UInt8(ascii: ";"):
                    guard endField(), fields.count == 4 else { return nil }
                    result.append(stamp(fields))
                    fields.removeAll(keepingCapacity: true)
                default:
                    return nil
                }
            }
            guard bytes.isEmpty || (endField() && fields.count == 4) else { return nil }
            if !bytes.isEmpty { result.append(stamp(fields)) }
            return result
        }
    }
}
