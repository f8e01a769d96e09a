package sqlite_test

import (
	"path/filepath"
	"testing"

	"tavlen/demo"
	"tavlen/storage/sqlite"
)

// BenchmarkChangeToReloadDemo: another PC saved a citizen of the demo team;
// notice it, read what changed and reload the week board. Target: under
// 50 ms.
func BenchmarkChangeToReloadDemo(b *testing.B) {
	path := filepath.Join(b.TempDir(), "demo.tavle")
	db, err := demo.Create(path, demoNow)
	if err != nil {
		b.Fatal(err)
	}
	db.Close()
	reader, err := sqlite.Open(path, sqlite.Options{Member: "AK"})
	if err != nil {
		b.Fatal(err)
	}
	defer reader.Close()
	writer, err := sqlite.Open(path, sqlite.Options{Member: "SØ"})
	if err != nil {
		b.Fatal(err)
	}
	defer writer.Close()
	sqlite.BenchChangeToReload(b, reader, writer, demoNow)
}
