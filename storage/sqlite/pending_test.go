package sqlite

import (
	"os"
	"path/filepath"
	"testing"

	"tavlen/board"
	"tavlen/storage/outbox"
)

// TestOutboxReplayAfterShareReturns: saves made while the folder is gone
// wait in the outbox and are replayed with the version checks once it is
// back: a field another PC changed meanwhile merges, the same field is held
// for the person.
func TestOutboxReplayAfterShareReturns(t *testing.T) {
	clk := &clock{t: t0}
	dir := filepath.Join(t.TempDir(), "share")
	os.Mkdir(dir, 0o755)
	db, err := Create(filepath.Join(dir, "team.tavle"), "Team", nil, Options{Now: clk.Now, Member: "AB"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	bo := addCitizen(t, db, &board.Citizen{Name: "Bo", Status: board.StatusActive})
	eva := addCitizen(t, db, &board.Citizen{Name: "Eva", Status: board.StatusActive})
	box, err := outbox.Open(filepath.Join(t.TempDir(), "outbox.json"), db.Path())
	if err != nil {
		t.Fatal(err)
	}

	os.Rename(dir, dir+"-away")
	keep := func(base *board.Citizen, edit func(*board.Citizen)) {
		mine := *base
		edit(&mine)
		wantCode(t, db.UpdateCitizen(ctx, &mine), board.EUnavailable)
		e, err := outbox.KindCitizen.Update(base, &mine)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := box.Add(e); err != nil {
			t.Fatal(err)
		}
	}
	keep(bo, func(c *board.Citizen) { c.Address = "Vej 1" })
	keep(eva, func(c *board.Citizen) { c.Notes = "fra A" })
	note := &board.Note{CitizenID: bo.ID, Text: "skrevet mens filen var væk", At: clk.Now()}
	wantCode(t, db.AddNote(ctx, note), board.EUnavailable)
	ne, _ := outbox.KindNote.Create(note)
	box.Add(ne)
	if out, _ := box.Replay(ctx, outbox.ApplyFunc(db.ApplyPending)); len(out) != 1 || box.Len() != 3 {
		t.Fatalf("replay while gone: %+v, %d kept", out, box.Len())
	}

	os.Rename(dir+"-away", dir)
	other, err := Open(db.Path(), Options{Member: "CD", Now: clk.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	for _, c := range []struct {
		id   int64
		edit func(*board.Citizen)
	}{{bo.ID, func(c *board.Citizen) { c.Phone = "222" }}, {eva.ID, func(c *board.Citizen) { c.Notes = "fra C" }}} {
		th, _ := other.FindCitizenByID(ctx, c.id)
		c.edit(th)
		if err := other.UpdateCitizen(ctx, th); err != nil {
			t.Fatal(err)
		}
	}

	out, err := box.Replay(ctx, outbox.ApplyFunc(db.ApplyPending))
	if err != nil || len(out) != 3 {
		t.Fatalf("replay: %+v %v", out, err)
	}
	if out[0].Err != nil || out[2].Err != nil || board.ErrorCode(out[1].Err) != board.EConflict {
		t.Fatalf("outcomes: %v / %v / %v", out[0].Err, out[1].Err, out[2].Err)
	}
	gotBo, _ := db.FindCitizenByID(ctx, bo.ID)
	if gotBo.Phone != "222" || gotBo.Address != "Vej 1" {
		t.Fatalf("merged Bo: phone %q address %q", gotBo.Phone, gotBo.Address)
	}
	gotEva, _ := db.FindCitizenByID(ctx, eva.ID)
	if gotEva.Notes != "fra C" {
		t.Fatalf("Eva's notes overwritten: %q", gotEva.Notes)
	}
	if notes, _ := db.FindNotes(ctx, bo.ID); len(notes) != 1 || notes[0].Text != note.Text || !notes[0].At.Equal(note.At) {
		t.Fatalf("replayed note: %+v", notes)
	}
	if p := box.Pending(); len(p) != 1 || p[0].Held != board.EConflict || p[0].RowID != eva.ID {
		t.Fatalf("held: %+v", p)
	}
}
