package charts

import (
	"bytes"
	"flag"
	"image/png"
	"os"
	"strings"
	"testing"

	"tavlen/board"
)

var savePNG = flag.String("save-png", "", "write the test charts as PNG files into this folder, to look at")

func save(t *testing.T, name string, c *Chart, w, h int) []byte {
	t.Helper()
	b, err := c.PNG(w, h)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Dx(); got != max(w, 16) {
		t.Errorf("%s: %d px wide, want %d", name, got, w)
	}
	if *savePNG != "" {
		if err := os.WriteFile(*savePNG+"/"+name+".png", b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return b
}

func yearOfScores() []board.WellbeingScore {
	d := board.MustDate("2026-01-12")
	vals := []int{64, 60, 48, 40, 24, 32, 44, 56, 60, 68, 72, 68}
	var out []board.WellbeingScore
	for i, v := range vals {
		out = append(out, board.WellbeingScore{On: d.AddDays(30 * i), Score: v})
	}
	return out
}

func TestWHO5ChartGivesItsNumbersInDanish(t *testing.T) {
	c := WHO5(yearOfScores(), Options{Style: Paper()})
	txt := c.Text()
	for _, want := range []string{"12.01.2026: 64 af 100", "mulig depression", "lav trivsel", "50 eller derunder"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q:\n%s", want, txt)
		}
	}
	if c.Empty {
		t.Error("a year of scores is not empty")
	}
	save(t, "who5-light", c, 720, 320)
	save(t, "who5-dark", WHO5(yearOfScores(), Options{Style: Dark()}), 720, 320)
}

func TestWHO5ChartSortsAndSkipsNonsense(t *testing.T) {
	in := []board.WellbeingScore{{On: board.MustDate("2026-03-01"), Score: 40}, {On: board.MustDate("2026-01-01"), Score: 80},
		{Score: 50}, {On: board.MustDate("2026-02-01"), Score: 120}}
	c := WHO5(in, Options{Lang: "en", Style: Paper()})
	if len(c.Lines) != 3 || !strings.HasPrefix(c.Lines[0], "2026-01-01: 80") || !strings.HasPrefix(c.Lines[1], "2026-03-01: 40") {
		t.Errorf("lines: %q", c.Lines)
	}
	save(t, "who5-two", c, 400, 200)
}

func TestEmptyChartSaysSoAndStillDraws(t *testing.T) {
	c := WHO5(nil, Options{Style: Dark()})
	if !c.Empty || c.Text() != "Ingen WHO-5-målinger endnu." {
		t.Errorf("empty chart: %v %q", c.Empty, c.Text())
	}
	save(t, "who5-empty", c, 10, 10)
	one := WHO5([]board.WellbeingScore{{On: board.MustDate("2026-05-05"), Score: 52}}, Options{Style: Paper()})
	save(t, "who5-one", one, 400, 220)
}

func TestBands(t *testing.T) {
	for score, want := range map[int]string{0: "mulig depression", 28: "mulig depression", 32: "lav trivsel",
		50: "lav trivsel", 52: "god trivsel", 100: "god trivsel"} {
		if got := Band(score, ""); got != want {
			t.Errorf("Band(%d) = %q, want %q", score, got, want)
		}
	}
}
