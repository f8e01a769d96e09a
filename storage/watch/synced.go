package watch

import (
	"os"
	"path/filepath"
	"strings"
)

// SyncedFolder reports whether path lies in a folder that a sync service
// (OneDrive, Dropbox, Google Drive, iCloud, Syncthing) copies between PCs.
// Such copies have no working locks and may be taken mid-transaction, so
// only one PC may write there. It returns the service's name.
func SyncedFolder(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	// Names in the path, with either separator (Windows paths on any OS).
	for _, part := range strings.FieldsFunc(abs, func(r rune) bool { return r == '/' || r == '\\' }) {
		p := strings.ToLower(part)
		switch {
		case p == "onedrive" || strings.HasPrefix(p, "onedrive - ") || strings.HasPrefix(p, "onedrive-"):
			return "OneDrive", true
		case p == "dropbox" || strings.HasPrefix(p, "dropbox ("):
			return "Dropbox", true
		case p == "google drive" || p == "my drive" || p == "mit drev" || p == "googledrive":
			return "Google Drive", true
		case p == "icloud drive" || p == "icloud~com~apple~clouddocs" || p == "mobile documents":
			return "iCloud", true
		}
	}
	// Marker files the services leave in their folders.
	for dir := filepath.Dir(abs); ; dir = filepath.Dir(dir) {
		for marker, name := range map[string]string{".stfolder": "Syncthing", ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox"} {
			if _, err := os.Stat(filepath.Join(dir, marker)); err == nil {
				return name, true
			}
		}
		if parent := filepath.Dir(dir); parent == dir {
			break
		}
	}
	return "", false
}
