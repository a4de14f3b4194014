// The CSV folder format: nodes.csv and edges.csv, with carriers.csv, counties.csv and network.csv beside them.
import Foundation

/// A network as a folder of CSV files that planners can edit in a spreadsheet.
///
/// Columns carry the canonical field names, nested ones dotted (`parcels.sf`, `timeWindow.open`,
/// `site.capacity`), so a validation message names the same field in every format. An empty cell is an
/// absent value. `docs/network-format.md` lists every column.
public enum CSVFormat {
    /// One row per node.
    public static let nodesFile = "nodes.csv"
    /// One row per road.
    public static let edgesFile = "edges.csv"
    /// One row per carrier (optional on read: carriers are then the `parcels.*` columns).
    public static let carriersFile = "carriers.csv"
    /// One row per county (optional on read).
    public static let countiesFile = "counties.csv"
    /// `key,value` rows: format, name, description, distance settings (optional on read).
    public static let settingsFile = "network.csv"

    /// Node columns in file order; `parcels.<carrier>` columns go where `parcels` stands.
    static let nodeColumns = [
        "id", "name", "kind", "county", "township", "lon", "lat", "positionSource", "population", "parcels",
        "pickups.perDay", "pickups.coldChain", "pickups.product", "serviceMinutes",
        "timeWindow.open", "timeWindow.close", "site.fixedCost", "site.capacity", "site.existing", "carrier", "tags",
    ]
    /// Node columns written even when no node uses them.
    static let requiredNodeColumns: Set<String> = ["id", "name", "kind", "county", "lon", "lat"]
    /// Road columns in file order.
    static let edgeColumns = ["from", "to", "km", "minutes", "speedKmh", "oneWay", "name"]
    /// The separator of `tags` cells.
    static let tagSeparator: Character = ";"

    /// The files of the folder: file name -> CSV text.
    public static func encode(_ network: Network) -> [String: Data] {
        var files: [String: Data] = [:]
        files[settingsFile] = CSVTable.write(header: ["key", "value"], rows: settingRows(network))
        files[carriersFile] = CSVTable.write(
            header: ["id", "name", "postal"],
            rows: network.carriers.map { [$0.id, $0.name, cell($0.postal)] })
        files[countiesFile] = CSVTable.write(
            header: ["code", "name", "population"],
            rows: network.counties.map { [$0.code, $0.name, cell($0.population)] })
        let (nodeHeader, nodeRows) = nodeTable(network)
        files[nodesFile] = CSVTable.write(header: nodeHeader, rows: nodeRows)
        files[edgesFile] = CSVTable.write(header: edgeColumns, rows: network.edges.map(edgeRow))
        return files
    }

    private static func settingRows(_ network: Network) -> [[String]] {
        var rows = [["format", Network.formatTag], ["name", network.name]]
        if let description = network.description { rows.append(["description", description]) }
        rows.append(["distance.roads", network.distance.roads.rawValue])
        rows.append(["distance.circuity", cell(network.distance.circuity)])
        rows.append(["distance.speedKmh", cell(network.distance.speedKmh)])
        if network.distance.source != .greatCircle {
            rows.append(["distance.source", network.distance.source.rawValue])
        }
        for (key, value) in [
            ("file", network.distance.file), ("extractSHA256", network.distance.extractSHA256),
            ("profile", network.distance.profile),
        ] {
            if let value { rows.append(["distance." + key, value]) }
        }
        if !network.distance.closedWays.isEmpty {
            rows.append([
                "distance.closedWays", network.distance.closedWays.sorted().map(String.init).joined(separator: " "),
            ])
        }
        return rows
    }

    private static func nodeTable(_ network: Network) -> ([String], [[String]]) {
        let carrierIDs = network.carriers.map(\.id)
        let rank = Dictionary(carrierIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let parcelKeys = Node.orderedCarriers(Set(network.nodes.flatMap(\.parcels.keys)).union(carrierIDs), rank: rank)
        var header: [String] = []
        var cells: [[String]] = network.nodes.map { _ in [] }
        for column in nodeColumns {
            if column == "parcels" {
                for key in parcelKeys {
                    header.append("parcels." + key)
                    for (i, node) in network.nodes.enumerated() { cells[i].append(cell(node.parcels[key])) }
                }
                continue
            }
            let values = network.nodes.map { nodeCell($0, column) }
            if requiredNodeColumns.contains(column) || values.contains(where: { !$0.isEmpty }) {
                header.append(column)
                for i in values.indices { cells[i].append(values[i]) }
            }
        }
        return (header, cells)
    }

    private static func nodeCell(_ node: Node, _ column: String) -> String {
        switch column {
        case "id": node.id
        case "name": node.name
        case "kind": node.kind.rawValue
        case "county": node.county ?? ""
        case "township": node.township ?? ""
        case "lon": cell(node.lon)
        case "lat": cell(node.lat)
        case "positionSource": node.positionSource?.rawValue ?? ""
        case "population": cell(node.population)
        case "pickups.perDay": cell(node.pickups?.perDay)
        case "pickups.coldChain": node.pickups.map { cell($0.coldChain) } ?? ""
        case "pickups.product": node.pickups?.product ?? ""
        case "serviceMinutes": cell(node.serviceMinutes)
        case "timeWindow.open": cell(node.timeWindow?.open)
        case "timeWindow.close": cell(node.timeWindow?.close)
        case "site.fixedCost": cell(node.site?.fixedCost)
        case "site.capacity": cell(node.site?.capacity)
        // Written for every site, so a site with no cost or capacity still reads back as a site.
        case "site.existing": node.site.map { cell($0.existing) } ?? ""
        case "carrier": node.carrier ?? ""
        case "tags": node.tags.joined(separator: String(tagSeparator))
        default: ""
        }
    }

    private static func edgeRow(_ edge: Edge) -> [String] {
        [
            edge.from, edge.to, cell(edge.km), cell(edge.minutes), cell(edge.speedKmh), cell(edge.oneWay),
            edge.name ?? "",
        ]
    }

    /// A number cell: the shortest exact spelling; NaN and infinities as Swift spells them, so they read back
    /// and validation reports them.
    static func cell(_ x: Double?) -> String {
        guard let x else { return "" }
        return x.isFinite ? JSONText.number(x) : x.description
    }

    static func cell(_ flag: Bool) -> String { flag ? "true" : "false" }
}
