package cli

import (
	"os"
	"strings"

	"tavlen/storage/opener"
)

// isTeamFilePath tells whether a lone argument that is no command names a
// team file to open: it ends in .tavle (any case, as Windows passes it, also
// \\server\share\… and mapped-drive paths that need not exist yet here), or
// it is an existing file; or it is a region database's address.
func isTeamFilePath(arg string) bool {
	if opener.IsRegion(arg) {
		return true
	}
	if strings.HasSuffix(strings.ToLower(arg), ".tavle") {
		return true
	}
	fi, err := os.Stat(arg)
	return err == nil && fi.Mode().IsRegular()
}
