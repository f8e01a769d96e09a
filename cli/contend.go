package cli

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sort"
	"time"

	"tavlen/board"
)

// contendName is a hidden command for CI: it saves the notes of the team
// file's citizens from one process as fast as a person could, so several
// copies of the real program (tavle.exe under Wine too) contend for one file.
// Each save prints "ok CITIZEN TOKEN", "conflict CITIZEN TOKEN" or
// "busy CITIZEN TOKEN" after it returned; the checker compares that with the
// file's history.
const contendName = "ci-contend"

var errContendUsage = errors.New("usage: tavle " + contendName + " FILE --writer NAME [--for 2s] [--spread 3]")

func runContend(env *Env, args []string) error {
	f := newFlags(contendName)
	writer := f.String("writer", "", "")
	dur := f.Duration("for", 2*time.Second, "")
	few := f.Int("spread", 3, "") // few citizens, so that saves collide
	if err := f.parse(args, 1); err != nil || *writer == "" || *few < 1 {
		return errContendUsage
	}
	db, err := openFile(env, f.positional[0], false)
	if err != nil {
		return err
	}
	defer db.Close()
	ctx := context.Background()
	list, err := db.FindCitizens(ctx, board.CitizenFilter{})
	if err != nil {
		return err
	}
	if len(list) == 0 {
		return errors.New("the file has no open citizen to save")
	}
	sort.Slice(list, func(i, j int) bool { return list[i].ID < list[j].ID })
	list = list[:min(*few, len(list))]
	rnd := rand.New(rand.NewPCG(uint64(len(*writer)), uint64(time.Now().UnixNano())))
	deadline := time.Now().Add(*dur)
	for n := 0; time.Now().Before(deadline); n++ {
		id := list[rnd.IntN(len(list))].ID
		c, err := db.FindCitizenByID(ctx, id)
		if err != nil {
			return err
		}
		token := fmt.Sprintf("w%s-%d", *writer, n)
		c.Notes = token
		time.Sleep(time.Duration(rnd.IntN(1500)) * time.Microsecond)
		err = db.UpdateCitizen(ctx, c)
		switch board.ErrorCode(err) {
		case "":
			fmt.Fprintf(env.Stdout, "ok %d %s\n", id, token)
		case board.EConflict:
			fmt.Fprintf(env.Stdout, "conflict %d %s\n", id, token)
		case board.EBusy:
			fmt.Fprintf(env.Stdout, "busy %d %s\n", id, token)
		default:
			return err
		}
	}
	return nil
}
