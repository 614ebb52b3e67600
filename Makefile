# Graft — the README names two targets: `make run` and `make test`. Both set up what they need.
SWIFT      ?= swift
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_INSTALL = $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends
PIP_INSTALL = python3 -m pip install --quiet --disable-pip-version-check
GRAFT       = .build/debug/graft

.PHONY: run test build deps check bench fuzz clean instructions rules-test

## run: build, render the catalog into dashboards/ and manifests/, print what was written.
run: build
	$(GRAFT) render

## test: install what the tests need, build, run every test, fuzz the URL parser, check the committed files,
## and check that a package using only the catalog product builds without the network layer.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	$(MAKE) fuzz
	$(GRAFT) render --check
	$(MAKE) rules-test
	scripts/catalog-without-network.sh

## rules-test: the promtool unit tests of the rendered alert and recording rules (Tests/Rules/: cases that fire, cases that stay silent).
rules-test: deps
	promtool test rules Tests/Rules/*.test.yaml

## fuzz: seeded mutation fuzzers (release builds), each bounded in inputs and time; exit 1 on a broken invariant or a trap.
## The URL parser and stripper on 1,000,000 inputs; then 1,000,000 inputs in all to the parsers of untrusted files,
## seeded from real dashboards (their panels, variables and queries): the JSON parser and writer, the PromQL reader,
## the importer. (Grafana's replies are fuzzed by a test, ReplyFuzzTests, through the client and a local server.)
FUZZ_DASHBOARDS = dashboards/*.json Tests/GraftImportTests/Fixtures/*.json Tests/GraftImportTests/Fixtures/Adopt/*.json
FUZZ = timeout 600 .build/release/graft-fuzz
fuzz:
	$(SWIFT) build -c release --product graft-fuzz-url
	timeout 600 .build/release/graft-fuzz-url 1000000
	$(SWIFT) build -c release --product graft-fuzz
	$(FUZZ) json 520000 1 $(FUZZ_DASHBOARDS)
	$(FUZZ) promql 450000 1 $(FUZZ_DASHBOARDS)
	$(FUZZ) import 30000 1 $(FUZZ_DASHBOARDS)

build: deps
	$(SWIFT) build --product graft

## deps: system packages and tools the build and tests use, installed when missing.
deps:
	@need=""; \
	dpkg -s libcurl4-openssl-dev >/dev/null 2>&1 || need="$$need libcurl4-openssl-dev"; \
	dpkg -s zlib1g-dev >/dev/null 2>&1 || need="$$need zlib1g-dev"; \
	command -v promtool >/dev/null 2>&1 || need="$$need prometheus"; \
	command -v rsvg-convert >/dev/null 2>&1 || need="$$need librsvg2-bin"; \
	if [ -n "$$need" ]; then \
	  echo "installing:$$need"; \
	  $(SUDO) apt-get update -qq && $(APT_INSTALL) $$need; \
	fi
	@command -v check-jsonschema >/dev/null 2>&1 || $(PIP_INSTALL) 'check-jsonschema>=0.29'

## bench: rendering speed, in process and as whole processes beside the peer generators, then pushing
## to the Grafana emulator, then the edit loop of packages made by `graft init` (bench/edit_loop.py), all
## in BENCHMARKS.md. Rendering is measured on release builds with the Swift runtime and Foundation linked
## in (--static-swift-stdlib), as a single-binary release is built: the process starts without resolving
## thousands of shared-library symbols. The push benchmark is a test (the emulator is test
## support, linked by tests only), run on a release build; GRAFT_BENCH=1 enables it, so `make test` skips it.
BENCH_BUILD = $(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static
bench: deps
	$(BENCH_BUILD) --product graft-bench
	$(BENCH_BUILD) --product graft
	@if [ -d ../shared/bench/peers ]; then \
	  python3 -c "import grafanalib, grafana_foundation_sdk" 2>/dev/null || \
	  $(PIP_INSTALL) grafanalib==0.7.1 'grafana-foundation-sdk==1769699590!11.3.0'; \
	fi
	GRAFT_RELEASE_DIR=.build-static/release python3 bench/run.py
	GRAFT_BENCH=1 $(SWIFT) test -c release --filter GraftBenchmarks
	$(SWIFT) build --product graft
	python3 bench/edit_loop.py $(GRAFT)

## check: the committed dashboards/ and manifests/ are what the code renders.
check: build
	$(GRAFT) render --check

clean:
	rm -rf .build .build-*

## instructions: instructions per dashboard, counted by callgrind (independent of the host's load).
instructions:
	$(SWIFT) build -c release --product graft-bench
	bench/instructions.sh .build/release
