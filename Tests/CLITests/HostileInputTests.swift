import CLI
import Foundation
import TestSupport
import XCTest

/// A repository written by an attacker: links out of it, named pipes, huge files,
/// passwords that name the build machine's secrets. Nothing outside the repository's
/// config files may reach any output, and no such input may hang pbxc
/// (docs/hardening.md, "Contained inputs" and "Secrets").
final class HostileInputTests: XCTestCase {
    static let formats = ["text", "json", "sarif", "github", "gitlab"]

    /// A repository with one valid customer whose first device has `password`, and a
    /// pbxc.yaml with `secrets` (the secrets folder git-ignored).
    func repository(password: String = "generate",
                    secrets: String = "{ env: [ACME_JAN_PW], folder: secrets }") throws -> URL {
        let repo = try temporaryFolder(self).appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("customers"), withIntermediateDirectories: true)
        try "version: 1\nsecrets: \(secrets)\nplatform: { sip_domain: sip.example.net, provisioning_url: \"https://prov.example.net/\" }\n".write(to: repo.appendingPathComponent("pbxc.yaml"), atomically: true, encoding: .utf8)
        try "/secrets/\n".write(to: repo.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        try """
        customer: { id: acme, name: Acme B.V., country: NL }
        numbers: ["+31 88 765 4000 - +31 88 765 4009"]
        company: { number: "+31887654000", unassigned_numbers: voicemail }
        users:
          - id: jan
            name: Jan
            extension: "201"
            devices:
              - { model: yealink-t54w, mac: "80:5E:C0:12:34:56", password: \(password) }

        """.write(to: repo.appendingPathComponent("customers/acme.yaml"), atomically: true, encoding: .utf8)
        return repo
    }

    /// A file beside the repository (outside it), with `text`.
    func outsideFile(_ repo: URL, _ name: String, _ text: String) throws -> URL {
        let url = repo.deletingLastPathComponent().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Everything `check` prints in every format, in-process.
    func checkInEveryFormat(_ repo: URL, environment: [String: String] = ["NO_COLOR": "1"]) -> [Run] {
        Self.formats.map { pbxc(["check", "--format", $0], in: repo, environment: environment) }
    }

    // MARK: Contained inputs

    func testALinkToASecretFileOutsideTheRepositoryIsRefusedAndNeverShown() throws {
        let repo = try repository()
        // Keys, so that a parser that read the file would echo them in `unknown-key` messages.
        let outside = try outsideFile(repo, "environ.yaml", "PBXC_MASTER_KEY=leaked-master-value: 1\nghp_leakedCIToken123: 2\n")
        try FileManager.default.createSymbolicLink(at: repo.appendingPathComponent("customers/notes.yaml"), withDestinationURL: outside)
        for run in checkInEveryFormat(repo) {
            XCTAssertEqual(run.status, 1)
            for text in [run.out, run.err] {
                XCTAssertFalse(text.contains("leaked-master-value"), text)
                XCTAssertFalse(text.contains("ghp_leakedCIToken123"), text)
            }
        }
        let text = pbxc(["check"], in: repo)
        XCTAssertTrue(text.err.contains("customers/notes.yaml:1:1: error[file-unreadable]: pbxc does not read this file: it leads outside the repository"), text.err)
        // A build refuses it the same way and writes nothing.
        let build = pbxc(["build", "-o", "out", "--no-svg"], in: repo, environment: ["NO_COLOR": "1", "PBXC_MASTER_KEY": "k"])
        XCTAssertEqual(build.status, 1)
        XCTAssertFalse((build.out + build.err).contains("leaked-master-value"))
    }

    func testALinkToThePasswordFileIsRefused() throws {
        let repo = try repository()
        let passwd = try outsideFile(repo, "passwd", "root:x:0:0:root-gecos-secret:/root:/bin/bash\ndaemon:x:1:1::/usr/sbin:/usr/sbin/nologin\n")
        try FileManager.default.createSymbolicLink(at: repo.appendingPathComponent("customers/passwd.yaml"), withDestinationURL: passwd)
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("customers/system.yaml").path,
                                                   withDestinationPath: "/etc/passwd")
        // A link inside the repository that climbs out of it with `..` is refused as well.
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("customers/climb.yaml").path,
                                                   withDestinationPath: "../../passwd")
        for run in checkInEveryFormat(repo) {
            for text in [run.out, run.err] {
                XCTAssertFalse(text.contains("root:x:0:0"), text)
                XCTAssertFalse(text.contains("root-gecos-secret"), text)
                XCTAssertFalse(text.contains("/usr/sbin/nologin"), text)
            }
        }
        let text = pbxc(["check"], in: repo).err
        for name in ["passwd", "system", "climb"] {
            XCTAssertTrue(text.contains("customers/\(name).yaml:1:1: error[file-unreadable]"), text)
        }
    }

    /// A link that stays inside the repository is followed (a shared file, say).
    func testALinkInsideTheRepositoryIsRead() throws {
        let repo = try repository()
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("shared"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: repo.appendingPathComponent("customers/acme.yaml"),
                                         to: repo.appendingPathComponent("shared/acme.yaml"))
        try FileManager.default.createSymbolicLink(atPath: repo.appendingPathComponent("customers/acme.yaml").path,
                                                   withDestinationPath: "../shared/acme.yaml")
        let run = pbxc(["check"], in: repo)
        XCTAssertEqual(run.status, 0, run.err)
    }

    func testANamedPipeDoesNotHangCheckOrBuild() throws {
        let repo = try repository()
        XCTAssertEqual(mkfifo(repo.appendingPathComponent("customers/pipe.yaml").path, 0o644), 0)
        let check = try runBinary(["check", "--format", "json"], in: repo, timeout: 30)
        XCTAssertFalse(check.timedOut, "check hung on a named pipe")
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.out.contains("\"file\" : \"customers/pipe.yaml\""), check.out)
        XCTAssertTrue(check.out.contains("it is a named pipe (FIFO), not a regular file"), check.out)
        let build = try runBinary(["build", "-o", "out", "--no-svg"], in: repo,
                                  environment: ["NO_COLOR": "1", "PBXC_MASTER_KEY": "k"], timeout: 30)
        XCTAssertFalse(build.timedOut, "build hung on a named pipe")
        XCTAssertEqual(build.status, 1)
        XCTAssertTrue(build.err.contains("customers/pipe.yaml:1:1: error[file-unreadable]"), build.err)
    }

    /// An 8 GB sparse file: refused from its size (fstat), without reading it — reading
    /// would take 8 GB of memory and far longer than the deadline.
    func testAnOversizedFileIsRefusedBeforeItIsRead() throws {
        let repo = try repository()
        let big = repo.appendingPathComponent("customers/big.yaml")
        XCTAssertTrue(FileManager.default.createFile(atPath: big.path, contents: Data("customer:\n".utf8)))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 8 << 30)
        try handle.close()
        let check = try runBinary(["check"], in: repo, timeout: 30)
        XCTAssertFalse(check.timedOut, "the oversized file was read")
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.err.contains("customers/big.yaml:1:1: error[yaml-limits]: file is 8589934592 bytes; pbxc reads files up to 16777216 bytes"),
                      check.err)
    }

    /// The snippet under a finding in standard input comes from standard input, never
    /// from the file `--stdin-filename` names.
    func testStandardInputLinesComeFromStandardInputNotFromTheNamedFile() throws {
        let repo = try repository()
        let named = try outsideFile(repo, "shadow", "first: line-of-the-file-on-disk\nroot:$6$diskSecretHash$:19000:0:99999:7:::\n")
        let stdin = "customer: { id: acme, country: NL }\nbogus_key_from_stdin: 1\n"
        var out = "", err = ""
        let console = Console(out: { out += $0 }, err: { err += $0 }, environment: ["NO_COLOR": "1"],
                              currentDirectory: repo, stderrIsTerminal: false, input: { Data(stdin.utf8) })
        XCTAssertEqual(PBXCRunner.run(["check", "-", "--stdin-filename", named.path], console: console), 1)
        XCTAssertTrue(err.contains("2 | bogus_key_from_stdin: 1"), err)
        XCTAssertFalse(err.contains("diskSecretHash"), err)
        XCTAssertFalse(err.contains("line-of-the-file-on-disk"), err)

        // The real binary, naming the system's password file.
        let binary = try runBinary(["check", "-", "--stdin-filename", "/etc/passwd"], in: repo, stdin: stdin, timeout: 30)
        XCTAssertEqual(binary.status, 1)
        XCTAssertTrue(binary.err.contains("bogus_key_from_stdin"), binary.err)
        XCTAssertFalse(binary.err.contains("root:"), binary.err)
    }

    // MARK: Secrets

    func testAnUndeclaredEnvironmentVariableIsAnError() throws {
        let repo = try repository(password: "{ env: CI_JOB_TOKEN }")
        let check = pbxc(["check"], in: repo)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.err.contains("customers/acme.yaml:9:68: error[secret-source]: this password may not be read: environment variable `CI_JOB_TOKEN` is not declared"),
                      check.err)
        let environment = ["NO_COLOR": "1", "PBXC_MASTER_KEY": "k", "CI_JOB_TOKEN": "ci-token-value-42"]
        let build = pbxc(["build", "-o", "out", "--no-svg"], in: repo, environment: environment)
        XCTAssertEqual(build.status, 1)
        XCTAssertFalse((build.out + build.err).contains("ci-token-value-42"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: repo.appendingPathComponent("out").path))
    }

    func testTheMasterKeyIsNeverAPasswordEvenWhenDeclared() throws {
        let repo = try repository(password: "{ env: PBXC_MASTER_KEY }", secrets: "{ env: [PBXC_MASTER_KEY], env_prefix: PBXC_ }")
        let master = "the-master-key-value-123"
        let environment = ["NO_COLOR": "1", "PBXC_MASTER_KEY": master]
        for run in checkInEveryFormat(repo, environment: environment) {
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue((run.out + run.err).contains("secret-source"), run.out + run.err)
            XCTAssertFalse((run.out + run.err).contains(master))
        }
        let build = pbxc(["build", "-o", "out", "--no-svg", "--format", "json"], in: repo, environment: environment)
        XCTAssertEqual(build.status, 1)
        XCTAssertFalse((build.out + build.err).contains(master))
        for (_, data) in (try? files(under: repo.appendingPathComponent("out"))) ?? [:] {
            XCTAssertFalse(String(decoding: data, as: UTF8.self).contains(master))
        }
    }

    func testMalformedPasswordSpecsDoNotEchoTheirValue() throws {
        for spec in [#"{ generate: "Sup3r-Secret!" }"#, #"{ Sup3r-Secret!: x }"#, #"{ pasword: "Sup3r-Secret!" }"#,
                     #"{ env: ["Sup3r-Secret!"] }"#] {
            let repo = try repository(password: spec)
            for run in checkInEveryFormat(repo) {
                XCTAssertEqual(run.status, 1, spec)
                XCTAssertFalse((run.out + run.err).contains("Sup3r-Secret!"), "\(spec): \(run.out)\(run.err)")
            }
        }
    }

    func testAPasswordNamingTwoSourcesIsAnError() throws {
        let repo = try repository(password: "{ env: ACME_JAN_PW, file: secrets/jan.txt }")
        let check = pbxc(["check"], in: repo)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.err.contains("customers/acme.yaml:9:68: error[secret-source]: `password` names `env` and `file`; a password has exactly one source"),
                      check.err)
    }

    func testAFileOutsideTheDeclaredFolderIsAnError() throws {
        for path in ["other/jan.txt", "secrets/../../jan.txt", "/etc/shadow"] {
            let repo = try repository(password: "{ file: \(path) }")
            let check = pbxc(["check"], in: repo)
            XCTAssertEqual(check.status, 1, path)
            XCTAssertTrue(check.err.contains("error[secret-source]: this password may not be read: `\(path)` is not inside the secrets folder `secrets`"),
                          check.err)
        }
        // Without a declared folder no file is read at all.
        let repo = try repository(password: "{ file: secrets/jan.txt }", secrets: "{ env: [ACME_JAN_PW] }")
        XCTAssertTrue(pbxc(["check"], in: repo).err.contains("declares no `secrets: { folder: … }`"))
    }

    func testAFileInsideTheDeclaredFolderIsRead() throws {
        let repo = try repository(password: "{ file: secrets/jan.txt }")
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("secrets"), withIntermediateDirectories: true)
        try "Jan-Device-Pw-7!\n".write(to: repo.appendingPathComponent("secrets/jan.txt"), atomically: true, encoding: .utf8)
        let build = pbxc(["build", "-o", "out", "--no-svg"], in: repo, environment: ["NO_COLOR": "1", "PBXC_MASTER_KEY": "k"])
        XCTAssertEqual(build.status, 0, build.err)
        let outputs = try files(under: repo.appendingPathComponent("out"))
        let htpasswd = try XCTUnwrap(outputs.first { $0.key.contains("/nginx/htpasswd/") }).value
        XCTAssertTrue(try htpasswdAccepts(String(decoding: htpasswd, as: UTF8.self), "Jan-Device-Pw-7!"))
    }

    func testAFileLinkLeavingTheSecretsFolderIsRefused() throws {
        let repo = try repository(password: "{ file: secrets/jan.txt }")
        let outside = try outsideFile(repo, "host-secret.txt", "Host-Secret-Value-9!\n")
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("secrets"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: repo.appendingPathComponent("secrets/jan.txt"), withDestinationURL: outside)
        let build = pbxc(["build", "-o", "out", "--no-svg", "--format", "json"], in: repo,
                         environment: ["NO_COLOR": "1", "PBXC_MASTER_KEY": "k"])
        XCTAssertEqual(build.status, 1)
        XCTAssertTrue(build.out.contains("secret-unresolved"), build.out)
        XCTAssertTrue(build.out.contains("it leads outside the secrets folder"), build.out)
        XCTAssertFalse((build.out + build.err).contains("Host-Secret-Value-9!"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: repo.appendingPathComponent("out").path))
    }

    func testASecretsFolderGitWouldCommitIsWarnedAbout() throws {
        let repo = try repository()
        try FileManager.default.removeItem(at: repo.appendingPathComponent(".gitignore"))
        let tracked = pbxc(["check"], in: repo)
        XCTAssertEqual(tracked.status, 0)
        XCTAssertTrue(tracked.err.contains("pbxc.yaml:2:40: warning[secrets-folder-tracked]: the secrets folder `secrets` is inside the repository and not ignored by git"),
                      tracked.err)
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("secrets"), withIntermediateDirectories: true)
        try "*\n".write(to: repo.appendingPathComponent("secrets/.gitignore"), atomically: true, encoding: .utf8)
        XCTAssertFalse(pbxc(["check"], in: repo).err.contains("secrets-folder-tracked"))
        let outside = try repository(secrets: "{ folder: ../pbxc-secrets }")
        try FileManager.default.removeItem(at: outside.appendingPathComponent(".gitignore"))
        XCTAssertFalse(pbxc(["check"], in: outside).err.contains("secrets-folder-tracked"))
    }
}
