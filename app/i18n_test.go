package app

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"tavlen/assets"
)

// updateEnglish rewrites assets/translations/en.json from the English
// fallbacks in the code: go test ./app -run TestTranslationsComplete -update
var updateEnglish = flag.Bool("update", false, "rewrite en.json from the code's English texts")

// Every key the code asks for is in both translation files, and Danish
// really is translated.
func TestTranslationsComplete(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	keyRE := regexp.MustCompile(`\bT\("((?:[^"\\]|\\.)+)",\s*("(?:[^"\\]|\\.)*")`)
	keys := map[string]bool{}
	english := map[string]string{}
	for _, f := range files {
		if filepath.Ext(f) != ".go" || len(f) > 8 && f[len(f)-8:] == "_test.go" {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range keyRE.FindAllSubmatch(src, -1) {
			keys[string(m[1])] = true
			if text, err := strconv.Unquote(string(m[2])); err == nil {
				english[string(m[1])] = text
			}
		}
	}
	for msg, key := range validationKeys {
		keys[key] = true
		english[key] = msg
	}
	if *updateEnglish {
		writeEnglish(t, english)
	}
	if len(keys) < 200 {
		t.Fatalf("found only %d keys", len(keys))
	}
	tables := map[string]map[string]any{}
	for _, lang := range []string{langDanish, langEnglish} {
		data, err := assets.Translation(lang)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]any{}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s.json: %v", lang, err)
		}
		// The words of text/translations/<lang>/*.json count too (the
		// text package loads them).
		more, _ := filepath.Glob(filepath.Join("..", "text", "translations", lang, "*.json"))
		for _, f := range more {
			b, err := os.ReadFile(f)
			if err == nil {
				err = json.Unmarshal(b, &m)
			}
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
		}
		tables[lang] = m
		for k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("%s.json lacks %q", lang, k)
			}
		}
	}
	same := 0
	for k, v := range tables[langDanish] {
		if s, ok := v.(string); ok && s == tables[langEnglish][k] {
			same++
		}
	}
	if same > 25 {
		t.Errorf("%d Danish texts equal the English ones", same)
	}
}

func TestApplyLanguageOverridesSystem(t *testing.T) {
	defer applyLanguage(langDanish)
	for _, tt := range []struct{ lang, want string }{{langEnglish, "Board"}, {langDanish, "Tavlen"}, {langEnglish, "Board"}} {
		if err := applyLanguage(tt.lang); err != nil {
			t.Fatal(err)
		}
		if got := T("tab.board", "Board"); got != tt.want {
			t.Errorf("after %s: %q, want %q", tt.lang, got, tt.want)
		}
	}
	if got := effectiveLanguage(langEnglish); got != langEnglish {
		t.Errorf("effectiveLanguage(en) = %q", got)
	}
}

func TestParseDateAndClock(t *testing.T) {
	for _, s := range []string{"24.11.2026", "24-11-2026", "24/11/2026", "2026-11-24", "24.11.26"} {
		if d, err := parseDate(s); err != nil || d.String() != "2026-11-24" {
			t.Errorf("parseDate(%q) = %v, %v", s, d, err)
		}
	}
	for _, s := range []string{"32.11.2026", "i morgen", "11.2026"} {
		if _, err := parseDate(s); err == nil {
			t.Errorf("parseDate(%q) accepted", s)
		}
	}
	for s, want := range map[string][2]int{"9:30": {9, 30}, "09.30": {9, 30}, "14": {14, 0}, "0815": {8, 15}} {
		h, m, err := parseClock(s)
		if err != nil || h != want[0] || m != want[1] {
			t.Errorf("parseClock(%q) = %d:%d %v", s, h, m, err)
		}
	}
}

// writeEnglish merges the code's English texts into en.json, keeping
// fyne's own keys that are there.
func writeEnglish(t *testing.T, english map[string]string) {
	path := filepath.Join("..", "assets", assets.TranslationDir, "en.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]any{}
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for k, v := range english {
		m[k] = v
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(m); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestEffectiveLanguageFollowsLocale(t *testing.T) {
	for _, tt := range []struct{ lcAll, lang, setting, want string }{
		{"", "C.UTF-8", "", langDanish},          // no language named: Danish first
		{"", "", "", langDanish},                 // nothing set at all
		{"POSIX", "en_GB.UTF-8", "", langDanish}, // LC_ALL wins
		{"", "da_DK.UTF-8", "", langDanish},
		{"", "en_US.UTF-8", "", langEnglish},
		{"", "C", langEnglish, langEnglish}, // the setting wins
	} {
		t.Setenv("LC_ALL", tt.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", tt.lang)
		if got := effectiveLanguage(tt.setting); got != tt.want {
			t.Errorf("LC_ALL=%q LANG=%q setting %q: got %s, want %s", tt.lcAll, tt.lang, tt.setting, got, tt.want)
		}
	}
}
