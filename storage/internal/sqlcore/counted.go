package sqlcore

// CountedTables are the tables a check counts, in print order, the same
// for every adapter (a team moved into a region database is checked
// against its file line by line).
var CountedTables = []string{"members", "citizens", "notes", "goals", "actions", "crisis_plans", "contacts",
	"appointments", "meetings", "year_themes", "who5_answers", "audit", "changes"}
