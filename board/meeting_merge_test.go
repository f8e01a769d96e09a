package board

import (
	"reflect"
	"testing"
)

func meetingWith(items ...MeetingItem) *Meeting {
	return &Meeting{ID: 1, Items: items, Stamp: Stamp{Version: 1}}
}

// TestMeetingItemsMergeByCitizen: two PCs writing about different
// citizens in one meeting (or different fields of one citizen) is no
// conflict; the same field of the same citizen is, and "mine on top" then
// keeps their other citizens.
func TestMeetingItemsMergeByCitizen(t *testing.T) {
	base := meetingWith(MeetingItem{CitizenID: 1, Position: 1}, MeetingItem{CitizenID: 2, Position: 2})

	mine := cloneMeeting(base)
	mine.Items[0].Decisions = "Ring til egen læge"
	theirs := cloneMeeting(base)
	theirs.Items[1].Discussed = true
	theirs.Items[0].Notes = "Sover bedre"
	theirs.Version = 2

	merged, conflicts := Merge3(base, mine, theirs)
	if len(conflicts) != 0 {
		t.Fatalf("different citizens or fields conflict: %v", conflicts)
	}
	want := []MeetingItem{
		{CitizenID: 1, Position: 1, Decisions: "Ring til egen læge", Notes: "Sover bedre"},
		{CitizenID: 2, Position: 2, Discussed: true},
	}
	if !reflect.DeepEqual(merged.Items, want) || merged.Version != 2 {
		t.Errorf("merged %+v (v%d), want %+v (v2)", merged.Items, merged.Version, want)
	}

	// The same field of one citizen, written differently on both PCs.
	mine2 := cloneMeeting(base)
	mine2.Items[0].Decisions = "Mine"
	theirs2 := cloneMeeting(base)
	theirs2.Items[0].Decisions = "Theirs"
	theirs2.Items[1].Notes = "Their note on Bo"
	if _, conflicts := Merge3(base, mine2, theirs2); !reflect.DeepEqual(conflicts, []string{"Items"}) {
		t.Errorf("the same field on both sides: conflicts %v, want [Items]", conflicts)
	}
	onTop := MineOnTop(base, mine2, theirs2)
	if onTop.Items[0].Decisions != "Mine" || onTop.Items[1].Notes != "Their note on Bo" {
		t.Errorf("mine on top: %+v", onTop.Items)
	}

	// An item added on one side and one removed on the other both stay so.
	mine3 := cloneMeeting(base)
	mine3.Items = append(mine3.Items, MeetingItem{CitizenID: 3, Position: 3})
	theirs3 := cloneMeeting(base)
	theirs3.Items = theirs3.Items[1:]
	merged3, conflicts := Merge3(base, mine3, theirs3)
	if len(conflicts) != 0 {
		t.Fatalf("add and remove conflict: %v", conflicts)
	}
	var ids []int64
	for _, it := range merged3.Items {
		ids = append(ids, it.CitizenID)
	}
	if !reflect.DeepEqual(ids, []int64{2, 3}) {
		t.Errorf("after add and remove: citizens %v, want [2 3]", ids)
	}
	if base.Items[0].Decisions != "" || len(base.Items) != 2 {
		t.Error("the merge changed its base")
	}
}
