# A thin wrapper around CMake, as neovim has: `make run` and `make test`
# are the README's two commands. Everything real is in CMakeLists.txt.

BUILD_DIR ?= build
ASAN_DIR ?= build-asan
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
EXAMPLE ?= examples/sft-mistakes.yaml

.PHONY: all deps build build-asan run test test-unit test-asan install clean

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

install: build
	cmake --install $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR)
