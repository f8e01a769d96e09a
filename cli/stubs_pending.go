package cli

func runExportICS(env *Env, args []string) error { return errUsage }
func runImportICS(env *Env, args []string) error { return errUsage }
