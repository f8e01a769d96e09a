package cli

import (
	"context"
	"fmt"

	"tavlen/board"
	"tavlen/storage/postgres"
	"tavlen/storage/sqlite"
)

const migrateUsage = "migrate-to-postgres FILE postgres://OWNER@HOST/DATABASE --team NAME"

// runMigrateToPostgres copies a team file, every row and every history
// entry, into a region database as a new team; the file is only read.
func runMigrateToPostgres(env *Env, args []string) error {
	fl := newFlags("migrate-to-postgres")
	team := fl.String("team", "", "the team's name in the region database")
	if err := fl.parse(args, 2); err != nil || *team == "" {
		return errUsage
	}
	path, address := fl.positional[0], fl.positional[1]
	if !postgres.IsAddress(address) {
		return errUsage
	}
	ctx := context.Background()
	file, err := sqlite.Open(path, sqlite.Options{Now: env.Now, ReadOnly: true})
	if err != nil {
		return err
	}
	defer file.Close()
	// A broken history is not carried into the region: it would pass
	// there as the team's own.
	if err := file.VerifyAudit(ctx); err != nil {
		return board.Errorf(board.ECorrupt, "The team file's history is not whole (%v); nothing was copied", err)
	}
	rep, err := postgres.MoveIn(ctx, address, *team, file.SQL, postgres.Options{Now: env.Now})
	if err != nil {
		return err
	}
	// The proof: the team opened in the region, its chain verified there.
	moved, err := postgres.Open(address, *team, postgres.Options{Now: env.Now, ReadOnly: true})
	if err != nil {
		return err
	}
	defer moved.Close()
	if err := moved.VerifyAudit(ctx); err != nil {
		return board.Errorf(board.ECorrupt, "The history of %s does not verify in the region database: %v", *team, err)
	}
	for _, t := range rep.Tables {
		fmt.Fprintf(env.Stdout, "%s: %d\n", t, rep.Counts[t])
	}
	fmt.Fprintf(env.Stdout, "history: ok (%d entries, head %s)\n", rep.HistoryEntries, shortHash(rep.HistoryHead))
	fmt.Fprintf(env.Stdout, "Copied %s into the region database as the team %s. The team file is unchanged.\n", path, *team)
	return nil
}

func shortHash(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}
