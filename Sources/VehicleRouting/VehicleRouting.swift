// The VehicleRouting module: how the vans run (CVRP and its rich variants), hybrid genetic search with
// GLPK recombination.
