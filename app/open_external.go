package app

import (
	"errors"
	"os/exec"
	"runtime"
)

// errNoViewer means this system has no program to show a file with.
var errNoViewer = errors.New("no program to open files with")

// viewerCommand returns the program and arguments that open path in the
// system's default viewer on goos. The path is one argument of its own and
// no shell reads it, so no file name can run a command. ok is false where
// Tavlen knows no such program.
func viewerCommand(goos, path string) (name string, args []string, ok bool) {
	switch goos {
	case "windows":
		// rundll32 hands the file to its registered program like a
		// double click, without cmd.exe parsing the name.
		return "rundll32", []string{"url.dll,FileProtocolHandler", path}, true
	case "darwin":
		return "open", []string{path}, true
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly", "illumos", "solaris":
		return "xdg-open", []string{path}, true
	}
	return "", nil, false
}

// openInViewer opens path in the system's viewer and returns at once; a
// viewer that cannot start is reported, one that fails later goes to
// failed (on another goroutine), so the caller can offer to save instead.
func openInViewer(path string, failed func(error)) error {
	name, args, ok := viewerCommand(runtime.GOOS, path)
	if !ok {
		return errNoViewer
	}
	prog, err := exec.LookPath(name)
	if err != nil {
		return errNoViewer
	}
	cmd := exec.Command(prog, args...)
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() {
		// xdg-open exits non-zero when the desktop has no PDF viewer.
		if err := cmd.Wait(); err != nil && failed != nil {
			failed(err)
		}
	}()
	return nil
}
