package archtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "tavlen"

// root is the module's folder, seen from this package.
const root = "../.."

// adapters are the storage adapters, named after the outside thing.
var adapters = []string{"tavlen/storage/sqlite", "tavlen/storage/postgres"}

// sqlCore is the adapters' one implementation of the services, below them.
const sqlCore = "tavlen/storage/internal/sqlcore"

// opener picks the adapter for a path or an address; only the wiring file
// and the command line use it.
const opener = "tavlen/storage/opener"

// wiringFile is the one app file that picks the storage adapter.
const wiringFile = "app/teamfile.go"

// commandWords are string literals that spell a table's name but are no
// table: the command-line tool's commands and flags.
var commandWords = map[string]map[string]bool{
	"cli/cli.go":           {"citizens": true, "members": true, "meetings": true},
	"cli/ics.go":           {"team": true},
	"cli/migrate.go":       {"team": true},
	"cli/region_member.go": {"team": true},
}

// goFile is what the checks know of one non-test Go file.
type goFile struct {
	rel      string // path from the module root, with slashes
	pkg      string // import path of its package
	imports  []string
	literals []string // unquoted string literals
}

func isAdapter(pkg string) bool {
	for _, a := range adapters {
		if pkg == a || strings.HasPrefix(pkg, a+"/") {
			return true
		}
	}
	return false
}

func ours(imp string) bool { return imp == module || strings.HasPrefix(imp, module+"/") }

func under(pkg, dir string) bool { return pkg == dir || strings.HasPrefix(pkg, dir+"/") }

// layer orders our packages: a package may import only packages of a
// lower layer (or its own, for the domain: calendar → board).
func layer(pkg string) int {
	switch {
	case pkg == "tavlen/board":
		return 0
	case pkg == "tavlen/calendar":
		return 1
	case pkg == "tavlen/assets", pkg == "tavlen/text", pkg == "tavlen/storage": // icon, words, the storage contract
		return 2
	case pkg == sqlCore:
		return 4
	case isAdapter(pkg):
		return 5
	case pkg == opener: // above the adapters it picks from
		return 6
	case under(pkg, "tavlen/storage"), under(pkg, "tavlen/charts"): // watch, outbox; the follow-up pictures
		return 3
	case under(pkg, "tavlen/printing"): // places the pictures on paper
		return 4
	case under(pkg, "tavlen/demo"):
		return 6
	case under(pkg, "tavlen/app/saving"), under(pkg, "tavlen/app/kit"): // the app's layers: save path and kit,
		return 7
	case under(pkg, "tavlen/app/dialog"): // form dialogs and the conflict question over both,
		return 8
	case isScreen(pkg): // screens,
		return 9
	case pkg == "tavlen/app": // the shell that wires them
		return 10
	case pkg == "tavlen/internal/tavlecli": // the command line as a program without the window
		return 12
	default: // cli, main, tools
		return 11
	}
}

// isScreen reports whether pkg is one of the app's screens (app/record,
// app/meeting…): a package under app that is neither the shell nor one of
// its lower layers.
func isScreen(pkg string) bool {
	return pkg != "tavlen/app" && under(pkg, "tavlen/app") && !under(pkg, "tavlen/app/saving") && !under(pkg, "tavlen/app/kit") &&
		!under(pkg, "tavlen/app/dialog")
}

// screenOf is the screen pkg belongs to ("tavlen/app/record" for
// tavlen/app/record/x), or "" when it is no screen.
func screenOf(pkg string) string {
	if !isScreen(pkg) {
		return ""
	}
	rest := strings.TrimPrefix(pkg, "tavlen/app/")
	if i := strings.Index(rest, "/"); i >= 0 {
		rest = rest[:i]
	}
	return "tavlen/app/" + rest
}

// check returns every broken rule, one line each.
func check(files []goFile, tables []string) []string {
	var bad []string
	tableSet := map[string]bool{}
	for _, t := range tables {
		tableSet[t] = true
	}
	for _, f := range files {
		for _, imp := range f.imports {
			switch {
			case (f.pkg == "tavlen/board" || f.pkg == "tavlen/calendar") &&
				(ours(imp) && !(f.pkg == "tavlen/calendar" && imp == "tavlen/board") ||
					strings.HasPrefix(imp, "fyne.io/") || imp == "database/sql" || strings.Contains(imp, "sqlite")):
				bad = append(bad, f.rel+": the domain imports "+imp)
			case under(f.pkg, "tavlen/app") && (isAdapter(imp) || imp == opener) && f.rel != wiringFile:
				bad = append(bad, f.rel+": only "+wiringFile+" may import the storage adapter "+imp)
			case under(f.pkg, "tavlen/printing") && under(imp, "tavlen/storage"):
				bad = append(bad, f.rel+": printing imports storage "+imp)
			case screenOf(f.pkg) != "" && screenOf(imp) != "" && screenOf(imp) != screenOf(f.pkg):
				bad = append(bad, f.rel+": the screen "+screenOf(f.pkg)+" imports the screen "+imp+"; screens meet only in the shell")
			case ours(imp) && !under(imp, f.pkg) && layer(imp) >= layer(f.pkg) && !(f.pkg == "tavlen/calendar" && imp == "tavlen/board"):
				bad = append(bad, f.rel+": "+f.pkg+" imports "+imp+", which sits in the same or a higher layer")
			}
		}
		if isAdapter(f.pkg) || f.pkg == sqlCore {
			continue
		}
		for _, lit := range f.literals {
			if tableSet[lit] && !commandWords[f.rel][lit] {
				bad = append(bad, f.rel+": names the table "+strconv.Quote(lit)+" outside the storage adapter")
			}
		}
	}
	sort.Strings(bad)
	return bad
}

// readModule parses the non-test Go files of the module.
func readModule(t *testing.T) []goFile {
	t.Helper()
	var out []goFile
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if p != root && (strings.HasPrefix(name, ".") || name == "testdata" || name == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		file, err := parser.ParseFile(fset, p, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		g := goFile{rel: rel, pkg: module}
		if dir := path.Dir(rel); dir != "." {
			g.pkg = module + "/" + dir
		}
		for _, imp := range file.Imports {
			s, _ := strconv.Unquote(imp.Path.Value)
			g.imports = append(g.imports, s)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.ImportSpec:
				return false
			case *ast.BasicLit:
				if x.Kind == token.STRING {
					if s, err := strconv.Unquote(x.Value); err == nil {
						g.literals = append(g.literals, s)
					}
				}
			}
			return true
		})
		out = append(out, g)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 50 {
		t.Fatalf("read only %d files from %s", len(out), root)
	}
	return out
}

// sqliteTables are the tables the SQLite adapter's migrations create.
func sqliteTables(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(root, "storage", "sqlite", "migrations", "*.sql"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no migrations: %v", err)
	}
	re := regexp.MustCompile(`(?i)CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?"?(\w+)`)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			out = append(out, m[1])
		}
	}
	return out
}

func TestLayersAreKept(t *testing.T) {
	for _, b := range check(readModule(t), sqliteTables(t)) {
		t.Error(b)
	}
}

// TestCheckCatchesEachRule feeds the check one broken file per rule.
func TestCheckCatchesEachRule(t *testing.T) {
	tables := []string{"citizens", "crisis_plans"}
	for _, f := range []goFile{
		{rel: "board/x.go", pkg: "tavlen/board", imports: []string{"tavlen/calendar"}},
		{rel: "board/x.go", pkg: "tavlen/board", imports: []string{"fyne.io/fyne/v2"}},
		{rel: "calendar/x.go", pkg: "tavlen/calendar", imports: []string{"database/sql"}},
		{rel: "calendar/x.go", pkg: "tavlen/calendar", imports: []string{"tavlen/printing"}},
		{rel: "app/live.go", pkg: "tavlen/app", imports: []string{"tavlen/storage/sqlite"}},
		{rel: "app/record/x.go", pkg: "tavlen/app/record", imports: []string{"tavlen/storage/postgres"}},
		{rel: "printing/x.go", pkg: "tavlen/printing", imports: []string{"tavlen/storage/sqlite"}},
		{rel: "storage/sqlite/x.go", pkg: "tavlen/storage/sqlite", imports: []string{"tavlen/app"}},
		{rel: "app/x.go", pkg: "tavlen/app", imports: []string{"tavlen/cli"}},
		{rel: "app/record/x.go", pkg: "tavlen/app/record", imports: []string{"tavlen/app/meeting"}},
		{rel: "app/meeting/x.go", pkg: "tavlen/app/meeting", imports: []string{"tavlen/app/record"}},
		{rel: "app/kit/x.go", pkg: "tavlen/app/kit", imports: []string{"tavlen/app"}},
		{rel: "app/kit/x.go", pkg: "tavlen/app/kit", imports: []string{"tavlen/app/record"}},
		{rel: "app/kit/x.go", pkg: "tavlen/app/kit", imports: []string{"tavlen/app/dialog"}},
		{rel: "app/dialog/x.go", pkg: "tavlen/app/dialog", imports: []string{"tavlen/app/record"}},
		{rel: "app/dialog/x.go", pkg: "tavlen/app/dialog", imports: []string{"tavlen/app"}},
		{rel: "app/live.go", pkg: "tavlen/app", literals: []string{"citizens"}},
		{rel: "app/meeting/minutes.go", pkg: "tavlen/app/meeting", literals: []string{"crisis_plans"}},
		{rel: "cli/cli.go", pkg: "tavlen/cli", literals: []string{"crisis_plans"}},
		{rel: "charts/x.go", pkg: "tavlen/charts", imports: []string{"tavlen/printing"}},
		{rel: "charts/x.go", pkg: "tavlen/charts", imports: []string{"fyne.io/fyne/v2", "tavlen/app/kit"}},
	} {
		if got := check([]goFile{f}, tables); len(got) != 1 {
			t.Errorf("%s importing %v, saying %v: %v", f.rel, f.imports, f.literals, got)
		}
	}
	for _, f := range []goFile{
		{rel: "calendar/x.go", pkg: "tavlen/calendar", imports: []string{"tavlen/board", "time"}},
		{rel: wiringFile, pkg: "tavlen/app", imports: []string{"tavlen/storage/sqlite"}},
		{rel: "storage/sqlite/x.go", pkg: "tavlen/storage/sqlite", imports: []string{"tavlen/board"}, literals: []string{"citizens"}},
		{rel: "cli/cli.go", pkg: "tavlen/cli", imports: []string{"tavlen/storage/sqlite", "tavlen/app"}, literals: []string{"citizens"}},
		{rel: "app/meeting/x.go", pkg: "tavlen/app/meeting", imports: []string{"tavlen/printing"}},
		{rel: "printing/x.go", pkg: "tavlen/printing", imports: []string{"tavlen/charts", "tavlen/board"}},
		{rel: "app/followup/x.go", pkg: "tavlen/app/followup", imports: []string{"tavlen/charts", "tavlen/app/kit"}},
		{rel: "app/record/x.go", pkg: "tavlen/app/record", imports: []string{"tavlen/app/kit", "tavlen/app/saving", "tavlen/text"}},
		{rel: "app/record/x.go", pkg: "tavlen/app/record", imports: []string{"tavlen/app/dialog"}},
		{rel: "app/dialog/x.go", pkg: "tavlen/app/dialog", imports: []string{"tavlen/app/kit", "tavlen/app/saving"}},
		{rel: "app/x.go", pkg: "tavlen/app", imports: []string{"tavlen/app/kit", "tavlen/app/record", "tavlen/app/meeting"}},
	} {
		if got := check([]goFile{f}, tables); len(got) != 0 {
			t.Errorf("%s: %v", f.rel, got)
		}
	}
}

// TestScreensMeetOnlyInTheShell: a screen never imports another screen,
// and says so by name.
func TestScreensMeetOnlyInTheShell(t *testing.T) {
	for _, f := range []goFile{
		{rel: "app/record/x.go", pkg: "tavlen/app/record", imports: []string{"tavlen/app/meeting"}},
		{rel: "app/meeting/sub/x.go", pkg: "tavlen/app/meeting/sub", imports: []string{"tavlen/app/record"}},
		{rel: "app/yearwheel/x.go", pkg: "tavlen/app/yearwheel", imports: []string{"tavlen/app/meeting"}},
		{rel: "app/waiting/x.go", pkg: "tavlen/app/waiting", imports: []string{"tavlen/app/yearwheel"}},
		{rel: "app/meeting/x.go", pkg: "tavlen/app/meeting", imports: []string{"tavlen/app/waiting"}},
	} {
		got := check([]goFile{f}, nil)
		if len(got) != 1 || !strings.Contains(got[0], "screens meet only in the shell") {
			t.Errorf("%s importing %v: %v", f.rel, f.imports, got)
		}
	}
	if got := check([]goFile{{rel: "app/meeting/x.go", pkg: "tavlen/app/meeting", imports: []string{"tavlen/app/meeting/sub"}}}, nil); len(got) != 0 {
		t.Errorf("a screen's own sub-package: %v", got)
	}
}
