package calendar

import "sort"

func sortOccurrences(list []Occurrence) {
	sort.SliceStable(list, func(i, j int) bool { return list[i].Start.Before(list[j].Start) })
}

func sortClashes(list []Clash) {
	sort.SliceStable(list, func(i, j int) bool {
		if !list[i].A.Start.Equal(list[j].A.Start) {
			return list[i].A.Start.Before(list[j].A.Start)
		}
		return list[i].MemberID < list[j].MemberID
	})
}
