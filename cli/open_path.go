package cli

import (
	"os"
	"strings"
)

// isTeamFilePath tells whether a lone argument that is no command names a
// team file to open: it ends in .tavle (any case, as Windows passes it, also
// \\server\share\… and mapped-drive paths that need not exist yet here), or
// it is an existing file.
func isTeamFilePath(arg string) bool {
	if strings.HasSuffix(strings.ToLower(arg), ".tavle") {
		return true
	}
	fi, err := os.Stat(arg)
	return err == nil && fi.Mode().IsRegular()
}
