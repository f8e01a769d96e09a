package sqlite

import "strings"

// Team files live on Unix paths, Windows drive paths (T:\team\board.tavle)
// and UNC paths (\\server\share\team.tavle). These helpers split such paths
// by hand, so they behave the same whichever OS runs them (and can be
// tested on Linux); filepath only knows the running OS's forms.

// windowsPath reports whether p is written the Windows way.
func windowsPath(p string) bool {
	return strings.Contains(p, `\`) || (len(p) >= 2 && p[1] == ':' && isLetter(p[0]))
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// splitPath returns the folder part (without trailing separator, "" for
// none), the file name and the separator to join with.
func splitPath(p string) (dir, name, sep string) {
	sep = "/"
	seps := "/"
	if windowsPath(p) {
		sep, seps = `\`, `\/`
	}
	i := strings.LastIndexAny(p, seps)
	if i < 0 {
		if len(p) >= 2 && p[1] == ':' && isLetter(p[0]) { // "T:board.tavle"
			return p[:2], p[2:], sep
		}
		return "", p, sep
	}
	dir, name = p[:i], p[i+1:]
	if dir == "" || (len(dir) == 2 && dir[1] == ':') {
		dir += sep // the root: "/" or `T:\`
	}
	return dir, name, sep
}

func joinPath(dir, name, sep string) string {
	switch {
	case dir == "":
		return name
	case strings.HasSuffix(dir, sep) || (len(dir) == 2 && dir[1] == ':'):
		return dir + name
	}
	return dir + sep + name
}

// BackupDir returns the backups folder beside a team file.
func BackupDir(teamFile string) string {
	dir, _, sep := splitPath(teamFile)
	return joinPath(dir, "backups", sep)
}

// baseName returns the team file's name without its extension: the prefix
// of its backups' names.
func baseName(teamFile string) string {
	_, name, _ := splitPath(teamFile)
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	return name
}

// BackupPath returns the path of a backup named name beside teamFile.
func BackupPath(teamFile, name string) string {
	_, _, sep := splitPath(teamFile)
	return joinPath(BackupDir(teamFile), name, sep)
}
