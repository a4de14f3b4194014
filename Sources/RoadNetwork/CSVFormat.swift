// The CSV folder format: nodes.csv and edges.csv, with carriers.csv, counties.csv and network.csv beside them.

/// A network as a folder of CSV files that planners can edit in a spreadsheet.
public enum CSVFormat {
    /// One row per node.
    public static let nodesFile = "nodes.csv"
    /// One row per road.
    public static let edgesFile = "edges.csv"
    /// One row per carrier (optional on read).
    public static let carriersFile = "carriers.csv"
    /// One row per county (optional on read).
    public static let countiesFile = "counties.csv"
    /// `key,value` rows: format, name, description, distance settings (optional on read).
    public static let settingsFile = "network.csv"
}
