// `hubplan shards`: cuts a region into prefecture or county shards and writes the job array's manifest.
import ArgumentParser
import DeliveryPlanning
import Foundation
import NetworkSynthesis

/// Writes DIR/manifest.jsonl: one shard a line (id, region, counties, villages), for `scripts/slurm/plan.sbatch`.
struct ShardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shards",
        abstract:
            "Cut a region into shards (provinces, prefectures or counties) and write their manifest for a job array.",
        discussion: """
            Reads the county and village tables in --data and writes DIR/manifest.jsonl, one JSON object a line: \
            id (the array task id), region (adcode prefix for `hubplan network synthesize --region`), counties \
            and villages (the estimated work). Shards are ordered by region code. Plan each shard into DIR/ID \
            (`hubplan plan --manifest DIR/manifest.jsonl --shard ID --out DIR/ID`) and join them with \
            `hubplan merge DIR --out PLAN`. --region 00 is the whole country (2,845 counties). docs/scale.md shows \
            the whole Slurm run.

            Examples:
              hubplan shards --region 13 --by prefecture --out out/hebei-shards
              hubplan shards --region 00 --by province --out out/nation-shards
            """)

    @Option(help: "00 for the whole country, or an adcode prefix of 2 or 4 digits (13 is Hebei, 1306 Baoding).")
    var region: String

    @Option(help: "Shard level: province, prefecture or county (finer than --region).")
    var by: String

    @Option(help: "Directory of the source tables.")
    var data: String = "Networks/sources"

    @Option(help: "Output directory; manifest.jsonl is written into it.")
    var out: String

    @Flag(help: "Print the shards as JSON on stdout.")
    var json = false

    /// The adcode prefix of --region: `""` for `00`, the whole country.
    var prefix: String { region == "00" ? "" : region }

    func validate() throws {
        guard region.count == 2 || region.count == 4, region.allSatisfy(\.isASCII), region.allSatisfy(\.isNumber) else {
            throw ValidationError("--region: '\(region)' is not 00 or an adcode prefix of 2 or 4 digits")
        }
        guard let level = ShardLevel(rawValue: by) else {
            throw ValidationError("--by: '\(by)' is not province, prefecture or county")
        }
        if level.prefixLength <= prefix.count {
            throw ValidationError("--by \(by) does not cut --region \(region): shards must be finer than the region")
        }
    }

    func run() throws {
        try OutputPath.checkFolder(out)
        let sources = try SourceData.load(directory: data, prefix: prefix)
        var villages: [String: Int] = [:]
        for village in sources.villages { villages[village.county ?? village.nbsCounty, default: 0] += 1 }
        let counties = sources.counties.filter { $0.code.hasPrefix(prefix) }
            .map { ShardManifest.CountyWork(code: $0.code, villages: villages[$0.code] ?? 0) }
        guard !counties.isEmpty else {
            throw CommandLineError("--region \(region): no county in \(data)/counties.csv.gz", category: .badInput)
        }
        let shards = ShardManifest.shards(counties: counties, by: ShardLevel(rawValue: by)!)
        let path = URL(fileURLWithPath: out).appendingPathComponent("manifest.jsonl").path
        try AtomicFile.write(try ShardManifest.encode(shards), to: path)
        if json {
            try JSONOutput.print(shards)
        } else {
            let work = shards.reduce(0) { $0 + $1.villages }
            FileHandle.standardError.write(
                Data("\(shards.count) shards, \(counties.count) counties, \(work) villages -> \(path)\n".utf8))
        }
    }
}
