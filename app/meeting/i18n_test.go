package meeting

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// Every "meeting." key used in the code is translated in both files, and
// the Danish file really is Danish where the words differ.
func TestTranslationsComplete(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	used := map[string]string{}
	re := regexp.MustCompile(`T\("(meeting\.[^"]+)",\s*"((?:[^"\\]|\\.)*)"`)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(data), -1) {
			used[m[1]] = m[2]
		}
	}
	if len(used) < 100 {
		t.Fatalf("found only %d keys", len(used))
	}
	load := func(name string) map[string]string {
		var m map[string]string
		data, err := translations.ReadFile("translations/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return m
	}
	da, en := load("da.json"), load("en.json")
	for k, fallback := range used {
		if da[k] == "" {
			t.Errorf("da.json lacks %s", k)
		}
		if en[k] != fallback {
			t.Errorf("en.json %s = %q, code says %q", k, en[k], fallback)
		}
	}
	for k := range da {
		if _, ok := used[k]; !ok {
			t.Errorf("da.json has unused key %s", k)
		}
	}
	if da["meeting.end"] == en["meeting.end"] {
		t.Error("Danish file not Danish")
	}
}
