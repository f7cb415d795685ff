internal import CLibYAML

/// libyaml's parser and one reusable event, at stable heap addresses, freed exactly once.
///
/// The input buffer must outlive this value: the loader creates it inside
/// `withUnsafeBufferPointer` over the file's bytes and drops it before the closure returns.
struct LibYAMLParser: ~Copyable {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let event: UnsafeMutablePointer<yaml_event_t>
    let isInitialized: Bool

    init(input: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        isInitialized = yaml_parser_initialize(parser) != 0
        if isInitialized, let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, input.count)
        }
    }

    /// Reads the next event into `event`; the caller deletes it with `deleteEvent()` (in a `defer`).
    /// `false` means libyaml reported an error, described by `parser.pointee`.
    func parseNext() -> Bool {
        yaml_parser_parse(parser, event) != 0
    }

    func deleteEvent() {
        yaml_event_delete(event)
    }

    deinit {
        if isInitialized { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
    }
}
