// The `hubplan-bench` executable: the benchmark harness lives in BenchmarkHarness; this file only starts it.
import BenchmarkHarness
import HubPlanCommands

HubPlanCommand.run(BenchCommand.self)
