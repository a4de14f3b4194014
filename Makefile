# HubPlan's commands. `make run` plans the default network; `make test` runs every test.
SWIFT     ?= swift
CONFIG    ?= release
BIN        = .build/$(CONFIG)/hubplan
BENCH      = .build/$(CONFIG)/hubplan-bench
NETWORK   ?= Networks/datong
PEERS     ?= ../shared/peers
PEERS_PY   = $(PEERS)/.venv/bin/python
BENCHMARKS ?= ../shared/benchmarks

.PHONY: deps build run examples check-report test bench bench-location bench-routing bench-vrptw bench-network bench-glpk networks peers clean

deps:
	@scripts/ensure-deps.sh

build: deps
	$(SWIFT) build -c $(CONFIG) --product hubplan

# The benchmark harness, its own executable (never linked into hubplan).
build-bench: deps
	$(SWIFT) build -c $(CONFIG) --product hubplan-bench

# Plans the default network end to end and says where the report is.
OUT ?= out/$(notdir $(NETWORK))
run: build
	$(BIN) plan $(NETWORK) --out $(OUT)
	@echo "open $(OUT)/report.html"

# The Examples/ scenarios, each checked by `hubplan verify`.
examples: build
	Examples/run-all.sh

# The Datong report in headless Chromium: SVG counts, console errors, screenshot in out/.
check-report: build
	scripts/check-report.sh

# glpk-utils brings glpsol, which reads back our LP/MPS exports in the GLPK tests.
test:
	@scripts/ensure-deps.sh glpk-utils
	$(SWIFT) test

# Rebuilds Networks/ from the vendored source tables (Networks/README.md); same seed, same bytes.
SYNTH = $(BIN) network synthesize --data Networks/sources --seed 2027
networks: build
	$(SYNTH) --region datong --out Networks/datong
	$(SYNTH) --region hebei --out Networks/hebei
	$(SYNTH) --region 140221 --townships 140221100,140221101 --villages-per-township 8 --name Yanggao-sample --out Networks/samples/yanggao
	$(SYNTH) --region 140225 --townships 140225100,140225102 --villages-per-township 8 --synthetic-roads --name Hunyuan-roads-sample --out Networks/samples/hunyuan-roads
	$(SYNTH) --region 130630 --townships 130630100,130630102 --villages-per-township 10 --name Laiyuan-sample --out Networks/samples/laiyuan

bench: bench-network bench-glpk

# hubplan plan with 1 and 2 workers: wall, CPU, peak memory, load (docs/benchmarks/plan.md). Datong whole;
# Hebei within the issue's 3 minutes, and with --time-limit 30 (is the limit kept, files included?).
bench-plan: build
	scripts/bench-plan.sh $(BIN) docs/benchmarks/plan.md Networks/datong 'Networks/hebei::--time-limit 180' \
	  'Networks/hebei::--time-limit 30'

bench-network: build-bench
	$(BENCH) network

bench-glpk: build-bench
	$(BENCH) glpk --output out/bench/glpk.md

# pmed1-40 and cap41-capc against published optima and HiGHS (needs ../shared/benchmarks and the peers venv).
bench-location: build-bench peers
	$(BENCH) location --peers --data $(BENCHMARKS) --peers-dir $(PEERS)

# The CVRPLIB table beside PyVRP and OR-Tools: a quick mix by default (about 12 minutes with the peers), every A/B/E/P
# instance and X up to 400 customers with ALL=1 (several hours). Rows land in out/bench/routing.csv as they finish.
bench-routing: build-bench peers
	$(BENCH) routing $(if $(ALL),--set A,B,E,P,X --max-customers 400,--set quick) --peers --peers-dir $(PEERS) $(BENCH_ARGS)

bench-vrptw: build-bench peers
	$(BENCH) vrptw --peers --peers-dir $(PEERS) $(BENCH_ARGS)

# The peers' virtualenv (PyVRP, OR-Tools, HiGHS) for side-by-side benchmarks; never needed by `make test`.
peers:
	@[ -x $(PEERS_PY) ] || $(PEERS)/setup.sh

clean:
	rm -rf .build out
