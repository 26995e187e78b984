import Compiler
import Foundation

/// One output file: its path under the customer's (or the build's) folder, and bytes.
public struct EmittedFile: Sendable, Equatable {
    public var path: String
    public var contents: Data

    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}

/// What a customer's emitters get: the compiled customer and, for the files that
/// must carry them, the device passwords resolved at build time (by endpoint name).
public struct EmitterInput: Sendable {
    public var customer: CompiledCustomer
    public var passwords: [String: DeviceSecrets.Passwords]
    /// Voicemail PINs by mailbox (`201@acme`), generated at build time.
    public var pins: [String: String]

    public init(customer: CompiledCustomer, passwords: [String: DeviceSecrets.Passwords], pins: [String: String] = [:]) {
        self.customer = customer
        self.passwords = passwords
        self.pins = pins
    }

    public var routing: RoutingTable { customer.routing }
}
