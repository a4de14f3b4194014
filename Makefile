# HubPlan's commands. `make run` plans the default network; `make test` runs every test.
SWIFT     ?= swift
CONFIG    ?= release
BIN        = .build/$(CONFIG)/hubplan
BENCH      = .build/$(CONFIG)/hubplan-bench
NETWORK   ?= Networks/datong
# The peers' scripts are copied under .build/ and their virtualenv built there: the shared folder is read-only.
PEERS_SRC ?= ../shared/peers
PEERS     ?= .build/peers
PEERS_PY   = $(PEERS)/.venv/bin/python
BENCHMARKS ?= ../shared/benchmarks

.PHONY: deps osrm build run examples check-report test format format-check bench bench-location bench-routing bench-vrptw bench-scale bench-network bench-glpk networks peers clean

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

# The Datong (zh) and Laiyuan (en) outputs in headless Chromium (Selenium) and openpyxl; screenshots in out/.
check-report: build
	scripts/check-report.sh

# OSRM (PyPI osrm-bindings) in .build/osrm-venv for `hubplan network roads`; quick when present.
osrm:
	@scripts/ensure-osrm.sh

# glpk-utils brings glpsol, which reads back our LP/MPS exports in the GLPK tests; .build/venv holds Python's
# jsonschema for the schema tests; OSRM is required by the road tests.
test: osrm
	@scripts/ensure-deps.sh glpk-utils
	@scripts/ensure-test-venv.sh
	HUBPLAN_REQUIRE_OSRM=1 $(SWIFT) test

# .swift-format's rules (120 columns, 4-space indents): check for CI, or rewrite the files in place.
format-check:
	@scripts/format-check.sh

format:
	swift format format --in-place --parallel --recursive Package.swift Sources Tests

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
	scripts/bench-plan.sh $(BIN) docs/benchmarks/plan.md Networks/datong Networks/hebei \
	  'Networks/hebei::--time-limit 180' 'Networks/hebei::--time-limit 30'

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

# Solomon (one per class), then Gehring & Homberger 400-1,000 (HOMBERGER: a glob, by default the first instance of
# each class and size, 24 in all, about 50 minutes with PyVRP after us).
HOMBERGER ?= *_1
bench-vrptw: build-bench peers
	$(BENCH) vrptw --peers --peers-dir $(PEERS) $(BENCH_ARGS)
	$(BENCH) vrptw --peers --peers-dir $(PEERS) --data $(BENCHMARKS)/vrptw/homberger-large --instances '$(HOMBERGER)' \
		--time-limit 60 --out out/bench/homberger-large $(BENCH_ARGS)

# Large instances beside PyVRP, both at the same moment on one core each (docs/benchmarks/scale.md): CVRP X with
# 500-1,001 customers (32), Homberger 400-1,000 (240) and the generated rural family (6: 500, 800 and 1,000
# villages, seeds 1 and 2), 60 s each by default: about 5 hours for all; SCALE_ARGS="--families cvrp --instances
# 'X-n1001*'" for a subset, "--time-limit N"; "--families cvrp --seconds-per-client 2.4" is PyVRP's published
# budget on X (about 15.5 hours for the 32; add "--resume --out DIR" to run it over several sittings, each adding
# the instances DIR/scale.csv lacks); "--seeds 0,1,2" runs each instance once a seed, PyVRP with the same
# seed, and compares each instance's mean costs (a 60-s run varies by about 1%).
bench-scale: build-bench peers
	$(BENCH) scale --peers-dir $(PEERS) --data $(BENCHMARKS) $(SCALE_ARGS)

# The peers' virtualenv (PyVRP, OR-Tools, HiGHS) for side-by-side benchmarks; never needed by `make test`.
peers:
	@[ -x $(PEERS)/setup.sh ] || { mkdir -p $(PEERS) && cp -R $(PEERS_SRC)/. $(PEERS)/; }
	@[ -x $(PEERS_PY) ] || $(PEERS)/setup.sh

clean:
	rm -rf .build out
