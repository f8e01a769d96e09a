package screentest

import (
	"bytes"
	"flag"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// updateDocs makes DocShot write into docs/ instead of a temp folder.
var updateDocs = flag.Bool("update-docs", false, "write the screens' pictures into docs/")

// LightTheme forces the light variant, the usual one on the team's PCs,
// for pictures in docs/.
type LightTheme struct{ fyne.Theme }

func (l LightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return l.Theme.Color(n, theme.VariantLight)
}

// DocShot draws c as name.png: into docs/ with -update-docs (the test runs
// in app/<screen>, two folders down), else into a temp folder, so the
// drawing is tested either way.
func DocShot(t testing.TB, c fyne.Canvas, name string) {
	t.Helper()
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, c.Capture()); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if *updateDocs {
		dir = filepath.Join("..", "..", "docs")
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
