package cli

import "os"

// init keeps the history heads `tavle check` remembers out of the real
// config folder.
func init() {
	if dir, err := os.MkdirTemp("", "tavlen-cli-config-"); err == nil {
		os.Setenv("XDG_CONFIG_HOME", dir)
		os.Setenv("APPDATA", dir)
	}
}
