package board

import (
	"reflect"
	"slices"
)

// A meeting's agenda merges citizen by citizen: when one PC writes the
// decisions for Anna while another ticks Bo as discussed, both stay. Only
// the same field of the same citizen's item changed differently on both
// PCs is a conflict (of the field Items); then theirs is kept until the
// person chooses, as for any field.

// MergeParts prepares base and m (mine) for Merge3 against theirs (it
// makes *Meeting a PartMerger): mine gets the items merged citizen by
// citizen, and when no item was changed differently on both sides base
// gets theirs, so the merge takes the merged list without a question.
// None of the three is modified.
func (m *Meeting) MergeParts(base, theirs *Meeting) (newBase, newMine *Meeting) {
	b, mine := cloneMeeting(base), cloneMeeting(m)
	merged, conflict := mergeItems(b.Items, mine.Items, theirs.Items)
	if reflect.DeepEqual(merged, theirs.Items) {
		merged = theirs.Items // the same list, so the merge sees no change
	}
	mine.Items = merged
	if !conflict {
		b.Items = slices.Clone(theirs.Items)
	}
	return b, mine
}

func cloneMeeting(m *Meeting) *Meeting {
	c := *m
	c.Items = slices.Clone(m.Items)
	return &c
}

// mergeItems merges the agenda items by citizen, in theirs' order with
// items only I added after them; an item one side removed stays removed
// unless the other side changed it. conflict is true when one item's field
// was changed differently on both sides (mine is kept in merged then).
func mergeItems(base, mine, theirs []MeetingItem) (merged []MeetingItem, conflict bool) {
	find := func(items []MeetingItem, id int64) (MeetingItem, bool) {
		for _, it := range items {
			if it.CitizenID == id {
				return it, true
			}
		}
		return MeetingItem{}, false
	}
	for _, t := range theirs {
		b, inBase := find(base, t.CitizenID)
		mi, inMine := find(mine, t.CitizenID)
		switch {
		case !inMine && inBase && reflect.DeepEqual(b, t):
			continue // I removed it; they did not change it
		case !inMine:
			merged = append(merged, t) // new on their side, or changed there
		case !inBase:
			if !reflect.DeepEqual(mi, t) {
				conflict = true // both added it, differently
			}
			merged = append(merged, mi)
		default:
			item, clash := merge3(b, mi, t)
			if clash != nil {
				item, conflict = mergeItemMineOnTop(b, mi, t), true
			}
			merged = append(merged, item)
		}
	}
	for _, mi := range mine {
		if _, inTheirs := find(theirs, mi.CitizenID); inTheirs {
			continue
		}
		if b, inBase := find(base, mi.CitizenID); inBase && reflect.DeepEqual(b, mi) {
			continue // they removed it; I did not change it
		}
		merged = append(merged, mi)
	}
	return merged, conflict
}

// mergeItemMineOnTop keeps every field of theirs I did not change and
// mine where I did.
func mergeItemMineOnTop(base, mine, theirs MeetingItem) MeetingItem {
	out := theirs
	bv, mv, ov := reflect.ValueOf(base), reflect.ValueOf(mine), reflect.ValueOf(&out).Elem()
	for i := 0; i < ov.NumField(); i++ {
		if !reflect.DeepEqual(bv.Field(i).Interface(), mv.Field(i).Interface()) {
			ov.Field(i).Set(mv.Field(i))
		}
	}
	return out
}
