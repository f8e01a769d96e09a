package sqlcore

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// Migration is one numbered schema file migrations/NNN_name.sql: file N
// brings an adapter's schema from version N-1 to N.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// LoadMigrations reads an adapter's migrations/*.sql, in order; they must
// be numbered 1, 2, 3… (a broken build is told at once, by a panic).
func LoadMigrations(fsys fs.FS) []Migration {
	names, err := fs.Glob(fsys, "migrations/*.sql")
	if err != nil {
		panic(err)
	}
	var list []Migration
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		n, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			panic(fmt.Sprintf("storage: migration %s has no number", base))
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			panic(err)
		}
		list = append(list, Migration{n, base, string(b)})
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Version < list[j].Version })
	for i, m := range list {
		if m.Version != i+1 {
			panic(fmt.Sprintf("storage: migrations must be numbered 1, 2, 3…; found %s", m.Name))
		}
	}
	return list
}
