package cli

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"

	"tavlen/board"
	"tavlen/demo"
	"tavlen/storage/opener"
	"tavlen/storage/sqlite"
)

// openFile opens the team at where: a team file or a region database's
// address (postgres://…?team=NAME, with libpq's PGHOST, PGSERVICE,
// PGPASSFILE… for what it leaves out).
func openFile(env *Env, where string, readOnly bool) (opener.Store, error) {
	return opener.Open(where, opener.Options{Now: env.Now, ReadOnly: readOnly, Member: os.Getenv("TAVLE_MEMBER")})
}

func runDemo(env *Env, args []string) error {
	if len(args) != 1 {
		return errUsage
	}
	db, err := demo.Create(args[0], env.Now())
	if err != nil {
		return err
	}
	if err := db.Close(); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Created %s with the demo team.\n", args[0])
	return nil
}

// readFile runs fn on the team file named by the only argument, opened
// read-only.
func readFile(env *Env, args []string, fn func(ctx context.Context, db opener.Store) error) error {
	if len(args) != 1 {
		return errUsage
	}
	db, err := openFile(env, args[0], true)
	if err != nil {
		return err
	}
	defer db.Close()
	return fn(context.Background(), db)
}

func runCitizens(env *Env, args []string) error {
	return readFile(env, args, func(ctx context.Context, db opener.Store) error {
		list, err := db.FindCitizens(ctx, board.CitizenFilter{IncludeClosed: true})
		if err != nil {
			return err
		}
		sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
		for _, c := range list {
			fmt.Fprintf(env.Stdout, "%d\t%s\t%s\n", c.ID, oneLine(c.Name), oneLine(string(c.Status)))
		}
		return nil
	})
}

func runMembers(env *Env, args []string) error {
	return readFile(env, args, func(ctx context.Context, db opener.Store) error {
		list, err := db.FindMembers(ctx, board.MemberFilter{})
		if err != nil {
			return err
		}
		for _, m := range list {
			fmt.Fprintf(env.Stdout, "%s\t%s\t%s\n", oneLine(m.Initials), oneLine(m.Name), oneLine(string(m.Sector)))
		}
		return nil
	})
}

func runMeetings(env *Env, args []string) error {
	return readFile(env, args, func(ctx context.Context, db opener.Store) error {
		list, err := db.FindMeetings(ctx, board.MeetingFilter{})
		if err != nil {
			return err
		}
		for _, m := range list {
			fmt.Fprintf(env.Stdout, "%d\t%s\n", m.ID, m.Date)
		}
		return nil
	})
}

func runCheck(env *Env, args []string) error {
	return readFile(env, args, func(ctx context.Context, db opener.Store) error { return check(ctx, env, db) })
}

func check(ctx context.Context, env *Env, s opener.Store) error {
	db, ok := s.(*sqlite.DB)
	if !ok {
		return checkRegion(ctx, env, s)
	}
	rep, err := db.Check(ctx)
	if err != nil {
		return err
	}
	printCounts(env.Stdout, rep.SchemaVersion, rep.Counts)
	fmt.Fprintf(env.Stdout, "integrity: %s\n", rep.Integrity)
	fmt.Fprintf(env.Stdout, "history: %s\n", oneLine(rep.History))
	if rep.Head.Count > 0 {
		fmt.Fprintf(env.Stdout, "history head: %s\n", rep.Head)
	}
	if !rep.OK {
		if rep.Integrity == "ok" && rep.History != "ok" {
			// Sound as a file, but its history was tampered with: say where.
			fmt.Fprintln(env.Stderr, "tavle: "+strings.TrimSuffix(rep.History, ".")+". Compare it with the backups in the backups folder beside it.")
			return errExit1
		}
		fmt.Fprintln(env.Stderr, "tavle: the team file is damaged; restore the newest backup from the backups folder beside it.")
		return errExit1
	}
	return nil
}

func runBackup(env *Env, args []string) error {
	return readFile(env, args, func(ctx context.Context, s opener.Store) error {
		db, ok := s.(*sqlite.DB)
		if !ok {
			return errRegionBackup
		}
		path, err := db.Backup(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintln(env.Stdout, path)
		return nil
	})
}

func runVersion(env *Env, args []string) error {
	fmt.Fprintln(env.Stdout, "tavle "+Version)
	return nil
}
