package cli

import (
	"context"
	"fmt"

	"tavlen/storage/postgres"
)

const addMemberRoleUsage = "add-member-role postgres://OWNER@HOST/DATABASE ROLE --team NAME"

// runAddMemberRole lets a database role (made by region IT with CREATE
// ROLE … LOGIN) work on one team of the region database, and only on it.
func runAddMemberRole(env *Env, args []string) error {
	fl := newFlags("add-member-role")
	team := fl.String("team", "", "the team")
	if err := fl.parse(args, 2); err != nil || !postgres.IsAddress(fl.positional[0]) {
		return errUsage
	}
	db, err := postgres.Open(fl.positional[0], *team, postgres.Options{Now: env.Now})
	if err != nil {
		return err
	}
	defer db.Close()
	if err := db.AddMemberRole(context.Background(), fl.positional[1]); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "The role %s now works on the team, and only on it.\n", fl.positional[1])
	return nil
}
