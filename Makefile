# Tavlen: build, test and package. `make help` lists the targets.
#
# Two kinds of build live here:
#   - headless (CGO_ENABLED=0): every package but the root one. Tests, vet,
#     staticcheck and benchmarks run this way, so `make test` needs no C
#     compiler and no X/GL libraries.
#   - the window binary `tavle` (cgo + Fyne's GLFW driver): needs gcc and the
#     X/GL/Wayland development packages listed in FYNE_DEBS.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory

GO  ?= go
BIN := tavle

# Name, ID, version and build come from FyneApp.toml, the one place to edit.
toml_get = $(shell sed -n 's/^$(1) *= *"\{0,1\}\([^"]*\)"\{0,1\} *$$/\1/p' FyneApp.toml | head -n1)
APP_NAME := $(call toml_get,Name)
APP_ID   := $(call toml_get,ID)
VERSION  := $(call toml_get,Version)
BUILD    := $(call toml_get,Build)

# `tavle version` and the About box print cli.Version.
VERSION_LDFLAG := -X tavlen/cli.Version=$(VERSION)
space := $() $()

ROOT_PKG      := tavlen
HEADLESS_PKGS  = $(filter-out $(ROOT_PKG),$(shell CGO_ENABLED=0 $(GO) list -e ./...))
GOTESTFLAGS   ?=
BENCHFLAGS    ?=

TOOLS := $(CURDIR)/.bin
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(TOOLS)/staticcheck-$(STATICCHECK_VERSION)
FYNE        := $(TOOLS)/fyne

# System packages (Debian 12 / Ubuntu names).
FYNE_DEBS  := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev wayland-protocols
WIN_DEBS   := gcc-mingw-w64-x86-64 zip wixl msitools imagemagick
WIN_CC     := x86_64-w64-mingw32-gcc
WIN_OBJDUMP := x86_64-w64-mingw32-objdump

DIST        := dist
LINUX_TAR   := $(DIST)/tavlen-$(VERSION)-linux-amd64.tar.xz
WIN_EXE     := $(DIST)/windows/$(BIN).exe
WIN_ZIP     := $(DIST)/tavlen-$(VERSION)-windows-amd64.zip
WIN_MSI     := $(DIST)/tavlen-$(VERSION)-x64.msi
WIN_ICO     := $(DIST)/windows/tavlen.ico
WXS         := packaging/windows/tavlen.wxs
# The MSI's UpgradeCode: fixed for ever, so each new MSI replaces the old one.
MSI_UPGRADE_CODE := {F3021824-ADBB-4D83-87CF-FFDAC3AC261A}

# need_debs installs the Debian packages in $(1) that are missing: as root
# with apt-get, otherwise it prints the exact sudo line and stops.
define need_debs
	if ! command -v dpkg-query >/dev/null; then \
		echo "note: not a Debian/Ubuntu system; make sure these (or your distribution's equivalents) are installed: $(1)"; \
	else \
		missing=""; \
		for p in $(1); do \
			grep -q ' installed$$' <<<"$$(dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null)" || missing="$$missing $$p"; \
		done; \
		if [ -n "$$missing" ]; then \
			if [ "$$(id -u)" = 0 ]; then \
				echo ">> installing system packages:$$missing"; \
				export DEBIAN_FRONTEND=noninteractive; \
				apt-get update -q; \
				apt-get install -y -q --no-install-recommends $$missing; \
			else \
				echo ""; \
				echo "Tavlen needs these system packages:$$missing"; \
				echo "Install them with:"; \
				echo ""; \
				echo "    sudo apt-get install -y$$missing"; \
				echo ""; \
				echo "and run make again."; \
				exit 1; \
			fi; \
		fi; \
	fi
endef

# has_debs is true (exit 0) when every package in $(1) is installed.
has_debs = ( command -v dpkg-query >/dev/null && for p in $(1); do grep -q ' installed$$' <<<"$$(dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null)" || exit 1; done )

.PHONY: help run test fmt-check vet staticcheck unit-test region-test bench build demo deps \
        package-linux package-windows check-windows msi check-msi win-deps wine-test bench-start icon clean

help: ## list the targets
	@echo "Tavlen $(VERSION) (build $(BUILD)). Targets:"
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | awk -F'\t' '{printf "  make %-16s %s\n", $$1, $$2}'

deps: ## check Go and the system packages for the window build (installs them as root)
	@command -v $(GO) >/dev/null || { echo "Go is missing: install Go 1.26 from go.dev/dl and put it on PATH"; exit 1; }
	@$(call need_debs,$(FYNE_DEBS))

build: deps ## build the window binary ./tavle (cgo)
	CGO_ENABLED=1 $(GO) build -ldflags '$(VERSION_LDFLAG)' -o $(BIN) .

run: build ## build and open the app on the last used file
	./$(BIN)

demo: build ## build, create demo.tavle (once) and open the app on it
	@[ -e demo.tavle ] || ./$(BIN) demo demo.tavle
	./$(BIN) open demo.tavle

# --- checks -----------------------------------------------------------------

test: fmt-check vet staticcheck unit-test region-test ## gofmt check, go vet, staticcheck, go test (headless), region failover and guide

GO_FILES = $(shell find . -name '*.go' -not -path './.git/*' -not -path '*/testdata/*' -not -path '*/node_modules/*' -not -path './.bin/*' -not -path './$(DIST)/*')

fmt-check:
	@echo ">> gofmt"
	@bad="$$(gofmt -l $(GO_FILES))"; \
	if [ -n "$$bad" ]; then echo "These files are not gofmt'ed (run gofmt -w on them):"; echo "$$bad"; exit 1; fi

# The root package imports Fyne's cgo driver and cannot build with
# CGO_ENABLED=0; it is vetted with cgo when the X/GL libraries are there
# (always in CI) and skipped with a note otherwise.
vet:
	@echo ">> go vet"
	CGO_ENABLED=0 $(GO) vet $(HEADLESS_PKGS)
	@if $(call has_debs,$(FYNE_DEBS)); then \
		echo "CGO_ENABLED=1 $(GO) vet $(ROOT_PKG)"; CGO_ENABLED=1 $(GO) vet $(ROOT_PKG); \
	else \
		echo "note: X/GL dev packages missing, skipping vet of the root package (make deps installs them)"; \
	fi

staticcheck: $(STATICCHECK)
	@echo ">> staticcheck $(STATICCHECK_VERSION)"
	CGO_ENABLED=0 $(STATICCHECK) $(HEADLESS_PKGS)
	@if $(call has_debs,$(FYNE_DEBS)); then \
		echo "CGO_ENABLED=1 staticcheck $(ROOT_PKG)"; CGO_ENABLED=1 $(STATICCHECK) $(ROOT_PKG); \
	else \
		echo "note: X/GL dev packages missing, skipping staticcheck of the root package"; \
	fi

# The PostgreSQL adapter's tests need a server: unless TAVLEN_TEST_POSTGRES
# names one, a throw-away PostgreSQL 15 cluster on 127.0.0.1 is started for
# the run (.ci/postgres installs Debian's postgresql as root) and removed.
unit-test:
	@echo ">> go test (CGO_ENABLED=0, headless)"
	@if [ -n "$${TAVLEN_TEST_POSTGRES:-}" ]; then \
		CGO_ENABLED=0 $(GO) test -timeout 10m $(GOTESTFLAGS) $(HEADLESS_PKGS); \
	else \
		dir=$$(mktemp -d /var/tmp/tavlen-test-pg.XXXXXX); chmod 755 "$$dir"; \
		if url=$$(.ci/postgres start "$$dir" 2>"$$dir.log"); then \
			echo "PostgreSQL for the tests: $$url"; \
		else \
			echo "note: no PostgreSQL server for storage/postgres (see $$dir.log); its tests skip"; url=""; \
		fi; \
		rc=0; TAVLEN_TEST_POSTGRES="$$url" CGO_ENABLED=0 $(GO) test -timeout 10m $(GOTESTFLAGS) $(HEADLESS_PKGS) || rc=$$?; \
		.ci/postgres stop "$$dir" >/dev/null 2>&1 || true; rm -f "$$dir.log"; \
		exit $$rc; \
	fi

# A primary and a streaming standby on 127.0.0.1: the client survives the
# primary's crash (.ci/failover, about 30 s); docs/region.md's commands run
# as written (.ci/region-doc, about 15 s).
region-test:
	@if [ "$$(id -u)" = 0 ] || compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null; then \
		echo ">> failover test (.ci/failover)"; .ci/failover run; \
		echo ">> docs/region.md (.ci/region-doc)"; .ci/region-doc; \
	else \
		echo "note: no PostgreSQL and not root; the failover test and docs/region.md are skipped"; \
	fi

bench: ## run the benchmarks (headless)
	CGO_ENABLED=0 $(GO) test -run '^$$' -bench . -benchmem $(BENCHFLAGS) $(HEADLESS_PKGS)

$(STATICCHECK):
	@mkdir -p $(TOOLS)
	GOBIN=$(TOOLS) CGO_ENABLED=0 $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv $(TOOLS)/staticcheck $@

# The fyne tool at the version go.mod pins (`tool fyne.io/tools/cmd/fyne`),
# built for this machine once: `go tool fyne` would rebuild it for GOOS and
# pass our GOFLAGS to its own build.
$(FYNE): go.mod go.sum
	@mkdir -p $(TOOLS)
	$(GO) build -o $@ fyne.io/tools/cmd/fyne

# --- packages ---------------------------------------------------------------

# fyne package raises Build in FyneApp.toml after every run (and rewrites the
# file); FYNE_PACKAGE keeps FyneApp.toml exactly as committed.
define FYNE_PACKAGE
	cp FyneApp.toml $(DIST)/.FyneApp.toml.orig; \
	rc=0; GOFLAGS='-ldflags=$(subst $(space),=,$(VERSION_LDFLAG))' $(1) $(FYNE) package --release $(2) || rc=$$?; \
	cp $(DIST)/.FyneApp.toml.orig FyneApp.toml; rm -f $(DIST)/.FyneApp.toml.orig; \
	[ $$rc = 0 ]
endef

package-linux: deps $(FYNE) ## Linux tarball (binary, desktop file, icon, Makefile) in dist/
	@mkdir -p $(DIST)/linux
	rm -f $(APP_NAME).tar.xz $(LINUX_TAR)
	@$(call FYNE_PACKAGE,,-os linux --executable $(DIST)/linux/$(BIN))
	mv $(APP_NAME).tar.xz $(LINUX_TAR)
	@echo ">> $(LINUX_TAR):"; tar -tJvf $(LINUX_TAR)

win-deps:
	@$(call need_debs,$(WIN_DEBS))

# fyne package builds ./tavle.exe twice (the second time with the .syso
# holding icon, manifest and version info) and renames it to Tavlen.exe.
package-windows: win-deps $(FYNE) ## Windows tavle.exe (GUI, icon, version info), zip and MSI in dist/
	@mkdir -p $(DIST)/windows
	rm -f $(BIN).exe $(APP_NAME).exe $(WIN_EXE) $(WIN_ZIP)
	@$(call FYNE_PACKAGE,CC=$(WIN_CC) GOARCH=amd64,-os windows --executable $(BIN).exe)
	mv $(APP_NAME).exe $(WIN_EXE)
	rm -f $(BIN).exe
	cd $(DIST)/windows && zip -q -9 ../$(notdir $(WIN_ZIP)) $(BIN).exe
	@$(MAKE) check-windows
	@echo ">> $(WIN_ZIP)"
	@$(MAKE) msi

# The MSI wraps the tavle.exe that package-windows built; its source and
# what it installs are described in $(WXS).
msi: win-deps ## build dist/tavlen-VERSION-x64.msi from dist/windows/tavle.exe with wixl
	@[ -f $(WIN_EXE) ] || { echo "$(WIN_EXE) is missing: run make package-windows"; exit 1; }
	convert assets/icon.png -define icon:auto-resize=256,64,48,32,16 $(WIN_ICO)
	wixl -a x64 -D Version=$(VERSION) -D Exe=$(WIN_EXE) -D Icon=$(WIN_ICO) -o $(WIN_MSI) $(WXS)
	@$(MAKE) check-msi
	@echo ">> $(WIN_MSI)"

check-msi: ## show and check the MSI's properties, shortcut and file association
	@echo ">> checking $(WIN_MSI)"
	@props="$$(msiinfo export $(WIN_MSI) Property | tr -d '\r')"; \
	grep -E '^(ProductName|Manufacturer|ProductVersion|ProductLanguage|UpgradeCode|ALLUSERS|ARPPRODUCTICON)\b' <<<"$$props" | sed 's/^/property: /'; \
	for want in 'ProductName	Tavlen' 'Manufacturer	Tavlen-projektet' 'ProductVersion	$(VERSION)' \
		'ProductLanguage	1030' 'UpgradeCode	$(MSI_UPGRADE_CODE)' 'ALLUSERS	1' 'ARPPRODUCTICON	TavlenIcon.ico'; do \
		grep -qxF "$$want" <<<"$$props" || { echo "FAIL: property $$want missing"; exit 1; }; \
	done
	@msiinfo export $(WIN_MSI) Upgrade | grep -F '$(MSI_UPGRADE_CODE)		$(VERSION)' >/dev/null || { echo "FAIL: no major upgrade of older versions"; exit 1; }
	@msiinfo export $(WIN_MSI) Directory | grep '^INSTALLDIR	ProgramFiles64Folder	Tavlen' >/dev/null || { echo "FAIL: not installed into Program Files\\Tavlen"; exit 1; }
	@msiinfo export $(WIN_MSI) Shortcut | grep '^TavlenShortcut	ProgramMenuFolder	Tavlen	.*TavlenIcon.ico' >/dev/null || { echo "FAIL: no Start-menu shortcut with the icon"; exit 1; }
	@reg="$$(msiinfo export $(WIN_MSI) Registry | tr -d '\r')"; \
	grep -q 'Software\\Classes\\.tavle		Tavlen.Teamfil' <<<"$$reg" && \
	grep -qF '"[#TavleExe]" "%1"' <<<"$$reg" || { echo "FAIL: no .tavle file association"; exit 1; }
	@echo "ok: $(WIN_MSI): per-machine, Program Files\\Tavlen, Start-menu shortcut, .tavle association, major upgrade"

check-windows: ## verify dist/windows/tavle.exe: PE32+ GUI x86-64 with icon and version resources
	@echo ">> checking $(WIN_EXE)"
	@f="$$(file -b $(WIN_EXE))"; echo "file: $$f"; \
	case "$$f" in "PE32+ executable (GUI) x86-64"*) ;; *) echo "FAIL: not a PE32+ GUI x86-64 executable"; exit 1;; esac
	@od="$$(command -v $(WIN_OBJDUMP) || command -v objdump)"; \
	p="$$($$od -p $(WIN_EXE))"; \
	echo "$$p" | grep -E '^Subsystem' ; \
	grep -qE '^Subsystem[[:space:]]+0+2[[:space:]]+\(Windows GUI\)' <<<"$$p" || { echo "FAIL: subsystem is not Windows GUI"; exit 1; }; \
	types="$$(echo "$$p" | sed -n '/The .rsrc Resource Directory section/,/Resources start/p' | sed -n 's/^[0-9a-f]\{3\}   Entry: ID: 0x0*\([0-9a-f]*\),.*/\1/p' | tr '\n' ' ')"; \
	echo "resource types: $$types(3 icon, e icon group, 10 version, 18 manifest)"; \
	for t in 3 e 10 18; do case " $$types" in *" $$t "*) ;; *) echo "FAIL: resource type 0x$$t missing"; exit 1;; esac; done
	@v="$$(strings -el $(WIN_EXE) | grep -A1 -E '^(ProductVersion|FileVersion)$$' || true)"; echo "$$v" | sed 's/^/version info: /'; \
	grep -qx '$(VERSION).$(BUILD)' <<<"$$v" || { echo "FAIL: version $(VERSION).$(BUILD) not in the version resource"; exit 1; }
	@echo "ok: $(WIN_EXE) is a Windows GUI program with icon and version $(VERSION).$(BUILD)"

# --- Windows under Wine, start-up benchmark ----------------------------------

WINE_DEBS  := mmdebstrap debootstrap wixl msitools xvfb xdotool imagemagick tesseract-ocr tesseract-ocr-dan
BENCH_DEBS := xvfb python3-xlib

wine-test: ## install the MSI and run tavle.exe under Wine 10 in a Debian 13 root (root only; after package-windows)
	@$(call need_debs,$(WINE_DEBS))
	.ci/wine

bench-start: deps ## start-to-drawn board of ./tavle against a bare Fyne window, under Xvfb
	@$(call need_debs,$(BENCH_DEBS))
	.ci/bench-start

# --- misc -------------------------------------------------------------------

icon: ## render assets/icon.png (512x512) from assets/icon.svg (needs librsvg2-bin)
	rsvg-convert -w 512 -h 512 assets/icon.svg -o assets/icon.png

clean: ## remove binaries, packages and tool builds
	rm -rf $(BIN) $(BIN).exe $(APP_NAME).exe $(APP_NAME).tar.xz $(DIST) $(TOOLS) tmp-pkg fyne.syso \
		fyne_metadata_init.go $(BIN).exe.manifest FyneApp.ico ci-out
