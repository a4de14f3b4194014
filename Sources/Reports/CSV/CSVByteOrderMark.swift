// The UTF-8 byte-order mark every CSV HubPlan writes starts with, so Excel in a Chinese locale reads UTF-8.
import Foundation

/// Excel (and WPS) open a CSV without a byte-order mark in the system code page (GBK in a Chinese locale), which
/// garbles Chinese names; with the mark they read UTF-8. Scripts that want plain bytes pass `--no-bom`.
public enum CSVByteOrderMark {
    /// EF BB BF.
    public static let bytes = Data([0xEF, 0xBB, 0xBF])

    /// `csv` with the mark in front when `on` (and not already there).
    public static func apply(_ csv: Data, _ on: Bool) -> Data {
        guard on, !csv.starts(with: bytes) else { return csv }
        return bytes + csv
    }
}
