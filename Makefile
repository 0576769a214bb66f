# A thin wrapper around CMake, as neovim has: `make run` and `make test`
# are the README's two commands. Everything real is in CMakeLists.txt.

BUILD_DIR ?= build
ASAN_DIR ?= build-asan
MEMCHECK_DIR ?= build-memcheck
FUZZ_DIR ?= build-fuzz
# make fuzz: each target for FUZZ_SECONDS or FUZZ_RUNS executions (0: no
# limit), whichever ends first; FUZZ_TARGETS narrows the list.
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?= 0
FUZZ_TARGETS ?=
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= examples/sft-mistakes.yaml

.PHONY: all deps build build-asan run test test-unit test-asan memcheck fuzz \
	bench docs install clean

all: build

deps:
	@sh scripts/install-deps.sh

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo
	cmake --build $(BUILD_DIR) -j $(JOBS)

build-asan: deps
	cmake -S . -B $(ASAN_DIR) -DCMAKE_BUILD_TYPE=Debug -DTARGS_SANITIZE=ON
	cmake --build $(ASAN_DIR) -j $(JOBS)

# Builds targs and checks an example; the example holds typical mistakes,
# so there is something to see. Its exit status is shown, not fatal.
run: build
	@echo "+ $(BUILD_DIR)/targs check $(EXAMPLE)"
	@$(BUILD_DIR)/targs check $(EXAMPLE); echo "(exit status $$?)"

test-unit: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure -j $(JOBS)

test-asan: build-asan
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	ctest --test-dir $(ASAN_DIR) --output-on-failure -j $(JOBS)

# The whole suite, then the whole suite again under ASan and UBSan.
test: test-unit test-asan

# The whole suite under valgrind memcheck: any error or leak fails a test.
memcheck:
	@sh scripts/install-deps.sh memcheck
	cmake -S . -B $(MEMCHECK_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTARGS_MEMCHECK=ON
	cmake --build $(MEMCHECK_DIR) -j $(JOBS)
	ctest --test-dir $(MEMCHECK_DIR) --output-on-failure -j $(JOBS)

# The libFuzzer targets (fuzz/), built with clang, ASan and UBSan.
fuzz:
	@sh scripts/install-deps.sh fuzz
	cmake -S . -B $(FUZZ_DIR) -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTARGS_FUZZ=ON -DBUILD_TESTING=OFF
	cmake --build $(FUZZ_DIR) -j $(JOBS)
	sh fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS) $(FUZZ_RUNS) $(FUZZ_TARGETS)

# The benchmark (bench/): targs in release mode against a baseline of our
# own that only parses the same files; prints docs/performance.md's table.
bench:
	@sh scripts/install-deps.sh bench
	sh bench/run.sh

# Rewrites the docs generated from targs' tables: docs/parameters.md and
# the manual page docs/targs.1 (tests docs.parameters and docs.man).
docs: build
	sh scripts/gen-docs.sh $(BUILD_DIR)

install: build
	cmake --install $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(MEMCHECK_DIR) $(FUZZ_DIR) build-bench
