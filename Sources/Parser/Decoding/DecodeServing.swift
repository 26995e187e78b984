import Diagnostics
import Foundation

/// What `platform.serving` accepts: its values are written into nginx's configuration,
/// so they are plain absolute paths and a plain `listen` (a `;`, `{` or line break
/// would add directives of its own).
public enum ServingPaths {
    public static let pathPattern = #"^/[A-Za-z0-9._/-]+$"#
    public static let listenPattern = #"^(([0-9]{1,3}\.){3}[0-9]{1,3}:|\[[0-9A-Fa-f:]+\]:)?[0-9]{1,5}$"#

    public static func isPath(_ text: String) -> Bool {
        text.range(of: pathPattern, options: .regularExpression) != nil && !text.split(separator: "/").contains("..")
    }

    public static func isListen(_ text: String) -> Bool {
        guard text.range(of: listenPattern, options: .regularExpression) != nil,
              let port = Int(text.split(separator: ":").last ?? "") else { return false }
        return (1...65535).contains(port)
    }
}

extension ConfigDecoder {
    /// `platform.serving`.
    func serving(_ node: YAMLNode) -> RepositoryConfig.Serving? {
        guard let r = ObjectReader(node, Schemas.serving, sink) else { return nil }
        func path(_ key: String) -> LString? {
            guard let value = r.string(key) else { return nil }
            guard ServingPaths.isPath(value.value) else {
                sink.report(.wrongType, at: value.location,
                            "`\(key)` must be an absolute path of letters, digits and `. _ - /` (it is written into nginx's configuration)",
                            help: "for example /etc/ssl/prov.example.net/fullchain.pem")
                return nil
            }
            return value
        }
        var listen = r.string("listen")
        if let value = listen, !ServingPaths.isListen(value.value) {
            sink.report(.wrongType, at: value.location,
                        "`listen` must be a port (1-65535) or address:port, as nginx's `listen` takes it",
                        help: "for example 443 or 192.0.2.10:443")
            listen = nil
        }
        let serving = RepositoryConfig.Serving(outputFolder: path("output_folder"), listen: listen,
                                               tlsCertificate: path("tls_certificate"), tlsCertificateKey: path("tls_certificate_key"),
                                               location: node.location)
        if (serving.tlsCertificate == nil) != (serving.tlsCertificateKey == nil) {
            sink.report(.missingKey, at: node.location,
                        "`platform.serving` needs both `tls_certificate` and `tls_certificate_key`, or neither",
                        help: "nginx serves HTTPS with the certificate and its key together")
        }
        return serving
    }
}
