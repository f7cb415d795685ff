import Foundation

/// A SentencePiece BPE vocabulary, loaded and checked once, immutable afterwards, and shared
/// freely across threads.
///
/// Only what this module's encoder reproduces exactly is accepted: a BPE model with an identity
/// normalizer (no precompiled character map), no dummy prefix, no whitespace collapsing and
/// whitespace as a prefix. Anything else is refused with `SentencePieceModelError.unsupported`,
/// since counting with rules we do not implement would give plausible but wrong numbers.
public struct SentencePieceModel: Sendable {
    let proto: ModelProto
    let normalPieces: PieceTable
    let reservedPieces: PieceTable
    let userDefined: UserDefinedMatcher
    let unknownId: Int32
    /// Ids of `<0x00>`…`<0xFF>`, when the model falls back to bytes for unknown characters.
    let byteIds: [Int32]?
    /// Normal pieces whose spelling is also a reserved piece: `PieceToId` prefers the reserved id.
    let reservedShadows: [Int32: Int32]
    let hasUnusedPieces: Bool

    /// Loads a model from its serialized `ModelProto` bytes.
    public init(serialized bytes: [UInt8]) throws(SentencePieceModelError) {
        let decoded: Result<ModelProto, ProtobufReader.MalformedInput> = bytes.withUnsafeBufferPointer { buffer in
            do throws(ProtobufReader.MalformedInput) {
                return .success(try ModelProto(serialized: buffer))
            } catch {
                return .failure(error)
            }
        }
        switch decoded {
        case .success(let proto): try self.init(validating: proto)
        case .failure(let error): throw .malformed(offset: error.offset, reason: error.reason)
        }
    }

    /// Loads a model from a file.
    public init(contentsOf path: String) throws(SentencePieceModelError) {
        try self.init(serialized: SentencePieceModelError.contents(of: path))
    }

    /// The number of pieces, which is one more than the largest id the encoder can produce.
    public var vocabularySize: Int { proto.pieceCount }

    /// The spelling of piece `id` (with U+2581 for spaces), or `nil` for an id out of range.
    public func piece(forId id: Int) -> String? {
        guard id >= 0, id < proto.pieceCount else { return nil }
        return String(decoding: proto.pieceBytes[proto.pieceRange(id)], as: UTF8.self)
    }

    /// The id SentencePiece's `PieceToId` gives a spelling: reserved pieces first, then normal
    /// pieces, else the unknown id.
    public func id(forPiece piece: String) -> Int {
        let key = Array(piece.utf8)
        return Int(key.withUnsafeBufferPointer { id(of: $0, 0..<key.count) })
    }

    func id(of key: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int32 {
        proto.pieceBytes.withUnsafeBufferPointer { arena in
            proto.pieceStarts.withUnsafeBufferPointer { starts in
                let reserved = reservedPieces.lookup(key, range, arena: arena, starts: starts)
                if reserved != PieceTable.absent { return reserved }
                let normal = normalPieces.lookup(key, range, arena: arena, starts: starts)
                return normal != PieceTable.absent ? normal : unknownId
            }
        }
    }

    func type(of id: Int32) -> ModelProto.PieceType {
        ModelProto.PieceType(rawValue: UInt8(truncatingIfNeeded: proto.types[Int(id)])) ?? .normal
    }
}
