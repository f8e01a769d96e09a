package text

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// keyCalls are the functions whose first argument is a message key: T
// (app, meeting mode, Words.T), the domain's error constructors and the
// iCal import's problems (calendar).
var keyCalls = map[string]bool{"T": true, "Invalid": true, "invalid": true, "invalidAt": true, "problem": true}

// keysInSource returns every key literal passed to a keyCalls function in
// the module's non-test Go files, with the file that uses it.
func keysInSource(t *testing.T, root string) map[string]string {
	t.Helper()
	keys := map[string]string{}
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) < 2 {
				return true
			}
			var name string
			switch fn := call.Fun.(type) {
			case *ast.Ident:
				name = fn.Name
			case *ast.SelectorExpr:
				name = fn.Sel.Name
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !keyCalls[name] || !ok || lit.Kind != token.STRING {
				return true
			}
			if key, err := strconv.Unquote(lit.Value); err == nil {
				keys[key] = path
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return keys
}

// missing lists, per language, the keys of want that lang lacks.
func missing(cs map[string]*catalogue, want map[string]string) []string {
	var out []string
	for _, code := range Languages {
		for key, where := range want {
			if _, ok := cs[code].words[key]; !ok {
				out = append(out, code+" lacks "+strconv.Quote(key)+" ("+where+")")
			}
		}
	}
	sort.Strings(out)
	return out
}

// unmatched lists the keys one language has and the other lacks.
func unmatched(cs map[string]*catalogue) []string {
	want := map[string]string{}
	for _, code := range Languages {
		for key := range cs[code].words {
			want[key] = code + " catalogue"
		}
	}
	return missing(cs, want)
}

// Every key is in Danish and in English, and every key the code uses is
// in the catalogue.
func TestEveryKeyInBothLanguages(t *testing.T) {
	cs, err := catalogues()
	if err != nil {
		t.Fatal(err)
	}
	for _, problem := range unmatched(cs) {
		t.Error(problem)
	}
	used := keysInSource(t, "..")
	if len(used) < 400 {
		t.Fatalf("found only %d keys in the code; is the scan broken?", len(used))
	}
	for _, problem := range missing(cs, used) {
		t.Error(problem)
	}
	for _, code := range Languages {
		for key, word := range cs[code].words {
			if strings.TrimSpace(word) == "" {
				t.Errorf("%s: %q is empty", code, key)
			}
		}
	}
	same := 0
	for key, word := range cs[Danish].words {
		if word == cs[English].words[key] {
			same++
		}
	}
	if same > 40 {
		t.Errorf("%d Danish texts equal the English ones: is Danish translated?", same)
	}
}

// The check fails when a language lacks a key, in either direction, and
// when the code uses a key no language has.
func TestKeyCheckFindsGaps(t *testing.T) {
	fsys := fstest.MapFS{
		"translations/da/a.json": {Data: []byte(`{"one": "en", "both": "begge"}`)},
		"translations/en/a.json": {Data: []byte(`{"two": "two", "both": "both"}`)},
		"translations/en/b.json": {Data: []byte(`{"plural": {"one": "file", "other": "files"}}`)},
	}
	cs := map[string]*catalogue{}
	for _, code := range Languages {
		c, err := load(fsys, code)
		if err != nil {
			t.Fatal(err)
		}
		cs[code] = c
	}
	got := strings.Join(unmatched(cs), "\n")
	for _, want := range []string{`en lacks "one"`, `da lacks "two"`, `da lacks "plural"`} {
		if !strings.Contains(got, want) {
			t.Errorf("unmatched misses %s:\n%s", want, got)
		}
	}
	if got := missing(cs, map[string]string{"both": "x.go", "new.key": "y.go"}); len(got) != 2 {
		t.Errorf("missing = %v, want new.key in both languages", got)
	}
	if cs[English].words["plural"] != "files" {
		t.Errorf("plural message reads %q, want its other form", cs[English].words["plural"])
	}
	fsys["translations/da/b.json"] = &fstest.MapFile{Data: []byte(`{"one": "igen"}`)}
	if _, err := load(fsys, Danish); err == nil {
		t.Error("a key in two files of one language loads")
	}
}
