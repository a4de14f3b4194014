// The closed sets of values some options take, as types: ArgumentParser lists them in --help and refuses others.
import ArgumentParser
import DeliveryPlanning
import VehicleRouting

extension LocationRequest.Model: ExpressibleByArgument {}
extension SolomonObjective: ExpressibleByArgument, CaseIterable {
    public static var allCases: [SolomonObjective] { [.distance, .vehiclesThenDistance] }
}

/// Where the hubs model's county centers come from (`hubplan locate --model hubs --centers`).
enum HubCenters: String, CaseIterable, ExpressibleByArgument {
    /// Chosen in the same model as the hubs.
    case chosen
    /// The network's existing county-center nodes.
    case given
}
