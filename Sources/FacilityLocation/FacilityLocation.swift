// The FacilityLocation module: where hubs and centers go (p-median, p-center, covering, UFL, CFL,
// county-center and two-level hub models) on GLPK with heuristic warm starts.
