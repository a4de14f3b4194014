// Carriers for files that do not list them: a GeoJSON without a `hubplan` member, a CSV folder without carriers.csv.

/// Derives a carrier list from the parcel keys the nodes use.
enum CarrierInference {
    /// `declared` when it is not empty; otherwise one carrier per parcel key, in order of first use, named by
    /// its id (so such files still read, and `network info` still shows demand per carrier).
    static func carriers(parcelKeysOf nodes: [Node], declared: [Carrier]) -> [Carrier] {
        guard declared.isEmpty else { return declared }
        var seen = Set<String>(), carriers: [Carrier] = []
        for node in nodes {
            for key in node.parcels.keys.sorted() where seen.insert(key).inserted {
                carriers.append(Carrier(id: key, name: key))
            }
        }
        return carriers
    }
}
