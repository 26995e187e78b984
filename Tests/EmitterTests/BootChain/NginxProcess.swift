import Build
import Foundation
import TestSupport
import XCTest

/// Debian's nginx, unprivileged (`-p prefix -c conf`), on a random port of 127.0.0.1,
/// serving a build output written to `root/out` with the build's own nginx includes.
/// With `tls`, it listens with TLS on that certificate and key (the test makes them
/// with openssl); `https` then is the scheme to fetch with.
final class NginxProcess {
    let root: URL
    let port: Int
    let scheme: String
    private let process = Process()

    var out: URL { root.appendingPathComponent("out") }
    var base: String { "\(scheme)://127.0.0.1:\(port)/" }
    var accessLog: String { (try? String(contentsOf: root.appendingPathComponent("access.log"), encoding: .utf8)) ?? "" }

    /// Writes `outputs` below `root/out` and starts nginx with a server block that
    /// includes every customer's `nginx/provisioning.conf`, or with `serverFile`
    /// (a complete `server { … }` block the build wrote) instead of writing one.
    init(root: URL, outputs: [CustomerBuild.Output], serverFile: String? = nil, port: Int? = nil,
         tls: (certificate: String, key: String)? = nil) throws {
        self.root = root
        self.port = port ?? Int.random(in: 20000...60000)
        self.scheme = tls == nil && serverFile == nil ? "http" : "https"
        for customer in outputs {
            for file in customer.files {
                let url = root.appendingPathComponent("out").appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url)
            }
        }
        let out = root.appendingPathComponent("out")
        let server: String
        if let serverFile {
            server = "include \(serverFile);"
        } else {
            let includes = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
                .filter { FileManager.default.fileExists(atPath: out.appendingPathComponent("\($0)/nginx/provisioning.conf").path) }
                .map { "        include \(out.path)/\($0)/nginx/provisioning.conf;" }.joined(separator: "\n")
            let ssl = tls.map { "\n        ssl_certificate \($0.certificate);\n        ssl_certificate_key \($0.key);" } ?? ""
            server = """
            server {
                    listen 127.0.0.1:\(self.port)\(tls == nil ? "" : " ssl");\(ssl)
                    set $pbxc_output \(out.path);
                    autoindex off;
            \(includes)
                }
            """
        }
        // The build writes its files 0600 for their owner: nginx's workers must run as
        // that user (as root they would otherwise drop to `nobody` and be refused).
        let user = geteuid() == 0 ? "user root;\n" : ""
        let conf = """
        \(user)daemon off;
        worker_processes 1;
        pid \(root.path)/nginx.pid;
        error_log \(root.path)/error.log;
        events { worker_connections 64; }
        http {
            access_log \(root.path)/access.log;
            client_body_temp_path \(root.path)/body;
            proxy_temp_path \(root.path)/proxy;
            fastcgi_temp_path \(root.path)/fastcgi;
            uwsgi_temp_path \(root.path)/uwsgi;
            scgi_temp_path \(root.path)/scgi;
            \(server)
        }
        """
        try conf.write(to: root.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: "/usr/sbin/nginx")
        process.arguments = ["-p", root.path, "-c", root.appendingPathComponent("nginx.conf").path, "-e", root.path + "/error.log"]
        try process.run()
        var up = false
        for _ in 0..<50 where !up {
            up = (try? Self.curl(base)).map { $0.status != 0 } ?? false
            if !up { Thread.sleep(forTimeInterval: 0.1) }
        }
        XCTAssertTrue(up, (try? String(contentsOf: root.appendingPathComponent("error.log"), encoding: .utf8)) ?? "nginx did not start")
    }

    deinit { stop() }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/sbin/nginx") }

    /// GET with curl (`-k`: the test's self-signed certificate), as status and body.
    static func curl(_ url: String, user: String? = nil, password: String? = nil) throws -> (status: Int, body: Data) {
        let body = FileManager.default.temporaryDirectory.appendingPathComponent("curl-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: body) }
        var arguments = ["curl", "-s", "-k", "-o", body.path, "-w", "%{http_code}"]
        if let user, let password { arguments += ["-u", "\(user):\(password)"] }
        let (status, out) = try tool(arguments + [url])
        guard status == 0, let code = Int(out) else { throw CocoaError(.fileReadUnknown) }
        return (code, (try? Data(contentsOf: body)) ?? Data())
    }

    /// A throwaway self-signed certificate for 127.0.0.1, made with openssl.
    static func selfSignedCertificate(in folder: URL) throws -> (certificate: String, key: String) {
        let cert = folder.appendingPathComponent("cert.pem").path, key = folder.appendingPathComponent("key.pem").path
        let (status, out) = try tool(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                                      "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", cert])
        guard status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: out]) }
        return (cert, key)
    }
}
