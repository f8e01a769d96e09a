// Package cli is Tavlen's command line: `tavle demo FILE`, `tavle check
// FILE` and the other commands scripts and checks use. Opening the window is
// left to main, so this package builds without Fyne's driver.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"tavlen/board"
)

// Version is the program's version; the build may set it with
// -ldflags "-X tavlen/cli.Version=…".
var Version = "0.1.0"

// Env is what a command runs with. Tests replace the clock and the output.
type Env struct {
	Stdout, Stderr io.Writer
	Now            func() time.Time
}

// Result tells main what to do after Run: exit with Code, or open the app
// on Path ("" = last used file).
type Result struct {
	OpenApp bool
	Path    string
	Code    int
}

type command struct {
	name  string
	usage string
	run   func(env *Env, args []string) error
}

func commands() []command {
	return []command{
		{"open", "open FILE", nil},
		{"demo", "demo FILE", runDemo},
		{"citizens", "citizens FILE", runCitizens},
		{"members", "members FILE", runMembers},
		{"meetings", "meetings FILE", runMeetings},
		{"attention", attentionUsage, runAttention},
		{"check", "check FILE", runCheck},
		{"backup", "backup FILE", runBackup},
		{"export-ics", "export-ics FILE (--citizen ID | --member INITIALS | --team) [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--with-notes] [--with-initials] -o OUT.ics", runExportICS},
		{"import-ics", "import-ics FILE IN.ics --citizen ID --member INITIALS [--take-file]", runImportICS},
		{"print", "print (plan FILE --citizen ID | board FILE [--week YYYY-Www] | minutes FILE --meeting ID) -o OUT.pdf", runPrint},
		{"migrate-to-postgres", migrateUsage, runMigrateToPostgres},
		{"add-member-role", addMemberRoleUsage, runAddMemberRole},
		{"version", "version", runVersion},
		{"help", "help", nil},
		{contendName, "", runContend},
	}
}

// errExit1 makes a command exit 1 without a further message (it printed
// its own verdict).
var errExit1 = errors.New("exit 1")

// Run runs the command line args (without the program name).
func Run(args []string, env *Env) Result {
	if env.Now == nil {
		env.Now = time.Now
	}
	if len(args) == 0 {
		return Result{OpenApp: true}
	}
	name, rest := args[0], args[1:]
	switch name {
	case "open":
		if len(rest) != 1 {
			return usageError(env, "open FILE")
		}
		return Result{OpenApp: true, Path: rest[0]}
	case "help", "-h", "--help":
		printUsage(env.Stdout)
		return Result{}
	}
	if len(rest) == 0 && isTeamFilePath(name) {
		// `tavle FILE`: what Windows runs when a .tavle file is double-clicked.
		return Result{OpenApp: true, Path: name}
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			err := c.run(env, rest)
			switch {
			case err == nil:
				return Result{}
			case errors.Is(err, errExit1):
				return Result{Code: 1}
			case errors.Is(err, errUsage):
				return usageError(env, c.usage)
			}
			fmt.Fprintln(env.Stderr, "tavle: "+oneLine(sentence(err)))
			return Result{Code: 1}
		}
	}
	fmt.Fprintf(env.Stderr, "tavle: unknown command %q. Run \"tavle help\" for the list.\n", name)
	return Result{Code: 2}
}

var errUsage = errors.New("usage")

func usageError(env *Env, usage string) Result {
	fmt.Fprintln(env.Stderr, "usage: tavle "+usage)
	return Result{Code: 2}
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "Tavlen – the FACT team's board.")
	fmt.Fprintln(w, "\nUsage:\n  tavle                 open the app on the last used team file")
	for _, c := range commands() {
		if c.name != "help" && c.usage != "" { // no usage: a hidden command for CI
			fmt.Fprintln(w, "  tavle "+c.usage)
		}
	}
	fmt.Fprintln(w, "\nFILE is a team file or a team in a region database: postgres://USER@HOST/DATABASE?team=NAME\n(libpq's PGHOST, PGSERVICE, PGPASSFILE… fill in what the address leaves out).")
}

// sentence turns an error into the one clear sentence the command prints.
// Errors meant for people keep their message; others say what failed
// without personal data.
func sentence(err error) string {
	if e := board.AsError(err); e != nil && e.Code != board.EInternal {
		return strings.TrimSuffix(e.Message, ".") + "."
	}
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Sprintf("cannot %s %s: %v.", pe.Op, pe.Path, pe.Err)
	}
	return strings.TrimSuffix(err.Error(), ".") + "."
}

// flags is a flag set that also accepts positional arguments between the
// flags, as in `tavle export-ics FILE --team -o out.ics`.
type flags struct {
	*flag.FlagSet
	positional []string
}

func newFlags(name string) *flags {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return &flags{FlagSet: fs}
}

func (f *flags) parse(args []string, wantPositional int) error {
	for {
		if err := f.Parse(args); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		args = f.Args()
		if len(args) == 0 {
			break
		}
		f.positional = append(f.positional, args[0])
		args = args[1:]
	}
	if len(f.positional) != wantPositional {
		return errUsage
	}
	return nil
}
