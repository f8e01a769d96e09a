package calendar

import (
	"strings"
	"testing"
)

// What an import leaves out is keyed for translation: each Unsupported
// line has its Problem, the key names the message and never the event,
// and the event's title travels as an argument.
func TestImportProblemsAreKeyed(t *testing.T) {
	imp := decodeFile(t, "thunderbird.ics", sampleImportOptions())
	if len(imp.Problems) == 0 || len(imp.Problems) != len(imp.Unsupported) {
		t.Fatalf("%d problems for %d Unsupported lines %q", len(imp.Problems), len(imp.Unsupported), imp.Unsupported)
	}
	titles := map[string]bool{}
	for i, p := range imp.Problems {
		if !strings.HasPrefix(p.Key, "ics.problem.") || strings.ContainsAny(p.Key, " \"") {
			t.Errorf("problem %d has key %q", i, p.Key)
		}
		if p.English != imp.Unsupported[i] {
			t.Errorf("problem %d reads %q, Unsupported %q", i, p.English, imp.Unsupported[i])
		}
		if strings.Contains(p.English, "{{") || strings.Contains(p.English, "<no value>") {
			t.Errorf("problem %d is an unfilled message: %q", i, p.English)
		}
		if title, ok := p.Args["Title"].(string); ok {
			titles[title] = true
		}
	}
	for _, want := range []string{"Ring til bostøtten", "Depotinjektion"} {
		if !titles[want] {
			t.Errorf("no problem carries the title %q as an argument: %+v", want, imp.Problems)
		}
	}
}

// fillEnglish fills holes and leaves a message without holes, or one that
// does not parse, as written.
func TestFillEnglish(t *testing.T) {
	if got := fillEnglish(`"{{.Title}}" lasts {{.Days}} days`, map[string]any{"Title": "Kursus {{x}}", "Days": 3}); got != `"Kursus {{x}}" lasts 3 days` {
		t.Errorf("filled %q", got)
	}
	if got := fillEnglish("broken {{.", nil); got != "broken {{." {
		t.Errorf("a broken message reads %q", got)
	}
}
