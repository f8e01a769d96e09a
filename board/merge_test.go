package board

import (
	"reflect"
	"testing"
)

func TestMerge3(t *testing.T) {
	base := &Citizen{ID: 1, Name: "Åse", Phone: "1", SafetyNote: "", Status: StatusActive, Stamp: Stamp{Version: 3}}
	mine := *base
	mine.Phone = "2" // I changed the phone
	theirs := *base
	theirs.SafetyNote = "Hund i lejligheden" // they changed the safety note
	theirs.Version, theirs.UpdatedBy = 4, "AK"

	merged, conflicts := Merge3(base, &mine, &theirs)
	if len(conflicts) != 0 {
		t.Fatalf("disjoint fields gave conflicts %v", conflicts)
	}
	if merged.Phone != "2" || merged.SafetyNote != "Hund i lejligheden" || merged.Version != 4 || merged.UpdatedBy != "AK" {
		t.Errorf("merged %+v", merged)
	}
	if base.Phone != "1" || theirs.Phone != "1" {
		t.Error("inputs changed by the merge")
	}

	mine.SafetyNote = "Besøg to sammen" // now both changed the same field
	merged, conflicts = Merge3(base, &mine, &theirs)
	if !reflect.DeepEqual(conflicts, []string{"SafetyNote"}) {
		t.Fatalf("conflicts %v, want SafetyNote", conflicts)
	}
	if merged.SafetyNote != "Hund i lejligheden" {
		t.Errorf("a conflict must keep theirs until the person chooses, got %q", merged.SafetyNote)
	}

	// The same change on both sides is no conflict; slices compare whole.
	mine.SafetyNote = theirs.SafetyNote
	mine.Responsible = []Responsibility{{MemberID: 2, Role: "Kontaktperson"}}
	byValue, conflicts := Merge3(*base, mine, theirs)
	if len(conflicts) != 0 || len(byValue.Responsible) != 1 {
		t.Errorf("value merge: %v %+v", conflicts, byValue.Responsible)
	}
}

func TestMineOnTopStructValues(t *testing.T) {
	type rec struct {
		A, B string
		Stamp
	}
	base := rec{A: "a", B: "b", Stamp: Stamp{Version: 1}}
	mine := rec{A: "mine", B: "b", Stamp: Stamp{Version: 1}}
	theirs := rec{A: "theirs", B: "B", Stamp: Stamp{Version: 2}}
	got := MineOnTop(base, mine, theirs)
	if got != (rec{A: "mine", B: "B", Stamp: Stamp{Version: 2}}) {
		t.Fatalf("MineOnTop = %+v", got)
	}
	if ch := ChangedFields(base, theirs); !reflect.DeepEqual(ch, []string{"A", "B"}) {
		t.Fatalf("ChangedFields = %v", ch)
	}
}
