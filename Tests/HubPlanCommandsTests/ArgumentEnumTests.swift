// Options with a closed set of values are typed: a value outside the set is bad input (exit 2) naming the option.
import Testing

@Suite struct ArgumentEnumTests {
    @Test(arguments: [
        (["locate", "Networks/samples/yanggao", "--model", "k-means"], "--model"),
        (["locate", "Networks/samples/yanggao", "--model", "hubs", "--centers", "some"], "--centers"),
        (["solve", "solomon", "R101.txt", "--objective", "time"], "--objective"),
    ])
    func valueOutsideTheSetIsBadInput(arguments: [String], option: String) throws {
        let run = try HubPlanProcess.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is invalid for '\(option)"))
    }

    @Test func helpListsTheModels() throws {
        let run = try HubPlanProcess.run(["locate", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("county-center"))
    }
}
