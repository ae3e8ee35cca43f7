# The two commands of the README:
#   make demo   build a release binary, brief the bundled example story (as text, then as
#               saved web pages) and show the stories of a small mixed stream
#   make test   build and run every test: the fuzzers a minute each, an ASan+UBSan build,
#               then the release build
#   make serve  build a release binary and serve the examples' API and web page on
#               http://127.0.0.1:8080/ (Ctrl-C stops it)
MAKEFLAGS += --no-print-directory
JOBS ?= $(shell nproc)
BUILD ?= build/release
ASAN_BUILD ?= build/asan

.PHONY: demo test deps release asan test-release test-asan serve clean python fuzz fuzz-build
# Where the release build puts the importable Python package (python/, docs/python.md).
PYTHON_DIR ?= $(CURDIR)/build/python

deps:
	@bash scripts/install-deps.sh

release: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOSSIER_WERROR=ON \
	  -DDOSSIER_PYTHON_DIR=$(PYTHON_DIR) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

# The Python module alone: PYTHONPATH=build/python /usr/bin/python3 -c "import dossier"
python: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOSSIER_WERROR=ON \
	  -DDOSSIER_PYTHON_DIR=$(PYTHON_DIR) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS) --target dossier_python

asan: deps
	@cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DDOSSIER_SANITIZE=ON \
	  -DDOSSIER_BUILD_BENCHMARKS=OFF -DDOSSIER_WERROR=ON >/dev/null
	@cmake --build $(ASAN_BUILD) -j $(JOBS)

demo: release
	$(BUILD)/tools/dossier/dossier brief examples/biden-putin/
	$(BUILD)/tools/dossier/dossier brief examples/biden-putin-html/
	$(BUILD)/tools/dossier/dossier stories examples/mixed-stream/stream.jsonl

SERVE_PORT ?= 8080
serve: release
	$(BUILD)/tools/dossier/dossier serve --host 127.0.0.1 --port $(SERVE_PORT) \
	  examples/biden-putin/ examples/mixed-stream/stream.jsonl

test-release: release
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-asan: asan
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --output-on-failure -j $(JOBS) -LE slow

# The fuzzers and the sanitizer run come first so the last line printed is the release
# run's summary.
test: fuzz test-asan test-release

clean:
	rm -rf build

# libFuzzer targets of fuzz/ (clang, ASan+UBSan): the HTML, WARC and feed readers and
# the date parser, each run FUZZ_SECONDS on a scratch corpus seeded from tests/, JOBS at a
# time (scripts/run-fuzzers.sh). `make test` runs them for a minute each; a longer run:
# `make fuzz FUZZ_SECONDS=1800`.
FUZZ_BUILD ?= build/fuzz
FUZZ_SECONDS ?= 60
FUZZERS = html:tests/data/html warc:tests/data/fuzz/warc feed:tests/data/fuzz/feed date:tests/data/fuzz/date
fuzz-build: deps
	@cmake -S . -B $(FUZZ_BUILD) -DCMAKE_CXX_COMPILER=clang++ \
	  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOSSIER_BUILD_FUZZERS=ON -DDOSSIER_BUILD_TESTS=OFF \
	  -DDOSSIER_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build $(FUZZ_BUILD) -j $(JOBS) --target html_fuzzer warc_fuzzer feed_fuzzer date_fuzzer

fuzz: fuzz-build
	@bash scripts/run-fuzzers.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(JOBS) $(FUZZERS)
