package calendar

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecode: whatever the bytes, Decode does not panic and returns either
// a *ParseError and nothing else, or an Import of valid appointments with
// unique UIDs that survive an export and a second import unchanged.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.ics")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, sampleAppointments(), sampleExportOptions()); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())

	f.Fuzz(func(t *testing.T, data []byte) {
		imp, err := Decode(bytes.NewReader(data), sampleImportOptions())
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error is not a *ParseError: %v", err)
			}
			if imp != nil {
				t.Fatal("partial import with an error")
			}
			return
		}
		seen := map[string]bool{}
		for _, a := range imp.Appointments {
			if seen[a.UID] {
				t.Fatalf("UID %q twice", a.UID)
			}
			seen[a.UID] = true
			check := *a
			if err := check.Validate(); err != nil {
				t.Fatalf("imported appointment is invalid: %v", err)
			}
		}
		var out bytes.Buffer
		if err := Encode(&out, imp.Appointments, sampleExportOptions()); err != nil {
			t.Fatalf("imported appointments do not export: %v", err)
		}
		again, err := Decode(&out, sampleImportOptions())
		if err != nil {
			t.Fatalf("own export of an import does not decode: %v\n%s", err, out.String())
		}
		if len(again.Appointments) != len(imp.Appointments) {
			t.Fatalf("second import has %d appointments, first %d", len(again.Appointments), len(imp.Appointments))
		}
		for i, a := range imp.Appointments {
			b := again.Appointments[i]
			if b.UID != a.UID || !b.Start.Equal(a.Start) || !b.End.Equal(a.End) || b.Recurrence.Freq != a.Recurrence.Freq {
				t.Fatalf("round trip changed %+v into %+v", a, b)
			}
			if !sameExceptions(a.Exceptions, b.Exceptions) {
				t.Fatalf("round trip changed the exceptions %+v into %+v\n%s", a.Exceptions, b.Exceptions, out.String())
			}
		}
	})
}
