// `hubplan-bench glpk`: times building a million-non-zero model in Swift and loading it into GLPK.
import ArgumentParser
import Dispatch
import Foundation
@_spi(Benchmarks) import GLPK
import HubPlanCommands

/// Builds a large sparse model with the bulk API, validates it and loads it into GLPK, and prints the times.
struct BenchGLPKCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glpk",
        abstract: "Time building a 1M-non-zero model in Swift and loading it into GLPK.",
        discussion: """
            Builds a model with --rows rows of --per-row non-zeros over --columns columns (row i uses columns \
            i*7 + k*13 modulo the column count, coefficients 1 + k/10, a mix of <=, >= and ranged rows; every \
            tenth column integer), once with addConstraint(indices:coefficients:) and once with \
            (Variable, Double) terms. Then validates it, copies it into GLPK's 1-based arrays and loads it \
            with glp_load_matrix. Each step is repeated --repeat times; the table shows the fastest and the \
            median. Build a release binary first: timings of debug builds mean little.

            Example:
              swift build -c release && .build/release/hubplan-bench glpk
            """
    )

    @Option(help: "Rows of the model.") var rows = 100_000
    @Option(help: "Non-zeros in each row.") var perRow = 10
    @Option(help: "Columns of the model.") var columns = 200_000
    @Option(name: .customLong("repeat"), help: "Repetitions of each step.") var repetitions = 5
    @Flag(help: "Print the timings as JSON on stdout.") var json = false
    @Option(help: "Also write the table (markdown) to this file.") var output: String?

    func validate() throws {
        guard rows > 0, perRow > 0, columns >= perRow, repetitions > 0 else {
            throw ValidationError("--rows, --per-row and --repeat must be positive, and --columns at least --per-row")
        }
    }

    func run() throws {
        var steps: [String: [Double]] = [:]
        var model = Model()
        for _ in 0..<repetitions {
            let (bulk, bulkSeconds) = time { buildBulk() }
            let (_, tupleSeconds) = time { buildWithTerms() }
            let load = try bulk.timeLoading()
            steps["build (indices:coefficients:)", default: []].append(bulkSeconds)
            steps["build ((Variable, Double) terms)", default: []].append(tupleSeconds)
            steps["validate", default: []].append(load.validation)
            steps["copy to 1-based arrays", default: []].append(load.copy)
            steps["GLPK load (glp_load_matrix)", default: []].append(load.glpkLoad)
            steps["total: bulk build + validate + copy + load", default: []].append(
                bulkSeconds + load.validation + load.copy + load.glpkLoad)
            model = bulk
        }
        let order = [
            "build (indices:coefficients:)", "build ((Variable, Double) terms)", "validate", "copy to 1-based arrays",
            "GLPK load (glp_load_matrix)", "total: bulk build + validate + copy + load",
        ]
        let rowsOut = order.map { name -> BenchRow in
            let sorted = steps[name, default: []].sorted()
            return BenchRow(step: name, fastest: sorted.first ?? .nan, median: sorted[sorted.count / 2])
        }
        let report = BenchReport(
            rows: model.constraintCount, columns: model.variableCount, nonzeros: model.nonzeroCount,
            repetitions: repetitions, steps: rowsOut)
        if json {
            try JSONOutput.print(report)
        } else {
            print(report.markdown, terminator: "")
        }
        if let output { try AtomicFile.write(report.markdown, to: output) }
    }

    private func time<T>(_ body: () -> T) -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    private func bound(_ i: Int) -> ConstraintBound {
        switch i % 3 {
        case 0: .lessOrEqual(Double(perRow))
        case 1: .greaterOrEqual(1)
        default: .ranged(0, Double(2 * perRow))
        }
    }

    private func buildBulk() -> Model {
        var model = Model(name: "bench")
        model.addVariables(count: columns, upper: 1, objective: 1)
        for j in stride(from: 0, to: columns, by: 10) { model.setKind(Variable(index: j), .integer) }
        let coefficients = (0..<perRow).map { 1 + Double($0) / 10 }
        var indices = [Int](repeating: 0, count: perRow)
        for i in 0..<rows {
            for k in 0..<perRow { indices[k] = (i * 7 + k * 13) % columns }
            model.addConstraint(indices: indices, coefficients: coefficients, bound(i))
        }
        return model
    }

    private func buildWithTerms() -> Model {
        var model = Model(name: "bench")
        model.addVariables(count: columns, upper: 1, objective: 1)
        var terms = [(Variable, Double)](repeating: (Variable(index: 0), 0), count: perRow)
        for i in 0..<rows {
            for k in 0..<perRow { terms[k] = (Variable(index: (i * 7 + k * 13) % columns), 1 + Double(k) / 10) }
            model.addConstraint(terms, bound(i))
        }
        return model
    }
}

/// One timed step.
private struct BenchRow: Encodable {
    let step: String
    let fastest: Double
    let median: Double
}

/// The benchmark's result, as JSON or a markdown table.
private struct BenchReport: Encodable {
    let rows: Int
    let columns: Int
    let nonzeros: Int
    let repetitions: Int
    let steps: [BenchRow]

    var markdown: String {
        var text =
            "GLPK model build and load: \(rows) rows, \(columns) columns, \(nonzeros) non-zeros, "
            + "\(repetitions) repetitions\n\n| step | fastest (s) | median (s) |\n|---|---:|---:|\n"
        for step in steps {
            text +=
                "| \(step.step) | \(String(format: "%.3f", step.fastest)) | \(String(format: "%.3f", step.median)) |\n"
        }
        return text
    }
}
