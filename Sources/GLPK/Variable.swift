// A column of a model: its handle and whether it is continuous, integer or binary.

/// A handle to a column (structural variable) of a ``Model``; `index` is 0-based.
///
/// Handles are plain indices, so a bulk range from ``Model/addVariables(count:kind:lower:upper:objective:)``
/// converts with `Variable(index:)`.
public struct Variable: Hashable, Sendable {
    /// The 0-based column number.
    public let index: Int

    /// A handle to column `index` (0-based).
    public init(index: Int) { self.index = index }
}

/// What values a variable may take besides its bounds.
public enum VariableKind: Sendable, Hashable {
    /// Any real value between the bounds.
    case continuous
    /// An integer between the bounds (finite bounds must be integral).
    case integer
    /// 0 or 1 (bounds default to [0, 1] and must lie in {0, 1}).
    case binary
}
