package app

import (
	"reflect"
	"strings"
	"testing"
)

func TestViewerCommand(t *testing.T) {
	// A name a shell would act on stays one plain argument.
	path := `/tmp/tavlen-print-1/Min plan – "Lone"; rm -rf ~ $(x).pdf`
	tests := []struct {
		goos string
		name string
		args []string
		ok   bool
	}{
		{"linux", "xdg-open", []string{path}, true},
		{"freebsd", "xdg-open", []string{path}, true},
		{"darwin", "open", []string{path}, true},
		{"windows", "rundll32", []string{"url.dll,FileProtocolHandler", path}, true},
		{"plan9", "", nil, false},
		{"js", "", nil, false},
	}
	for _, tt := range tests {
		name, args, ok := viewerCommand(tt.goos, path)
		if name != tt.name || !reflect.DeepEqual(args, tt.args) || ok != tt.ok {
			t.Errorf("viewerCommand(%s) = %q %q %v, want %q %q %v", tt.goos, name, args, ok, tt.name, tt.args, tt.ok)
		}
	}
}

func TestSafeFileName(t *testing.T) {
	tests := map[string]string{
		"Min plan – Lone – 2026-11-24":   "Min plan – Lone – 2026-11-24",
		`Min plan – A/B\C: "x"? <y>|*`:   "Min plan – A-B-C- -x-- -y---",
		"..hidden\x00name\n ":            "hidden name",
		"   ":                            "Tavlen",
		"Ærø Åse Øster":                  "Ærø Åse Øster",
		"Kalender – Team \t  Vestegnen.": "Kalender – Team Vestegnen",
	}
	for in, want := range tests {
		if got := safeFileName(in); got != want {
			t.Errorf("safeFileName(%q) = %q, want %q", in, got, want)
		}
	}
	long := safeFileName(strings.Repeat("æ", 300))
	if n := len([]rune(long)); n != 100 {
		t.Errorf("long name has %d characters, want 100", n)
	}
}
