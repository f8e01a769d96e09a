package calendar

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// Real calendar parsers read our export: Debian's python3-icalendar (with
// dateutil for the repeats) and npm's ical.js. Each prints the events it
// understood, with every occurrence in 2026 as local time with its UTC
// offset, and the test compares that with what Tavlen means. Changed
// single occurrences (VEVENTs with a RECURRENCE-ID) are applied by each
// parser's own means (ical.js: relateException; python: by hand, as
// python3-icalendar does not expand), and each occurrence carries its own
// status and description.
//
// Without the tools the test skips; with CI set it fails instead. Install:
//
//	apt-get install -y python3-icalendar
//	(cd calendar/testdata/icaljs && npm ci)

type externalCalendar struct {
	ProdID    string   `json:"prodid"`
	Version   string   `json:"version"`
	Timezones []string `json:"timezones"`
	Events    []struct {
		UID         string   `json:"uid"`
		Summary     string   `json:"summary"`
		Location    string   `json:"location"`
		Description string   `json:"description"`
		Status      string   `json:"status"`
		TZID        string   `json:"tzid"`
		RRule       string   `json:"rrule"`
		Attendees   []string `json:"attendees"`
		Occurrences []struct {
			Start       string `json:"start"`
			End         string `json:"end"`
			Original    string `json:"original"`
			Status      string `json:"status"`
			Tavlen      string `json:"tavlen"` // X-TAVLEN-STATUS
			Description string `json:"description"`
		} `json:"occurrences"`
	} `json:"events"`
}

func TestExternalParsers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tavlen.ics")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	apps := sampleAppointments()
	if err := Encode(f, apps, sampleExportOptions()); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}

	icaljs, _ := filepath.Abs("testdata/icaljs")
	for _, p := range []struct {
		name    string
		ready   func() string // "" when the tool is there, else why not
		command []string
	}{
		{"python3-icalendar", func() string {
			if err := exec.Command("/usr/bin/python3", "-c", "import icalendar, dateutil, pytz").Run(); err != nil {
				return "python3-icalendar is not installed (apt-get install -y python3-icalendar)"
			}
			return ""
		}, []string{"/usr/bin/python3", "testdata/check_ics.py", path}},
		{"ical.js", func() string {
			if _, err := exec.LookPath("node"); err != nil {
				return "node is not installed"
			}
			if _, err := os.Stat(filepath.Join(icaljs, "node_modules", "ical.js")); err != nil {
				return "ical.js is not installed (cd calendar/testdata/icaljs && npm ci)"
			}
			return ""
		}, []string{"node", filepath.Join(icaljs, "check_ics.mjs"), path}},
	} {
		t.Run(p.name, func(t *testing.T) {
			if why := p.ready(); why != "" {
				if os.Getenv("CI") != "" {
					t.Fatal(why)
				}
				t.Skip(why)
			}
			cmd := exec.Command(p.command[0], p.command[1:]...)
			var stderr strings.Builder
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%s: %v\n%s", p.name, err, stderr.String())
			}
			var got externalCalendar
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatalf("%s printed no JSON: %v\n%s", p.name, err, out)
			}
			checkExternal(t, &got, apps)
		})
	}
}

func checkExternal(t *testing.T, got *externalCalendar, apps []*Appointment) {
	t.Helper()
	if got.Version != "2.0" || got.ProdID != "-//Tavlen//Test//DA" || !slices.Equal(got.Timezones, []string{"Europe/Copenhagen"}) {
		t.Errorf("calendar: version %q prodid %q timezones %v", got.Version, got.ProdID, got.Timezones)
	}
	if len(got.Events) != len(apps) {
		t.Fatalf("%d events, want %d", len(got.Events), len(apps))
	}
	from, to := cph(2026, 1, 1, 0, 0), cph(2027, 1, 1, 0, 0)
	for i, a := range apps {
		ev := got.Events[i]
		if ev.UID != a.UID || ev.Summary != a.Title || ev.Location != a.Place || ev.Description != a.Notes || ev.TZID != "Europe/Copenhagen" {
			t.Errorf("%s: read as uid %q summary %q location %q description %q tzid %q", a.UID, ev.UID, ev.Summary, ev.Location, ev.Description, ev.TZID)
		}
		wantStatus := "CONFIRMED"
		if a.Status == StatusCancelled {
			wantStatus = "CANCELLED"
		}
		if ev.Status != wantStatus {
			t.Errorf("%s: status %q, want %q", a.UID, ev.Status, wantStatus)
		}
		var names []string
		for _, id := range a.Participants {
			names = append(names, cleanParam(sampleMembers[id][0]))
		}
		if !slices.Equal(ev.Attendees, names) {
			t.Errorf("%s: attendees %q, want %q", a.UID, ev.Attendees, names)
		}
		if ev.RRule != rruleOf(a.Recurrence, false) {
			t.Errorf("%s: rrule %q, want %q", a.UID, ev.RRule, rruleOf(a.Recurrence, false))
		}
		// Every occurrence in 2026, as Tavlen itself expands the appointment,
		// with its changes applied.
		var want []string
		for _, o := range Occurrences(a, from, to) {
			status, notes := "CONFIRMED", a.Notes
			if o.Status == StatusCancelled {
				status = "CANCELLED"
			}
			if o.Notes != "" {
				notes = o.Notes
			}
			want = append(want, strings.Join([]string{o.Start.In(Copenhagen).Format(time.RFC3339), o.End.In(Copenhagen).Format(time.RFC3339),
				"from " + o.Original.In(Copenhagen).Format(time.RFC3339), status, string(o.Status), notes}, " | "))
		}
		var have []string
		for _, o := range ev.Occurrences {
			have = append(have, strings.Join([]string{o.Start, o.End, "from " + o.Original, o.Status, o.Tavlen, o.Description}, " | "))
		}
		if !slices.Equal(have, want) {
			t.Errorf("%s: occurrences\n%s\nwant\n%s", a.UID, strings.Join(have, "\n"), strings.Join(want, "\n"))
		}
	}
	// Spot checks, so that a shared mistake cannot pass: the weekly visit
	// is at 09:00 in winter and in summer time, and the monthly one skips
	// months without a 31st.
	occ := func(uid string, i int) string {
		for _, ev := range got.Events {
			if ev.UID == uid && i < len(ev.Occurrences) {
				return ev.Occurrences[i].Start
			}
		}
		return ""
	}
	for _, c := range [][3]string{
		{"a1@tavlen", "0", "2026-03-16T09:00:00+01:00"},
		{"a1@tavlen", "2", "2026-03-30T09:00:00+02:00"},
		{"a1@tavlen", "3", "2026-04-07T13:00:00+02:00"}, // moved from Monday 6th 09:00
		{"a1@tavlen", "4", "2026-04-13T09:00:00+02:00"},
		{"a2@tavlen", "0", "2026-10-13T14:00:00+02:00"},
		{"a2@tavlen", "1", "2026-10-23T10:00:00+02:00"}, // moved from 10 November, winter time
		{"a2@tavlen", "2", "2026-10-27T14:00:00+01:00"},
		{"a3@tavlen", "1", "2026-03-31T11:00:00+02:00"},
		{"a3@tavlen", "4", "2026-08-31T11:00:00+02:00"},
	} {
		i := int(c[1][0] - '0')
		if s := occ(c[0], i); s != c[2] {
			t.Errorf("%s occurrence %d starts %q, want %q", c[0], i, s, c[2])
		}
	}
	for _, ev := range got.Events {
		if ev.UID == "a1@tavlen" && len(ev.Occurrences) != 5 {
			t.Errorf("weekly series has %d occurrences, want 5 (UNTIL inclusive)", len(ev.Occurrences))
		}
		if ev.UID == "a1@tavlen" && len(ev.Occurrences) == 5 {
			if o := ev.Occurrences[1]; o.Status != "CANCELLED" || o.Start != "2026-03-23T09:00:00+01:00" {
				t.Errorf("cancelled occurrence read as %+v", o)
			}
			if o := ev.Occurrences[2]; o.Tavlen != "held" || o.Description != "Fik sprøjten; god stemning." {
				t.Errorf("held occurrence read as %+v", o)
			}
		}
	}
}
