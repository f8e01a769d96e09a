package saving

import (
	"fmt"
	"log"
	"runtime"
	"strings"
)

// recoverSave turns a panic in a save into ErrPanic in *err. The log
// gets the panic value's type and the functions it went through, never
// the value or any argument: both may hold a person's data.
func recoverSave(err *error) {
	if r := recover(); r != nil {
		LogPanic(r)
		*err = ErrPanic
	}
}

// Recover runs f and turns a panic in it into ErrPanic (logged like a
// save's): for the screens' button and menu handlers.
func Recover(f func() error) (err error) {
	defer recoverSave(&err)
	return f()
}

// LogPanic logs a recovered panic without personal data: the type of the
// value and the stack's functions and lines, without arguments.
func LogPanic(r any) {
	log.Printf("tavlen: recovered a panic (%T) at\n%s", r, stackWithoutArgs(4))
}

// stackWithoutArgs lists the calling functions and their lines, skipping
// the innermost skip frames.
func stackWithoutArgs(skip int) string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var b strings.Builder
	for {
		f, more := frames.Next()
		fmt.Fprintf(&b, "\t%s (%s:%d)\n", f.Function, shortFile(f.File), f.Line)
		if !more {
			break
		}
	}
	return b.String()
}

// shortFile is a source file's last two path elements.
func shortFile(path string) string {
	parts := strings.Split(path, "/")
	if len(parts) > 2 {
		parts = parts[len(parts)-2:]
	}
	return strings.Join(parts, "/")
}
