// The GLPK module: a safe Swift modelling layer over GLPK 5 (see Model, SolveOptions, Solution).
