package sqlite

import "testing"

func TestBackupPaths(t *testing.T) {
	for _, tc := range []struct {
		file, dir, base, backup string
	}{
		{"/srv/team/board.tavle", "/srv/team/backups", "board", "/srv/team/backups/x.tavle"},
		{"/board.tavle", "/backups", "board", "/backups/x.tavle"},
		{"board.tavle", "backups", "board", "backups/x.tavle"},
		{"team/v1.2.tavle", "team/backups", "v1.2", "team/backups/x.tavle"},
		{`T:\team\board.tavle`, `T:\team\backups`, "board", `T:\team\backups\x.tavle`},
		{`T:\board.tavle`, `T:\backups`, "board", `T:\backups\x.tavle`},
		{`T:board.tavle`, `T:backups`, "board", `T:backups\x.tavle`},
		{`T:/team/board.tavle`, `T:/team\backups`, "board", `T:/team\backups\x.tavle`},
		{`\\server\share\team.tavle`, `\\server\share\backups`, "team", `\\server\share\backups\x.tavle`},
		{`\\server\share\FACT Nord\tavle.tavle`, `\\server\share\FACT Nord\backups`, "tavle", `\\server\share\FACT Nord\backups\x.tavle`},
	} {
		if got := BackupDir(tc.file); got != tc.dir {
			t.Errorf("BackupDir(%q) = %q, want %q", tc.file, got, tc.dir)
		}
		if got := baseName(tc.file); got != tc.base {
			t.Errorf("baseName(%q) = %q, want %q", tc.file, got, tc.base)
		}
		if got := BackupPath(tc.file, "x.tavle"); got != tc.backup {
			t.Errorf("BackupPath(%q) = %q, want %q", tc.file, got, tc.backup)
		}
	}
}
