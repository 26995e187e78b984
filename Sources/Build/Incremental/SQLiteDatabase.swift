import CSQLite
import Emitters
import Foundation

/// The little of SQLite the build cache needs: open, run statements, bind and read
/// columns, transactions. Errors carry SQLite's own message.
final class SQLiteDatabase {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private var handle: OpaquePointer?

    init(path: String) throws {
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            throw Failure(description: message)
        }
        sqlite3_busy_timeout(handle, 5_000)  // another build writing the same cache
    }

    deinit { sqlite3_close(handle) }

    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    func prepare(_ sql: String) throws -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw failure() }
        return Statement(statement, database: self)
    }

    /// Runs `body` in one transaction: all of it is written, or none.
    func transaction(_ body: () throws -> Void) throws {
        try execute("BEGIN IMMEDIATE")
        do {
            try body()
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    fileprivate func failure() -> Failure {
        Failure(description: String(cString: sqlite3_errmsg(handle)))
    }

    final class Statement {
        private let statement: OpaquePointer
        private let database: SQLiteDatabase

        fileprivate init(_ statement: OpaquePointer, database: SQLiteDatabase) {
            self.statement = statement
            self.database = database
        }

        deinit { sqlite3_finalize(statement) }

        /// Binds the values (String, Int, Int64, nil) to ?1, ?2, … and runs the
        /// statement once (for statements without rows).
        func run(_ values: [Any?]) throws {
            try bind(values)
            guard sqlite3_step(statement) == SQLITE_DONE else { throw database.failure() }
        }

        func bind(_ values: [Any?]) throws {
            sqlite3_reset(statement)
            sqlite3_clear_bindings(statement)
            for (index, value) in values.enumerated() {
                let position = Int32(index + 1)
                let status: Int32
                switch value {
                // With the byte count, not -1: a NUL in the text (a greeting path can hold
                // one) would end it there, and the rest would be lost.
                case let text as String:
                    var text = text
                    status = text.withUTF8 { bytes in
                        // An empty buffer may have no address, which SQLite would bind as NULL.
                        guard !bytes.isEmpty else { return sqlite3_bind_text(statement, position, "", 0, SQLITE_TRANSIENT) }
                        return sqlite3_bind_text(statement, position, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                                          Int32(bytes.count), SQLITE_TRANSIENT)
                    }
                case let number as Int: status = sqlite3_bind_int64(statement, position, Int64(number))
                case let number as Int64: status = sqlite3_bind_int64(statement, position, number)
                default: status = sqlite3_bind_null(statement, position)
                }
                guard status == SQLITE_OK else { throw database.failure() }
            }
        }

        /// Steps to the next row; false after the last.
        func next() throws -> Bool {
            switch sqlite3_step(statement) {
            case SQLITE_ROW: return true
            case SQLITE_DONE: return false
            default: throw database.failure()
            }
        }

        func text(_ column: Int32) -> String? {
            guard let bytes = sqlite3_column_text(statement, column) else { return nil }
            // By its byte count, so that a NUL inside comes back too.
            let count = Int(sqlite3_column_bytes(statement, column))
            return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
        }

        func int(_ column: Int32) -> Int64 { sqlite3_column_int64(statement, column) }
    }
}

/// SQLite copies a bound text at once (the Swift string's buffer is temporary).
private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
