package demo

import "tavlen/board"

// A year of WHO-5s, about monthly, for most active citizens, so the
// record's chart, the board's sparkline and the attention overview show
// something: some fall (the last step 10 points or more), some stay low,
// some improve, some are steady. Scores are multiples of four, as the
// questionnaire gives.

// wellbeingCourse is the shape of a citizen's year of scores: the score a
// month ago k months back, k = 11 … 0.
type wellbeingCourse func(k int) int

var wellbeingCourses = []wellbeingCourse{
	func(k int) int { // falling: good most of the year, then a drop
		if k == 0 {
			return 36
		}
		return 64 + 4*(k%3) - 8*boolToInt(k < 3)
	},
	func(k int) int { return 32 + 4*(k%3) },       // low all year
	func(k int) int { return 28 + 4*(11-k) },      // improving: 28 → 72
	func(k int) int { return 60 + 8*((k+1)%3/2) }, // steady, good
	func(k int) int { // a recent fall that is not yet low: 68 → 52
		if k == 0 {
			return 52
		}
		return 68
	},
}

func boolToInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addWellbeing gives the demo's active citizens (not every one) a year of
// WHO-5s.
func (f *filler) addWellbeing() error {
	for i, c := range f.citizens {
		if c.Status != board.StatusActive || i%7 == 5 || len(c.Responsible) == 0 {
			continue
		}
		course := wellbeingCourses[i%len(wellbeingCourses)]
		asker := c.Responsible[0].MemberID
		for k := 11; k >= 0; k-- {
			w := &board.Wellbeing{CitizenID: c.ID, On: f.today.AddDays(-30*k - 3 - i%9), AskedBy: asker,
				SelfReported: (i+k)%3 == 0, Answers: answersFor(course(k), i+k)}
			if err := f.s.CreateWellbeing(f.ctx, w); err != nil {
				return err
			}
		}
	}
	return nil
}

// answersFor spreads a score (0–100, a multiple of four) over the five
// answers, unevenly as people answer, seed choosing where.
func answersFor(score, seed int) [board.WHO5Items]int {
	raw := min(max(score/board.WHO5Factor, 0), board.WHO5Items*board.WHO5MaxAnswer)
	var a [board.WHO5Items]int
	for n := 0; n < raw; n++ {
		// Fill the items in an order that depends on seed, one point at a time.
		i := (n*3 + seed) % board.WHO5Items
		for a[i] == board.WHO5MaxAnswer {
			i = (i + 1) % board.WHO5Items
		}
		a[i]++
	}
	return a
}
