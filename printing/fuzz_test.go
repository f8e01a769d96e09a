package printing

import (
	"bytes"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"tavlen/board"
)

// pools of characters people type, paste or smuggle into a text field.
var textPools = [][]rune{
	[]rune("abcdefghijklmnopqrstuvwxyzæøåÆØÅéü ,.-–()!?\"'"),
	[]rune("שלום עולם אבגדהוזחטיכלמנסעפצקרשת"),
	[]rune("مرحبا بالعالم لا لأ ابتثجحخدذرزسشصضطظعغفقكلمنهوي ًٌٍَُِّْ"),
	[]rune("🎂😊🦩👍🏽❤️\u200d👨👩👧🇩🇰\U0001F600\U0001F64F\uFE0F"),
	[]rune("\x00\x01\x07\x08\x0b\x0c\x1b\x7f\u0085\u200e\u200f\u202a\u202b\u202e\u2066\u2069\ufeff"),
	[]rune("漢字かなカナ한국어ДобройΕλληνικά\u0301\u0308"),
	[]rune("\n\n\t\r "),
}

// randomText is up to max characters mixed from the pools, now and then a
// word thousands of characters long, or any code point at all.
func randomText(r *rand.Rand, max int) string {
	var b strings.Builder
	n := r.IntN(max + 1)
	for i := 0; i < n; i++ {
		switch k := r.IntN(20); {
		case k == 0: // any valid code point, astral planes included
			c := rune(r.IntN(0x110000))
			if c >= 0xD800 && c <= 0xDFFF {
				c = 'x'
			}
			b.WriteRune(c)
		case k == 1 && r.IntN(8) == 0: // a very long word
			pool := textPools[r.IntN(4)]
			for j := 0; j < 300+r.IntN(2500); j++ {
				if c := pool[r.IntN(len(pool))]; c != ' ' {
					b.WriteRune(c)
				}
			}
		case k == 2:
			b.WriteByte(0xff) // invalid UTF-8
		default:
			pool := textPools[r.IntN(len(textPools))]
			b.WriteRune(pool[r.IntN(len(pool))])
		}
	}
	return b.String()
}

// randomiseInputs fills every text field of the three documents.
func randomiseInputs(next func(max int) string) (PlanInput, BoardInput, MinutesInput) {
	plan := testPlanInput()
	plan.Team = next(60)
	plan.Citizen.Name, plan.Citizen.PreferredName = next(60), next(30)
	for _, m := range plan.Members {
		m.Name, m.Role, m.Organisation, m.Phone, m.Initials = next(40), next(30), next(50), next(20), next(4)
	}
	for i := range plan.Citizen.Responsible {
		plan.Citizen.Responsible[i].Role = next(30)
	}
	for _, g := range plan.Plan.Goals {
		g.LifeArea, g.Text = next(20), next(400)
	}
	for _, a := range plan.Plan.Actions {
		a.Text = next(200)
	}
	for _, o := range plan.Appointments {
		o.Appointment.Title, o.Appointment.Place = next(80), next(80)
	}
	for _, c := range plan.Contacts {
		c.Name, c.Relation, c.Organisation, c.Phone = next(40), next(30), next(50), next(20)
	}
	cp := plan.Plan.Crisis
	cp.WarningSigns, cp.WhatHelps, cp.WhomToCall = next(500), next(500), next(500)

	wb := testBoardInput(8)
	wb.Team = next(60)
	for _, row := range wb.Board.Rows {
		row.Citizen.Name, row.Citizen.BoardReason = next(60), next(80)
		for i := range row.Entries {
			row.Entries[i].Initials = []string{next(5)}
		}
		if row.NextAction != nil {
			row.NextAction.Text = next(150)
		}
	}
	for _, m := range wb.Board.Members {
		m.Initials, m.Name = next(5), next(40)
	}

	min := testMinutesInput()
	min.Team = next(60)
	for _, c := range min.Citizens {
		c.Name = next(60)
	}
	for _, m := range min.Members {
		m.Name, m.Role = next(40), next(30)
	}
	for i := range min.Meeting.Items {
		it := &min.Meeting.Items[i]
		it.Notes, it.Decisions, it.BoardChange = next(500), next(300), next(100)
	}
	for _, a := range min.NewActions {
		a.Text = next(200)
	}
	return plan, wb, min
}

// printAll writes the three documents, failing on an error or a panic.
func printAll(t *testing.T, plan PlanInput, wb BoardInput, min MinutesInput) [][]byte {
	t.Helper()
	var out [][]byte
	for name, write := range map[string]func(*bytes.Buffer) error{
		"plan":    func(b *bytes.Buffer) error { return WritePlan(b, plan) },
		"board":   func(b *bytes.Buffer) error { return WriteBoard(b, wb) },
		"minutes": func(b *bytes.Buffer) error { return WriteMinutes(b, min) },
	} {
		var b bytes.Buffer
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%s panicked: %v", name, r)
				}
			}()
			if err := write(&b); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		}()
		out = append(out, b.Bytes())
	}
	return out
}

// TestPrintRandomText prints every text field filled with random Unicode
// (astral planes, controls, right-to-left, very long words, broken
// UTF-8): no panic, no error, and qpdf finds each PDF sound.
func TestPrintRandomText(t *testing.T) {
	rounds := 4
	if testing.Short() {
		rounds = 2
	}
	for seed := range rounds {
		t.Run(strconv.Itoa(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(uint64(seed), 14))
			plan, wb, min := randomiseInputs(func(max int) string { return randomText(r, max) })
			for _, pdf := range printAll(t, plan, wb, min) {
				path := writePDF(t, pdf)
				run(t, "qpdf", "--check", path)
				assertInsidePage(t, path)
			}
		})
	}
}

// FuzzPrintText feeds one fuzzed string to every text field of the three
// documents: go test -fuzz FuzzPrintText ./printing/
func FuzzPrintText(f *testing.F) {
	for _, s := range []string{"", cake + smile + hebrew + arabic, "\x00\u202e\U0010FFFF\xff", strings.Repeat("ﷺ", 500),
		"לא" + strings.Repeat("🎂", 300) + "\n\n\t", "Birthe 👩🏽\u200d⚕️ Hjørne"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		plan, wb, min := randomiseInputs(func(int) string { return s })
		printAll(t, plan, wb, min)
	})
}

// assertInsidePage checks with pdftotext -bbox that no word runs past
// the page's edges.
func assertInsidePage(t *testing.T, path string) {
	t.Helper()
	out := run(t, "pdftotext", "-bbox", path, "-")
	var pageW float64
	for _, line := range strings.Split(out, "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "<page ") {
			pageW = attr(line, "width")
		}
		if !strings.HasPrefix(line, "<word ") {
			continue
		}
		if x0, x1 := attr(line, "xMin"), attr(line, "xMax"); x0 < 0 || x1 > pageW+0.5 {
			t.Errorf("a word runs off the page (x %.1f–%.1f of %.1f pt)", x0, x1, pageW)
			return
		}
	}
}

func attr(tag, name string) float64 {
	_, rest, ok := strings.Cut(tag, name+`="`)
	if !ok {
		return 0
	}
	v, _, _ := strings.Cut(rest, `"`)
	f, _ := strconv.ParseFloat(v, 64)
	return f
}

// TestPrintRecoversFromPanic: a nil entry the writer does not expect is
// an error, not a crash, and the error carries no text from the input.
func TestPrintRecoversFromPanic(t *testing.T) {
	plan := testPlanInput()
	plan.Plan.Goals = append(plan.Plan.Goals, nil)
	min := testMinutesInput()
	min.NewActions = append(min.NewActions, nil)
	wb := testBoardInput(3)
	wb.Board.Rows[0].Entries = nil
	wb.Board.Rows[0].Responsible = nil
	wb.Board.Rows[0].Citizen.Name = "Kirsten Ærø Sørensen"
	wb.Board.Members = nil
	wb.Board.Rows = append(wb.Board.Rows, &board.BoardRow{Citizen: &board.Citizen{Name: "Kirsten Ærø Sørensen"}, NextAction: &board.Action{Text: "x", ResponsibleID: 1}})
	for name, write := range map[string]func(*bytes.Buffer) error{
		"plan":    func(b *bytes.Buffer) error { return WritePlan(b, plan) },
		"minutes": func(b *bytes.Buffer) error { return WriteMinutes(b, min) },
	} {
		var b bytes.Buffer
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("%s: the panic reached the caller: %v", name, r)
				}
			}()
			err = write(&b)
		}()
		if err == nil {
			t.Fatalf("%s: no error for a nil entry", name)
		}
		if strings.Contains(err.Error(), "Kirsten") || b.Len() != 0 {
			t.Errorf("%s: error %q (%d bytes written); want no personal data and no half document", name, err, b.Len())
		}
	}
}

// TestLongWordsStayOnPage: a word longer than its column or line, in the
// one-line headers and footers too, is broken or cut, never drawn past
// the page edge.
func TestLongWordsStayOnPage(t *testing.T) {
	long := strings.Repeat("Langtordsomikkeslutter", 12)
	plan, wb, min := randomiseInputs(func(max int) string { return long + " " + cake + strings.Repeat(hebrew, 20) })
	plan.Team, wb.Team, min.Team = long, long, long
	for _, pdf := range printAll(t, plan, wb, min) {
		assertInsidePage(t, writePDF(t, pdf))
	}
}
