# HubPlan's commands. `make run` plans the default network; `make test` runs every test.
SWIFT     ?= swift
CONFIG    ?= release
BIN        = .build/$(CONFIG)/hubplan
NETWORK   ?= Networks/datong
PEERS     ?= ../shared/peers
PEERS_PY   = $(PEERS)/.venv/bin/python
BENCHMARKS ?= ../shared/benchmarks

.PHONY: deps build run test bench bench-location bench-routing bench-network bench-glpk peers clean

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product hubplan

run: build
	$(BIN) network info $(NETWORK)

test: deps
	$(SWIFT) test

bench: bench-network bench-glpk

bench-network: build
	$(BIN) bench network

bench-glpk: build
	$(BIN) bench glpk --output out/bench/glpk.md

# pmed1-40 and cap41-capc against published optima and HiGHS (needs ../shared/benchmarks and the peers venv).
bench-location: build peers
	$(BIN) bench location --peers --data $(BENCHMARKS) --peers-dir $(PEERS)

# The CVRPLIB table beside PyVRP and OR-Tools: a quick mix by default (about 12 minutes with the peers), every A/B/E/P
# instance and X up to 400 customers with ALL=1 (several hours). Rows land in out/bench/routing.csv as they finish.
bench-routing: build peers
	$(BIN) bench routing $(if $(ALL),--set A,B,E,P,X --max-customers 400,--set quick) --peers --peers-dir $(PEERS) $(BENCH_ARGS)

# The peers' virtualenv (PyVRP, OR-Tools, HiGHS) for side-by-side benchmarks; never needed by `make test`.
peers:
	@[ -x $(PEERS_PY) ] || $(PEERS)/setup.sh

clean:
	rm -rf .build out
