// Command tavlecli is the `tavle` command line without the window: the same
// commands (cli.Run), built without cgo or Fyne, for CI scripts and servers
// (.ci/region-doc runs docs/region.md with it as tavle).
package main

import (
	"fmt"
	"os"

	"tavlen/cli"
)

func main() {
	res := cli.Run(os.Args[1:], &cli.Env{Stdout: os.Stdout, Stderr: os.Stderr})
	if res.OpenApp {
		fmt.Fprintln(os.Stderr, "tavle: this build has no window; run a command (tavle help)")
		os.Exit(2)
	}
	os.Exit(res.Code)
}
