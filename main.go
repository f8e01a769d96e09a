// Command tavle is Tavlen, the FACT team's board: a desktop app over one
// shared SQLite team file, and a command line for scripts (see cli).
package main

import (
	"os"

	fyneapp "fyne.io/fyne/v2/app"

	"tavlen/app"
	"tavlen/cli"
)

// appID identifies Tavlen's preferences and data folder; it matches
// FyneApp.toml.
const appID = "dk.tavlen.app"

func main() {
	res := cli.Run(os.Args[1:], &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr})
	if !res.OpenApp {
		os.Exit(res.Code)
	}
	a := fyneapp.NewWithID(appID)
	app.Start(a, res.Path, app.Config{Version: cli.Version})
	a.Run()
}
