import CLibYAML
import Foundation

// The physical limit of pbxc's design: a bare libyaml event loop over the same
// files `pbxc check` reads (whole file in memory, as pbxc reads it), counting events.
// Usage: yaml-baseline FILE|FOLDER…  (folders are walked for *.yaml)
func files(under path: String) -> [String] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [] }
    if !isDir.boolValue { return [path] }
    let walker = FileManager.default.enumerator(atPath: path)
    var found: [String] = []
    while let item = walker?.nextObject() as? String {
        if item.hasSuffix(".yaml") { found.append(path + "/" + item) }
    }
    return found.sorted()
}

var events = 0
var bytes = 0
for path in CommandLine.arguments.dropFirst().flatMap(files(under:)) {
    guard let data = FileManager.default.contents(atPath: path) else { continue }
    let buffer = [UInt8](data)
    bytes += buffer.count
    var parser = yaml_parser_t()
    yaml_parser_initialize(&parser)
    buffer.withUnsafeBufferPointer { input in
        yaml_parser_set_input_string(&parser, input.baseAddress, input.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            events += 1
            if done { break }
        }
    }
    yaml_parser_delete(&parser)
}
print("\(events) events, \(bytes) bytes")
