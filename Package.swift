// swift-tools-version: 6.0
// HubPlan: plans rural express-delivery networks (where hubs and county centers go, how shared routes run).
import PackageDescription

let package = Package(
    name: "HubPlan",
    products: [
        .executable(name: "hubplan", targets: ["hubplan"]),
        .executable(name: "hubplan-bench", targets: ["hubplan-bench"]),
        .library(name: "GLPK", targets: ["GLPK"]),
        .library(name: "RoadNetwork", targets: ["RoadNetwork"]),
        .library(name: "FacilityLocation", targets: ["FacilityLocation"]),
        .library(name: "VehicleRouting", targets: ["VehicleRouting"]),
        .library(name: "DeliveryPlanning", targets: ["DeliveryPlanning"]),
        .library(name: "Reports", targets: ["Reports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        // CSV with a streaming reader and writer, RFC 4180 quoting (see CSVTable.swift for why this one).
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // Scenario files (YAML; JSON is YAML too) with line numbers for error messages.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // plan.xlsx is a zip of XML parts; ZIPFoundation writes the zip (no hand-written zip code).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // GLPK's C API. Debian ships no pkg-config file for it, so the header and library are named directly.
        .systemLibrary(name: "CGLPK", providers: [.apt(["libglpk-dev"])]),
        // zlib's C API, for the gzipped national source tables (Networks/sources/); not named CZlib, which
        // ZIPFoundation's own module already is.
        .systemLibrary(name: "SystemZlib", providers: [.apt(["zlib1g-dev"])]),
        // Cancellation, time budgets and seeded randomness shared by every solver; knows no domain.
        .target(name: "SolverControl"),
        // Guarded GLPK entry points in C: a GLPK fatal error becomes an error code (setjmp stays in C frames).
        .target(name: "CGLPKGuard", dependencies: ["CGLPK"]),
        // A safe Swift modelling layer over GLPK; knows nothing about logistics.
        .target(name: "GLPK", dependencies: ["CGLPK", "CGLPKGuard", "SolverControl"]),
        // Villages, townships, centers, sites and roads; formats, validation, shortest paths.
        .target(
            name: "RoadNetwork",
            dependencies: [
                "SolverControl", "SystemZlib",
                .product(name: "HeapModule", package: "swift-collections"),
                .product(name: "CSV", package: "CSV.swift"),
            ]),
        // Builds the shipped networks (Networks/) from public county, township and village tables with a seeded,
        // documented demand model.
        .target(
            name: "NetworkSynthesis",
            dependencies: [
                "RoadNetwork", "SolverControl", .product(name: "CSV", package: "CSV.swift"),
            ]),
        // Where hubs and centers go: p-median, p-center, covering, UFL/CFL, county-center, two-level hubs.
        .target(name: "FacilityLocation", dependencies: ["GLPK", "SolverControl"]),
        // How the vans run: CVRP and its rich variants (time windows, mixed fleets, pickups, depots).
        .target(name: "VehicleRouting", dependencies: ["GLPK", "SolverControl"]),
        // Network -> location models -> routing -> plan; co-delivery comparison; scenarios.
        .target(
            name: "DeliveryPlanning",
            dependencies: [
                "RoadNetwork", "FacilityLocation", "VehicleRouting", "SolverControl",
                .product(name: "Yams", package: "Yams"),
            ]),
        // Tables, GeoJSON, SVG maps and HTML reports of plans.
        // The map's script is a resource embedded in the code, so the binary inlines it with no bundle lookup.
        .target(
            name: "Reports",
            dependencies: [
                "DeliveryPlanning", "RoadNetwork", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ], resources: [.embedInCode("Resources/map.js")]),
        // The command tree of `hubplan`; thin: parses, calls the libraries, formats.
        .target(
            name: "HubPlanCommands",
            dependencies: [
                "GLPK", "RoadNetwork", "NetworkSynthesis", "FacilityLocation", "VehicleRouting", "DeliveryPlanning",
                "Reports",
                "SolverControl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]),
        .executableTarget(name: "hubplan", dependencies: ["HubPlanCommands"]),
        // The benchmark harness: instance sets, peer solvers (PyVRP, OR-Tools, HiGHS), tables. Never linked into
        // `hubplan`; run as `hubplan-bench` (see docs/benchmarks.md).
        .target(
            name: "BenchmarkHarness",
            dependencies: [
                "HubPlanCommands", "GLPK", "RoadNetwork", "FacilityLocation", "VehicleRouting", "SolverControl",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]),
        .executableTarget(name: "hubplan-bench", dependencies: ["BenchmarkHarness", "HubPlanCommands"]),

        .testTarget(name: "SolverControlTests", dependencies: ["SolverControl"]),
        .testTarget(name: "GLPKTests", dependencies: ["GLPK", "CGLPK", "SolverControl"]),
        .testTarget(name: "NetworkSynthesisTests", dependencies: ["NetworkSynthesis", "RoadNetwork", "SolverControl"]),
        .testTarget(
            name: "RoadNetworkTests", dependencies: ["RoadNetwork", "SolverControl"],
            resources: [.copy("Resources")]),
        // Runs the built `hubplan` binary as a subprocess: exit codes and output as a planner sees them.
        .testTarget(name: "HubPlanCommandsTests", dependencies: ["hubplan", "hubplan-bench", "HubPlanCommands"]),
        .testTarget(
            name: "FacilityLocationTests", dependencies: ["FacilityLocation", "GLPK", "SolverControl"],
            resources: [.copy("Resources")]),
        .testTarget(
            name: "DeliveryPlanningTests",
            dependencies: [
                "DeliveryPlanning", "FacilityLocation", "RoadNetwork", "VehicleRouting", "SolverControl",
            ]),
        .testTarget(
            name: "ReportsTests",
            dependencies: [
                "Reports", "DeliveryPlanning", "RoadNetwork", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),
        .testTarget(name: "BenchmarkHarnessTests", dependencies: ["BenchmarkHarness"]),
        .testTarget(
            name: "VehicleRoutingTests", dependencies: ["VehicleRouting", "SolverControl"],
            resources: [.copy("Resources")]),
    ]
)
