import Diagnostics

/// YAML files of a repository that no customer reads, so that a file put in the wrong
/// place is reported (`file-not-read`) instead of silently ignored.
///
/// Only the places a customer file plausibly lands by mistake are looked at, so that a
/// partner's other YAML (CI, deployment, the shipped `examples/broken/`) is left alone:
/// the repository root (other than `pbxc.yaml`), a folder one typo away from
/// `customers` (`customer/`, `Customers/`, `cusotmers/`) and the subfolders of a
/// customer folder (a customer is the files directly in its folder). Hidden files and
/// folders are skipped, like everywhere else.
enum StrayFiles {
    static func find(root: String) -> [String] {
        var stray: [String] = []
        let customers = RepositoryLayout.customersFolder
        for entry in RepositoryLayout.entries(of: root) {
            if !entry.isFolder {
                if RepositoryLayout.isYAML(entry.name), entry.name != RepositoryLayout.repositoryFileName {
                    stray.append(entry.name)
                }
            } else if entry.name == customers {
                for customer in RepositoryLayout.entries(of: root + "/" + customers) where customer.isFolder {
                    let folder = customers + "/" + customer.name
                    for sub in RepositoryLayout.entries(of: root + "/" + folder) where sub.isFolder {
                        stray += yamlFiles(under: folder + "/" + sub.name, root: root, depth: 2)
                    }
                }
            } else if Suggestions.nearest(to: entry.name, in: [customers]) != nil {
                stray += yamlFiles(under: entry.name, root: root, depth: 3)
            }
        }
        return stray
    }

    /// Warns about each stray file, at its first line, saying where it belongs.
    static func report(_ paths: [String], files: SourceFiles, sink: DiagnosticSink) {
        for path in paths {
            sink.report(.fileNotRead, at: .start(of: files.register(path: path)),
                        "pbxc reads no customer from this file", help: help(for: path))
        }
    }

    private static func help(for path: String) -> String {
        let parts = path.split(separator: "/").map(String.init)
        let customers = RepositoryLayout.customersFolder
        if parts.count == 1 {
            return "a customer is a file `\(customers)/<name>.yaml` or a folder `\(customers)/<name>/`: move it there"
        }
        if parts[0] == customers {
            return "a customer is the files directly in its folder: move it into `\(parts[0])/\(parts[1])/`"
        }
        return "customers are read from the folder `\(customers)/`: rename `\(parts[0])/` to `\(customers)/`"
    }

    /// YAML files in `folder` and its subfolders down to `depth` levels, sorted.
    private static func yamlFiles(under folder: String, root: String, depth: Int) -> [String] {
        guard depth > 0 else { return [] }
        return RepositoryLayout.entries(of: root + "/" + folder).flatMap { entry -> [String] in
            let path = folder + "/" + entry.name
            if entry.isFolder { return yamlFiles(under: path, root: root, depth: depth - 1) }
            return RepositoryLayout.isYAML(entry.name) ? [path] : []
        }
    }
}
