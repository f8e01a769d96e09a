package printing

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var updateDocs = flag.Bool("update-docs", false, "regenerate docs/print-*.png from the test documents")

// needTool skips the test when a poppler or qpdf tool is missing, except
// on CI (env CI set), where a missing tool is a failure.
func needTool(t testing.TB, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing: apt-get install -y poppler-utils qpdf", name)
		}
		t.Skipf("%s is not installed (apt-get install -y poppler-utils qpdf)", name)
	}
	return path
}

// writePDF writes pdf to a temp file and returns its path.
func writePDF(t testing.TB, pdf []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func run(t testing.TB, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(needTool(t, name), args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String()
}

// pdfText is the document's text as pdftotext -layout reads it.
func pdfText(t testing.TB, path string) string {
	return run(t, "pdftotext", "-layout", "-enc", "UTF-8", path, "-")
}

// pdfPages is the number of pages pdfinfo reports.
func pdfPages(t testing.TB, path string) int {
	for _, line := range strings.Split(run(t, "pdfinfo", path), "\n") {
		if rest, ok := strings.CutPrefix(line, "Pages:"); ok {
			var n int
			for _, r := range strings.TrimSpace(rest) {
				n = n*10 + int(r-'0')
			}
			return n
		}
	}
	t.Fatal("pdfinfo reports no page count")
	return 0
}

// checkPDF runs qpdf --check and asserts every font is embedded.
func checkPDF(t *testing.T, path string) {
	t.Helper()
	run(t, "qpdf", "--check", path)
	fonts := run(t, "pdffonts", path)
	lines := strings.Split(strings.TrimSpace(fonts), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", fonts)
	}
	// Columns: name type encoding emb sub uni object ID.
	for _, line := range lines[2:] {
		f := strings.Fields(line)
		if len(f) < 7 {
			t.Fatalf("unexpected pdffonts line %q", line)
		}
		if emb := f[len(f)-5]; emb != "yes" {
			t.Errorf("font not embedded: %s", line)
		}
		if uni := f[len(f)-3]; uni != "yes" {
			t.Errorf("font without a Unicode map (text would not copy): %s", line)
		}
	}
}

// normal collapses runs of spaces, so assertions don't depend on layout.
func normal(s string) string { return strings.Join(strings.Fields(s), " ") }

func assertContains(t *testing.T, text string, want ...string) {
	t.Helper()
	n := normal(text)
	for _, w := range want {
		if !strings.Contains(n, normal(w)) {
			t.Errorf("missing %q", w)
		}
	}
}

func assertAbsent(t *testing.T, text string, unwanted ...string) {
	t.Helper()
	for _, u := range unwanted {
		if strings.Contains(text, u) {
			t.Errorf("must not print %q", u)
		}
	}
}
